"""The language of the desk's own mail to a customer (casework.language): the letters of each
script are counted with patterns; every character counts exactly as the per-character rule
below counts it, so the choice of language is the rule's."""

from __future__ import annotations

import sys
import unicodedata

from casework.language import _counts, reply_language


def script_by_rule(char: str) -> str | None:
    """The rule, one character at a time: Japanese by code block, letter or not; an ASCII
    letter is English; any other letter is of another script."""
    if "\u3040" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff" or "\uff66" <= char <= "\uff9f":
        return "ja"
    if char.isascii() and char.isalpha():
        return "en"
    if char.isalpha() and unicodedata.category(char).startswith("L"):
        return "other"
    return None


def test_every_character_counts_as_the_rule_counts_it() -> None:
    # The counts of a text are the sums of its characters' counts, so agreeing on every
    # code point is agreeing on every text.
    places = {"ja": 0, "en": 1, "other": 2}
    wrong = []
    for point in range(sys.maxunicode + 1):
        if 0xD800 <= point <= 0xDFFF:
            continue  # surrogates are not characters of any text
        char = chr(point)
        expected = [0, 0, 0]
        script = script_by_rule(char)
        if script is not None:
            expected[places[script]] = 1
        if list(_counts(char)) != expected:
            wrong.append(f"U+{point:04X}")
    assert wrong == []


def test_the_choice_of_language() -> None:
    assert reply_language("個人情報の開示を請求したいです。よろしくお願いします。") == "ja"
    assert reply_language("I would like to know what personal data you hold about me.") == "en"
    # A Japanese mail with an English signature is still Japanese (Japanese weighs three).
    signed = "開示請求の方法を教えてください。よろしくお願いします。\nTaro Yamada"
    assert reply_language(signed) == "ja"
    assert reply_language("Hello") == "both"  # too little to tell
    assert reply_language("Bonjour, je voudrais savoir où sont mes données, merci.") == "en"
    assert reply_language("Здравствуйте, пожалуйста, удалите мои данные") == "both"
    # Full-width letters are read after NFKC, as the ASCII letters they are.
    assert reply_language("Ｐｌｅａｓｅ ｄｅｌｅｔｅ ｍｙ ｄａｔａ ｎｏｗ") == "en"
