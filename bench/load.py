"""The whole pipeline under load: mail in, cases to Slack, acknowledgements out.

    .venv/bin/python bench/load.py [--messages 10000] [--connections 20] [--no-slack]
        [--mix {load,real}]

`inquiry-desk serve` runs as a subprocess with in-hours acknowledgements on (every mail from a
new sender is acknowledged), a real aiosmtpd relay and the fake Slack Web API (tests/) in this
process. Slack's posting pace is set to 0 for the run: the fake has no rate limit, and at the
real pace of one message a second 10,000 posts would take hours whatever the desk did.
Prints: messages per second accepted (and, in the same run, the rate of the store-nothing
aiosmtpd baseline); the drain rate (cases finished, i.e. parsed, acknowledged and posted, per
second from the first mail sent until the outbox is empty) beside, measured in the same run, a
bare client doing only the outside work of a case one at a time (an aiosmtplib send over a new
connection, a chat.postMessage and a chat.update, against the same relay and fake); the
desk's CPU time per case (user + system of it and its triage process, from /proc/<pid>/stat;
the serving process's own share beside it), its store-thread calls and fsync'd commits per case
(from /metrics); and its resident memory, with the triage process's, before the load, after
it, and after a second load of the same size (it must not keep growing).

`--mix real` sends varied mail as it arrives (`bench/mailmix.py`: the train texts of
bench/data, Japanese and English, ISO-2022-JP, base64, quoted-printable, HTML alternatives,
attachments, replies, newsletters) in place of the default's one repeated sentence.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sqlite3
import sys
import tempfile
import time
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]
from desk_process import DeskProcess  # noqa: E402
from ingest import free_port, rss_mb  # noqa: E402
from mailmix import describe, real_mix  # noqa: E402
from relay import RecordingRelay  # noqa: E402
from smtpload import make_message, run_load, wait_for_port  # noqa: E402

SECRET = "bench-signing-secret"
# The tree whose desk is measured: this one, or the one bench/load_ab.py names.
DESK_TREE = Path(os.environ.get("LOAD_DESK_TREE") or ROOT)
TICKS = os.sysconf("SC_CLK_TCK")


def children_of(pid: int) -> list[int]:
    """The processes `pid` started and still runs (the desk's triage process)."""
    try:
        return [
            int(c) for task in Path(f"/proc/{pid}/task").iterdir()
            for c in (task / "children").read_text().split()
        ]  # fmt: skip
    except FileNotFoundError:
        return []


def cpu_seconds(pid: int, with_children: bool = True) -> float:
    """User + system CPU of a process (proc(5), fields 14 and 15 of /proc/<pid>/stat), of
    its children that ended and were waited for (fields 16 and 17), and of the children it
    still runs (the desk's triage process), counted from their own /proc entries."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    own = (int(fields[11]) + int(fields[12])) / TICKS
    if not with_children:
        return own
    ended = (int(fields[13]) + int(fields[14])) / TICKS
    return own + ended + sum(cpu_seconds(c) for c in children_of(pid))


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and of the children it runs."""
    return rss_mb(pid) + sum(tree_rss_mb(c) for c in children_of(pid))


async def store_counters(port: int) -> tuple[float, float, float, float]:
    """The desk's store-thread calls, commits, read-connection calls and trips to the read
    connection's thread so far, from its /metrics (0 reads from a desk without a read
    connection; hops as reads from one whose reads do not share trips)."""
    import aiohttp

    async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/metrics") as r:
        text = await r.text()
    found = {}
    for line in text.splitlines():
        name, _, value = line.partition(" ")
        found[name] = float(value) if value and not name.startswith("#") else 0.0
    reads = found.get("inquiry_desk_store_reads_total", 0.0)
    return (found.get("inquiry_desk_store_calls_total", float("nan")),
            found.get("inquiry_desk_store_commits_total", float("nan")),
            reads, found.get("inquiry_desk_store_read_hops_total", reads))  # fmt: skip


async def bare_hops(relay_port: int, slack_url: str, token: str, count: int) -> tuple[float, float]:
    """The baseline: the outside work of `count` cases done by a bare client, one case at a
    time; returns (cases per second, CPU ms per case of this process, servers included)."""
    from email.message import EmailMessage

    import aiosmtplib
    from slack_sdk.web.async_client import AsyncWebClient

    client = AsyncWebClient(token=token, base_url=slack_url)
    cpu, started = cpu_seconds(os.getpid()), time.monotonic()
    for n in range(count):
        message = EmailMessage()
        message["From"], message["To"] = "info@planetmgmt.biz", f"bare{n}@example.com"
        message["Subject"] = f"Auto: [PMC-{n:06d}] We received your inquiry"
        message.set_content("Thank you for your inquiry.\n" * 20)
        await aiosmtplib.send(message, hostname="127.0.0.1", port=relay_port, start_tls=False)
        posted = await client.chat_postMessage(channel="C0BARE", text=f"case {n}")
        await client.chat_update(channel="C0BARE", ts=posted["ts"], text=f"case {n} acked")
    elapsed, cpu = time.monotonic() - started, cpu_seconds(os.getpid()) - cpu
    return count / elapsed, cpu * 1000 / count


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


async def run(count: int, connections: int, slack: bool, mix: str = "load") -> None:
    from fakeslack import FakeSlack

    first = [make_message(n, sender="load") for n in range(count)]
    second = [make_message(n, sender="again") for n in range(count, 2 * count)]
    shown = "messages of about 2 KiB"
    if mix == "real":
        first, second = real_mix(count, "load"), real_mix(count, "again", start=count)
        shown = f"messages, {describe(first)}"
    base = await baseline_rate(first, connections)
    with tempfile.TemporaryDirectory(prefix="load-") as tmp:
        async with RecordingRelay() as relay, FakeSlack() as fake:
            http_port = free_port()
            sections = {
                "http": {"port": http_port},
                "acknowledgement": {"in_hours": True},
                "mail": {"relay_url": f"smtp://127.0.0.1:{relay.port}"},
                "slack": {"channel": "C0CASES", "post_interval": 0.0, "http_port": free_port()},
            }
            env = {}
            if slack:
                env = {"SLACK_BOT_TOKEN": fake.bot_token, "SLACK_SIGNING_SECRET": SECRET,
                       "SLACK_API_URL": fake.url}  # fmt: skip
            desk = DeskProcess(Path(tmp), sections, env, tree=DESK_TREE)
            desk.start(wait=False)
            try:
                await asyncio.to_thread(desk.wait_listening)
                assert desk.process is not None
                pid = desk.process.pid
                before = tree_rss_mb(pid)
                calls, commits, reads, hops = await store_counters(http_port)
                cpu, started = cpu_seconds(pid), time.monotonic()
                main_cpu = cpu_seconds(pid, with_children=False)
                load = await run_load("127.0.0.1", desk.port, first, connections, sender="load")
                drained = await wait_empty(desk.database)
                drain_time = time.monotonic() - started
                cpu = cpu_seconds(pid) - cpu
                main_cpu = cpu_seconds(pid, with_children=False) - main_cpu
                counted = await store_counters(http_port)
                calls_after, commits_after, reads_after, hops_after = counted
                after = tree_rss_mb(pid)
                await run_load("127.0.0.1", desk.port, second, connections, sender="again")
                await wait_empty(desk.database)
                again = tree_rss_mb(pid)
                cases = desk.query("SELECT COUNT(*) FROM cases")[0][0]
                posted = desk.query("SELECT COUNT(*) FROM cases WHERE slack_ts IS NOT NULL")[0][0]
            finally:
                await asyncio.to_thread(desk.stop)
            acks = len(relay.messages)
            slack_posts = len(fake.calls_to("chat.postMessage"))
            slack_updates = len(fake.calls_to("chat.update"))
            bare_rate, bare_cpu = await bare_hops(relay.port, fake.url, fake.bot_token, 200)
    rate = count / drain_time
    print(f"{count} {shown}, over {connections} connections, then {count} more;"
          f" the desk of {DESK_TREE}")  # fmt: skip
    print(
        f"  accepted: {load.sent} at {load.rate:.0f} msg/s"
        f" (aiosmtpd storing nothing, same run: {base:.0f} msg/s; ratio {load.rate / base:.2f})"
    )
    print(f"  outbox empty {drained:.1f} s after the last 250")
    print(
        f"  drain: {rate:.1f} cases/s ({count} cases in {drain_time:.1f} s from the first mail;"
        f" goal >= 100); bare client doing only the outside work of a case, one at a time,"
        f" same run: {bare_rate:.1f} cases/s (ratio {rate / bare_rate:.2f})"
    )
    print(
        f"  desk CPU per case: {cpu * 1000 / count:.1f} ms (goal <= 10; the serving process"
        f" {main_cpu * 1000 / count:.1f} ms, its triage process the rest); bare client and"
        f" servers, same run: {bare_cpu:.1f} ms"
    )
    print(
        f"  per case: {(calls_after - calls) / count:.2f} store-thread calls,"
        f" {(commits_after - commits) / count:.2f} commits,"
        f" {(reads_after - reads) / count:.2f} calls on the read connection"
        f" in {(hops_after - hops) / count:.2f} trips to its thread"
    )
    print(
        f"  cases: {cases}; posted to Slack: {posted} (fake saw {slack_posts} posts,"
        f" {slack_updates} updates);"
        f" acknowledgements at the relay: {acks}"
    )
    print(f"  resident memory (desk and triage process): {before:.0f} MB before,"
          f" {after:.0f} MB after {count}, {again:.0f} MB after {2 * count}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--no-slack", action="store_true", help="run mail-only")
    parser.add_argument(
        "--mix",
        choices=("load", "real"),
        default="load",
        help="load: one repeated sentence (the default, as in earlier figures);"
        " real: varied mail built from the train texts (bench/mailmix.py)",
    )
    args = parser.parse_args()
    try:
        asyncio.run(stoppable(run(args.messages, args.connections, not args.no_slack, args.mix)))
    except asyncio.CancelledError:
        sys.exit("load.py: stopped by a signal; the desk was stopped")


async def stoppable(work: Coroutine[Any, Any, None]) -> None:
    """Run `work` until it ends or SIGTERM or SIGINT arrives, which cancels it: its cleanup
    then runs (the desk stopped, the baseline server ended), so a benchmark killed by its PID
    leaves no desk running to skew the next figures."""
    task = asyncio.ensure_future(work)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, task.cancel)
    try:
        await task
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)


if __name__ == "__main__":
    main()
