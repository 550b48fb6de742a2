"""`inquiry-desk completion bash`: a bash completion script for the command, written from the
command's own parser, so it knows every command, action and option there is."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from inquiry_desk.console import Subcommands, add_command

if TYPE_CHECKING:
    from casework.settings import Settings

PROG = "inquiry-desk"

_SCRIPT = """\
# bash completion for inquiry-desk (made by `inquiry-desk completion bash`)
declare -gA _inquiry_desk_words=(
{table}
)
_inquiry_desk() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" path="{prog}" i key
    if [[ "${{COMP_WORDS[COMP_CWORD-1]}}" == --config ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
        return
    fi
    for ((i = 1; i < COMP_CWORD; i++)); do
        key="$path ${{COMP_WORDS[i]}}"
        [[ -n "${{_inquiry_desk_words[$key]+set}}" ]] && path="$key"
    done
    COMPREPLY=($(compgen -W "${{_inquiry_desk_words[$path]}}" -- "$cur"))
}}
complete -o default -F _inquiry_desk {prog}
"""


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    parser = add_command(
        commands,
        "completion",
        help="print a shell completion script (bash; zsh with bashcompinit)",
        description=(
            "Print a bash completion script for inquiry-desk: commands, actions and options.\n"
            "Load it in the current shell, or install it for every session."
        ),
        examples=[
            "source <(inquiry-desk completion bash)",
            "inquiry-desk completion bash > /etc/bash_completion.d/inquiry-desk",
        ],
        run=run,
    )
    parser.add_argument("shell", choices=("bash",), help="the shell (bash)")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from inquiry_desk.cli import build_parser

    print(bash_script(build_parser()), end="")
    return 0


def _words(parser: argparse.ArgumentParser, path: str) -> dict[str, list[str]]:
    """Every command path (`inquiry-desk outbox retry`) and the words that may follow it."""
    words: list[str] = []
    table: dict[str, list[str]] = {path: words}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                words.append(name)
                table.update(_words(sub, f"{path} {name}"))
        else:
            words += [o for o in action.option_strings if o.startswith("--")]
    return table


def bash_script(parser: argparse.ArgumentParser) -> str:
    table = "\n".join(
        f'    ["{path}"]="{" ".join(words)}"' for path, words in _words(parser, PROG).items()
    )
    return _SCRIPT.format(table=table, prog=PROG)
