"""Wall time of the quick commands (`hours --json`, `ask --json`, `cases`) as subprocesses,
beside the bare interpreter's start-up measured in the same run. Prints figures; asserts
nothing (the machine running it may be shared and busy).

The commands run as an installed desk runs them: with the modules' compiled bytecode cached
(`pip install` writes it for a wheel; an editable install writes it on the first run). An
environment with PYTHONDONTWRITEBYTECODE set would otherwise compile every module from source
on every run, which measures the compiler, not the command; so that variable is dropped for
the commands, and one unmeasured run of each fills the cache first.

    .venv/bin/python bench/cli_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_MS = 300.0

COMMANDS = {
    "hours --json": ["hours", "--json", "--at", "2026-12-28T18:00"],
    "ask --json": ["ask", "--json", "個人情報の開示をお願いしたいのですが"],
    "cases": ["cases"],
}


INSTALLED = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall(argv: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, check=True, stdout=subprocess.DEVNULL, env=INSTALLED)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (median)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # `cases` reads a database: an empty one, made by the desk's own store.
        subprocess.run(
            [
                sys.executable,
                "-c",
                "from pathlib import Path; from casework.store import open_database;"
                " Path('var').mkdir(); open_database(Path('var/desk.sqlite3')).conn.close()",
            ],
            cwd=work,
            check=True,
        )
        baseline = [wall([sys.executable, "-c", "pass"], work) for _ in range(args.runs)]
        base = statistics.median(baseline)
        print(f"command start-up, median of {args.runs} runs (ms); goal {GOAL_MS:.0f} ms")
        print(f"  {'python -c pass (baseline)':<28} {base:7.0f}")
        for name, argv in COMMANDS.items():
            wall([sys.executable, "-m", "inquiry_desk", *argv], work)  # fills the bytecode cache
            runs = [
                wall([sys.executable, "-m", "inquiry_desk", *argv], work) for _ in range(args.runs)
            ]
            median = statistics.median(runs)
            print(f"  {name:<28} {median:7.0f}  ×{median / base:.1f} baseline")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
