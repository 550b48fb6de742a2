"""The `inquiry-desk` command line: conventions (--version, python -m, --config anywhere and
INQUIRY_DESK_CONFIG, help on everything, one JSON format), small crashes, exit statuses, and
`case`/`cases` printed for a person with nothing from a mail acting on the terminal."""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from running_desk import SATURDAY_NIGHT, Clock, RunningDesk, desk_settings, make_mail

import inquiry_desk
from casework import outbox
from casework.store import CaseStore, open_database
from inquiry_desk import cli
from inquiry_desk.cases_command import PIPE_COLUMNS, cases_table
from inquiry_desk.console import fit, safe, safe_text, width

ROOT = Path(__file__).resolve().parent.parent


def run_cli(
    *argv: str, env: dict[str, str] | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != cli.CONFIG_VARIABLE}
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "inquiry_desk", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        cwd=cwd,
        timeout=60,
    )


def closure_config(tmp_path: Path, name: str, reason: str) -> Path:
    config = tmp_path / name
    closure = f'{{ from = "2026-11-26", to = "2026-11-26", reason = "{reason}" }}'
    config.write_text(f"[hours]\nclosures = [{closure}]\n", encoding="utf-8")
    return config


AT_CLOSURE = ["--json", "--at", "2026-11-26T10:00"]


# --- conventions ----------------------------------------------------------------------------


