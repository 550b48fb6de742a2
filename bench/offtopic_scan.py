"""The off-topic searches with and without their prefilter (casework/prefilter.py).

    .venv/bin/python bench/offtopic_scan.py [--rounds 5]

Over the train and dev inquiries and off-topic mails of bench/data (never the test parts), each
text NFKC-folded as the matcher folds it: the time per text of the marker and offering-words
searches as compiled (the baseline) and behind the prefilter, in alternating rounds in one
process, their ratio, and how many texts matched (the prefilter lets only those through to the
search as compiled). Every answer is compared with the pattern's own; a difference exits 1.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from casework import offtopic  # noqa: E402
from casework.prefilter import Prefiltered  # noqa: E402
from casework.reading import nfkc  # noqa: E402

PARTS = ("corpus-train.jsonl", "corpus-dev.jsonl", "offtopic-train.jsonl")


def texts() -> list[str]:
    found = []
    for name in PARTS:
        for line in (ROOT / "bench" / "data" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.append(nfkc(json.loads(line)["text"]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    corpus = texts()
    patterns = {"markers": offtopic._MARKERS, "offering words": offtopic._OFFERING}
    print(f"{len(corpus)} texts, {args.rounds} alternating rounds")
    for name, pattern in patterns.items():
        scan = Prefiltered(pattern)
        differ = [
            t for t in corpus if (pattern.search(t) or [None])[0] != (scan.search(t) or [None])[0]
        ]
        if differ:
            print(f"  {name}: {len(differ)} different answers, e.g. {differ[0][:80]!r}")
            sys.exit(1)
        plain, filtered = [], []
        for _ in range(args.rounds):
            for search, times in ((pattern.search, plain), (scan.search, filtered)):
                started = time.perf_counter()
                for t in corpus:
                    search(t)
                times.append((time.perf_counter() - started) / len(corpus) * 1e6)
        a, b = statistics.median(plain), statistics.median(filtered)
        through = sum(scan.possible(t) for t in corpus)
        print(
            f"  {name}: {len(scan.pieces or ())} pieces; search as compiled {a:.0f} µs a text,"
            f" behind the prefilter {b:.0f} µs (ratio {a / b:.1f}); {through} of {len(corpus)}"
            f" texts matched (only those go on to the pattern search); every answer the same"
        )


if __name__ == "__main__":
    main()
