"""From end of DATA to the case message at Slack, at Slack's real posting pace.

    .venv/bin/python bench/slack_latency.py [--messages 60] [--interval 1.5] [--burst 20]
                                            [--no-ack]

`inquiry-desk serve` runs as a subprocess in HTTP mode, its Web API client pointed at the test
suite's fake Slack (tests/fakeslack.py) in this process, with the shipped `[slack]
post_interval` (1.0 s: Slack allows about one message a second per channel). Each mail comes
from a new sender over its own connection and carries a unique token in its subject and body.
The clock starts when the client reads the 250 that ends DATA and stops when the fake receives
the chat.postMessage whose text or blocks carry that token (the arrival is stamped as the
request reaches the fake's handler, so polling adds nothing).

Acknowledgements are pinned so that the figure does not depend on the hour: by default every
mail is acknowledged (`in_hours = true`, as out of hours), and the case is posted once its
acknowledgement has gone (`casework.slackposts.POST_AFTER_ACK`), so the figure includes the
acknowledgement's send; `--no-ack` turns acknowledgements off, as for a mail in business
hours.

Paced run: `--messages` mails, one every `--interval` seconds, slower than the posting pace,
so that a mail needing one post waits behind no other's: this is the goal figure. Burst:
`--burst` mails at once, which the pace spreads one a second; reported, not the goal.
Baselines in the same run: a bare chat.postMessage round trip from the desk's kind of client
(bot.runtime.make_client) to the same fake, and the SMTP hop to the desk (connect to the 250
that ends DATA).
Goal: p95 under 300 ms on loopback for the paced run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import re
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiosmtplib
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]
from ack_latency import pct  # noqa: E402
from desk_process import DeskProcess  # noqa: E402
from fakeslack import FakeSlack  # noqa: E402
from ingest import free_port  # noqa: E402
from smtpload import make_message  # noqa: E402

from bot.runtime import make_client  # noqa: E402

CHANNEL = "C0CASES"
SECRET = "bench-signing-secret"
POST_INTERVAL = 1.0  # the desk's default `[slack] post_interval`, left as shipped


class TimedSlack(FakeSlack):
    """The fake, stamping when each chat.postMessage carrying a bench token arrives."""

    def __init__(self, run: str) -> None:
        super().__init__()
        self.token = re.compile(rf"slk-{run}-\d{{4}}")
        self.arrived: dict[str, float] = {}
        self.changed = asyncio.Event()

    async def _handle_api(self, request: web.Request) -> web.Response:
        arrived = time.monotonic()  # the request's head is in; its body is a few KB on loopback
        response = await super()._handle_api(request)
        if request.match_info.get("method") == "chat.postMessage":
            # The fake has read the body already; aiohttp keeps it, so this costs no I/O.
            body = (await request.read()).decode("utf-8", "replace")
            for token in set(self.token.findall(body)):
                self.arrived.setdefault(token, arrived)
            self.changed.set()
        return response


def token_mail(n: int, token: str) -> bytes:
    """smtpload's 2 KiB inquiry, from a sender of its own, with `token` in subject and body."""
    raw = make_message(n, sender=f"{token}.")
    raw = raw.replace(b"Subject: ", f"Subject: {token} ".encode(), 1)
    return raw + f"Reference {token}\r\n".encode()


async def send(port: int, n: int, token: str) -> tuple[float, float]:
    """Send one mail; return (monotonic time before connecting, time the DATA 250 was read)."""
    started = time.monotonic()
    smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port)
    await smtp.connect()
    await smtp.ehlo()
    await smtp.mail(f"{token}.{n}@example.com")
    await smtp.rcpt("info@planetmgmt.biz")
    await smtp.data(token_mail(n, token))
    ended = time.monotonic()
    await smtp.quit()
    return started, ended


async def api_floor(fake: FakeSlack, count: int) -> list[float]:
    """Round trips of a bare chat.postMessage from the desk's kind of client to the fake."""
    client = make_client(fake.bot_token, fake.url)
    times = []
    for n in range(count):
        started = time.monotonic()
        await client.chat_postMessage(channel=CHANNEL, text=f"floor {n}")
        times.append(time.monotonic() - started)
    return times


async def wait_posted(fake: TimedSlack, tokens: list[str], limit: float) -> None:
    deadline = time.monotonic() + limit
    while any(t not in fake.arrived for t in tokens) and time.monotonic() < deadline:
        fake.changed.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(fake.changed.wait(), 1.0)


async def paced(desk: DeskProcess, fake: TimedSlack, tokens: list[str], interval: float) -> dict:
    """Send one mail every `interval` seconds; {token: (connect, 250)}."""
    tasks = {}
    t0 = time.monotonic()
    for n, token in enumerate(tokens):
        delay = t0 + n * interval - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks[token] = asyncio.create_task(send(desk.port, n, token))
    sent = {token: await task for token, task in tasks.items()}
    await wait_posted(fake, tokens, 30 + 2 * len(tokens) * POST_INTERVAL)  # two rows a case
    return sent


