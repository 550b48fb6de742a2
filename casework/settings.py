"""Settings: one TOML file (every key has a default) plus environment variables for secrets.

`load_settings` is called once, at the entry point; everything else receives the result.
An invalid setting raises ConfigError naming the key (``listener.port``) and the problem.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar

from casework.address import has_control_character
from casework.errors import ConfigError

_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


@dataclass(frozen=True)
class DeskSettings:
    address: str = "info@planetmgmt.biz"
    aliases: tuple[str, ...] = ()
    case_tag_prefix: str = "PMC"
    data_dir: Path = Path("var")
    faq_path: Path | None = None  # None: the faq.yaml shipped with the desk
    templates_dir: Path | None = None  # None: the templates/ shipped with the desk
    busy_timeout: float = 30.0  # seconds a write waits on a database locked by someone else

    @property
    def addresses(self) -> tuple[str, ...]:
        return (self.address, *self.aliases)

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2].lower()


@dataclass(frozen=True)
class ListenerSettings:
    host: str = "127.0.0.1"
    port: int = 2525
    protocol: str = "smtp"  # or "lmtp" (RFC 2033), for Postfix's lmtp: transport
    hostname: str = ""  # the name in the banner and EHLO reply; "" means the machine's name
    max_message_size: int = 25 * 1024 * 1024
    max_connections: int = 200
    max_connections_per_client: int = 20
    idle_timeout: float = 300.0  # RFC 5321 §4.5.3.2.7 server timeout is 5 minutes
    data_timeout: float = 600.0
    smtputf8: bool = False
    tls_cert: Path | None = None
    tls_key: Path | None = None
    max_header_bytes: int = 100 * 1024
    duplicate_window_hours: float = 24.0


@dataclass(frozen=True)
class AcknowledgementSettings:
    enabled: bool = True
    in_hours: bool = False
    window_days: float = 7.0  # RFC 3834 §2 recommends 7 days
    from_name: str = "Planet Management Co., Ltd. / 株式会社プラネットマネジメント"
    envelope_from: str = ""  # "" sends with the null reverse-path <> (RFC 3834 §3.3)
    trusted_authserv_id: str = ""  # the upstream MTA's Authentication-Results identity
    max_answers: int = 2


@dataclass(frozen=True)
class MailSettings:
    relay_url: str = "file"  # "file", "smtp://[user@]host[:port]" or "smtps://..."
    outgoing_dir: Path | None = None  # None: <data_dir>/outgoing
    relay_password: str | None = field(default=None, repr=False)  # env INQUIRY_DESK_RELAY_PASSWORD


@dataclass(frozen=True)
class OutboxSettings:
    max_attempts: int = 8
    # As long as Postfix keeps a message queued (maximal_queue_lifetime, 5 days).
    outage_patience_hours: float = 120.0
    base_delay: float = 2.0
    max_delay: float = 900.0
    workers: int = 4
    triage_processes: int = 1  # processes reading mail beside the desk's; 0: a thread of it


@dataclass(frozen=True)
class SlackSettings:
    channel: str = ""
    http_host: str = "127.0.0.1"
    http_port: int = 3000
    allowed_users: tuple[str, ...] = ()
    allowed_usergroup: str = ""
    post_interval: float = 1.0  # about one message per second per channel (Slack's limit)
    bot_token: str = field(default="", repr=False)  # env SLACK_BOT_TOKEN
    app_token: str = field(default="", repr=False)  # env SLACK_APP_TOKEN
    signing_secret: str = field(default="", repr=False)  # env SLACK_SIGNING_SECRET
    api_url: str = "https://slack.com/api/"  # env SLACK_API_URL
    show_mail: str = "excerpt"  # "excerpt", "subject" or "none": customer text in the channel

    @property
    def enabled(self) -> bool:
        return bool(self.bot_token)


@dataclass(frozen=True)
class PrivacySettings:
    retention_days: int = 0  # erase cases resolved longer ago than this; 0 keeps them


@dataclass(frozen=True)
class HttpSettings:
    host: str = "127.0.0.1"
    port: int = 0  # 0: no /healthz and /metrics endpoint


@dataclass(frozen=True)
class LoggingSettings:
    format: str = "text"  # "text" (key=value lines) or "json" (one object a line)
    level: str = "info"


LOG_FORMATS = ("text", "json")
LOG_LEVELS = ("debug", "info", "warning", "error")


@dataclass(frozen=True)
class SlaSettings:
    # Response targets in business hours (casework.sla); fractions allowed (0.01 = 36 s).
    first_response_hours: float = 8.0
    pi_request_hours: float = 4.0


@dataclass(frozen=True)
class HealthSettings:
    # /healthz answers 503 while the oldest outbox row that is due has waited longer than this
    # (the workers are stuck or far behind); rows waiting out a relay or Slack outage are not
    # due, so an outage alone does not make the desk unhealthy.
    max_outbox_lag_seconds: float = 600.0


@dataclass(frozen=True)
class Settings:
    desk: DeskSettings = DeskSettings()
    listener: ListenerSettings = ListenerSettings()
    acknowledgement: AcknowledgementSettings = AcknowledgementSettings()
    mail: MailSettings = MailSettings()
    outbox: OutboxSettings = OutboxSettings()
    slack: SlackSettings = SlackSettings()
    http: HttpSettings = HttpSettings()
    health: HealthSettings = HealthSettings()
    sla: SlaSettings = SlaSettings()
    logging: LoggingSettings = LoggingSettings()
    privacy: PrivacySettings = PrivacySettings()
    hours: Mapping[str, Any] = field(default_factory=dict)  # read by casework.calendar

    @property
    def database_path(self) -> Path:
        return self.desk.data_dir / "desk.sqlite3"

    @property
    def outgoing_dir(self) -> Path:
        return self.mail.outgoing_dir or self.desk.data_dir / "outgoing"


_SECTIONS: dict[str, type] = {
    "desk": DeskSettings,
    "listener": ListenerSettings,
    "acknowledgement": AcknowledgementSettings,
    "mail": MailSettings,
    "outbox": OutboxSettings,
    "slack": SlackSettings,
    "http": HttpSettings,
    "health": HealthSettings,
    "sla": SlaSettings,
    "logging": LoggingSettings,
    "privacy": PrivacySettings,
}
# Secrets come from the environment only, never from the file (it may be world-readable).
_SECRETS = {
    ("mail", "relay_password"): "INQUIRY_DESK_RELAY_PASSWORD",
    ("slack", "bot_token"): "SLACK_BOT_TOKEN",
    ("slack", "app_token"): "SLACK_APP_TOKEN",
    ("slack", "signing_secret"): "SLACK_SIGNING_SECRET",
}
_ENV_OVERRIDES = {("slack", "api_url"): "SLACK_API_URL"}

T = TypeVar("T")


def load_settings(path: Path | None, environ: Mapping[str, str]) -> Settings:
    """Read the TOML file at `path` (None: defaults only) and the environment."""
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(str(path), f"cannot read the file ({exc.strerror})") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(str(path), f"not valid TOML ({exc})") from exc
        except UnicodeDecodeError as exc:  # TOML is UTF-8 (toml.io, v1.0.0 "Spec")
            raise ConfigError(str(path), f"not UTF-8 text, as TOML must be ({exc.reason})") from exc
    unknown = sorted(set(data) - set(_SECTIONS) - {"hours"})
    if unknown:
        raise ConfigError(
            unknown[0], f"unknown section (known: {', '.join([*_SECTIONS, 'hours'])})"
        )
    sections: dict[str, Any] = {}
    for name, cls in _SECTIONS.items():
        raw = data.get(name, {})
        if not isinstance(raw, dict):
            raise ConfigError(name, "must be a table")
        raw = dict(raw)
        for (section, key), var in _SECRETS.items():
            # A config file is read by more people than a secret should be (and gets committed).
            if section == name and key in raw:
                raise ConfigError(f"{name}.{key}", f"is a secret: set {var} in the environment")
        for (section, key), var in {**_SECRETS, **_ENV_OVERRIDES}.items():
            if section == name and environ.get(var):
                raw[key] = environ[var]
        sections[name] = _build(name, cls, raw)
    hours = data.get("hours", {})
    if not isinstance(hours, dict):
        raise ConfigError("hours", "must be a table")
    settings = Settings(**sections, hours=hours)
    _check(settings)
    return settings


def _build(section: str, cls: type[T], raw: Mapping[str, Any]) -> T:
    known = {f.name: f for f in fields(cls)}  # type: ignore[arg-type]
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known:
            raise ConfigError(f"{section}.{key}", f"unknown key (known: {', '.join(known)})")
        default = getattr(cls(), key)
        values[key] = _coerce(f"{section}.{key}", value, default, known[key].type)
    return cls(**values)


def _coerce(key: str, value: Any, default: Any, annotation: Any) -> Any:
    text = str(annotation)
    if isinstance(default, bool) or text == "bool":
        if not isinstance(value, bool):
            raise ConfigError(key, f"must be true or false, got {value!r}")
        return value
    if "Path" in text:
        if value == "" and "None" in text:
            return None
        if not isinstance(value, str):
            raise ConfigError(key, f"must be a path (a string), got {value!r}")
        return Path(value).expanduser()
    if text == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(key, f"must be a whole number, got {value!r}")
        return value
    if text == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(key, f"must be a number, got {value!r}")
        # TOML has nan and inf (toml.io v1.0.0, "Float"); no duration or rate here means either,
        # and an infinite one overflows a timedelta at run time instead of stopping start-up.
        if not math.isfinite(value):
            raise ConfigError(key, f"must be a finite number, got {value!r}")
        return float(value)
    if text.startswith("tuple"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(key, f"must be a list of strings, got {value!r}")
        return tuple(value)
    if not isinstance(value, str):
        raise ConfigError(key, f"must be a string, got {value!r}")
    return value


def _require(condition: bool, key: str, problem: str) -> None:
    if not condition:
        raise ConfigError(key, problem)


def _check(s: Settings) -> None:
    checks: list[tuple[Callable[[], bool], str, str]] = [
        (
            lambda: s.logging.format in LOG_FORMATS,
            "logging.format",
            f"must be 'text' or 'json', got {s.logging.format!r}",
        ),
        (
            lambda: s.logging.level in LOG_LEVELS,
            "logging.level",
            f"must be one of {', '.join(LOG_LEVELS)}, got {s.logging.level!r}",
        ),
        (lambda: bool(_ADDRESS.match(s.desk.address)), "desk.address", "not an e-mail address"),
        (
            lambda: all(_ADDRESS.match(a) for a in s.desk.aliases),
            "desk.aliases",
            "every alias must be an e-mail address",
        ),
        (
            lambda: bool(re.fullmatch(r"[A-Z][A-Z0-9]{0,9}", s.desk.case_tag_prefix)),
            "desk.case_tag_prefix",
            "must be 1 to 10 capital letters or digits, starting with a letter",
        ),
        (
            lambda: 0 < s.listener.port < 65536,
            "listener.port",
            f"must be between 1 and 65535, got {s.listener.port}",
        ),
        (
            lambda: s.listener.protocol in ("smtp", "lmtp"),
            "listener.protocol",
            f"must be 'smtp' or 'lmtp', got {s.listener.protocol!r}",
        ),
        # RFC 2033 §5: LMTP must not be used on the well-known SMTP port.
        (
            lambda: not (s.listener.protocol == "lmtp" and s.listener.port == 25),
            "listener.port",
            "LMTP must not listen on port 25 (RFC 2033 §5)",
        ),
        (
            lambda: 1024 <= s.listener.max_message_size <= 200 * 1024 * 1024,
            "listener.max_message_size",
            "must be between 1024 and 209715200 bytes",
        ),
        (
            lambda: s.listener.max_connections >= 1 and s.listener.max_connections_per_client >= 1,
            "listener.max_connections",
            "connection limits must be at least 1",
        ),
        (
            lambda: s.listener.idle_timeout > 0 and s.listener.data_timeout > 0,
            "listener.idle_timeout",
            "timeouts must be positive",
        ),
        (
            lambda: (s.listener.tls_cert is None) == (s.listener.tls_key is None),
            "listener.tls_cert",
            "tls_cert and tls_key must be set together",
        ),
        (
            lambda: s.listener.tls_cert is None or s.listener.tls_cert.is_file(),
            "listener.tls_cert",
            f"no such file: {s.listener.tls_cert}",
        ),
        (
            lambda: s.listener.tls_key is None or s.listener.tls_key.is_file(),
            "listener.tls_key",
            f"no such file: {s.listener.tls_key}",
        ),
        (
            lambda: s.acknowledgement.window_days >= 0,
            "acknowledgement.window_days",
            "must be 0 or more days",
        ),
        (
            lambda: (
                s.acknowledgement.envelope_from == ""
                or bool(_ADDRESS.match(s.acknowledgement.envelope_from))
            ),
            "acknowledgement.envelope_from",
            "must be empty (null sender <>) or an e-mail address",
        ),
        (
            lambda: 0 <= s.acknowledgement.max_answers <= 2,
            "acknowledgement.max_answers",
            "must be 0, 1 or 2",
        ),
        (
            lambda: s.outbox.max_attempts >= 1 and s.outbox.workers >= 1,
            "outbox.max_attempts",
            "max_attempts and workers must be at least 1",
        ),
        (
            lambda: 0 <= s.outbox.triage_processes <= 16,
            "outbox.triage_processes",
            "must be from 0 to 16",
        ),
        (
            lambda: s.outbox.outage_patience_hours > 0,
            "outbox.outage_patience_hours",
            "must be positive",
        ),
        (
            lambda: 0 < s.outbox.base_delay <= s.outbox.max_delay,
            "outbox.base_delay",
            "must be positive and no more than outbox.max_delay",
        ),
        (
            lambda: not s.slack.enabled or bool(s.slack.channel),
            "slack.channel",
            "must be set when SLACK_BOT_TOKEN is set",
        ),
        # Web API calls take the channel's ID; a name would fail at the first post, long after
        # start-up. The ID is in the channel's details in Slack (docs/slack-setup.md).
        (
            lambda: not s.slack.channel or bool(re.fullmatch(r"[CG][A-Z0-9]+", s.slack.channel)),
            "slack.channel",
            f"{s.slack.channel!r} is not a channel ID: set the ID, which looks like C0123456789"
            " (in Slack, open the channel's details; the ID is at the bottom of the About tab)",
        ),
        (
            lambda: not s.slack.enabled or bool(s.slack.app_token or s.slack.signing_secret),
            "SLACK_SIGNING_SECRET",
            "set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)",
        ),
        (
            lambda: s.slack.api_url.startswith(("http://", "https://")),
            "slack.api_url",
            "must be an http:// or https:// URL",
        ),
        (
            lambda: 0 <= s.http.port < 65536,
            "http.port",
            f"must be between 0 (no endpoint) and 65535, got {s.http.port}",
        ),
        (
            lambda: s.sla.first_response_hours > 0,
            "sla.first_response_hours",
            f"must be more than 0 business hours, got {s.sla.first_response_hours}",
        ),
        (
            lambda: s.sla.pi_request_hours > 0,
            "sla.pi_request_hours",
            f"must be more than 0 business hours, got {s.sla.pi_request_hours}",
        ),
        (
            lambda: s.health.max_outbox_lag_seconds > 0,
            "health.max_outbox_lag_seconds",
            "must be a positive number of seconds",
        ),
        (
            lambda: s.slack.show_mail in ("excerpt", "subject", "none"),
            "slack.show_mail",
            f"must be 'excerpt', 'subject' or 'none', got {s.slack.show_mail!r}",
        ),
        # The name goes into the banner and the EHLO reply (RFC 5321 §4.1.1.1: a domain or
        # an address literal); anything else, a space or a line break, breaks the protocol.
        (
            lambda: s.listener.hostname == "" or bool(_HOSTNAME.fullmatch(s.listener.hostname)),
            "listener.hostname",
            f"must be a domain name or an address literal, got {s.listener.hostname!r}",
        ),
        # The display name goes into every acknowledgement's From; a control character there
        # would make every acknowledgement fail the check on outgoing headers.
        (
            lambda: not has_control_character(s.acknowledgement.from_name),
            "acknowledgement.from_name",
            "must be one line with no control characters",
        ),
        (
            lambda: s.privacy.retention_days >= 0,
            "privacy.retention_days",
            "must be 0 (keep) or more days",
        ),
        (
            lambda: s.slack.post_interval >= 0,
            "slack.post_interval",
            "must be 0 or more seconds",
        ),
    ]
    for condition, key, problem in checks:
        _require(condition(), key, problem)
    for key, value, low, high in _ranges(s):
        _require(low <= value <= high, key, f"must be from {low:g} to {high:g}, got {value:g}")


_HOSTNAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f.:IPv]+\]")


def _ranges(s: Settings) -> list[tuple[str, float, float, float]]:
    """Bounds for the numbers that become durations, sizes or counts: each upper bound is
    far past any sensible value yet keeps the desk's timedelta arithmetic (now plus a window,
    a delay or a retention period) within datetime's range, which would otherwise fail at run
    time, daily or on every mail, rather than at start-up."""
    day, year = 86400.0, 8760.0
    return [
        ("desk.busy_timeout", s.desk.busy_timeout, 0, day),
        ("listener.idle_timeout", s.listener.idle_timeout, 0, day),
        ("listener.data_timeout", s.listener.data_timeout, 0, day),
        ("listener.duplicate_window_hours", s.listener.duplicate_window_hours, 0, year),
        # The header section is what autoreply rules and intake read; under 1 KiB no real
        # mail's headers fit. Not bounded by max_message_size, whose lowest values are below
        # this key's default.
        ("listener.max_header_bytes", s.listener.max_header_bytes, 1024, 16 * 1024 * 1024),
        ("acknowledgement.window_days", s.acknowledgement.window_days, 0, 3650),
        ("outbox.workers", s.outbox.workers, 1, 64),
        ("outbox.outage_patience_hours", s.outbox.outage_patience_hours, 0, year),
        ("outbox.max_delay", s.outbox.max_delay, 0, day),
        ("slack.http_port", s.slack.http_port, 1, 65535),
        ("slack.post_interval", s.slack.post_interval, 0, 60),
        ("sla.first_response_hours", s.sla.first_response_hours, 0, year),
        ("sla.pi_request_hours", s.sla.pi_request_hours, 0, year),
        ("health.max_outbox_lag_seconds", s.health.max_outbox_lag_seconds, 0, 30 * day),
        ("privacy.retention_days", s.privacy.retention_days, 0, 36500),
    ]
