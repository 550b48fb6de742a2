"""Durable intake against a listener that stores nothing, under the same load, in one run.

    .venv/bin/python bench/ingest.py [--messages 5000] [--connections 20] [--rounds 1]
                                     [--new-connection-per-message] [--client smtp-source]

1. stock aiosmtpd with a handler that does nothing and answers 250 (bench/null_smtpd.py);
2. `inquiry-desk serve`, which answers 250 only after an fsync'd commit.
Prints messages per second for each, the ratio, p50/p99 from end of DATA to 250, checks that
every message was stored, then sends as many again and prints the desk's resident memory.
With --new-connection-per-message every message comes over a connection of its own (connect,
EHLO, one transaction, QUIT), as mail from the internet does; both servers get the same.

--client smtp-source sends with Postfix's smtp-source (C, so the client takes little of the
CPU the servers share) instead of the Python client; its -d is --connections reused:

    smtp-source [-d] -s CONNECTIONS -m MESSAGES -l 2048 -f a@example.net -t info@planetmgmt.biz \
        127.0.0.1:PORT

It reports no latencies, and all its mail has one sender. The servers swap order every round
(baseline first in odd rounds, desk first in even ones), and each line gives the server's CPU
per message (every thread, and the desk's triage processes; and the event loop's thread alone,
where the sessions run), which a busy machine moves less than the rate. The desk is
`inquiry-desk serve` with its defaults; only data_dir and the port are set (and
outbox.triage_processes when given). It also says how much of the mail intake had read into
cases by the last 250, and how long after it all of it was read.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from smtpload import LoadResult, make_message, run_load, wait_for_port

ROOT = Path(__file__).resolve().parent.parent
DESK_ROOT = [ROOT]  # the checkout the desk runs from (--desk-root)
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    """CPU time used so far by the process and its live children (the triage processes)."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    pending = [pid]
    while pending:
        one = pending.pop()
        try:
            fields = Path(f"/proc/{one}/stat").read_text().rpartition(")")[2].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{one}/task").iterdir():
                children = (task / "children").read_text().split()
                pending.extend(int(c) for c in children)
        except (OSError, ValueError):
            continue
    return total


