"""The customer's history over 100,000 cases: the indexed lookup against a scan, one run.

    .venv/bin/python bench/customer_history.py [--cases 100000] [--customers 20000] [--repeat 2000]

Builds a database with the desk's own schema (migrations included), `--cases` cases from
`--customers` people (a few write often, most once or twice, as at a real desk), each keyed as
intake keys it. Then for `--repeat` random cases prints p50/p99 of `CaseStore.customer_history`
(the count of the customer's earlier cases and the latest of them, read from the
`cases_customer_key` index) beside the same two queries made to scan the table (`NOT INDEXED`,
the baseline), and the ratio. The case message is rendered with this on every post and update.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casework.history import customer_key
from casework.models import Case
from casework.store import CaseStore, open_database, ts


def build(path: Path, count: int, customers: int, rng: random.Random) -> CaseStore:
    store = CaseStore(open_database(path))
    start = datetime(2026, 1, 5, tzinfo=UTC)
    rows = []
    for n in range(1, count + 1):
        # Skewed: the first few addresses write thousands of times (a flood, a partner's
        # system), most people once or a few times.
        who = int(customers * rng.random() ** 3)
        address = f"c{who}@example.jp"
        at = ts(start + timedelta(minutes=5 * n))
        rows.append((n, address, customer_key([address]), at, at, at))
    with store.db.conn:
        store.db.conn.executemany(
            "INSERT INTO cases (number, customer_address, customer_key, created_at, updated_at,"
            " received_at) VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    return store


def scanned(store: CaseStore, case: Case) -> tuple[int, int | None]:
    """The same answer without the index: the baseline."""
    where = "FROM cases NOT INDEXED WHERE customer_key = ? AND received_at <= ? AND number < ?"
    params = [customer_key(case.reply_addresses), ts(case.received_at), case.number]
    count = int(store.db.execute(f"SELECT COUNT(*) {where}", params).fetchone()[0])
    latest = store.db.execute(
        f"SELECT number {where} ORDER BY received_at DESC, number DESC LIMIT 1", params
    ).fetchone()
    return count, int(latest[0]) if latest else None


def timed(fn: object, cases: list[Case]) -> list[float]:
    times = []
    for case in cases:
        began = time.perf_counter()
        fn(case)  # type: ignore[operator]
        times.append((time.perf_counter() - began) * 1000)
    return times


def p(times: list[float], q: float) -> float:
    return statistics.quantiles(times, n=100)[int(q) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        store = build(Path(tmp) / "desk.sqlite3", args.cases, args.customers, rng)
        numbers = [rng.randint(1, args.cases) for _ in range(args.repeat)]
        cases = [store.case(n) for n in numbers]
        for case in cases[:50]:  # both ways give the same answer
            found = store.customer_history(case)
            assert (found.earlier, found.latest_number) == scanned(store, case)
        base = timed(lambda c: scanned(store, c), cases[: max(20, args.repeat // 20)])
        indexed = timed(store.customer_history, cases)
        store.db.conn.close()
    print(f"{args.cases:,} cases, {args.customers:,} customers, {len(cases):,} lookups")
    print(f"scan (baseline)  p50 {p(base, 50):8.3f} ms  p99 {p(base, 99):8.3f} ms")
    print(f"indexed          p50 {p(indexed, 50):8.3f} ms  p99 {p(indexed, 99):8.3f} ms")
    print(f"ratio (scan / indexed, p50): {p(base, 50) / p(indexed, 50):.0f}x")


if __name__ == "__main__":
    main()
