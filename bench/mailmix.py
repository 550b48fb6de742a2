"""Mail as a Tokyo info@ address receives it, for the load benchmarks (`--mix real`).

`bench/smtpload.make_message` sends one English sentence repeated to 2 KiB: plain text, UTF-8,
no greeting, signature or quote. The desk reads each distinct sentence of a mail once, so that
mail costs the triage process far less than real mail does. `real_mix` builds mails from the
texts of the train splits of bench/data (never a dev or test file), every mail a distinct text,
wrapped the way mailers send them (docs/benchmarks.md, "Drain on a realistic mix"):

- Japanese mail: about half ISO-2022-JP with B-encoded subject and display name (RFC 1468,
  RFC 2047), as Japanese mailers send it; the rest UTF-8.
- UTF-8 bodies in base64 (Gmail, phones) or quoted-printable (Outlook), RFC 2045.
- About a third multipart/alternative with an HTML part (Outlook's Word HTML or Gmail's divs),
  RFC 2046; a few multipart/mixed with a small attachment.
- A short text gets a greeting, a closing and a signature; about a quarter are replies with
  In-Reply-To, References, "Re:" and the earlier mail quoted; some off-topic mail comes as a
  newsletter (List-Id, List-Unsubscribe, Precedence: bulk).
- Received, Date, Message-ID and mailer headers as a real mail carries them.

The mails are deterministic: message n is the same on every run. When more mails are asked for
than there are train texts, later rounds quote a different earlier text, so texts stay distinct.
"""

from __future__ import annotations

import html
import json
import random
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.charset import QP, Charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
# The train splits only: the dev and test sets are scored elsewhere and read by nobody here.
TRAIN = ("corpus-train", "voices-train", "mailshapes-train", "mailshapes2-train", "offtopic-train")
# compat32 writes header strings as given, so ISO-2022-JP encoded words reach the wire intact.
WIRE = compat32.clone(linesep="\r\n")
JST = timezone(timedelta(hours=9))

NAMES_JA = (
    "佐藤 花子",
    "鈴木 一郎",
    "高橋 美咲",
    "田中 健太",
    "伊藤 由美",
    "渡辺 直樹",
    "山本 恵",
    "中村 翔",
    "小林 真由美",
    "加藤 大輔",
    "吉田 さくら",
    "山田 太郎",
)
NAMES_EN = (
    "Emma Clarke",
    "Liam O'Brien",
    "Sofia Rossi",
    "Noah Fischer",
    "Olivia Brown",
    "Lucas Martin",
    "Mia Novak",
    "Ethan Walker",
    "Chloé Dubois",
    "Jonas Müller",
)
GREETING = {
    "ja": (
        "株式会社プラネットマネジメント\nご担当者様\n\nお世話になっております。",
        "お問い合わせ窓口 御中\n\n突然のご連絡失礼いたします。",
        "お世話になります。",
    ),
    "en": ("Hello,", "Dear Sir or Madam,", "Hi,", "Dear Planet Management team,"),
}
CLOSING = {
    "ja": ("よろしくお願いいたします。", "ご確認のほど、よろしくお願い申し上げます。"),
    "en": ("Thank you.", "Kind regards,", "Best regards,", "Thanks in advance,"),
}
SIGNATURE = {
    "ja": (
        "{name}\n携帯：090-5555-{n4}",
        "━━━━━━━━━━━━━━━━━━\n株式会社サンプル商事 総務部\n{name}\n"
        "TEL：03-5555-{n4}\nMail：{addr}\n━━━━━━━━━━━━━━━━━━",
        "{name}\n\niPhoneから送信",
    ),
    "en": (
        "{name}",
        "{name}\nSent from my iPhone",
        "--\n{name}\nOperations | Example Trading Ltd.\n"
        "Tel +44 20 5555 {n4}\nThis e-mail may contain confidential information. If you are "
        "not the intended recipient, please notify the sender and delete it.",
    ),
}
SUBJECT = {
    "ja": ("お問い合わせ", "個人情報の取り扱いについて", "ご相談", "質問です", ""),
    "en": ("Question", "Inquiry", "My personal data", "Request", ""),
}
MAILERS = (
    "Microsoft Outlook 16.0",
    "Thunderbird 115.5.0",
    "Becky! ver. 2.81.04",
    "Apple Mail (2.3731.700.6)",
    "",
)


