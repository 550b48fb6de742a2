"""CPU per case of the triage (reading) process, alone, against a baseline in the same run.

    .venv/bin/python bench/triage_cpu.py [--mails 600] [--rounds 3] [--against COMMIT]
        [--sets load,labelled,real]

What the desk's triage process does for each stored mail (`responder.intake.triage_mail`:
parse, read, match the FAQ, ask the calendar, the suppression rules, the person index), timed
with the process's CPU time over two sets of mails: the load benchmark's mail
(`bench/smtpload.make_message`, as `bench/load.py` sends it) and mails made from the train and
dev texts of bench/data (never the test parts); and the realistic mix of `bench/load.py --mix
real` (`bench/mailmix.py`: the train texts in the MIME shapes mailers send). Each round runs
in a fresh process, after a warm-up (the matcher's first mails).

The baseline, measured in the same run in alternating rounds: with `--against COMMIT`, the
same work done by that commit's tree (`git archive` into a temporary directory; the mails are
this tree's); without it, the email package's bare parse of the same mails. Prints each
round, the medians and their ratio.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
SPLITS = ("corpus-train", "corpus-dev", "fresh-dev", "fresh3-dev", "voices-train", "voices-dev",
          "plain-dev", "mailshapes-train", "offtopic-train")  # fmt: skip


def load_mails(count: int) -> list[bytes]:
    sys.path.insert(0, str(ROOT / "bench"))
    from smtpload import make_message

    return [make_message(n, sender="load") for n in range(count)]


def labelled_mails(count: int) -> list[bytes]:
    from email.message import EmailMessage

    texts = []
    for split in SPLITS:
        path = DATA / f"{split}.jsonl"
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    mails = []
    for n, text in enumerate(texts[:: max(1, len(texts) // count)][:count]):
        msg = EmailMessage()
        msg["From"] = f"Person {n} <person{n}@example.com>"
        msg["To"] = "info@planetmgmt.biz"
        msg["Subject"] = text.split("\n")[0][:60]
        msg["Message-ID"] = f"<bench-{n}@example.com>"
        msg["Date"] = "Wed, 25 Nov 2026 12:00:00 +0900"
        msg.set_content(text)
        mails.append(msg.as_bytes())
    return mails


def child(tree: Path, which: str, count: int, bare: bool) -> None:
    """One round in this process: CPU ms per mail, printed as JSON."""
    if which == "real":
        sys.path.insert(0, str(ROOT / "bench"))
        from mailmix import real_mix

        mails = real_mix(count, "load")
    else:
        mails = load_mails(count) if which == "load" else labelled_mails(count)
    sys.path.insert(0, str(tree))
    if bare:
        import email

        work = email.message_from_bytes
    else:
        from casework.autoreply import AutoReplyPolicy
        from casework.calendar import BusinessCalendar, calendar_config_from_mapping
        from casework.faq import default_faq_path, load_faq
        from casework.matching import FaqMatcher
        from casework.store import Received
        from responder.intake import triage_mail

        matcher = FaqMatcher(load_faq(default_faq_path()))
        calendar = BusinessCalendar(calendar_config_from_mapping({}))
        policy = AutoReplyPolicy(("info@planetmgmt.biz",), "info@planetmgmt.biz", None)
        at = datetime(2026, 12, 5, 22, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
        envelope = ("sender@example.com", ("info@planetmgmt.biz",), "127.0.0.1", False, at)
        received = {raw: Received(raw, *envelope) for raw in mails}

        def work(raw: bytes) -> object:
            return triage_mail(received[raw], matcher=matcher, calendar=calendar,
                               policy=policy, max_header_bytes=102400,
                               id_domain="planetmgmt.biz")  # fmt: skip

    for raw in mails[:30]:  # warm-up: imports, the matcher's caches
        work(raw)
    started = time.process_time()
    for raw in mails:
        work(raw)
    print(json.dumps({"ms": (time.process_time() - started) * 1000 / len(mails)}))


def one_round(tree: Path, which: str, count: int, bare: bool) -> float:
    command = [sys.executable, __file__, "--child", which, "--tree", str(tree),
               "--mails", str(count)] + (["--bare"] if bare else [])  # fmt: skip
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=tree).stdout
    return float(json.loads(out.strip().splitlines()[-1])["ms"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mails", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", help="a commit whose tree is the baseline")
    parser.add_argument("--sets", default="load,labelled,real", help="which mails, in turn")
    parser.add_argument("--child", choices=("load", "labelled", "real"), help=argparse.SUPPRESS)
    parser.add_argument("--tree", type=Path, default=ROOT, help=argparse.SUPPRESS)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.tree, args.child, args.mails, args.bare)
        return
    with tempfile.TemporaryDirectory(prefix="triage-cpu-") as tmp:
        if args.against:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.against],
                                     check=True, capture_output=True).stdout  # fmt: skip
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            baseline, base_name = Path(tmp), f"tree of {args.against}"
        else:
            baseline, base_name = ROOT, "email.message_from_bytes alone"
        for which in args.sets.split(","):
            ours, theirs = [], []
            for n in range(args.rounds):
                theirs.append(one_round(baseline, which, args.mails, not args.against))
                ours.append(one_round(ROOT, which, args.mails, False))
                print(f"  {which} round {n + 1}: baseline {theirs[-1]:.3f} ms, this tree"
                      f" {ours[-1]:.3f} ms per mail")  # fmt: skip
            a, b = statistics.median(ours), statistics.median(theirs)
            print(
                f"{which} mails ({args.mails}): triage CPU per mail, median of {args.rounds}"
                f" rounds: {a:.3f} ms; baseline ({base_name}) {b:.3f} ms; ratio {a / b:.2f}"
            )


if __name__ == "__main__":
    main()
