# ruff: noqa: E501  (whole mails, written as mailers write them, are data)
"""Writes mailshapes-train.jsonl: whole mails in the shapes the reader got wrong, train only.

    .venv/bin/python bench/data/make_mailshapes.py

Each item is written out in full, by the developer fixing the reader, after reading the kinds of
failure in fresh3-dev (never its wording): a confidentiality notice below or instead of the
signature, valedictions the reader did not know (other languages' "Obrigado,", "With thanks,"),
a greeting on the line of the question, a forward whose cover note hands the question over,
signatures of a name and a title only, a Japanese signature without a rule under English mail,
inline replies, a reply under the quote, numbered questions, a subject line, a bilingual mail.
The questions are new, written for the shape; the set is for reading and tuning the reader,
never scored as a test (bench/data/README.md).
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "mailshapes-train.jsonl"

# (language, kind, sections, text)
ITEMS: list[tuple[str, str, list[str], str]] = [
    # --- a confidentiality notice below the signature, or instead of one ---
    (
        "en",
        "mail",
        ["correction"],
        """Hello,

My surname changed when I married last spring. Could you update it on my account
from Becker to Novak?

Kind regards,
Lena Novak
Procurement Assistant | Example Foods GmbH
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please inform the sender and delete it.""",
    ),
    (
        "en",
        "mail",
        ["disclosure"],
        """Dear Sir or Madam,

I would like to obtain a copy of the personal information your company holds about me.
Please tell me which form to use and whether there is a fee.

Yours faithfully,
Gareth Evans

The information contained in this message is confidential and intended only for the
addressee. If you have received this message in error, please notify us immediately.""",
    ),
    (
        "ja",
        "mail",
        ["suspension"],
        """お世話になっております。

貴社から届くダイレクトメールに私の情報が使われているようですが、
今後は一切利用しないでいただきたく、利用停止をお願いいたします。

よろしくお願いいたします。

---------------------------------
株式会社見本工業 管理部
石井 久美子
TEL 06-5555-0133
---------------------------------
本メールには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが削除してください。""",
    ),
    (
        "en",
        "mail",
        ["third-party"],
        """Hi,

Do you ever give my phone number to insurance companies? Since I registered I get
calls from two of them every week.

Thanks
Priya
CONFIDENTIALITY NOTICE: This message is intended solely for the use of the addressee
and may contain privileged information.""",
    ),
    # --- valedictions the reader did not know ---
    (
        "en",
        "mail",
        ["third-party"],
        """Hello,

I am from Argentina. Sorry for my English. A shop I never used send me a letter
with my name. Do you give my address to other company?

Gracias,
Martina""",
    ),
    (
        "en",
        "mail",
        ["hours"],
        """Hi there,

I sent my question on Friday evening. Will somebody read it over the weekend or only
on Monday?

Merci,
Claire""",
    ),
    (
        "en",
        "mail",
        ["purpose"],
        """Hello,

What do you use my purchase history for? I only want it used for delivering orders.

Danke,
Jonas Weber""",
    ),
    (
        "en",
        "mail",
        ["suspension"],
        """Dear team,

Please stop using my email address for your promotions. I have unsubscribed twice
and they still come.

With thanks,

Many thanks,
Rosa Lima""",
    ),
    (
        "en",
        "mail",
        ["contact"],
        """Hi,

Who is responsible for personal data at your company? I'd like to write to that
person directly.

All the best,
Tom""",
    ),
    (
        "en",
        "mail",
        ["collection"],
        """Hello,

Does your app read my contacts list when I allow access to my phone? I want to know
exactly what it takes.

Take care,
Ahmed""",
    ),
    (
        "en",
        "mail",
        ["changes"],
        """Hi,

If you change the privacy policy, how will I find out? Do you send an email or only
update the website?

Obrigada,
Ana""",
    ),
    # --- a greeting on the line of the question ---
    (
        "en",
        "mail",
        ["hours"],
        """hi, do you answer emails on public holidays? I need a reply this week

thanks
Kenji""",
    ),
    (
        "en",
        "mail",
        ["disclosure"],
        """Hello team, how do I request to see all the data you have on me?

Best,
Sam""",
    ),
    (
        "en",
        "mail",
        ["joint-use"],
        """Hey, which group companies get my details under your joint use?

Cheers,
Mia""",
    ),
    # --- a forward whose cover note hands the question over ---
    (
        "en",
        "mail",
        ["correction"],
        """Hi Inquiry Desk,

My father asked me to send you his question below, he doesn't use email much.
Could you reply to him directly?

Thanks,
Ben

---------- Forwarded message ---------
From: Arthur Cole <arthur.cole@mail.example.com>
Date: Mon, 30 Nov 2026 at 08:15
Subject: my address
To: Ben Cole <ben.cole@mail.example.com>

Ben, I moved in October and the shop still has my old address. Can they change it to
the new one?""",
    ),
    (
        "en",
        "mail",
        ["disclosure"],
        """Hello,

