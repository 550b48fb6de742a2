"""SIGKILL in the middle of a stream of mail, with Slack and the relay, then recovery.

    .venv/bin/python bench/crash_recovery.py [--messages 5000] [--kill-after 2000] [--connections 4]

`inquiry-desk serve` runs as a subprocess with in-hours acknowledgements on (every mail from a
new sender is acknowledged), an aiosmtpd relay and the fake Slack Web API (tests/) in this
process, Slack's posting pace at 0. Mails from distinct senders stream in over several SMTP
sessions; after `--kill-after` of them got a 250 the desk is killed with SIGKILL, restarted on
the same data directory, and sent again every mail that got no 250 (as an MTA would); then the
outbox drains. The run is tests/test_faults_slack.py's crash test at full size, with the same
verdicts: one line per property, PASS or FAIL with its counts (250s, cases, mails stored twice,
cases on Slack, duplicate Slack posts, acknowledgements sent, duplicate acknowledgements).
Exits 1 if any property fails.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from test_faults_slack import crash_and_recover, verdicts  # noqa: E402


async def run(messages: int, kill_after: int, connections: int) -> bool:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="crash-") as tmp:
        result = await crash_and_recover(
            Path(tmp), messages, kill_after, connections=connections, drain_timeout=1800
        )
    wall = time.monotonic() - started
    print(
        f"{messages} mails from {messages} senders over {connections} connections;"
        f" SIGKILL after {kill_after} 250s (the killed desk gave {len(result.first_run)})"
    )
    results = verdicts(result)
    for verdict in results:
        print(f"  {'PASS' if verdict.ok else 'FAIL'}  {verdict.name}: {verdict.detail}")
    phases = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in result.seconds.items())
    print(f"  wall time {wall:.1f} s ({phases})")
    return all(v.ok for v in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=5_000)
    parser.add_argument("--kill-after", type=int, default=2_000, help="250s before the SIGKILL")
    parser.add_argument("--connections", type=int, default=4)
    args = parser.parse_args()
    if not 0 < args.kill_after < args.messages:
        parser.error("--kill-after must be between 0 and --messages")
    ok = asyncio.run(run(args.messages, args.kill_after, args.connections))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
