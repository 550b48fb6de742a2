# ruff: noqa: E501  (whole mails, written as mailers write them, are data)
"""Writes mailshapes2-train.jsonl: whole mails in shapes no other set holds, train only.

    .venv/bin/python bench/data/make_mailshapes2.py

Written by the developer working on the reader, before the reader was changed for them: asks
(new, written for this set) wrapped in mail shapes the earlier sets lack or hold once: a long
story with the ask at its end, the ask in a subject line only, bullet-list asks, two asks, a
reply on top of a long thread (quotes inside quotes, Outlook and Gmail), forwarded chains,
HTML turned into text (odd line breaks, non-breaking spaces, image and link markers), Japanese
記 … 以上 blocks and 拝啓 … 敬具 letters, signatures with departments and mobile numbers and no
rule, English mail under a Japanese signature and Japanese mail under an English one, and
romanised Japanese. Seeded: the output is the same on every run. For tuning the reader only
(`bench/faq_eval.py --split mailshapes2-train`); nothing in it goes into `faq.yaml` or the
off-topic model (bench/data/README.md).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "mailshapes2-train.jsonl"
SEED = 20261203

# (sections, ask, story sentences that lead up to it)
EN: list[tuple[list[str], str, list[str]]] = [
    (
        ["disclosure"],
        "Could you send me everything you have on file about me?",
        [
            "Last month I cleaned up my online accounts.",
            "I made a list of every service I signed up for over the years.",
        ],
    ),
    (
        ["correction"],
        "My date of birth on the account is wrong, it should be 14 March 1988. Please fix it.",
        [
            "When I tried to buy a ticket last week the site asked me to confirm my age.",
            "The form showed a year I did not recognise.",
        ],
    ),
    (
        ["suspension"],
        "Please stop using my personal data for anything other than delivering my orders.",
        [
            "I have been a customer since 2019 and I am happy with the service.",
            "Lately I receive a lot of recommendations I never asked for.",
        ],
    ),
    (
        ["third-party"],
        "Do you pass my name and phone number to other companies?",
        [
            "Two weeks ago a man called me about solar panels.",
            "He knew my full name and said he got my number from a partner.",
        ],
    ),
    (
        ["purpose"],
        "What exactly do you use my purchase history for?",
        [
            "I noticed the app shows me products very similar to what I bought.",
            "My wife thinks it is convenient, I am less sure.",
        ],
    ),
    (
        ["collection"],
        "What kinds of personal information do you collect when I register?",
        [
            "I am thinking about opening an account for my small shop.",
            "Before I do, I want to understand what I am handing over.",
        ],
    ),
    (
        ["contact"],
        "Who should I write to about a complaint about how my data was handled?",
        [
            "I wrote to your support address twice in November.",
            "Both times I got an answer about shipping, not about my question.",
        ],
    ),
    (
        ["hours"],
        "Are you open over the New Year holidays, and when will I get an answer?",
        [
            "I am sending this late on a Friday.",
            "I will be travelling from the 28th and checking mail only now and then.",
        ],
    ),
    (
        ["changes"],
        "How will I be told when your privacy policy changes?",
        [
            "I read your privacy policy carefully before signing up.",
            "A friend told me companies change these documents without telling anyone.",
        ],
    ),
    (
        ["joint-use"],
        "Which group companies share my information with you, and who is responsible for it?",
        [
            "Your website mentions several sister companies.",
            "I bought a membership from one of them last year.",
        ],
    ),
    (
        ["correction"],
        "Please delete my account and all the personal details attached to it.",
        [
            "I moved abroad in the summer and will not use the service again.",
            "I already removed the app from my phone.",
        ],
    ),
    (
        ["disclosure"],
        "How do I request disclosure of my data, and is there a fee?",
        [
            "My lawyer advised me to collect the records companies keep about me.",
            "It is for a private matter, nothing against your company.",
        ],
    ),
    (
        ["suspension"],
        "I withdraw my consent to marketing, please stop sending me offers.",
        [
            "I signed up for the newsletter years ago.",
            "Now I get three or four mails a week and it is too much.",
        ],
    ),
    (
        ["third-party"],
        "Did you give my email address to an advertiser?",
        [
            "Since Tuesday I get spam addressed to the exact alias I only used with you.",
            "I use a different alias for every shop, so I can tell where it leaked.",
        ],
    ),
    (
        ["purpose"],
        "Do you use my browsing on your site to show me ads elsewhere?",
        [
            "I looked at a pair of boots on your shop on Sunday.",
            "On Monday the same boots followed me around every news site I opened.",
        ],
    ),
    (
        ["collection"],
        "Does your app collect my location in the background?",
        [
            "My battery drains faster since the last update.",
            "The settings screen says the app used location an hour ago, while it was closed.",
        ],
    ),
    (
        ["hours"],
        "Do you reply to inquiries on weekends?",
        [
            "I work shifts and can only read mail on Saturdays and Sundays.",
            "Last time I waited a whole week for an answer.",
        ],
    ),
    (
        ["correction"],
        "I changed my surname after getting married, can you update it from Clarke to Moreau?",
        ["I got married in October.", "The bank and the city office already have my new name."],
    ),
    (
        ["contact"],
        "What is the postal address for sending a written request about my personal information?",
        ["I prefer paper to online forms.", "My father always said a letter leaves a record."],
    ),
    (
        ["disclosure"],
        "Can I see the records of my calls with your support team?",
        [
            "I had a long dispute with your support team in the spring.",
            "I would like to check what was noted during those calls.",
        ],
    ),
]

JA: list[tuple[list[str], str, list[str]]] = [
    (
        ["disclosure"],
        "貴社が保有している私の個人情報を開示していただけますでしょうか。",
        [
            "先日、自宅のパソコンを整理しておりました。",
            "その際に、これまで登録したサービスを一覧にしてみました。",
        ],
    ),
    (
        ["correction"],
        "登録している住所が旧住所のままになっていますので、訂正をお願いいたします。",
        [
            "先月、横浜から川崎へ引っ越しました。",
            "転送届は出しておりますが、いつまで届くか分かりません。",
        ],
    ),
    (
        ["suspension"],
        "ダイレクトメールへの個人情報の利用を停止していただきたく存じます。",
        ["毎週のようにチラシが自宅に届きます。", "高齢の母が開封してしまい、困っております。"],
    ),
    (
        ["third-party"],
        "私の電話番号を他の会社に提供したことはありますか。",
        [
            "昨日、知らない不動産会社から電話がありました。",
            "先方は私の名前と貴社のサービスを利用していることを知っていました。",
        ],
    ),
    (
        ["purpose"],
        "購入履歴はどのような目的で利用されているのでしょうか。",
        [
            "アプリを開くと、以前買った商品とよく似たものばかり表示されます。",
            "便利ではありますが、少し気味が悪く感じております。",
        ],
    ),
    (
        ["collection"],
        "会員登録の際に、どのような個人情報を取得しているのか教えてください。",
        [
            "小さな店を営んでおり、仕入れに貴社のサービスを使おうと考えております。",
            "登録の前に、どこまで情報を渡すことになるのか把握しておきたいと思いました。",
        ],
    ),
    (
        ["contact"],
        "個人情報の取扱いに関する苦情は、どちらの窓口に連絡すればよいでしょうか。",
        [
            "先月、サポート宛てに二度メールをお送りしました。",
            "いずれも配送についてのご回答で、私の質問への答えではありませんでした。",
        ],
    ),
    (
        ["hours"],
        "年末年始はお休みでしょうか。また、いつ頃ご回答いただけますか。",
        [
            "金曜日の夜遅くに失礼いたします。",
            "二十八日から帰省するため、メールを見られるのは時々になります。",
        ],
    ),
    (
        ["changes"],
        "プライバシーポリシーが変更された場合、どのように知らされるのでしょうか。",
        [
            "登録前にプライバシーポリシーをひととおり読みました。",
            "知人から、会社は規約を知らないうちに変えるものだと聞きました。",
        ],
    ),
    (
        ["joint-use"],
        "グループ会社との共同利用の範囲と、その責任者を教えていただけますか。",
        [
            "貴社のサイトにいくつかの関連会社が載っています。",
            "昨年、そのうちの一社で会員になりました。",
        ],
    ),
    (
        ["correction"],
        "退会して、登録した個人情報をすべて削除してください。",
        [
            "夏に海外へ転居し、今後サービスを使う予定はありません。",
            "スマートフォンからアプリはすでに削除しました。",
        ],
    ),
    (
        ["disclosure"],
        "開示請求の手続きと手数料について教えていただけますでしょうか。",
        [
            "弁護士から、各社が保有する記録を集めておくよう助言を受けました。",
            "私的な事情によるもので、貴社に対するものではございません。",
        ],
    ),
    (
        ["suspension"],
        "広告メールの配信に同意しましたが、同意を撤回しますので配信を止めてください。",
        [
            "数年前にメールマガジンに登録しました。",
            "最近は週に三、四通届き、さすがに多すぎると感じています。",
        ],
    ),
    (
        ["third-party"],
        "私のメールアドレスを広告会社に渡しましたか。",
        [
            "火曜日から、貴社にしか使っていないアドレス宛てに迷惑メールが届いています。",
            "お店ごとに別のアドレスを使っているので、どこから漏れたか分かります。",
        ],
    ),
    (
        ["collection"],
        "アプリは位置情報をバックグラウンドで取得していますか。",
        [
            "前回のアップデート以降、電池の減りが早くなりました。",
            "設定画面を見ると、アプリを閉じていた時間にも位置情報が使われていました。",
        ],
    ),
    (
        ["hours"],
        "土日もお問い合わせに対応していただけますか。",
        [
            "シフト勤務のため、メールを読めるのは土曜と日曜だけです。",
            "前回は返事をいただくまで一週間かかりました。",
        ],
    ),
    (
        ["correction"],
        "結婚により姓が変わりましたので、登録の氏名を佐藤から森に変更してください。",
        ["十月に入籍いたしました。", "銀行と市役所の手続きはすでに済ませております。"],
    ),
    (
        ["contact"],
        "個人情報に関する書面での請求は、どちらの住所へ郵送すればよろしいでしょうか。",
        [
            "オンラインの手続きがどうも苦手です。",
            "父からも、書面なら記録が残ると言われております。",
        ],
    ),
    (
        ["purpose"],
        "私の閲覧履歴は広告の配信に使われているのでしょうか。",
        [
            "日曜日に貴社のショップでブーツを見ました。",
            "月曜日には、どのニュースサイトを開いても同じブーツの広告が出てきました。",
        ],
    ),
    (
        ["changes"],
        "ポリシーの改定はいつ、どのように公表されますか。",
        [
            "会社の法務担当として、取引先の規程を確認しております。",
            "改定履歴がサイト上で見当たりませんでした。",
        ],
    ),
]

# Off-topic asks in the same shapes: nothing here should get a policy answer.
OFF_EN = [
    "Could you confirm whether the invoice INV-2291 for November has been paid?",
    "We would like to move Thursday's meeting to 3 pm, does that work for your team?",
    "The parking space B-12 will be repainted on Saturday, please move your car by Friday evening.",
]
OFF_JA = [
    "11月分の請求書（No. 4471）のお支払い状況をご確認いただけますでしょうか。",
    "木曜日の打ち合わせを15時に変更させていただけますでしょうか。",
    "駐車場B-12の区画線塗り直しのため、金曜日の夜までに車両の移動をお願いいたします。",
]

NAMES_EN = [
    "Olivia Bennett",
    "Marcus Feld",
    "Aiko Tanner",
    "Ruth Okonkwo",
    "Tomás Herrera",
    "Ian McLeod",
]
NAMES_JA = [
    ("佐藤", "美紀", "さとう みき"),
    ("中川", "大輔", "なかがわ だいすけ"),
    ("石田", "理恵", "いしだ りえ"),
    ("上野", "修", "うえの おさむ"),
    ("松本", "千尋", "まつもと ちひろ"),
]
COMPANIES_JA = [
    "株式会社みらい物流",
    "有限会社さくら設計",
    "北斗システム株式会社",
    "合同会社ひかり企画",
]
COMPANIES_EN = [
    "Northwind Trading Ltd.",
    "Bluefin Analytics Inc.",
    "Harbor & Pine LLP",
    "Greyline Logistics GmbH",
]
DEPTS_JA = ["総務部 総務課", "営業本部 第二営業部", "管理部 法務グループ", "経理部"]
DEPTS_EN = ["Customer Operations", "Legal Department", "Procurement | EMEA", "Finance & Accounting"]


def sig_en(rng: random.Random) -> str:
    name = rng.choice(NAMES_EN)
    company = rng.choice(COMPANIES_EN)
    shape = rng.randrange(4)
    if shape == 0:
        return f"{name}\n{rng.choice(DEPTS_EN)}\n{company}\nMobile: +81 90-5555-{rng.randrange(1000, 9999)}\nDirect: +81 3-5555-{rng.randrange(1000, 9999)}"
    if shape == 1:
        return f"{name} | {rng.choice(DEPTS_EN)}\n{company}\nM +44 7700 900{rng.randrange(100, 999)}\nwww.example.com"
    if shape == 2:
        return f"{name}\nSenior Analyst, {rng.choice(DEPTS_EN)}\ncell 555-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
    return f"{name}\n{company}\n1-2-3 Example-cho, Minato-ku, Tokyo 105-0000\nT: 03-5555-{rng.randrange(1000, 9999)}"


def sig_ja(rng: random.Random) -> str:
    last, first, reading = rng.choice(NAMES_JA)
    company = rng.choice(COMPANIES_JA)
    shape = rng.randrange(4)
    if shape == 0:
        return f"{company}\n{rng.choice(DEPTS_JA)}\n{last} {first}\n携帯：090-5555-{rng.randrange(1000, 9999)}"
    if shape == 1:
        return f"{last} {first}（{reading}）\n{company} {rng.choice(DEPTS_JA)}\n直通 03-5555-{rng.randrange(1000, 9999)} / 内線 {rng.randrange(100, 999)}\n携帯 080-5555-{rng.randrange(1000, 9999)}"
    if shape == 2:
        return f"{company}\n{rng.choice(DEPTS_JA)} 主任\n{last}{first}\n〒160-0023 東京都新宿区見本町1-2-3\nTEL 03-5555-{rng.randrange(1000, 9999)}　FAX 03-5555-{rng.randrange(1000, 9999)}\nMobile: 070-5555-{rng.randrange(1000, 9999)}"
    return f"{last}\n{rng.choice(DEPTS_JA)}\nk.{reading.split()[0]}@example.jp"


def sig_en_of_ja_writer(rng: random.Random) -> str:
    reading = rng.choice(NAMES_JA)[2]
    given, family = reading.split()[1].capitalize(), reading.split()[0].upper()
    return f"Best regards,\n{given} {family}\n{rng.choice(DEPTS_EN)}\n{rng.choice(COMPANIES_EN)}\nTel: +81-3-5555-{rng.randrange(1000, 9999)}\nMobile: +81-90-5555-{rng.randrange(1000, 9999)}"


def sig_ja_of_en_writer(rng: random.Random) -> str:
    last, first, _ = rng.choice(NAMES_JA)
    company = rng.choice(COMPANIES_JA)
    return f"{company}\n{rng.choice(DEPTS_JA)}\n{last} {first}\n〒150-0002 東京都渋谷区見本1-2-3 見本ビル5階\n電話：03-5555-{rng.randrange(1000, 9999)}\n携帯：090-5555-{rng.randrange(1000, 9999)}"


GREET_EN = [
    "Hello,",
    "Hi there,",
    "Dear Sir or Madam,",
    "Good afternoon,",
    "Dear Planet Management team,",
]
CLOSE_EN = ["Thanks in advance,", "Best regards,", "Kind regards,", "Thank you,", "Regards,"]
GREET_JA = [
    "お世話になっております。",
    "いつもお世話になっております。",
    "突然のご連絡失礼いたします。",
    "はじめてご連絡いたします。",
]
CLOSE_JA = [
    "よろしくお願いいたします。",
    "何卒よろしくお願い申し上げます。",
    "お手数をおかけしますが、よろしくお願いいたします。",
]
ADDRESSEE_JA = [
    "株式会社プラネットマネジメント\nお問い合わせ窓口 ご担当者様",
    "プラネットマネジメント御中",
    "ご担当者様",
]

ACK_QUOTE_EN = """This is an automatic reply to let you know that we have received your inquiry.
Our inquiry desk is closed at the moment, so a member of our staff will reply after we reopen.
You can ask for disclosure, correction or suspension of use of your personal information."""
STAFF_QUOTE_EN = """Dear customer,

