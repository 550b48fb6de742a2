"""The policy FAQ (faq.yaml): loading and validation.

A broken file stops start-up with an error naming the entry and the field, never a
desk that answers from half a FAQ.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from casework.errors import ConfigError, FaqFileInvalid
from casework.resources import shipped

SECTIONS: tuple[str, ...] = (
    "collection",
    "purpose",
    "third-party",
    "joint-use",
    "disclosure",
    "correction",
    "suspension",
    "contact",
    "changes",
    "hours",
)
LANGUAGES = ("ja", "en")


@dataclass(frozen=True)
class FaqEntry:
    id: str
    section: str
    clause: str
    questions: Mapping[str, tuple[str, ...]]
    answer: Mapping[str, str]

    def answer_in(self, lang: str) -> str:
        return self.answer.get(lang) or self.answer["en"]

    def question_in(self, lang: str) -> str:
        return (self.questions.get(lang) or self.questions["en"])[0]


@dataclass(frozen=True)
class Faq:
    entries: tuple[FaqEntry, ...]

    def get(self, entry_id: str) -> FaqEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def titles(self, lang: str) -> dict[str, str]:
        return {e.id: e.question_in(lang) for e in self.entries}


def default_faq_path() -> Path:
    return shipped("faq.yaml")


def load_faq(path: Path) -> Faq:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise FaqFileInvalid(f"{path}: cannot read the FAQ ({reason})") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        # PyYAML's message spans lines (with a caret under the column): one line, as every
        # error the command prints.
        raise FaqFileInvalid(f"{path}: not valid YAML ({' '.join(str(exc).split())})") from exc
    return parse_faq(data, str(path))


def load_configured_faq(configured: Path | None) -> Faq:
    """The FAQ `desk.faq_path` names (None: the shipped one). A file that cannot be read or
    does not validate is the setting's fault: a ConfigError naming the key."""
    if configured is None:
        return load_faq(default_faq_path())
    try:
        return load_faq(configured)
    except FaqFileInvalid as exc:
        raise ConfigError("desk.faq_path", str(exc)) from None


def parse_faq(data: object, source: str) -> Faq:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise FaqFileInvalid(f"{source}: the top level must be a mapping with a list `entries`")
    entries: list[FaqEntry] = []
    seen: set[str] = set()
    for index, raw in enumerate(data["entries"]):
        entry = _entry(raw, f"{source}: entry {index + 1}")
        if entry.id in seen:
            raise FaqFileInvalid(f"{source}: entry {entry.id!r}: duplicate id")
        seen.add(entry.id)
        entries.append(entry)
    if not entries:
        raise FaqFileInvalid(f"{source}: no entries")
    return Faq(tuple(entries))


def _entry(raw: Any, where: str) -> FaqEntry:
    if not isinstance(raw, dict):
        raise FaqFileInvalid(f"{where}: must be a mapping")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not entry_id.strip():
        raise FaqFileInvalid(f"{where}: field `id`: must be a non-empty string")
    where = f"{where.rsplit(':', 1)[0]}: entry {entry_id!r}"
    unknown = set(raw) - {"id", "section", "clause", "questions", "answer"}
    if unknown:
        raise FaqFileInvalid(f"{where}: field `{sorted(unknown)[0]}`: unknown field")
    section = raw.get("section")
    if section not in SECTIONS:
        raise FaqFileInvalid(f"{where}: field `section`: {section!r} is not one of {SECTIONS}")
    clause = raw.get("clause")
    if not isinstance(clause, str) or not clause.strip():
        raise FaqFileInvalid(f"{where}: field `clause`: must name the policy clause")
    return FaqEntry(
        id=entry_id,
        section=section,
        clause=clause.strip(),
        questions=_questions(raw.get("questions"), where),
        answer=_answers(raw.get("answer"), where),
    )


def _questions(raw: Any, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise FaqFileInvalid(f"{where}: field `questions`: must map ja and en to lists")
    found: dict[str, tuple[str, ...]] = {}
    for lang in LANGUAGES:
        items = raw.get(lang)
        if not isinstance(items, list) or not items:
            raise FaqFileInvalid(f"{where}: field `questions.{lang}`: must be a non-empty list")
        for i, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                raise FaqFileInvalid(f"{where}: field `questions.{lang}[{i}]`: must be text")
        found[lang] = tuple(item.strip() for item in items)
    return found


def _answers(raw: Any, where: str) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise FaqFileInvalid(f"{where}: field `answer`: must map ja and en to text")
    for lang in LANGUAGES:
        if not isinstance(raw.get(lang), str) or not raw[lang].strip():
            raise FaqFileInvalid(f"{where}: field `answer.{lang}`: must be non-empty text")
    return {lang: " ".join(raw[lang].split()) if lang == "en" else "".join(raw[lang].split())
            for lang in LANGUAGES}  # fmt: skip