Please see the request from our customer below and answer it for us if you can.

Regards,
Front Desk, Sample Cafe (partner store)

Begin forwarded message:

From: Yuki Mori <yuki.mori@mail.example.com>
Date: 1 December 2026 at 12:02:44 JST
To: cafe@sample-cafe.example.com
Subject: member data

Hello, I would like a copy of everything the membership program has recorded about me.
How do I ask for it?""",
    ),
    (
        "ja",
        "mail",
        ["third-party"],
        """お疲れさまです。
店頭でお客様から以下の質問を受けましたので、ご回答をお願いできますでしょうか。

---------- Forwarded message ---------
From: 小川 美咲 <misaki.ogawa@mail.example.jp>
Date: 2026年12月1日(火) 19:20
Subject: ポイントカードについて
To: <store@sample-shop.example.jp>

ポイントカードを作ったときの情報は、ほかの会社に渡されることがありますか。""",
    ),
    # --- a signature of a name and a title only ---
    (
        "en",
        "mail",
        ["collection"],
        """Hello,

Our staff use your app on company phones. Does it collect location data while it runs
in the background?

Daniel Reyes
Senior Consultant, Sample Advisory Partners""",
    ),
    (
        "en",
        "mail",
        ["purpose"],
        """Hi,

Why do you need my date of birth when I sign up? What is it used for?

Olivia Park | Office Coordinator
Sample Design Studio""",
    ),
    # --- a Japanese signature with no rule under English mail ---
    (
        "en",
        "mail",
        ["correction"],
        """Hello,

Please correct the spelling of my name on my account: it should be Katharina, not
Katarina.

Best regards,
カタリーナ・シュミット
株式会社サンプル商会 海外営業部
〒105-0000 東京都港区見本町1-2-3
TEL 03-5555-0166""",
    ),
    (
        "en",
        "mail",
        ["hours"],
        """Hi,

How many days does it usually take before you reply to a privacy question?

佐藤 健
株式会社例示システム 開発部
携帯 090-5555-0199""",
    ),
    # --- inline replies between quoted lines, and a reply under the quote ---
    (
        "en",
        "mail",
        ["disclosure"],
        """On Tue, Nov 24, 2026 at 10:12 AM Planet Management Inquiry Desk <info@planetmgmt.biz> wrote:
> Thank you for your message. Could you tell us which account your question is about?

It's the one under this address.

> Could you also tell us what you would like us to do?

I want to see what personal data you hold on me, a full copy please.

Regards,
Hugo""",
    ),
    (
        "en",
        "mail",
        ["suspension"],
        """On Mon, Nov 30, 2026 at 4:40 PM Planet Management <info@planetmgmt.biz> wrote:
> We do not provide your personal information to third parties without your consent,
> except where the law permits.

Thanks for the reply. In that case I withdraw my consent: please stop using my
information for anything other than my orders.

Best,
Irene""",
    ),
    # --- numbered questions ---
    (
        "en",
        "mail",
        ["disclosure"],
        """Dear Inquiry Desk,

I have three questions about getting my data:
1. Which form do I use to request disclosure?
2. What identity documents do you need?
3. Is there a fee?

Thank you,
Marco Rossi""",
    ),
    # --- a subject line above the body ---
    (
        "en",
        "mail",
        ["suspension"],
        """Subject: Stop sending me ads

Hi,

As in the subject. I don't want my data used for advertising any more.

Thanks,
Leo""",
    ),
    (
        "ja",
        "mail",
        ["correction"],
        """件名：登録住所の変更について

お世話になっております。
引っ越しをしたので、登録している住所を新しいものに訂正していただけますか。

よろしくお願いいたします。
田中""",
    ),
    # --- a bilingual mail ---
    (
        "en",
        "mail",
        ["third-party"],
        """Hello, do you share my email address with other companies without asking me?

（日本語）
こんにちは。私のメールアドレスを同意なく他社に提供していますか。

Anna Müller（アンナ・ミュラー）""",
    ),
    # --- a phone number or address inside the question ---
    (
        "en",
        "mail",
        ["correction"],
        """Hi,

My mobile number changed. Please replace the old one with 090-5555-0123 on my
account.

Thanks,
Kai""",
    ),
    # --- the ask in one clause of a long sentence, beside a second request ---
    (
        "en",
        "mail",
        ["correction"],
        """Dear Sir or Madam,

Following my move last month I would ask that you amend the postal address on my
membership to 4-5-6 Example-cho, Setagaya, and that you confirm to me in writing once
the change has been made and whether any mail was sent to the old address since.

Yours faithfully,
Margaret Hill""",
    ),
    (
        "en",
        "mail",
        ["suspension"],
        """Hello,

I have asked you before to stop using my purchase history for recommendations, and I
would like you to confirm that this has now happened and tell me when it took effect.

Regards,
Peter""",
    ),
    (
        "en",
        "mail",
        ["disclosure"],
        """Hi,