@cache
def train_texts() -> tuple[tuple[str, str, str, str], ...]:
    """(split, lang, kind, text) of every distinct text of the train splits, in file order."""
    seen: set[str] = set()
    rows = []
    for split in TRAIN:
        for line in (DATA / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row["text"] not in seen:
                    seen.add(row["text"])
                    rows.append((split, row["lang"], row["kind"], row["text"]))
    return tuple(rows)


def _whole(rng: random.Random, lang: str, kind: str, text: str, name: str, addr: str) -> str:
    """A short question as a mail: greeting, the text, a closing and a signature."""
    if kind != "short":
        return text
    signature = rng.choice(SIGNATURE[lang]).format(
        name=name, n4=f"{rng.randrange(10000):04d}", addr=addr
    )
    return f"{rng.choice(GREETING[lang])}\n\n{text}\n\n{rng.choice(CLOSING[lang])}\n{signature}"


def _quoted(lang: str, earlier: str, when: datetime) -> str:
    """An earlier mail quoted below the reply, as Gmail (ja/en) or Outlook writes it."""
    if lang == "ja":
        sender = "株式会社プラネットマネジメント <info@planetmgmt.biz>"
        head = f"{when:%Y年%m月%d日} {when:%H:%M} {sender}:"
    else:
        head = f"On {format_datetime(when)}, Planet Management <info@planetmgmt.biz> wrote:"
    return head + "\n" + "\n".join(f"> {line}" if line else ">" for line in earlier.splitlines())


def _html(text: str, outlook: bool) -> str:
    """The HTML alternative of a plain text as Outlook (Word HTML) or Gmail writes it."""
    lines = [html.escape(line) for line in text.splitlines()]
    if outlook:
        body = "".join(
            f'<p class="MsoNormal">{line or "&nbsp;"}<o:p></o:p></p>\n' for line in lines
        )
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<style><!--\np.MsoNormal, li.MsoNormal {margin:0mm; font-size:11.0pt;"
            ' font-family:"Yu Gothic",sans-serif;}\n@page WordSection1 {size:612.0pt'
            ' 792.0pt;}\n--></style></head><body lang="JA" link="#0563C1">'
            f'<div class="WordSection1">\n{body}</div></body></html>'
        )
    body = "".join(f"<div>{line}</div>" if line else "<div><br></div>" for line in lines)
    return f'<div dir="ltr">{body}</div>\n'


def _text_part(text: str, lang: str, rng: random.Random) -> tuple[MIMENonMultipart, str]:
    """The plain-text part in the charset and transfer encoding a mailer would pick."""
    if lang == "ja" and rng.random() < 0.5:
        try:
            text.encode("iso2022_jp")
            return MIMEText(text, "plain", "iso-2022-jp"), "iso-2022-jp"
        except UnicodeEncodeError:
            pass  # a character outside JIS X 0208: the mailer falls back to UTF-8
    if rng.random() < 0.5:
        return MIMEText(text, "plain", "utf-8"), "utf-8"  # base64
    qp = Charset("utf-8")
    qp.body_encoding = QP
    return MIMEText(text, "plain", qp), "utf-8"  # type: ignore[arg-type]


def real_message(n: int, sender: str = "customer") -> bytes:
    """Mail number n of the realistic mix, from <{sender}{n}@example.com>."""
    rows = train_texts()
    split, lang, kind, text = rows[n % len(rows)]
    round_ = n // len(rows)
    rng = random.Random(f"mailmix-{n}")
    lang = "ja" if lang == "ja" else "en"
    name = rng.choice(NAMES_JA if lang == "ja" else NAMES_EN)
    addr = f"{sender}{n}@example.com"
    when = datetime(2026, 11, 25, 9, 0, tzinfo=JST) + timedelta(minutes=7 * n)
    body = _whole(rng, lang, kind, text, name, addr)
    reply = round_ > 0 or rng.random() < 0.25
    if reply:
        earlier = rows[(n + 37 * max(round_, 1)) % len(rows)][3]
        body += "\n\n" + _quoted(lang, earlier, when - timedelta(days=2))
    part, charset = _text_part(body, lang, rng)
    newsletter = split == "offtopic-train" and rng.random() < 0.3
    shape = rng.random()
    message: MIMENonMultipart | MIMEMultipart = part
    if newsletter or shape < 0.35:
        alternative = MIMEMultipart("alternative")
        alternative.attach(part)
        alternative.attach(MIMEText(_html(body, outlook=rng.random() < 0.5), "html", "utf-8"))
        message = alternative
    if not newsletter and shape > 0.95:
        mixed = MIMEMultipart("mixed")
        mixed.attach(message)
        attachment = MIMEApplication(rng.randbytes(rng.randrange(2000, 12000)), "pdf")
        attachment.add_header("Content-Disposition", "attachment", filename="document.pdf")
        mixed.attach(attachment)
        message = mixed
    first = text.split("\n", 1)[0][:40] if rng.random() < 0.3 else rng.choice(SUBJECT[lang])
    subject = ("Re: " if reply else "") + (first or ("件名なし" if lang == "ja" else "Inquiry"))
    host = "mail.example.com"
    message["Received"] = (
        f"from {host} (mail.example.com [192.0.2.{n % 250 + 1}]) by"
        f" mx.planetmgmt.biz with ESMTPS id {n:08x}; {format_datetime(when)}"
    )
    message["From"] = formataddr((name, addr), charset)
    message["To"] = "info@planetmgmt.biz"
    message["Subject"] = Header(subject, charset).encode() if not subject.isascii() else subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<mix-{sender}-{n}.{rng.randrange(10**9)}@example.com>"
    if reply:
        ack = f"<ack-{rng.randrange(10**6)}@planetmgmt.biz>"
        message["In-Reply-To"] = ack
        message["References"] = f"<first-{n}@example.com> {ack}"
    if newsletter:
        message["List-Id"] = "<news.example.net>"
        message["List-Unsubscribe"] = f"<https://news.example.net/u?id={n}>"
        message["Precedence"] = "bulk"
    mailer = rng.choice(MAILERS)
    if mailer:
        message["X-Mailer"] = mailer
    message["MIME-Version"] = "1.0"
    raw = message.as_bytes(policy=WIRE)
    # DATA ends with CRLF "." CRLF (RFC 5321 4.1.1.4): the last line must end first.
    return raw if raw.endswith(b"\r\n") else raw + b"\r\n"


def real_mix(count: int, sender: str = "customer", start: int = 0) -> list[bytes]:
    """Mails start .. start + count - 1 of the realistic mix."""
    return [real_message(n, sender) for n in range(start, start + count)]


def describe(mails: list[bytes]) -> str:
    """One line saying what the mix holds (for the benchmarks' output)."""
    import email

    shapes: Counter[str] = Counter()
    for raw in mails:
        parsed = email.message_from_bytes(raw)
        shapes[parsed.get_content_type()] += 1
        charsets = {
            part.get_content_charset() for part in parsed.walk() if part.get_content_charset()
        }
        if "iso-2022-jp" in charsets:
            shapes["ISO-2022-JP"] += 1
        if any(p.get("Content-Transfer-Encoding") == "quoted-printable" for p in parsed.walk()):
            shapes["quoted-printable"] += 1
        if parsed["In-Reply-To"]:
            shapes["replies"] += 1
        if parsed["Precedence"]:
            shapes["newsletters"] += 1
    sizes = sorted(len(raw) for raw in mails)
    shown = ", ".join(f"{kind} {count}" for kind, count in shapes.most_common())
    return (
        f"realistic mix of {len(mails)} distinct train texts as mail ({shown});"
        f" size median {sizes[len(sizes) // 2]} B, max {sizes[-1]} B"
    )
