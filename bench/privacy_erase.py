"""Erasing one customer with 1,000 mails among 100,000, and exporting them first.

    .venv/bin/python bench/privacy_erase.py [--messages 100000] [--theirs 1000]

Builds a database with the desk's own schema (the search index and its triggers included):
`--messages` received mails of about 1.5 kB each on cases of one to three mails, `--theirs` of
them from one customer (under three spellings of their address), each case with its events,
its done outbox rows (an acknowledgement payload holding the address and subject, a Slack post)
and an acknowledgement mark. Then times, on that file:

- baseline: finding the customer's mail without the address index, by reading the envelope
  and From of every stored mail (what an erase would do without `message_addresses`);
- `privacy export` as the command runs it (find, read, write export.json and mail/*.eml);
- `privacy erase --yes` as the command runs it (find, erase in one transaction, outgoing
  files, secure delete, full-text index merge, WAL checkpoint).

and prints each with its ratio to the baseline. The goal: erase under 5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casework import erasure
from casework.disclosure import build_export, write_export
from casework.person import address_key, find_person, message_keys
from casework.store import CaseStore, open_database, ts

WORDS = [
    "個人情報",
    "開示",
    "請求",
    "お問い合わせ",
    "確認",
    "住所",
    "変更",
    "利用",
    "停止",
    "削除",
    "privacy",
    "request",
    "please",
    "account",
    "address",
    "change",
    "delete",
    "information",
    "thank",
    "you",
    "regards",
]
START = datetime(2026, 1, 5, 1, 0, tzinfo=UTC)


def body(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(120))


def raw_mail(sender: str, name: str, subject: str, text: str, n: int) -> bytes:
    head = (
        f"From: {name} <{sender}>\r\nTo: info@planetmgmt.biz\r\nSubject: {subject}\r\n"
        f"Date: Mon, 05 Jan 2026 10:00:00 +0900\r\nMessage-ID: <m{n}@example.jp>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    return (head + text + "\r\n").encode("utf-8")


def build(path: Path, messages: int, theirs: int) -> None:
    rng = random.Random(12)
    db = open_database(path)
    conn = db.conn
    target = set(rng.sample(range(messages), theirs))
    spellings = ("hanako@example.jp", "Hanako+news@Example.JP", "HANAKO@example.jp")
    conn.execute("BEGIN")
    case_id, left_on_case = 0, 0
    msg_rows, case_rows, event_rows, outbox_rows, address_rows, marks = [], [], [], [], [], []
    for n in range(messages):
        at = START + timedelta(minutes=n)
        mine = n in target
        sender = spellings[n % 3] if mine else f"user{n // 2}@example{n % 97}.com"
        name = "山田花子" if mine else f"Customer {n // 2}"
        if left_on_case == 0:
            case_id += 1
            left_on_case = rng.randint(1, 3)
            subject = f"お問い合わせ {case_id}"
            case_rows.append(
                (case_id, case_id, subject, sender, name, ts(at), ts(at), ts(at), "resolved")
            )
            event_rows.append((case_id, ts(at), "customer", "opened", f"mail from {sender}"))
            event_rows.append((case_id, ts(at), "U0STAFF", "resolved", ""))
            payload = f'{{"recipient": "{sender}", "subject": "{subject}", "lang": "ja"}}'
            outbox_rows.append(("acknowledge", case_id, payload, "done", ts(at), ts(at), ts(at)))
            slack = f'{{"case": {case_id}}}'
            outbox_rows.append(("slack_post", case_id, slack, "done", ts(at), ts(at), ts(at)))
            marks.append((address_key(sender), "sent", case_id, ts(at), ts(at), ts(at)))
        left_on_case -= 1
        text = body(rng)
        raw = raw_mail(sender, name, f"お問い合わせ {case_id}", text, n)
        msg_rows.append(
            (n + 1, case_id, ts(at), sender, '["info@planetmgmt.biz"]', raw, len(raw), f"d{n}",
             f"<m{n}@example.jp>", f"お問い合わせ {case_id}", sender, name, text, text)
        )  # fmt: skip
        address_rows += [(k, n + 1) for k in message_keys(sender, raw)]
    conn.executemany(
        "INSERT INTO cases (id, number, subject, customer_address, customer_name, created_at,"
        " updated_at, received_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        case_rows,
    )
    conn.executemany(
        "INSERT INTO messages (id, case_id, direction, state, received_at, mail_from, rcpt_tos,"
        " raw, raw_size, dedup_key, message_id, subject, from_address, from_name, body,"
        " body_for_matching) VALUES (?, ?, 'in', 'processed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        msg_rows,
    )
    conn.executemany(
        "INSERT INTO events (case_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)",
        event_rows,
    )
    conn.executemany(
        "INSERT INTO outbox (kind, case_id, payload, state, next_attempt_at, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        outbox_rows,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO message_addresses (address_key, message_id) VALUES (?, ?)",
        address_rows,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO ack_marks (sender_key, state, case_id, reserved_at, sent_at,"
        " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
        marks,
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def naive_find(path: Path, key: str) -> int:
    """The baseline: every stored mail's envelope and header senders, read one by one."""
    conn = sqlite3.connect(path)
    found = 0
    for mail_from, head in conn.execute("SELECT mail_from, substr(raw, 1, 2048) FROM messages"):
        if key in message_keys(mail_from, bytes(head)):
            found += 1
    conn.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--theirs", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="privacy-bench-") as tmp:
        path = Path(tmp) / "desk.sqlite3"
        began = time.perf_counter()
        build(path, args.messages, args.theirs)
        size = path.stat().st_size / 1e6
        print(f"built {args.messages} mails ({size:.0f} MB) in {time.perf_counter() - began:.0f} s")

        began = time.perf_counter()
        naive = naive_find(path, "hanako@example.jp")
        baseline = time.perf_counter() - began
        print(f"baseline: finding their {naive} mails by reading every mail: {baseline:.2f} s")

        store = CaseStore(open_database(path))
        now = datetime.now(UTC)
        began = time.perf_counter()
        person = find_person(store.db, "hanako@example.jp")
        document, files = build_export(store, person, now)
        write_export(Path(tmp) / "export", document, files, now)
        export = time.perf_counter() - began
        print(
            f"privacy export: {len(person.message_ids)} mails, {len(person.case_ids)} cases"
            f" in {export:.2f} s (x{export / baseline:.2f} of the baseline)"
        )

        began = time.perf_counter()
        plan = erasure.plan_for_person(store, "hanako@example.jp")
        counts, sent = erasure.erase(store, plan, now=now, actor="bench", action="erase")
        erasure.erase_outgoing_files(Path(tmp) / "outgoing", plan.key, sent)
        rows = time.perf_counter() - began
        vacuumed = erasure.settle_files(store.db).vacuumed
        erase = time.perf_counter() - began
        print(
            f"privacy erase: {counts.messages} mails, {counts.cases} cases, {counts.outbox_rows}"
            f" outbox rows, {counts.events} events in {erase:.2f} s"
            f" (x{erase / baseline:.2f} of the baseline){' with VACUUM' if vacuumed else ''}:"
            f" find and erase the rows {rows:.2f} s, merge the search index and truncate the"
            f" WAL {erase - rows:.2f} s"
        )
        left = store.db.execute(
            "SELECT COUNT(*) FROM messages WHERE instr(lower(mail_from), 'hanako') > 0"
        ).fetchone()[0]
        store.db.conn.close()
        print(f"goal (erase < 5 s): {'met' if erase < 5 else 'NOT met'}; their mails left: {left}")
        os.sync()


if __name__ == "__main__":
    main()
