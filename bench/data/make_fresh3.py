"""Writes fresh3-dev.jsonl and fresh3-test.jsonl: a fourth labelled set, written unseen.

    .venv/bin/python bench/data/make_fresh3.py

Written by a writer who read only the policy the FAQ answers come from, the section names and
answers (not the FAQ's phrasings), and a description of how business mail is written; none of
the other sets in this directory. Every question, mail body and off-topic mail is written out in
full below. Only the wrapping of some mails is drawn from pools, with a fixed seed: signatures
(none, a name, a mobile footer, company blocks with and without rules, disclaimers) and quoted
earlier mail (the desk's acknowledgement, a staff reply or the writer's own earlier mail, under
Gmail, Outlook, Apple Mail, Thunderbird and Japanese mailers' headers).

Items are dealt per language and kind: one in four to dev (thresholds may be chosen on it),
the rest to test (scored once, never tuned on). See README.md.
"""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261203

Item = dict[str, object]
ITEMS: dict[str, list[Item]] = {"ja": [], "en": []}


def _add(lang: str, kind: str, sections: str, text: str, **extra: object) -> None:
    ITEMS[lang].append(
        {"lang": lang, "kind": kind, "sections": sections.split(), "text": text, **extra}
    )


def short(lang: str, sections: str, text: str) -> None:
    _add(lang, "short", sections, text.strip())


def noisy(lang: str, sections: str, text: str) -> None:
    _add(lang, "noisy", sections, text.strip("\n"))


def mail(lang: str, sections: str, body: str, sig: str = "-", quote: str = "") -> None:
    """A whole mail: `body` as written; `sig` a pool key ('-': the body carries its own or none);
    `quote` a quoted-mail key, with '^' for a reply written under the quote."""
    _add(lang, "mail", sections, body.strip("\n"), sig=sig, quote=quote)


def off(lang: str, topic: str, body: str, sig: str = "-", quote: str = "") -> None:
    _add(lang, "off-topic", "none", body.strip("\n"), topic=topic, sig=sig, quote=quote)


# "-- " (the RFC 3676 separator) ends in a space, which the source must not carry.
SD = "<SD>"

# ---------------------------------------------------------------- signatures
SIGS: dict[str, list[str]] = {
    # Japanese, personal
    "ja-p": [
        "佐々木",
        "小川 ゆかり",
        "iPhoneから送信",
        "森田\n090-5555-0318",
        "――\n高木 美和子",
        "Android スマートフォンから送信",
        "野口 拓海（のぐち たくみ）\nnoguchi.t@mail.example.jp",
        "中島",
        "加藤 恵\n携帯：080-5555-0462",
        "iPadから送信",
        "藤井より",
        "原田 陽子",
    ],
    # Japanese, business blocks
    "ja-b": [
        "――――――――――――――――――――\n株式会社見本ロジテック 総務課\n"
        "石井 直樹（いしい なおき）\n〒112-0000 東京都文京区例示1-2-3 見本ビル4F\n"
        "TEL：03-5555-0211　FAX：03-5555-0212\nMail：n.ishii@logitec.example.jp\n"
        "――――――――――――――――――――",
        "株式会社ためしフーズ\n営業企画部　村上\n03-5555-0733",
        "━━━━━━━━━━━━━━━━━━━━━━\n 合同会社さくら設計事務所\n 代表 青木 真理\n"
        " Tel 045-555-0190 / https://sakura-design.example.jp/\n━━━━━━━━━━━━━━━━━━━━━━",
        "＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝\n架空電機工業株式会社　購買部　松本 浩二\n"
        "ＴＥＬ：０６－５５５５－０１４４　内線２１５\n＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝",
        "◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇\n一般社団法人みほん協会　事務局\n坂本 千尋\n"
        "〒060-0000 札幌市中央区試験町8-1\n☎ 011-555-0171\n◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇",
        "----------------------------------------\n山口法律事務所\n弁護士　山口 隆\n"
        "〒100-0000 東京都千代田区見本町3-3-3 例題会館9階\nTEL 03-5555-0901 FAX 03-5555-0902\n"
        "----------------------------------------\n"
        "本メールは弁護士の守秘義務の対象となる情報を含む場合があります。",
        "株式会社サンプル薬局\n管理部 システム担当\n岡田 修\n〒460-0000 名古屋市中区例町2-9\n"
        "052-555-0388\nhttps://www.sample-pharm.example.jp",
        "_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/\n 有限会社ためし工務店\n 工事部 清水 誠\n"
        " TEL:0422-55-5016\n_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/",
        "──────────────────\n例示トラベル株式会社 カスタマー推進室\n長谷川 彩\n"
        "直通：03-5555-0622　携帯：090-5555-0871\n──────────────────\n"
        "※12月29日～1月3日は休業いたします。",
        f"{SD}\n近藤 和也 / Kazuya KONDO\nみほんソフト株式会社 開発部\nkondo@mihon-soft.example.jp",
        "☆★☆★☆★☆★☆★☆★☆★\nNPO法人ためしの森\n理事 福田 さとみ\n"
        "fukuda@tameshi-mori.example.jp\n☆★☆★☆★☆★☆★☆★☆★",
        "株式会社例題不動産 経理部\n遠藤\n\n"
        "※本メールは、宛先に記載された方のみを対象としております。誤って受信された場合は、"
        "\nお手数ですが送信者にご連絡のうえ、本メールを削除してください。",
    ],
    # English, personal
    "en-p": [
        "Thanks,\nMegan",
        "Sent from my iPhone",
        "Best,\nDaniel Okafor",
        "Rgds\nPriya",
        f"{SD}\nTom Hargreaves\n+44 7700 900461",
        "Cheers,\nLiam",
        "Get Outlook for Android",
        "Regards,\nMaria Gonzalez\nSent from my Galaxy",
        "Kind regards\nH. Lindqvist",
        "Sent from Yahoo Mail on Android",
        "Thank you\nChen Wei",
        "- Jess",
    ],
    # English, business blocks
    "en-b": [
        "Best regards,\n\nRobert Fischer\nCompliance Officer | Example Freight GmbH\n"
        "+49 40 555 0192 | r.fischer@example-freight.example.com\nwww.example-freight.example.com",
        "Kind regards,\nAnna Kowalska\nOffice Manager\nSample Dental Clinic\nTel. +48 22 555 0133",
        "--\nMark Sullivan\nSullivan & Reyes LLP\n1200 Example Ave, Suite 400\n"
        "San Francisco, CA 94105\n(415) 555-0177\n\nCONFIDENTIALITY NOTICE: This e-mail and any "
        "attachments are intended solely for the addressee\nand may contain privileged "
        "information. If you received it in error, please delete it.",
        "Regards,\nSanjay Mehta\nIT Procurement, Demo Retail Pvt Ltd\nMobile: +91 98 555 01234",
        "________________________________\nClaire Dubois\nHead of Partnerships\n"
        "Exemple Voyages SAS\nclaire.dubois@exemple-voyages.example.com",
        "Many thanks,\nOliver Grant\nOperations Lead, Sample Apps Ltd.\n"
        "Please consider the environment before printing this e-mail.",
        "Best\nKim Soo-jin\nSample Trading Korea Co., Ltd. / Tokyo Branch\nTEL: 03-5555-0849",
        "Warm regards,\nNatalie Brooks | Customer Experience\nExample Learning Inc.\n"
        "This message may contain confidential information. If you are not the intended\n"
        "recipient, please notify the sender and delete this message.",
    ],
    # Japanese signatures under English mail
    "en-j": [
        "――――――――――――――――――――\n株式会社見本グローバル 海外事業部\n"
        "ジョン・ミラー（John Miller）\n〒107-0000 東京都港区例示5-5-5\nTEL：03-5555-0277\n"
        "――――――――――――――――――――",
        "Thanks,\nSophie\n\n株式会社ためしデザイン\nソフィー・マルタン\n03-5555-0310",
        "Regards,\nAhmed\n━━━━━━━━━━━━━━━━━\n例題インターナショナル株式会社\n"
        "営業部 アハメド・カーン\n携帯：080-5555-0716\n━━━━━━━━━━━━━━━━━",
        "BR,\nLucas Pereira\nみほん物産株式会社 購買課\n〒530-0000 大阪市北区見本1-1\n06-5555-0455",
    ],
}

# ------------------------------------------------------------ quoted earlier mail
QUOTED: dict[str, list[str]] = {
    # The desk's own acknowledgement, dense in the policy's words about other sections.
    "ja-ack": [
        "※本メールは自動送信です。\n\nお問い合わせいただきありがとうございます。\n"
        "ただいま営業時間外のため、翌営業日以降に順次ご返信いたします。\n"
        "個人情報の開示・訂正・利用停止等のご請求は、ご本人確認のうえ対応いたします。\n\n"
        "株式会社プラネットマネジメント お問い合わせ窓口",
        "このメールはお問い合わせの受付確認です。\n受付番号：20261128-0042\n\n"
        "■受付内容\nプライバシーポリシーの第三者提供について\n\n"
        "土日祝日はご返信が翌営業日以降となります。\nお問い合わせ窓口 TEL 03-6265-0193",
        "【自動返信】お問い合わせを受け付けました\n\n"
        "当社は個人情報の保護に関する法令を遵守し、お預かりした情報を適切に管理いたします。\n"
        "共同利用・利用目的についてはプライバシーポリシーをご覧ください。",
    ],
    "en-ack": [
        "This is an automatic reply.\n\nThank you for contacting Planet Management. Your inquiry "
        "arrived outside\nour business hours; we will reply on the next business day.\n"
        "Requests for disclosure, correction or suspension of use of personal information\n"
        "are handled after we confirm your identity.\n\nInquiry Desk, Planet Management Co., Ltd.",
        "We have received your inquiry (ref. 20261127-0019).\n\nYour message:\n"
        "Do you share my information with third parties?\n\n"
        "Replies on Saturdays, Sundays and public holidays wait until the next business day.",
        "[Auto-reply] Your inquiry has been received.\n\nWe handle personal information in "
        "line with our privacy policy,\nincluding its purposes of use and joint use within the "
        "Planet Group.",
    ],
    # An earlier staff reply about another matter.
    "ja-staff": [
        "お問い合わせありがとうございます。\nお問い合わせ窓口の西村でございます。\n\n"
        "ご質問の共同利用の範囲につきましては、当社、プラネットグループ各社および\n"
        "取引先となっております。詳しくはプライバシーポリシーをご参照ください。\n\n"
        "何卒よろしくお願いいたします。",
        "ご連絡ありがとうございます。\n登録内容の訂正につきましては、ご本人確認のうえ対応いたします。\n"
        "お手数ですが、ご登録のお名前と生年月日をお知らせください。",
        "お世話になっております。お問い合わせ窓口です。\n"
        "ご登録の電話番号が現在使われていないようです。\n"
        "お手数ですが、最新のご連絡先をお知らせいただけますでしょうか。",
        "いつもご利用いただきありがとうございます。\n"
        "お客様の情報を第三者に提供することは、法令に基づく場合を除きございません。\n"
        "ほかにご不明な点がございましたらお知らせください。",
    ],
    "en-staff": [
        "Dear customer,\n\nThank you for your message. Regarding the purposes of use, the policy "
        "lists the\nprovision of services, traffic measurement and the distribution of "
        "advertisements.\nPlease let us know if you have any further questions.\n\n"
        "Inquiry Desk",
        "Hello,\n\nWe have corrected the e-mail address on your account as requested. "
        "A confirmation\nhas been sent to the new address.\n\nBest regards,\nNishimura\n"
        "Planet Management Co., Ltd.",
        "Dear customer,\n\nThe phone number registered on your account appears to be out of "
        "service.\nCould you let us know your current contact number?\n\nInquiry Desk",
        "Hello,\n\nWe do not provide your personal information to third parties without your "
        "consent,\nexcept where the law permits. Please let us know if anything is unclear.",
    ],
    # The writer's own earlier mail.
    "ja-prev": [
        "お世話になっております。\n先日の件、ご確認いただけましたでしょうか。\n"
        "お手すきの際にご返信いただけますと幸いです。",
        "いつもありがとうございます。\n会員登録の件でご相談です。取り急ぎご連絡まで。",
        "先ほどのメールに追記です。\n添付ファイルを付け忘れました。失礼いたしました。",
        "お世話になります。\n来週あらためてご連絡いたします。",
    ],
    "en-prev": [
        "Hi,\nJust following up on my previous email. Could someone get back to me?\nThanks",
        "Hello,\nI wrote last week about my account but did not hear back yet.",
        "Sorry, forgot the attachment in my last message. Here it is.",
        "Hi again - I'll send the details next week once I have them.",
    ],
}

