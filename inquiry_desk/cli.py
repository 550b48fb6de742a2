"""The `inquiry-desk` command: the one entry point, which reads settings and runs a subcommand.

Each subcommand is a module `inquiry_desk/<name>_command.py` with `register(commands)`
(see `inquiry_desk/console.py`); adding one is one line in `COMMANDS`.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import inquiry_desk

# The subcommands, in the order `--help` lists them: one module each.
COMMANDS = (
    "inquiry_desk.serve_command",
    "inquiry_desk.ask_command",
    "inquiry_desk.hours_command",
    "inquiry_desk.cases_command",
    "inquiry_desk.search_command",
    "inquiry_desk.report_command",
    "inquiry_desk.outbox_command",
    "inquiry_desk.preview_command",
    "inquiry_desk.completion_command",
    "inquiry_desk.privacy_command",
)

CONFIG_VARIABLE = "INQUIRY_DESK_CONFIG"

_DESCRIPTION = """\
The customer inquiry desk of Planet Management Co., Ltd.: `serve` runs it; the other
commands look at its cases and outbox, the policy FAQ and the business hours."""

_EPILOG = f"""\
examples:
  inquiry-desk serve
  inquiry-desk --config /etc/inquiry-desk/desk.toml cases --status open
  inquiry-desk ask "個人情報の開示をお願いしたい"
  inquiry-desk COMMAND --help

Settings come from --config PATH (before or after the command name), else from the file
named by ${CONFIG_VARIABLE}, else the built-in defaults. Exit status: 0 done, 1 runtime
error, 2 usage or configuration error. More: README.md, sections Commands and Settings."""


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from casework.errors import CaseworkError, ConfigError
    from casework.settings import load_settings

    try:
        settings = load_settings(_config_path(args.config), os.environ)
        return int(args.run(args, settings))
    except ConfigError as exc:
        print(f"inquiry-desk: configuration error: {exc}", file=sys.stderr)
        return 2
    except CaseworkError as exc:
        print(f"inquiry-desk: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`inquiry-desk cases | head -1`): nothing more to say, and
        # nothing may be flushed to the closed pipe at exit (Python docs, "Note on SIGPIPE").
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print("inquiry-desk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a runtime fault: one line, no traceback (the contract)
        detail = str(exc).splitlines()[0] if str(exc) else ""
        print(f"inquiry-desk: {type(exc).__name__}: {detail}".rstrip(": "), file=sys.stderr)
        return 1


def _config_path(given: Path | None) -> Path | None:
    if given is not None:
        return given
    named = os.environ.get(CONFIG_VARIABLE, "").strip()
    return Path(named) if named else None


class _Version(argparse.Action):
    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        print(f"inquiry-desk {inquiry_desk.__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inquiry-desk",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_Version)
    parser.add_argument(
        "--config",
        type=Path,
        metavar="PATH",
        default=None,
        help=f"TOML settings file (default: ${CONFIG_VARIABLE}, else built-in defaults)",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND", title="commands")
    for name in COMMANDS:
        importlib.import_module(name).register(commands)
    _config_everywhere(parser)
    return parser


def _config_everywhere(parser: argparse.ArgumentParser) -> None:
    """`--config` also after the command name, at every level (`privacy export … --config`).
    SUPPRESS keeps a subcommand from overwriting a `--config` given before its name."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in {id(p): p for p in action.choices.values()}.values():
                if not any("--config" in a.option_strings for a in sub._actions):
                    sub.add_argument(
                        "--config",
                        type=Path,
                        metavar="PATH",
                        default=argparse.SUPPRESS,
                        help=f"TOML settings file (default: ${CONFIG_VARIABLE})",
                    )
                _config_everywhere(sub)


if __name__ == "__main__":
    raise SystemExit(main())
