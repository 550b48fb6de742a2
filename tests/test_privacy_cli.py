"""`inquiry-desk privacy …` as an administrator runs it: exit statuses and their one line, a
suspension written by the command and seen by the desk's intake."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import run_cli

from casework.store import CaseStore, open_database


def config_for(tmp_path: Path, extra: str = "") -> Path:
    config = tmp_path / "desk.toml"
    config.write_text(f'[desk]\ndata_dir = "{tmp_path / "var"}"\n{extra}', encoding="utf-8")
    return config


def test_an_address_that_is_not_one_is_a_usage_error(tmp_path: Path) -> None:
    done = run_cli("privacy", "erase", "not-an-address", "--config", str(config_for(tmp_path)))
    assert done.returncode == 2 and "not an e-mail address" in done.stderr


@pytest.mark.parametrize(
    "address", ["../../evil@x.example", "a b@example.jp", "=?utf-8?q?x?=@example.jp", "x@"]
)
def test_an_address_outside_the_smtp_path_grammar_is_a_usage_error(
    tmp_path: Path, address: str
) -> None:
    out = tmp_path / "export"
    config = config_for(tmp_path)
    done = run_cli("privacy", "export", address, "--out", str(out), "--config", str(config))
    assert done.returncode == 2 and "not an e-mail address" in done.stderr
    assert not out.exists()


def test_without_a_database_it_says_so_in_one_line(tmp_path: Path) -> None:
    out = tmp_path / "export"
    config = config_for(tmp_path)
    done = run_cli(
        "privacy", "export", "hanako@example.jp", "--out", str(out), "--config", str(config)
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "no database" in done.stderr
    assert not out.exists()


def test_suspend_and_resume_are_recorded_and_nobody_is_erased_by_a_listing(tmp_path: Path) -> None:
    config = config_for(tmp_path, "[privacy]\nretention_days = 30\n")
    store = CaseStore(open_database(tmp_path / "var" / "desk.sqlite3"))
    done = run_cli("privacy", "suspend", "Hanako+x@Example.JP", "--config", str(config))
    assert done.returncode == 0, done.stderr
    rows = store.db.execute("SELECT address_key FROM suspensions").fetchall()
    assert rows == [("hanako@example.jp",)]
    assert (
        run_cli("privacy", "resume", "hanako@example.jp", "--config", str(config)).returncode == 0
    )
    assert store.db.execute("SELECT COUNT(*) FROM suspensions").fetchone() == (0,)
    audit = store.db.execute("SELECT action FROM privacy_audit ORDER BY id").fetchall()
    assert audit == [("suspend",), ("resume",)]
    listed = run_cli("privacy", "erase", "hanako@example.jp", "--config", str(config))
    assert listed.returncode == 0 and "nothing is held" in listed.stdout
    purge = run_cli("privacy", "purge", "--dry-run", "--config", str(config))
    assert purge.returncode == 0 and "0 case(s)" in purge.stdout
