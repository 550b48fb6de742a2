"""Durable intake against a listener that stores nothing, under the same load, in one run.

    .venv/bin/python bench/ingest.py [--messages 5000] [--connections 20] [--rounds 1]
                                     [--new-connection-per-message]

1. stock aiosmtpd with a handler that does nothing and answers 250 (bench/null_smtpd.py);
2. `inquiry-desk serve`, which answers 250 only after an fsync'd commit.
Prints messages per second for each, the ratio, p50/p99 from end of DATA to 250, checks that
every message was stored, then sends as many again and prints the desk's resident memory.
With --new-connection-per-message every message comes over a connection of its own (connect,
EHLO, one transaction, QUIT), as mail from the internet does; both servers get the same.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from smtpload import LoadResult, make_message, run_load, wait_for_port

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_desk(workdir: Path, port: int, triage: int | None = None) -> subprocess.Popen[bytes]:
    config = workdir / "desk.toml"
    outbox = f"[outbox]\ntriage_processes = {triage}\n" if triage is not None else ""
    config.write_text(
        f'[desk]\ndata_dir = "{workdir / "var"}"\n[listener]\nport = {port}\n{outbox}',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    return subprocess.Popen(
        [PYTHON, "-m", "inquiry_desk.cli", "--config", str(config), "serve"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(workdir / "desk.log", "wb"),
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def describe(name: str, result: LoadResult) -> str:
    return (
        f"{name:<22} {result.rate:8.0f} msg/s   p50 {result.percentile(50) * 1000:6.2f} ms"
        f"   p99 {result.percentile(99) * 1000:6.2f} ms   250s {result.sent}  other {result.failed}"
    )


async def one_round(
    count: int, connections: int, workdir: Path, each: bool = False, triage: int | None = None
) -> tuple[LoadResult, LoadResult, int, float]:
    messages = [make_message(n) for n in range(count)]
    port = free_port()
    baseline = subprocess.Popen([PYTHON, str(ROOT / "bench" / "null_smtpd.py"), str(port)])
    try:
        await wait_for_port("127.0.0.1", port)
        base = await run_load(
            "127.0.0.1", port, messages, connections, new_connection_per_message=each
        )
    finally:
        stop(baseline)

    port = free_port()
    desk = start_desk(workdir, port, triage)
    try:
        await wait_for_port("127.0.0.1", port)
        ours = await run_load(
            "127.0.0.1", port, messages, connections, new_connection_per_message=each
        )
        stored = count_stored(workdir)
        more = [make_message(n, sender="more") for n in range(count, 2 * count)]
        await run_load("127.0.0.1", port, more, connections, new_connection_per_message=each)
        memory = rss_mb(desk.pid)
    finally:
        stop(desk)
    return base, ours, stored, memory


def count_stored(workdir: Path) -> int:
    with sqlite3.connect(workdir / "var" / "desk.sqlite3") as conn:
        return int(
            conn.execute("SELECT COUNT(*) FROM messages WHERE direction = 'in'").fetchone()[0]
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--new-connection-per-message", action="store_true")
    parser.add_argument(
        "--triage-processes", type=int, default=None, help="outbox.triage_processes for the desk"
    )
    args = parser.parse_args()
    each = args.new_connection_per_message
    how = "a new connection per message" if each else "connections reused"
    print(
        f"{args.messages} messages of about 2 KiB, {args.connections} clients at once, {how},"
        f" {os.cpu_count()} cores"
    )
    ratios = []
    ok = True
    for n in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="ingest-") as tmp:
            base, ours, stored, memory = asyncio.run(
                one_round(args.messages, args.connections, Path(tmp), each, args.triage_processes)
            )
        ratio = ours.rate / base.rate if base.rate else float("nan")
        ratios.append(ratio)
        print(f"round {n + 1}")
        print("  " + describe("aiosmtpd, stores nothing", base))
        print("  " + describe("inquiry-desk (fsync)", ours))
        print(f"  ratio desk/baseline: {ratio:.2f}   (goal >= 1.0)")
        print(
            f"  stored: {stored} of {args.messages} accepted"
            f" ({'all' if stored == ours.sent == args.messages else 'MISMATCH'})"
        )
        print(
            f"  desk resident memory after {2 * args.messages} messages: {memory:.0f} MB"
            f"   (goal < 150 MB)"
        )
        ok = ok and stored == ours.sent == args.messages
    if args.rounds > 1:
        print(f"median ratio over {args.rounds} rounds: {statistics.median(ratios):.2f}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