DESK = {
    "ja": ["株式会社プラネットマネジメント", "お問い合わせ窓口", "プラネットマネジメント 西村"],
    "en": ["Planet Management", "Planet Management Inquiry Desk", "Inquiry Desk"],
}
WRITERS = {
    "ja": ["田村 聡", "西田 由美", "吉川 恵", "Kenji Ota", "まゆ"],
    "en": ["Sarah Hill", "Ken Watanabe", "J. Moreau", "Tanaka Hiroshi"],
}
DESK_ADDR = "info@planetmgmt.biz"
WRITER_ADDRS = ["s.tamura@example.jp", "yumi.n@mail.example.jp", "k-ota@ezweb.example.jp"]


def quote_header(
    lang: str, style: int, day: date, name: str, addr: str, to: str
) -> tuple[str, str]:
    """The attribution or header block above a quote, and the line prefix under it.
    Styles with a prefix come first, so a reply written under a quote can ask for one."""
    d, wd = day.day, "月火水木金土日"[day.weekday()]
    if lang == "ja":
        heads = [
            (f"2026年11月{d}日({wd}) 10:{14 + style} {name} <{addr}>:", "> "),
            (f"2026/11/{d} 9:41、{name} <{addr}>のメール:", "> "),
            (f"{name} さんは書きました:", ">"),
            (f"On 2026/11/{d} 18:05, {name} wrote:", "＞"),
            (f"{name} さん（2026/11/{d} 11:20）:", ">> "),
            (
                f"-----元のメッセージ-----\n差出人: {name} [mailto:{addr}]\n"
                f"送信日時: 2026年11月{d}日 {wd}曜日 16:02\n宛先: {to}\n"
                "件名: RE: お問い合わせの件\n",
                "",
            ),
            (
                f"________________________________\n差出人: {name} <{addr}>\n"
                f"送信日時: 2026年11月{d}日 13:30\n宛先: {to}\n"
                "件名: Re: 個人情報について\n",
                "",
            ),
        ]
    else:
        heads = [
            (f"On {day:%a}, Nov {d}, 2026 at 10:{14 + style} AM {name} <{addr}> wrote:", "> "),
            (f"On Nov {d}, 2026, at 09:41, {name} <{addr}> wrote:", "> "),
            (f"On {day:%a}, Nov {d}, 2026 at 6:05 PM {name} <\n{addr}> wrote:", ">"),
            (f"2026年11月{d}日({wd}) 10:00 {name} <{addr}>:", "> "),
            (
                f"-----Original Message-----\nFrom: {name} [mailto:{addr}]\n"
                f"Sent: {day:%A}, November {d}, 2026 4:02 PM\nTo: {to}\n"
                "Subject: RE: Your inquiry\n",
                "",
            ),
            (
                f"________________________________\nFrom: {name} <{addr}>\n"
                f"Sent: {day:%A}, November {d}, 2026 1:30 PM\nTo: {to}\n"
                "Subject: Re: privacy question\n",
                "",
            ),
        ]
    return heads[style % len(heads)]


class Dealer:
    """Deals a pool without replacement, reshuffling when it runs out, from one seeded RNG."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.decks: dict[str, list[int]] = {}

    def take(self, key: str, n: int) -> int:
        deck = self.decks.setdefault(key, [])
        if not deck:
            deck.extend(range(n))
            self.rng.shuffle(deck)
        return deck.pop()


def assemble(item: Item, dealer: Dealer) -> str:
    lang, text = str(item["lang"]), str(item["text"])
    sig, quote = str(item.pop("sig", "-")), str(item.pop("quote", ""))
    if sig != "-":
        # "b5": that signature, for a mail whose body names its writer.
        pool = SIGS[f"{lang}-{sig[0]}"]
        n = int(sig[1:]) if sig[1:] else dealer.take(f"{lang}-{sig}", len(pool))
        text += "\n\n" + pool[n]
    if quote:
        bottom = quote.endswith("^")
        kind = quote.rstrip("^")
        pool = QUOTED[f"{lang}-{kind}"]
        quoted = pool[dealer.take(f"{lang}-{kind}", len(pool))]
        writer = WRITERS[lang][dealer.take(f"{lang}-writer", len(WRITERS[lang]))]
        writer_addr = WRITER_ADDRS[dealer.take("addr", len(WRITER_ADDRS))]
        if kind == "prev":
            name, addr, to = writer, writer_addr, DESK_ADDR
        else:
            desk = DESK[lang][dealer.take(f"{lang}-desk", len(DESK[lang]))]
            name, addr, to = desk, DESK_ADDR, f"{writer} <{writer_addr}>"
        # Outlook's header blocks quote without a prefix; nobody writes under those.
        styles = 5 if lang == "ja" else 4
        style = dealer.take(f"{lang}-head{bottom}", styles if bottom else styles + 2)
        day = date(2026, 11, 10 + dealer.take("day", 20))
        head, prefix = quote_header(lang, style, day, name, addr, to)
        lines = [(prefix + line).rstrip() for line in quoted.split("\n")]
        block = head + "\n" + "\n".join(lines)
        if bottom:
            # A subject line written into the body stays at the top.
            first, _, rest = text.partition("\n")
            if first.startswith(("件名", "Subject:", "Re:")):
                text = f"{first}\n\n{block}\n{rest}"
            else:
                text = f"{block}\n\n{text}"
        else:
            text = f"{text}\n\n{block}"
    return text.replace(SD, "-- ")


# The items below are prose, laid out as written.
# fmt: off
# ======================================================================= Japanese
# ---- one-line questions, as typed
J = "ja"
short(J, "collection", "アプリを使っていると、どんな情報が御社に送られているのでしょうか。")
short(J, "collection", "LINEでログインした場合、LINE側の情報はどこまで受け取っているのですか？")
short(J, "collection", "会員登録で入力した項目以外にも、何か集めている情報はありますか。")
short(J, "collection",
      "預けた個人情報がきちんと管理されているのか不安です。どう守っているのか教えてください。")
short(J, "purpose", "私の購入履歴は何に使われているのですか。")
short(J, "purpose", "サイト内での私の動きを計測して分析している、というのは本当でしょうか。")
short(J, "purpose", "表示される広告がやけに私向けなのですが、利用履歴を広告に使っていますか？")
short(J, "purpose", "生年月日まで登録させる理由は何ですか？")
short(J, "third-party", "私の電話番号をよその会社に渡したりはしていませんよね？")
short(J, "third-party",
      "警察から照会があった場合、本人に断りなく情報を出すことはあるのでしょうか。")
short(J, "third-party", "登録者の名簿を外部に売ることはありますか。")
short(J, "third-party",
      "こちらに登録してから、知らない業者から営業の電話がかかってくるようになりました。")
short(J, "third-party", "同意していなくても提供されてしまうケースってあるんですか")
short(J, "joint-use", "プラネットグループのほかの会社にも、私の登録内容は共有されるのですか。")
short(J, "joint-use", "共同利用とありますが、その情報の管理責任はどちらの会社が負うのでしょうか。")
short(J, "joint-use", "取引先とも一緒に使うとのことですが、対象になるのはどの項目ですか。")
short(J, "disclosure", "御社が保有している私の個人データを見せてもらうことはできますか。")
short(J, "disclosure", "開示請求をするのに手数料はかかりますか。")
short(J, "disclosure", "開示をお願いする場合、本人確認はどうやって行うのでしょうか。")
short(J, "disclosure", "私について、どんな記録が残っているか一覧でもらえますか")
short(J, "correction", "名前の漢字が間違って登録されています。直していただけますか。")
short(J, "correction", "引っ越したので、登録してある住所を新しいものに変えたいです。")
short(J, "correction suspension", "退会したので、私のデータは全部消してほしいのですが。")
short(J, "correction", "登録情報に、勤務先の電話番号を追加してもらうことはできますか。")
short(J, "suspension", "同意を取り消します。今後は私の情報を使わないでください。")
short(J, "suspension", "説明された目的以外に使われているようなので、利用を止めてもらいたいです。")
short(J, "suspension", "だまされて入力させられた情報なので、使うのをやめていただけますか。")
short(J, "suspension", "広告のためだけに使うのはやめてほしい、というお願いはできますか。")
short(J, "contact", "個人情報のことで相談したいとき、電話番号は何番ですか。")
short(J, "contact", "プライバシーポリシーについての苦情はどこへ言えばよいですか")
short(J, "contact", "個人情報を担当している部署の名前を教えてください。")
short(J, "changes", "プライバシーポリシーが変わるときは、どうやって知らせてもらえますか。")
short(J, "changes", "今のポリシーはいつ制定されたものですか。")
short(J, "hours", "土日に問い合わせても返事はもらえますか？")
short(J, "hours", "年末年始に送った問い合わせには、いつごろ回答をいただけますか。")
short(J, "hours", "問い合わせの返答は電話で来るのですか、それともメールですか。")

# ---- noisy: half-width kana, all-hiragana, romaji, conversion errors, L2 Japanese, slang
noisy(J, "disclosure", "ｺｼﾞﾝｼﾞｮｳﾎｳ ﾉ ｶｲｼﾞ ﾊ ﾄﾞｳﾔｯﾃ ｾｲｷｭｳ ｽﾙﾉﾃﾞｽｶ")
noisy(J, "third-party", "わたしのじょうほうを ほかのかいしゃに わたさないでください")
noisy(J, "correction", "とうろくしたじゅうしょがまちがってるので なおしてほしいです")
noisy(J, "correction suspension",
      "kojin jouhou wo sakujo shite hoshii n desu kedo, dou sureba ii desu ka")
noisy(J, "collection", "onsha wa donna jouhou wo atsumete imasu ka? namae to juusho dake desu ka")
noisy(J, "purpose", "故人情報の利用目的をおしえてください")
noisy(J, "disclosure", "個人上方の開示って、自分でもできますか？")
noisy(J, "changes", "privacy policyのchangeって、どこでnoticeされますか？")
noisy(J, "correction suspension", "データ消して")
noisy(J, "third-party", "うちの情報、勝手に売ってない？")
noisy(J, "purpose",
      "わたしは ベトナムから きました。わたしの 個人情報 なにに つかいますか。おしえて ください。")
noisy(J, "joint-use", "すみません、グループ会社と情報シェアって、どこまでですか？？")
noisy(J, "third-party",
      "知らない会社からDMが届くようになったのは、こちらに登録してからなんですよね…")
noisy(J, "collection", "アプリで位置情報とか取ってる？ｷﾓいんだけど")
noisy(J, "suspension", "もうこれいじょう わたしの でーた つかわないで")
noisy(J, "hours", "問合せしたのに返信こないんですけど。土日はやってないの？")
noisy(J, "contact", "個人情報のことってどこに電話すりゃいいの")
noisy(J, "suspension", "どうい を てっかい したいです。どうすれば いいですか。わたし 中国人 です")
noisy(J, "disclosure", "かいじせいきゅう の てすうりょう いくら？")
noisy(J, "correction", "ﾒｱﾄﾞ変えたんで登録の方も更新おねがいしまーす")

# ---- whole mails: collection
mail(J, "collection", """
プラネットマネジメント株式会社　御中

はじめてメールいたします。
先月からそちらのアプリを使い始めた者で、七十を過ぎております。
孫に設定をしてもらったので、自分では何を登録したのかよく分かっておりません。
名前と住所のほかに、どのような事柄がそちらに伝わっているのでしょうか。
電話番号や、どこで買い物をしたかまで分かってしまうのか、気になっております。

お手数ですが、分かりやすく教えていただけましたら有難く存じます。
""", sig="p")
mail(J, "collection", """
お世話になっております。

Googleアカウントで貴社サービスにログインしています。
連携を許可する画面が出たので何となく「許可」を押してしまったのですが、
このときGoogle側からどんな情報が御社に渡っているのか、確認させてください。
連絡先やカレンダーまで見られているのではと心配になりました。

