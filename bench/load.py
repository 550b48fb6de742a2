"""The whole pipeline under load (issue 6): mail in, cases to Slack, acknowledgements out.

    .venv/bin/python bench/load.py [--messages 10000] [--connections 20] [--no-slack]

`inquiry-desk serve` runs as a subprocess with in-hours acknowledgements on (every mail from a
new sender is acknowledged), a real aiosmtpd relay and the fake Slack Web API (tests/) in this
process. Slack's posting pace is set to 0 for the run: the fake has no rate limit, and at the
real pace of one message a second 10,000 posts would take hours whatever the desk did.
Prints: messages per second accepted (and, in the same run, the rate of the store-nothing
aiosmtpd baseline), the time from the last 250 until the outbox is empty, and the desk's
resident memory before the load, after it, and after a second load of the same size (it must
not keep growing).
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]
from desk_process import DeskProcess  # noqa: E402
from ingest import free_port, rss_mb  # noqa: E402
from relay import RecordingRelay  # noqa: E402
from smtpload import make_message, run_load, wait_for_port  # noqa: E402

SECRET = "bench-signing-secret"


def outbox_left(database: Path) -> int:
    with sqlite3.connect(database, timeout=30) as conn:
        return int(
            conn.execute(
                "SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'running')"
            ).fetchone()[0]
        )


async def wait_empty(database: Path, limit: float = 1800) -> float:
    started = time.monotonic()
    while outbox_left(database) and time.monotonic() - started < limit:
        await asyncio.sleep(0.25)
    return time.monotonic() - started


async def baseline_rate(messages: list[bytes], connections: int) -> float:
    import subprocess

    port = free_port()
    null = subprocess.Popen([sys.executable, str(ROOT / "bench" / "null_smtpd.py"), str(port)])
    try:
        await wait_for_port("127.0.0.1", port)
        return (await run_load("127.0.0.1", port, messages, connections)).rate
    finally:
        null.terminate()
        null.wait(20)


async def run(count: int, connections: int, slack: bool) -> None:
    from fakeslack import FakeSlack

    first = [make_message(n, sender="load") for n in range(count)]
    second = [make_message(n, sender="again") for n in range(count, 2 * count)]
    base = await baseline_rate(first, connections)
    with tempfile.TemporaryDirectory(prefix="load-") as tmp:
        async with RecordingRelay() as relay, FakeSlack() as fake:
            sections = {
                "acknowledgement": {"in_hours": True},
                "mail": {"relay_url": f"smtp://127.0.0.1:{relay.port}"},
                "slack": {"channel": "C0CASES", "post_interval": 0.0, "http_port": free_port()},
            }
            env = {}
            if slack:
                env = {"SLACK_BOT_TOKEN": fake.bot_token, "SLACK_SIGNING_SECRET": SECRET,
                       "SLACK_API_URL": fake.url}  # fmt: skip
            desk = DeskProcess(Path(tmp), sections, env)
            desk.start(wait=False)
            await asyncio.to_thread(desk.wait_listening)
            assert desk.process is not None
            try:
                before = rss_mb(desk.process.pid)
                load = await run_load("127.0.0.1", desk.port, first, connections, sender="load")
                drained = await wait_empty(desk.database)
                after = rss_mb(desk.process.pid)
                await run_load("127.0.0.1", desk.port, second, connections, sender="again")
                await wait_empty(desk.database)
                again = rss_mb(desk.process.pid)
                cases = desk.query("SELECT COUNT(*) FROM cases")[0][0]
                posted = desk.query("SELECT COUNT(*) FROM cases WHERE slack_ts IS NOT NULL")[0][0]
            finally:
                await asyncio.to_thread(desk.stop)
            acks = len(relay.messages)
            slack_posts = len(fake.calls_to("chat.postMessage"))
    print(f"{count} messages of about 2 KiB over {connections} connections, then {count} more")
    print(
        f"  accepted: {load.sent} at {load.rate:.0f} msg/s"
        f" (aiosmtpd storing nothing, same run: {base:.0f} msg/s; ratio {load.rate / base:.2f})"
    )
    print(f"  outbox empty {drained:.1f} s after the last 250")
    print(
        f"  cases: {cases}; posted to Slack: {posted} (fake saw {slack_posts} posts);"
        f" acknowledgements at the relay: {acks}"
    )
    print(f"  resident memory: {before:.0f} MB before, {after:.0f} MB after {count},"
          f" {again:.0f} MB after {2 * count}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--no-slack", action="store_true", help="run mail-only")
    args = parser.parse_args()
    asyncio.run(run(args.messages, args.connections, not args.no_slack))


if __name__ == "__main__":
    main()
