"""`inquiry-desk serve`: run the desk (the process itself is `inquiry_desk/serve.py`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from inquiry_desk.console import Subcommands, add_command

if TYPE_CHECKING:
    from casework.settings import Settings


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    add_command(
        commands,
        "serve",
        help="run the desk: the mail listener, the outbox workers and Slack when configured",
        description=(
            "Run the desk until SIGINT or SIGTERM. With no settings it listens for SMTP on\n"
            "127.0.0.1:2525, keeps its database under ./var/, writes outgoing mail as .eml\n"
            "files under ./var/outgoing/ and runs without Slack, saying so."
        ),
        examples=[
            "inquiry-desk serve",
            "inquiry-desk serve --config /etc/inquiry-desk/desk.toml",
        ],
        run=run,
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    ensure_own_packages()
    from inquiry_desk.serve import serve

    return serve(settings)


# The desk installs its packages under these generic top-level names (the repository's layout);
# PyPI has an unrelated `responder`. Installed into one environment, one overwrites or shadows
# the other, and the desk would fail somewhere deep. README.md, "Installed names".
OWN_PACKAGES = ("casework", "responder", "bot", "inquiry_desk")


def ensure_own_packages() -> None:
    """Every one of OWN_PACKAGES comes from the same place as this one, or a ConfigError that
    names the stranger (found without importing it)."""
    from importlib.util import find_spec
    from pathlib import Path

    from casework.errors import ConfigError

    home = Path(__file__).resolve().parent.parent
    for name in OWN_PACKAGES:
        spec = find_spec(name)
        origin = Path(spec.origin).resolve() if spec and spec.origin else None
        if origin is None or origin.parent.parent != home:
            raise ConfigError(
                name,
                f"the package {name!r} found is not the desk's ({origin or 'not found'}; the"
                f" desk's packages are in {home}): install the desk in a virtualenv of its own",
            )
