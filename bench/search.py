"""Case search over 100,000 cases: the FTS5 trigram index against a plain LIKE scan, one run.

    .venv/bin/python bench/search.py [--cases 100000] [--repeat 50]

Builds a database with the desk's own schema (migrations included, so the index is filled by
its triggers), one incoming mail per case, about 2 KiB of raw mail each, Japanese and English.
Then for each query prints p50/p99 of finding the cases (`matching_case_ids`: the index; for
terms under three characters its trigram list and the text-ending indexes, then a LIKE check)
beside a LIKE scan of subject and body for the same terms (the baseline), the ratio, and p99 of
the whole `search()`, which also loads the 50 newest cases found and their first mail.
"worst" is the largest `search()` p99.
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

from casework.search import _like, matching_case_ids, parse_query, search
from casework.store import CaseStore, open_database, ts

JA = (
    "お世話になっております。個人情報の開示をお願いしたいのですが、手続きを教えてください。",
    "先日の請求書について確認させてください。金額が見積書と異なっております。",
    "会員登録のメールアドレスを変更したいです。旧アドレスはもう使っておりません。",
    "広告メールの配信停止をお願いします。何度か解除したのですが届きます。",
    "貴社のサービスの利用規約について質問があります。解約の手続きはどうなりますか。",
    "打ち合わせの日程を再調整させていただけますでしょうか。来週の火曜日はいかがでしょう。",
)
EN = (
    "Hello, I would like to request a copy of the personal data you hold about me.",
    "Please correct the postal address on my account; I moved last month.",
    "I keep receiving newsletters although I unsubscribed twice. Please stop them.",
    "Could you tell me your office hours over the new year holidays?",
    "Our invoice number 4471 shows a different amount from the quotation.",
    "Is my information shared with partner companies for advertising purposes?",
)
QUERIES = (
    "開示", "配信停止", "newsletters", "invoice amount", "個人情報 開示", "4471",
    "c99999@example", "zzqx", "無い", "氏名", "ID", "無", "す。", "お願い す。", "氏名 す。",
    "ID 開示", "の", "x",
)  # fmt: skip


def build(path: Path, count: int, rng: random.Random) -> CaseStore:
    store = CaseStore(open_database(path))
    start = datetime(2026, 1, 5, tzinfo=UTC)
    db = store.db
    batch = 5000
    for first in range(1, count + 1, batch):
        cases, messages = [], []
        for n in range(first, min(count, first + batch - 1) + 1):
            lang = rng.random() < 0.6
            pool = JA if lang else EN
            body = "\n".join(rng.choice(pool) for _ in range(rng.randint(2, 6)))
            subject = rng.choice(pool)[:24]
            if n % 9973 == 0:  # a rare two-character word, at the very end of the text
                body += "\n登録の氏名"
            at = ts(start + timedelta(minutes=5 * n))
            raw = (f"Subject: {subject}\r\n\r\n{body}\r\n" + "x" * 1200).encode()
            cases.append((n, n, subject, f"c{n}@example.jp", "ja" if lang else "en", at, at, at))
            messages.append((n, n, at, f"c{n}@example.jp", raw, len(raw), f"k{n}", subject, body))
        with store.transaction():
            db.conn.executemany(
                "INSERT INTO cases (id, number, subject, customer_address, language, created_at,"
                " updated_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                cases,
            )
            db.conn.executemany(
                "INSERT INTO messages (id, case_id, direction, received_at, mail_from, rcpt_tos,"
                " raw, raw_size, dedup_key, subject, body)"
                " VALUES (?, ?, 'in', ?, ?, '[]', ?, ?, ?, ?, ?)",
                messages,
            )
    return store


def like_scan(store: CaseStore, words: str, limit: int = 50) -> list[int]:
    """The baseline: every term as LIKE over subject and body, no index."""
    query = parse_query(words)
    terms = [*query.indexed, *query.scanned]
    where = " AND ".join("(subject LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')" for _ in terms)
    params: list[object] = [p for t in terms for p in (_like(t), _like(t))]
    rows = store.db.execute(
        f"SELECT DISTINCT case_id FROM messages WHERE {where} ORDER BY case_id DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [r[0] for r in rows]


def timed(fn: object, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - began) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(13)
    with tempfile.TemporaryDirectory() as tmp:
        began = time.perf_counter()
        store = build(Path(tmp) / "desk.sqlite3", args.cases, rng)
        print(f"built {args.cases:,} cases in {time.perf_counter() - began:.1f} s")
        print(
            f"{'query':<16} {'hits':>5} {'p50 ms':>8} {'p99 ms':>8}   {'LIKE p50':>8} "
            f"{'LIKE p99':>8} {'ratio p99':>9}   {'search() p99':>12}"
        )
        worst = 0.0
        for words in QUERIES:
            hits = search(store, words)
            assert [h.case.id for h in hits] == like_scan(store, words), words
            query = parse_query(words)
            p50, p99 = timed(lambda q=query: matching_case_ids(store.db, q), args.repeat)
            b50, b99 = timed(lambda w=words: like_scan(store, w), args.repeat)
            _, s99 = timed(lambda w=words: search(store, w), args.repeat)
            worst = max(worst, s99)
            print(
                f"{words:<16} {len(hits):>5} {p50:>8.2f} {p99:>8.2f}   {b50:>8.2f} "
                f"{b99:>8.2f} {b99 / p99:>8.1f}x   {s99:>12.2f}"
            )
        print(f"worst p99 {worst:.2f} ms (goal under 50 ms)")


if __name__ == "__main__":
    main()