以上、よろしくお願いいたします。
""", sig="b")
mail(J, "collection", """
ご担当者様

いつもお世話になっております。
弊社では来期から、従業員の福利厚生として貴社サービスの法人契約を検討しております。
社内の情報セキュリティ委員会に諮る必要があり、確認事項がございます。

貴社がサービス提供にあたって従業員から取得する情報の項目を、
一覧の形でご提示いただくことは可能でしょうか。
特に、利用履歴がどの程度の粒度で記録されるのかを把握したいと考えております。

ご多忙のところ恐縮ですが、今月中にご回答いただけますと助かります。
何卒よろしくお願い申し上げます。
""", sig="b", quote="prev")
mail(J, "collection", """
こんにちは。
高校生です。部活の友だちに誘われてアプリを入れました。
誕生日とかメールアドレスとか入れたんですけど、
それって会社の人が全部見られるんですか？あと他に何か勝手に取られてたりしますか？
親に聞かれて答えられなかったので教えてほしいです。
""", sig="p")
mail(J, "collection", """
株式会社プラネットマネジメント
個人情報ご担当者様

突然のご連絡失礼いたします。
先日、別の会社で顧客情報が流出したというニュースを見て、急に心配になりました。
私も貴社のサイトに氏名・住所・電話番号を登録しております。

貴社ではこうした情報をどのように管理・保護されているのでしょうか。
社内で誰でも見られる状態になっていないか、気になっております。

ご回答をお待ちしております。
""", sig="p", quote="ack")
mail(J, "collection", """
お世話になります。インスタ連携の件で質問です。

貴社のアプリでInstagramと連携すると、私のフォロワーや投稿写真も取得されるのでしょうか。
インスタ側の公開設定は「非公開」にしています。
その設定でも何か受け取っているのか、教えていただきたいです。

よろしくお願いします。
""", sig="p")
mail(J, "collection", """
いつもお世話になっております、アプリ開発の委託を受けております者です。
（今回は個人として、一利用者の立場でご連絡しています）

ストアの説明には「利用履歴」を取得するとありますが、\
具体的に閲覧ページや滞在時間、端末の識別子なども含まれるという理解でよいでしょうか。
個人情報として扱われる範囲を正確に知りたく、念のため確認させてください。

よろしくお願いいたします。
""", sig="b")
mail(J, "collection disclosure", """
件名：登録した内容について

プラネット様
お世話になっております。
昨年、店頭のキャンペーンで会員になった者です。
申込用紙に色々書いたのですが控えをなくしてしまいました。
あの用紙に書いた内容のうち、どれが貴社に保存されているのか気になっています。
取得される情報の種類だけでも教えていただけると助かります。
よろしくお願いします。
""", sig="p", quote="ack^")

# ---- whole mails: purpose
mail(J, "purpose", """
株式会社プラネットマネジメント
お客様窓口 ご担当者様

平素より大変お世話になっております。
貴社のサービスを二年ほど利用しております、井上と申します。

先日、貴社から「ご利用状況に合わせたおすすめ」というメールが届きました。
便利ではあるのですが、私の利用状況をどのような目的で分析されているのか、
一度きちんと伺っておきたいと思いご連絡いたしました。

取得した情報の利用目的をご教示いただけますでしょうか。
どうぞよろしくお願い申し上げます。
""", sig="p")
mail(J, "purpose", """
おはようございます。
質問なんですけど、御社のサイトを見たあと、別のニュースサイトでも御社の広告が\
ずっと追いかけてくるんです。
これって私の閲覧情報を広告に使ってるってことですか？
別に怒ってるわけじゃないですが、ちょっと気持ち悪いので、どういう仕組みか知りたいです。
""", sig="p")
mail(J, "purpose", """
ご担当者様

お世話になっております。弁護士の山口と申します。
依頼者（貴社サービスの利用者）の代理として、以下の点を照会いたします。

　　　　　　　　　　記

１．依頼者の個人情報について、貴社が公表している利用目的の内容
２．上記利用目的に、行動履歴の測定や広告効果の測定が含まれるか否か

　　　　　　　　　　　　　　　　　　　　　　以上

なお、委任状の写しは追って郵送いたします。
ご回答のほど、よろしくお願い申し上げます。
""", sig="b5")
mail(J, "purpose", """
こんばんは。夜分に失礼いたします。

利用規約が変わりましたというメールが先週届きました。
私はメールマガジンはすべて「受け取らない」に設定していたはずなのですが、
それでもこういうお知らせは届くものなのでしょうか。
登録したメールアドレスがどういう用途で使われるのか、改めて知っておきたいです。

よろしくお願いいたします。
""", sig="p", quote="prev")
mail(J, "purpose", """
いつもお世話になっております。
株式会社ためしフーズの村上でございます。

弊社で貴社サービスとの提携を検討するにあたり、社内で確認を求められております。
貴社が取得した利用者情報を「トラフィック測定」や「行動測定」に利用されている点について、
具体的にどのような分析に使われているのか、差し支えない範囲でお聞かせいただけますか。

取り急ぎ用件のみにて失礼いたします。
""", sig="b1")
mail(J, "purpose", """
ごめんください。
家内が貴社の会員になっているのですが、私の名前で年賀状のようなはがきが届きました。
家内の登録情報を使って、家族にまで案内を送っているのでしょうか。
登録した情報を何に使っているのか、はっきりさせていただきたい。
""", sig="p")
mail(J, "purpose", """
プラネットマネジメント 御中

いつもお世話になっております。
貴社アプリの「おすすめ」機能について、ゼミの課題で調べております大学生です。

利用者の行動データがおすすめや広告の配信に使われているのか、
それともサービスの提供のためだけに使われているのか、
公開されている範囲で構いませんので教えていただけないでしょうか。

突然のお願いで恐縮ですが、よろしくお願いいたします。
""", sig="p")
mail(J, "purpose", """
お世話になっております。

昨日、アンケートへの協力依頼メールを受け取りました。
回答自体は構わないのですが、回答内容と私の会員情報が結びつけられて、
どのように利用されるのかが書かれておらず、少し迷っております。
集めた情報の使い道について、ポリシーではどのように定められているのでしょうか。

何卒よろしくお願いいたします。
""", sig="b", quote="staff")

# ---- whole mails: third party
mail(J, "third-party", """
いつもお世話になっております。

先週から、保険会社を名乗るところから何度も電話がかかってきます。
「以前ご登録いただいた情報をもとにご案内しています」と言われましたが、
私がその保険会社に何かを登録した覚えはまったくありません。
思い当たるのは、最近貴社で会員登録をしたことくらいです。

まさかとは思いますが、私の電話番号がどこかに渡っていないか、確認していただけますか。

よろしくお願いします。
""", sig="p")
mail(J, "third-party", """
ご担当者様

お世話になっております。
弊社は貴社と業務委託契約を結んでいる会社です。
本件は委託業務とは別に、弊社の従業員が個人として貴社サービスを利用する際の確認です。

貴社のプライバシーポリシーでは、本人の同意なく第三者へ提供することはないとされていますが、
例外として挙げられている「法令に基づく場合」には、どのような場面が想定されているのでしょうか。
社員向けの説明資料に記載したいため、ご教示いただけますと幸いです。

何卒よろしくお願い申し上げます。
""", sig="b")
mail(J, "third-party", """
あのさ、ちょっと聞きたいんだけど。
御社に登録したメアドに、まったく知らない通販サイトからメルマガが来るようになった。
時期的に御社しか考えられないんだよね。
ほかの会社にアドレス流してるの？　はっきり答えて。
""", sig="-")
mail(J, "third-party", """
株式会社プラネットマネジメント 御中

拝啓　時下ますますご清栄のこととお慶び申し上げます。
私こと、貴社のサービスを利用している者でございます。

このたび、市役所の職員を名乗る方から、貴社に登録している私の情報について\
問い合わせがあったと聞き及びました。
役所などから照会があった場合、貴社は本人の承諾を得ずに情報を提供なさるのでしょうか。
提供される場合、その旨を本人に知らせていただけるのかも併せてお伺いいたします。

ご多用中恐れ入りますが、ご回答賜りますようお願い申し上げます。
　　　　　　　　　　　　　　　　　　　　　　　　　敬具
""", sig="p")
mail(J, "third-party", """
お世話になっております。

Facebookでログインできるようにしたところ、Facebookの友達に「この人が〇〇を始めました」と\
表示されたようです。
私の利用情報が外部サービスに送られた、ということでしょうか。
外部サービスと連携した場合に、どこまで情報が外に出ていくのか確認したいです。

よろしくお願いいたします。
""", sig="p", quote="ack")
mail(J, "third-party", """
ご担当者さま

こんにちは。日本に住んで五年になる、フィリピン出身の者です。
日本語がまだ上手ではないので、まちがいがあったらごめんなさい。

わたしの名前と電話番号を、ほかの会社に あげることは ありますか。
わたしは「いいです」と言っていないです。
もし あげるなら、まえに わたしに 聞いてくれますか。

よろしくおねがいします。
""", sig="p")
mail(J, "third-party", """
いつもお世話になっております。

社内で貴社サービスの利用規程を作っているのですが、一点確認させてください。
利用者が登録した氏名やメールアドレスが、貴社から広告会社やデータ会社などへ\
提供されることはあるのでしょうか。
「提供しない」という理解でよろしければ、その旨だけでもご返信いただけると助かります。

よろしくお願いします。
""", sig="b", quote="prev")
mail(J, "third-party", """
前略
昨日、私宛に見覚えのない会社から分厚い案内の封書が届きました。
宛名の書き方が、貴社に登録したときと全く同じ（マンション名を略した書き方）でした。
偶然とは思えず、不愉快に思っております。
貴社はお客の名簿をどこかへ出しているのですか。経緯をご説明ください。
草々
""", sig="p")
mail(J, "third-party", """
お疲れさまです。情報システム部の岡田です。

来月から社内の健康アプリとして貴社サービスを導入予定です。
従業員の利用データについて、弊社（契約者）以外の外部企業へ提供されるケースがあるかどうか、
ポリシー上の扱いを確認させてください。
外部サービス連携を使わない場合は提供されない、という認識で合っておりますでしょうか。

以上、ご確認のほどよろしくお願いいたします。
""", sig="b6")

# ---- whole mails: joint use
mail(J, "joint-use", """
株式会社プラネットマネジメント
ご担当者様

いつもお世話になっております。

ポリシーに「プラネットグループ各社及び取引先と共同利用する」とありますが、
この「取引先」とは具体的にどのような会社を指すのでしょうか。
私の生年月日や利用履歴まで、その取引先で使われることになるのか気になっております。

恐れ入りますが、共同利用の範囲についてご教示ください。
""", sig="p")
mail(J, "joint-use", """
お世話になっております。
先日グループ会社のホテルを予約した際、貴社サービスに登録していた住所が\
最初から入力されていて驚きました。
便利ではありますが、グループの中で情報が共有されているということでしょうか。
どの会社とどの情報を共有しているのか知りたいです。
""", sig="p", quote="ack")
mail(J, "joint-use", """
ご担当者様

お世話になっております。山口法律事務所の山口でございます。

依頼者の個人情報の共同利用に関し、貴社ポリシー記載の「個人情報の管理について責任を有する者」が
貴社であるという理解で相違ないか、念のため確認させていただきたく存じます。
共同利用者側で問題が生じた場合の窓口も貴社となるのか、併せてご回答ください。

よろしくお願い申し上げます。
""", sig="b5")
mail(J, "joint-use", """
こんにちは！
プラネットの別のアプリにログインしたら、前のアプリで使ってたニックネームとか
誕生日が出てきたんですけど、アプリ同士で情報って共有してるんですか？
グループ会社で一緒に使ってるなら、その目的も知りたいです。
""", sig="p")
mail(J, "joint-use", """
いつも大変お世話になっております。
みほん協会事務局の坂本でございます。

当協会の会員向けに貴社サービスをご紹介するにあたり、
会員の皆様から「グループ会社間で情報が共有されるのか」というご質問をいただいております。
共同利用される項目と、共同利用の目的について、ご案内いただける資料などございましたら
ご送付いただけないでしょうか。