def test_version_from_the_command_and_from_python_dash_m() -> None:
    done = run_cli("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"inquiry-desk {inquiry_desk.__version__}"


def test_config_before_or_after_the_command_name_and_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = closure_config(tmp_path, "a.toml", "棚卸し")
    second = closure_config(tmp_path, "b.toml", "社員旅行")
    monkeypatch.delenv(cli.CONFIG_VARIABLE, raising=False)

    def reason(*argv: str) -> str:
        assert cli.main(list(argv)) == 0
        return str(json.loads(capsys.readouterr().out)["reason"])

    assert reason("--config", str(first), "hours", *AT_CLOSURE) == "company closure: 棚卸し"
    assert reason("hours", *AT_CLOSURE, "--config", str(first)) == "company closure: 棚卸し"
    assert reason("hours", *AT_CLOSURE) == "open"  # a Thursday, 10:00, with no closure
    monkeypatch.setenv(cli.CONFIG_VARIABLE, str(second))
    assert reason("hours", *AT_CLOSURE) == "company closure: 社員旅行"
    # The option wins over the environment, wherever it is written.
    assert reason("hours", *AT_CLOSURE, "--config", str(first)) == "company closure: 棚卸し"
    assert reason("--config", str(first), "hours", *AT_CLOSURE) == "company closure: 棚卸し"


def test_a_missing_config_file_named_by_the_environment_is_a_configuration_error(
    tmp_path: Path,
) -> None:
    done = run_cli("hours", env={cli.CONFIG_VARIABLE: str(tmp_path / "absent.toml")})
    assert done.returncode == 2
    assert "absent.toml" in done.stderr
    assert "Traceback" not in done.stderr


def _parsers(
    parser: argparse.ArgumentParser, prefix: str = ""
) -> list[tuple[str, argparse.ArgumentParser]]:
    """Every subcommand with its full name ("privacy export" for a nested one)."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((prefix + name, sub))
                found += _parsers(sub, prefix + name + " ")
    return found


def test_every_command_and_option_has_help_an_example_and_the_readme_pointer() -> None:
    parser = cli.build_parser()
    commands = _parsers(parser)
    names = {name for name, _ in commands}
    assert {"serve", "ask", "hours", "cases", "case", "outbox"} <= names
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, sub in commands:
        text = sub.format_help()
        assert "examples:" in text, name
        assert f"{sub.prog} " in text, name  # an example of the command itself
        assert "README.md" in text, name
        assert f"`{sub.prog}" in readme, f"{sub.prog} is not in the README"
        for action in sub._actions:
            assert action.help and action.help != argparse.SUPPRESS, (name, action.dest)
            if action.option_strings == ["--config"]:
                assert action.default is argparse.SUPPRESS  # never overrides the top level's


# --- small crashes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [["ask", "--limit", "0", "開示"], ["ask", ""], ["ask", "  ", " "], ["cases", "--limit", "-1"]],
)
def test_nonsense_arguments_are_usage_errors_without_a_traceback(argv: list[str]) -> None:
    done = run_cli(*argv)
    assert done.returncode == 2
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith(f"inquiry-desk {argv[0]}")


def test_a_reader_that_goes_away_is_no_traceback() -> None:
    # The pipe's reading end is closed before the command starts, so its first write fails
    # with EPIPE: what `inquiry-desk ask … | head -1` does once head has its line.
    read_end, write_end = os.pipe()
    os.close(read_end)
    environ = {k: v for k, v in os.environ.items() if k != cli.CONFIG_VARIABLE}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "inquiry_desk", "ask", "--limit", "20", "個人情報の開示"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=environ,
            cwd=ROOT,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert b"Traceback" not in done.stderr
    assert b"BrokenPipeError" not in done.stderr
    assert done.returncode == 1


# --- one JSON format --------------------------------------------------------------------------


def canonical(text: str) -> str:
    return json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


def test_every_json_output_has_the_same_format_with_keys_and_japanese_as_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(cli.CONFIG_VARIABLE, raising=False)
    data_dir = tmp_path / "var"
    data_dir.mkdir()
    store = CaseStore(open_database(data_dir / "desk.sqlite3"))
    now = datetime.now(UTC)
    row = outbox.enqueue(store.db, "acknowledge", {"case": 1}, now=now - timedelta(hours=1))
    outbox.fail(store.db, row, "中継サーバーが拒否しました (550)", now)
    store.db.conn.close()
    config = tmp_path / "desk.toml"
    config.write_text(f'[desk]\ndata_dir = "{data_dir}"\n', encoding="utf-8")

    outputs = {}
    for argv in (
        ["ask", "--json", "個人情報の開示"],
        ["hours", "--json", "--at", "2026-11-28T23:00"],
        ["cases", "--json"],
        ["outbox", "--json"],
    ):
        assert cli.main([*argv, "--config", str(config)]) == 0
        outputs[argv[0]] = out = capsys.readouterr().out
        assert out == canonical(out), argv
    failed = json.loads(outputs["outbox"])["failed"]
    assert failed[0]["id"] == row
    assert failed[0]["kind"] == "acknowledge"
    assert failed[0]["last_error"] == "中継サーバーが拒否しました (550)"
    assert "中継サーバー" in outputs["outbox"]  # not \u escapes


def test_a_runtime_error_is_one_line_and_status_1(tmp_path: Path) -> None:
    data_dir = tmp_path / "var"
    data_dir.mkdir()
    CaseStore(open_database(data_dir / "desk.sqlite3")).db.conn.close()
    config = tmp_path / "desk.toml"
    config.write_text(f'[desk]\ndata_dir = "{data_dir}"\n', encoding="utf-8")
    done = run_cli("case", "999", "--config", str(config))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert "999" in done.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    missing = run_cli("cases", cwd=elsewhere)
    assert missing.returncode == 1  # no database here: said, and none is created
    assert "no database" in missing.stderr
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["case", "9" * 25], "between 1 and 9223372036854775807"),
        (["outbox", "drop", "9" * 25], "between 1 and 9223372036854775807"),
        (["report", "--since", "0001-01-01"], "too early a date"),
        (["hours", "--at", "9999-12-31T23:59"], "--at: year 9999 is out of range"),
        (["hours", "--at", "0001-01-01T00:00", "--json"], "--at: year 1 is out of range"),
        (["hours", "--at", "2026-02-30T10:00"], "--at: not an ISO-8601 date and time"),
        (["preview-ack", "--lang", "ja", "--at", "9999-12-31T23:59"], "--at: year 9999 is out"),
    ],
)
def test_an_argument_out_of_range_is_a_usage_error_not_a_fault(
    tmp_path: Path, argv: list[str], said: str
) -> None:
    data_dir = tmp_path / "var"
    data_dir.mkdir()
    CaseStore(open_database(data_dir / "desk.sqlite3")).db.conn.close()
    config = tmp_path / "desk.toml"
    config.write_text(f'[desk]\ndata_dir = "{data_dir}"\n', encoding="utf-8")
    done = run_cli(*argv, "--config", str(config))
    assert done.returncode == 2, done.stderr
    assert said in done.stderr
    assert "Error:" not in done.stderr  # no exception's name: a word for the person typing


# --- printed for a person -----------------------------------------------------------------


def test_safe_escapes_what_a_terminal_would_act_on() -> None:
    hostile = "a\x1b]0;owned\x07b\x00c\rd\x9be\u202eevil\u2066f\x7f"
    shown = safe(hostile)
    for ch in "\x1b\x07\x00\r\x9b\u202e\u2066\x7f":
        assert ch not in shown
    assert shown.startswith("a\\x1b]0;owned\\x07b\\x00c\\x0dd\\x9be\\u202eevil")
    assert safe("line\nbreak") == "line\\x0abreak"
    assert safe_text("line\r\nbreak\tand\x1b[2J") == "line\nbreak\tand\\x1b[2J"
    assert safe("山田 太郎 <taro@example.jp>") == "山田 太郎 <taro@example.jp>"


def test_width_counts_east_asian_wide_as_two_and_fit_holds_the_column() -> None:
    assert width("abc") == 3
    assert width("個人情報") == 8
    assert width("ｶﾀｶﾅ") == 4  # half-width katakana are narrow
    assert width("e\u0301") == 1  # a combining accent takes no column
    for text in ("short", "個人情報の開示について", "a-very-long-address@example.co.jp"):
        for columns in (5, 10, 13):
            assert width(fit(text, columns)) == columns


def _column_of(line: str, needle: str) -> int:
    return width(line[: line.index(needle)])


async def _desk_with_cases(tmp_path: Path, mails: list[tuple[str, bytes]]) -> Path:
    settings = desk_settings(tmp_path / "var")
    async with RunningDesk(settings, Clock(SATURDAY_NIGHT)) as desk:
        for sender, raw in mails:
            await desk.send(raw, mail_from=sender)
        await desk.wait_for(lambda st: st.count_cases() == len(mails), what=f"{len(mails)} cases")
        await desk.wait_for(
            lambda st: all(c.ack_state.value != "pending" for c in st.cases()),
            what="acknowledgements decided",
        )
        await desk.settled()
    config = tmp_path / "desk.toml"
    config.write_text(f'[desk]\ndata_dir = "{tmp_path / "var"}"\n', encoding="utf-8")
    return config


HOSTILE_MIME = (
    b"From: =?utf-8?b?"
    + base64.b64encode("悪い\x1b]0;pwned\x07人".encode()).replace(b"\n", b"")
    + b"?= <mallory@example.jp>\r\n"
    b"To: info@planetmgmt.biz\r\n"
    b"Subject: =?utf-8?b?"
    + base64.b64encode("開示\x1b[2J\x1b[31m請求\u202etxt.exe".encode())
    + b"?=\r\n"
    b"Date: Sat, 28 Nov 2026 23:04:00 +0900\r\n"
    b"Message-ID: <hostile@example.jp>\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
    b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    b"\xe9\x96\x8b\xe7\xa4\xba\x1b[8mhidden\x1b[0m please\r\n"
    b'--b\r\nContent-Type: application/x\x1b[41mred; name="a\x1b[1mb.pdf"\r\n'
    b'Content-Disposition: attachment; filename="a\x1b[1mb.pdf"\r\n\r\nxyz\r\n'
    b"--b--\r\n"
)


async def test_case_and_cases_escape_everything_that_came_in_a_mail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(cli.CONFIG_VARIABLE, raising=False)
    config = await _desk_with_cases(tmp_path, [("mallory@example.jp", HOSTILE_MIME)])
    for argv in (["cases"], ["case", "1"]):
        assert cli.main([*argv, "--config", str(config)]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out, argv
        assert "\x07" not in out, argv
        assert "\u202e" not in out, argv
    assert "application/x\\x1b[41mred" in out  # the MIME type, escaped
    assert "請求\\u202etxt.exe" in out  # the subject's bidi override, escaped


async def test_case_is_printed_for_a_person_in_japan_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(cli.CONFIG_VARIABLE, raising=False)
    config = await _desk_with_cases(tmp_path, [("taro@example.jp", make_mail())])
    assert cli.main(["case", "1", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "None" not in out
    assert "+00:00" not in out and "UTC" not in out
    assert "2026-11-28 23:05 JST" in out  # received Saturday 23:05 in Tokyo
    assert not re.search(r"\d\.\d{3,}", out)  # scores to two places
    assert re.search(r"disclosure 0\.\d\d \(", out)
    incoming = out.index("<- in")
    outgoing = out.index("-> out")
    assert "from taro@example.jp" in out[incoming:outgoing]
    assert "私の個人情報の開示をお願いしたい" in out[incoming:outgoing]  # its first lines
    ack = out[outgoing : out.index("Events:")]
    assert "to taro@example.jp" in ack
    assert "(acknowledgement)" in ack
    assert "PMC-000001" in ack  # the acknowledgement's text, read from the mail as sent
    assert cli.main(["case", "1", "--json", "--config", str(config)]) == 0
    [received, sent] = json.loads(capsys.readouterr().out)["mail"]
    assert (received["direction"], sent["direction"]) == ("in", "out")
    assert "PMC-000001" in sent["body"]  # --json shows it too
    # ...but the search index holds only what people wrote: words of the FAQ answer the
    # acknowledgement quoted find no case, words of the customer's mail do.
    answer = "遅滞なく開示します"
    assert answer in sent["body"].replace("\n", "") and answer not in received["body"]
    for words, found in ((answer, []), ("開示をお願い", [1])):
        assert cli.main(["search", words, "--json", "--config", str(config)]) == 0
        assert [r["number"] for r in json.loads(capsys.readouterr().out)] == found, words


async def test_cases_columns_hold_with_long_addresses_and_japanese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(cli.CONFIG_VARIABLE, raising=False)
    long = "a.very.long.local.part.for.testing@subdomain.example.co.jp"
    mails = [
        (long, make_mail(sender=long, subject="Question", message_id="<a@x.jp>")),
        ("t@x.jp", make_mail(sender="t@x.jp", subject="個人情報の開示", message_id="<b@x.jp>")),
    ]
    config = await _desk_with_cases(tmp_path, mails)
    assert cli.main(["cases", "--config", str(config)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["CASE", "STATUS", "ASSIGNEE"]
    assert len(lines) == 3
    starts = {_column_of(line, "2026-11-28") for line in lines[1:]}
    assert starts == {_column_of(lines[0], "RECEIVED")}
    # The two mails' intake runs concurrently, so either may be case 2 (the first line).
    subject_columns = {_column_of(lines[0], "SUBJECT")} | {
        _column_of(line, "個人情報の開示" if "個人情報の開示" in line else "Question")
        for line in lines[1:]
    }
    assert len(subject_columns) == 1
    assert sum("Question" in line for line in lines[1:]) == 1


def test_an_empty_table_is_its_header() -> None:
    assert cases_table([], ZoneInfo("Asia/Tokyo"), 80)[0].split() == [
        "CASE", "STATUS", "ASSIGNEE", "RECEIVED", "FROM", "SUBJECT"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "offered"),
    [
        ("inquiry-desk out", {"outbox"}),
        ("inquiry-desk outbox r", {"retry"}),
        ("inquiry-desk --config desk.toml ca", {"cases", "case"}),
        ("inquiry-desk outbox retry --a", {"--all-failed"}),
        ("inquiry-desk hours --", {"--help", "--at", "--json", "--upcoming", "--config"}),
    ],
)
def test_bash_completion_offers_the_commands_actions_and_options(
    line: str, offered: set[str]
) -> None:
    bash = shutil.which("bash")
    assert bash is not None
    script = run_cli("completion", "bash")
    assert script.returncode == 0
    probe = (
        f"{script.stdout}\nCOMP_WORDS=({line}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1));"
        ' _inquiry_desk; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    done = subprocess.run([bash, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert set(done.stdout.split()) == offered


async def test_cases_rows_stay_bounded_with_a_subject_of_thousands_of_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(cli.CONFIG_VARIABLE, raising=False)
    monkeypatch.delenv("COLUMNS", raising=False)
    subject = "長い件名" * 5000
    config = await _desk_with_cases(tmp_path, [("t@x.jp", make_mail(subject=subject))])
    assert cli.main(["cases", "--config", str(config)]) == 0  # not a terminal: a pipe
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[1].endswith("…")
    assert max(width(line) for line in lines) <= PIPE_COLUMNS
