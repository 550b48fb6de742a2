"""A flood must not bury a customer: mass mail, then one customer's mail, at Slack's real pace.

    .venv/bin/python bench/flood.py [--flood 10000] [--connections 20] [--drain-limit 900]

`inquiry-desk serve` runs as a subprocess with the fake Slack Web API (tests/) in this process
and the shipped pacing (`slack.post_interval` 1 s: one chat.postMessage a second). Then:
1. baseline, same run: one customer's mail on the idle desk, from its 250 to its
   chat.postMessage at the fake;
2. `--flood` mails from a mass sender (one domain, `Precedence: bulk` and `List-Unsubscribe`,
   as mass mail carries them) over `--connections` connections;
3. right after the flood's last 250, another customer's mail, timed the same way.
Prints both times and their ratio (goal: the customer's case in the channel within 10 s), what
/metrics said just after, how many messages and updates the flood cost in the channel, and how
long until every flood mail was shown. In arrival order, the customer would wait behind
`--flood` posts at one a second.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]
from desk_process import DeskProcess  # noqa: E402
from ingest import free_port  # noqa: E402
from load import cpu_seconds  # noqa: E402
from smtpload import run_load  # noqa: E402

SECRET = "bench-signing-secret"


def mass_mail(n: int) -> bytes:
    return (
        f"From: Mega Deals <promo{n}@example.com>\r\nTo: info@planetmgmt.biz\r\n"
        f"Subject: Win a prize today, offer {n}\r\n"
        f"Message-ID: <deal-{n}-{time.time_ns()}@example.com>\r\n"
        "Precedence: bulk\r\nList-Unsubscribe: <mailto:off@example.com>\r\n"
        "Date: Wed, 25 Nov 2026 12:00:00 +0900\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Click now to claim your prize. Limited time only.\r\n"
    ).encode()


def customer_mail(subject: str) -> bytes:
    return (
        f"From: Hanako Suzuki <hanako@example.jp>\r\nTo: info@planetmgmt.biz\r\n"
        f"Subject: {subject}\r\nMessage-ID: <{time.time_ns()}@example.jp>\r\n"
        "Date: Wed, 25 Nov 2026 12:00:00 +0900\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Could you tell me how my personal information is used?\r\n"
    ).encode()


async def send_one(port: int, raw: bytes) -> float:
    """Deliver over SMTP; the monotonic time of the 250."""
    import aiosmtplib

    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=port) as smtp:
        await smtp.sendmail("hanako@example.jp", ["info@planetmgmt.biz"], raw)
    return time.monotonic()


async def time_to_channel(fake: object, marker: str, since: float, limit: float) -> float:
    """Seconds from `since` until a chat.postMessage whose text holds `marker` reached the
    fake (its own arrival time), or nan after `limit` seconds."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        for call in fake.calls_to("chat.postMessage"):  # type: ignore[attr-defined]
            if marker in str(call.params.get("text", "")):
                return float(call.at) - since
        await asyncio.sleep(0.05)
    return float("nan")


async def metrics(port: int) -> list[str]:
    import aiohttp

    async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/metrics") as r:
        text = await r.text()
    return [line for line in text.splitlines() if line.startswith("inquiry_desk_slack_")]


async def run(count: int, connections: int, drain_limit: float) -> None:
    from fakeslack import FakeSlack

    flood = [mass_mail(n) for n in range(count)]
    with tempfile.TemporaryDirectory(prefix="flood-") as tmp:
        async with FakeSlack() as fake:
            http_port = free_port()
            sections = {
                "http": {"port": http_port},
                "slack": {"channel": "C0CASES", "post_interval": 1.0, "http_port": free_port()},
            }
            env = {"SLACK_BOT_TOKEN": fake.bot_token, "SLACK_SIGNING_SECRET": SECRET,
                   "SLACK_API_URL": fake.url}  # fmt: skip
            desk = DeskProcess(Path(tmp), sections, env)
            desk.start(wait=False)
            await asyncio.to_thread(desk.wait_listening)
            assert desk.process is not None
            try:
                idle_at = await send_one(desk.port, customer_mail("Question before the flood"))
                idle = await time_to_channel(fake, "Question before the flood", idle_at, 60)
                cpu = cpu_seconds(desk.process.pid)
                started = time.monotonic()
                load = await run_load("127.0.0.1", desk.port, flood, connections, sender="promo")
                flood_end = time.monotonic()
                after_at = await send_one(desk.port, customer_mail("Question after the flood"))
                seen = await metrics(http_port)
                after = await time_to_channel(fake, "Question after the flood", after_at, 600)
                during = await metrics(http_port)
                shown = await asyncio.to_thread(
                    desk.wait_until,
                    # Intake too: a moment with no Slack row waiting comes while the bulk
                    # mail is still being read (its rows go last), not only at the end.
                    "SELECT COUNT(*) FROM outbox WHERE (kind LIKE 'slack%' OR kind = 'intake')"
                    " AND state IN ('pending', 'running')",
                    0,
                    drain_limit,
                )
                drained = time.monotonic() - flood_end
                cpu = cpu_seconds(desk.process.pid) - cpu
                digested = desk.query("SELECT COUNT(*) FROM cases WHERE digest_id IS NOT NULL")
            except AssertionError as exc:
                print(f"  not drained within {drain_limit:.0f} s: {exc}")
                shown, drained, digested, cpu = None, float("nan"), [[0]], float("nan")
            finally:
                await asyncio.to_thread(desk.stop)
            posts = fake.calls_to("chat.postMessage")
            digests = [c for c in posts if "similar mails" in str(c.params.get("text", ""))]
            updates = fake.calls_to("chat.update")
    del shown, started
    print(f"{count} mass mails over {connections} connections at {load.rate:.0f} msg/s,"
          f" then one customer's mail; Slack paced at 1 post/s")  # fmt: skip
    print(f"  customer's case in the channel {after:.2f} s after its 250 (goal <= 10 s);"
          f" baseline, same run, idle desk: {idle:.2f} s (ratio {after / idle:.1f});"
          f" in arrival order it would wait behind {count} posts: >= {count:.0f} s")  # fmt: skip
    print("  /metrics right after the customer's 250: " + "; ".join(seen))
    print("  /metrics once the customer was posted:    " + "; ".join(during))
    print(f"  the flood in the channel: {len(digests)} digest message(s), {len(updates)}"
          f" chat.update call(s), {len(posts)} posts in all; {digested[0][0]} cases in digests;"
          f" every Slack row done {drained:.0f} s after the flood's last 250")  # fmt: skip
    if digests:
        last = updates[-1].params["text"] if updates else digests[-1].params["text"]
        print(f"  last digest text: {str(last)[:160]}")
    print(f"  desk CPU from the flood to drained: {cpu:.1f} s ({cpu * 1000 / count:.1f} ms a mail)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--flood", type=int, default=10_000)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--drain-limit", type=float, default=900.0)
    args = parser.parse_args()
    asyncio.run(run(args.flood, args.connections, args.drain_limit))


if __name__ == "__main__":
    main()