何卒よろしくお願い申し上げます。
""", sig="b4")

# ---- whole mails: disclosure
mail(J, "disclosure", """
株式会社プラネットマネジメント
お問い合わせ窓口 御中

いつもお世話になっております。
貴社サービスを利用しております、小林と申します。

個人情報保護法に基づき、貴社が保有する私の個人データの開示を請求したく、ご連絡いたしました。
請求にあたり、以下をお教えいただけますでしょうか。

（１）請求の方法（メールで足りるか、書面が必要か）
（２）本人確認のために必要な書類
（３）手数料の有無と金額

お手数をおかけいたしますが、よろしくお願い申し上げます。
""", sig="p")
mail(J, "disclosure", """
お世話になります。

母（八十二歳）が貴社の会員になっております。
最近もの忘れが多くなり、本人はどんな登録をしたのか覚えていないようです。
家族として、母について貴社にどのような情報が残っているのか確認したいのですが、
本人ではなく娘の私から請求することはできますでしょうか。
必要な手続きがあれば教えてください。

よろしくお願いいたします。
""", sig="p")
mail(J, "disclosure", """
先ほどお電話した者です。電話だと分かりにくかったので、メールで改めて失礼します。

私の購入履歴と、登録されている連絡先を一度すべて見せてほしいのです。
何年も前から使っているので、古い住所がまだ残っているかもしれません。
見せてもらうにはどういう流れになりますか。
""", sig="p")
mail(J, "disclosure", """
ご担当者様

お世話になっております。
先般、個人データの開示をお願いしたところ、本人確認書類を求められました。

運転免許証を持っていないのですが、健康保険証の写しでも受け付けていただけますでしょうか。
また、郵送で書類を送る場合の送り先も併せてお知らせください。

ご確認のほどよろしくお願いいたします。
""", sig="p", quote="staff")
mail(J, "disclosure", """
プラネットマネジメント ご担当者様

こんにちは。カナダ出身で、いま東京で働いています。
日本語は勉強中なので、かんたんな日本語で書きます。

わたしの データ（名前、住所、使ったきろく）を 見たいです。
会社が わたしについて 何を 持っているか、知りたいです。
どうやって お願いしますか。お金は いりますか。

ありがとうございます。
""", sig="p")
mail(J, "disclosure", """
お世話になっております。
株式会社見本ロジテック総務課の石井です。

退職した元社員から、在職中に貴社法人プランで登録された自分の情報を見たいと相談を受けております。
この場合、元社員ご本人から直接貴社へ開示を請求していただく形になりますでしょうか。
弊社経由での請求が可能かどうかも含めてご教示いただけますと幸いです。

以上、よろしくお願いいたします。
""", sig="b0")
mail(J, "disclosure", """
件名：Re: 【受付】お問い合わせありがとうございます

受付のメールありがとうございます。
前回の質問とは別件ですが、もう一点お願いします。
私が過去に問い合わせた内容の記録もまとめて開示してもらえますか？
どの範囲までが開示の対象になるのか、分かれば教えてください。
""", sig="p", quote="ack")
mail(J, "disclosure", """
いつもお世話になっております。

昨年貴社の開示手続きについて伺ったことがある者です。
そのときは結局請求しなかったのですが、改めて請求したいと思っております。
開示までにどれくらい日数がかかるものなのでしょうか。
また、回答は書面で郵送されるのか、メールでいただけるのかも知りたいです。

お手すきの際にご回答いただければ幸いです。
""", sig="p")
mail(J, "disclosure", """
突然のご連絡失礼します。

昔貴社のキャンペーンに応募したことがあるのですが、
その時の応募情報が今も保存されているのかどうか分かりません。
仮に残っているなら、中身を確認させてもらえたらと思っています。
本人確認に何が要るのかも合わせて教えてください。
""", sig="b")

# ---- whole mails: correction (and deletion)
mail(J, "correction", """
お世話になっております。

結婚して姓が変わりました。
会員情報の氏名と、それに合わせてメールアドレスも変えたいと思っております。
アプリの設定画面では氏名が変更できないようなのですが、どのようにすればよいでしょうか。

よろしくお願いします。
""", sig="p")
mail(J, "correction", """
ご担当者様

いつもお世話になっております。
先日届いたお知らせの宛名で、私の生年月日が一年ずれて登録されていることに気付きました。
（正しくは1968年です）
このままだと年齢の確認などで困ることがあるかもしれませんので、
訂正をお願いできますでしょうか。必要なものがあればお知らせください。

何卒よろしくお願いいたします。
""", sig="p", quote="prev")
mail(J, "correction suspension", """
もう二度と使わないので、私の登録を全部消してください。
住所も電話番号も購入履歴も、何もかもです。
退会ボタンを押しただけでは消えていないと聞きました。
本当に消してもらうには何をすればいいんですか。
""", sig="p")
mail(J, "correction", """
株式会社プラネットマネジメント 御中

いつも大変お世話になっております。
弊社経理担当者が交代したため、貴社に登録しております担当者情報（氏名・連絡先）の
変更をお願いしたくご連絡いたしました。

新担当：経理部　遠藤 美紀
電話：03-5555-0736

旧担当者の情報は削除していただいて構いません。
ご対応のほど、よろしくお願いいたします。
""", sig="b11")
mail(J, "correction", """
こんにちは。

住所の番地が「2-10」のはずが「2-1」になっていて、郵便物が届きませんでした。
一度登録した住所を直してもらうことはできますか？
アプリからは変更できない項目みたいです。
ついでに、建物名も追加してもらえると助かります。
""", sig="p")
mail(J, "correction suspension", """
ご担当者様

お世話になっております。
二年前に他界した父の会員登録が残ったままになっているようで、父宛てのメールが今も届きます。
遺族として、父の情報を削除していただきたいと考えております。
どのような書類をお送りすればよろしいでしょうか。

お手数をおかけしますが、よろしくお願いいたします。
""", sig="p")
mail(J, "correction", """
Re: 登録内容の確認のお願い

ご連絡ありがとうございます。
ご指摘いただいた電話番号ですが、携帯を解約したため今は使われていません。
新しい番号に書き換えていただけますでしょうか。
新しい番号は 080-5555-0297 です。
""", sig="p", quote="staff^")
mail(J, "correction suspension", """
お世話になっております。

先月、貴社の採用に応募しましたが、残念ながらご縁がありませんでした。
その際にお送りした履歴書や職務経歴書のデータは、その後どのように扱われますか。
不採用となった以上、削除していただけると安心なのですが、お願いできますでしょうか。

よろしくお願いいたします。
""", sig="p")

# ---- whole mails: suspension
mail(J, "suspension", """
株式会社プラネットマネジメント
ご担当者様

お世話になっております。
以前、貴社サービスの登録時に個人情報の取扱いに同意いたしましたが、
その同意を撤回したく、ご連絡いたしました。

今後、私の情報を広告やおすすめに利用することを停止してください。
サービス自体は引き続き使いたいと考えておりますが、それが難しいのであれば退会も検討します。

以上、よろしくお願いいたします。
""", sig="p")
mail(J, "suspension", """
怒りを抑えて書いています。

登録時にはアンケートと聞いて答えたのに、その内容をもとに営業の電話が来ました。
そんな目的に使うとは一言も書いてありませんでした。
だましたようなやり方で集めた情報を使うのは、今すぐやめてください。
そちらとしてどう対応するのか、返事をください。
""", sig="p", quote="ack")
mail(J, "suspension", """
お世話になっております。山口法律事務所の山口でございます。

依頼者の個人情報について、貴社が公表された利用目的の範囲を超えて取り扱っている疑いがあるため、
個人情報保護法に基づき、当該個人情報の利用停止を請求いたします。
本件に関する貴社のご対応方針と、調査結果の通知時期を書面にてご回答ください。

なお、本請求に関する連絡は当職宛てにお願いいたします。
""", sig="b5")
mail(J, "suspension", """
すみません、質問です。
もう広告とかおすすめのメールはいらないので、私の情報をそういうことに使うのを止めたいです。
退会まではしたくないのですが、使い方だけ止めてもらうことってできますか？
""", sig="p")
mail(J, "suspension", """
ご担当者様

いつもお世話になっております。
知人から勝手に紹介登録されていたことが分かりました。
私自身は登録に同意しておらず、パスワードも知りません。
このような形で取得された私の情報の利用は停止していただきたいのですが、
どのように申し出ればよいでしょうか。

よろしくお願いします。
""", sig="p")
mail(J, "suspension", """
いつもお世話になっております。みほんソフトの近藤です。

個人的な件で恐縮ですが、私の行動データが分析に使われることについて、
今後は使わないでほしいと考えております。
「利用停止」というのは、どのような理由があれば受け付けてもらえるものなのでしょうか。
ポリシーを読んだのですが、条件がよく分かりませんでした。

お手数ですがよろしくお願いします。
""", sig="b9")
mail(J, "suspension", """
度々失礼いたします。

先日お送りした件、まだお返事がないので再度ご連絡しました。
私の情報を使うのを止めてほしいというお願いです。
同意した覚えのない使い方をされているようなので、止めていただけますか。
""", sig="p", quote="prev")
mail(J, "suspension", """
前略　ごめんください。

私は八十を過ぎた年寄りですが、息子に勧められて会員になりました。
ところが近ごろ毎日のように知らない売り込みの電話がかかってまいります。
そちらで私の情報を使うのを、もうやめていただけませんでしょうか。
手紙で申し込む必要があるのでしたら、その旨お知らせください。
""", sig="p")

# ---- whole mails: contact
mail(J, "contact", """
お世話になっております。

個人情報の扱いについて、メールではなく電話で直接相談したいことがあります。
どちらの番号におかけすればよいでしょうか。
また、担当部署のお名前も教えていただけると、電話口で説明しやすいので助かります。

よろしくお願いいたします。
""", sig="p")
mail(J, "contact", """
プラネットマネジメント ご担当者様

いつもお世話になっております。
貴社のプライバシーポリシーの内容に納得できない点があり、意見をお伝えしたいと考えております。
こうした意見や苦情はこのアドレスでお受けいただけるのでしょうか。
別の窓口がある場合はご案内ください。

以上、よろしくお願いいたします。
""", sig="b", quote="ack")
mail(J, "contact", """
こんにちは。

個人情報についての質問って、このアドレスに送れば合ってますか？
アプリの問い合わせフォームとどっちがいいのか分からなかったので、念のため確認です。
""", sig="p")
mail(J, "contact", """
突然のご連絡失礼いたします。
消費生活センターの相談員から、まずは事業者の窓口に問い合わせるよう助言を受けました。

貴社の個人情報の取り扱いについての窓口はこちらで間違いありませんでしょうか。
郵送で申し入れをする場合の宛先（部署名）も教えていただけますか。

よろしくお願い申し上げます。
""", sig="p")

# ---- whole mails: changes
mail(J, "changes", """
いつもお世話になっております。

貴社のプライバシーポリシーは、今後内容が変わることがあるのでしょうか。
変更された場合、利用者にはどのように通知されるのか気になりました。
気付かないうちに内容が変わっていた、ということがないようにしたいです。

よろしくお願いいたします。
""", sig="p")
mail(J, "changes", """
お世話になっております。
株式会社サンプル薬局 管理部の岡田です。

取引先管理の一環として、各社のプライバシーポリシーの制定日と改定履歴を確認しております。
貴社ポリシーの制定時期と、改定の際の告知方法をご教示いただけますでしょうか。

ご多忙のところ恐れ入りますが、よろしくお願いいたします。
""", sig="b6")
mail(J, "changes", """
ご担当者様

ポリシーの末尾に「当社の判断で変更します」とありますが、
利用者の同意なしに、会社の都合だけで自由に変えられるということでしょうか。
法律上の手続きなどは必要ないのか、疑問に思いました。

お答えいただけると幸いです。
""", sig="p", quote="staff")
mail(J, "changes", """
こんばんは。

以前読んだポリシーと今サイトに載っているものの内容が、少し違う気がします。
いつ変わったのか、変わったときにお知らせは出ていたのでしょうか。
私のところには何も届いていなかったように思います。
""", sig="p")

# ---- whole mails: hours
mail(J, "hours", """
お世話になっております。

金曜日の夜に問い合わせを送ったのですが、まだ返信がありません。
土日は対応していらっしゃらないのでしょうか。
月曜日以降に返信をいただけるということであれば、このまま待ちたいと思います。

