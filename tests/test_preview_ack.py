"""`inquiry-desk preview-ack`: the acknowledgement built by the desk's own code from the
configured templates, in each language, closed or open, and a broken template named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from inquiry_desk import cli

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_config_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cli.CONFIG_VARIABLE, raising=False)


def preview(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert cli.main(["preview-ack", *argv]) == 0
    return capsys.readouterr().out


def test_each_language_closed_and_open(capsys: pytest.CaptureFixture[str]) -> None:
    ja = preview(capsys, "--lang", "ja", "--at", "2026-12-28T18:00")
    assert "Subject: 自動返信: [PMC-000123]" in ja
    assert "受付番号：[PMC-000123]" in ja
    assert "営業再開：2027年1月4日（月）9時00分" in ja  # closed: says when the desk is back
    assert "【1】" in ja  # the sample question's confident FAQ answer
    assert "Case number" not in ja
    en = preview(capsys, "--lang", "en", "--at", "2026-11-25T10:00")  # a Wednesday morning
    assert "Case number: [PMC-000123]" in en
    assert "We reopen" not in en  # open: no reopening time
    assert "受付番号" not in en
    both = preview(capsys, "--at", "2026-12-28T18:00")
    assert "English follows the Japanese" in both
    assert "受付番号：[PMC-000123]" in both and "Case number: [PMC-000123]" in both
    off_topic = preview(capsys, "--lang", "en", "--question", "Can I book a table for two?")
    assert "Case number" in off_topic and "[1]" not in off_topic  # no answer offered


def test_a_customised_template_is_what_the_preview_shows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", mine)
    english = mine / "acknowledgement.en.txt.j2"
    english.write_text(
        english.read_text(encoding="utf-8").replace(
            "Thank you for contacting us.", "Thank you for writing to the Planet desk."
        ),
        encoding="utf-8",
    )
    config = tmp_path / "desk.toml"
    config.write_text(f'[desk]\ntemplates_dir = "{mine}"\n', encoding="utf-8")
    out = preview(capsys, "--lang", "en", "--config", str(config))
    assert "Thank you for writing to the Planet desk." in out
    assert "Thank you for contacting us." not in out


def test_a_broken_template_is_a_configuration_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", mine)
    (mine / "acknowledgement.ja.txt.j2").write_text("{{ no_such_variable }}\n", encoding="utf-8")
    config = tmp_path / "desk.toml"
    config.write_text(f'[desk]\ntemplates_dir = "{mine}"\n', encoding="utf-8")
    assert cli.main(["preview-ack", "--lang", "ja", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert "desk.templates_dir" in err and "no_such_variable" in err
    assert err.count("\n") == 1
