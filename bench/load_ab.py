"""`bench/load.py` against another commit's desk, in alternating rounds of one run.

    .venv/bin/python bench/load_ab.py --against COMMIT [--rounds 3] [--order ab|ba] \
        -- --messages 2000 --mix real

The other commit's tree is put in a temporary directory (`git archive`); each round runs this
tree's `bench/load.py` (the same harness for both) twice, once with the desk of each tree
(`LOAD_DESK_TREE` makes the desk's `python -m inquiry_desk.cli` start in that tree, whose
directory then comes first on its sys.path, and `PYTHONPATH` names it too), alternating
which goes first. (Before 2026-12-03 13:00 UTC the desk was started in this tree whatever
the round: both arms ran this tree's desk.) The machine is shared: a figure moves with the
load, so it prints every round, the medians, and the ratio of this tree to the other, round
by round and of the medians. SIGTERM or SIGINT stops the running load.py, which stops its
desk.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURES = {
    "drain, cases/s": re.compile(r"drain: ([\d.]+) cases/s"),
    "desk CPU, ms a case": re.compile(r"desk CPU per case: ([\d.]+) ms"),
    "serving process, ms a case": re.compile(r"the serving process ([\d.]+) ms"),
    "store-thread calls a case": re.compile(r"([\d.]+) store-thread calls"),
    "commits a case": re.compile(r"([\d.]+) commits"),
    "chat.update calls": re.compile(r"(\d+) updates\)"),
    "outbox empty after last 250, s": re.compile(r"outbox empty ([\d.]+) s"),
}
_running: list[subprocess.Popen[str]] = []


def one_run(tree: Path, args: list[str]) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(tree), "LOAD_DESK_TREE": str(tree)}
    command = [sys.executable, str(ROOT / "bench" / "load.py"), *args]
    process = subprocess.Popen(command, cwd=tree, env=env, stdout=subprocess.PIPE, text=True)
    _running.append(process)
    out, _ = process.communicate()
    _running.remove(process)
    sys.stdout.write(out)
    sys.stdout.flush()
    if process.returncode:
        raise SystemExit(f"load_ab.py: load.py ended with {process.returncode}")
    found = {name: pattern.search(out) for name, pattern in FIGURES.items()}
    return {name: float(m.group(1)) for name, m in found.items() if m}


def stop(signum: int, frame: object) -> None:
    for process in _running:
        process.send_signal(signal.SIGTERM)  # load.py stops its desk, then ends
    for process in _running:
        process.wait(120)
    raise SystemExit(f"load_ab.py: stopped by signal {signum}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", required=True, help="the commit whose desk is the baseline")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--order", choices=("ab", "ba"), default="ba",
                        help="which goes first in the first round (b: the baseline)")  # fmt: skip
    parser.add_argument("load_args", nargs="*", help="arguments for bench/load.py, after --")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    with tempfile.TemporaryDirectory(prefix="load-ab-") as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.against],
                                 check=True, capture_output=True).stdout  # fmt: skip
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        trees = {"this tree": ROOT, f"{args.against}": Path(tmp)}
        results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        names = list(trees)
        for n in range(args.rounds):
            first_is_base = (n % 2 == 0) == (args.order == "ba")
            order = names[::-1] if first_is_base else names
            for name in order:
                print(f"--- round {n + 1}: {name}", flush=True)
                results[name].append(one_run(trees[name], args.load_args))
    ours, base = names
    print(f"\nload.py {' '.join(args.load_args)}: this tree against {args.against},"
          f" {args.rounds} alternating rounds")  # fmt: skip
    for figure in FIGURES:
        a = [r[figure] for r in results[ours] if figure in r]
        b = [r[figure] for r in results[base] if figure in r]
        if not a or not b:
            continue
        ratios = ", ".join(f"{x / y:.2f}" if y else "-" for x, y in zip(a, b, strict=False))
        mid_a, mid_b = statistics.median(a), statistics.median(b)
        print(f"  {figure}: this tree {', '.join(map(str, a))} (median {mid_a});"
              f" {base} {', '.join(map(str, b))} (median {mid_b});"
              f" ratio by round {ratios}; of the medians"
              f" {f'{mid_a / mid_b:.2f}' if mid_b else '-'}")  # fmt: skip


if __name__ == "__main__":
    main()
