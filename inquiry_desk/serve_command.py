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
    from inquiry_desk.serve import serve

    return serve(settings)
