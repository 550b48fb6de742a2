"""The text fold the reader and the matcher share (casework.reading.nfkc)."""

from __future__ import annotations

import sys

from casework import reading


def test_no_character_folds_into_one_the_fold_would_change() -> None:
    # The fold's table runs before NFKC: a character that NFKC turns into one the table folds
    # (the Kangxi radical ⿑ into 齊) would escape it, and a name written with it would not
    # read as the same name.
    folded = {chr(code) for code in reading._FOLDS}
    escaped = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF and not folded.isdisjoint(reading.nfkc(chr(code)))
    ]
    assert escaped == []


def test_a_radical_or_a_compatibility_ideograph_reads_as_the_common_form() -> None:
    assert reading.nfkc("\u2fd1藤 \uf907 \U0002f945子") == "斉藤 亀 真子"
