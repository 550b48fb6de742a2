"""What every `inquiry-desk` command shares: how a command registers, how it prints JSON, and
how text that came in a mail is made safe to print on a terminal.

A command lives in its own module (`inquiry_desk/*_command.py`) with a `register(commands)`
function; `inquiry_desk/cli.py` lists the modules. A command module imports only what the
parser needs at import time and the rest inside its `run`, so that `inquiry-desk hours` does
not pay for aiosmtpd, slack-bolt or the database (docs/benchmarks.md, "Command start-up").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from datetime import MAXYEAR, MINYEAR, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from casework.bidi import BIDI_CONTROLS

if TYPE_CHECKING:
    from casework.settings import Settings
    from casework.store import CaseStore

Run = Callable[[argparse.Namespace, "Settings"], int]
Subcommands = argparse._SubParsersAction  # what `register(commands)` receives


def add_command(
    commands: Subcommands[argparse.ArgumentParser],
    name: str,
    *,
    help: str,
    examples: Sequence[str],
    run: Run,
    description: str | None = None,
) -> argparse.ArgumentParser:
    """A subcommand with its help line, a description, examples and the README pointer.
    `run(args, settings)` returns the exit status; `--config` is added by `cli.py`."""
    lines = ["examples:", *(f"  {e}" for e in examples), "", _POINTER]
    parser = commands.add_parser(
        name,
        help=help,
        description=description or help[:1].upper() + help[1:] + ".",
        epilog="\n".join(lines),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(run=run)
    return parser


_POINTER = "More: README.md, section Commands (settings: section Settings)."


SQLITE_INTEGER_MAX = 2**63 - 1


def whole_number(
    low: int, high: int | Callable[[], int] | None = None, unit: str = ""
) -> Callable[[str], int]:
    """An argparse `type` for a whole number from `low` to `high` (a callable is asked only
    when an argument is parsed, so that its module is imported only then)."""

    def parse(text: str) -> int:
        # No bound given: SQLite's largest INTEGER (sqlite.org/datatype3.html), beyond which
        # no row id, case number or count can be, and which a query could not even be asked with.
        top = high() if callable(high) else (SQLITE_INTEGER_MAX if high is None else high)
        what = f" of {unit}" if unit else ""
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number{what}: {text!r}") from None
        if value < low or value > top:
            unbounded = top == SQLITE_INTEGER_MAX and value < low
            bounds = f"{low} or more" if unbounded else f"between {low} and {top}"
            raise argparse.ArgumentTypeError(
                f"must be {bounds}{' ' + unit if unit else ''}, got {value}"
            )
        return value

    return parse


def print_json(data: Any) -> None:
    """The one JSON format of every `--json`: objects with keys, UTF-8 as is, indented."""
    print(json.dumps(data, ensure_ascii=False, indent=2))


def say(message: str) -> None:
    print(message, file=sys.stderr)


# Characters a terminal acts on rather than shows: C0 and C1 controls (ESC starts a CSI or
# OSC sequence that can retitle the window, hide text or write to the clipboard), DEL, line
# and paragraph separators, and the bidirectional controls that reorder what is displayed
# (CVE-2021-42574, "Trojan Source").
_UNSAFE = re.compile(
    f"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}\ufff9-\ufffb\ud800-\udfff]"
)
_UNSAFE_IN_TEXT = re.compile(
    f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}\ufff9-\ufffb\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: str | None) -> str:
    """One line from a mail (an address, a subject, a MIME type, a file name) with every
    control character written as an escape (`\\x1b`), so it cannot act on the terminal."""
    return _UNSAFE.sub(_escape, text or "")


def safe_text(text: str | None) -> str:
    """Several lines from a mail (a body): as `safe`, keeping line feeds and tabs."""
    return _UNSAFE_IN_TEXT.sub(_escape, (text or "").replace("\r\n", "\n"))


def width(text: str) -> int:
    """Columns `text` takes on a terminal: East Asian wide and full-width characters count 2,
    combining marks 0 (Unicode Standard Annex #11)."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


def fit(text: str, columns: int) -> str:
    """`text` cut (with "…") or padded with spaces to exactly `columns` terminal columns."""
    if width(text) <= columns:
        return text + " " * (columns - width(text))
    out = []
    used = 0
    for ch in text:
        w = width(ch)
        if used + w > columns - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…" + " " * (columns - 1 - used)


def open_store(settings: Settings) -> CaseStore:
    """The case store of an existing database; a runtime error when the desk never ran here,
    so that a command never creates an empty database."""
    from casework.errors import CaseworkError
    from casework.store import CaseStore, open_database

    if not settings.database_path.exists():
        raise CaseworkError(f"no database at {settings.database_path} (has the desk run yet?)")
    return CaseStore(
        open_database(settings.database_path), tag_prefix=settings.desk.case_tag_prefix
    )


def moment_at(text: str, zone: tzinfo) -> datetime:
    """An ISO-8601 moment given on the command line (`--at`), in `zone`; one without an
    offset is taken as `zone`'s. Raises ValueError, its message said to the person typing, on
    bad text, and on a year at the edge of what Python can count (the next opening or the day
    before would fall outside it)."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"not an ISO-8601 date and time: {text!r}"
            " (try 2026-12-28T18:00 or 2026-12-28T09:00:00+00:00)"
        ) from None
    if not MINYEAR < moment.year < MAXYEAR:
        raise ValueError(f"year {moment.year} is out of range ({MINYEAR + 1} to {MAXYEAR - 1})")
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)
