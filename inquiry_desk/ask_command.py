"""`inquiry-desk ask TEXT [--lang ja|en] [--json]`: the FAQ matcher from the command line,
as `/policy` uses it in Slack (DESIGN.md gives the JSON contract)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from casework.faq import load_faq
from casework.matching import FaqMatcher


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="+", help="the question, as a customer would write it")
    parser.add_argument("--lang", choices=("ja", "en"), help="the language (default: detected)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--limit", type=int, default=3, help="how many matches to show")


def run(args: argparse.Namespace, faq_path: Path) -> int:
    matcher = FaqMatcher(load_faq(faq_path))
    result = matcher.match(" ".join(args.text), lang=args.lang, limit=args.limit)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
        return 0
    if result.answered:
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