よろしくお願いいたします。
""", sig="p", quote="prev")
mail(J, "hours", """
ご担当者様

いつもお世話になっております。
年末に個人情報の件でご相談したいことがあるのですが、
年末年始はお休みの期間がございますでしょうか。
休み中に送ったメールは、いつごろご対応いただけるのかも教えてください。

何卒よろしくお願いいたします。
""", sig="b")
mail(J, "hours", """
いつもお世話になっております。

自動返信のメールは届いたのですが、その後の返事はどのくらいでいただけるものでしょうか。
急ぎではないのですが、目安が分かると助かります。
""", sig="p", quote="ack")
mail(J, "hours", """
こんにちは。お世話になります。

お問い合わせへの返事は、メールでいただけるのでしょうか。
日中は仕事で電話に出られないので、できればメールがありがたいです。
祝日をはさむと遅くなるようでしたら、それも教えてください。
""", sig="p")
mail(J, "hours", """
度々すみません。
携帯のメールで問い合わせをしたのですが、返事が来ていないようです。
もう返信は送っていただいているのでしょうか、それともまだでしょうか。
迷惑メール設定のせいかもしれないので、念のため確認です。
""", sig="p")

# ---- whole mails asking two things
mail(J, "disclosure purpose", """
株式会社プラネットマネジメント
個人情報お問い合わせ窓口 御中

いつもお世話になっております。
下記２点につきまして、ご確認いただけますでしょうか。

①貴社が保有する私の個人情報の開示の手続き
②開示された情報が、どのような目的で利用されているのか

お忙しいところ恐れ入りますが、よろしくお願い申し上げます。
""", sig="p")
mail(J, "third-party joint-use", """
お世話になっております。

確認したいことが二つあります。
一つ目は、私の情報がグループ会社と共有されているかどうか。
二つ目は、グループ以外の会社にも渡ることがあるのかどうかです。
会社の名前が似ている別の会社から連絡が来たので、混乱しています。

よろしくお願いします。
""", sig="p")
mail(J, "correction hours", """
いつもお世話になっております。

登録しているメールアドレスを変更したいです。
古いアドレスはもうすぐ使えなくなります。
なお、今週末に手続きをお願いした場合、対応は週明けになりますか？

よろしくお願いいたします。
""", sig="p")

# ---- off-topic: what else reaches info@
off(J, "tenancy", """
プラネットマネジメント様

いつもお世話になっております。
ハイツみほん203号室に入居しております、松井と申します。

昨夜から台所の排水の流れが悪く、今朝は水があふれそうになっております。
業者さんを手配していただくことは可能でしょうか。
平日は18時以降でしたら在宅しております。

お手数ですがよろしくお願いいたします。
""", sig="p")
off(J, "tenancy", """
管理会社様

来年三月末で退去したいと考えています。
解約の書類はどこから取り寄せればよいですか？
あと、敷金がどのくらい戻ってくるのかも知りたいです。
ルミエール例町 105 高田
""")
off(J, "tenancy", "お隣の部屋の夜中の騒音がひどいので注意してもらえませんか。302号室です。")
off(J, "tenancy", """
お世話になっております。
賃貸物件の内見を希望しております。
貴社サイトに掲載されている「見本町駅徒歩7分 1LDK」の物件は、まだ空いておりますでしょうか。
今週土曜日の午前中に見学できれば嬉しいです。
連絡先は 090-5555-0624 です。
よろしくお願いいたします。
""", sig="p")
off(J, "building", """
テナント各位

平素より当ビルをご利用いただき、誠にありがとうございます。
下記の日程で、法定の電気設備点検を実施いたします。
点検中は全館停電となりますので、パソコン等のシャットダウンをお願いいたします。

　　　　　　　記
日時：2026年12月13日（日）9:00～13:00
対象：例題ビル全館
　　　　　　　　　　　　　　　以上

例題ビル管理事務所
""")
off(J, "building", """
いつもお世話になっております。ビル管理室です。
6階男子トイレの手洗い器の水漏れについて、本日修理業者が伺います。
作業は15時ごろから30分程度の予定です。ご不便をおかけします。
""", sig="-")
off(J, "building", """
プラネットマネジメント御中
お世話になります。清掃会社の者です。
来週から共用部の清掃時間が朝8時～10時に変更となります。
エントランスのワックスがけは第3水曜日に行います。ご協力のほどお願いいたします。
""")
off(J, "parking", """
お世話になっております。
月極駐車場の契約について問い合わせです。
貴社管理のパーキング例町の空き区画はありますでしょうか。
車種は軽自動車で、来月から借りたいと考えています。
料金と必要書類を教えていただけますか。
""", sig="p")
off(J, "parking",
      "駐車場の私の区画に知らない車がずっと停まってます。どうにかしてください。B-12です")
off(J, "parking", """
いつもお世話になっております。
駐車場の契約者です。車を買い替えたので、登録している車両ナンバーの変更をお願いします。
新しいナンバーは「品川 500 さ 12-34」です。
ステッカーの再発行が必要であれば、その手続きも教えてください。
""", sig="p")
off(J, "invoice", """
株式会社プラネットマネジメント
経理ご担当者様

いつも大変お世話になっております。
株式会社ためしフーズ経理部の佐野でございます。

2026年11月分のご請求書をPDFにてお送りいたします。
ご査収のほど、よろしくお願い申し上げます。

■ご請求金額：132,000円（税込）
■お支払期限：2026年12月31日（木）
※本書は適格請求書です。
""", sig="-")
off(J, "invoice", """
お世話になっております。
10月末お支払い期限のご請求につきまして、本日時点でご入金の確認が取れておりません。
お手数ですが、お支払い状況をご確認いただけますでしょうか。
行き違いでお支払い済みの場合は、ご容赦くださいませ。
""", sig="b", quote="prev")
off(J, "invoice", """
ご担当者様
先日お送りした見積書の金額に誤りがございました。
大変申し訳ございません。修正版を添付いたしましたので、差し替えをお願いいたします。
""", sig="b")
off(J, "invoice", "領収書の宛名を「株式会社ためし工房」に変えて再発行してもらえますか？")
off(J, "sales", """
株式会社プラネットマネジメント
ご担当者様

突然のご連絡失礼いたします。
個人情報保護コンサルティングを手がけております、みほんプライバシー研究所の北村と申します。

改正個人情報保護法への対応はお済みでしょうか。
弊社では、プライバシーマーク取得支援から社内規程の整備、従業員研修までを一括でご支援しております。
導入企業数は300社以上、最短3か月での取得実績がございます。

30分のオンライン面談で、貴社の現状を無料で診断させていただけないでしょうか。

※今後のご案内が不要な場合は、お手数ですが「配信不要」とご返信ください。

みほんプライバシー研究所　北村 達也
https://privacy-lab.example.jp/
""", sig="-")
off(J, "sales", """
お世話になっております。
貴社ホームページを拝見し、ご連絡いたしました。
Cookie同意管理ツール「コンセントみほん」のご案内です。
サイト訪問者の同意取得・記録を自動化し、海外規制にも対応できます。
初期費用無料キャンペーンは今月末までです。資料をお送りしてもよろしいでしょうか。
""", sig="b")
off(J, "sales", """
ご担当者様

貴社の個人情報の管理は、どのように行っていらっしゃいますか？
情報漏えいは一度起きると、信用回復に多大なコストがかかります。
弊社のセキュリティ診断サービスでは、外部からの侵入リスクを最短1週間で可視化いたします。
ぜひ一度ご検討くださいませ。
""")
off(J, "sales", """
初めてご連絡いたします。
オフィス向けのウォーターサーバーを扱っております、例示アクア株式会社の宮本です。
今なら3か月間レンタル料無料でお試しいただけます。
ご担当者様におつなぎいただけますと幸いです。

例示アクア株式会社　法人営業部　宮本
0120-555-018
""", sig="-")
off(J, "sales",
      "貴社のWebサイト、検索順位を上げるお手伝いをさせていただけませんか？成果報酬型です。")
off(J, "sales", """
いつもお世話になっております。
以前名刺交換させていただいた、データ活用支援の例題アナリティクスの柴田です。
顧客データの分析基盤づくりについて、ご提案の機会をいただけないでしょうか。
来週でしたら、火曜・木曜の午後が空いております。
""", sig="-", quote="prev")
off(J, "recruiting", """
件名：【求人応募】事務職／今井 美紀

株式会社プラネットマネジメント
採用ご担当者様

はじめまして。今井美紀と申します。
求人サイトで貴社の事務職の募集を拝見し、応募させていただきたくご連絡いたしました。
履歴書と職務経歴書を添付いたしますので、ご査収のほどよろしくお願いいたします。
""", sig="p")
off(J, "recruiting", """
ご担当者様

人材紹介の例示キャリアでございます。
貴社の採用課題に合う経理経験者の候補者がおりますので、ご紹介させていただけませんでしょうか。
成功報酬型のため、採用に至るまで費用は一切かかりません。
""", sig="-")
off(J, "recruiting", """
お世話になっております。みほん大学3年の西川と申します。
貴社のインターンシップに興味があり、冬季の募集があるかお伺いしたくご連絡しました。
募集要項などございましたら、ご教示いただけますと幸いです。
""", sig="p")
off(J, "recruiting", "面接の日程、12日の14時で大丈夫です。当日はどちらに伺えばいいですか？")
off(J, "meeting", """
いつもお世話になっております。
明日10時からの定例会議ですが、こちらの都合で大変恐縮ながら、
14時からに変更していただくことは可能でしょうか。
場所は変わらず弊社3階の会議室を予定しております。
""", sig="b")
off(J, "meeting", """
お疲れさまです。
来週の打ち合わせ、オンラインに切り替えたいと思います。
Zoomのリンクは前日までにお送りします。議題は前回と同じく、来期の契約更新についてです。
""", sig="p", quote="prev")
off(J, "meeting", "本日15時のお打ち合わせ、電車遅延のため10分ほど遅れます。申し訳ありません。")
off(J, "press", """
株式会社プラネットマネジメント 広報ご担当者様

突然のご連絡失礼いたします。
例題経済新聞 編集部の記者、森と申します。
中小企業の顧客データ活用をテーマにした特集記事を企画しており、
貴社に取材をお願いしたくご連絡いたしました。
所要時間は1時間程度、オンラインでも対応可能です。
ご検討のほど、よろしくお願いいたします。
""", sig="-")
off(J, "press", """
お世話になります。Webメディア「みほんビジネス」編集部です。
注目企業として貴社を無料で掲載させていただきたく存じます。
なお、掲載にあたっては記事制作費として5万円を頂戴しております。
""")
off(J, "press", """
ご担当者様
テレビ番組の制作会社の者です。
「街の会社の仕事拝見」というコーナーで、オフィスの撮影をお願いできないかと考えております。
撮影候補日は1月中旬です。ご検討いただけますでしょうか。
""", sig="-")
off(J, "newsletter", """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
◆ 例示マーケティング通信 vol.212 ◆ 2026.12.01
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
▼目次
1. 年末商戦で効くメール施策
2. 改正法で変わる顧客データの扱い方
3. 新機能リリースのお知らせ
――――――――――――――――――――――――――――
本メールは、弊社サービスにご登録いただいた方にお送りしています。
配信停止はこちら：https://news.example.com/unsubscribe
個人情報の取り扱いについて：https://news.example.com/privacy
""")
off(J, "newsletter", """
【12/10開催・無料ウェビナー】中小企業のための個人情報保護 実務セミナー

■日時：2026年12月10日（木）14:00～15:30
■形式：オンライン（Zoom）
■参加費：無料　■定員：100名
※本メールは、過去に名刺交換をさせていただいた方にお送りしています。
※今後のご案内が不要な方は、配信停止のお手続きをお願いいたします。
""")
off(J, "newsletter", """
みほん商店街ニュース 12月号
・歳末大売り出しは12月15日から！
・商店街の福引き、今年は1等が温泉旅行
・年末年始の営業日は各店舗にお問い合わせください
ご登録のメールアドレス宛に毎月お届けしています。
""")
off(J, "phishing", """
【重要】お客様のアカウントは一時停止されました

