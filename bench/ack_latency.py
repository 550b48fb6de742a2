"""From end of DATA to the acknowledgement accepted by the relay, at a steady rate.

    .venv/bin/python bench/ack_latency.py [--messages 400] [--rate 20]

`inquiry-desk serve` runs as a subprocess with in-hours acknowledgements on (so that every mail
is acknowledged whatever the time of day) and a real aiosmtpd relay (tests/relay.py) in this
process. Each mail comes from a different sender, over its own connection, at `--rate` per
second. The clock starts just before the client sends DATA and stops when the relay has the
acknowledgement (matched by In-Reply-To). The baseline, in the same run, is one plain SMTP
transaction from this process straight to the relay: the least a mail hop costs here.
Goal: p95 under 500 ms at 20 messages per second.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiosmtplib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.desk_process import DeskProcess  # noqa: E402
from tests.relay import RecordingRelay  # noqa: E402


def mail(n: int) -> bytes:
    return (
        f"From: customer{n}@example.jp\r\nTo: info@planetmgmt.biz\r\n"
        f"Subject: inquiry {n}\r\nMessage-ID: <bench{n}@example.jp>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "個人情報の開示をお願いしたいのですが、どうすればよいでしょうか。\r\n" * 8
    ).encode()


async def timed_send(port: int, n: int) -> float:
    """Send one mail; return the monotonic time just before DATA."""
    smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port)
    await smtp.connect()
    await smtp.ehlo()
    await smtp.mail(f"customer{n}@example.jp")
    await smtp.rcpt("info@planetmgmt.biz")
    started = time.monotonic()
    await smtp.data(mail(n))
    await smtp.quit()
    return started


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def baseline(relay: RecordingRelay, count: int) -> list[float]:
    times = []
    for n in range(count):
        started = time.monotonic()
        await aiosmtplib.send(
            mail(n), sender="bench@example.jp", recipients=["x@example.jp"],
            hostname="127.0.0.1", port=relay.port,
        )  # fmt: skip
        times.append(time.monotonic() - started)
    relay.messages.clear()
    return times


async def run(messages: int, rate: float) -> None:
    with tempfile.TemporaryDirectory(prefix="ack-bench-") as tmp:
        async with RecordingRelay() as relay:
            base = await baseline(relay, 50)
            desk = DeskProcess(
                Path(tmp),
                {
                    "acknowledgement": {"in_hours": True},
                    "mail": {"relay_url": f"smtp://127.0.0.1:{relay.port}"},
                },
            )
            desk.start(wait=False)
            await asyncio.to_thread(desk.wait_listening)
            try:
                started: dict[str, float] = {}
                tasks = []
                t0 = time.monotonic()
                for n in range(messages):
                    delay = t0 + n / rate - time.monotonic()
                    if delay > 0:
                        await asyncio.sleep(delay)
                    tasks.append(asyncio.create_task(timed_send(desk.port, n)))
                for n, task in enumerate(tasks):
                    started[f"<bench{n}@example.jp>"] = await task
                deadline = time.monotonic() + 60
                while len(relay.messages) < messages and time.monotonic() < deadline:
                    relay.received.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(relay.received.wait(), 1.0)
            finally:
                desk.stop()
            latencies = [
                t.arrived - started[str(t.message["In-Reply-To"])]
                for t in relay.messages
                if str(t.message["In-Reply-To"]) in started
            ]
    ms = [x * 1000 for x in latencies]
    base_ms = [x * 1000 for x in base]
    print(f"messages sent: {messages} at {rate:g}/s; acknowledgements at the relay: {len(ms)}")
    print(f"baseline (one SMTP hop to the relay): p50 {statistics.median(base_ms):.1f} ms")
    if ms:
        p50, p95 = statistics.median(ms), pct(ms, 95)
        print(f"end of DATA -> acknowledgement at the relay: p50 {p50:.1f} ms, p95 {p95:.1f} ms,"
              f" max {max(ms):.1f} ms")  # fmt: skip
        print(f"ratio p95 / baseline p50: {p95 / statistics.median(base_ms):.1f}")
        print(f"goal p95 < 500 ms: {'met' if p95 < 500 else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=400)
    parser.add_argument("--rate", type=float, default=20.0)
    args = parser.parse_args()
    asyncio.run(run(args.messages, args.rate))


if __name__ == "__main__":
    main()
