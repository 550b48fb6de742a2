"""Case search: Japanese without spaces (trigram index), short terms exactly, the command."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casework.migrations import MIGRATIONS
from casework.models import Case, ParsedMail
from casework.search import (
    MAX_TERM_CHARS,
    MAX_TERMS,
    QueryTooLong,
    matching_case_ids,
    parse_query,
    search,
)
from casework.store import CaseStore, Received, open_database
from inquiry_desk import cli

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def add_case(store: CaseStore, n: int, subject: str, body: str, sender: str = "") -> Case:
    sender = sender or f"c{n}@example.jp"
    raw = f"Subject: {n}\r\nMessage-ID: <m{n}@example.jp>\r\n\r\n{body}\r\n".encode()
    item = Received(raw, sender, ("info@planetmgmt.biz",), "127.0.0.1", False, NOW + n * DAY)
    mail = ParsedMail(
        message_id=f"<m{n}@example.jp>",
        message_id_generated=False,
        in_reply_to=(),
        references=(),
        from_address=sender,
        from_name="",
        subject=subject,
        date=None,
        body=body,
        body_for_matching=body,
        body_source="plain",
    )
    [outcome] = store.store_received([item], duplicate_window=DAY)
    with store.transaction():
        case = store.open_case(item, mail, language="ja", now=item.received_at)
        store.record_parsed(outcome.message_id, mail, case.id)
    return case


@pytest.fixture
def desk(fresh_store: CaseStore) -> CaseStore:
    add_case(fresh_store, 1, "個人情報の開示について", "保有個人データの開示を請求します。")
    add_case(fresh_store, 2, "請求書の件", "先月の請求書の金額が違います。")
    add_case(fresh_store, 3, "Unsubscribe", "Please stop sending the newsletter to me.")
    add_case(fresh_store, 4, "配信停止のお願い", "メールマガジンの配信停止をお願いします")
    return fresh_store


def numbers(store: CaseStore, words: str) -> list[int]:
    return [hit.case.number for hit in search(store, words)]


def test_japanese_without_spaces_is_found_inside_a_sentence(desk: CaseStore) -> None:
    assert numbers(desk, "配信停止") == [4]
    assert numbers(desk, "個人データ") == [1]


def test_two_character_words_are_found(desk: CaseStore) -> None:
    assert parse_query("開示").scanned == ("開示",)
    assert numbers(desk, "開示") == [1]
    assert numbers(desk, "金額") == [2]
    assert numbers(desk, "請求") == [2, 1]  # newest first; 請求 is in both


def test_short_terms_at_the_start_middle_and_end_and_in_short_texts(desk: CaseStore) -> None:
    add_case(desk, 5, "開示", "示")  # texts too short for a single trigram
    add_case(desk, 6, "件名", "情報の開示")  # at the very end
    add_case(desk, 7, "件名", "開示を求めます")  # at the start
    add_case(desk, 8, "My id", "Send the ID card")  # English, any case, end and middle
    add_case(desk, 9, "x", "a")
    assert numbers(desk, "開示") == [7, 6, 5, 1]
    assert numbers(desk, "示") == [7, 6, 5, 1]
    assert numbers(desk, "id") == [8]
    assert numbers(desk, "Id 開示") == []
    assert numbers(desk, "X") == [9]
    assert numbers(desk, "a") == [9, 8, 3]  # "a" in "card", "newsletter"'s neighbours
    assert numbers(desk, "情報 示") == [6, 1]


def test_a_rare_short_term_with_one_that_ends_many_texts(desk: CaseStore) -> None:
    for n in range(5, 9):
        add_case(desk, n, "件名", "よろしくお願いします。")
    add_case(desk, 9, "確認です。", "登録の氏名")  # each term only at a text's end
    add_case(desk, 10, "件名", "氏名を確認します。")
    assert numbers(desk, "氏名 す。") == [10, 9]
    assert numbers(desk, "す。 氏名 登録の") == [9]


def test_absent_short_terms_find_nothing(desk: CaseStore) -> None:
    assert numbers(desk, "無い") == []
    assert numbers(desk, "zq") == []
    assert numbers(desk, "無") == []
    assert numbers(desk, "開示 無") == []
    assert numbers(desk, "配信停止 zq") == []


@pytest.mark.parametrize(
    "term", ['"', '""', 'a"b', "NEAR(", "NEAR(a b)", "*", "st*", "AND", "OR", "NOT", "-", "-sto",
             ":", "body:", "^", "^stop", "(", ")", "{subject}", "+"],
)  # fmt: skip
def test_fts5_query_syntax_in_a_term_is_only_text(desk: CaseStore, term: str) -> None:
    # Every term is an FTS5 string (quoted), so none of its syntax can fail or widen a search.
    assert numbers(desk, term) == []
    assert numbers(desk, f"newsletter {term}") == []
    add_case(desk, 5, "syntax", f"x {term} y")
    assert numbers(desk, term) == [5]
    assert numbers(desk, f"syntax {term}") == [5]


AT = "2026-12-01T03:00:00.000000Z"
_ALPHABET = "開示の情報aAbÉéＡａ 。"
_TEXTS = st.text(_ALPHABET, max_size=7)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(_TEXTS, _TEXTS), min_size=1, max_size=8),
    st.lists(st.text(_ALPHABET.replace(" ", ""), min_size=1, max_size=2), min_size=1, max_size=2),
    st.integers(1, 3),
    st.integers(0, 8),
)
def test_short_terms_match_a_substring_search_exactly(
    texts: list[tuple[str, str]], terms: list[str], limit: int, recent: int
) -> None:
    store = CaseStore(open_database(None))
    try:
        for n, (subject, body) in enumerate(texts, start=1):
            store.db.execute(
                "INSERT INTO cases (id, number, subject, created_at, updated_at, received_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [n, n, subject, AT, AT, AT],
            )
            store.db.execute(
                "INSERT INTO messages (id, case_id, direction, received_at, mail_from, rcpt_tos,"
                " raw, raw_size, dedup_key, subject, body)"
                " VALUES (?, ?, 'in', ?, 'c@example.jp', '[]', x'00', 1, ?, ?, ?)",
                [n, n, AT, f"k{n}", subject, body],
            )
        # LIKE's case folding, which the search keeps: ASCII letters only.
        fold = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
        expected = [
            n
            for n, (subject, body) in reversed(list(enumerate(texts, start=1)))
            if all(
                t.translate(fold) in subject.translate(fold)
                or t.translate(fold) in body.translate(fold)
                for t in terms
            )
        ]
        assert numbers(store, " ".join(terms)) == expected
        # Fewer cases wanted than match, and the newest messages read first: the newest cases.
        query = parse_query(" ".join(terms))
        found = matching_case_ids(store.db, query, limit=limit, recent=recent)
        assert found == expected[:limit]
    finally:
        store.db.conn.close()


def test_english_is_case_insensitive_and_every_word_must_occur(desk: CaseStore) -> None:
    assert numbers(desk, "NEWSLETTER") == [3]
    assert numbers(desk, "stop newsletter") == [3]
    assert numbers(desk, "stop invoice") == []


def test_long_and_short_terms_together(desk: CaseStore) -> None:
    assert numbers(desk, "個人情報　開示") == [1]  # a full-width space separates words too
    assert numbers(desk, "請求書 開示") == []


def test_quotes_and_like_wildcards_are_taken_literally(desk: CaseStore) -> None:
    add_case(desk, 5, 'He said "100% off"', "under_score")
    assert numbers(desk, '"100%') == [5]
    assert numbers(desk, "%") == [5]
    assert numbers(desk, "_s") == [5]
    assert numbers(desk, "n_") == []  # "_" is not "any character"


def test_index_follows_updates_and_deletes(desk: CaseStore) -> None:
    # The triggers keep the index current: a body rewritten (as erasure does) is not found.
    desk.db.execute("UPDATE messages SET body = 'erased', subject = '' WHERE case_id = 4")
    assert numbers(desk, "配信停止") == []
    assert numbers(desk, "erased") == [4]


def test_snippet_shows_the_text_around_the_word(desk: CaseStore) -> None:
    long_body = "あ" * 200 + "特定のキーワード" + "い" * 200
    add_case(desk, 6, "長文", long_body)
    [hit] = search(desk, "キーワード")
    assert "キーワード" in hit.snippet and hit.snippet.startswith("…")
    assert len(hit.snippet) < 100


def test_limit_keeps_the_newest(desk: CaseStore) -> None:
    for n in range(10, 20):
        add_case(desk, n, "同じ件名です", "本文")
    hits = search(desk, "同じ件名", limit=3)
    assert [h.case.number for h in hits] == [14, 13, 12]


def _database(tmp_path: Path) -> Path:
    config = tmp_path / "desk.toml"
    config.write_text(f'[desk]\ndata_dir = "{tmp_path / "var"}"\n', encoding="utf-8")
    store = CaseStore(open_database(tmp_path / "var" / "desk.sqlite3"))
    add_case(store, 1, "個人情報の開示について", "保有個人データの開示を請求します。")
    add_case(store, 2, "Unsubscribe", "Please stop sending the newsletter.")
    store.db.conn.close()
    return config


def test_command_text_names_each_case_by_its_tag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _database(tmp_path)
    assert cli.main(["--config", str(config), "search", "開示"]) == 0
    out = capsys.readouterr().out
    assert "[PMC-000001]" in out and "[PMC-000002]" not in out


def test_command_json_is_a_list_with_number_and_tag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _database(tmp_path)
    assert cli.main(["--config", str(config), "search", "newsletter", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(d["number"], d["tag"]) for d in data] == [(2, "[PMC-000002]")]
    assert cli.main(["--config", str(config), "search", "nothing-like-this", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_command_without_words_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _database(tmp_path)
    assert cli.main(["--config", str(config), "search", "  "]) == 2
    assert "at least one word" in capsys.readouterr().err


def test_too_many_or_too_long_words_are_refused_before_any_read(
    desk: CaseStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A long term over a text that repeats one trigram held a position list per trigram of the
    # phrase: a 1,000-letter term over a stored 1 MB run of one letter took a gigabyte.
    add_case(desk, 5, "aaaa", "a" * 20_000)
    with pytest.raises(QueryTooLong):
        search(desk, "a" * (MAX_TERM_CHARS + 1))
    with pytest.raises(QueryTooLong):
        search(desk, " ".join(f"w{n}xx" for n in range(MAX_TERMS + 1)))
    assert numbers(desk, "a" * MAX_TERM_CHARS) == [5]  # the longest term allowed still works
    config = _database(tmp_path)
    assert cli.main(["--config", str(config), "search", "b" * 1000]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"at most {MAX_TERM_CHARS} characters" in err


def test_a_database_from_before_the_index_is_indexed_when_migrated(tmp_path: Path) -> None:
    import sqlite3

    import sqlite_utils

    path = tmp_path / "old.sqlite3"
    # The schema as it was before the search index, with a case in it.
    before = next(i for i, step in enumerate(MIGRATIONS) if "search_index" in step.__name__)
    old = sqlite_utils.Database(sqlite3.connect(str(path), isolation_level=None))
    for step in MIGRATIONS[:before]:
        step(old)
    old.execute(f"PRAGMA user_version = {before}")
    at = "2026-12-01T03:00:00.000000Z"
    old.execute(
        "INSERT INTO cases (id, number, subject, created_at, updated_at, received_at)"
        " VALUES (1, 1, '配信停止のお願い', ?, ?, ?)",
        [at, at, at],
    )
    old.execute(
        "INSERT INTO messages (case_id, direction, received_at, mail_from, rcpt_tos, raw,"
        " raw_size, dedup_key, subject, body) VALUES (1, 'in', ?, 'c@example.jp', '[]', x'00',"
        " 1, 'k', '配信停止のお願い', 'よろしくお願いします')",
        [at],
    )
    old.conn.close()
    reopened = CaseStore(open_database(path))
    assert numbers(reopened, "配信停止") == [1]
    reopened.db.conn.close()
