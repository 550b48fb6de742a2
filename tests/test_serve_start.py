"""`inquiry-desk serve` that cannot start: a busy port is one line naming the setting and the
address, exit status 2, and no database is left behind."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from running_desk import SATURDAY_NIGHT, Clock, desk_settings

from casework.errors import ConfigError
from inquiry_desk.serve import Desk

ROOT = Path(__file__).resolve().parent.parent


def inquiry_desk(*command: str, config: Path) -> subprocess.CompletedProcess[str]:
    """The command as an administrator runs it, in a process of its own."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "INQUIRY"))}
    return subprocess.run(
        [sys.executable, "-m", "inquiry_desk", *command, "--config", str(config)],
        capture_output=True,
        text=True,
        env=environ,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port on 127.0.0.1 that another program is listening on."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        yield int(other.getsockname()[1])


def test_serve_on_a_busy_port_says_so_in_one_line_and_creates_nothing(
    tmp_path: Path, busy_port: int
) -> None:
    config = tmp_path / "desk.toml"
    config.write_text(
        f'[desk]\ndata_dir = "{tmp_path / "var"}"\n[listener]\nport = {busy_port}\n',
        encoding="utf-8",
    )
    done = inquiry_desk("serve", config=config)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "listener.port" in lines[0]
    assert f"127.0.0.1:{busy_port}" in lines[0]
    assert not (tmp_path / "var" / "desk.sqlite3").exists()


@pytest.mark.parametrize("key", ["http.port", "slack.http_port"])
async def test_each_busy_port_is_named_by_its_setting(
    tmp_path: Path, busy_port: int, key: str
) -> None:
    section, name = key.split(".")
    values: dict[str, object] = {name: busy_port}
    if section == "slack":  # HTTP mode: no app token
        values.update(bot_token="xoxb-1", signing_secret="secret", channel="C0123456789")
    settings = desk_settings(tmp_path / "var", **{section: values})
    with pytest.raises(ConfigError) as refused:
        await Desk(settings, clock=Clock(SATURDAY_NIGHT)).start()
    assert str(refused.value).startswith(key)
    assert f"127.0.0.1:{busy_port}" in str(refused.value)
    assert not settings.database_path.exists()


async def test_a_start_that_fails_late_removes_the_database_it_created(tmp_path: Path) -> None:
    # Both servers on one free port: each is free when checked, the second cannot bind.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    settings = desk_settings(tmp_path / "var", listener={"port": port}, http={"port": port})
    with pytest.raises(ConfigError) as refused:
        await Desk(settings, clock=Clock(SATURDAY_NIGHT)).start()
    assert str(refused.value).startswith("listener.port")
    assert not settings.database_path.exists()
    assert not list((tmp_path / "var").glob("desk.sqlite3*"))


@pytest.mark.parametrize("where", ["file", "file/below"])
async def test_a_data_dir_in_the_way_of_a_file_is_named_as_the_setting(
    tmp_path: Path, where: str
) -> None:
    (tmp_path / "file").write_text("not a directory", encoding="utf-8")
    settings = desk_settings(tmp_path / where)
    with pytest.raises(ConfigError) as refused:
        await Desk(settings, clock=Clock(SATURDAY_NIGHT)).start()
    assert str(refused.value).startswith("desk.data_dir")
    assert str(tmp_path / where) in str(refused.value)


async def test_a_failed_start_keeps_an_existing_database(tmp_path: Path, busy_port: int) -> None:
    settings = desk_settings(tmp_path / "var")
    desk = Desk(settings, clock=Clock(SATURDAY_NIGHT))
    await desk.start()
    await desk.stop()
    assert settings.database_path.exists()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    again = desk_settings(tmp_path / "var", listener={"port": port}, http={"port": port})
    with pytest.raises(ConfigError):
        await Desk(again, clock=Clock(SATURDAY_NIGHT)).start()
    assert settings.database_path.exists()


def test_another_package_named_responder_is_named_and_refused(tmp_path: Path) -> None:
    # PyPI's `responder` installed next to the desk shadows (or overwrites) the desk's own.
    stranger = tmp_path / "elsewhere" / "responder"
    stranger.mkdir(parents=True)
    (stranger / "__init__.py").write_text("raise SystemExit('imported')\n", encoding="utf-8")
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "INQUIRY"))}
    environ["PYTHONPATH"] = str(tmp_path / "elsewhere")
    done = subprocess.run(
        [sys.executable, "-m", "inquiry_desk", "serve"],
        capture_output=True,
        text=True,
        env=environ,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 2
    assert "'responder'" in done.stderr and str(stranger) in done.stderr
    assert "imported" not in done.stderr  # found, never run
    assert not (tmp_path / "var").exists()


@pytest.mark.parametrize("command", [["serve"], ["cases"], ["case", "1"], ["outbox"]])
def test_a_file_that_is_not_the_desks_database_is_named_in_one_line(
    tmp_path: Path, command: list[str]
) -> None:
    """Whatever is at the database's place (another program's file, a damaged copy), each
    command says which file it cannot use, exit status 1, with no traceback; the file stays."""
    data_dir = tmp_path / "var"
    data_dir.mkdir()
    foreign = data_dir / "desk.sqlite3"
    foreign.write_bytes(b"not a database, but someone's notes\n" * 100)
    config = tmp_path / "desk.toml"
    with socket.socket() as probe:  # a port free a moment ago: the database is opened first
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config.write_text(
        f'[desk]\ndata_dir = "{data_dir}"\n[listener]\nport = {port}\n', encoding="utf-8"
    )
    done = inquiry_desk(*command, config=config)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert str(foreign) in lines[0] and "not a database" in lines[0]
    assert foreign.read_bytes() == b"not a database, but someone's notes\n" * 100


async def test_a_templates_dir_without_the_templates_stops_the_start_naming_the_setting(
    tmp_path: Path,
) -> None:
    """Found at start, not when the first acknowledgement would be parked as failed."""
    folder = tmp_path / "my-templates"
    folder.mkdir()
    (folder / "acknowledgement.ja.txt.j2").write_text("{{ case_tag }}\n", encoding="utf-8")
    (folder / "acknowledgement.en.txt.j2").write_text("{% if %}\n", encoding="utf-8")
    settings = desk_settings(tmp_path / "var", desk={"templates_dir": folder})
    with pytest.raises(ConfigError) as refused:
        await Desk(settings, clock=Clock(SATURDAY_NIGHT)).start()
    assert refused.value.key == "desk.templates_dir"
    assert "acknowledgement.en.txt.j2" in str(refused.value)  # the one that does not parse
    assert not (tmp_path / "var" / "desk.sqlite3").exists()


@pytest.mark.parametrize("command", [["ask", "開示請求"], ["preview-ack"], ["serve"]])
def test_a_faq_path_that_does_not_load_is_a_configuration_error_in_one_line(
    tmp_path: Path, command: list[str]
) -> None:
    broken = tmp_path / "faq.yaml"
    broken.write_text("entries: [1, 2\n", encoding="utf-8")
    config = tmp_path / "desk.toml"
    config.write_text(
        f'[desk]\ndata_dir = "{tmp_path / "var"}"\nfaq_path = "{broken}"\n', encoding="utf-8"
    )
    done = inquiry_desk(*command, config=config)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "desk.faq_path" in lines[0] and "not valid YAML" in lines[0]