いつもご利用いただきありがとうございます。
お客様のアカウントで不審なログインが検出されたため、ご利用を一時的に制限しております。
24時間以内に下記より本人確認を完了してください。
期限内に確認いただけない場合、登録情報はすべて削除されます。

▼本人確認はこちら
https://planet-secure.example.com/verify
""")
off(J, "phishing", """
【みほん銀行】お客様情報の確認のお願い

お客様の口座の取引を一部制限いたしました。
制限解除には、下記URLよりお客様情報の再登録が必要です。
https://mihon-bank-login.example.com/
""")
off(J, "phishing", """
お荷物のお届けにあがりましたが、ご不在のため持ち帰りました。
配送物の確認はこちら https://redelivery.example.com/jp
""")
off(J, "phishing", """
メールボックスの容量が上限に達しました。
個人情報保護のため、本日中にパスワードを更新してください。
更新されない場合、受信が停止されます。
https://mail-update.example.com/
""")
off(J, "vendor", """
お取引先各位

拝啓　師走の候、貴社ますますご清栄のこととお慶び申し上げます。
平素は格別のご高配を賜り、厚く御礼申し上げます。
さて、誠に勝手ながら、弊社では下記の期間を年末年始休業とさせていただきます。

　　　　　　　　記
休業期間：2026年12月29日（火）～2027年1月4日（月）
※1月5日（火）より通常営業いたします。
　　　　　　　　　　　　　　　　以上

期間中のお問い合わせへのご返信は、1月5日以降となります。
何卒ご了承くださいますようお願い申し上げます。
　　　　　　　　　　　　　　　　　　　　敬具
""", sig="b")
off(J, "vendor", """
お客様各位

平素より「クラウド勤怠みほん」をご利用いただき、誠にありがとうございます。
このたび、2027年1月1日付でプライバシーポリシーを改定いたします。
主な変更点は、個人情報の共同利用の範囲の見直し、および第三者提供に関する記載の明確化です。
改定後のポリシーは弊社ウェブサイトでご確認いただけます。
引き続きよろしくお願い申し上げます。
""")
off(J, "vendor", """
関係者各位
このたび弊社は本社を下記へ移転いたしました。
新住所：〒101-0000 東京都千代田区例示町4-4-4
電話番号に変更はございません。今後ともよろしくお願いいたします。
""", sig="b")
off(J, "other", """
ご丁寧にありがとうございました。
承知いたしました。また何かあればご連絡いたします。
""", sig="p", quote="staff")


# ======================================================================== English
E = "en"
short(E, "collection", "What exactly do you record about me when I use the app?")
short(E, "collection", "If I sign in with Apple, what do you get from my Apple account?")
short(E, "collection", "Besides the sign-up form, do you gather anything else about me?")
short(E, "collection", "How do you keep the personal details I gave you safe?")
short(E, "purpose", "Why do you need my date of birth to open an account?")
short(E, "purpose", "Is my browsing on your site being tracked and analysed?")
short(E, "purpose", "Are you using my order history to decide which ads I see?")
short(E, "purpose", "What will my information be used for?")
short(E, "third-party", "Do you sell customer lists to other companies?")
short(E, "third-party", "Would you hand my details over to the police without telling me?")
short(E, "third-party",
      "Since I registered with you I keep getting calls from firms I never heard of.")
short(E, "third-party", "Can anyone outside your company get hold of my phone number?")
short(E, "third-party", "Is there any situation where you pass my data on without asking me first?")
short(E, "joint-use", "Do your group companies also get access to my account details?")
short(E, "joint-use", "Who is accountable for the data you share with your business partners?")
short(E, "joint-use", "Which of my details are shared within the Planet Group, and why?")
short(E, "disclosure", "Can I get a copy of all the personal data you hold on me?")
short(E, "disclosure", "Is there a fee for a subject access request?")
short(E, "disclosure", "What ID do I need to show to see my records?")
short(E, "disclosure", "How do I find out what information you have stored about me?")
short(E, "correction", "My surname is misspelled in your system, can you fix it?")
short(E, "correction", "I moved house. How do I update the address you have on file?")
short(E, "correction suspension", "Please erase my account and everything attached to it.")
short(E, "correction", "Can you add my second phone number to my profile?")
short(E, "suspension", "I withdraw my consent to the processing of my personal data.")
short(E, "suspension", "Stop using my information for anything other than running my account.")
short(E, "suspension",
      "My details were obtained under false pretences; I want you to stop using them.")
short(E, "suspension", "Can I opt out of my data being used for advertising?")
short(E, "contact", "Who do I call about a privacy concern?")
short(E, "contact", "Where can I send a complaint about how you handle personal data?")
short(E, "contact", "Is there a data protection contact at your company?")
short(E, "changes", "Will you tell me if the privacy policy changes?")
short(E, "changes", "When did this privacy policy come into effect?")
short(E, "hours", "Do you answer emails at the weekend?")
short(E, "hours", "I wrote over the New Year holiday - when can I expect an answer?")
short(E, "hours", "Will I get your reply by email or by phone?")

noisy(E, "collection", "wat data do u guys collect on me??")
noisy(E, "third-party", "u selling my info or what")
noisy(E, "correction suspension", "pls delete my acount and all my informations")
noisy(E, "disclosure", "I want know which datas your company keeping about me. Please revert.")
noisy(E, "purpose", "Kindly explain me for what purpose you are using my personal informations.")
noisy(E, "suspension", "i dont agree anymore. stop useing my data ok")
noisy(E, "joint-use", "does ur group company get my info too?? like the hotel one")
noisy(E, "correction", "my adress is wrong on the account, its 3-5 not 5-3, fix pls")
noisy(E, "disclosure",
      "Hello, kojin jouhou kaiji wo onegai shitai. how to do this in english form?")
noisy(E, "third-party", "got spam calls right after signing up w/ you. coincidence??")
noisy(E, "hours", "emailed u friday still no answer. r u closed on weekends")
noisy(E, "contact", "whos the person in charge of privacy there. need a phone no.")
noisy(E, "changes", "Please teach me about how you inform customers when policy is changing.")
noisy(E, "purpose", "Why the ads in other site know what I looked at your shop?? creepy")
noisy(E, "collection", "When I connected my Facebook, you take my friend list also? I am worry.")
noisy(E, "suspension", "I am revoking the consent I gave. Do not process my datas any more.")
noisy(E, "third-party", "My information, it is given to other company? I never say OK for this.")
noisy(E, "disclosure", "how much it cost to request my data? and what paper i need")
noisy(E, "correction", "Hi, 登録の名前が間違っています. my name is Anh, not Ahn. please correct.")
noisy(E, "hours", "no reply yet?? how long does it usually take")

# ---- whole mails: collection
mail(E, "collection", """
Dear Sir or Madam,

I am 78 years old and my grandson set up your app on my tablet last month.
I do not really know what he typed in. I believe my name and address, but
perhaps more. Could you kindly tell me what kinds of information your company
receives about me? I would like to know whether it includes my telephone number
and the things I have bought.

Thank you for your patience with an old lady.

Yours sincerely,
Margaret Ellis
""")
mail(E, "collection", """
Hi there,

I linked my Discord account to your app for the community features. Does that
mean you can see my server list or my DMs? What actually comes across from
Discord when I link it?

Thanks
""", sig="p")
mail(E, "collection", """
Hello,

We are evaluating your service for about 200 staff at our Osaka office. Our
security review asks vendors to list the categories of personal data collected
from end users, including usage logs and device identifiers.

Could you confirm which data items you obtain from users, and whether anything is
collected through the app beyond what users enter themselves?

We would appreciate an answer by the end of next week.
""", sig="b")
mail(E, "collection", """
hi im doing a school project about apps and privacy (im 15). when someone makes an
account with you what do you actually keep? just the email or like more stuff
too. thx
""")
mail(E, "collection", """
Good afternoon,

Our office received a fake email last week pretending to be from your company.
Nothing happened, but it made me think about the details I have given you over the
years: name, address, phone, and a long order history.

How do you protect all that on your side? Is access inside the company limited to
the people who need it?

Regards
""", sig="p", quote="ack")
mail(E, "collection", """
Hello,

My phone battery drains fast since I installed your app. Does the app record my
location in the background? I'd like to know what it gathers while it isn't open.

Many thanks
""", sig="p")
mail(E, "collection", """
Thank you for your continued support.
I am Hayashi of Sample Apps Ltd. I write this time as a private user.

The store page says you acquire "service usage history". Please let me know
about the detail: does it include pages viewed, time on each page, and device ID?
I would like to confirm about the exact scope.

Best regards.
HAYASHI Ken
Sample Apps Ltd.
""", sig="-")
mail(E, "collection", """
Hi,

I phoned your hotline last month to complain about a late delivery. Do you keep
recordings or notes of calls like that as part of the information you hold about
customers? Just curious what ends up on file.

Cheers
""", sig="p", quote="ack^")

# ---- whole mails: purpose
mail(E, "purpose", """
Dear Inquiry Desk,

I have been a customer for about two years. Last week I received an email titled
"Picked for you based on your activity". It was useful, but it made me realise I
don't know how my activity is being analysed or for what.

Could you explain the purposes for which you use the information you collect?

Kind regards,
Helen
""", sig="-")
mail(E, "purpose", """
Hi,

I noticed the emails you send me contain tracking images that report when I open
them. What is that tracking used for? Measuring ads, or something else?
""", sig="p")
mail(E, "purpose", """
Dear Sirs,

We act for a user of your services. On our client's behalf we ask you to state:

1. the purposes of use you have published for our client's personal information; and
2. whether those purposes include measuring behaviour or the effectiveness of
   advertising.

A copy of our client's authority will follow by post. Please direct your reply to
the writer.

Yours faithfully,
""", sig="b2")
mail(E, "purpose", """
Hello,

I got an email last week saying your terms of use are changing. I've opted out
of all newsletters in my settings, so I was surprised. Is this the kind of thing you
still send regardless, and is that what my email address is used for?

Thanks,
Ruth
""", sig="-", quote="prev")
mail(E, "purpose", """
Dear Planet team,

We are considering a partnership and our legal team has a question before we go
further. Your policy mentions "customer traffic measurement and behavior
measurement". In practical terms, what is this used for? Any detail you can share
would help.

Best,
""", sig="b4")
mail(E, "purpose", """
To whom it may concern,

I run a small shop that sells through your platform. My customers sometimes ask me
what Planet does with the information they enter at checkout. What are the purposes
of use I can point them to?
""", sig="b")
mail(E, "purpose", """
Hello!

A friend who works in marketing told me companies like yours measure "customer
traffic" and "behaviour". Is that what happens with my visits to your site, and what
is it for? I'm not upset, just curious.

Thank you so much in advance!
""", sig="p")
mail(E, "purpose", """
Hi,

You sent me a survey. Happy to fill it in, but it doesn't say whether my answers
will be linked to my account or what they will be used for. What does your policy
say about that?
""", sig="p", quote="staff")

# ---- whole mails: third party
mail(E, "third-party", """
Hello,

For the past week a man from an insurance company has been calling me. He said he
was "following up on information I had registered". I have never dealt with that
company. The only thing I signed up for recently is your service.

I'm not accusing anyone, but could you check whether my phone number has been passed
to anyone?
""", sig="p")
mail(E, "third-party", """
Dear Inquiry Desk,

Our company uses your services under an outsourcing agreement; this question is
separate from that and concerns our employees as individual users.

Your policy says personal information is not provided to third parties without
consent, apart from some exceptions. What kinds of situations do the exceptions
"permitted by laws and regulations" cover in practice? We want to explain it
correctly in our staff handbook.

Thank you for your time.
""", sig="b")
mail(E, "third-party", """
I got a letter from a debt collection agency quoting my customer number WITH YOU.
I owe you nothing and I have never dealt with that agency. How did they get my
number? Did you give it to them?
""")
mail(E, "third-party", """
Dear Planet Management,

My former husband's lawyer appears to know my new address, which only you and my bank
have. Can a lawyer or a court make you hand over a customer's details, and would
the customer be told?

I look forward to your reply.

Yours faithfully,
C. Whitmore
""")
mail(E, "third-party", """
Hi,

When I pay in your app with a third-party wallet, does the wallet company get my
purchase history from you? I'd rather they didn't.
""", sig="p", quote="ack")
mail(E, "third-party", """
Hello,

