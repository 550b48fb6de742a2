# ruff: noqa: E501  (whole mails, written as mailers write them, are test data)
"""Reading a mail as a mail: quotes, signatures, formulas, language; `ask` reads as intake does."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from casework.autoreply import AutoReplyPolicy
from casework.calendar import BusinessCalendar, calendar_config_from_mapping
from casework.faq import default_faq_path, load_faq
from casework.matching import FaqMatcher
from casework.reading import (
    MAX_CHARS,
    detect_language,
    new_text,
    read_mail,
    subject_and_body,
)
from casework.store import Received
from inquiry_desk import ask_command
from responder.intake import triage_mail

MATCHER = FaqMatcher(load_faq(default_faq_path()))
JA_ASK = "登録している住所が古いので訂正をお願いしたいです。"
EN_ASK = "Could you tell me how to correct my address in your records?"

SIGNATURES = {
    "rule U+2015": "――――――――――――――――――――\n株式会社サンプル商事 総務部\n佐藤 花子（さとう はなこ）\n"
    "〒105-0000 東京都港区見本町2-3-4 例題ビル7F\nTEL：03-5555-0123　FAX：03-5555-0124\n"
    "――――――――――――――――――――",
    "heavy rule": "━━━━━━━━━━━━━━━━━━━━\n 例示システム株式会社\n 鈴木 一郎\n Tel: 03-5555-0188\n"
    " URL: https://www.reiji-sys.example.jp/\n━━━━━━━━━━━━━━━━━━━━",
    "full-width equals": "＝＝＝＝＝＝＝＝＝＝＝＝\n架空物産株式会社　営業本部　田中 真一\n"
    "ＴＥＬ：０３－５５５５－０１７１\n＝＝＝＝＝＝＝＝＝＝＝＝",
    "no rule": "株式会社サンプル商事\n総務部 佐藤\n〒105-0000 東京都港区見本町2-3-4\n"
    "TEL 03-5555-0123 FAX 03-5555-0124\nhttps://sample-shoji.example.jp",
    "rfc 3676 dashes": "-- \n佐藤 花子\nhanako@example.jp",
    "name and mobile": "佐藤 花子\n090-5555-0147",
    "surname alone": "佐藤",
    "mobile footer": "iPhoneから送信",
}


@pytest.mark.parametrize("style", sorted(SIGNATURES))
def test_japanese_signatures_are_cut(style: str) -> None:
    mail = f"お世話になっております。\n{JA_ASK}\nよろしくお願いいたします。\n\n{SIGNATURES[style]}"
    body = new_text(mail)
    assert JA_ASK in body
    assert "佐藤" not in body and "5555" not in body and "株式会社" not in body
    assert "iPhone" not in body and "鈴木" not in body and "田中" not in body


EN_SIGNATURES = {
    "block": "Best regards,\n\nJohn Miller\nHead of Procurement | Example Widgets Inc.\n"
    "+1 (212) 555-0142 | john.miller@example.com\nwww.example.com",
    "first name": "Thanks,\nJohn",
    "dashes": "-- \nJohn Miller\njohn.miller@example.com",
    "japanese signature": "Kind regards,\n――――――――――――――――――――\n株式会社サンプル商事 総務部\n"
    "佐藤 花子\n〒105-0000 東京都港区見本町2-3-4\nTEL：03-5555-0123\n――――――――――――――――――――",
    "outlook footer": "John\n\nGet Outlook for Android",
    # Valedictions of writers whose first language is not English, and other closings.
    "portuguese": "Obrigado,\nJohn",
    "spanish": "Gracias,\nJohn",
    "french": "Merci,\nJohn",
    "two closings": "With thanks,\n\nMany thanks,\nJohn Grant\nOperations Lead, Sample Apps Ltd.",
    "all the best": "All the best,\nJohn",
    # A name over a title, no phone or e-mail.
    "name and title": "John Whitfield\nSenior Consultant, Sample Talent Partners",
    "name and pipe title": "John Park | Office Coordinator\nSample Design Studio",
}


@pytest.mark.parametrize("style", sorted(EN_SIGNATURES))
def test_english_signatures_are_cut(style: str) -> None:
    mail = f"Hello,\n\n{EN_ASK}\n\n{EN_SIGNATURES[style]}"
    body = new_text(mail)
    assert EN_ASK in body
    for gone in ("John", "555", "株式会社", "Outlook"):
        assert gone not in body
    assert read_mail(mail).sentences == (EN_ASK,)


QUOTED = "個人情報の第三者提供についてお伺いしたく、ご連絡いたしました。\n共同利用の範囲を教えてください。"


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join(prefix + line for line in text.splitlines())


QUOTES = {
    "gmail ja": "2026年12月1日(火) 10:00 山田 太郎 <taro@example.jp>:\n" + quote(QUOTED),
    "gmail ja no name": "2026年12月1日(火) 10:00 <taro@example.jp>:\n" + quote(QUOTED),
    "outlook ja": "-----元のメッセージ-----\n差出人: 山田 太郎 [mailto:taro@example.jp]\n"
    "送信日時: 2026年12月1日 火曜日 10:00\n宛先: info@example.jp\n件名: Re: 問い合わせ\n\n"
    + QUOTED,
    "outlook en separator": "-----Original Message-----\nFrom: Taro Yamada [mailto:taro@example.jp]\n"
    "Sent: Tuesday, December 01, 2026 10:00 AM\nTo: info@example.jp\nSubject: RE: question\n\n"
    + QUOTED,
    "outlook block": "________________________________\nFrom: Taro Yamada <taro@example.jp>\n"
    "Sent: Tuesday, December 1, 2026 10:00 AM\nTo: info@example.jp\nSubject: RE: question\n\n"
    + QUOTED,
    "outlook ja block": "差出人: 山田 太郎 <taro@example.jp>\n送信日時: 2026年12月1日 10:00\n"
    "宛先: info@example.jp\n件名: RE: 個人情報\n\n" + QUOTED,
    "on wrote": "On Tue, Dec 1, 2026 at 10:00 AM Taro Yamada <taro@example.jp> wrote:\n"
    + quote(QUOTED),
    "on wrote wrapped": "On Tue, Dec 1, 2026 at 10:00 AM Customer Support Team, Example Widgets <\n"
    "support@example.com> wrote:\n" + quote(QUOTED),
    "apple ja": "2026/12/01 10:00、山田太郎 <taro@example.jp>のメール:\n" + quote(QUOTED),
    "thunderbird ja": "山田 太郎 さんは書きました:\n" + quote(QUOTED),
    "full-width prefix": "2026年12月1日(火) 10:00 山田 太郎 <taro@example.jp>:\n"
    + quote(QUOTED, "＞ "),
    "desk acknowledgement": "2026年12月30日(水) 14:05 株式会社プラネットマネジメント <info@planetmgmt.biz>:\n"
    "> ※このメールは、お問い合わせの受付をお知らせする自動返信です。\n"
    "> 　受付番号：[PMC-000731]\n> 個人情報の開示、訂正、利用停止のご請求は窓口でお受けしています。",
}


@pytest.mark.parametrize("shape", sorted(QUOTES))
def test_quoted_mail_is_cut_and_the_new_text_answers(shape: str) -> None:
    mail = f"お世話になっております。\n{JA_ASK}\n\n佐藤\n\n{QUOTES[shape]}"
    body = new_text(mail)
    assert JA_ASK in body
    assert "共同利用" not in body and "受付番号" not in body and "山田" not in body
    result = MATCHER.match(mail)
    assert result.matches[0].section == "correction" and result.answered, result.to_json()


def test_text_typed_under_a_quote_is_kept() -> None:
    mail = (
        "2026年12月1日(火) 10:00 株式会社プラネットマネジメント <info@planetmgmt.biz>:\n"
        "> 共同利用の範囲は当社とグループ各社です。\n\n" + JA_ASK
    )
    assert new_text(mail) == JA_ASK


def test_formulas_go_by_whole_sentences_only() -> None:
    reading = read_mail(
        "株式会社プラネットマネジメント\nご担当者様\n\nいつもお世話になっております。"
        "サンプル商事の佐藤と申します。\n私の個人データの削除をよろしくお願いいたします。\n"
        "何卒よろしくお願い申し上げます。"
    )
    assert reading.sentences == ("私の個人データの削除をよろしくお願いいたします。",)
    english = read_mail("Dear Sir or Madam,\nI hope this email finds you well.\n"
                        "Please let me know how to delete my account.\nThank you for your time.")  # fmt: skip
    assert english.sentences == ("Please let me know how to delete my account.",)


@pytest.mark.parametrize(
    ("mail", "lang"),
    [
        (f"Hello,\n\n{EN_ASK}\n\nKind regards,\n\n{SIGNATURES['rule U+2015']}", "en"),
        (f"{EN_ASK}\n\n{SIGNATURES['no rule']}", "en"),
        (f"お世話になっております。\n{JA_ASK}\n\n{EN_SIGNATURES['block']}", "ja"),
        ("Kojin jouhou no sakujo wo onegai shimasu. Yamada", "ja"),
        ("Watashi no kojin jouhou wo kaiji shite kudasai.", "ja"),
        ("Please delete my account, I no longer use it.", "en"),
    ],
)
def test_language_is_that_of_the_asking_text(mail: str, lang: str) -> None:
    assert read_mail(mail).lang == lang
    assert MATCHER.match(mail).lang == lang


def test_romaji_is_not_english() -> None:
    assert detect_language("Kojin johou no sakujo wo onegai shimasu") == "ja"
    assert detect_language("I would like to know how my data is used") == "en"


def test_the_text_read_is_bounded() -> None:
    question = JA_ASK + "\n"
    huge = question + "あ" * (MAX_CHARS * 50)
    assert len(new_text(huge)) <= MAX_CHARS
    assert MATCHER.match(huge).matches[0].section == "correction"


def test_a_mail_of_formulas_only_asks_nothing() -> None:
    reading = read_mail("お世話になっております。\nよろしくお願いいたします。\n\n佐藤")
    assert reading.sentences == ()
    assert not MATCHER.match("Thanks a lot!\n\nBest regards,\nJohn").answered


def test_two_questions_get_two_answers() -> None:
    mail = (
        "お世話になっております。\n"
        "私の個人情報が第三者に提供されることはありますか。\n"
        "また、お問い合わせ窓口の電話番号を教えてください。\nよろしくお願いいたします。"
    )
    sections = {m.section for m in MATCHER.match(mail).confident(limit=2)}
    assert sections == {"third-party", "contact"}


WHOLE_MAIL_BODY = (
    "株式会社プラネットマネジメント\nご担当者様\n\nいつもお世話になっております。\n"
    "先月まで貴社の会員だった小野と申します。\n\n"
    "退会したのですが、登録していた住所や電話番号は削除していただけるのでしょうか。\n\n"
    "何卒よろしくお願い申し上げます。\n\n"
    "――――――――――――――――――――\n小野 健太\n〒150-0000 東京都渋谷区試作町5-6-7\n"
    "TEL 090-5555-0171\n――――――――――――――――――――\n\n"
    "2026年12月1日(火) 10:00 株式会社プラネットマネジメント <info@planetmgmt.biz>:\n"
    "> ※このメールは、お問い合わせの受付をお知らせする自動返信です。\n"
    "> 共同利用の範囲は当社、プラネットグループ各社および取引先です。\n"
)


FORWARD_BODY = (
    "お疲れさまです。\nお客様から下記の問い合わせがありましたので転送いたします。\n"
    "ご対応をお願いいたします。\n\n---------- Forwarded message ---------\n"
    "From: 小野 健太 <kenta@example.jp>\nDate: 2026年12月1日(火) 10:00\n"
    "Subject: 退会後の個人情報について\nTo: <sales@planetmgmt.biz>\n\n"
    "退会したのですが、登録していた住所や電話番号は削除していただけるのでしょうか。\n"
)


def test_a_forwarded_inquiry_is_read_when_the_note_asks_nothing() -> None:
    result = MATCHER.match(FORWARD_BODY)
    assert result.answered and result.matches[0].section == "correction", result.to_json()


@pytest.mark.parametrize("body", [WHOLE_MAIL_BODY, FORWARD_BODY], ids=["quoted", "forward"])
def test_ask_on_a_pasted_whole_mail_gives_what_intake_gives(
    body: str, capsys: pytest.CaptureFixture[str]
) -> None:
    msg = EmailMessage()
    msg["From"] = "Kenta Ono <kenta@example.jp>"
    msg["To"] = "info@planetmgmt.biz"
    msg["Subject"] = "退会後の個人情報について"
    msg["Message-ID"] = "<whole-mail-1@example.jp>"
    msg.set_content(body)
    tokyo = ZoneInfo("Asia/Tokyo")
    received = Received(
        msg.as_bytes(), "kenta@example.jp", ("info@planetmgmt.biz",), "127.0.0.1", False,
        datetime(2026, 12, 5, 22, 0, tzinfo=tokyo),
    )  # fmt: skip
    triage = triage_mail(
        received,
        matcher=MATCHER,
        calendar=BusinessCalendar(calendar_config_from_mapping({})),
        policy=AutoReplyPolicy(("info@planetmgmt.biz",), "info@planetmgmt.biz", None),
        max_header_bytes=65536,
        id_domain="planetmgmt.biz",
    )
    pasted = f"{msg['Subject']}\n\n{body}"
    args = argparse.Namespace(text=[pasted], json=True, lang=None, limit=3)
    assert ask_command.run(args, default_faq_path()) == 0
    asked = json.loads(capsys.readouterr().out)
    assert asked == triage.match.to_json()
    assert asked["answered"] and asked["matches"][0]["section"] == "correction"


def test_a_long_subject_is_not_joined_to_the_greeting_below_it() -> None:
    # A subject of 40 columns or more over a greeting: one line break between them would read
    # as a wrapped line, and "Dear Sir or Madam" would stay in the question's sentence.
    subject = "Question about whether you share my purchase history with others"
    body = "Dear Sir or Madam,\nI bought a sofa last year.\nRegards,\nTom Hill"
    reading = read_mail(subject_and_body(subject, body))
    assert reading.sentences[0] == subject
    assert not any("Dear Sir" in s for s in reading.sentences), reading.sentences
    assert subject_and_body("", body) == body


def test_a_web_form_notification_is_read_by_its_message_field() -> None:
    form = (
        "ホームページのお問い合わせフォームより、以下の内容で送信がありました。\n\n"
        "【お問い合わせ種別】個人情報の取り扱いについて\n【会社名】\n【お名前】佐藤 花子\n"
        "【メールアドレス】hanako.sato@example.com\n【電話番号】090-5555-0147\n"
        "【お問い合わせ内容】\n登録した住所が広告に使われていないか知りたいです。\n\n"
        "【個人情報の取り扱いについて】同意する\n\n――――――――――――――――\n"
        "送信日時：2026年12月1日 22:41\nIPアドレス：192.0.2.45\n――――――――――――――――"
    )
    sentences = read_mail(form).sentences
    assert "登録した住所が広告に使われていないか知りたいです。" in sentences
    assert not any("同意" in s or "種別" in s or "IP" in s for s in sentences)
    result = MATCHER.match(form)
    assert result.answered and result.matches[0].section == "purpose", result.to_json()


def test_a_ki_block_lists_the_questions() -> None:
    mail = (
        "お世話になっております。\n下記の件につきまして、ご確認いただけますでしょうか。\n\n"
        "　　　　記\n\n１．保有個人データの開示請求の手続き方法\n２．開示請求に必要な本人確認書類\n"
        "３．手数料の有無\n\n　　　　　　　　以上\n\nよろしくお願いいたします。"
    )
    result = MATCHER.match(mail)
    assert result.answered and result.matches[0].section == "disclosure", result.to_json()


def test_hand_wrapped_lines_are_joined() -> None:
    mail = (
        "お世話になっております。\n先日、貴社のオンラインストアで購入した際に登録した個人情\n"
        "報について、第三者に提供されることがあるのか確認させてください。\nよろしくお願いします。"
    )
    assert read_mail(mail).sentences == (
        "先日、貴社のオンラインストアで購入した際に登録した個人情報について、"
        "第三者に提供されることがあるのか確認させてください。",
    )


def test_the_desks_own_acknowledgement_quoted_without_prefix_is_cut() -> None:
    mail = (
        f"{JA_ASK}\n\n※このメールは、お問い合わせの受付をお知らせする自動返信です。\n\n"
        "株式会社プラネットマネジメントへお問い合わせいただき、誠にありがとうございます。\n"
        "共同利用の範囲は当社とグループ各社です。"
    )
    assert new_text(mail) == JA_ASK


def test_the_mail_around_a_question_does_not_dilute_it() -> None:
    question = "私の個人情報が第三者に提供されることはありますか。"
    alone = MATCHER.match(question)
    mail = (
        "株式会社プラネットマネジメント\nご担当者様\n\nいつもお世話になっております。\n"
        "昨年の春から貴社のアプリを家族で利用しており、先日は誕生日のクーポンも届きました。\n"
        "最近、見覚えのない通販会社から案内の封書が届くようになり、少し驚いております。\n"
        f"{question}\n\n何卒よろしくお願い申し上げます。\n\n"
        "――――――――――――――――\n小野 健太\n〒150-0000 東京都渋谷区試作町5-6-7\n"
        "TEL 090-5555-0171\n――――――――――――――――"
    )
    inside = MATCHER.match(mail)
    assert inside.matches[0].id == alone.matches[0].id
    assert inside.matches[0].score >= 0.9 * alone.matches[0].score
    assert inside.answered


@pytest.mark.parametrize("floor", ["5F", "12F", "3階", "１２階"])
def test_a_floor_in_a_signature_marks_it_as_an_address(floor: str) -> None:
    signature = f"佐藤 花子\n港区見本町2-3-4 {floor}\nTEL 03-5555-0123"
    body = new_text(f"お世話になっております。\n{JA_ASK}\n\n{signature}")
    assert JA_ASK in body and floor not in body


def test_a_long_run_of_digits_is_read_as_text() -> None:
    # The floor cue once matched any run of digits before an F or 階 and was quadratic on a
    # long run; it now reads at most four digits after a non-digit.
    digits = "1" * 5000
    assert JA_ASK in read_mail(f"{digits}\n\n{JA_ASK}").text
    assert JA_ASK in new_text(f"{JA_ASK}\n\n佐藤\n{digits}F")


DISCLAIMERS = {
    "en after signature": "Kind regards,\nLena Novak\nProcurement Assistant | Example Foods GmbH\n"
    "This e-mail and any attachments may contain confidential information. If you are not\n"
    "the intended recipient, please inform the sender and delete it.",
    "en after a blank line": "Yours faithfully,\nGareth Evans\n\nThe information contained in this "
    "message is confidential and intended only for the\naddressee. If you have received this "
    "message in error, please notify us immediately.",
    "en notice label": "Thanks\nPriya\nCONFIDENTIALITY NOTICE: This message is intended solely "
    "for the use of the addressee\nand may contain privileged information.",
    "ja under a rule": "よろしくお願いいたします。\n\n---------------------------------\n"
    "株式会社見本工業 管理部\n石井 久美子\nTEL 06-5555-0133\n---------------------------------\n"
    "本メールには機密情報が含まれている場合があります。\n誤って受信された場合は、お手数ですが削除してください。",
    "ja lawyer": "山口法律事務所\n弁護士　山口 隆\nTEL 03-5555-0901\n"
    "本メールは弁護士の守秘義務の対象となる情報を含む場合があります。",
}


@pytest.mark.parametrize("style", sorted(DISCLAIMERS))
def test_a_confidentiality_notice_and_the_signature_above_it_are_cut(style: str) -> None:
    ask = JA_ASK if style.startswith("ja") else EN_ASK
    body = new_text(f"{ask}\n\n{DISCLAIMERS[style]}")
    assert body.startswith(ask)
    for gone in (
        "confidential",
        "recipient",
        "addressee",
        "機密",
        "守秘",
        "5555",
        "Novak",
        "Gareth",
    ):
        assert gone not in body
    assert read_mail(f"{ask}\n\n{DISCLAIMERS[style]}").sentences == (ask,)


def test_a_customer_who_received_mail_in_error_is_still_read() -> None:
    # Not a notice: the writer's own words, in the body, ask something.
    mail = ("Hello,\n\nI received this email in error and I am not your customer.\n"
            "Please delete my address from your list.\n\nThanks,\nJo")  # fmt: skip
    assert "Please delete my address from your list." in read_mail(mail).sentences


@pytest.mark.parametrize(
    "greeting", ["hi,", "Hello team,", "Hey,", "Hi Tom,", "Dear Inquiry Desk,"]
)
def test_a_greeting_on_the_line_of_the_question_goes_and_the_question_stays(greeting: str) -> None:
    question = "is this the right address for privacy questions?"
    reading = read_mail(f"{greeting} {question}\n\nthanks\nTom")
    assert reading.sentences == (question,)
    result = MATCHER.match(f"{greeting} {question}\n\nthanks\nTom")
    assert result.matches[0].section == "contact", result.to_json()


def test_a_forward_whose_note_hands_the_question_over_is_read_by_the_forwarded_mail() -> None:
    mail = (
        "Hi Inquiry Desk,\n\nOne of our customers sent the question below to our shop's address. "
        "Could you answer\nit directly to her? She's copied.\n\nThanks,\nPaul\n\n"
        "Begin forwarded message:\n\nFrom: Grace Liu <grace.liu@mail.example.com>\n"
        "Date: 27 November 2026 at 19:42:10 JST\nTo: shop@sample.example.com\n"
        "Subject: loyalty card\n\nHi, when I signed up for the loyalty card, did you pass my "
        "details on to\nother businesses? I never ticked anything that said so."
    )
    reading = read_mail(mail)
    assert not any("answer" in s or "copied" in s for s in reading.sentences)
    assert any("other businesses" in s for s in reading.sentences)
    result = MATCHER.match(mail)
    assert result.matches[0].section == "third-party", result.to_json()


@pytest.mark.parametrize(
    "signature",
    [
        "Best regards,\nカタリーナ・シュミット\n株式会社サンプル商会 海外営業部\n"
        "〒105-0000 東京都港区見本町1-2-3\nTEL 03-5555-0166",
        "佐藤 健\n株式会社例示システム 開発部\n携帯 090-5555-0199",
        "高木 美和子\n東京都港区見本町1-2-3 例題ビル5階",
    ],
    ids=["katakana name and company", "name, company, mobile", "name and address"],
)
def test_an_english_mail_under_a_japanese_signature_without_a_rule_is_english(
    signature: str,
) -> None:
    mail = f"Hi,\n\n{EN_ASK}\n\n{signature}"
    reading = read_mail(mail)
    assert reading.lang == "en" and reading.sentences == (EN_ASK,)
    assert MATCHER.match(mail).lang == "en"


def test_a_long_sentence_that_joins_two_requests_is_read_by_its_clauses() -> None:
    mail = (
        "Dear Sirs,\n\nWe act for a customer of yours. We hereby request that you suspend the "
        "use of her personal\ninformation, and that you inform this office in writing of the "
        "steps taken and the\ndate on which they took effect.\n\nYours faithfully,\nA. Lawyer"
    )
    assert "We hereby request that you suspend the use of her personal information" in (
        read_mail(mail).sentences
    )
    result = MATCHER.match(mail)
    assert result.answered and result.matches[0].section == "suspension", result.to_json()
    # A short sentence, or a clause that opens with no subject of its own, stays whole.
    assert read_mail("Do you share my data, and with whom?").sentences == (
        "Do you share my data, and with whom?",
    )


@pytest.mark.parametrize(
    "footer",
    [
        "Sent from my Samsung Galaxy smartphone.",
        "Sent via the Samsung Email app",
        "Von meinem iPhone gesendet",
        "Envoyé de mon iPhone",
        "Android版Yahoo!メールから送信",
        "Galaxyから送信",
    ],
)
def test_mobile_footers_of_other_mailers_are_cut(footer: str) -> None:
    for ask in (EN_ASK, JA_ASK):
        assert read_mail(f"{ask}\n\n{footer}").sentences == (ask,)


@pytest.mark.parametrize(
    ("mail", "ask", "gone"),
    [
        (
            f"Hello,\n\n{EN_ASK}\n\nThanks,\nAnn Smyth\nSample Consulting Ltd. | Tel 03-5555-0177\n\n"
            "P.S. Do you also pass my details to the partner shops?",
            "Do you also pass my details to the partner shops?",
            "Smyth",
        ),
        (
            f"{JA_ASK}\n\n佐藤\n\n追伸：第三者への提供はしていますか。",
            "第三者への提供はしていますか",
            "佐藤",
        ),
    ],
    ids=["en", "ja"],
)
def test_a_postscript_below_the_signature_is_read_and_the_signature_cut(
    mail: str, ask: str, gone: str
) -> None:
    reading = read_mail(mail)
    assert any(ask in s for s in reading.sentences)
    assert not any(gone in s for s in reading.sentences)
    assert "P.S." not in reading.sentences


STAFF_REPLY = (
    "We do not provide your personal information to third parties without your consent,\n"
    "except where the law permits."
)
OUTLOOK_HEADER = (
    "From: {sender}\nSent: Monday, November 30, 2026 10:00 AM\nTo: shop@example.com\n"
    "Subject: {subject}\n\n"
)


@pytest.mark.parametrize(
    "quoted",
    [
        "-----Original Message-----\n"
        + OUTLOOK_HEADER.format(sender="Planet Management <info@planetmgmt.biz>", subject="Re: q")
        + STAFF_REPLY,
        "________________________________\n"
        + OUTLOOK_HEADER.format(sender="Planet Management <info@planetmgmt.biz>", subject="Re: q")
        + STAFF_REPLY,
        "On Mon, Nov 30, 2026 at 10:00 AM Planet Management <info@planetmgmt.biz> wrote:\n"
        + quote(STAFF_REPLY),
    ],
    ids=["outlook original message", "outlook underscores", "gmail"],
)
def test_a_reply_that_asks_nothing_is_not_answered_from_the_quote(quoted: str) -> None:
    mail = f"Thanks!\n\n{quoted}"
    assert read_mail(mail).sentences == ()
    result = MATCHER.match(mail)
    assert not result.answered and not any(m.section == "third-party" for m in result.matches)


@pytest.mark.parametrize(
    ("note", "separator"),
    [
        (
            "Please see the customer's question below and reply to her.",
            "________________________________\n",
        ),
        ("FYI, forwarding this customer's question.", "-----Original Message-----\n"),
        ("お疲れさまです。\n下記のお問い合わせを転送します。", ""),
    ],
    ids=["outlook underscores", "outlook original message", "outlook ja"],
)
def test_an_outlook_forward_whose_note_points_below_is_read_by_the_forwarded_mail(
    note: str, separator: str
) -> None:
    header = OUTLOOK_HEADER.format(sender="Mary Jones <mary@example.com>", subject="my data")
    if note.startswith("お疲れ"):
        header = "差出人: 小野 健太 <kenta@example.jp>\n送信日時: 2026年12月1日 10:00\n宛先: sales@example.jp\n件名: 個人情報\n\n"
    question = "Do you pass my address to other companies?"
    mail = f"{note}\n\nRegards,\nKen\n\n{separator}{header}{question}"
    assert read_mail(mail).sentences == (question,)
    result = MATCHER.match(mail)
    assert result.answered and result.matches[0].section == "third-party", result.to_json()


@pytest.mark.parametrize(
    "question",
    ["hey is my data safe with you?", "Hi is this the right email for privacy questions?"],
)
def test_a_question_that_opens_with_a_greeting_is_not_a_greeting(question: str) -> None:
    assert read_mail(f"{question}\n\nTom").sentences == (question,)


@pytest.mark.parametrize(
    "mail",
    [
        "What ID do I need to send to your Tokyo office?",
        "I emailed your Osaka branch manager last week. Can you delete my data?",
        "Hello,\n\nOur department head asked me to check: does Planet Management Co., Ltd. share "
        "staff e-mail addresses with its group companies?\n\nThanks",
    ],
    ids=["one line", "two sentences", "company in the question"],
)
def test_a_question_with_words_of_a_signature_is_not_a_signature(mail: str) -> None:
    reading = read_mail(mail)
    assert reading.sentences and any(s.endswith("?") for s in reading.sentences), reading
    assert MATCHER.match(mail).matches


def test_a_bilingual_mail_is_read_without_its_language_labels_and_signature() -> None:
    mail = (
        "※English follows Japanese.\n\nお世話になっております。\n"
        "私の連絡先が、提携先の旅行会社に提供されることはありますか。\n\n---- English ----\n"
        "Hello, will my contact details be given to your partner travel agency?\n\n"
        "Emma Schulz（エマ・シュルツ）"
    )
    assert read_mail(mail).sentences == (
        "私の連絡先が、提携先の旅行会社に提供されることはありますか。",
        "will my contact details be given to your partner travel agency?",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "平素は格別のご高配を賜り、厚く御礼申し上げます。",
        "貴社ますますご清栄のこととお慶び申し上げます。",
        "毎度格別のお引き立てをいただき、誠にありがとうございます。",
        "寒さ厳しき折、皆様いかがお過ごしでしょうか。",
        "何卒ご了承くださいますようお願い申し上げます。",
    ],
)
def test_japanese_business_set_phrases_are_formulas(phrase: str) -> None:
    assert read_mail(f"{phrase}\n{JA_ASK}").sentences == (JA_ASK,)
    # The ask in the same keigo stays.
    assert read_mail("利用停止をお願い申し上げます。").sentences == (
        "利用停止をお願い申し上げます。",
    )


FORWARD_CHAINS = {
    "gmail en": (
        "Hi,\n\nMy mother asked me to pass this on to you, see her message below.\n\nIan\n\n"
        "---------- Forwarded message ---------\nFrom: Ian Bell <ian@example.com>\n"
        "Date: Mon, Nov 30, 2026 at 8:02 PM\nSubject: Fwd: my data\nTo: <desk@example.com>\n\n\n"
        "---------- Forwarded message ---------\nFrom: <mum@example.com>\n"
        "Date: Mon, Nov 30, 2026 at 7:40 PM\nSubject: my data\n\nHello,\n\n{ask}\n\nThanks,\nMum\n"
    ),
    "gmail ja": (
        "ご担当者様\n\n母から頼まれましたので、下記のメールを転送いたします。\n\n千尋\n\n"
        "---------- 転送メッセージ ---------\nFrom: 松本 <haha@example.jp>\n"
        "Date: 2026年11月30日(月) 20:02\nSubject: Fwd: 個人情報について\n\n"
        "---------- 転送メッセージ ---------\nFrom: 松本 <haha@example.jp>\n"
        "Date: 2026年11月30日(月) 19:40\nSubject: 個人情報について\n\nお世話になります。\n\n{ask}\n\n"
        "よろしくお願いします。\n松本\n"
    ),
    "outlook en": (
        "FYI, forwarding a customer's question below.\n\nKen\n\n"
        "________________________________\nFrom: Ann Lee <ann@example.com>\n"
        "Sent: Monday, November 30, 2026 8:02 PM\nSubject: FW: data\n\n"
        "-----Original Message-----\nFrom: Bo Lee <bo@example.com>\nSent: Monday, November 30, "
        "2026 7:40 PM\nSubject: data\n\n{ask}\n\nBo"
    ),
}


@pytest.mark.parametrize("shape", sorted(FORWARD_CHAINS))
def test_a_forward_of_a_forward_is_read_by_the_mail_at_its_end(shape: str) -> None:
    ask = JA_ASK if shape.endswith("ja") else EN_ASK
    reading = read_mail(FORWARD_CHAINS[shape].format(ask=ask))
    assert reading.sentences == (ask,), reading
    assert reading.lang == ("ja" if shape.endswith("ja") else "en")


def test_html_turned_into_text_is_read_without_image_markers_and_odd_line_breaks() -> None:
    mail = (
        "[image: Logo]\n\nHello,\u00a0\n\n\nSince Tuesday I get spam\naddressed to the alias I\n"
        "only used with you.\n\n\nDo you pass my address to\nother companies?\n\n\n"
        "Thanks,\u00a0\n\nOlivia Bennett\n\n*Bluefin Analytics Inc.*\n<https://www.example.com/>\n\n"
        "[image: facebook] <https://facebook.com/example>"
    )
    assert read_mail(mail).sentences == (
        "Since Tuesday I get spam addressed to the alias I only used with you.",
        "Do you pass my address to other companies?",
    )
    # A line in capitals after a short one is not joined to it: "Hello,\nI am…" stays apart.
    assert read_mail("Hello,\nI am Tom.\nDo you sell my data?").sentences == (
        "I am Tom.",
        "Do you sell my data?",
    )


@pytest.mark.parametrize(
    ("mail", "ask"),
    [
        (
            "Subject: Re: What exactly do you use my purchase history for?\n\nHi there,\n\n"
            "As in the subject line. Thanks for looking into it.\n\nRegards,\nRuth",
            "What exactly do you use my purchase history for?",
        ),
        (
            "件名：個人情報の削除をお願いしたいのですが、手続きを教えてください\n\n"
            "はじめてご連絡いたします。\n\n件名の通りです。\nご確認のほど、よろしくお願いいたします。\n\n松本",
            "個人情報の削除をお願いしたいのですが、手続きを教えてください",
        ),
    ],
    ids=["en", "ja"],
)
def test_an_ask_in_a_pasted_subject_line_is_read_without_its_label(mail: str, ask: str) -> None:
    assert read_mail(mail).sentences == (ask,)


@pytest.mark.parametrize(
    ("mail", "ask"),
    [
        (
            "ご回答ありがとうございました。\nもう一点お伺いしたいのですが、私の電話番号を他の会社に"
            "提供したことはありますか。\n\nお手数をおかけしますが、よろしくお願いいたします。\n上野",
            "もう一点お伺いしたいのですが、私の電話番号を他の会社に提供したことはありますか。",
        ),
        (
            "突然のご連絡失礼いたします。\n\n以下の点についてお伺いします。\n"
            f"・{JA_ASK}\n\nお手数をおかけいたしますが、よろしくお願いいたします。",
            JA_ASK,
        ),
        (
            f"拝啓　師走の候、貴社ますますご清栄のこととお慶び申し上げます。\n\nつきましては、{JA_ASK}\n\n"
            "まずは略儀ながら書中にてお願い申し上げます。\n\n敬具",
            f"つきましては、{JA_ASK}",
        ),
        (
            "Thanks for the quick reply. One more thing: can I see the records of my calls?\n\nAiko",
            "can I see the records of my calls?",
        ),
    ],
    ids=["one more point", "points below", "letter", "one more thing"],
)
def test_lead_ins_and_closings_go_and_the_ask_beside_them_stays(mail: str, ask: str) -> None:
    assert read_mail(mail).sentences == (ask,)


@pytest.mark.parametrize(
    ("mail", "lang"),
    [
        (f"{EN_ASK}\n\n田中一郎\n大阪で小さな設計事務所を経営しております。", "en"),
        (
            f"{JA_ASK}\n\nKen Sato\nI have lived in Tokyo for ten years and work for an American "
            "company here.",
            "ja",
        ),
    ],
    ids=["en under ja lines", "ja under en lines"],
)
def test_the_language_is_that_of_the_sentences_that_ask_not_of_lines_left_below(
    mail: str, lang: str
) -> None:
    assert read_mail(mail).lang == lang
    assert MATCHER.match(mail).lang == lang


def test_a_note_in_a_japanese_signature_goes_with_it_and_the_mail_stays_english() -> None:
    mail = (
        f"Hello,\n{EN_ASK}\n\n田中 一郎（たなか いちろう）\n株式会社サンプル　総務部　課長\n"
        "東京都千代田区丸の内1-1-1 サンプルビル3階\n電話 03-5555-1234\n"
        "※本メールは送信専用ではありません。ご不明点はお気軽にお問い合わせください。"
    )
    reading = read_mail(mail)
    assert reading.sentences == (EN_ASK,)
    assert reading.lang == "en"


@pytest.mark.parametrize(
    "text",
    ["Tesuuryou wa ikura desu ka?", "Konnichiwa. Denwa bangou wo kaete hoshii desu."],
)
def test_short_romanised_japanese_is_japanese(text: str) -> None:
    assert detect_language(text) == "ja"
    for english in ("Can I come to your office in Ginza?", "Are you Planet Management?"):
        assert detect_language(english) == "en"


@pytest.mark.parametrize(
    ("mail", "asks"),
    [
        (
            "Hello,\n\nTwo questions:\n1) What do you use my phone number for?\n"
            "2) Can I stop you from using it for marketing?\n\nThanks",
            (
                "1) What do you use my phone number for?",
                "2) Can I stop you from using it for marketing?",
            ),
        ),
        (
            "お世話になっております。\n質問が2点あります。\n\n記\n\n１．保有している私の個人情報の項目\n"
            "２．その利用目的\n\n以上",
            ("１．保有している私の個人情報の項目", "２．その利用目的"),
        ),
    ],
    ids=["en", "ja"],
)
def test_the_line_that_announces_a_list_of_questions_goes(mail: str, asks: tuple[str, ...]) -> None:
    assert read_mail(mail).sentences == asks


def test_a_note_asking_about_a_forwarded_offer_is_read_by_the_note() -> None:
    question = "So, honestly: do you give your members' details to other companies?"
    mail = (
        "Good afternoon,\n\nI'm forwarding the e-mail below, which arrived this morning. I have "
        f"never heard of this company.\n\n{question}\n\nBest,\nLiam\n\n"
        "---------- Forwarded message ---------\nFrom: Home Insurance <offers@example.com>\n"
        "Date: Tue, Dec 1, 2026 at 7:02 AM\nSubject: Liam, your exclusive partner offer\n\n"
        "Dear Liam,\n\nAs a valued member you qualify for 30% off our contents insurance. This "
        "offer ends on 15 December.\n\nHome Insurance K.K."
    )
    reading = read_mail(mail)
    assert question in reading.sentences, reading
    assert not any("insurance" in s for s in reading.sentences)
    result = MATCHER.match(mail)
    assert result.matches[0].section == "third-party", result.to_json()


@pytest.mark.parametrize(
    "closing", ["Many thanks and best wishes,", "Thanks & regards,", "Many thanks and apologies,"]
)
def test_joined_valedictions_close_the_mail_and_the_name_below_goes(closing: str) -> None:
    mail = f"Dear Planet Management,\n\n{EN_ASK}\n\n{closing}\nFelix Wagner"
    assert read_mail(mail).sentences == (EN_ASK,)


def test_hoping_to_have_found_the_right_address_is_a_formula() -> None:
    mail = f"Hello team,\n\nI hope this is the right address for this.\n\n{EN_ASK}\n\nRyan"
    assert read_mail(mail).sentences == (EN_ASK,)


def test_a_full_stop_after_a_phone_number_ends_the_sentence() -> None:
    mail = (
        "Please can you modify my number in your file? The new number is 080-5555-0172. "
        "The old one does not exist any more.\n\n1. first\n2. second"
    )
    assert read_mail(mail).sentences[:3] == (
        "Please can you modify my number in your file?",
        "The new number is 080-5555-0172.",
        "The old one does not exist any more.",
    )


def test_a_notice_line_below_a_ruled_japanese_signature_goes_with_it() -> None:
    mail = (
        f"お世話になっております。\n\n{JA_ASK}\n\n何卒よろしくお願い申し上げます。\n\n"
        "☆★☆★☆★☆★☆★☆★☆★☆★\n例題ホールディングス株式会社 経営企画部\n藤田 美和\n"
        "Mail：miwa.fujita@reidai-hd.example.jp\n☆★☆★☆★☆★☆★☆★☆★☆★\n"
        "【年末年始休業のお知らせ】12月29日〜1月4日は休業いたします。"
    )
    assert read_mail(mail).sentences == (JA_ASK,)


def test_an_ask_in_the_words_of_a_closing_with_its_own_object_stays() -> None:
    ask = "貴社窓口の土曜日の対応可否をご教示いただけますと幸いです。"
    mail = (
        "お世話になります。\n有限会社みほん印刷 総務の林と申します。\n"
        f"{ask}\n\nご回答いただけますと幸いです。\n\n有限会社みほん印刷\n 林\n03-5555-0732\n\n"
        "前に送ったメールも転送しておきます。\n\n________________________________\n"
        "差出人: 林 和夫 <kazuo@example.jp>\n送信日時: 2026年11月17日 16:53\n宛先: info@example.jp\n"
        "件名: パスワード再設定のメールが届かない\n\nパスワードの再設定を何度か試しましたが、メールが届きません。"
    )
    reading = read_mail(mail)
    # The note asks; the mail it forwards below asks nothing: the note is the inquiry. The line
    # typed below the signature is kept, the signature above it cut.
    assert reading.sentences == (ask, "前に送ったメールも転送しておきます。"), reading
    result = MATCHER.match(mail)
    assert result.matches[0].section == "hours", result.to_json()


@pytest.mark.parametrize("phrase", ["その節は大変お世話になりました。", "以上です。"])
def test_more_japanese_set_phrases_are_formulas(phrase: str) -> None:
    assert read_mail(f"{phrase}\n{JA_ASK}").sentences == (JA_ASK,)


@pytest.mark.parametrize(
    "question",
    [
        "個人情報の問合わせ先のメアドって info@planetmgmt.biz であってますか？",
        "Is privacy@example.com the right address for data requests?",
    ],
)
def test_a_question_holding_an_e_mail_address_is_not_a_signature(question: str) -> None:
    assert read_mail(f"{question}\n\nTom\ntom@example.com").sentences == (question,)
    assert read_mail(question).sentences == (question,)


MORE_QUOTES = {
    "outlook ja 送信元": "送信元: info@planetmgmt.biz\n送信日時: 2026年12月2日 16:12\n宛先: a@example.jp\n"
    "件名: 自動返信\n\n共同利用については第5条をご覧ください。",
    "outlook sent first": "Sent: Tuesday, December 1, 2026 10:00 AM\nFrom: Planet Management\n"
    "Subject: Re: question\n\nWe share data with our group companies.",
    "marked original ja": "--- 以下、元のメール ---\n共同利用については第5条をご覧ください。",
}


@pytest.mark.parametrize("shape", sorted(MORE_QUOTES))
def test_more_quote_headers_are_cut(shape: str) -> None:
    ask = JA_ASK if "ja" in shape else EN_ASK
    assert new_text(f"{ask}\n\n{MORE_QUOTES[shape]}") == ask


MORE_SIGNATURES = {
    "em dash and proton": ("en", "— Tom Baker\nSent with Proton Mail secure email."),
    "profile link and pronouns": ("en", "Jane Doe\nlinkedin.com/in/janedoe | @janedoe\nShe/her"),
    "social handles ja": ("ja", "山本\nX(旧Twitter): @yamamoto_k\nInstagram: yamamoto.k"),
    "valediction and name on one line": ("en", "Best, Tom"),
}


@pytest.mark.parametrize("style", sorted(MORE_SIGNATURES))
def test_more_signature_shapes_are_cut(style: str) -> None:
    lang, signature = MORE_SIGNATURES[style]
    ask = JA_ASK if lang == "ja" else EN_ASK
    reading = read_mail(f"{ask}\n\n{signature}")
    assert reading.sentences == (ask,), reading
    assert reading.lang == lang


@pytest.mark.parametrize(
    "opening", ["Dear Mr. Yamada,", "（CC：弊社法務部 田中）"], ids=["title", "cc line"]
)
def test_addressee_lines_with_titles_and_copies_are_formulas(opening: str) -> None:
    ask = EN_ASK if opening.startswith("Dear") else JA_ASK
    assert read_mail(f"{opening}\n{ask}").sentences == (ask,)
    if opening.startswith("Dear"):
        assert read_mail(f"{opening} {ask}").sentences == (ask,)


def test_a_labelled_confidentiality_notice_wrapped_below_a_signature_is_cut_with_it() -> None:
    mail = (
        f"Dear Planet Management Co., Ltd. Inquiry Desk,\n\n{EN_ASK}\n\nYours sincerely,\n"
        "Charlotte Evans\nSenior Analyst\nBrightline Consulting\nDirect: +44 20 5550 363\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the\n"
        "addressee and may contain confidential or legally privileged information. If you have\n"
        "received it in error, please notify the sender immediately and delete it. Any\n"
        "unauthorised use, disclosure or copying is strictly prohibited."
    )
    assert read_mail(mail).sentences == (EN_ASK,)


@pytest.mark.parametrize(
    "intro",
    [
        "株式会社サンプル商事の高野です。",
        "例題ホールディングス株式会社 Web推進部の藤田です。",
        "(株)テストの山田です。",
    ],
)
def test_a_self_introduction_by_organisation_and_name_is_a_formula(intro: str) -> None:
    assert read_mail(f"お世話になっております。\n{intro}\n{JA_ASK}").sentences == (JA_ASK,)
    # A sentence of the same shape about something else stays.
    assert read_mail("会社の方針です。").sentences == ("会社の方針です。",)


@pytest.mark.parametrize(
    "phrase",
    [
        "いつも利用させていただいております。",
        "Thanks for getting back to me.",
        "Thank you for replying so quickly.",
    ],
)
def test_thanks_for_the_reply_and_for_the_custom_are_formulas(phrase: str) -> None:
    ask = JA_ASK if phrase.startswith("いつも") else EN_ASK
    assert read_mail(f"{phrase}\n{ask}").sentences == (ask,)
    if ask == EN_ASK:  # an ask on the same sentence stays
        joined = f"{phrase.rstrip('.')}, can you delete my data?"
        assert read_mail(joined).sentences == (joined,)


FOREIGN_MAILER_QUOTES = {
    "gmail fr": "Le mar. 1 déc. 2026 à 10:00, Planet Management <info@planetmgmt.biz> a écrit :\n"
    "> We share data with our group companies.",
    "gmail de": "Am Di., 1. Dez. 2026 um 10:00 Uhr schrieb Planet Management "
    "<info@planetmgmt.biz>:\n> We share data with our group companies.",
    "gmail es": "El mar, 1 dic 2026 a las 10:00, Planet Management (<info@planetmgmt.biz>) "
    "escribió:\n> We share data with our group companies.",
    "gmail ko": "2026년 12월 1일 (화) 오전 10:00, Planet Management <info@planetmgmt.biz>님이 작성:\n"
    "> We share data with our group companies.",
    "outlook de": "Von: Planet Management <info@planetmgmt.biz>\nGesendet: Dienstag, 1. Dezember "
    "2026 10:00\nAn: me@example.de\nBetreff: Re: Frage\n\nWe share data with our group companies.",
    "outlook fr": "De : Planet Management <info@planetmgmt.biz>\nEnvoyé : mardi 1 décembre 2026 "
    "10:00\nÀ : me@example.fr\nObjet : Re: question\n\nWe share data with our group companies.",
    "outlook zh": "发件人: Planet Management <info@planetmgmt.biz>\n发送时间: 2026年12月1日 10:00\n"
    "收件人: me@example.cn\n主题: Re: question\n\nWe share data with our group companies.",
}


@pytest.mark.parametrize("shape", sorted(FOREIGN_MAILER_QUOTES))
def test_quotes_of_mailers_set_to_other_languages_are_cut(shape: str) -> None:
    mail = f"{EN_ASK}\n\nThanks,\nAna\n\n{FOREIGN_MAILER_QUOTES[shape]}"
    reading = read_mail(mail)
    assert reading.sentences == (EN_ASK,), reading
    assert reading.lang == "en"


@pytest.mark.parametrize(
    ("banner", "lang"),
    [
        (
            "CAUTION: This email originated from outside of the organization. Do not click links "
            "or open\nattachments unless you recognize the sender and know the content is safe.",
            "en",
        ),
        (
            "【注意】このメールは組織外から送信されています。送信者に心当たりのない場合は、\n"
            "リンクや添付ファイルを開かないでください。",
            "ja",
        ),
        ("You don't often get email from tom@example.com. Learn why this is important", "en"),
    ],
    ids=["caution wrapped", "注意 wrapped", "first contact"],
)
def test_a_gateway_banner_wrapped_over_lines_is_cut_whole(banner: str, lang: str) -> None:
    ask = JA_ASK if lang == "ja" else EN_ASK
    assert read_mail(f"{banner}\n\n{ask}\n\nTom").sentences == (ask,)
    assert read_mail(f"{banner}\n{ask}\n\nTom").sentences == (ask,)  # no blank line between


def test_quote_prefixes_with_initials_or_a_name_are_quotes() -> None:
    mail = f"{JA_ASK}\n\n山田> 共同利用については第5条をご覧ください。\nT.Y> グループ各社と共有しております。"
    assert read_mail(mail).sentences == (JA_ASK,)


@pytest.mark.parametrize(
    "phrase", ["インラインにて失礼いたします。", "このメールはウイルスチェック済みです。"]
)
def test_inline_reply_notes_and_virus_stamps_go(phrase: str) -> None:
    assert read_mail(f"{phrase}\n{JA_ASK}\n\n佐藤 花子").sentences == (JA_ASK,)


FORWARD_TEMPLATE = (
    "---------- Forwarded message ---------\nFrom: {sender}\nDate: 2026年11月30日(月) 19:40\n"
    "Subject: {subject}\nTo: <me@example.jp>\n\n{body}"
)


@pytest.mark.parametrize(
    ("note", "sender", "subject", "body", "expected"),
    [
        (
            "下記のメールマガジンが毎週届きます。配信停止したいのですが、どこから手続きできますか？",
            "プラネット通信 <news@example.jp>",
            "12月号",
            "今月のおすすめ商品をご紹介します。\n詳しくはこちらをご覧ください。",
            "note",
        ),
        (
            "I keep getting this newsletter below every week. How do I stop it?",
            "News <news@example.com>",
            "December news",
            "Check out our best offers this month.\nPlease visit our site for more.",
            "note",
        ),
        (
            "12月1日に下記の問い合わせを送りましたが、まだ回答をいただけておりません。",
            "佐藤 <me@example.jp>",
            "開示について",
            JA_ASK,
            "forwarded",
        ),
        (
            "お客様から下記の問い合わせがありましたので転送いたします。ご対応をお願いいたします。",
            "客 <c@example.jp>",
            "住所",
            JA_ASK,
            "forwarded",
        ),
    ],
    ids=["newsletter ja", "newsletter en", "re-sent inquiry", "colleague's hand-over"],
)
def test_a_forward_is_read_by_its_note_unless_the_note_passes_it_on(
    note: str, sender: str, subject: str, body: str, expected: str
) -> None:
    forwarded = FORWARD_TEMPLATE.format(sender=sender, subject=subject, body=body)
    reading = read_mail(f"{note}\n\n佐藤\n\n{forwarded}")
    if expected == "note":
        assert any("?" in s or "？" in s for s in reading.sentences), reading
        assert not any("こちら" in s or "offers" in s for s in reading.sentences), reading
    else:
        assert reading.sentences == (body,), reading


@pytest.mark.parametrize(
    "sentence", ["My name is misspelled on your emails.", "This is urgent: please delete my data."]
)
def test_a_sentence_that_starts_like_a_self_introduction_but_is_not_one_stays(
    sentence: str,
) -> None:
    assert read_mail(f"Hello,\n\nMy name is Tom Baker.\n{sentence}\n\nTom").sentences == (sentence,)


def test_a_first_contact_line_is_a_formula() -> None:
    mail = f"Hi there,\n\nThis is my first time contacting you. {EN_ASK}\n\nBest,\nHans"
    assert read_mail(mail).sentences == (EN_ASK,)


@pytest.mark.parametrize(
    "quoted",
    [
        "Thank you for contacting us. Your inquiry has been registered as follows.\n\n"
        "  Case number: [PMC-000812]\nYou can ask for disclosure, correction or suspension of use.",
        "以下のとおり、お問い合わせを受け付けました。\n\n　受付番号：[PMC-000812]\n"
        "個人情報の開示・訂正・利用停止のご請求も受け付けております。",
    ],
    ids=["en", "ja"],
)
def test_the_acknowledgement_quoted_from_below_its_first_line_is_cut(quoted: str) -> None:
    ask = JA_ASK if "受付番号" in quoted else EN_ASK
    assert new_text(f"{ask}\n\n{quoted}") == ask


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_long_story_does_not_push_the_short_ask_at_its_end_out(lang: str) -> None:
    if lang == "en":
        story = " ".join(
            f"In {year} I registered my address and phone number with another shop and they "
            "sent me ads."
            for year in range(2001, 2016)
        )
        ask = "Can you erase everything you hold about me?"
        mail = f"Hello,\n\n{story}\n\n{ask}\n\nTom"
    else:
        story = "".join(
            f"{year}年に別の店で住所と電話番号を登録し、広告が届きました。"
            for year in range(2001, 2016)
        )
        ask = "私の情報を全部消してもらえますか。"
        mail = f"お世話になります。\n\n{story}\n\n{ask}\n\n佐藤"
    alone = MATCHER.match(ask)
    result = MATCHER.match(mail)
    assert result.matches[0].section == alone.matches[0].section == "correction"
    # The ask is scored as a sentence of its own (its index among the asking sentences).
    assert result.matches[0].asked_in == len(read_mail(mail).sentences) - 1, result.to_json()


def test_a_form_notifications_intro_and_its_message_label_go() -> None:
    ja = (
        "ホームページのお問い合わせフォームより、以下の内容で送信がありました。\n\n"
        "【お名前】佐藤 花子\n【お問い合わせ内容】退会後のデータはいつ削除されますか？\n"
        "【個人情報の取り扱いについて】同意する"
    )
    assert read_mail(ja).sentences == ("退会後のデータはいつ削除されますか？",)
    en = (
        "Name: Emily Clark\nMessage: Hi, I bought a product from your shop last year. Could you "
        "tell me what personal data you hold about me?\n\nI agree to the Privacy Policy: Yes"
    )
    assert read_mail(en).sentences == (
        "I bought a product from your shop last year.",
        "Could you tell me what personal data you hold about me?",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "Respected Sir,",
        "Warm greetings from Bangalore!",
        "Awaiting your earliest response.",
        "Please do the needful.",
        "Thank you in anticipation.",
        "Have a nice day!",
        "Merry Christmas and a happy new year!",
        "新年あけましておめでとうございます。",
        "本年もよろしくお願い申し上げます。",
        "寒くなってまいりましたが、いかがお過ごしでしょうか。",
    ],
)
def test_seasonal_and_regional_set_phrases_are_formulas(phrase: str) -> None:
    ask = JA_ASK if phrase[0] > "\u3000" else EN_ASK
    assert read_mail(f"{phrase}\n{ask}").sentences == (ask,)


def test_a_set_phrase_joined_to_an_ask_stays() -> None:
    ask = "Have a nice day, and please delete my data."
    assert read_mail(ask).sentences == (ask,)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_staff_reply_quoted_without_a_prefix_is_cut_with_its_opening(lang: str) -> None:
    if lang == "en":
        asks = ("I sent it yesterday.", "When will you finish?")
        mail = (
            "I sent it yesterday. When will you finish?\n\nTom\n\nDear Tom,\n\n"
            "Thank you for contacting Planet Management Co., Ltd. about your inquiry "
            "[PMC-000812].\n\nCould you reply to this message with a copy of an identity "
            "document, such as a driving licence?"
        )
    else:
        asks = ("昨日送りました。", "いつ頃完了しますか。")
        mail = (
            "昨日送りました。いつ頃完了しますか。\n\n佐藤\n\n佐藤様\n\nいつもお世話になっております。\n"
            "株式会社プラネットマネジメント 業務部でございます。\n"
            "お問い合わせ（[PMC-000812]）につきまして、ご連絡いたします。\n\n"
            "運転免許証などの本人確認書類の写しをご用意のうえ、本メールにご返信いただけますでしょうか。"
        )
    assert read_mail(mail).sentences == asks


@pytest.mark.parametrize(
    "phrase",
    [
        "English is not my first language, so please excuse mistakes.",
        "Sorry to bother you, I am not very good with email.",
        "Please excuse my poor English.",
        "メールに不慣れで失礼があればすみません。",
        "日本語が下手ですみません。",
    ],
)
def test_apologies_for_the_writers_language_are_formulas(phrase: str) -> None:
    ask = JA_ASK if phrase[0] > "\u3000" else EN_ASK
    assert read_mail(f"{phrase}\n{ask}").sentences == (ask,)
    if ask == EN_ASK:
        joined = "Sorry to bother you, but please delete my data."
        assert read_mail(joined).sentences == (joined,)


@pytest.mark.parametrize(
    ("mail", "ask"),
    [
        # The subject (intake reads it as the first line) over a name and a number.
        (
            "Erase everything you have on me\nHiro Tanabe\n090-5555-0263",
            "Erase everything you have on me",
        ),
        (
            "退会したので登録情報を消してください\n田辺 博\n090-5555-0263",
            "退会したので登録情報を消してください",
        ),
        # A one-line request with an address in it.
        (
            "Please close the account of yui.t@example.net",
            "Please close the account of yui.t@example.net",
        ),
    ],
)
def test_a_signature_is_never_the_whole_mail(mail: str, ask: str) -> None:
    assert read_mail(mail).sentences[0] == ask


def test_a_pasted_subject_with_an_address_is_read_when_the_body_is_a_footer() -> None:
    mail = "Subject: Do not use my number for sales calls, acct h.lind@example.com\n\nSent from my iPhone"
    assert read_mail(mail).sentences == (
        "Do not use my number for sales calls, acct h.lind@example.com",
    )


@pytest.mark.parametrize(
    ("mail", "ask"),
    [
        (
            "Thanks for the answer, please also remove my old postal address.",
            "remove my old postal address",
        ),
        (
            "One more question I forgot last time: you keep my card number after I cancel.",
            "you keep my card number",
        ),
        ("I have a question about the cookies on your shop.", "the cookies on your shop"),
    ],
)
def test_an_opening_that_goes_on_to_ask_is_not_a_formula(mail: str, ask: str) -> None:
    assert ask in read_mail(f"Hello,\n\n{mail}\n\nBest regards,\nAnna").text


@pytest.mark.parametrize(
    "phrase",
    [
        "Nice to meet you.",
        "It's a pleasure to meet you!",
        "Apologies if this is the wrong department for this.",
        "Sorry if this is not the right place to ask.",
        "My English is not so good, sorry.",
        "Sorry for my English.",
        "Understood, thank you.",
        "日本語があまり上手ではないので、失礼があったらごめんなさい。",
        "初めてメールを差し上げます。",
        "長々と失礼しました。",
        "ベトナムから来たグエンです。",
        "配送の件、承知しました。",
    ],
)
def test_more_openings_apologies_and_acknowledgements_are_formulas(phrase: str) -> None:
    ask = JA_ASK if phrase[0] > "\u3000" else EN_ASK
    assert read_mail(f"{phrase}\n{ask}").sentences == (ask,)


def test_appreciate_it_closes_and_a_name_with_a_member_number_signs() -> None:
    mail = f"Hello,\n\n{EN_ASK}\n\nAppreciate it.\nTom (customer no. 5521)"
    assert read_mail(mail).sentences == (EN_ASK,)


def test_a_self_introduction_ending_in_a_company_form_is_a_sentence_of_its_own() -> None:
    mail = f"I am Ito of Example Trading Co., Ltd. {EN_ASK}"
    assert read_mail(mail).sentences == (EN_ASK,)


def test_hiragana_particles_joining_latin_words_are_japanese() -> None:
    assert detect_language("newsletterのteishiってwebでdekiru? mailでもok?") == "ja"
    assert read_mail("accountのsakujoはappからできますか").lang == "ja"
    # English that quotes a Japanese phrase, spaced off, stays English.
    assert (
        detect_language("I got a mail titled お知らせ and one more called ご案内, what are they?")
        == "en"
    )


@pytest.mark.parametrize(
    ("mail", "asks"),
    [
        # Intake reads the subject as the first line: a reply to the desk's acknowledgement.
        (
            "Re: 自動返信: [PMC-40] お問い合わせを受け付けました「会員登録について」\n追加で、電話番号も削除してください。",
            ("会員登録について", "追加で、電話番号も削除してください。"),
        ),
        (
            "件名：RE: 【自動返信】お問い合わせを受け付けました\n\n返信ありがとうございます。\nDMの送付も止めていただけますか。",
            ("DMの送付も止めていただけますか。",),
        ),
        (
            "Re: [Auto-reply] We have received your inquiry\nCan you also erase my old address?",
            ("Can you also erase my old address?",),
        ),
        (
            "Automatic backups: do they keep my card number?",
            ("Automatic backups: do they keep my card number?",),
        ),
    ],
)
def test_an_automatic_replys_subject_keeps_only_the_subject_it_quotes(
    mail: str, asks: tuple[str, ...]
) -> None:
    assert read_mail(mail).sentences == asks


@pytest.mark.parametrize(
    "mail",
    [
        f"Morning,\n\n{EN_ASK}\n\nthx\nJ. Okoro",
        f"Hi guys,\n\n{EN_ASK} Thx\n\nSam",
        f"Evening all!\n\n{EN_ASK} thanks\n- mei",
        f"Hello,\n\n{EN_ASK}\n\nLooking forward to your reply.\nPriya Nair\n-----\nPlease excuse typos, sent from my phone\n-----",
        f"{EN_ASK}\n\nRuth Abebe\nSent from my phone, excuse brevity",
    ],
)
def test_casual_greetings_closings_and_phone_footers_go_with_the_name(mail: str) -> None:
    assert read_mail(mail).sentences == (EN_ASK,)


def test_a_casual_greeting_on_the_line_of_the_ask_goes_alone() -> None:
    assert read_mail("Morning, please delete my account.").sentences == (
        "please delete my account.",
    )


def test_a_postscript_above_the_sign_off_keeps_its_words_not_the_sign_off() -> None:
    mail = (
        "Hi,\n\nThe parcel came today, thank you.\n\nP.S. Why do I now get texts from your partner shops? "
        "Did you pass my number on?\n\nAppreciate it.\nNoor (customer no. 88120)"
    )
    asks = read_mail(mail).sentences
    assert asks[-1] == "Did you pass my number on?"
    assert not any("88120" in s or s.startswith("Noor") for s in asks)


def test_a_japanese_paragraph_wrapped_at_a_narrow_width_is_joined() -> None:
    mail = (
        "お世話になっております。\n\n"
        "昨年まで貴社の会員でしたが、退会後も登\n"
        "録した住所あてにカタログが届いていま\n"
        "す。住所の情報はいつまで保存されるの\n"
        "でしょうか。\n\n"
        "よろしくお願いいたします。"
    )
    assert read_mail(mail).sentences == (
        "昨年まで貴社の会員でしたが、退会後も登録した住所あてにカタログが届いています。",
        "住所の情報はいつまで保存されるのでしょうか。",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "個人情報ご担当の方へ",
        "プラネットさん",
        "別件でもう一点お伺いします。",
        "夫に言われて心配になったので、お伺いします。",
        "先ほどのメールに補足です。",
        "突然すみません。",
        "ご返事をお待ちしております。",
    ],
)
def test_japanese_addressees_announcements_and_follow_ups_are_formulas(phrase: str) -> None:
    assert read_mail(f"{phrase}\n{JA_ASK}").sentences == (JA_ASK,)


@pytest.mark.parametrize(
    "intro",
    [
        "岡田です。",
        "会員番号 B-55012 の岡田です。",
        "いつも利用している岡田です。",
        "以前アプリを利用していた者です。",
    ],
)
def test_a_japanese_customer_saying_who_writes_is_not_read_as_asking(intro: str) -> None:
    assert read_mail(f"お世話になっております。\n{intro}\n{JA_ASK}").sentences == (JA_ASK,)


@pytest.mark.parametrize(
    "intro", ["入居者です。", "見本コーポ駐輪場を利用している岡田です。", "お疲れ様です。"]
)
def test_who_writes_stays_when_it_tells_business_mail(intro: str) -> None:
    # A tenant, a parking contract, a colleague's greeting: the off-topic decision reads them.
    assert read_mail(f"{intro}\n{JA_ASK}").sentences == (intro, JA_ASK)


def test_a_short_word_alone_is_kept_when_nothing_follows() -> None:
    assert read_mail("心配です。").sentences == ("心配です。",)
