"""CPU per text of the section model alone, against a commit's tree in the same run.

    .venv/bin/python bench/section_model_cpu.py --against COMMIT [--rounds 5] [--repeat 5]

What the matcher asks of the model for each mail (`SectionModel.probabilities_of`: the rows of
a text's features, the logits, the softmax), over the train and dev texts of bench/data (never
the test parts), each cleaned and cut into the matcher's features beforehand; the model's cache
of pieces is warmed by a first pass. Each round runs in a fresh process, the two trees in
alternating rounds; prints each round, the medians and their ratio, and whether the two trees
gave the same probabilities for every text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"


def texts() -> list[str]:
    found = []
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name.endswith(("-train.jsonl", "-dev.jsonl", "-dev2.jsonl")):
            lines = path.read_text(encoding="utf-8").splitlines()
            found += [json.loads(line)["text"] for line in lines if line.strip()]
    return found


def child(tree: Path, repeat: int) -> None:
    """One round in this process: µs of CPU per text, and a digest of every probability."""
    sys.path.insert(0, str(tree))
    from casework.matching import detect_language, features, normalise
    from casework.sectionmodel import SectionModel

    model = SectionModel.load(tree / "casework" / "sections.json")
    work = []
    for text in texts():
        lang = detect_language(text)
        cleaned = normalise(text)
        work.append((cleaned, lang, features(cleaned, lang)))
    digest = hashlib.sha256()
    for cleaned, lang, lexical in work:  # warm-up, and the answers compared between trees
        digest.update(repr(model.probabilities_of(cleaned, lang, lexical)).encode())
    started = time.process_time()
    for _ in range(repeat):
        for cleaned, lang, lexical in work:
            model.probabilities_of(cleaned, lang, lexical)
    spent = time.process_time() - started
    print(json.dumps({"us": spent * 1e6 / (repeat * len(work)), "digest": digest.hexdigest()}))


def one_round(tree: Path, repeat: int) -> tuple[float, str]:
    command = [sys.executable, __file__, "--child", "--tree", str(tree), "--repeat", str(repeat)]
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=tree).stdout
    found = json.loads(out.strip().splitlines()[-1])
    return float(found["us"]), str(found["digest"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", help="a commit whose tree is the baseline")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the texts a round")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--tree", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.tree, args.repeat)
        return
    if not args.against:
        parser.error("--against COMMIT is required")
    with tempfile.TemporaryDirectory(prefix="section-cpu-") as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.against],
                                 check=True, capture_output=True).stdout  # fmt: skip
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        ours, theirs, digests = [], [], set()
        for n in range(args.rounds):
            for tree, times in ((Path(tmp), theirs), (ROOT, ours)):
                spent, digest = one_round(tree, args.repeat)
                times.append(spent)
                digests.add(digest)
            print(f"  round {n + 1}: baseline {theirs[-1]:.1f} µs, this tree {ours[-1]:.1f} µs")
        a, b = statistics.median(ours), statistics.median(theirs)
        print(f"section model CPU per text ({len(texts())} texts), median of {args.rounds} rounds:"
              f" {a:.1f} µs; baseline (tree of {args.against}) {b:.1f} µs; ratio {a / b:.2f};"
              f" probabilities {'identical' if len(digests) == 1 else 'DIFFERENT'}")  # fmt: skip


if __name__ == "__main__":
    main()
