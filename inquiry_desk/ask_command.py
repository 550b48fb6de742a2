"""`inquiry-desk ask TEXT [--lang ja|en] [--json]`: the FAQ matcher from the command line,
as `/policy` uses it in Slack; `--json` prints the contract
`{"lang", "answered", "matches": [{"id", "section", "score", "question", "answer"}]}`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from inquiry_desk.console import Subcommands, add_command, print_json, whole_number

if TYPE_CHECKING:
    from casework.settings import Settings

MAX_LIMIT = 20


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    parser = add_command(
        commands,
        "ask",
        help="match a question against the policy FAQ, as /policy does in Slack",
        examples=[
            'inquiry-desk ask "個人情報の開示をお願いしたいのですが"',
            'inquiry-desk ask --lang en --limit 5 "how do I delete my data"',
            'inquiry-desk ask --json "営業時間は？"',
        ],
        run=_run,
    )
    add_arguments(parser)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="+", help="the question, as a customer would write it")
    parser.add_argument("--lang", choices=("ja", "en"), help="the language (default: detected)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--limit",
        type=whole_number(1, MAX_LIMIT),
        default=3,
        metavar="N",
        help=f"how many matches to show, 1 to {MAX_LIMIT} (default 3)",
    )


def _run(args: argparse.Namespace, settings: Settings) -> int:
    return run(args, settings.desk.faq_path)


def run(args: argparse.Namespace, faq_path: Path | None) -> int:
    """`faq_path`: `desk.faq_path` (None: the shipped FAQ)."""
    question = " ".join(args.text).strip()
    if not question:
        print(
            "inquiry-desk ask: the question is empty (try: inquiry-desk ask --help)",
            file=sys.stderr,
        )
        return 2
    from casework.faq import load_configured_faq
    from casework.matching import FaqMatcher

    matcher = FaqMatcher(load_configured_faq(faq_path))
    result = matcher.match(question, lang=args.lang, limit=args.limit)
    if args.json:
        print_json(result.to_json())
        return 0
    if result.answered and result.matches:
        best = result.matches[0]
        print(f"[{best.section}] {best.question}  (score {best.score:.2f}, {best.id})\n")
        print(best.answer)
        others = result.matches[1:]
    else:
        print("No confident answer in the policy FAQ. / ポリシーFAQに確かな回答はありません。")
        others = result.matches
    if others:
        print("\nnearest entries:" if not result.answered else "\nalso close:")
        for m in others:
            print(f"  [{m.section}] {m.question}  (score {m.score:.2f}, {m.id})")
    return 0
