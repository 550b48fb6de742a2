"""The triage process's shortcuts give the answers of the work they save, always.

Reading a mail is done once per distinct piece: a sentence a mail repeats is judged and
scored once, a header section read by two rules is parsed once, an address header read by two
readers is parsed once, and a paragraph joined from wrapped lines is read at its end. Each
test compares the shortcut with the plain computation on the labelled texts of the train and
dev parts of bench/data (never the test parts) and on mails built from them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

import pytest

from casework import mail, mailpolicy, reading
from casework.faq import default_faq_path, load_faq
from casework.matching import FaqMatcher

DATA = Path(__file__).resolve().parent.parent / "bench" / "data"
MAILS = Path(__file__).resolve().parent / "data"
MATCHER = FaqMatcher(load_faq(default_faq_path()))


def labelled_texts() -> list[str]:
    texts = []
    for name in ("corpus-train", "corpus-dev", "mailshapes-train", "offtopic-train"):
        for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def as_mail(n: int, text: str, sender: str = "Person {n} <p{n}@example.com>") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender.format(n=n)
    msg["To"] = "info@planetmgmt.biz"
    msg["Reply-To"] = f"reply{n}@example.org"
    msg["Subject"] = text.split("\n")[0][:60]
    msg["Message-ID"] = f"<m{n}@example.com>"
    msg.set_content(text)
    return msg.as_bytes()


# --- joining wrapped lines: the end of a growing paragraph read from its tail ------------------

_LINE_END = re.compile(r"[。．.!！?？:：]$")
_LATIN_END = re.compile(r"[A-Za-z0-9,]$")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def join_wrapped_plainly(text: str) -> str:
    """`reading.join_wrapped` as first written: every test on the whole joined line."""
    out: list[str] = []
    for line in text.split("\n"):
        if (
            out
            and out[-1].strip()
            and line.strip()
            and (
                reading._continues(out[-1].rstrip(), line)
                or _width(out[-1].strip()) >= reading.WRAP_WIDTH
                # A Japanese paragraph wrapped at a narrow width (docs/mail-reading.md, step 5).
                or reading._narrow_wrap(out[-1].strip(), line.strip())
            )
            and not _LINE_END.search(out[-1].rstrip())
            and not reading._LIST_ITEM.match(line)
            and not reading._LABEL.match(line.strip())
        ):
            sep = " " if _LATIN_END.search(out[-1].rstrip()) else ""
            out[-1] = out[-1].rstrip() + sep + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def test_the_end_of_line_patterns_are_the_ones_the_plain_join_reads() -> None:
    # The reference above copies them; if the reader's patterns change, so must it.
    assert reading._LINE_END.pattern == _LINE_END.pattern
    assert reading._LATIN_END.pattern == _LATIN_END.pattern
    assert reading._ENDS_ON_WORD.pattern == _LATIN_END.pattern


def test_wrapped_lines_are_joined_as_the_plain_join_joins_them() -> None:
    texts = labelled_texts()
    # Long wrapped paragraphs in both scripts, with ends and list items among them.
    texts += [
        "\n".join(["個人情報の利用目的について教えていただきたいのですが、よろしいですか"] * 30),
        "\n".join(["Could you tell me how my personal information is used? Could you tell"] * 30),
        "\n".join(["a" * 39, "b" * 40, "c" * 80 + ".", "1. item", "d" * 45 + " ", "  e  "] * 10),
        "\n".join(["全角の文字で四十桁を越える行：" * 3, "続き", "また続き。", "次の行"] * 8),
        "\n".join(["Did you give my email address to", "an advertiser, or", " to", "X"] * 12),
        "\n".join(["short line ", "  continued here", "and again,", "then more"] * 12),
    ]
    joined = 0
    for text in texts:
        expected = join_wrapped_plainly(text)
        assert reading.join_wrapped(text) == expected, text
        joined += expected != text
    assert joined > 10


# --- the matcher: each distinct sentence and unit once -----------------------------------------


class Counting(FaqMatcher):
    """The desk's matcher, counting the units it scores, and cutting every unit's features
    itself instead of taking the ones its sentence was cut into."""

    def __init__(self) -> None:
        super().__init__(MATCHER.faq, MATCHER.offtopic)
        self.scored: list[str] = []

    def _score_text(self, cleaned, lang, index, found=None):  # type: ignore[no-untyped-def]
        self.scored.append(cleaned)
        return super()._score_text(cleaned, lang, index)


def test_each_distinct_unit_is_scored_once_with_the_same_answer() -> None:
    counting = Counting()
    repeated = 0
    for text in labelled_texts():
        counting.scored.clear()
        assert counting.match(text) == MATCHER.match(text), text
        assert len(counting.scored) == len(set(counting.scored))
        # The same text said three times over asks the same and gets the same answer.
        thrice = "\n".join([text] * 3)
        counting.scored.clear()
        assert counting.match(thrice) == MATCHER.match(thrice), thrice
        assert len(counting.scored) == len(set(counting.scored))
        repeated += "\n" in text
    assert repeated > 50


# --- header sections and address headers: parsed once ------------------------------------------


def header_sections() -> list[bytes]:
    raws = [as_mail(n, text) for n, text in enumerate(labelled_texts()[::7])]
    raws += [p.read_bytes() for p in sorted(MAILS.glob("*.eml"))]
    return [mail.header_section(raw, 102400).head for raw in raws]


def test_header_fields_are_what_the_header_parser_reads() -> None:
    sections = header_sections()
    assert len(sections) > 50
    for head in sections:
        message = BytesHeaderParser(policy=compat32).parsebytes(head)
        fields = mail.header_fields(head)
        assert fields.fields == tuple((str(n), str(v)) for n, v in message.raw_items())
        assert [type(d) for d in fields.defects] == [type(d) for d in message.defects]
        # Read again (the second rule, the person index): the same reading, not parsed again.
        assert mail.header_fields(bytes(head)) is fields


@pytest.mark.parametrize(
    "value",
    [
        "Kenta Ono <kenta@example.jp>",
        '"Ono, Kenta" <kenta@example.jp>, hanako@example.jp',
        "undisclosed-recipients:;",
        "no address here",
        "a@b.c (comment) <d@e.f>",
        "=?utf-8?b?5bGx55Sw?= <yamada@example.jp>",
        "<>",
        "",
    ],
)
def test_address_headers_are_what_the_header_factory_reads(value: str) -> None:
    header = mailpolicy.DEFAULT.header_factory("from", value)
    parsed = mailpolicy.parse_addresses(value)
    assert parsed.addresses == tuple(header.addresses)
    assert [type(d) for d in parsed.defects] == [type(d) for d in header.defects]
    assert mailpolicy.parse_addresses(str(value)) is parsed


def test_an_address_header_the_parser_refuses_still_raises_each_time() -> None:
    # "From: . <a@b.c>" raises AttributeError in 3.11's parser; each reader catches it.
    with pytest.raises(AttributeError):
        mailpolicy.DEFAULT.header_factory("from", ". <a@b.c>")
    for _ in range(2):
        with pytest.raises(AttributeError):
            mailpolicy.parse_addresses(". <a@b.c>")


# --- Japanese formulas: searched only where their pieces are ------------------------------------


def span(found: re.Match[str] | None) -> tuple[int, int, str] | None:
    return None if found is None else (found.start(), found.end(), found.group(0))


def test_japanese_formulas_are_found_as_the_pattern_finds_them() -> None:
    # What is_formula searches: each sentence of the labelled texts, as it reads them.
    read = [
        reading.nfkc(s).strip().rstrip("。.!?、,~ ")
        for text in labelled_texts()
        for s in reading.sentences(text)
    ]
    assert len(read) > 1000
    skipped = 0
    for s in read:
        assert span(reading._FORMULA_JA_SCAN.search(s)) == span(reading._FORMULA_JA.search(s)), s
        skipped += not reading._FORMULA_JA_SCAN.possible(s)
    assert 0 < skipped < len(read)
