"""Large mail within the size limit: the desk's peak memory and event-loop lag.

    .venv/bin/python bench/large_mail.py [--mails 8] [--megabytes 24]

`inquiry-desk serve` runs as a subprocess (file transport, no Slack). The bench sends
`--mails` mails of `--megabytes` MB of text at once (four kinds in turn: a plain text body,
base64 text, an HTML body and a text part beside a large attachment), then waits until each is
a case. Meanwhile a probe, in a process of its own, opens an SMTP connection every 50 ms and
times the greeting: a greeting is written by the event loop, so its delay is the loop's lag.
(`--probe-in-bench` runs the probe as a thread of the bench instead, as it was first measured:
it then also times the bench's own senders, which hold the bench's interpreter lock.)
Printed: the desk's peak resident memory (VmHWM) and the slowest greeting, beside the same
run with mails of 20 KB (the baseline, measured first in the same run), and their ratios.
"""

from __future__ import annotations

import argparse
import base64
import multiprocessing
import socket
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from desk_process import DeskProcess  # noqa: E402

PROBE_EVERY = 0.05


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def make_mail(n: int, size: int) -> bytes:
    """Mail number `n` with about `size` bytes of text, of one of four kinds."""
    kind = n % 4
    if kind in (1, 3):  # base64 grows the text by a third (and CRLFs): the mail stays `size`
        size = size * 72 // 100
    line = "個人情報の開示をお願いします。Please disclose my personal data. " * 2 + "\n"
    text = (line * (size // len(line.encode()) + 1)).encode()[:size]
    text = text[: text.rfind(b"\n") + 1]
    head = (
        f"From: Taro <taro{n}@example.jp>\r\nTo: info@planetmgmt.biz\r\n"
        f"Subject: large {n}\r\nMessage-ID: <large-{n}-{size}@example.jp>\r\n"
        "Date: Sat, 28 Nov 2026 23:04:00 +0900\r\nMIME-Version: 1.0\r\n"
    ).encode()
    if kind == 0:
        return (
            head + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + text.replace(b"\n", b"\r\n")
        )
    if kind == 1:
        body = base64.encodebytes(text).replace(b"\n", b"\r\n")
        return (
            head
            + b"Content-Type: text/plain; charset=utf-8\r\n"
            + (b"Content-Transfer-Encoding: base64\r\n\r\n" + body)
        )
    if kind == 2:
        html = b"<html><body>" + text.replace(b"\n", b"<br>\r\n") + b"</body></html>"
        return head + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + html
    attachment = base64.encodebytes(text).replace(b"\n", b"\r\n")
    return head + (
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nSee the attached file.\r\n--b\r\n"
        b'Content-Type: application/octet-stream; name="data.bin"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + attachment + b"\r\n--b--\r\n"
    )


def send(port: int, raw: bytes, sender: str) -> None:
    import smtplib

    with smtplib.SMTP("127.0.0.1", port, timeout=600) as smtp:
        smtp.sendmail(sender, ["info@planetmgmt.biz"], raw)


def probe_greetings(port: int, stopping: Any, results: Any) -> None:
    """Time the SMTP greeting every PROBE_EVERY seconds until `stopping` is set; send back
    (start, seconds) pairs. Run in a process of its own: in the bench's process it would also
    time the bench's senders, whose dot-stuffing of a 24 MB mail (smtplib's regular
    expression) holds the bench's interpreter lock for some 80 ms a mail."""
    samples: list[tuple[float, float]] = []
    while not stopping.wait(PROBE_EVERY):
        started = time.monotonic()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
                s.recv(100)
                s.sendall(b"QUIT\r\n")
        except OSError:
            continue
        samples.append((started, time.monotonic() - started))
    results.send(samples)


class Probe:
    """The greeting probe, in a process of its own (`in_process`: a thread of the bench, as
    measured before, for comparison). Monotonic clocks are system-wide on Linux, so its times
    compare with the bench's."""

    def __init__(self, port: int, in_process: bool = False) -> None:
        self.samples: list[float] = []
        self.times: list[float] = []
        if in_process:
            self.stopping: Any = threading.Event()
            self._results, sending = multiprocessing.Pipe(duplex=False)
            self._worker: Any = threading.Thread(
                target=probe_greetings, args=(port, self.stopping, sending), daemon=True
            )
        else:
            spawn = multiprocessing.get_context("spawn")
            self.stopping = spawn.Event()
            self._results, sending = spawn.Pipe(duplex=False)
            self._worker = spawn.Process(
                target=probe_greetings, args=(port, self.stopping, sending), daemon=True
            )

    def start(self) -> None:
        self._worker.start()

    def stop(self) -> None:
        self.stopping.set()
        pairs = self._results.recv()
        self._worker.join()
        self.times = [t for t, _ in pairs]
        self.samples = [s for _, s in pairs]

    def figures(self) -> tuple[float, float]:
        """The median and the slowest greeting, in seconds."""
        ordered = sorted(self.samples) or [float("nan")]
        return ordered[len(ordered) // 2], ordered[-1]

    def slowest_before(self, moment: float) -> float:
        """The slowest greeting asked for before `moment` (while the mails were arriving)."""
        return max(
            (s for s, t in zip(self.samples, self.times, strict=True) if t < moment), default=0
        )


def cases(database: Path) -> int:
    with sqlite3.connect(database, timeout=60) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0])


def run(mails: int, size: int, in_process: bool = False) -> tuple[float, float, float, float]:
    """Peak RSS (MiB), median and slowest greeting (s), seconds until every mail was a case."""
    with tempfile.TemporaryDirectory(prefix="bench-large-") as tmp:
        desk = DeskProcess(Path(tmp), {"acknowledgement": {"in_hours": True}}).start()
        assert desk.process is not None
        probe = Probe(desk.port, in_process)
        try:
            probe.start()
            started = time.monotonic()
            senders = [
                threading.Thread(target=send, args=(desk.port, make_mail(n, size), f"t{n}@e.jp"))
                for n in range(mails)
            ]
            for thread in senders:
                thread.start()
            for thread in senders:
                thread.join()
            received_peak = peak_rss_mb(desk.process.pid)
            received = time.monotonic()
            while cases(desk.database) < mails:
                if desk.process.poll() is not None:
                    raise RuntimeError(f"the desk exited: {desk.log.read_text()[-2000:]}")
                time.sleep(0.1)
            elapsed = time.monotonic() - started
            peak = peak_rss_mb(desk.process.pid)
        finally:
            probe.stop()
            desk.stop()
        print(
            f"  (when the last 250 was in: peak {received_peak:.0f} MiB, slowest greeting so far"
            f" {probe.slowest_before(received) * 1000:.1f} ms)",
            file=sys.stderr,
        )
        return peak, *probe.figures(), elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mails", type=int, default=8)
    parser.add_argument("--megabytes", type=float, default=24)
    parser.add_argument(
        "--probe-in-bench",
        action="store_true",
        help="time greetings from a thread of the bench (as measured before: it counts the"
        " bench's own senders holding its interpreter lock)",
    )
    args = parser.parse_args()
    size = int(args.megabytes * 1_000_000)
    base = run(args.mails, 20_000, args.probe_in_bench)
    big = run(args.mails, size, args.probe_in_bench)
    print(f"{args.mails} mails at once: desk peak RSS; SMTP greeting median and max; to cases")
    for label, (rss, median, worst, took) in (
        (f"baseline ({args.mails} x 20 KB)", base),
        (f"large ({args.mails} x {args.megabytes:g} MB)", big),
    ):
        print(f"  {label:24} {rss:6.0f} MiB  {median * 1000:6.1f} ms  {worst * 1000:7.1f} ms"
              f"  {took:6.1f} s")  # fmt: skip
    print(f"  ratio: RSS x{big[0] / base[0]:.1f}, greeting max x{big[2] / max(base[2], 1e-6):.1f}")


if __name__ == "__main__":
    main()
