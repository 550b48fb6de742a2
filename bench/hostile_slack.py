"""An unsigned megabyte to the Slack endpoint, and the SMTP greeting meanwhile.

    .venv/bin/python bench/hostile_slack.py [--requests 5] [--size 1048576]

`inquiry-desk serve` runs as a subprocess in Slack HTTP mode (its Web API client pointed at the
test suite's fake Slack in this process). Each request is a POST to /slack/events of `--size`
bytes of "a" with no "@" and a wrong signature, the input that once held the event loop in the
log's address masking. While each request is sent and answered, a second task opens SMTP
connections to the desk one after another and times each greeting (connect to the 220 line).

Baselines in the same run: the SMTP greeting with nothing else going on, and the 401 for a
small (1 KiB) unsigned request. Goals: the 401 for a megabyte in under a second, and every
greeting meanwhile under 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from desk_process import DeskProcess, free_port  # noqa: E402
from fakeslack import FakeSlack  # noqa: E402

CHANNEL = "C0CASES"
SECRET = "bench-signing-secret"


async def greeting(port: int) -> float:
    started = time.perf_counter()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    line = await reader.readline()
    elapsed = time.perf_counter() - started
    writer.close()
    assert line.startswith(b"220"), line
    return elapsed


async def unsigned_post(session: aiohttp.ClientSession, url: str, size: int) -> float:
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": str(int(time.time())),
        "X-Slack-Signature": "v0=" + "0" * 64,
    }
    started = time.perf_counter()
    async with session.post(url, data=b"a" * size, headers=headers) as response:
        await response.read()
        assert response.status == 401, response.status
    return time.perf_counter() - started


async def greetings_while(port: int, busy: asyncio.Task[float]) -> list[float]:
    """Greetings one after another until `busy` is done (at least one)."""
    times = [await greeting(port)]
    while not busy.done():
        times.append(await greeting(port))
    return times


async def main(requests: int, size: int) -> None:
    async with FakeSlack() as fake:
        with tempfile.TemporaryDirectory() as tmp:
            slack_port = free_port()
            sections = {
                "acknowledgement": {"enabled": False},
                "slack": {"channel": CHANNEL, "http_port": slack_port},
            }
            env = {
                "SLACK_BOT_TOKEN": fake.bot_token,
                "SLACK_SIGNING_SECRET": SECRET,
                "SLACK_API_URL": fake.url,
            }
            desk = DeskProcess(Path(tmp), sections, env)
            desk.start(wait=False)
            await asyncio.to_thread(desk.wait_listening)
            url = f"http://127.0.0.1:{slack_port}/slack/events"
            try:
                idle = [await greeting(desk.port) for _ in range(50)]
                async with aiohttp.ClientSession() as session:
                    small = [await unsigned_post(session, url, 1024) for _ in range(requests)]
                    big: list[float] = []
                    during: list[float] = []
                    for _ in range(requests):
                        post = asyncio.create_task(unsigned_post(session, url, size))
                        during += await greetings_while(desk.port, post)
                        big.append(await post)
            finally:
                desk.stop()
    ms = 1000.0
    print(f"{requests} unsigned POSTs of {size} bytes to /slack/events")
    print(
        f"  401 for {size} bytes: median {statistics.median(big) * ms:.1f} ms, "
        f"max {max(big) * ms:.1f} ms"
    )
    print(
        f"  401 for 1024 bytes (baseline): median {statistics.median(small) * ms:.1f} ms; "
        f"ratio {statistics.median(big) / statistics.median(small):.1f}"
    )
    print(
        f"  SMTP greeting meanwhile ({len(during)} connections): median "
        f"{statistics.median(during) * ms:.1f} ms, max {max(during) * ms:.1f} ms"
    )
    print(
        f"  SMTP greeting idle (baseline, {len(idle)}): median "
        f"{statistics.median(idle) * ms:.1f} ms, max {max(idle) * ms:.1f} ms; ratio of maxima "
        f"{max(during) / max(idle):.1f}"
    )
    verdict = max(big) < 1.0 and max(during) < 0.1
    print(f"  goal (401 < 1 s, greeting < 100 ms): {'met' if verdict else 'NOT met'}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=5)
    parser.add_argument("--size", type=int, default=1024 * 1024)
    args = parser.parse_args()
    asyncio.run(main(args.requests, args.size))