I would like to receive a copy of the personal data you hold about me, and I would also
appreciate knowing roughly how many days that normally takes and whether you post it.

Best,
Ines""",
    ),
    (
        "en",
        "mail",
        ["third-party"],
        """Dear Inquiry Desk,

We are writing on behalf of our client, who believes that her contact details were passed
to an unrelated marketing firm without her consent; we ask that you explain on what basis
any such provision was made and that you reply to this office.

Kind regards,
Hart & Cole Solicitors""",
    ),
    (
        "en",
        "mail",
        ["hours"],
        """Hi,

I sent my question on Saturday, so I expect it will wait until Monday, but could you
tell me if anyone answers on public holidays, because Monday is a holiday here?

Thanks,
Ravi""",
    ),
    (
        "en",
        "mail",
        ["joint-use"],
        """Hello,

Your policy mentions joint use within the group, and I can see the companies listed, but
which of my details do they actually receive and who is responsible for managing them?

Thank you,
Sofia""",
    ),
    # --- a postscript below the signature, and mobile footers the reader did not know ---
    (
        "en",
        "mail",
        ["correction", "third-party"],
        """Hello,

Could you correct the spelling of my surname? It is Smyth with a y.

Thanks,
Ann Smyth
Sample Consulting Ltd. | Tel 03-5555-0177

P.S. Do you also pass my details to the partner shops where I use my card?""",
    ),
    (
        "ja",
        "mail",
        ["suspension"],
        """お世話になっております。
先日の件、ありがとうございました。

山本

追伸：今後、私の購入履歴をおすすめ表示に利用しないでいただけますか。""",
    ),
    (
        "en",
        "mail",
        ["disclosure"],
        """How can I get a copy of all the data you hold on me?

Sent from my Samsung Galaxy smartphone.""",
    ),
    (
        "en",
        "mail",
        ["hours"],
        """Do you reply to emails during the New Year holidays?

Von meinem iPhone gesendet""",
    ),
    (
        "ja",
        "mail",
        ["contact"],
        """個人情報の担当窓口の連絡先を教えてください。

Android版Yahoo!メールから送信""",
    ),
    # --- Outlook forwards (the same header block as a quote), and a reply that asks nothing ---
    (
        "en",
        "mail",
        ["purpose"],
        """Hi team,

Forwarding a member's question below, could you answer her directly?

Thanks,
Ken Ito
Store Manager, Sample Books Shibuya

________________________________
From: Emily Clark <emily.clark@mail.example.com>
Sent: Tuesday, December 1, 2026 9:12 PM
To: store@sample-books.example.jp
Subject: points card

What do you actually use my reading history for?""",
    ),
    (
        "ja",
        "mail",
        ["disclosure"],
        """お疲れさまです。
お客様から下記のお問い合わせが店舗に届きましたので転送いたします。

-----Original Message-----
差出人: 村田 恵 <megumi.murata@mail.example.jp>
送信日時: 2026年12月1日 20:15
宛先: store@sample-shop.example.jp
件名: 登録情報について

会員として登録されている私の情報を見せていただくことはできますか。""",
    ),
    (
        "en",
        "off-topic",
        ["none"],
        """Thanks, all clear now!

-----Original Message-----
From: Planet Management Inquiry Desk <info@planetmgmt.biz>
Sent: Monday, November 30, 2026 3:10 PM
To: Chris Wood <chris.wood@mail.example.com>
Subject: RE: sharing

We do not provide your personal information to third parties without your consent,
except where the law permits.""",
    ),
    # --- off-topic mail in the same shapes ---
    (
        "en",
        "off-topic",
        ["none"],
        """Hi,

Could you send me the invoice for November again? The PDF in your last mail would not
open.

Gracias,
Lucia Fernandez
Accounts Payable | Sample Trading S.L.
This e-mail and any attachments are confidential and intended solely for the addressee.""",
    ),
    (
        "en",
        "off-topic",
        ["none"],
        """Hello team, is the meeting room on the 5th floor free on Thursday afternoon?

Best,
Nora""",
    ),
    (
        "en",
        "off-topic",
        ["none"],
        """Hi,

Please see the note from our landlord below.

Regards,
Office Admin

---------- Forwarded message ---------
From: Building Management <bm@sample-building.example.jp>
Date: Tue, 1 Dec 2026 at 09:00
Subject: Water outage

The water supply will be shut off on Saturday from 9:00 to 12:00 for pipe inspection.""",
    ),
]


def main() -> None:
    counts: dict[str, int] = {}
    lines = []
    for lang, kind, sections, text in ITEMS:
        counts[lang] = counts.get(lang, 0) + 1
        item = {"id": f"ms-{lang}-{counts[lang]:03d}", "lang": lang, "kind": kind,
                "sections": sections, "text": text}  # fmt: skip
        if kind == "off-topic":
            item["topic"] = "other"
        lines.append(json.dumps(item, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(lines)} items")


if __name__ == "__main__":
    main()
