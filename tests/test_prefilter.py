"""The prefilter in front of the off-topic searches gives the pattern's own answer, always."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from casework import noise, offtopic
from casework.prefilter import Prefiltered, alternatives_of, fold, pieces_of
from casework.reading import nfkc

DATA = Path(__file__).resolve().parent.parent / "bench" / "data"


def labelled_texts() -> list[str]:
    """Inquiries and off-topic mail of the train and dev parts (never the test parts)."""
    texts = []
    for name in ("corpus-train.jsonl", "corpus-dev.jsonl", "offtopic-train.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def span(found: re.Match[str] | None) -> tuple[int, int, str] | None:
    return None if found is None else (found.start(), found.end(), found.group(0))


@pytest.mark.parametrize(
    "pattern", [offtopic._MARKERS, offtopic._OFFERING, offtopic._OWN_DATA, noise._GREETINGS]
)
def test_same_answer_as_the_pattern_on_every_labelled_text(pattern: re.Pattern[str]) -> None:
    scan = Prefiltered(pattern)
    assert scan.pieces is not None  # every alternative has a fixed piece: the filter works
    texts = labelled_texts()
    assert len(texts) > 300
    skipped = 0
    for text in texts:
        text = nfkc(text)
        assert span(scan.search(text)) == span(pattern.search(text)), text
        skipped += not scan.possible(text)
    # The filter decides something: some texts never reach the search, some do.
    assert 0 < skipped < len(texts)


def test_greetings_stripped_as_the_pattern_strips_them_from_every_line() -> None:
    # The matcher strips greetings from each sentence and from the whole text.
    pieces = [p for text in labelled_texts() for p in (text, *text.splitlines())]
    changed = 0
    for piece in pieces:
        expected = noise._GREETINGS.sub(" ", piece)
        assert noise.strip_greetings(piece) == expected, piece
        changed += expected != piece
    assert 0 < changed < len(pieces)


def test_pieces_follow_the_parsed_pattern() -> None:
    pattern = re.compile(
        r"\bleads?\b|\d{2,4}号室|休業(のお知らせ|いたします)|(?:ab)+c?|\bPayment (is|was)", re.I
    )
    assert pieces_of(pattern) == {"lead", "号室", "のお知らせ", "いたします", "ab", "payment "}


def test_an_alternative_without_a_fixed_piece_is_searched_every_time() -> None:
    pattern = re.compile(r"invoice|\d+円|[a-z]{3}\d", re.I)
    scan = Prefiltered(pattern)
    assert not scan.possible("nothing of the kind")
    for text in ("abc1 here", "500円", "INVOICE", "no"):
        assert span(scan.search(text)) == span(pattern.search(text)), text
    assert scan.possible("abc1 here")


def test_top_level_alternatives_are_split_where_the_pattern_splits() -> None:
    pattern = re.compile(r"a[|]b|c\|d|(e|f)g|[]|]h|[^]|]i")
    assert alternatives_of(pattern) == ["a[|]b", r"c\|d", "(e|f)g", "[]|]h", "[^]|]i"]
    # A back-reference numbers groups across alternatives: the pattern is searched whole.
    assert alternatives_of(re.compile(r"(a)\1|b")) == [r"(a)\1|b"]
    scan = Prefiltered(re.compile(r"(a)\1|b"))
    assert scan.possible("xaax") and scan.possible("b") and not scan.possible("ax")


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("invoice", "İNVOICE attached"),  # U+0130: lower() adds a combining dot, re does not
        ("invoice", "ınvoice"),  # dotless i matches i under IGNORECASE
        ("seminar", "ſeminar"),  # long s matches s
        ("οδος", "ΟΔΟΣ"),  # final sigma
        ("σοφος", "ςοφος"),
        ("kelvin", "\u212aelvin"),  # the Kelvin sign matches k
        ("Pマーク", "pマーク取得"),
    ],
)
def test_letters_that_match_under_ignorecase_are_found(pattern: str, text: str) -> None:
    compiled = re.compile(pattern, re.I)
    assert compiled.search(text) is not None  # the premise: re matches these
    scan = Prefiltered(compiled)
    assert scan.possible(text)
    assert span(scan.search(text)) == span(compiled.search(text))


def test_fold_keeps_cjk_and_lowers_latin() -> None:
    assert (
        fold("個人情報 Invoice ΣΑΣ") == "個人情報 invoice ςας"
    )  # σ and ς: one class, its smallest