I am from Brazil and living in Japan. My English is not perfect, sorry.
Yesterday my bank call me and they know I use your service. How they know?
You tell my bank about me? I did not say yes for this.

Obrigado,
Rafael
""")
mail(E, "third-party", """
Hi team,

I'm drafting internal rules for how our staff may use your service. One question:
is there any case where the names and emails our users register would be provided
by you to advertisers or data brokers? If the answer is simply "no", a one-line
reply confirming that would be great.
""", sig="j", quote="prev")
mail(E, "third-party", """
A recruiter messaged me on LinkedIn and mentioned the course I took through your
platform. I have not listed that course anywhere. I would like to know whether you
share customer information with anyone, and with whom.
""", sig="p")
mail(E, "third-party", """
Hello,

We plan to roll out your service as a wellness app for our employees next month.
Could you confirm whether employee usage data is ever provided to companies other
than us (the contracting party)? My understanding is that without external service
linking nothing is provided. Is that correct?

Thanks and regards,
""", sig="b")

# ---- whole mails: joint use
mail(E, "joint-use", """
Dear Inquiry Desk,

Your privacy policy says data is used jointly with "Planet Group companies and the
Company's business partners". Who are these business partners, broadly? Does that
include my date of birth and usage history?

I would be grateful for an explanation of the scope of this joint use.
""", sig="p")
mail(E, "joint-use", """
Hi,

The Planet travel agency sent me a birthday coupon, though I never gave them my
birthday; only your app has it. So is my information shared inside the group? Which
companies get it?
""", sig="p", quote="ack")
mail(E, "joint-use", """
Dear Sir or Madam,

We write on behalf of our client in relation to the joint use of personal data
described in your privacy policy. Please confirm that Planet Management Co., Ltd.
is the party responsible for managing the jointly used personal information, and
that complaints concerning any joint user may be addressed to you.
""", sig="b2")
mail(E, "joint-use", """
Hello,

If one of the partners you share customer data with misuses it, which company is
responsible - them or you? I want to know who to hold to account.
""", sig="p")
mail(E, "joint-use", """
Dear Planet Management,

Our association is about to introduce your service to its members. Several members
have asked whether their details would be shared among your group companies. Do you
have any material describing which items are used jointly and for what purpose?

With thanks,
""", sig="b")

# ---- whole mails: disclosure
mail(E, "disclosure", """
Dear Data Protection Officer,

Under the Act on the Protection of Personal Information (and, for the avoidance of
doubt, Article 15 GDPR), I request access to all personal data you hold about me.

Please tell me:
(a) whether an email request is sufficient or you require a written form;
(b) what proof of identity you need; and
(c) whether any fee applies.

Yours faithfully,
Dr. Anika Brandt
""")
mail(E, "disclosure", """
Hello,

I'm going through a divorce and my lawyer suggested I get a record of my account
activity with you. Can you provide a copy of everything you hold on me, and how long
would it take?

Kind regards,
""", sig="p")
mail(E, "disclosure", """
Hi,

Can I get the data you hold about me in a machine-readable format, like a CSV file?
And is there a charge for that?
""", sig="p")
mail(E, "disclosure", """
Dear Inquiry Desk,

Thank you for your reply about my access request. You asked for identification.
I don't have a driving licence; would a copy of my residence card be acceptable?
Also, what postal address should I send documents to?

Best regards,
""", sig="p", quote="staff")
mail(E, "disclosure", """
Hi,

I'm Canadian and work in Tokyo. I'd like to know what data your company keeps
about me - name, address, usage records, all of it. How do I ask for that, and do
I have to pay?

Thanks!
""", sig="p")
mail(E, "disclosure", """
Dear all,

I am writing on behalf of my son, who is 15 and uses your app. Can a parent request
a copy of the information you hold about a minor? What would you need from us?

Best regards,
""", sig="j")
mail(E, "disclosure", """
Re: [Received] Thank you for your inquiry

Thanks for the auto-reply. For my access request, do I need to send a copy of my
passport, or is my residence card enough to prove who I am?
""", sig="p", quote="ack")
mail(E, "disclosure", """
Hello again,

I asked about your access procedure last year but never went ahead. I'd now like
to. How long does it usually take before you disclose the data, and will the
answer come by post or by email?
""", sig="p")
mail(E, "disclosure", """
Hello,

After my complaint call in October, did your staff write notes about me in your
system? If so, I would like to see them.
""", sig="b")

# ---- whole mails: correction (and deletion)
mail(E, "correction", """
Hi,

I've transitioned and the name and title on your records are out of date. How do I
get them updated? The app doesn't let me edit my name.
""", sig="p")
mail(E, "correction", """
Dear Inquiry Desk,

It looks like your system has merged my account with my father's (same name, same
address). My order history shows his purchases and my date of birth is his. Could you
please separate and correct this?

Thank you,
""", sig="p", quote="prev")
mail(E, "correction suspension", """
I'm done with your service. Delete everything you have on me - address, phone,
purchases, all of it. I've heard that pressing "close account" doesn't actually
remove anything. What do I need to do to get it really deleted?
""", sig="p")
mail(E, "correction", """
Dear Planet Management,

Our accounts contact has changed. Please update the contact details you have on
record for us as follows:

New contact: Ms. Eva Lindgren, Accounts Payable
Phone: +46 8 555 0148

The previous contact's details may be removed.
""", sig="b")
mail(E, "correction", """
Hello,

You have my old work email on file and I no longer have access to it. Can you
replace it with my personal address, this one? I can confirm my phone number or
anything else you need.
""", sig="p")
mail(E, "correction", """
Dear Sir or Madam,

There are two phone numbers attached to my account: an old landline and my mobile.
Please remove the landline and keep only the mobile. Thank you.

With thanks,
""", sig="p")
mail(E, "correction", """
Thanks for getting back to me.
The phone number you mentioned is no longer in use, I cancelled that contract. Could
you replace it with my new one: 080-5555-0381?
""", sig="p", quote="staff^")
mail(E, "correction suspension", """
Hello,

I attended your recruitment seminar in the summer and filled in a registration form.
I'm no longer looking for a job. Could you delete my details from your candidate
list?

Best regards,
""", sig="p")

# ---- whole mails: suspension
mail(E, "suspension", """
Dear Inquiry Desk,

When I registered I agreed to your handling of my personal information. I now
withdraw that consent. Please stop using my data for advertising and
recommendations. I would like to keep using the service itself if that is possible;
if not, I will consider closing my account.

Regards,
""", sig="p")
mail(E, "suspension", """
Your staff told me on the phone that customer calls are "analysed for marketing".
Nothing in your purposes of use mentions that. Please stop using my recordings and
data in that way, and confirm in writing that you have.
""", sig="p", quote="ack")
mail(E, "suspension", """
Dear Sirs,

We act for a user of your services. We have reason to believe that our client's
personal information is being handled beyond the purposes of use you announced.
We therefore request that you suspend the use of that information, and that you
inform us in writing of the outcome of your investigation and when we may expect it.
""", sig="b2")
mail(E, "suspension", """
hi, I don't want any more ads or "recommended for you" emails. Can you stop using my
info for that stuff without me having to delete my whole account?
""", sig="p")
mail(E, "suspension", """
Hello,

My ex signed me up to your service with my email address as a joke. I never agreed to
any of it. Stop processing whatever you have on me, please. How do I make that
official?
""", sig="p")
mail(E, "suspension", """
Thank you for your continued support.
This is a personal matter. I do not want my behaviour data to be used for
analysis from now. Please teach me what kind of reason is accepted for the stop of
use. I read the policy but the condition was not clear for me.
""", sig="j")
mail(E, "suspension", """
Sorry to write again.

I sent a message last week and haven't had a reply. My request is simple: stop
using my information. It is being used in ways I never agreed to.
""", sig="p", quote="prev")
mail(E, "suspension", """
Dear Sir,

I am a retired schoolteacher and I subscribe to your monthly magazine. I do not wish
my name and address to be used for anything other than posting the magazine to me.
Please see to it.

Respectfully,
Harold Jenkins
""")

# ---- whole mails: contact
mail(E, "contact", """
Hello,

Is there a postal address for written complaints about how you handle personal data?
I prefer paper to email for anything official.

Thanks,
""", sig="p")
mail(E, "contact", """
Dear Inquiry Desk,

There are points in your privacy policy that I disagree with and I would like to
send you my comments. Is this address the right place for opinions and complaints
about the policy, or is there a separate channel?
""", sig="b", quote="ack")
mail(E, "contact", """
hi, is this the right email for privacy questions? or should I use the form in the
app instead? just checking before I write a long message
""", sig="p")
mail(E, "contact", """
Good morning,

I live in Singapore. Does your privacy desk have a number I can call from abroad,
and does anyone there speak English?
""", sig="p")

# ---- whole mails: changes
mail(E, "changes", """
Hello,

Can your privacy policy change in the future, and if so, how will customers be
told? I don't want to discover one day that it changed without my noticing.
""", sig="p")
mail(E, "changes", """
Dear Planet Management,

As part of our supplier review we record each partner's privacy policy date and
revision history. Could you tell us when your policy was established and how
revisions are announced?

Kind regards,
""", sig="b")
mail(E, "changes", """
Hi,

The end of your policy says you will change it "at our discretion". Does that mean
you can change it whenever you like without customers agreeing? Aren't there any
legal procedures you have to follow?
""", sig="p", quote="staff")
mail(E, "changes", """
Hello,

Is there an archive of earlier versions of your privacy policy? I signed up years
ago and agreed to an older one, and I'd like to know what has changed since.
""", sig="p")

# ---- whole mails: hours
mail(E, "hours", """
Hello,

Is your desk open during Golden Week? I have a question that can wait a few days,
but not two weeks.
""", sig="p", quote="prev")
mail(E, "hours", """
Dear Inquiry Desk,

I'd like to raise a privacy question towards the end of December. Are you closed
over the New Year period, and when would messages sent during the closure be
answered?

Best regards,
""", sig="b")
mail(E, "hours", """
Hi,

I received the automatic reply, thanks. Roughly how long until I get an actual
answer? Not urgent, just good to know.
""", sig="p", quote="ack")
mail(E, "hours", """
Hello,

Will the answer to my question come by email? I can't take calls during work
hours, so email would be much better. If a public holiday slows things down,
please let me know.
""", sig="p")
mail(E, "hours", """
Hi again,
What are your office hours? I'm in London, so I'd like to know roughly when someone
will actually read this.
""", sig="p")

# ---- whole mails asking two things
mail(E, "disclosure purpose", """
Dear Inquiry Desk,

Two questions, please:

1) How do I request disclosure of the personal data you hold about me?
2) For what purposes is that data being used?

Thank you in advance.
""", sig="p")
mail(E, "third-party joint-use", """
Hello,

I have two questions. First, is my information shared with your group companies?
Second, can it go to companies outside the group as well? A company with a name
similar to yours contacted me and I'm confused.
""", sig="p")
mail(E, "correction hours", """
Hi,

I need to change the email address on my account; the old one will stop working
soon. If I send the request this weekend, will it be handled only next week?

Thanks,
""", sig="p")

# ---- off-topic
off(E, "tenancy", """
Hello Planet Management,

I'm the tenant in flat 3B at Sample Court. The radiator in the bedroom has stopped
working and it's getting very cold at night. Could you send someone to look at it
this week? I'm home after 6pm on weekdays.

Thanks,
""", sig="p")
off(E, "tenancy", """
Hi, I'd like to give notice on my apartment - moving out end of March. Where do I
get the termination form, and how much of my deposit can I expect back?
""")
off(E, "tenancy",
      "The people upstairs are stomping around at 2am every night. Can you talk to them?")
off(E, "tenancy", """
Hello,

Is the 1LDK near Mihon station listed on your website still available? I'd like to
arrange a viewing on Saturday morning if possible. My number is 090-5555-0843.

Best,
""", sig="p")
off(E, "building", """
To all tenants,

Statutory electrical inspection will be carried out on Sunday 13 December, 9:00-13:00.
There will be a full power outage in the building during this time. Please shut
down computers and servers beforehand.

Building Management Office
""")
off(E, "building", """
Hi, just letting you know the lift on the east side is out of service from 10am
tomorrow for maintenance. Please use the west lift. Apologies for the inconvenience.
""", sig="-")
off(E, "building", """
Dear tenant,

