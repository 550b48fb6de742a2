"""/policy latency: signed slash commands over loopback, answered by the desk's Slack edge.

    .venv/bin/python bench/slack_policy.py [--requests 500] [--concurrency 1]

Starts the real runtime (bot.runtime) in HTTP mode on 127.0.0.1 with the shipped FAQ, its Web
API client pointed at the test suite's FakeSlack, then sends N signed ``/policy`` requests
(Japanese and English questions, some with no good answer) and times each from sending the
request to receiving the HTTP answer, which carries the FAQ answer itself. The baseline, in
the same run and over the same kind of connection, is a bare aiohttp handler that reads the
body and answers 200 at once. Prints p50/p95/p99 for both and the ratio. Goal: p99 < 100 ms.

Most of the desk's time is a floor set by Bolt, not by matching (well under a millisecond):
with `process_before_response=False` Bolt starts the listener as a task and polls every 10 ms
for its ack (slack_bolt/listener/asyncio_runner.py), so an instant ack is answered after ~10 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import statistics
import sys
import time
from collections.abc import Awaitable
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fakeslack import FakeSlack  # noqa: E402
from slack_signing import signed_headers, slash_command_body  # noqa: E402

from bot.runtime import SlackRuntime  # noqa: E402
from casework.faq import default_faq_path, load_faq  # noqa: E402
from casework.matching import FaqMatcher  # noqa: E402
from casework.settings import Settings, SlackSettings  # noqa: E402
from casework.store import CaseStore, StoreRunner, open_database  # noqa: E402
from responder.reply import ReplyIds  # noqa: E402

SECRET = "bench-signing-secret"
QUESTIONS = [
    "個人情報の開示を請求したい",
    "how do I request disclosure of my data?",
    "電話番号を教えてください",
    "What is the phone number of your inquiry desk?",
    "私のデータを削除してほしい",
    "Can you delete my personal information?",
    "土日は対応していますか",
    "Do you reply on Saturdays?",
    "グループ会社と情報を共有していますか",
    "Do you share my data with other companies?",
    "クッキーは使っていますか",
    "what is the weather tomorrow",
]


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))
    return ordered[index]


async def timed_posts(
    session: aiohttp.ClientSession, url: str, bodies: list[str], concurrency: int
) -> list[float]:
    """Send every body (signed just before sending); milliseconds from send to answer."""
    latencies: list[float] = []
    queue = list(reversed(bodies))

    async def one_client() -> None:
        while queue:
            body = queue.pop()
            headers = signed_headers(body, SECRET)
            start = time.perf_counter()
            async with session.post(url, data=body.encode(), headers=headers) as response:
                payload = await response.read()
            latencies.append((time.perf_counter() - start) * 1000)
            if response.status != 200 or not payload:
                raise SystemExit(f"unexpected answer {response.status}: {payload[:200]!r}")

    await asyncio.gather(*(one_client() for _ in range(concurrency)))
    return latencies


async def bare_server() -> tuple[web.AppRunner, str]:
    async def ok(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/slack/events", ok)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}/slack/events"


def report(name: str, ms: list[float]) -> dict[str, float]:
    figures = {
        "p50": percentile(ms, 50),
        "p95": percentile(ms, 95),
        "p99": percentile(ms, 99),
        "mean": statistics.fmean(ms),
    }
    print(
        f"{name:<22} n={len(ms):<5} p50={figures['p50']:7.2f} ms  p95={figures['p95']:7.2f} ms  "
        f"p99={figures['p99']:7.2f} ms  mean={figures['mean']:7.2f} ms"
    )
    return figures


async def main(requests: int, concurrency: int) -> int:
    logging.basicConfig(level=logging.WARNING)
    faq = load_faq(default_faq_path())
    bodies = [
        slash_command_body("/policy", QUESTIONS[i % len(QUESTIONS)], response_url="http://x/")
        for i in range(requests)
    ]
    warm = bodies[: min(50, len(bodies))]
    async with FakeSlack() as fake:
        slack = SlackSettings(
            channel="C0CASES1",
            http_port=0,
            bot_token=fake.bot_token,
            signing_secret=SECRET,
            api_url=fake.url,
        )
        runner = StoreRunner(CaseStore(open_database(None)))
        settings = Settings(slack=slack)
        runtime = SlackRuntime(
            settings,
            runner=runner,
            matcher=FaqMatcher(faq),
            faq=faq,
            clock=lambda: datetime.now(UTC),
            notify=lambda: None,
            message_ids=ReplyIds(settings.desk.domain),
        )
        await runtime.start()
        bare, bare_url = await bare_server()
        desk_url = f"http://127.0.0.1:{runtime.http_port}/slack/events"
        try:
            async with aiohttp.ClientSession() as session:

                def run(url: str, batch: list[str]) -> Awaitable[list[float]]:
                    return timed_posts(session, url, batch, concurrency)

                await run(bare_url, warm)
                await run(desk_url, warm)
                baseline = await run(bare_url, bodies)
                desk = await run(desk_url, bodies)
        finally:
            await bare.cleanup()
            await runtime.stop()
            runner.close()
    print(f"/policy over loopback, {requests} signed requests, concurrency {concurrency}")
    base = report("bare aiohttp (200)", baseline)
    ours = report("desk /policy answer", desk)
    print(
        f"ratio desk/bare: p50 {ours['p50'] / base['p50']:.1f}x, "
        f"p99 {ours['p99'] / base['p99']:.1f}x"
    )
    goal = ours["p99"] < 100
    print(f"goal p99 < 100 ms: {'met' if goal else 'NOT met'}")
    print(json.dumps({"baseline": base, "desk": ours}))
    return 0 if goal else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=1)
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.requests, args.concurrency)))
