# ruff: noqa: E501  (the mails are data, written as their writers write them)
"""Writes offtopic-train.jsonl: more off-topic business mail for the off-topic model, train only.

    .venv/bin/python bench/data/make_offtopic_train.py

The corpus's off-topic part (make_corpus.py) holds few sales pitches and press requests, and the
model learnt "amended APPI" or "privacy" as policy words. This file adds mail written in the
voice of someone offering, selling, announcing or asking for something of their own (privacy,
compliance and security consulting, consent tools, webinars and whitepapers, partnership offers,
press and survey requests, recruiters and applicants, event invitations, vendors' policy
updates, newsletters with privacy footers), each in three shapes (as written; wrapped in a
greeting and a signature; the same above quoted earlier mail), and beside it customers asking
about their own data in the same words, so the model learns the writer's stance rather than the
topic. Read only by bench/train_offtopic.py; never by the evaluation. Seeded.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_corpus import (  # noqa: E402
    EN_QUOTE_HEADERS,
    EN_QUOTED_BODIES,
    JA_QUOTE_HEADERS,
    JA_QUOTED_BODIES,
    en_mail,
    ja_mail,
    join,
    labelled,
    quote_block,
    wrap_off,
)

EN_OFF = [
    (
        "sales",
        "With the APPI amendments now in force, is your team confident about cross-border transfers? Our compliance consultants run a two-week readiness review for firms like yours.",
    ),
    (
        "sales",
        "We are a Tokyo-based privacy advisory firm. Our specialists help companies update their privacy notices and consent records. May I send you our service overview?",
    ),
    (
        "sales",
        "Is your cookie banner compliant? Our consent management platform sets up in ten minutes and covers GDPR, CCPA and APPI. Start your free trial today.",
    ),
    (
        "sales",
        "I'd love to show you how our data-mapping tool finds personal data across your systems. Do you have 20 minutes next week for a quick call?",
    ),
    (
        "sales",
        "Our penetration testers found critical issues at three companies in your sector last quarter. We offer a complimentary security assessment for new clients.",
    ),
    (
        "sales",
        "Download our new whitepaper: Ten mistakes Japanese companies make with personal information. Free for a limited time.",
    ),
    (
        "sales",
        "Join our free webinar on the revised Act on the Protection of Personal Information, Thursday 3pm JST. Seats are limited, reserve yours now.",
    ),
    (
        "sales",
        "We would like to propose a partnership: our DPO-as-a-service package could be offered to your clients under your brand.",
    ),
    (
        "sales",
        "Following up on my last email about our privacy training programme for staff. Would it make sense to connect this month?",
    ),
    (
        "sales",
        "Our solution automates data subject requests end to end, from identity checks to deletion. Companies cut response times by 80%. Can we book a demo?",
    ),
    (
        "sales",
        "Your privacy policy may not meet the latest guidelines. Our lawyers will review it for a fixed fee of 98,000 yen. Reply to this email to get started.",
    ),
    (
        "sales",
        "We help businesses achieve ISO 27001 and Privacy Mark certification in under six months. Happy to share case studies.",
    ),
    (
        "sales",
        "Quick question: who handles data protection at your company? I'd like to introduce our managed encryption service.",
    ),
    (
        "sales",
        "Congratulations on your recent growth! As you scale, data governance becomes critical, and that's where our consultancy comes in.",
    ),
    (
        "sales",
        "Special offer for December: a full GDPR gap analysis at half price. Our experts will deliver a report within ten business days.",
    ),
    (
        "sales",
        "We build custom CRM systems with privacy by design. Let me know if you'd be open to a short introduction.",
    ),
    (
        "press",
        "I'm a reporter with a business weekly, writing about how mid-sized firms handle customer data after recent leaks. Could someone from your company comment by Friday?",
    ),
    (
        "press",
        "Our podcast covers property management in Tokyo. Would your CEO be available to join an episode next month?",
    ),
    (
        "press",
        "I am researching data protection practices at Japanese companies for a trade publication. Could you answer five short questions about your approach?",
    ),
    (
        "press",
        "We are compiling a ranking of privacy-friendly companies and would like to include you. Please fill in our questionnaire by the 20th.",
    ),
    (
        "press",
        "This is the editorial team of a regional newspaper. We'd like to photograph your office for a feature on local businesses.",
    ),
    (
        "recruiting",
        "I'm a recruiter specialising in compliance and legal roles. I have a strong data protection officer candidate who could be a great fit for your team.",
    ),
    (
        "recruiting",
        "I am writing to apply for the privacy analyst role advertised on your website. Please find my CV attached.",
    ),
    (
        "recruiting",
        "Our staffing agency places bilingual customer support staff. Would you be interested in profiles for next quarter?",
    ),
    (
        "recruiting",
        "Dear hiring manager, I am a graduate student interested in an internship in your legal department this summer.",
    ),
    (
        "meeting",
        "You're invited: Privacy Tech Summit Tokyo, 14 February. Register with the code PARTNER20 for a discount.",
    ),
    ("meeting", "Could we move our Thursday call to Friday at 2pm? Same link as before."),
    (
        "meeting",
        "Reminder: the industry association's networking evening is next Tuesday. Please confirm attendance.",
    ),
    (
        "vendor",
        "We are updating our Privacy Policy effective 1 January. The changes clarify how we use analytics data. No action is needed on your part.",
    ),
    (
        "vendor",
        "Important: our terms of service and data processing addendum have changed. By continuing to use our service you accept the new terms.",
    ),
    (
        "vendor",
        "Notice of scheduled maintenance: the customer portal will be unavailable on Sunday from 1am to 5am.",
    ),
    (
        "vendor",
        "Our company has moved. Please update your records with our new address and phone number from next month.",
    ),
    (
        "newsletter",
        "This month's highlights: new office hours, our winter campaign and staff picks. You received this email because you subscribed. Manage your preferences or read our privacy notice.",
    ),
    (
        "newsletter",
        "Weekly digest: 5 articles on data privacy you shouldn't miss. To stop receiving these emails, update your settings.",
    ),
    (
        "newsletter",
        "Thanks for being a member! Earn double points this weekend. We respect your privacy; see how we handle your data in our policy.",
    ),
    (
        "phishing",
        "Security alert: unusual activity detected on your account. Confirm your personal details within 24 hours to avoid suspension.",
    ),
    (
        "phishing",
        "Your mailbox storage is almost full. Log in through the portal below to keep receiving messages.",
    ),
    (
        "phishing",
        "We could not process your last payment. Update your card details to keep your account active.",
    ),
    (
        "other",
        "Hello, we are a student group organising a charity run and looking for local sponsors. Would your company consider supporting us?",
    ),
    (
        "other",
        "We noticed your website loads slowly on mobile. Our agency can redesign it and improve your search ranking.",
    ),
    ("other", "Can you recommend a good property lawyer? A friend of mine suggested asking you."),
    ("other", "Please stop sending us your flyers. We are a business, not a residence."),
]

JA_OFF = [
    (
        "sales",
        "改正個人情報保護法への対応はお済みでしょうか。弊社では専門のコンサルタントが貴社の規程類を無料で診断いたします。",
    ),
    (
        "sales",
        "弊社は個人情報保護体制の構築を支援しております。プライバシーポリシーの改訂から社内研修まで一括でお任せください。",
    ),
    (
        "sales",
        "Cookie同意管理ツールのご紹介です。最短即日で導入でき、改正法にも対応しております。まずは資料をご覧ください。",
    ),
    (
        "sales",
        "情報セキュリティ診断サービスのご案内です。脆弱性診断を特別価格でご提供しております。",
    ),
    (
        "sales",
        "個人情報の取扱いに関する社内規程の整備を、弊社の専門家がサポートいたします。一度オンラインでご説明の機会をいただけませんでしょうか。",
    ),
    (
        "sales",
        "顧客データ管理システムのご紹介をさせていただきたく、ご連絡いたしました。同業他社様でも多数ご採用いただいております。",
    ),
    (
        "sales",
        "ISMS認証取得を目指す企業様向けに、無料相談会を実施しております。ご都合のよい日時をお知らせください。",
    ),
    (
        "sales",
        "業務提携のご相談です。弊社の本人確認サービスを貴社のお客様向けにご提供できればと考えております。",
    ),
    (
        "sales",
        "先日お送りしたご提案資料はご覧いただけましたでしょうか。ご不明点があればお気軽にお問い合わせください。",
    ),
    (
        "sales",
        "ホームページ制作・リニューアルのご相談を承っております。個人情報保護方針のページ作成も対応可能です。",
    ),
    (
        "sales",
        "ただいま個人情報保護研修の出張講座を期間限定で割引しております。社員様向けにいかがでしょうか。",
    ),
    (
        "press",
        "経済誌の記者をしております。顧客情報の管理体制について、御社のご担当者様にお話を伺えないでしょうか。",
    ),
    (
        "press",
        "地域情報誌の特集で、地元企業の取り組みをご紹介したく、掲載のご相談でご連絡いたしました。",
    ),
    (
        "press",
        "大学の研究室で企業の個人情報管理に関するアンケート調査を行っております。ご協力をお願いできますでしょうか。",
    ),
    (
        "recruiting",
        "法務・コンプライアンス人材のご紹介が可能です。個人情報保護に詳しい候補者がおりますのでご検討ください。",
    ),
    (
        "recruiting",
        "貴社のカスタマーサポート職に興味があり、応募させていただきたくご連絡いたしました。",
    ),
    ("recruiting", "人材派遣のご案内です。繁忙期のコールセンター要員を即日手配いたします。"),
    ("meeting", "来月開催の業界交流会のご招待です。ご出席の可否を今月末までにお知らせください。"),
    ("meeting", "明日のお打ち合わせですが、先方の都合により15時からに変更となりました。"),
    (
        "vendor",
        "弊社プライバシーポリシー改定のお知らせ。2027年1月1日より新しい方針を適用いたします。お客様のお手続きは不要です。",
    ),
    (
        "vendor",
        "利用規約変更のお知らせです。引き続きサービスをご利用いただくことで、変更後の規約に同意いただいたものとみなします。",
    ),
    (
        "vendor",
        "システムメンテナンスのため、下記日程でサービスを一時停止いたします。ご不便をおかけしますがご了承ください。",
    ),
    (
        "newsletter",
        "【今月のお知らせ】冬季限定キャンペーンのご紹介。本メールは会員登録いただいた方にお送りしています。個人情報の取扱いについてはこちら。",
    ),
    (
        "newsletter",
        "いつもご愛読ありがとうございます。今号の特集は「これからの個人データ活用」です。配信の解除はマイページから。",
    ),
    (
        "phishing",
        "お客様のアカウントで不審なアクセスを検知しました。24時間以内にご本人様情報を更新してください。",
    ),
    ("phishing", "ご利用のカードの有効期限が切れています。下記より登録情報の確認をお願いします。"),
    ("other", "地域の清掃ボランティアへのご協力のお願いです。協賛企業を募集しております。"),
    ("other", "チラシの投函はお断りしております。今後お控えくださいますようお願いいたします。"),
]

# Customers asking about their own data in the same words: the in-scope counterpart.
EN_IN = [
    (
        "disclosure",
        "With the amended APPI in force, I'd like to know what personal data your company holds about me.",
    ),
    (
        "suspension",
        "I saw your newsletter's privacy notice. Please delete my personal information and stop mailing me.",
    ),
    ("third-party", "Do you share my data with consultants or other outside companies?"),
    ("purpose", "What do you use my personal information for? I never agreed to marketing."),
    ("correction", "My address in your records is out of date; please update it."),
    (
        "suspension",
        "I withdraw my consent. Please stop using my data for anything but my contract.",
    ),
    ("disclosure", "Can I get a copy of the data you keep on me, and is there a fee?"),
    ("purpose", "Does your website track me with cookies, and can I refuse them?"),
    ("contact", "Who at your company is responsible for handling my personal information?"),
]

JA_IN = [
    (
        "disclosure",
        "改正個人情報保護法に基づき、御社が保有している私の個人情報の開示をお願いします。",
    ),
    ("suspension", "メールマガジンの配信に使われている私の個人情報を削除してください。"),
    ("third-party", "私の個人情報をコンサルティング会社など外部の会社に提供していますか。"),
    ("purpose", "私の個人情報は何の目的で利用されているのでしょうか。"),
    ("correction", "登録されている私の住所が古いままなので、訂正をお願いいたします。"),
    ("suspension", "同意を撤回します。私の個人情報の利用を停止してください。"),
    ("contact", "個人情報の取扱いについての問い合わせ窓口を教えてください。"),
]


def build() -> list[dict[str, object]]:
    rng = random.Random(20261203)
    rows: list[dict[str, object]] = []

    def add(lang: str, kind: str, sections: list[str], text: str, topic: str = "") -> None:
        rows.append(labelled(f"ot{len(rows) + 1:04d}", lang, kind, sections, text, topic))

    for lang, off, quotes in (
        ("ja", JA_OFF, (JA_QUOTE_HEADERS, JA_QUOTED_BODIES)),
        ("en", EN_OFF, (EN_QUOTE_HEADERS, EN_QUOTED_BODIES)),
    ):
        for topic, text in off:
            add(lang, "off-topic", ["none"], text, topic)
            add(lang, "off-topic", ["none"], wrap_off(rng, lang, text, True), topic)
            quoted = join([wrap_off(rng, lang, text, True), quote_block(rng, *quotes)])
            add(lang, "off-topic", ["none"], quoted, topic)
    for lang, inside, mail in (("ja", JA_IN, ja_mail), ("en", EN_IN, en_mail)):
        for section, text in inside:
            add(lang, "short", [section], text)
            add(lang, "mail", [section], mail(rng, [text]))
    return rows


def main() -> None:
    rows = build()
    path = HERE / "offtopic-train.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(path.name, len(rows))


if __name__ == "__main__":
    main()
