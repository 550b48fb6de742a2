"""Staff replies that read like a letter: saved replies and the greeting and signature around
every reply, from the jinja2 templates in `templates/replies/` (docs/saved-replies.md).

`_letter.<lang>.txt.j2` is the frame (greeting, `body`, signature) in the customer's language;
every other `<name>.<lang>.txt.j2` is a saved reply, titled by a first-line comment
`{#- title: … -#}`. Templates see `customer_name`, `case_tag` and `staff_name`. The values are
passed as variables, never spliced into a template's source, so a customer whose name is
`{{ 7*7 }}` is greeted by that name and nothing in it runs. StrictUndefined makes a misspelt
variable an error staff see at once rather than a blank in a customer's mail; autoescape is off
because the result is plain text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import jinja2

from casework.errors import CaseworkError
from casework.resources import shipped

FRAME = "_letter"
_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_TITLE = re.compile(r"\{#-?\s*title:\s*(.+?)\s*-?#\}")
NAME_MAX = 100  # characters of a customer's display name used in a greeting


def plain_text_environment(directory: Path) -> jinja2.Environment:
    """The jinja2 environment for the plain-text mail templates in `directory`: the
    acknowledgement's and the staff replies'. Build it once and pass it in: building one (and
    compiling its templates again) costs far more than rendering (docs/benchmarks.md)."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(directory),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain text mail, not HTML
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates are read at start; no stat of the file per mail
    )


class LetterError(CaseworkError):
    """A reply template is missing or does not render."""


@dataclass(frozen=True)
class LetterContext:
    """What a reply template may use."""

    customer_name: str
    case_tag: str
    staff_name: str

    def variables(self) -> dict[str, str]:
        return {
            "customer_name": _one_line(self.customer_name, NAME_MAX),
            "case_tag": self.case_tag,
            "staff_name": _one_line(self.staff_name, NAME_MAX),
        }


@dataclass(frozen=True)
class SavedReply:
    name: str
    title: str


def letter_language(case_language: str) -> str:
    """The language a reply is written in: Japanese for a Japanese case, else English."""
    return "ja" if case_language == "ja" else "en"


class Letters:
    """The reply templates of one folder (`<templates_dir>/replies`), loaded once."""

    def __init__(self, replies_dir: Path) -> None:
        self.dir = replies_dir
        self.env = plain_text_environment(replies_dir)

    def saved(self, lang: str) -> list[SavedReply]:
        """The saved replies in `lang`, by name."""
        found = []
        for path in sorted(self.dir.glob(f"*.{lang}.txt.j2")):
            name = path.name.removesuffix(f".{lang}.txt.j2")
            if not _NAME.fullmatch(name):
                continue  # the frame (`_letter`) and anything oddly named
            head = path.read_text(encoding="utf-8").split("\n", 1)[0]
            title = _TITLE.match(head)
            found.append(SavedReply(name, title.group(1) if title else name))
        return found

    def saved_text(self, name: str, lang: str, context: LetterContext) -> str:
        """The text of saved reply `name` in `lang`, for the letter's body."""
        if not _NAME.fullmatch(name):
            raise LetterError(f"no saved reply named {name!r}")
        return self._render(f"{name}.{lang}.txt.j2", context.variables()).strip("\n")

    def letter(self, lang: str, body: str, context: LetterContext) -> str:
        """`body` with the greeting and the signature of `lang` around it."""
        text = self._render(f"{FRAME}.{lang}.txt.j2", {**context.variables(), "body": body})
        return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"

    def _render(self, template: str, variables: dict[str, str]) -> str:
        try:
            return self.env.get_template(template).render(variables).replace("\r\n", "\n")
        except jinja2.TemplateError as exc:
            raise LetterError(f"templates/replies/{template}: {exc}") from exc


def _one_line(text: str, limit: int) -> str:
    """A name fit for a greeting line: no control or format characters, spaces collapsed."""
    kept = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    return " ".join(kept.split())[:limit]


def replies_dir(templates_dir: Path | None) -> Path:
    """`<templates_dir>/replies` when the configured folder has one, else the shipped one."""
    if templates_dir is not None and (templates_dir / "replies").is_dir():
        return templates_dir / "replies"
    return shipped("templates") / "replies"
