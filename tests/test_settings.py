"""Settings: every key has a default, a broken file names the key and the problem, secrets
come from the environment only, and `serve` refuses to start on a bad setting."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest
from desk_process import free_port

from casework.errors import ConfigError
from casework.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent


def settings_from(tmp_path: Path, text: str, environ: dict[str, str] | None = None) -> Settings:
    path = tmp_path / "desk.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path, environ or {})


def config_error(tmp_path: Path, text: str, environ: dict[str, str] | None = None) -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        settings_from(tmp_path, text, environ)
    return caught.value


def test_no_file_at_all_gives_the_documented_defaults() -> None:
    s = load_settings(None, {})
    assert (s.listener.host, s.listener.port, s.listener.protocol) == ("127.0.0.1", 2525, "smtp")
    assert s.database_path == Path("var") / "desk.sqlite3"
    assert s.desk.addresses == ("info@planetmgmt.biz",)
    assert not s.slack.enabled
    assert s.outbox.outage_patience_hours == 120.0


def test_every_key_in_the_readme_table_exists_and_every_key_is_in_it() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set()
    for line in readme.splitlines():
        if line.startswith("| `") and "." in line.split("|")[1]:
            for cell_key in line.split("|")[1].split(","):
                documented.add(cell_key.strip().strip("`"))
    defaults = load_settings(None, {})
    secrets = {"slack.bot_token", "slack.app_token", "slack.signing_secret", "mail.relay_password"}
    actual = {
        f"{section}.{key}"
        for section in (f.name for f in dataclasses.fields(defaults) if f.name != "hours")
        for key in vars(getattr(defaults, section))
    } - secrets
    assert actual - documented == set(), "keys missing from the README's table"
    assert {k for k in documented - actual if not k.startswith("hours.")} == set()


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        ("[listener]\nport = 'twenty'\n", "listener.port", "must be a whole number"),
        ("[listener]\nport = 70000\n", "listener.port", "between 1 and 65535"),
        ("[listener]\nprotocol = 'pop3'\n", "listener.protocol", "'smtp' or 'lmtp'"),
        ("[listener]\nprotocol = 'lmtp'\nport = 25\n", "listener.port", "RFC 2033"),
        ("[listener]\nportt = 25\n", "listener.portt", "unknown key"),
        ("[listner]\nport = 25\n", "listner", "unknown section"),
        ("listener = 3\n", "listener", "must be a table"),
        ("[desk]\naddress = 'info'\n", "desk.address", "not an e-mail address"),
        ("[desk]\naliases = 'a@b.jp'\n", "desk.aliases", "list of strings"),
        ("[desk]\ncase_tag_prefix = 'pmc'\n", "desk.case_tag_prefix", "capital letters"),
        ("[acknowledgement]\nenabled = 'yes'\n", "acknowledgement.enabled", "true or false"),
        ("[acknowledgement]\nmax_answers = 3\n", "acknowledgement.max_answers", "0, 1 or 2"),
        ("[outbox]\nbase_delay = 0\n", "outbox.base_delay", "must be positive"),
        ("[outbox]\noutage_patience_hours = -1\n", "outbox.outage_patience_hours", "positive"),
        ("[slack]\napi_url = 'ftp://x'\n", "slack.api_url", "http:// or https://"),
        ("[http]\nport = -1\n", "http.port", "between 0"),
        ("[logging]\nformat = 'xml'\n", "logging.format", "'text' or 'json'"),
        ("[logging]\nlevel = 'loud'\n", "logging.level", "debug, info, warning, error"),
        ("[listener]\ntls_cert = '/nonexistent/cert.pem'\n", "listener.tls_cert", "together"),
        # TOML's nan and inf, and values whose timedelta overflows at run time.
        ("[listener]\nduplicate_window_hours = inf\n", "listener.duplicate_window_hours", "finite"),
        ("[desk]\nbusy_timeout = nan\n", "desk.busy_timeout", "finite"),
        ("[outbox]\nmax_delay = -inf\n", "outbox.max_delay", "finite"),
        ("[listener]\nduplicate_window_hours = 1e300\n", "listener.duplicate_window_hours", "to"),
        ("[listener]\nduplicate_window_hours = -5\n", "listener.duplicate_window_hours", "from 0"),
        ("[privacy]\nretention_days = 100000000\n", "privacy.retention_days", "to 36500"),
        ("[acknowledgement]\nwindow_days = 1e9\n", "acknowledgement.window_days", "to 3650"),
        ("[outbox]\noutage_patience_hours = 1e300\n", "outbox.outage_patience_hours", "to"),
        ("[sla]\nfirst_response_hours = 1e300\n", "sla.first_response_hours", "to"),
        ("[desk]\nbusy_timeout = -1\n", "desk.busy_timeout", "from 0"),
        ("[listener]\nmax_header_bytes = 0\n", "listener.max_header_bytes", "from 1024"),
        ("[outbox]\nworkers = 100000000\n", "outbox.workers", "to 64"),
        ("[slack]\nhttp_port = 70000\n", "slack.http_port", "to 65535"),
        ('[listener]\nhostname = "mx\\r\\n250 forged"\n', "listener.hostname", "domain name"),
        (
            '[acknowledgement]\nfrom_name = "Desk\\r\\nBcc: x@y.jp"\n',
            "acknowledgement.from_name",
            "control",
        ),
    ],
)
def test_a_broken_setting_names_the_key_and_the_problem(
    tmp_path: Path, text: str, key: str, problem: str
) -> None:
    error = config_error(tmp_path, text)
    assert error.key == key
    assert problem in error.problem


def test_invalid_toml_and_a_missing_file_name_the_file(tmp_path: Path) -> None:
    error = config_error(tmp_path, "[listener\nport = 1\n")
    assert error.key.endswith("desk.toml") and "not valid TOML" in error.problem
    with pytest.raises(ConfigError) as caught:
        load_settings(tmp_path / "absent.toml", {})
    assert "cannot read the file" in caught.value.problem


def test_a_file_that_is_not_utf8_is_a_configuration_error(tmp_path: Path) -> None:
    path = tmp_path / "desk.toml"
    path.write_bytes('[desk]\ncase_tag_prefix = "受付"\n'.encode("shift_jis"))
    with pytest.raises(ConfigError) as caught:
        load_settings(path, {})
    assert caught.value.key == str(path) and "not UTF-8" in caught.value.problem


@pytest.mark.parametrize(
    ("section", "key", "variable"),
    [
        ("slack", "bot_token", "SLACK_BOT_TOKEN"),
        ("slack", "app_token", "SLACK_APP_TOKEN"),
        ("slack", "signing_secret", "SLACK_SIGNING_SECRET"),
        ("mail", "relay_password", "INQUIRY_DESK_RELAY_PASSWORD"),
    ],
)
def test_a_secret_in_the_file_is_refused_and_named(
    tmp_path: Path, section: str, key: str, variable: str
) -> None:
    error = config_error(tmp_path, f"[{section}]\n{key} = 'xoxb-in-the-file'\n")
    assert error.key == f"{section}.{key}"
    assert variable in error.problem
    assert "xoxb-in-the-file" not in str(error)


def test_secrets_and_the_api_url_come_from_the_environment(tmp_path: Path) -> None:
    env = {
        "SLACK_BOT_TOKEN": "xoxb-1",
        "SLACK_SIGNING_SECRET": "s3cret",
        "SLACK_API_URL": "http://127.0.0.1:9/api/",
    }
    s = settings_from(tmp_path, "[slack]\nchannel = 'C0CASES'\n", env)
    assert s.slack.enabled and s.slack.bot_token == "xoxb-1"
    assert s.slack.api_url == "http://127.0.0.1:9/api/"
    assert "xoxb-1" not in repr(s) and "s3cret" not in repr(s)


def test_slack_half_configured_is_an_error(tmp_path: Path) -> None:
    error = config_error(tmp_path, "", {"SLACK_BOT_TOKEN": "xoxb-1"})
    assert error.key == "slack.channel"
    error = config_error(tmp_path, "[slack]\nchannel = 'C1'\n", {"SLACK_BOT_TOKEN": "xoxb-1"})
    assert "SLACK_APP_TOKEN" in error.problem and "SLACK_SIGNING_SECRET" in error.problem


def _serve(config: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inquiry_desk.cli", "--config", str(config), "serve"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_serve_with_a_broken_setting_stops_with_the_key_and_no_traceback(tmp_path: Path) -> None:
    config = tmp_path / "desk.toml"
    config.write_text("[listener]\nprotocol = 'pop3'\n", encoding="utf-8")
    done = _serve(config, tmp_path)
    assert done.returncode == 2
    assert "listener.protocol" in done.stderr and "'smtp' or 'lmtp'" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "var").exists()  # stopped before touching anything


@pytest.mark.parametrize("name", ["#inquiries", "inquiries", "c0123456789", "C01 23"])
def test_a_channel_name_is_refused_with_how_to_find_the_id(tmp_path: Path, name: str) -> None:
    error = config_error(tmp_path, f"[slack]\nchannel = '{name}'\n")
    assert error.key == "slack.channel"
    assert repr(name) in error.problem
    assert "C0123456789" in error.problem and "About" in error.problem


@pytest.mark.parametrize("channel", ["C0123456789", "G0PRIVATE1", "C1"])
def test_channel_ids_are_accepted(tmp_path: Path, channel: str) -> None:
    assert settings_from(tmp_path, f"[slack]\nchannel = '{channel}'\n").slack.channel == channel


def test_a_small_message_size_alone_is_accepted(tmp_path: Path) -> None:
    # The default max_header_bytes (100 KiB) is over this size: that alone is no error.
    s = settings_from(tmp_path, "[listener]\nmax_message_size = 100000\n")
    assert s.listener.max_message_size == 100000


_PORT = "[listener]\nport = {port}\n"


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        # Not PEM: was said as "listener.port: cannot listen …; is another desk running?"
        (_PORT + "tls_cert = '{bad}'\ntls_key = '{bad}'\n", "listener.tls_cert", "certificate"),
        # Was accepted, and every acknowledgement was then parked failed, unwritable.
        (_PORT + "[mail]\noutgoing_dir = '{bad}/outgoing'\n", "mail.outgoing_dir", "cannot write"),
        # Was a traceback on stderr and exit 1 (the duplicate window overflowed a timedelta).
        (_PORT + "duplicate_window_hours = inf\n", "listener.duplicate_window_hours", "finite"),
    ],
)
def test_serve_names_the_setting_at_fault_and_exits_2(
    tmp_path: Path, text: str, key: str, problem: str
) -> None:
    bad = tmp_path / "not-pem.txt"  # neither a certificate nor a directory
    bad.write_text("no certificate here\n", encoding="utf-8")
    config = tmp_path / "desk.toml"
    config.write_text(text.format(port=free_port(), bad=bad), encoding="utf-8")
    done = _serve(config, tmp_path)
    assert done.returncode == 2, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith(f"inquiry-desk: configuration error: {key}:"), done.stderr
    assert problem in last
    assert "Traceback" not in done.stderr