From next week common-area cleaning moves to 8-10am. Floor waxing in the lobby is on
the third Wednesday of each month. Thank you for your cooperation.
""")
off(E, "parking", """
Hello,

I'm interested in a monthly parking space at your Sample Street car park. Do you
have anything free from January? It's a compact car. Please let me know the fee and
what documents you need.
""", sig="p")
off(E, "parking", "Someone's been parked in my bay (B-12) for three days. Can you get it towed?")
off(E, "parking", """
Hi,

I've changed my car. Please update the registration number on my parking contract
to the new plate: Shinagawa 300 ta 56-78. Do I need a new permit sticker?
""", sig="p")
off(E, "invoice", """
Dear Accounts Payable,

Please find attached our invoice INV-2026-1187 for November services.

Amount due: JPY 132,000 (tax incl.)
Due date: 31 December 2026

Kind regards,
""", sig="b")
off(E, "invoice", """
Hello,

Our records show that invoice INV-2026-0954, due 31 October, remains unpaid. Could
you check the status of this payment? If it has already been sent, please ignore
this reminder.
""", sig="b", quote="prev")
off(E, "invoice", """
Hi,
Apologies - the quotation I sent yesterday had the wrong unit price. A corrected
version is attached; please discard the earlier one.
""", sig="b")
off(E, "invoice", "Could you reissue the receipt with our company name, Sample Works Ltd., on it?")
off(E, "sales", """
Hi there,

Hope this email finds you well. I'm reaching out from Mihon Privacy Partners. We help
Japanese SMEs get ready for APPI amendments and GDPR - gap assessments, privacy
policies, staff training, and certification support. 300+ clients so far.

Do you have 20 minutes next week for a free privacy health check?

If you'd rather not hear from us, just reply "unsubscribe".

Ken Ito | Senior Consultant
Mihon Privacy Partners K.K.
""", sig="-")
off(E, "sales", """
Hello,

I noticed your website doesn't show a cookie consent banner. Our consent management
platform sets one up in ten minutes and keeps an audit log of every visitor's choice.
Can I send you a short demo video?
""", sig="b")
off(E, "sales", """
Dear Sir/Madam,

Greetings of the day! We are a leading offshore software development company with
500+ engineers. We provide web, mobile and AI solutions at very competitive rates.
Kindly revert if you have any requirement.
""", sig="b")
off(E, "sales", """
Hi,

How confident are you that your customer data is safe? Our penetration testing
team can show you exactly where attackers would get in, within one week. Worth a
quick call?
""")
off(E, "sales",
      "Want more leads in 2027? We guarantee first-page Google rankings."
      " Reply YES for a free audit.")
off(E, "sales", """
Hello again,

We met at the retail tech expo in October. Following up on our chat about building a
customer data platform for your group - could we set up a proposal meeting? Tuesday
or Thursday afternoon next week works for me.
""", sig="b", quote="prev")
off(E, "recruiting", """
Subject: Application - Bilingual Office Assistant

Dear Hiring Manager,

I am writing to apply for the Bilingual Office Assistant position advertised on your
website. I have three years of experience in administration in Tokyo and hold JLPT
N1. My CV and cover letter are attached.

I look forward to hearing from you.
""", sig="p")
off(E, "recruiting", """
Hi,

I'm a recruiter at Sample Talent Partners. We have several strong candidates with
accounting backgrounds who would be a great fit for your team. No fee unless you
hire. Open to a quick call?

Dana Whitfield
Senior Consultant, Sample Talent Partners
""", sig="-")
off(E, "recruiting", """
Hello,

I'm a third-year student at Mihon University. Do you offer any winter internships
for international students? I would be grateful for any information.
""", sig="p")
off(E, "recruiting",
      "Thursday the 12th at 2pm is fine for the interview. Which entrance should I use?")
off(E, "meeting", """
Hi,

Would it be possible to move tomorrow's 10:00 meeting to 14:00? Apologies for the
short notice. Same room on our 3rd floor.
""", sig="b")
off(E, "meeting", """
Hi all,
Let's switch next week's session to video. I'll send the Teams link the day before.
Agenda as last time: contract renewal for next year.
""", sig="p", quote="prev")
off(E, "meeting", "Running about 10 minutes late for our 3pm, train delays. Sorry!")
off(E, "press", """
Dear Press Office,

I'm a reporter with Sample Business Weekly. We're preparing a feature on how
small Japanese companies use customer data, and we'd love to interview someone from
your team. About an hour, online is fine.

Best regards,
Lena Park
Staff Writer, Sample Business Weekly
""", sig="-")
off(E, "press", """
Congratulations! Your company has been selected for our "Top 100 Emerging
Businesses in Asia" list. To confirm your feature, please complete the profile form
and pay the publication fee of USD 450.
""")
off(E, "press", """
Hello,

I produce a documentary series about small businesses in Tokyo. Would you consider
letting us film in your office for half a day in mid-January?
""", sig="-")
off(E, "newsletter", """
=============================================
SAMPLE MARKETING WEEKLY  |  Issue 212  |  1 Dec 2026
=============================================
In this issue:
 - Holiday email campaigns that actually convert
 - What the new data rules mean for your CRM
 - Product update: smarter segments
---------------------------------------------
You are receiving this because you subscribed at sample-marketing.example.com.
Unsubscribe | Privacy Policy | Manage preferences
""")
off(E, "newsletter", """
FREE WEBINAR - 10 December, 2pm JST
"Personal data protection for small businesses: a practical guide"
Register now: https://webinar.example.com/1210
You received this email because we exchanged business cards. To stop receiving
invitations, click here.
""")
off(E, "newsletter", """
The Tokyo Expat Weekly - December edition
* Winter festivals around the city
* Tax return tips for foreign residents
* Classifieds
You are subscribed with this address. Update your preferences any time.
""")
off(E, "phishing", """
Dear User,

Your account has been suspended due to unusual sign-in activity. To restore access,
verify your identity within 24 hours using the secure link below. Failure to do so
will result in permanent deletion of your personal data.

https://planetmgmt-verify.example.com/login

Security Team
""")
off(E, "phishing", """
Payment failed. Please update your billing information to avoid interruption of
service: https://billing-update.example.com/
""")
off(E, "phishing", """
Dear info,

You have received a secure document via DocShare. Click below to view.
VIEW DOCUMENT
This link expires in 48 hours.
""")
off(E, "phishing", """
Your mailbox is full. Your password expires today. Keep your current password
here: https://mail-keep.example.com/
""")
off(E, "vendor", """
Dear Valued Customer,

Please be informed that our offices will be closed for the year-end holidays from
29 December 2026 to 4 January 2027. We will resume normal operations on 5 January.
Inquiries received during this period will be answered in order of arrival after we
reopen.

We thank you for your continued business.
""", sig="b")
off(E, "vendor", """
Dear Customer,

We are updating our Privacy Policy effective 1 January 2027. The main changes clarify
how we share data with affiliates and third parties and how you can exercise your
rights. No action is required. Thank you for using Sample Cloud Timesheets.
""")
off(E, "vendor", """
Notice of office relocation: from 14 December our head office moves to 4-4-4 Reiji,
Chiyoda-ku, Tokyo. Phone numbers remain unchanged.
""", sig="b")
off(E, "other", """
Thanks very much, that answers everything. All clear now!
""", sig="p", quote="staff")


# ---- more shapes: forwards, inline replies, bilingual mail, a subject that asks alone
mail(J, "disclosure", """
山本さん

お客様から下記の問い合わせが店舗宛てに届きましたので、転送いたします。
ご対応をお願いできますでしょうか。

店舗運営課　川口

---------- Forwarded message ---------
From: 上野 真司 <ueno.s@mail.example.jp>
Date: 2026年11月27日(金) 19:42
Subject: 登録情報について
To: <shop-mihon@example.jp>

お店で会員カードを作った上野です。
カードを作るときに書いた内容がどこまで登録されているのか、全部見せてもらうことはできますか。
""")
mail(J, "correction", """
ご回答ありがとうございます。以下、文中にて失礼します。

> 登録内容の訂正につきましては、ご本人確認のうえ対応いたします。
承知しました。本人確認は、免許証の写しをメールに添付する形でも大丈夫でしょうか。

> お手数ですが、ご登録のお名前と生年月日をお知らせください。
山本 真由美、1979年4月2日です。旧姓の「坂井」で登録されているはずです。

よろしくお願いします。
""")
mail(J, "third-party joint-use", """
※English follows Japanese.

お世話になっております。
貴社に登録した私の連絡先が、提携先の旅行会社に提供されることはありますか。

---- English ----
Hello, will the contact details I registered with you be given to your partner
travel agency?

Emma Schulz（エマ・シュルツ）
""")
mail(J, "suspension", """
件名：個人情報の利用停止のお願い

よろしくお願いします。

山田
""")
mail(E, "correction suspension", """
Subject: Request to delete my account data

Thanks in advance.
J.
""")
mail(E, "purpose", """
いつもお世話になっております。
I'm writing in English because it's easier for me to be precise.

Your app asks for my date of birth and my home address before I can use the coupon
feature. I'd like to understand what these two items are used for once you have them.

Best regards,
""", sig="j")
mail(E, "third-party", """
Hi Inquiry Desk,

One of our customers sent the question below to our shop's address. Could you answer
it directly to her? She's copied.

Thanks,
Paul (Sample Bakery, a Planet partner store)

Begin forwarded message:

From: Grace Liu <grace.liu@mail.example.com>
Date: 27 November 2026 at 19:42:10 JST
To: shop@sample-bakery.example.com
Subject: loyalty card

Hi, when I signed up for the loyalty card, did that let Planet pass my details on to
other businesses? I never ticked anything that said so.
""")
mail(E, "hours", """
Thanks for the auto-reply.

> Replies on Saturdays, Sundays and public holidays wait until the next business day.
Monday is a public holiday here in Japan, isn't it? So should I expect something on
Tuesday?
""")
off(J, "other", """
件名：先ほどのメールについて

お世話になっております。
先ほどお送りしたメールは、宛先を誤って送信したものです。
大変お手数ですが、削除していただけますでしょうか。
失礼いたしました。
""", sig="p")
off(J, "other", """
件名：自動応答: お問い合わせを受け付けました

誠に勝手ながら、12月25日から1月5日まで不在にしております。
期間中にいただいたメールは、1月6日以降に順次確認いたします。
お急ぎの場合は、総務部（03-5555-0120）までご連絡ください。
""")
off(J, "other", "テスト送信です。届いていますか？")
off(E, "other", """
Undelivered Mail Returned to Sender

This is the mail system at host mx.example.com.
I'm sorry to have to inform you that your message could not be delivered to one
or more recipients.

<k.tanaka@exampel.com>: host not found
""", quote="ack")
off(E, "other", """
Automatic reply: Your inquiry has been received

I am out of the office until 5 January with limited access to email. For urgent
matters please contact my colleague at ops@example.com.
""")
off(E, "other", "test - please ignore")

# fmt: on


# ========================================================================= output
def deal(rows: list[Item]) -> tuple[list[Item], list[Item]]:
    """One in four of each language and kind to dev, the rest to test."""
    dev: list[Item] = []
    test: list[Item] = []
    seen: dict[tuple[object, object], int] = {}
    for row in rows:
        key = (row["lang"], row["kind"])
        seen[key] = seen.get(key, 0) + 1
        (dev if seen[key] % 4 == 2 else test).append(row)
    return dev, test


def main() -> None:
    dealer = Dealer(random.Random(SEED))
    splits: dict[str, list[Item]] = {"dev": [], "test": []}
    for lang in ("ja", "en"):
        for item in ITEMS[lang]:
            item["text"] = assemble(item, dealer)
        dev, test = deal(ITEMS[lang])
        splits["dev"] += dev
        splits["test"] += test
    for split, rows in splits.items():
        path = HERE / f"fresh3-{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for n, row in enumerate(rows, 1):
                out = {"id": f"f3{split[0]}-{row['lang']}-{n:03d}", **row}
                f.write(json.dumps(out, ensure_ascii=False) + "\n")
        print(f"{path.name}: {len(rows)} items")


if __name__ == "__main__":
    main()
