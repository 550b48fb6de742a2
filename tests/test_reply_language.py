"""The language of the desk's own mail to a customer (casework.language): the letters of each
script are counted with patterns; every character counts exactly as the per-character rule
below counts it, so the choice of language is the rule's."""

from __future__ import annotations

import sys
import unicodedata

from running_desk import make_mail

from casework.language import _counts, acknowledgement_language, reply_language
from casework.mail import parse_message
from casework.reading import read_mail


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


# --- the acknowledgement's language, decided on whole mails -----------------------------------

# A Japanese business signature block; the closing formula above it is what the writer's
# mailer adds to every mail, whatever language the mail is in.
SIGNATURE_JA = (
    "よろしくお願いいたします。\n山田太郎\n株式会社やまだ商事 総務部\n"
    "〒150-0002 東京都渋谷区渋谷2-15-1\nTEL: 03-1234-5678"
)


def acknowledged_in(subject: str, body: str) -> str:
    """The acknowledgement's language for a mail, read as the intake reads it."""
    mail = parse_message(make_mail(subject=subject, body=body.replace("\n", "\r\n")))
    return acknowledgement_language(read_mail(f"{mail.subject}\n{mail.body}"), mail)


def test_an_english_mail_with_a_japanese_signature_block_is_answered_in_english() -> None:
    body = f"Hi,\nPlease delete my account and data.\n\n{SIGNATURE_JA}"
    assert acknowledged_in("Data deletion", body) == "en"


def test_a_japanese_mail_with_an_english_disclaimer_and_footer_is_answered_in_japanese() -> None:
    body = (
        "削除してください。\n\n"
        "This e-mail is confidential. If you are not the intended recipient, please delete it.\n"
        "\nSent from my iPhone"
    )
    assert acknowledged_in("Inquiry about personal information", body) == "ja"


def test_a_mail_that_asks_in_both_languages_is_answered_in_both() -> None:
    body = (
        "開示請求の手続きを教えてください。\n"
        f"Could you please tell me how to request disclosure of my data?\n\n{SIGNATURE_JA}"
    )
    assert acknowledged_in("個人情報の開示請求について", body) == "both"


def test_a_one_word_mail_is_answered_in_both() -> None:
    # Neither the word nor the subject added to it is enough to tell; the signature does
    # not count.
    assert acknowledged_in("Hi", f"Help?\n\n{SIGNATURE_JA}") == "both"


def test_an_english_reply_above_a_quoted_japanese_mail_is_answered_in_english() -> None:
    body = (
        "Thank you. Could you also tell me how long it takes to get my data?\n\n"
        "On Sat, 28 Nov 2026 at 10:00, 山田 <yamada@example.jp> wrote:\n"
        "> お世話になっております。\n> 開示請求の書類を送付いたしました。\n"
        "> ご確認のほどよろしくお願いいたします。\n> 山田 太郎\n"
    )
    assert acknowledged_in("Re: 個人情報の開示について", body) == "en"


def test_a_mail_in_which_nothing_asks_is_counted_whole() -> None:
    # Formulas only: no asking text, so the whole body without quotes decides, as before.
    raw = make_mail(subject="", body="お世話になっております。\r\nよろしくお願いいたします。")
    mail = parse_message(raw)
    reading = read_mail(f"{mail.subject}\n{mail.body}")
    assert reading.text == ""
    assert acknowledgement_language(reading, mail) == "ja"