async def burst(desk: DeskProcess, fake: TimedSlack, tokens: list[str], first: int) -> dict:
    """Send every mail at once, each over its own connection; {token: (connect, 250)}."""
    times = await asyncio.gather(*(send(desk.port, first + i, t) for i, t in enumerate(tokens)))
    await wait_posted(fake, tokens, 30 + 2 * len(tokens) * POST_INTERVAL)  # two rows a case
    return dict(zip(tokens, times, strict=True))


def latencies_ms(fake: TimedSlack, sent: dict) -> list[float]:
    return [(fake.arrived[t] - ended) * 1000 for t, (_, ended) in sent.items() if t in fake.arrived]


def figures(ms: list[float]) -> str:
    return f"p50 {statistics.median(ms):.1f} ms, p95 {pct(ms, 95):.1f} ms, max {max(ms):.1f} ms"


async def run(messages: int, interval: float, burst_size: int, ack: bool) -> None:
    run_id = secrets.token_hex(3)
    paced_tokens = [f"slk-{run_id}-{n:04d}" for n in range(messages)]
    burst_tokens = [f"slk-{run_id}-{n:04d}" for n in range(messages, messages + burst_size)]
    with tempfile.TemporaryDirectory(prefix="slack-bench-") as tmp:
        async with TimedSlack(run_id) as fake:
            floor = await api_floor(fake, 50)
            desk = DeskProcess(
                Path(tmp),
                {
                    "acknowledgement": {"enabled": ack, "in_hours": True},
                    "slack": {"channel": CHANNEL, "http_port": free_port()},
                },
                {"SLACK_BOT_TOKEN": fake.bot_token, "SLACK_API_URL": fake.url,
                 "SLACK_SIGNING_SECRET": SECRET},
            )  # fmt: skip
            desk.start(wait=False)
            await asyncio.to_thread(desk.wait_listening)
            try:
                sent = await paced(desk, fake, paced_tokens, interval) if messages else {}
                bursts = {}
                if burst_size:
                    # Let the worker finish its pause after the last post, so the burst
                    # starts on an idle desk.
                    await asyncio.sleep(POST_INTERVAL + 0.5)
                    bursts = await burst(desk, fake, burst_tokens, messages)
            finally:
                await asyncio.to_thread(desk.stop)
            log = desk.log.read_text(encoding="utf-8", errors="replace")
    print(f"acknowledgements: {'every mail' if ack else 'off'}")
    report(fake, sent, bursts, floor, interval)
    problems = [line for line in log.splitlines() if " ERROR " in line or "Traceback" in line]
    if problems:
        print(f"desk log: {len(problems)} error lines, the first: {problems[0][:300]}")


def report(fake: TimedSlack, sent: dict, bursts: dict, floor: list[float], every: float) -> None:
    ms = latencies_ms(fake, sent)
    floor_ms = [x * 1000 for x in floor]
    # The hop is taken from the paced mails when there are any: the burst's share one CPU.
    hop_ms = [(ended - started) * 1000 for started, ended in (sent or bursts).values()]
    print(
        f"messages sent: {len(sent)}, one every {every:g} s; case messages at the fake: {len(ms)}"
    )
    posts, updates = len(fake.calls_to("chat.postMessage")), len(fake.calls_to("chat.update"))
    print(f"the fake saw {posts - len(floor)} case posts and {updates} chat.update calls")
    print(f"baseline (bare chat.postMessage round trip to the fake): {figures(floor_ms)}")
    if hop_ms:
        print(f"baseline (SMTP hop to the desk, connect to 250): {figures(hop_ms)}")
    if bursts:
        burst_ms = latencies_ms(fake, bursts)
        print(
            f"burst of {len(bursts)} at once (paced by post_interval {POST_INTERVAL:g} s, not"
            f" the goal): {len(burst_ms)} posted; {figures(burst_ms) if burst_ms else 'none'}"
        )
    if ms:
        p95 = pct(ms, 95)
        print(f"end of DATA -> case message at the fake Slack: {figures(ms)}")
        print(f"ratio p95 / chat.postMessage p50: {p95 / statistics.median(floor_ms):.1f}")
        print(f"goal p95 < 300 ms: {'met' if p95 < 300 and len(ms) == len(sent) else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=60)
    parser.add_argument("--interval", type=float, default=1.5, help="seconds between mails")
    parser.add_argument("--burst", type=int, default=20, help="mails sent at once afterwards")
    parser.add_argument("--no-ack", action="store_true", help="acknowledgements off")
    args = parser.parse_args()
    asyncio.run(run(args.messages, args.interval, args.burst, not args.no_ack))


if __name__ == "__main__":
    main()