def loop_cpu_seconds(pid: int) -> float:
    """CPU time of the process's main thread: the event loop, where the sessions run."""
    tick = os.sysconf("SC_CLK_TCK")
    fields = Path(f"/proc/{pid}/task/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / tick


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
        cwd=DESK_ROOT[0],
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


def describe(name: str, result: LoadResult, cpu: tuple[float, float]) -> str:
    latency = (
        f"p50 {result.percentile(50) * 1000:6.2f} ms   p99 {result.percentile(99) * 1000:6.2f} ms"
        if result.latencies
        else "(smtp-source: no latencies)"
    )
    sent = max(result.sent, 1)
    return (
        f"{name:<24} {result.rate:8.0f} msg/s   CPU {cpu[0] / sent * 1000:5.2f} ms/msg"
        f" (loop {cpu[1] / sent * 1000:4.2f})   {latency}"
        f"   250s {result.sent}  other {result.failed}"
    )


@dataclass(frozen=True)
class Load:
    """How the mail is sent: by the Python client or by smtp-source."""

    count: int
    connections: int
    each: bool  # a new connection per message
    smtp_source: str | None = None  # the smtp-source program, or None for the Python client

    async def send(self, port: int, first: int = 0, sender: str = "customer") -> LoadResult:
        if self.smtp_source is not None:
            return await asyncio.to_thread(self._smtp_source, port)
        messages = [make_message(n, sender=sender) for n in range(first, first + self.count)]
        return await run_load(
            "127.0.0.1", port, messages, self.connections, new_connection_per_message=self.each
        )

    def _smtp_source(self, port: int) -> LoadResult:
        assert self.smtp_source is not None
        reuse = [] if self.each else ["-d"]
        command = [
            self.smtp_source,
            *reuse,
            *("-s", str(self.connections), "-m", str(self.count), "-l", "2048"),
            *("-f", "a@example.net", "-t", "info@planetmgmt.biz", f"127.0.0.1:{port}"),
        ]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        result = LoadResult(elapsed=time.perf_counter() - started)
        # smtp-source says nothing on success and names each failure on stderr.
        result.failed = len(done.stderr.splitlines()) if done.returncode else 0
        result.sent = self.count - result.failed
        return result


@dataclass
class Round:
    base: LoadResult
    ours: LoadResult
    base_cpu: tuple[float, float]  # CPU seconds in all, and of the event loop's thread
    ours_cpu: tuple[float, float]
    stored: int
    memory: float
    read: int  # mail read into cases by the last 250
    drained: float  # seconds from the last 250 until every mail was read


async def measure(
    process: subprocess.Popen[bytes], port: int, load: Load
) -> tuple[LoadResult, tuple[float, float]]:
    """The load's result, and the server's CPU seconds under it: in all, and its loop's."""
    await wait_for_port("127.0.0.1", port)
    before = cpu_seconds(process.pid), loop_cpu_seconds(process.pid)
    result = await load.send(port)
    after = cpu_seconds(process.pid), loop_cpu_seconds(process.pid)
    return result, (after[0] - before[0], after[1] - before[1])


async def baseline_round(load: Load) -> tuple[LoadResult, tuple[float, float]]:
    port = free_port()
    baseline = subprocess.Popen([PYTHON, str(ROOT / "bench" / "null_smtpd.py"), str(port)])
    try:
        return await measure(baseline, port, load)
    finally:
        stop(baseline)


async def desk_round(
    load: Load, workdir: Path, triage: int | None
) -> tuple[LoadResult, tuple[float, float], int, float, int, float]:
    port = free_port()
    desk = start_desk(workdir, port, triage)
    try:
        ours, cpu = await measure(desk, port, load)
        stored = count_stored(workdir)
        read = count_stored(workdir, read=True)
        began = time.perf_counter()
        while count_stored(workdir, read=True) < stored and time.perf_counter() - began < 600:
            await asyncio.sleep(0.1)
        drained = time.perf_counter() - began
        await load.send(port, first=load.count, sender="more")
        memory = rss_mb(desk.pid)
    finally:
        stop(desk)
    return ours, cpu, stored, memory, read, drained


async def one_round(
    load: Load, workdir: Path, triage: int | None = None, desk_first: bool = False
) -> Round:
    if desk_first:
        ours, ours_cpu, *desk = await desk_round(load, workdir, triage)
        base, base_cpu = await baseline_round(load)
    else:
        base, base_cpu = await baseline_round(load)
        ours, ours_cpu, *desk = await desk_round(load, workdir, triage)
    stored, memory, read, drained = desk
    return Round(base, ours, base_cpu, ours_cpu, int(stored), memory, int(read), drained)


def count_stored(workdir: Path, read: bool = False) -> int:
    """Mail stored; with `read`, only the mail that intake has read into a case."""
    query = "SELECT COUNT(*) FROM messages WHERE direction = 'in'"
    if read:
        query += " AND case_id IS NOT NULL"
    with sqlite3.connect(workdir / "var" / "desk.sqlite3") as conn:
        return int(conn.execute(query).fetchone()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--new-connection-per-message", action="store_true")
    parser.add_argument(
        "--triage-processes", type=int, default=None, help="outbox.triage_processes for the desk"
    )
    parser.add_argument(
        "--client",
        choices=("python", "smtp-source"),
        default="python",
        help="the load client: bench/smtpload.py, or Postfix's smtp-source (C)",
    )
    parser.add_argument(
        "--desk-root",
        type=Path,
        default=ROOT,
        help="run the desk from this checkout (to compare two versions with one benchmark)",
    )
    args = parser.parse_args()
    DESK_ROOT[0] = args.desk_root.resolve()
    each = args.new_connection_per_message
    program = None
    if args.client == "smtp-source":
        program = shutil.which("smtp-source") or shutil.which("smtp-source", path="/usr/sbin")
        if program is None:
            parser.error("smtp-source not found (Debian: apt-get install postfix)")
    load = Load(args.messages, args.connections, each, program)
    how = "a new connection per message" if each else "connections reused"
    print(
        f"{args.messages} messages of about 2 KiB, {args.connections} clients at once, {how},"
        f" client {args.client}, {os.cpu_count()} cores"
    )
    ratios: list[float] = []
    cpu_ratios: list[float] = []
    loop_ratios: list[float] = []  # the event loop's CPU per message: what a session costs
    ok = True
    for n in range(args.rounds):
        load_before = os.getloadavg()[0]
        with tempfile.TemporaryDirectory(prefix="ingest-") as tmp:
            got = asyncio.run(one_round(load, Path(tmp), args.triage_processes, n % 2 == 1))
        ratio = got.ours.rate / got.base.rate if got.base.rate else float("nan")
        ratios.append(ratio)
        per_base = got.base_cpu[0] / max(got.base.sent, 1)
        per_ours = got.ours_cpu[0] / max(got.ours.sent, 1)
        cpu_ratios.append(per_ours / per_base if per_base else float("nan"))
        loop_base = got.base_cpu[1] / max(got.base.sent, 1)
        loop_ours = got.ours_cpu[1] / max(got.ours.sent, 1)
        loop_ratios.append(loop_ours / loop_base if loop_base else float("nan"))
        first = "desk first" if n % 2 else "baseline first"
        print(
            f"round {n + 1} ({first}; load average {load_before:.1f} -> {os.getloadavg()[0]:.1f})"
        )
        print("  " + describe("aiosmtpd, stores nothing", got.base, got.base_cpu))
        print("  " + describe("inquiry-desk (fsync)", got.ours, got.ours_cpu))
        print(
            f"  ratio desk/baseline: {ratio:.2f}   (goal >= 1.0);"
            f" CPU per message desk/baseline: {cpu_ratios[-1]:.2f},"
            f" loop only {loop_ratios[-1]:.2f}"
        )
        print(
            f"  stored: {got.stored} of {args.messages} accepted"
            f" ({'all' if got.stored == got.ours.sent == args.messages else 'MISMATCH'})"
        )
        print(
            f"  read into cases by the last 250: {got.read}; all read {got.drained:.1f} s after it"
        )
        print(
            f"  desk resident memory after {2 * args.messages} messages: {got.memory:.0f} MB"
            f"   (goal < 150 MB)"
        )
        ok = ok and got.stored == got.ours.sent == args.messages
    if args.rounds > 1:
        print(
            f"median over {args.rounds} rounds: ratio {statistics.median(ratios):.2f},"
            f" CPU per message desk/baseline {statistics.median(cpu_ratios):.2f},"
            f" loop only {statistics.median(loop_ratios):.2f}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