Thank you for contacting us. Regarding joint use, we share customer information with our
group companies for the purposes listed in section 5 of our privacy policy.

Planet Management Inquiry Desk"""
ACK_QUOTE_JA = """※このメールは、お問い合わせの受付をお知らせする自動返信です。
ただいま営業時間外のため、翌営業日以降に担当者よりご連絡いたします。
個人情報の開示・訂正・利用停止のご請求も受け付けております。"""
STAFF_QUOTE_JA = """お世話になっております。プラネットマネジメント お問い合わせ窓口です。
共同利用につきましては、プライバシーポリシー第5条に記載のグループ会社と
記載の目的の範囲で共有しております。
ご不明な点がございましたら、お気軽にお問い合わせください。"""


def quote(text: str, prefix: str) -> str:
    return "\n".join(
        f"{prefix}{line}".rstrip() if line else prefix.rstrip() for line in text.splitlines()
    )


def wrap_en(rng: random.Random, body: str, sig: str | None = None) -> str:
    return f"{rng.choice(GREET_EN)}\n\n{body}\n\n{rng.choice(CLOSE_EN)}\n{sig or sig_en(rng)}"


def wrap_ja(rng: random.Random, body: str, sig: str | None = None) -> str:
    top = f"{rng.choice(ADDRESSEE_JA)}\n\n" if rng.random() < 0.5 else ""
    return (
        f"{top}{rng.choice(GREET_JA)}\n\n{body}\n\n{rng.choice(CLOSE_JA)}\n\n{sig or sig_ja(rng)}"
    )


# --- shapes: (rng, ask, story, lang) -> text -------------------------------------------------
def long_story(rng: random.Random, ask: str, story: list[str], lang: str) -> str:
    if lang == "en":
        extra = [
            "I hope this is the right address for this.",
            "I am not very good with computers, so my grandson helps me.",
            "I have read the FAQ on your website but could not find the answer.",
            "It took me a while to decide whether to write at all.",
        ]
        body = " ".join(story + rng.sample(extra, 2)) + "\n\n" + "So my question is simple. " + ask
        return wrap_en(rng, body)
    extra = [
        "こちらの窓口でよいのか分からず、ご連絡いたしました。",
        "パソコンは不慣れで、娘に手伝ってもらって書いております。",
        "ホームページのよくある質問も拝見しましたが、答えが見つかりませんでした。",
        "お問い合わせするかどうか、しばらく迷っておりました。",
    ]
    body = "".join(story + rng.sample(extra, 2)) + "\n\nそこで質問なのですが、" + ask
    return wrap_ja(rng, body)


def subject_only(rng: random.Random, ask: str, story: list[str], lang: str) -> str:
    if lang == "en":
        return f"Subject: {ask}\n\n{rng.choice(GREET_EN)}\n\nAs in the subject line. Thanks for looking into it.\n\n{rng.choice(CLOSE_EN)}\n{sig_en(rng)}"
    return f"件名：{ask}\n\n{rng.choice(GREET_JA)}\n\n件名の通りです。\nご確認のほど、よろしくお願いいたします。\n\n{sig_ja(rng)}"


def bullets(rng: random.Random, ask: str, story: list[str], lang: str, second: str = "") -> str:
    mark = (
        rng.choice(["- ", "• ", "* ", "・"]) if lang == "en" else rng.choice(["・", "■", "- ", "●"])
    )
    items = [ask, second] if second else [ask]
    if lang == "en":
        body = f"{story[0]}\n\nI have the following question{'s' if second else ''}:\n" + "\n".join(
            mark + i for i in items
        )
        return wrap_en(rng, body)
    body = f"{story[0]}\n\n以下の点についてお伺いします。\n" + "\n".join(mark + i for i in items)
    return wrap_ja(rng, body)


def reply_on_thread(rng: random.Random, ask: str, story: list[str], lang: str) -> str:
    if lang == "en":
        top = f"Thanks for the quick reply. One more thing: {ask}\n\n{rng.choice(CLOSE_EN)}\n{rng.choice(NAMES_EN).split()[0]}"
        if rng.random() < 0.5:
            head = "On Wed, Dec 2, 2026 at 4:12 PM Planet Management Inquiry Desk <\ninfo@planetmgmt.biz> wrote:"
            return f"{top}\n\n{head}\n\n{quote(STAFF_QUOTE_EN, '> ')}\n>\n> On Tue, Dec 1, 2026 at 11:03 PM <customer@example.com> wrote:\n>\n{quote(ACK_QUOTE_EN, '>> ')}\n"
        return (
            f"{top}\n\n________________________________\nFrom: Planet Management Inquiry Desk <info@planetmgmt.biz>\n"
            f"Sent: Wednesday, December 2, 2026 4:12 PM\nTo: {rng.choice(NAMES_EN)}\nSubject: RE: question\n\n{STAFF_QUOTE_EN}\n\n"
            f"________________________________\nFrom: Planet Management <info@planetmgmt.biz>\nSent: Tuesday, December 1, 2026 11:05 PM\n"
            f"Subject: Automatic reply\n\n{ACK_QUOTE_EN}"
        )
    top = f"ご回答ありがとうございました。\nもう一点お伺いしたいのですが、{ask}\n\n{rng.choice(CLOSE_JA)}\n{rng.choice(NAMES_JA)[0]}"
    if rng.random() < 0.5:
        head = "2026年12月2日(水) 16:12 株式会社プラネットマネジメント <info@planetmgmt.biz>:"
        return f"{top}\n\n{head}\n\n{quote(STAFF_QUOTE_JA, '> ')}\n>\n> 2026年12月1日(火) 23:03 <customer@example.jp>:\n{quote(ACK_QUOTE_JA, '>> ')}\n"
    return (
        f"{top}\n\n-----Original Message-----\n差出人: 株式会社プラネットマネジメント <info@planetmgmt.biz>\n"
        f"送信日時: 2026年12月2日 16:12\n宛先: customer@example.jp\n件名: RE: お問い合わせ\n\n{STAFF_QUOTE_JA}\n\n"
        f"-----Original Message-----\n差出人: info@planetmgmt.biz\n送信日時: 2026年12月1日 23:05\n\n{ACK_QUOTE_JA}"
    )


def forwarded_chain(rng: random.Random, ask: str, story: list[str], lang: str) -> str:
    if lang == "en":
        inner = f"Hello,\n\n{' '.join(story)} {ask}\n\nThanks,\n{rng.choice(NAMES_EN)}"
        return (
            f"Hi,\n\nMy mother asked me to pass this on to you, see her message below.\n\n{rng.choice(NAMES_EN).split()[0]}\n\n"
            f"---------- Forwarded message ---------\nFrom: {rng.choice(NAMES_EN)} <family@example.com>\nDate: Mon, Nov 30, 2026 at 8:02 PM\n"
            f"Subject: Fwd: my data\nTo: <son@example.com>\n\n\n---------- Forwarded message ---------\nFrom: <mum@example.com>\n"
            f"Date: Mon, Nov 30, 2026 at 7:40 PM\nSubject: my data\n\n{inner}\n"
        )
    last, first, _ = rng.choice(NAMES_JA)
    inner = f"お世話になります。\n\n{''.join(story)}{ask}\n\nよろしくお願いします。\n{last}"
    return (
        f"ご担当者様\n\n母から頼まれましたので、下記のメールを転送いたします。\nご対応をお願いできますでしょうか。\n\n{first}\n\n"
        f"---------- 転送メッセージ ---------\nFrom: {last} <haha@example.jp>\nDate: 2026年11月30日(月) 20:02\nSubject: Fwd: 個人情報について\n\n"
        f"---------- 転送メッセージ ---------\nFrom: {last} <haha@example.jp>\nDate: 2026年11月30日(月) 19:40\nSubject: 個人情報について\n\n{inner}\n"
    )


def html_text(rng: random.Random, ask: str, story: list[str], lang: str) -> str:
    """Text as an HTML-to-text conversion leaves it: breaks at odd places, non-breaking spaces,
    image and link markers, a blank line after each paragraph piece."""

    def breakup(text: str, width: int) -> str:
        out, line = [], ""
        for word in text.split(" ") if lang == "en" else list(text):
            piece = word + (" " if lang == "en" else "")
            if len(line) + len(piece) > width and line:
                out.append(line.rstrip())
                line = ""
            line += piece
        out.append(line.rstrip())
        return "\n".join(out)

    width = rng.choice([28, 34, 45]) if lang == "en" else rng.choice([14, 18, 22])
    if lang == "en":
        body = breakup(" ".join(story), width) + "\n\n\n" + breakup(ask, width)
        return (
            f"[image: Logo]\n\n{rng.choice(GREET_EN)}\u00a0\n\n\n{body}\n\n\n{rng.choice(CLOSE_EN)}\u00a0\n\n{rng.choice(NAMES_EN)}\n\n"
            f"*{rng.choice(COMPANIES_EN)}*\n<https://www.example.com/>\n\n[image: facebook] <https://facebook.com/example>"
        )
    body = breakup("".join(story), width) + "\n\n\n" + breakup(ask, width)
    last, first, _ = rng.choice(NAMES_JA)
    return (
        f"{rng.choice(GREET_JA)}\u00a0\n\n\n{body}\n\n\n{rng.choice(CLOSE_JA)}\n\n{last} {first}\n\n"
        f"*{rng.choice(COMPANIES_JA)}*\n<https://www.example.jp/>\n\n[image: ロゴ]"
    )


def ki_ijou(rng: random.Random, ask: str, story: list[str], lang: str, second: str = "") -> str:
    items = [ask, second] if second else [ask]
    block = "\n".join(f"{'１２３'[n]}．{item}" for n, item in enumerate(items))
    body = f"{story[0]}\n下記の件につきまして、ご確認いただけますでしょうか。\n\n　　　　　　　　記\n\n{block}\n\n　　　　　　　　　　　　　　　　以上"
    return wrap_ja(rng, body)


def haikei(rng: random.Random, ask: str, story: list[str], lang: str) -> str:
    season = rng.choice(
        [
            "師走の候、貴社ますますご清栄のこととお慶び申し上げます。",
            "初冬の候、皆様におかれましてはご健勝のこととお喜び申し上げます。",
            "時下ますますご清祥のこととお慶び申し上げます。",
        ]
    )
    last, first, _ = rng.choice(NAMES_JA)
    return (
        f"株式会社プラネットマネジメント　御中\n\n拝啓　{season}\n平素は格別のご高配を賜り、厚く御礼申し上げます。\n\n"
        f"さて、{''.join(story)}\nつきましては、{ask}\n\nまずは略儀ながら書中にてお願い申し上げます。\n\n敬具\n\n"
        f"　　　　　　　　　　　　　　　　令和8年12月3日\n　　　　　　　　　　　　　　　　{last} {first}"
    )


def dept_signature(rng: random.Random, ask: str, story: list[str], lang: str) -> str:
    if lang == "en":
        return (
            f"{rng.choice(GREET_EN)}\n\n{story[1]} {ask}\n\n{rng.choice(CLOSE_EN)}\n{sig_en(rng)}"
        )
    return f"{rng.choice(GREET_JA)}\n\n{story[1]}{ask}\n\n{rng.choice(CLOSE_JA)}\n{sig_ja(rng)}"


def foreign_signature(rng: random.Random, ask: str, story: list[str], lang: str) -> str:
    if lang == "en":  # an English mail under a long Japanese signature
        return f"{rng.choice(GREET_EN)}\n\n{ask}\n\nThank you.\n\n{sig_ja_of_en_writer(rng)}"
    return (
        f"{rng.choice(GREET_JA)}\n\n{ask}\n\n{rng.choice(CLOSE_JA)}\n\n{sig_en_of_ja_writer(rng)}"
    )


SHAPES_EN: list[Callable[..., str]] = [long_story, subject_only, bullets, reply_on_thread, forwarded_chain,
                                       html_text, dept_signature, foreign_signature]  # fmt: skip
SHAPES_JA: list[Callable[..., str]] = [long_story, subject_only, bullets, reply_on_thread, forwarded_chain,
                                       html_text, ki_ijou, haikei, dept_signature, foreign_signature]  # fmt: skip

# Romanised Japanese, whole mails (labelled Japanese: the writer writes Japanese in Latin letters).
ROMAJI: list[tuple[list[str], str]] = [
    (
        ["correction"],
        "Planet Management gotantousha sama\n\nOsewa ni natte orimasu. Tanaka to moushimasu.\nWatashi no kojin jouhou wo sakujo shite itadakemasu deshou ka.\nNihongo no nyuuryoku ga dekinai pasokon na node, romaji de shitsurei shimasu.\n\nYoroshiku onegai itashimasu.\nTanaka Kenji\nTEL 090-5555-0412",
    ),
    (
        ["disclosure"],
        "Konnichiwa.\n\nKaiin touroku shite iru Suzuki desu.\nOnsha ga motte iru watashi no jouhou wo kaiji shite kudasai.\nTesuuryou wa ikura desu ka?\n\nYoroshiku onegaishimasu.\nSuzuki",
    ),
    (
        ["suspension"],
        "Osewa ni narimasu.\n\nMerumaga no haishin wo teishi shite kudasai. Kojin jouhou no riyou mo yamete hoshii desu.\n\nSumimasen ga yoroshiku onegai shimasu.\n\n--\nYamamoto Aya\nMobile: 080-5555-0933",
    ),
]


# Part two, written after the reader was changed, from hand-written probes of shapes no data set
# held: regression checks for the reader, each written out in full (lang, kind, sections, shape,
# text).
FW_JA = (
    "---------- Forwarded message ---------\nFrom: {sender}\nDate: 2026年11月30日(月) 19:40\n"
    "Subject: {subject}\nTo: <me@example.jp>\n\n{body}"
)
PROBES: list[tuple[str, str, list[str], str, str]] = [
    ("en", "mail", ["third-party"], "gmail-fr",
     "Hello,\n\nThanks for your answer. But do you also pass my address to your delivery partners?\n\n"
     "Amélie\n\nLe mar. 1 déc. 2026 à 10:00, Planet Management <info@planetmgmt.biz> a écrit :\n"
     "> Dear customer,\n> You can ask for disclosure of your personal information by post.\n"),
    ("en", "mail", ["correction"], "outlook-de",
     "Hi,\n\nplease change my e-mail address on file to jonas.weber@example.de.\n\nJonas\n\n"
     "Von: Planet Management <info@planetmgmt.biz>\nGesendet: Dienstag, 1. Dezember 2026 10:00\n"
     "An: jonas@example.de\nBetreff: Re: Frage\n\nWe share customer data with our group companies."),
    ("en", "mail", ["disclosure"], "outlook-zh",
     "Hello,\nHow can I get a copy of the personal data you keep about me?\n\nWang Li\n\n"
     "发件人: Planet Management <info@planetmgmt.biz>\n发送时间: 2026年12月1日 10:00\n"
     "收件人: wang@example.cn\n主题: Re: question\n\nOur office is closed on weekends and holidays."),
    ("en", "mail", ["suspension"], "banner",
     "CAUTION: This email originated from outside of the organization. Do not click links or open\n"
     "attachments unless you recognize the sender and know the content is safe.\n\nHello,\n\n"
     "Please stop using my purchase history for recommendations.\n\nRegards,\nNora Lind"),
    ("ja", "mail", ["suspension"], "banner-ja",
     "【注意】このメールは組織外から送信されています。送信者に心当たりのない場合は、\n"
     "リンクや添付ファイルを開かないでください。\n\nお世話になっております。\n"
     "ダイレクトメールの送付を停止していただけますでしょうか。\n\nよろしくお願いいたします。\n小林"),
    ("ja", "mail", ["suspension"], "forwarded-newsletter",
     "お世話になっております。\n下記のメールマガジンが毎週届きます。配信停止したいのですが、どこから手続きできますか？\n\n佐藤\n\n"
     + FW_JA.format(sender="プラネット通信 <news@planetmgmt.biz>", subject="12月号",
                    body="今月のおすすめ商品をご紹介します。\n詳しくはこちらをご覧ください。\n"
                    "https://example.jp/news")),
    ("en", "mail", ["suspension"], "forwarded-newsletter",
     "Hi,\nI keep getting this newsletter below every week. How do I stop it? I never signed up.\n\n"
     "Tom\n\n---------- Forwarded message ---------\nFrom: Planet News <news@planetmgmt.biz>\n"
     "Date: Mon, Nov 30, 2026 at 7:40 PM\nSubject: December news\n\nHello!\n"
     "Check out our best offers this month.\nPlease visit our site for more."),
    ("ja", "mail", ["disclosure"], "re-sent",
     "12月1日に下記の問い合わせを送りましたが、まだ回答をいただけておりません。\n\n佐藤\n\n"
     + FW_JA.format(sender="佐藤 <me@example.jp>", subject="個人情報の開示について",
                    body="お世話になります。\n私の個人情報の開示をお願いできますでしょうか。\nよろしくお願いします。")),
    ("ja", "mail", ["correction"], "initials-quote",
     "登録している電話番号を新しい番号に変更していただけますか。\n\n山田> 共同利用については第5条をご覧ください。\n"
     "T.Y> グループ各社と共有しております。"),
    ("ja", "mail", ["hours"], "notice-under-signature",
     "お世話になっております。\n\n年末年始もお問い合わせに対応していただけますでしょうか。\n\n"
     "何卒よろしくお願い申し上げます。\n\n☆★☆★☆★☆★☆★☆★\n例題ホールディングス株式会社 経営企画部\n藤田 美和\n"
     "Mail：miwa.fujita@example.jp\n☆★☆★☆★☆★☆★☆★\n【年末年始休業のお知らせ】12月29日〜1月4日は休業いたします。"),
    ("ja", "noisy", ["contact"], "address-in-question",
     "個人情報の問合わせ先のメアドって info@planetmgmt.biz であってますか？"),
    ("en", "mail", ["suspension"], "notice-wrapped",
     "Dear Inquiry Desk,\n\nPlease stop sending me marketing e-mails.\n\nYours sincerely,\n"
     "Charlotte Evans\nSenior Analyst\nBrightline Consulting\nDirect: +44 20 5550 363\n\n"
     "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the\n"
     "addressee and may contain confidential or legally privileged information. If you have\n"
     "received it in error, please notify the sender immediately and delete it."),
    ("en", "mail", ["correction"], "social-signature",
     "Hello,\nMy name is misspelled on your emails. It should be Katharina, not Catharina.\n\n"
     "Katharina Weiss\nlinkedin.com/in/kweiss | @kweiss\nShe/her"),
    ("ja", "mail", ["third-party"], "ja-line-below-signature",
     "お世話になります。\n私の電話番号を他の会社に提供したことはありますか。\n\n"
     "ご回答いただけますと幸いです。\n\n有限会社みほん印刷\n 林\n03-5555-0732\n\n前に送ったメールも転送しておきます。\n\n"
     "________________________________\n差出人: 林 <hayashi@example.jp>\n送信日時: 2026年11月17日 16:53\n"
     "件名: パスワード\n\nパスワードの再設定メールが届きません。"),
    ("en", "off-topic", ["none"], "thanks-over-ack",
     "Got it, thanks!\n\nOn Tue, Dec 1, 2026 at 10:00 AM Planet Management <info@planetmgmt.biz> wrote:\n"
     "> This is an automatic reply to let you know that we have received your inquiry.\n"
     "> You can ask for disclosure, correction or suspension of use of your personal information."),
    ("ja", "off-topic", ["none"], "thanks-over-ack",
     "承知しました。ありがとうございます。\n\n以下のとおり、お問い合わせを受け付けました。\n\n　受付番号：[PMC-000812]\n"
     "個人情報の開示・訂正・利用停止のご請求も受け付けております。"),
]  # fmt: skip


def main() -> None:
    rng = random.Random(SEED)
    rows: list[dict[str, object]] = []

    def add(lang: str, kind: str, sections: list[str], text: str, shape: str) -> None:
        n = sum(1 for r in rows if r["lang"] == lang) + 1
        row: dict[str, object] = {"id": f"ms2-{lang}-{n:03d}-{shape}", "lang": lang, "kind": kind,
                                  "sections": sections, "text": text}  # fmt: skip
        if kind == "off-topic":
            row["topic"] = "other"
        rows.append(row)

    for lang, cores, shapes in (("en", EN, SHAPES_EN), ("ja", JA, SHAPES_JA)):
        for n, (sections, ask, story) in enumerate(cores):
            # Every shape in turn, and a second one drawn at random: each core in two shapes.
            for shape in (shapes[n % len(shapes)], rng.choice(shapes)):
                add(lang, "mail", sections, shape(rng, ask, story, lang), shape.__name__)
        # Two asks in one mail: bullets (and 記 blocks), both sections right.
        for n in range(0, len(cores) - 1, 4):
            (s1, a1, st1), (s2, a2, _) = cores[n], cores[n + 1]
            two = [bullets] + ([ki_ijou] if lang == "ja" else [])
            shape = two[(n // 4) % len(two)]
            add(
                lang,
                "mail",
                sorted({*s1, *s2}),
                shape(rng, a1, st1, lang, second=a2),
                "two-" + shape.__name__,
            )
        offs = OFF_EN if lang == "en" else OFF_JA
        for n, ask in enumerate(offs):
            shape = [long_story, reply_on_thread, foreign_signature][n]
            story = (
                ["Following up on last week's call."] * 2
                if lang == "en"
                else ["先週のお電話の件です。"] * 2
            )
            add(lang, "off-topic", ["none"], shape(rng, ask, story, lang), shape.__name__)
    for sections, text in ROMAJI:
        add("ja", "mail", sections, text, "romaji")
    for lang, kind, sections, shape_name, text in PROBES:
        add(lang, kind, sections, text, shape_name)
    OUT.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    print(f"{OUT.name}: {len(rows)} items")


if __name__ == "__main__":
    main()
