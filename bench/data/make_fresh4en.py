"""Writes fresh4en-dev.jsonl and fresh4en-test.jsonl: the English half of a fourth unseen set.

    .venv/bin/python bench/data/make_fresh4en.py

Written by a writer who read only the policy the FAQ answers come from, the section names, the
line format of this directory and a description of how business mail is written; not the FAQ,
the matcher, nor any other set here. Every question, mail body and off-topic mail is written out
in full below. Only the wrapping of in-scope mails is drawn from pools, with a fixed seed:
greetings and closings by register, signatures (none, a name, mobile footers, company blocks,
a Japanese block under English mail, disclaimers, LinkedIn and pronoun lines) and, in about a
third of the mails, quoted earlier mail (the desk's acknowledgement or a staff reply about
another section, or unrelated mail) under Gmail, Outlook, Apple Mail, Japanese mailers' and
forwarding headers.

Split by question: a question and all its variants go to one split, 40 % dev and 60 % test,
dealt per section (off-topic: per topic).
"""

from __future__ import annotations

import json
import random
import textwrap
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from labels import TOPICS

from casework.faq import SECTIONS

HERE = Path(__file__).resolve().parent
SEED = 20261218
DESK = "info@planetmgmt.biz"
DESK_NAME = "Planet Management Inquiry Desk"


@dataclass
class Mail:
    """An in-scope mail: the writer's own paragraphs, wrapped from pools by register."""

    reg: str
    who: str
    body: str
    greet: str | None = None
    close: str | None = None
    sig: str | None = None
    org: str | None = None
    title: str | None = None
    jname: str | None = None
    quote: bool | None = None
    tail: str = ""  # written below the signature: a forwarded mail the writer asks about


@dataclass
class Question:
    sections: tuple[str, ...]
    short: list[str] = field(default_factory=list)
    noisy: list[str] = field(default_factory=list)
    mails: list[Mail] = field(default_factory=list)


@dataclass
class Off:
    topic: str
    text: str
    kind: str = "mail"  # "mail" (a whole mail) or "short" (a line); both are kind off-topic
    quote: str | None = None  # a key of OFF_QUOTES, quoted under the mail


QUESTIONS: list[Question] = []
OFFS: list[Off] = []


def q(
    sections: str,
    *,
    short: str | list[str] = "",
    noisy: str | list[str] = "",
    mail: Mail | list[Mail] | None = None,
) -> None:
    secs = tuple(sections.split())
    for s in secs:
        assert s in SECTIONS, s
    shorts = [short] if isinstance(short, str) else short
    noisies = [noisy] if isinstance(noisy, str) else noisy
    mails = [] if mail is None else [mail] if isinstance(mail, Mail) else mail
    QUESTIONS.append(Question(secs, [x for x in shorts if x], [x for x in noisies if x], mails))


def off(topic: str, text: str, *, kind: str = "mail", quote: str | None = None) -> None:
    assert topic in TOPICS, topic
    OFFS.append(Off(topic, text.strip("\n"), kind, quote))


# --------------------------------------------------------------------------------------------
# Pools for wrapping in-scope mails
# --------------------------------------------------------------------------------------------

GREETINGS = {
    "formal": [
        "Dear Sir or Madam,",
        "To Whom It May Concern,",
        "Dear Planet Management Privacy Team,",
        "Dear Inquiry Desk,",
    ],
    "neutral": [
        "Hello,",
        "Hi there,",
        "Good afternoon,",
        "Hello Planet Management team,",
        "Hi,",
    ],
    "casual": ["Hi,", "hey", "Hi folks,", "Hey there,", ""],
    "jpeng": [
        "Dear Planet Management Co., Ltd.\nInquiry Desk",
        "Dear Sir/Madam,",
        "To the person in charge,",
        "Dear Planet Management Co., Ltd. Inquiry Desk,",
    ],
    "india": ["Dear Sir/Madam,", "Respected Sir/Madam,", "Greetings of the day!", "Dear Team,"],
    "euro": ["Dear Sir or Madam,", "Good day,", "Hello,", "Dear Planet Management,"],
}
OPENERS = {
    "jpeng": [
        "Thank you for your continued support.",
        "Sorry for the sudden e-mail.",
        "Thank you for always your help.",
        "",
    ],
    "india": ["Hope you are doing well.", "I hope this mail finds you well.", ""],
    "neutral": ["", "", "I hope this is the right address for this.", ""],
}
CLOSINGS = {
    "formal": [
        "Yours faithfully,",
        "Yours sincerely,",
        "I look forward to your reply.\n\nKind regards,",
        "Thank you for your attention to this matter.\n\nSincerely,",
    ],
    "neutral": ["Thanks,", "Thank you,", "Best regards,", "Many thanks in advance,", "Best,"],
    "casual": ["thx", "Cheers,", "Thanks!", "", "ta"],
    "jpeng": [
        "Thank you for your cooperation.\nBest regards,",
        "I'm looking forward to hear from you.\nBest regards,",
        "Thank you in advance.\nSincerely yours,\nBest regards,",
        "Best regards,",
    ],
    "india": [
        "Kindly revert at the earliest.\n\nThanks & Regards,",
        "Kindly do the needful.\n\nRegards,",
        "Awaiting your kind reply.\n\nWarm regards,",
    ],
    "euro": [
        "Best regards,",
        "With kind regards,",
        "Kind regards,",
        "Many thanks and best wishes,",
    ],
}
AFTERTHOUGHTS = [
    "Apologies if this is not the right address for this kind of question.",
    "Sorry for the long message.",
    "I'm happy to provide any details you need to find my account.",
    "An answer in English would be appreciated; my Japanese is limited.",
    "P.S. I tried the phone line first but could not get through.",
    "If it helps, my customer number should be on my account page, I can look it up.",
]
ORGS = [
    ("Brightline Consulting", "Senior Analyst", "brightline.example.com"),
    ("Halden & Rowe LLP", "Associate", "haldenrowe.example.com"),
    ("Kestrel Software GmbH", "Product Manager", "kestrel.example.de"),
    ("Northwind Logistics", "Operations Lead", "northwind.example.com"),
    ("Sakura Bridge Education", "English Instructor", "sakurabridge.example.jp"),
    ("Tamarind Design Studio", "Creative Director", "tamarind.example.com"),
]
EU_ADDRESSES = [
    "Keizersgracht 221, 1016 DV Amsterdam, Netherlands",
    "Leopoldstraße 48, 80802 München, Germany",
    "14 rue des Carmes, 69002 Lyon, France",
    "Calle de Alcalá 96, 28009 Madrid, Spain",
]
JP_SIG_ORGS = [
    (
        "株式会社サンプル電機 海外営業部",
        "〒105-0000 東京都港区見本町1-2-3 例題ビル5F",
        "03-5555-0142",
        "sample-denki.example.jp",
    ),
    (
        "例示トレーディング株式会社 管理本部",
        "〒530-0000 大阪府大阪市北区試験町4-5-6",
        "06-5555-0177",
        "reiji-trading.example.jp",
    ),
    (
        "ためし精工株式会社 総務課",
        "〒460-0000 愛知県名古屋市中区見本3-2-1",
        "052-555-0163",
        "tameshi-seiko.example.jp",
    ),
]
DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the\n"
    "addressee and may contain confidential or legally privileged information. If you have\n"
    "received it in error, please notify the sender immediately and delete it. Any unauthorised\n"
    "use, disclosure or copying is strictly prohibited."
)

SIG_STYLES = {
    "formal": ["name", "block", "block_eu", "legal", "linkedin", "dash"],
    "neutral": ["name", "first", "dash", "iphone", "outlook", "block", "pronouns", "linkedin"],
    "casual": ["first", "none", "iphone_only", "android", "yahoo", "first"],
    "jpeng": ["jsig", "jsig", "name_caps", "name"],
    "india": ["block_in", "name", "android", "block"],
    "euro": ["block_eu", "name", "dash", "iphone", "linkedin"],
}


def slug(name: str) -> str:
    return "".join(c for c in name.lower().replace(" ", ".") if c.isalnum() or c == ".")


def signature(m: Mail, rng: random.Random) -> str:
    style = m.sig or rng.choice(SIG_STYLES[m.reg])
    first = m.who.split()[0]
    org, title, domain = rng.choice(ORGS)
    org = m.org or org
    title = m.title or title
    email = f"{slug(m.who)}@{domain}"
    n = rng.randrange(100, 999)
    if style == "none":
        return ""
    if style == "name":
        return m.who
    if style == "name_caps":
        parts = m.who.split()
        return f"{parts[-1].upper()} {' '.join(parts[:-1])}" if len(parts) > 1 else m.who
    if style == "first":
        return first
    if style == "dash":
        return f"-- \n{m.who}\n{email}"
    if style == "iphone":
        return f"{first}\n\nSent from my iPhone"
    if style == "iphone_only":
        return "Sent from my iPhone"
    if style == "android":
        return f"{first}\n\nSent from my Galaxy"
    if style == "yahoo":
        return "Sent from Yahoo Mail for Android"
    if style == "outlook":
        return f"{m.who}\n\nGet Outlook for iOS"
    if style == "pronouns":
        pron = rng.choice(["she/her", "he/him", "they/them"])
        return f"{m.who}\nPronouns: {pron}\n{title}, {org}"
    if style == "linkedin":
        return (
            f"{m.who}\n{title} | {org}\nhttps://www.linkedin.com/in/{slug(m.who).replace('.', '-')}"
        )
    if style == "block":
        return (
            f"{m.who}\n{title} | {org}\n+1 (646) 555-0{n % 100:02d}{n % 10} | {email}\nwww.{domain}"
        )
    if style == "block_eu":
        addr = rng.choice(EU_ADDRESSES)
        return f"{m.who}\n{title}\n{org}\n{addr}\nT +31 20 555 0{n}\n{email}"
    if style == "block_in":
        return (
            f"{m.who}\n{title}\n{org}\nMob: +91 98455 5{n:03d}1\nEmail: {email}\n"
            "Please consider the environment before printing this e-mail."
        )
    if style == "legal":
        return f"{m.who}\n{title}\n{org}\nDirect: +44 20 5550 {n}\n\n{DISCLAIMER}"
    if style == "jsig":
        jorg, jaddr, tel, jdomain = rng.choice(JP_SIG_ORGS)
        rule = rng.choice(["―" * 24, "━" * 24, "-" * 36, "=" * 30])
        jname = m.jname or "山田 太郎"
        return (
            f"{rule}\n{jorg}\n{jname}（{m.who}）\n{jaddr}\nTEL: {tel}  FAX: {tel[:-1]}9\n"
            f"E-mail: {slug(m.who)}@{jdomain}\n{rule}"
        )
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# Quoted earlier mail: (from name, from address, subject, text, section it speaks about or None)
# --------------------------------------------------------------------------------------------

ACK_HEAD = (
    "Thank you for contacting the Inquiry Desk of Planet Management Co., Ltd.\n"
    "This is an automatic reply; there is no need to answer it.\n\n"
)
ACK_FOOT = (
    "\n\nInquiry Desk, Business Department\nPlanet Management Co., Ltd.\n"
    "Tel: 03-6265-0193  E-mail: info@planetmgmt.biz"
)
QUOTES: list[tuple[str, str, str, str, str | None]] = [
    (
        DESK_NAME,
        DESK,
        "Re: Your inquiry [ref 20261127-0031]",
        ACK_HEAD + "Your message reached us outside our business hours. The desk does not answer "
        "on Saturdays, Sundays and public holidays, nor during the year-end and New Year "
        "closure. We will reply in order from the next business day." + ACK_FOOT,
        "hours",
    ),
    (
        DESK_NAME,
        DESK,
        "Re: Request regarding personal information [ref 20261120-0012]",
        ACK_HEAD + "About requests to disclose personal information: once we have confirmed "
        "that the request comes from the customer himself or herself, we disclose the personal "
        "information held without delay. The procedure and fees are described under "
        '"Disclosure, correction, addition, and deletion of personal information".' + ACK_FOOT,
        "disclosure",
    ),
    (
        DESK_NAME,
        DESK,
        "Re: Question about your service",
        "Dear customer,\n\nThank you for your question. The Company does not provide personal "
        "information to a third party without obtaining the customer's consent in advance, "
        "except where laws and regulations permit it, for example a request from a national "
        "institution or a local government.\n\nBest regards,\nKato\nInquiry Desk",
        "third-party",
    ),
    (
        DESK_NAME,
        DESK,
        "Re: What do you use my data for?",
        "Thank you for waiting. Customer information is used to provide the service, to "
        "measure traffic and behaviour, to distribute advertisements and check their "
        "effectiveness, and to send important notices such as changes to the Terms of "
        "Use.\n\nRegards,\nSuzuki, Inquiry Desk",
        "purpose",
    ),
    (
        DESK_NAME,
        DESK,
        "Re: Group companies",
        "Hello,\n\nPersonal information (name, date of birth, e-mail address, address, phone "
        "number, service usage history) is used jointly with Planet Group companies and our "
        "business partners to provide their services. Planet Management Co., Ltd. is "
        "responsible for managing it.\n\nInquiry Desk",
        "joint-use",
    ),
    (
        DESK_NAME,
        DESK,
        "Re: Policy update [ref 20261115-0004]",
        ACK_HEAD + "When the privacy policy is changed, we inform customers of the new contents "
        "and the date it takes effect by posting it on our website, by notifying customers, or "
        "by other appropriate means." + ACK_FOOT,
        "changes",
    ),
    (
        DESK_NAME,
        DESK,
        "Re: Wrong address on my account",
        "Dear customer,\n\nWe have investigated your request. Where personal information is not "
        "accurate we correct, add to or delete it after confirming the request is yours, and "
        "notify you of the result. Your postal address has now been updated.\n\nYamamoto\n"
        "Inquiry Desk, Business Department",
        "correction",
    ),
    (
        DESK_NAME,
        DESK,
        "Re: Stop using my information [ref 20261102-0019]",
        ACK_HEAD + "We have received your request to stop using your personal information. "
        "After confirming your identity we will investigate and, where necessary, suspend its "
        "use and let you know." + ACK_FOOT,
        "suspension",
    ),
    (
        DESK_NAME,
        DESK,
        "Re: Who should I contact?",
        "Hello,\n\nQuestions, opinions and complaints about how we handle personal information "
        "go to the Inquiry Desk, Business Department, Planet Management Co., Ltd., tel. "
        "03-6265-0193 or info@planetmgmt.biz.\n\nBest regards,\nInquiry Desk",
        "contact",
    ),
    (
        DESK_NAME,
        DESK,
        "Re: Registration details",
        "Thank you for your message. When you use the service we obtain your name, date of "
        "birth, e-mail address, address, phone number and service usage history, and, if you "
        "allow it, your ID on a linked external service.\n\nKind regards,\nInquiry Desk",
        "collection",
    ),
    (
        "Aoife Brennan",
        "aoife.brennan@example.ie",
        "dinner on friday",
        "Are we still on for Friday? I booked the izakaya near Ebisu station for 7. Let me know "
        "if Hiro is coming so I can change the booking to four.",
        None,
    ),
    (
        "Planet Management Online Shop",
        "shop-noreply@planetmgmt.biz",
        "Your order has shipped",
        "Your order #PM-448120 has been handed to the carrier and should arrive within 2-3 "
        "business days. You can follow the parcel with the tracking number 5555-2231-0098.",
        None,
    ),
    (
        "Marcus Feld",
        "m.feld@example.de",
        "Re: flat viewing",
        "Thanks for sending the photos. The flat looks fine but the deposit seems high. Can we "
        "talk on Sunday?",
        None,
    ),
]

OFF_QUOTES: dict[str, tuple[str, str, str, str]] = {
    "desk": QUOTES[0][:4],
    "desk-privacy": QUOTES[2][:4],
    "meeting": (
        "Yuki Tanabe",
        "y.tanabe@planetmgmt.biz",
        "Meeting on 8 December",
        "Hi Daniel,\n\nThanks for making time. 8 December at 15:00 in our office works for us. "
        "I'll send a calendar invite.\n\nYuki",
    ),
    "invoice": (
        "Accounts Receivable",
        "ar@cloudsprout.example.com",
        "Invoice CS-2026-1107",
        "Please find attached invoice CS-2026-1107 for the November subscription "
        "(JPY 88,000 incl. tax). Payment is due by 30 November 2026.",
    ),
    "sales": (
        "Priya Natarajan",
        "priya@consently.example.com",
        "Cookie consent for planetmgmt.biz",
        "Hi there,\n\nI noticed planetmgmt.biz loads analytics cookies before consent. Our "
        "platform fixes that in 10 minutes. Would a short call next week work?\n\nPriya",
    ),
}

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
JP_WEEKDAYS = "月火水木金土日"
QUOTE_FORMATS = (
    "gmail",
    "gmail_wrapped",
    "outlook",
    "original",
    "apple",
    "jp_gmail",
    "jp_apple",
    "forward",
    "bare",
)


def quote_block(
    fmt: str, rng: random.Random, name: str, addr: str, subject: str, text: str, me: str
) -> str:
    d = date(2026, rng.choice((10, 11)), rng.randrange(1, 29))
    hh, mm = rng.randrange(7, 22), rng.randrange(0, 60)
    wd = WEEKDAYS[d.weekday()]
    mon = MONTHS[d.month - 1]
    h12 = f"{(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    gm_date = f"{wd[:3]}, {mon[:3]} {d.day}, {d.year} at {h12}"
    # Plain-text mailers wrap the quoted lines they prefix; Outlook's blocks keep the long lines.
    wrapped = [textwrap.fill(line, 74) if line else "" for line in text.split("\n")]
    prefixed = "\n".join(("> " + line) if line else ">" for line in "\n".join(wrapped).split("\n"))
    if fmt == "gmail":
        return f"On {gm_date} {name} <{addr}> wrote:\n\n{prefixed}"
    if fmt == "gmail_wrapped":
        return f"On {gm_date} {name} <\n{addr}> wrote:\n\n{prefixed}"
    if fmt == "outlook":
        return (
            f"{'_' * 32}\nFrom: {name} <{addr}>\nSent: {wd}, {mon} {d.day}, {d.year} {h12}\n"
            f"To: {me}\nSubject: {subject}\n\n{text}"
        )
    if fmt == "original":
        return (
            f"-----Original Message-----\nFrom: {name} [mailto:{addr}]\n"
            f"Sent: {wd}, {mon} {d.day:02d}, {d.year} {h12}\nTo: {me}\nSubject: {subject}\n\n{text}"
        )
    if fmt == "apple":
        when = f"{d.day} {mon[:3]} {d.year}, at {hh:02d}:{mm:02d}"
        return f"On {when}, {name} <{addr}> wrote:\n\n{prefixed}"
    if fmt == "jp_gmail":
        jw = JP_WEEKDAYS[d.weekday()]
        return f"{d.year}年{d.month}月{d.day}日({jw}) {hh}:{mm:02d} {name} <{addr}>:\n\n{prefixed}"
    if fmt == "jp_apple":
        when = f"{d.year}/{d.month:02d}/{d.day:02d} {hh}:{mm:02d}"
        return f"{when}、{name} <{addr}>のメール:\n\n{prefixed}"
    if fmt == "forward":
        return (
            f"---------- Forwarded message ---------\nFrom: {name} <{addr}>\n"
            f"Date: {gm_date}\nSubject: {subject}\nTo: {me}\n\n{text}"
        )
    if fmt == "bare":
        return f"{name} wrote:\n{prefixed}"
    raise ValueError(fmt)


def assemble(m: Mail, sections: tuple[str, ...], rng: random.Random, quoted: bool) -> str:
    parts: list[str] = []
    greet = m.greet if m.greet is not None else rng.choice(GREETINGS[m.reg])
    if greet:
        parts.append(greet)
    opener = rng.choice(OPENERS.get(m.reg, [""]))
    if opener and m.greet is None:
        parts.append(opener)
    parts.append(m.body.strip("\n"))
    if rng.random() < 0.25:
        parts.append(rng.choice(AFTERTHOUGHTS))
    close = m.close if m.close is not None else rng.choice(CLOSINGS[m.reg])
    sig = signature(m, rng)
    tail = "\n".join(x for x in (close, sig) if x)
    if close and sig and "\n" not in sig and rng.random() < 0.5:
        tail = f"{close}\n\n{sig}"
    if tail:
        parts.append(tail)
    if m.tail:
        parts.append(m.tail.strip("\n"))
    text = "\n\n".join(parts)
    if m.quote if m.quote is not None else quoted:
        pool = [qq for qq in QUOTES if qq[4] not in sections]
        name, addr, subject, qtext, _ = rng.choice(pool)
        fmt = rng.choice(QUOTE_FORMATS)
        me = f"{m.who} <{slug(m.who)}@example.com>"
        text += "\n\n" + quote_block(fmt, rng, name, addr, subject, qtext, me)
    return text


def assemble_off(o: Off, rng: random.Random) -> str:
    if not o.quote:
        return o.text
    name, addr, subject, qtext = OFF_QUOTES[o.quote]
    fmt = rng.choice(("gmail", "gmail_wrapped", "outlook", "original", "apple", "jp_gmail"))
    return o.text + "\n\n" + quote_block(fmt, rng, name, addr, subject, qtext, DESK)


M = Mail

# --------------------------------------------------------------------------------------------
# In scope: collection
# --------------------------------------------------------------------------------------------

q(
    "collection",
    short="What personal details do you collect when I register for your service?",
    noisy="wat info do u guys collect when i sign up?? just name n email or more",
    mail=M(
        "neutral",
        "Megan O'Leary",
        """I moved to Tokyo in September and signed up for your service last week
through the app. During registration it asked for my date of birth and my
phone number as well, which surprised me a little.

Could you tell me exactly which pieces of information you hold about your
users, and whether the app picks up anything in the background beyond what I
typed in myself? I'm just trying to understand what I've handed over.""",
    ),
)
q(
    "collection",
    short="If I log in with my LINE account, what information do you get from LINE?",
    noisy="Hello. I am use LINE login for your app. When I connect, which informations you "
    "are receiving from LINE? my friend list also??",
    mail=M(
        "euro",
        "Joris van Dijk",
        """I am a software engineer based in Amsterdam and I use your website now
and then when I am travelling in Japan. I signed in with my Google account
rather than creating a password.

Under the GDPR I am used to being told which categories of data a company
obtains from a social login provider. Could you please tell me which data you
receive from Google when a customer chooses that option, and whether this
includes my contacts or calendar? I did not see such a list on the sign-in
page.""",
    ),
)
q(
    "collection purpose",
    short="What do the cookies on your website record, and what do you use them for?",
    noisy="ur site loads like 5 trackers before i even click anything?? what r they "
    "collecting and why",
    mail=M(
        "formal",
        "Katharina Brandt",
        """While looking at your homepage with a privacy extension I noticed several
analytics scripts and advertising cookies loading before I had agreed to
anything. In Germany I would expect a consent banner, so this caught my eye.

I would like to understand what these cookies and analytics tools record
about visitors to the site (pages viewed, device, approximate location?) and
for which purposes the results are used.""",
        org="Kestrel Software GmbH",
    ),
)
q(
    "collection purpose",
    short="Why do you need my date of birth when I sign up?",
    mail=M(
        "casual",
        "Dana",
        """quick one. I was setting up an account for my mom (she's 79) and your form
insists on her birthday and home address. what is that actually used for?

she is really nervous about scams after a bad experience last year and I'd
like to tell her honestly what you do with it""",
    ),
)
q(
    "collection",
    short="Do you keep a record of every time I use the service?",
    noisy="Hello, I want know that your company is record my using history? like what I "
    "buy and when I login. Thank you",
    mail=M(
        "jpeng",
        "Kenji Watanabe",
        """I am Kenji Watanabe, user of your service since 2024.

Please let me confirm about the information you are acquiring. Besides my
name and e-mail address, do you also store my service usage history, for
example the date and the contents of each use? I would like to know the
items you collect.""",
        jname="渡辺 健二",
    ),
)
q(
    "collection",
    short="does your app collect my location",
    noisy="sumimasen, your app wa GPS no location wo collect shimasu ka? just want to know "
    "before i install",
    mail=M(
        "india",
        "Rahul Menon",
        """I am Rahul Menon, working in the Tokyo branch of an IT services company and
using your app on my office phone.

Our IT security team has asked me to confirm one point before they approve
the app for all staff phones. Kindly clarify whether the app collects the
phone's contacts, photos or location data in addition to the registration
details, and what else is gathered from the device.""",
    ),
)

# --------------------------------------------------------------------------------------------
# purpose
# --------------------------------------------------------------------------------------------

q(
    "purpose",
    short="What exactly do you use my personal information for?",
    noisy="plz tell me the purpose to use my datas. why you need all of it",
    mail=M(
        "neutral",
        "Oliver Grant",
        """I'm British, living in Yokohama, and I've been a customer for about a year.
Nothing is wrong as such, but I realised the other day that I have no idea
what my details are used for once I've handed them over.

Is it only to run the service, or for other things as well? A plain list
would be perfect.""",
    ),
)
q(
    "purpose",
    short="Do you use what I buy to target adverts at me?",
    noisy="why am i seeing ads for stuff i looked at on ur site all over instagram now. "
    "do u use my browsing for ads??",
    mail=M(
        "casual",
        "Tyler Brooks",
        """Ever since I browsed your site I keep getting ads for it on basically every
page I visit. I'm not mad, just curious.

Do you use info about what I do on your site to serve me ads and to check
whether they worked? And if so which of my data goes into that""",
    ),
)
q(
    "purpose",
    mail=M(
        "formal",
        "Camille Laurent",
        """I am a doctoral student at a university in Lyon, writing a thesis on privacy
notices of Japanese companies. I am also one of your registered users, which
is how I came across your policy.

Your policy says that customer information is used for "customer traffic
measurement and behavior measurement". Could you explain what this means in
practice for an individual user: is it aggregated statistics about visits,
or is my own behaviour analysed individually?

Thank you in advance for your help; a short answer would already be very
useful.""",
        sig="block_eu",
    ),
)
q(
    "purpose",
    short="Is my email address used for anything other than service messages?",
    mail=M(
        "neutral",
        "Hannah Schultz",
        """I signed up only to use the booking service and I really don't want
marketing mail.

Before I give you my work address as well: what do you use the e-mail
addresses of customers for? Just the service and important notices, or also
other things?""",
    ),
)
q(
    "purpose",
    noisy="Why company need my phone number? I never receive any call from you. what is "
    "the purpose of it",
)
q(
    "purpose",
    short="Could my details be used for some other service of yours that I never signed up for?",
    noisy="will u use my info for other planet services too or only the one i use",
)

# --------------------------------------------------------------------------------------------
# third-party
# --------------------------------------------------------------------------------------------

q(
    "third-party",
    noisy="got a sales call from some real estate co 2 days after signing up w u... they knew "
    "my name and my new address. did u give it to them??",
    mail=M(
        "neutral",
        "Siobhan Walsh",
        """Two days after I registered with you, I got a call on my mobile from a
real-estate investment company. The caller knew my full name and that I had
"recently moved to Minato-ku". The only place I have given that combination
of details recently is your sign-up form.

Have my details been passed on to anyone? I'd like a straight answer,
please, because I'm now getting two or three of these calls a week.""",
        quote=False,
    ),
)
q(
    "third-party suspension",
    short="Do not sell my personal information.",
    mail=M(
        "neutral",
        "Jennifer Alvarez",
        """I'm a California resident and I bought from your Japanese site while on a
trip last spring. Back home I'm used to seeing a "Do Not Sell or Share My
Personal Information" link, and I couldn't find one on your site.

Please treat this e-mail as my request that you not sell or share my info,
and let me know whether it has been sold or shared with anyone so far.""",
        sig="block",
        org="Tamarind Design Studio",
    ),
)
q(
    "third-party",
    short="Will you hand my data over if the police ask for it?",
    noisy="if govt or police ask u for my info do u just give it without telling me",
)
q(
    "third-party joint-use",
    mail=M(
        "neutral",
        "Liam Carter",
        """I'm forwarding the e-mail below, which arrived this morning. I have never
heard of this company and never gave them my address, but they call it a
"partner offer for Planet members". I only signed up with you in October.

So, honestly: do you give your members' details to other companies? If so,
which ones, and did anyone ask me?""",
        quote=False,
        tail="""---------- Forwarded message ---------
From: Sunrise Home Insurance <offers@sunrise-hi.example.com>
Date: Tue, Dec 1, 2026 at 7:02 AM
Subject: Liam, your exclusive partner offer as a Planet member
To: <liam.carter@example.com>

Dear Liam Carter,

As a valued Planet member living in Setagaya-ku, you qualify for 30% off
our contents insurance for foreign residents. This offer ends on 15 December.

Get your quote: https://sunrise-hi.example.com/planet

Sunrise Home Insurance K.K.""",
    ),
)
q(
    "third-party",
    short="Do you give my info to other companies without asking me first?",
    noisy="do you give my 個人情報 to other company? i never said ok to that",
)
q(
    "third-party",
    short="If I connect the app to an outside service, do you send my data to that service?",
)
q(
    "third-party disclosure",
    mail=M(
        "formal",
        "Eleanor Hastings",
        """Re: Our client, Mr Thomas Reid

We act for Mr Thomas Reid, a customer of your company, whose signed
authority is enclosed. Our client has become concerned that his personal
information has been made available to organisations with which he has no
relationship.

On his behalf we request (1) a copy of the personal information your
company holds concerning our client, and (2) confirmation of whether any of
that information has been provided to any third party, and if so to whom,
on what date and on what legal basis.

We would be grateful for your response within 14 days of the date of this
letter.""",
        greet="Dear Sirs,",
        close="Yours faithfully,",
        sig="legal",
        org="Halden & Rowe LLP",
        title="Solicitor",
    ),
)

# --------------------------------------------------------------------------------------------
# joint-use
# --------------------------------------------------------------------------------------------

q(
    "joint-use",
    short="Do your sister companies in the Planet Group get my details too?",
    noisy="is my data shared w the other planet companies? like the group ones",
    mail=M(
        "neutral",
        "Priyanka Shah",
        """I only ever signed up with Planet Management, but last week I received a
newsletter from another company with "Planet" in its name, addressed to me
by my full name.

Are you sharing my information within your group of companies? If so,
which details, and what are those companies doing with them?""",
    ),
)
q(
    "joint-use",
    short="Who is responsible for my data when it's shared with your partners?",
)
q(
    "joint-use",
    mail=M(
        "euro",
        "Matteo Rossi",
        """I work in compliance for a small company in Milan and we are evaluating your
service for our staff in Japan.

Your policy mentions that personal information is used jointly with group
companies and business partners. In European terms this sounds like joint
controllership. Could you tell us which items of personal data are used
jointly, who the joint users are, for what purpose, and which entity is
responsible for managing the data?""",
    ),
)
q(
    "joint-use",
    noisy="Kindly inform the names of business partners with whom my details are jointly "
    "used and for what purpose they use it.",
    short="Which business partners use my information together with you, and why?",
)
q(
    "joint-use",
    mail=M(
        "jpeng",
        "Yoko Mori",
        """I am Mori of the general affairs department of Example Trading.

Our company consider to register about 40 employees to your service. For the
internal approval, please teach me about the joint use of personal
information: which companies will use our employees' information together
with you, and for which purpose?""",
        jname="森 陽子",
    ),
)

# --------------------------------------------------------------------------------------------
# disclosure
# --------------------------------------------------------------------------------------------

q(
    "disclosure",
    short="How do I make a data subject access request to you?",
    mail=M(
        "formal",
        "Sebastian Nowak",
        """I am writing to make a data subject access request. I was a customer of
your service between 2023 and 2025 and I would like to receive a copy of all
personal data you hold about me, including my usage history.

Please let me know how you will verify my identity and in which format the
data will be provided.""",
        sig="block_eu",
    ),
)
q(
    "disclosure",
    short="Is there a fee for getting a copy of my personal data?",
    noisy="how much does it cost to get my personal data disclosed? is it free??",
)
q(
    "disclosure",
    mail=M(
        "neutral",
        "Anna Kowalczyk",
        """I'd like to see what information you hold about me. I understand you need
to check that the request really comes from me.

What ID would you accept? I'm a foreign resident; I have a residence card
and a passport but no My Number card. And can I send the request by post
instead of coming to your office? I work weekdays in Chiba.""",
    ),
)
q(
    "disclosure",
    mail=M(
        "neutral",
        "Graham Fletcher",
        """My father is 84 and lives in a care home in Osaka. He has been a customer of
yours for many years, but he can no longer deal with paperwork himself, and I
hold a power of attorney for him.

Can I request, on his behalf, a copy of the personal information you hold
about him? If so, what would you need from me?""",
    ),
)
q(
    "disclosure correction",
    mail=M(
        "neutral",
        "Rachel Kim",
        """My mother passed away in October. She had an account with your service, and
letters in her name are still arriving at her house, which is hard for us.

As her daughter, could I find out what personal information you still hold
about her, and ask you to delete it? I can send a copy of the death
certificate and of my own ID.""",
    ),
)
q(
    "disclosure",
    mail=M(
        "neutral",
        "Daniel Okafor",
        """I work as a reporter, but please note this is not a press enquiry: I'm
writing as a private customer of yours.

I would like a copy of all the personal data you hold about me, including
my service usage history. Please tell me what you need from me to process
this request.""",
        sig="linkedin",
    ),
)
q(
    "disclosure",
    short="How long does it take to get my data after I request it?",
    noisy="how long til i get my data after i ask for it",
)
q(
    "disclosure",
    noisy="watashi no kojin jouhou wo kaiji shite hoshii desu. how do i request it?",
    short="I want to see all the information you have stored about me.",
)

# --------------------------------------------------------------------------------------------
# correction
# --------------------------------------------------------------------------------------------

q(
    "correction",
    short="I've moved. How do I update my address with you?",
    noisy="i moved to osaka pls change my adress on file",
)
q(
    "correction",
    mail=M(
        "neutral",
        "Emily Sato",
        """I got married this summer and my surname changed from Harris to Sato. I
updated my name in the app, but the letters and e-mails I get from you still
use my old name, so it seems your records weren't changed.

Could you correct my name everywhere you hold it? Let me know if you need a
copy of anything.""",
    ),
)
q(
    "correction",
    noisy="My birthday in your system is wrong, it show 1989/03/12 but correct one is "
    "1989/12/03. Please correct it.",
    mail=M(
        "jpeng",
        "Li Wei",
        """I am Li Wei, a Chinese customer living in Saitama.

When I checked my profile, my date of birth is registered wrong. Day and month
are reversed. The correct date is 3 December 1989. Please correct it. Also
please tell me whether the wrong date was used anywhere.""",
        sig="name",
    ),
)
q(
    "correction",
    short="Can you add a second phone number to my record?",
)
q(
    "correction",
    mail=M(
        "neutral",
        "Marcus Webb",
        """I left my previous employer in June, and you still have my old work e-mail
address on file. I no longer have access to it and I don't want mail about
my account going there.

Please remove the old address from your records and use only this one.""",
    ),
)
q(
    "correction suspension",
    short="Please erase all my data. I'm exercising my right to be forgotten.",
    noisy="delete me. all of it. right to be forgotten. now.",
    mail=M(
        "euro",
        "Ingrid Solberg",
        """I used your service while I lived in Tokyo from 2022 to 2024. I have now moved
back to Norway and no longer need the account.

I hereby request the erasure of all personal data you hold about me (the
"right to be forgotten" under Article 17 GDPR). Please confirm once this has
been done.""",
    ),
)
q(
    "correction",
    mail=M(
        "neutral",
        "Patrick Doyle",
        """This is the third time I'm asking. Every letter you send me has my name
spelled "Patric Doyel". I have told your phone staff twice, and nothing has
changed.

Please correct the spelling of my name in your records and confirm in
writing that it has been done.""",
        close="Regards,",
        quote=True,
    ),
)

# --------------------------------------------------------------------------------------------
# suspension
# --------------------------------------------------------------------------------------------

q(
    "suspension",
    short="I withdraw my consent to you using my personal data.",
    mail=M(
        "euro",
        "Pieter de Wit",
        """I have been a customer of yours for two years. After reading your privacy
policy again I have decided that I no longer agree to the way my data is
used.

I therefore withdraw my consent, with immediate effect, to any use of my
personal data beyond what is strictly needed to close my account.""",
    ),
)
q(
    "suspension",
    short="Unsubscribe me from tracking, please.",
    noisy="pls stop tracking me. opt out. thx",
)
q(
    "suspension",
    mail=M(
        "casual",
        "Brandon Lee",
        """I never agreed to get targeted ads based on my account and yet here we are.
I'm seeing your ads everywhere with products I looked at logged in.

Stop using my account data for advertising. How do I opt out for good?""",
        close="",
    ),
)
q(
    "suspension",
    mail=M(
        "neutral",
        "Fiona Campbell",
        """Your company sent me a letter last week although I never registered with
you. When I phoned, your staff said my details came from a "list we
purchased". I never gave anyone permission for that.

I want you to stop using my details immediately. Please confirm when this
has been done.""",
    ),
)
q(
    "suspension",
    short="I gave you my phone number for deliveries only. Please stop using it for surveys.",
)
q(
    "suspension",
    noisy="Please stop use my informations. I am not use your service anymore.",
)
q(
    "suspension",
    mail=M(
        "neutral",
        "Sophie Martin",
        """I'm not ready to close my account yet, as I might come back to the service
next year. In the meantime I'd like you to stop using my information.

Is it possible to suspend the use of my data without deleting the
account?""",
    ),
)

# --------------------------------------------------------------------------------------------
# contact
# --------------------------------------------------------------------------------------------

q(
    "contact",
    short="Who do I complain to about the way you handled my personal data?",
    mail=M(
        "formal",
        "Margaret Hughes",
        """I wish to make a formal complaint about how my personal information was
handled by your company earlier this year.

Before I set out the details, please tell me which department deals with
complaints of this kind and to whom I should address my letter, so that it
reaches the right person.""",
    ),
)
q(
    "contact",
    short="Is there a phone number for privacy questions?",
    noisy="whats ur phone number for privacy stuff",
)
q(
    "contact",
    mail=M(
        "euro",
        "Lucas Fernández",
        """I have a question about the processing of my data and I am not sure this is
the right address.

Do you have a Data Protection Officer, or a specific person or department
responsible for personal data? Please tell me who the correct contact is and
how to reach them.""",
    ),
)
q(
    "contact",
    short="Which department handles questions about personal information?",
    noisy="Kindly share the contact details of the department that is handling personal "
    "data matters",
)
q(
    "contact",
    mail=M(
        "neutral",
        "Harold Jenkins",
        """I'm 72 and I don't much like dealing with things online. I have a question
about my personal details that I would rather put in a letter.

Can I write to you by post about privacy matters, and if so, what address
and name should I put on the envelope?""",
        sig="name",
        quote=False,
    ),
)
q(
    "contact",
    short="I have some feedback on the wording of your privacy policy. Where should I send it?",
)

# --------------------------------------------------------------------------------------------
# changes
# --------------------------------------------------------------------------------------------

q(
    "changes",
    short="Will you let me know if the privacy policy changes?",
    noisy="do u notify ppl when the privacy policy changes or do i have to keep checking",
)
q(
    "changes",
    short="When was your privacy policy last updated?",
    mail=M(
        "formal",
        "Victoria Chen",
        """I am reviewing the privacy terms of several suppliers for our company's
annual compliance check.

Could you confirm the date on which your current privacy policy was
established or last revised, and whether any revision is planned?""",
        sig="block",
        org="Brightline Consulting",
        title="Compliance Officer",
    ),
)
q(
    "changes",
    mail=M(
        "casual",
        "Jake Thornton",
        """so your policy says you'll change it "at your discretion". so basically you
can change the rules whenever you like without asking anyone?? how does that
work, and would I even find out""",
        close="",
    ),
)
q(
    "changes",
    short="Where can I read the previous version of your privacy policy?",
)
q(
    "changes",
    mail=M(
        "euro",
        "Elena Popescu",
        """When a new version of your privacy policy comes into force, from what date
does it apply to existing customers, and how will I be informed of the new
content? I would prefer not to discover it by chance.""",
    ),
)
q(
    "changes",
    noisy="puraibashii porishii kaitei no toki email kuru? will i get an email when policy change",
)

# --------------------------------------------------------------------------------------------
# hours
# --------------------------------------------------------------------------------------------

q(
    "hours",
    short="Is the desk open over the New Year holidays?",
    noisy="r u open between dec 29 and jan 3",
    mail=M(
        "neutral",
        "Chloe Dupont",
        """I'm planning to send you a question about my account in the last week of
December, just before I fly home for the holidays.

When does your office close for the New Year break, and when would I get an
answer if I write on, say, 28 December?""",
    ),
)
q(
    "hours",
    mail=M(
        "jpeng",
        "Hiroshi Takeda",
        """I will send some documents to you in late April. Please let me know whether
your desk is working during Golden Week, and if not, from which day you will
reply again.""",
        jname="武田 博",
    ),
)
q(
    "hours",
    short="Are you closed for Obon in August?",
)
q(
    "hours",
    noisy="do u answer emails on saturday",
    short="Does anyone reply to mail on weekends?",
)
q(
    "hours",
    mail=M(
        "neutral",
        "Ben Harper",
        """I've just realised that next Monday is a public holiday here (Sports Day, I
think?). Will anyone be answering the inquiry desk phone that day, or should
I wait until Tuesday to call?""",
    ),
)
q(
    "hours",
    short="What are your business hours?",
    mail=M(
        "india",
        "Sneha Iyer",
        """I am Sneha Iyer from Pune, India. I need to call your inquiry desk regarding
my account.

Kindly share the working hours of the inquiry desk along with the time zone,
so that I can plan the call from India.""",
    ),
)
q(
    "hours",
    mail=M(
        "casual",
        "Mia",
        """sending this on a friday night, probably bad timing lol. when will someone
actually read it? monday?""",
        close="",
        sig="iphone_only",
    ),
)

# --------------------------------------------------------------------------------------------
# Two things at once
# --------------------------------------------------------------------------------------------

q(
    "disclosure hours",
    mail=M(
        "neutral",
        "Thomas Berger",
        """I would like to ask for a copy of the personal information you hold about
me. What is the procedure, and what do I need to send?

Also, I'm away from 23 December to 5 January. Is your desk open during that
period, or will you deal with this after the New Year?""",
    ),
)
q(
    "contact hours",
    mail=M(
        "jpeng",
        "Naomi Fujita",
        """I have a question about my personal information and I would like to talk by
phone rather than e-mail. Please let me know the phone number of the desk
and the hours when I can call.""",
        jname="藤田 なおみ",
    ),
)
q(
    "purpose changes",
    mail=M(
        "neutral",
        "Grace Mitchell",
        """I noticed your policy lists "other purposes specified in various services".
That's rather vague. If you start using my data for a new purpose, will you
tell me first, and how?""",
    ),
)

# --------------------------------------------------------------------------------------------
# More voices, per section
# --------------------------------------------------------------------------------------------

q(
    "third-party",
    noisy="after i join your service i get many spam SMS from loan company, they know my "
    "name. my info go to other company from you??",
    mail=M(
        "neutral",
        "Park Ji-hoon",
        """I am Korean and live in Kawasaki. After I started to use your service in
September, I receive many SMS from loan companies and they write my full
name. Before, I never receive such messages.

Is it possible that my information went to other company from your side?
Please check and tell me.""",
        sig="first",
    ),
)
q(
    "third-party",
    short="Is my data given to advertisers or data brokers?",
    noisy="r my details sold to advertisers?? be honest",
    mail=M(
        "india",
        "Arvind Krishnan",
        """I am a registered user of your service and for the last month I am getting
calls from unknown numbers regarding credit cards and insurance.

Kindly confirm that my mobile number and e-mail will not be shared with any
outside party without my permission.""",
    ),
)
q(
    "third-party",
    mail=M(
        "euro",
        "Lena Hoffmann",
        """Please provide me with a list of the recipients, or at least the categories
of recipients, to whom my personal data has been passed by your company, and
tell me whether any of them are outside Japan.""",
        greet="Dear Sir or Madam,",
    ),
)
q(
    "joint-use",
    noisy="planet group companies all see my address n phone?? whos in charge of that",
    mail=M(
        "neutral",
        "Ryan Mitchell",
        """I booked through you last week and then got a "welcome" e-mail from Planet
Travel, which I never signed up with. It used my name and my travel dates.

Is this normal? What do they have about me, and what do they use it for?""",
        sig="outlook",
    ),
)
q(
    "joint-use",
    short="Who is the person responsible for managing personal information used jointly "
    "with your group?",
    mail=M(
        "jpeng",
        "Akira Ishikawa",
        """I am Ishikawa, a member of your service.

In the privacy policy there is the explanation of joint use. Please let me
confirm who is the manager responsible for the personal information used
jointly, and which items are included in the joint use.""",
        jname="石川 彰",
    ),
)
q(
    "joint-use",
    short="What information of mine is shared among the companies of the Planet Group?",
    noisy="Your partner company also can use my name and my birthday? which company is partner?",
)
q(
    "joint-use",
    mail=M(
        "euro",
        "Henrik Larsen",
        """We are a Danish customer with a small office in Tokyo. Is the data of our
staff accounts shared with affiliates of your group abroad, and under which
arrangement? Our auditor would like a short description.""",
        sig="block_eu",
    ),
)
q(
    "contact",
    mail=M(
        "neutral",
        "Seo-yeon Choi",
        """I sent an e-mail two times to the address on your shop page but got no reply.

Is info@planetmgmt.biz the correct address for questions about personal
information, or should I send it somewhere else?""",
    ),
    noisy="who do i talk 2 about my personal info, is there a real person or just this email",
)
q(
    "contact",
    mail=M(
        "casual",
        "Greg",
        """I want to speak to whoever is actually responsible for data protection at
your company. Not a chatbot, not a form. Give me a name and a direct number.""",
        close="",
        sig="none",
    ),
    short="What's the e-mail address of your inquiry desk?",
)
q(
    "contact",
    noisy="kojin jouhou no toiawase madoguchi wa doko desu ka? which address or phone",
)
q(
    "changes",
    mail=M(
        "india",
        "Deepa Raman",
        """I am using your service from Singapore.

Kindly inform whether registered users will receive an intimation by e-mail
when the privacy policy is revised, or whether we need to check the website
regularly.""",
    ),
    noisy="policy changed?? i never got any notice. when did that happen",
)
q(
    "changes",
    mail=M(
        "neutral",
        "Laura Bennett",
        """I saw a notice on your website that says the privacy policy "has been
revised". I don't remember agreeing to a new version.

How do you let existing customers know about changes, and from when does
the new version apply to me?""",
    ),
    short="Do I have to agree again when you change the privacy policy?",
)
q(
    "changes",
    short="How will I find out what was changed in the new version of the policy?",
)
q(
    "hours",
    noisy="ur office open on culture day nov 3?",
    mail=M(
        "jpeng",
        "Mayumi Hayashi",
        """Yesterday I called your desk at 17:40 but nobody answered. Please tell me
until what time the phone is answered on weekdays.""",
        jname="林 真由美",
    ),
)
q(
    "hours",
    short="What time does the inquiry desk close on weekdays?",
    mail=M(
        "euro",
        "Felix Wagner",
        """I am in Berlin, eight hours behind Tokyo. If I send you an e-mail on a
Friday afternoon my time, when can I expect somebody to read it?""",
    ),
)
q(
    "disclosure",
    mail=M(
        "neutral",
        "Zhang Min",
        """I studied in Tokyo until last year and used your service then. Now I live
in Shanghai again.

Can you send me the personal information you have about me? Is it possible to
do this by post or e-mail to China, and what do I need to prepare?""",
    ),
    noisy="SAR request pls. send me everything u have on me",
)
q(
    "disclosure",
    short="Which ID documents do I need to send to request disclosure of my data?",
    mail=M(
        "india",
        "Suresh Pillai",
        """I am writing on behalf of my wife, Mrs. Lakshmi Pillai, who is a customer of
your service but is not comfortable writing in English.

Kindly let us know how she can obtain a copy of her personal information
held by you, and whether I can apply for her as her representative.""",
    ),
)
q(
    "correction",
    mail=M(
        "euro",
        "Amélie Girard",
        """My phone number is changed since last month. Please can you modify it in
your file? The new number is 080-5555-0172. The old one does not exist any
more.""",
        sig="name",
    ),
    noisy="ur system has my name as Jhon lol its John. pls fix",
)
q(
    "correction",
    short="Your records still show my old company name. Can you update it?",
    mail=M(
        "neutral",
        "Andrew James Collins",
        """My middle name is missing from your records, so my account name does not
match my passport, and that caused a problem last week. Could you add it?
My full name is Andrew James Collins.""",
    ),
)
q(
    "suspension",
    mail=M(
        "formal",
        "Nicholas Ward",
        """I object to the use of my personal data for traffic analysis, behavioural
measurement and profiling. Please stop processing my data for those purposes
and confirm in writing that you have done so.""",
    ),
    noisy="i dont want u using my data for ads anymore, turn it off",
)
q(
    "suspension",
    short="Can I opt out of behaviour tracking but keep my account?",
    mail=M(
        "neutral",
        "Kim Soo-ah",
        """Please stop to send me advertisement, and stop to use my purchase history
for recommendation. I want to use the service only, nothing else.""",
        sig="iphone",
    ),
)
q(
    "collection",
    noisy="do u collect my IP address and what browser i use?",
    mail=M(
        "neutral",
        "Karen Foster",
        """My 15-year-old son registered for your service without asking me first. I'm
not upset with you, but I'd like to understand what information you got
from him when he signed up. Was it only his name and e-mail?""",
    ),
)
q(
    "purpose",
    mail=M(
        "jpeng",
        "Takuya Ono",
        """Please teach me the purpose of using the service usage history. Is it used
only for providing the service, or also for advertisement?""",
        jname="小野 拓也",
    ),
    noisy="what r u actually doing with my data seriously",
)
q(
    "collection joint-use",
    mail=M(
        "neutral",
        "Isabel Moreno",
        """Before I sign up my whole family, two questions: what kinds of personal
information do you collect from each member, and is that information shared
with your group companies?""",
    ),
)
q(
    "suspension joint-use",
    mail=M(
        "formal",
        "Charlotte Evans",
        """I do not wish my personal information to be used by your group companies or
business partners. Please stop sharing my details with them and stop their
use of my data. I remain a customer of your company itself.""",
    ),
)

q(
    "changes",
    noisy="Hello, I want to know, when the privacy policy becomes changed, do you inform me "
    "per e-mail or must I look myself on the homepage?",
)
q(
    "contact",
    noisy="bonjour, where I can adress my reclamation about my personal datas? which service "
    "is responsible",
    short="Can I come to your office in person to ask about my personal data?",
)
q(
    "correction",
    noisy="hola, my surname is write wrong in your system, is Fernandez not Fernandes, please "
    "correct",
)
q(
    "correction",
    noisy="jusho henkou shitai desu, i moved last week. how to change my address?",
)
q("hours", noisy="年末年始 are you open?? need answer before dec 28")
q(
    "disclosure",
    noisy="Kindly provide me all my personal details available with you along with the "
    "procedure and charges for same.",
)
q("suspension", noisy="stop using my info i never agreed to any of this")
q(
    "third-party",
    noisy="some company i never heard of sent a letter to my home addr, only u have that "
    "address. explain pls",
)

# --------------------------------------------------------------------------------------------
# Off-topic: tenancy and building
# --------------------------------------------------------------------------------------------

off(
    "tenancy",
    """Hello,

I live in room 302 of Planet Heights Koenji. Since yesterday evening water has
been dripping from the ceiling of my bathroom, I think from the flat above.
I have put a bucket under it but it is getting worse.

Could you send someone to look at it as soon as possible? I am at home after
6 pm every day this week.

Thank you,
Lucy Morgan
090-5555-0134""",
    quote="desk",
)
off(
    "tenancy",
    """Dear Planet Management,

I'm sorry to bother you again about the noise from apartment 405. The tenant
there plays loud music almost every night after midnight. I have spoken to
him once but nothing changed.

Can the management company please contact him? I don't want to give my name
to him, so please keep it confidential that the complaint came from me.

Best regards,
Arjun Patel (Room 305)""",
)
off(
    "tenancy",
    """Hi,

I am writing to give notice that I will move out of my apartment (Planet
Residence Meguro, #210) at the end of February 2027. My contract says one
month notice is required, so I hope this is enough.

Please tell me the date for the move-out inspection and how the deposit
will be returned. Please send the papers to my personal e-mail rather than
my work address, which will be deleted when I change jobs in March.

Regards,
Stefan Ivanov""",
    quote="desk",
)
off(
    "tenancy",
    "The key for apartment 204 stopped working in the lock, who do I call to get it fixed?",
    kind="short",
)
off(
    "tenancy",
    """Dear Sir/Madam,

From this month I moved the rent payment to a new bank account at a different
bank. The transfer for December was made on 25 November from the new account
under the name "KIM MINJUN". Please confirm that you have received it and
match it to room 103.

Thank you for your cooperation.
Kim Minjun
Planet Court Nakano 103""",
)
off(
    "building",
    """To all tenants,

Please be informed that the elevators of Planet Building Kanda will be out of
service for legal inspection on Saturday, 12 December 2026 from 9:00 to
13:00. During this time please use the stairs.

We apologise for the inconvenience.

Building Management Office
Planet Building Kanda""",
)
off(
    "building",
    """Hello,

This is a notice from Kanda Facility Services, the maintenance contractor for
your office building. A statutory inspection of the electrical equipment will
cause a power outage on Sunday, 20 December, 8:00-12:00. Please shut down
servers and PCs beforehand, and note that the security gates will be unlocked
during the outage.

Kanda Facility Services Co., Ltd.
Tel: 03-5555-0181""",
)
off(
    "building",
    """Hi,

The lights in the 3rd floor corridor outside our office are out again, for
the second time this month. It's quite dark in the evening and someone almost
tripped yesterday. Can you arrange for them to be repaired?

Thanks,
Naomi Clarke
Tamarind Design Studio, 3F""",
)
off(
    "building",
    "Is the fire drill next week mandatory for all tenants on the 5th floor?",
    kind="short",
)

# --------------------------------------------------------------------------------------------
# parking
# --------------------------------------------------------------------------------------------

off(
    "parking",
    """Dear Planet Management,

My parking contract for space No. 14 at the Planet Heights car park expires on
31 January 2027. I would like to renew it for another year. Please send me the
renewal documents and tell me if the monthly fee will change.

Best regards,
Christopher Ng
Sent from my iPhone""",
)
off(
    "parking",
    """Hello,

For the third time this week, a white van has been parked in my space (No. 7)
when I come home in the evening. The plate number is 品川 400 さ 12-34. I have
left a note on the windscreen but nothing changes.

Please take action, or tell me whom I should contact.

Julia Becker""",
)
off(
    "parking",
    "Is there a parking space available to rent from January? I need one for a small car.",
    kind="short",
)
off(
    "parking",
    """Hi,

I've been charged twice for my December parking fee (JPY 22,000 each) on my
credit card. Could you check and refund one of the payments?

Thanks,
Owen Murphy
Space 22""",
    quote="desk-privacy",
)

# --------------------------------------------------------------------------------------------
# invoice
# --------------------------------------------------------------------------------------------

off(
    "invoice",
    """Dear Accounts Payable,

Please find attached our invoice CS-2026-1207 for the December subscription of
CloudSprout Analytics (JPY 88,000 incl. tax). Payment is due by 31 December
2026 to the bank account stated on the invoice.

Kind regards,
Accounts Receivable Team
CloudSprout K.K.
ar@cloudsprout.example.com""",
)
off(
    "invoice",
    """Hello,

This is a friendly reminder that invoice CS-2026-1107 (JPY 88,000) was due on
30 November 2026 and remains unpaid according to our records. If you have
already made the payment, please ignore this message; otherwise we would
appreciate payment within 7 days.

Best regards,
Accounts Receivable
CloudSprout K.K.""",
    quote="invoice",
)
off(
    "invoice",
    "Could you resend invoice INV-2026-1183? Our accounts team can't find it.",
    kind="short",
)
off(
    "invoice",
    """Dear Planet Management Co., Ltd.

Thank you for your payment of JPY 132,000 received on 2 December. Please find
attached the official receipt. As requested, we have also updated the billing
contact to your accounts department.

Best regards,
Sarah Lin
Billing, Brightline Consulting""",
)
off(
    "invoice",
    """Hi,

We have received your purchase order PO-8841 but the amount does not match our
quotation (JPY 450,000 vs JPY 405,000). Could you confirm which amount is
correct so that we can issue the invoice?

Regards,
Tomás Ortega
Northwind Logistics""",
    quote="invoice",
)

# --------------------------------------------------------------------------------------------
# sales (privacy-flavoured on purpose)
# --------------------------------------------------------------------------------------------

off(
    "sales",
    """Hi there,

Hope this email finds you well. I'm reaching out because companies like
Planet Management that handle customer personal data in Japan and Europe are
now facing both the amended APPI and the GDPR.

At Veritas Privacy Partners we help mid-sized firms build a compliant data
inventory, handle data subject access requests and deletion requests, and
prepare for audits, usually within 8 weeks.

Would you have 15 minutes next week for a quick call?

Best,
Michael Tan
Senior Consultant, Veritas Privacy Partners
https://veritas-privacy.example.com

If you'd rather not hear from me, just reply "no thanks".""",
)
off(
    "sales",
    """Hello,

I noticed that planetmgmt.biz sets analytics and advertising cookies before
visitors give consent. Under the GDPR and the amended APPI this can expose
you to complaints.

ConsentLy is a cookie-consent platform that blocks third-party cookies until
consent is given, keeps a record of every consent and lets visitors opt out
in one click. Setup takes 10 minutes. Can I send you a short demo video?

Cheers,
Priya Natarajan
ConsentLy""",
    quote="sales",
)
off(
    "sales",
    """Dear Sir/Madam,

Greetings from DataShield Audit Services!

We are a leading provider of data protection audits for companies in Asia.
Our certified auditors review how your organisation collects, stores, shares
and deletes personal information, and deliver a gap report against APPI,
GDPR and ISO 27701.

We are offering a 20% discount for audits booked before 31 December. Kindly
revert with a suitable time for a discussion.

Thanks & Regards,
Vikram Rao
Business Development Manager
DataShield Audit Services""",
)
off(
    "sales",
    """Dear Planet Management team,

Does your company offer services to people in the European Union? If so,
Article 27 of the GDPR may require you to appoint a representative in the EU.

EU-Rep Direct acts as your EU representative for a fixed annual fee, receives
requests from data subjects and supervisory authorities on your behalf and
forwards them to you. Please find our brochure attached.

Kind regards,
Anneke Vos
EU-Rep Direct B.V.""",
)
off(
    "sales",
    """Hi,

I was looking at your website and noticed it does not rank on the first page
of Google for "property management Tokyo". We can fix that in 90 days or you
don't pay.

Are you the right person to talk to about this? If not, could you forward
this to whoever handles your website?

Regards,
Jason
RankRocket SEO""",
)
off(
    "sales",
    """Hello,

Our offshore development team in Ho Chi Minh City builds web and mobile apps
for Japanese companies at 40% lower cost. We have delivered 120+ projects,
including customer portals with secure handling of personal data.

May I send you our company profile and case studies?

Best regards,
Nguyen Thanh Long
Sales Manager, Saigon Devworks""",
)
off(
    "sales",
    """Hi,

Data breaches cost Japanese companies an average of 400 million yen. When was
your last penetration test?

SecureNine offers a fixed-price external penetration test and a report on
where your customers' personal information could leak. This month we include
a free phishing simulation for your staff.

Reply YES and I'll send available dates.

Kevin O'Brien
SecureNine""",
)
off(
    "sales",
    """Dear Sir or Madam,

Handling "right to be forgotten" and deletion requests by hand takes your team
hours every week. EraseFlow automates it: one request form, identity checks,
and deletion across all your systems, with a full audit log.

We would be glad to set up a free trial for Planet Management. Are you
available for a 30-minute online demo?

Best regards,
Laura Meier
EraseFlow AG""",
)
off(
    "sales",
    "We help Japanese companies comply with APPI and GDPR. Do you have 15 minutes this week "
    "for a call about your privacy programme?",
    kind="short",
)

# --------------------------------------------------------------------------------------------
# recruiting
# --------------------------------------------------------------------------------------------

off(
    "recruiting",
    """Dear Hiring Manager,

I am writing to apply for the Customer Support Specialist (bilingual) position
advertised on your website. I am a native English speaker with JLPT N2 and
three years of experience in customer service at a Tokyo hotel.

Please find my CV and cover letter attached. I would welcome the opportunity
to discuss how I could contribute to your team.

Sincerely,
Rebecca Turner
080-5555-0199""",
)
off(
    "recruiting",
    """Hi,

I'm a recruiter at TalentBridge Japan. We specialise in bilingual back-office
and compliance professionals, including privacy and data protection officers.

If you are hiring in 2027, I'd be glad to introduce some pre-screened
candidates. Our fee is only charged on successful placement.

Best,
Sam Whitfield
TalentBridge Japan""",
)
off(
    "recruiting",
    """Hello,

I applied for the office assistant position three weeks ago and have not
heard back yet. Could you tell me whether my application is still being
considered, and when I can expect a decision?

Thank you,
Minh Anh Tran""",
    quote="desk",
)
off(
    "recruiting",
    """Dear Planet Management Co., Ltd.,

I am a third-year student at a university in Tokyo studying business
administration. I am very interested in property management and would like
to ask whether your company offers internships during the spring holidays.

Best regards,
Carlos Mendes""",
)
off(
    "recruiting",
    "Are you still hiring for the bilingual receptionist job? I sent my CV last week.",
    kind="short",
)

# --------------------------------------------------------------------------------------------
# meeting
# --------------------------------------------------------------------------------------------

off(
    "meeting",
    """Hi Yuki,

Something came up on our side, so I'm afraid I can't make 8 December at 15:00.
Would 10 December at the same time work for you? Otherwise any afternoon next
week is fine.

Apologies for the change.

Daniel""",
    quote="meeting",
)
off(
    "meeting",
    """Hello,

Please note the Zoom link for tomorrow's call has changed. New link:
https://zoom.example.com/j/5550123456 (passcode 7781). The agenda stays the
same: data migration plan and the contract renewal.

Best regards,
Emma Wilson
Northwind Logistics""",
)
off(
    "meeting",
    """Dear Tanaka-san,

Thank you for your time yesterday. As discussed, we would like to cancel the
meeting on 15 December and instead meet in January once the budget is fixed.
I will come back to you with proposed dates.

Best regards,
Robert Klein""",
)
off(
    "meeting",
    "Can we move Thursday's meeting to 2pm instead of 11? Sorry for the short notice.",
    kind="short",
)

# --------------------------------------------------------------------------------------------
# press
# --------------------------------------------------------------------------------------------

off(
    "press",
    """Dear Sir or Madam,

I am a journalist with Asia Business Weekly, preparing an article on how
Japanese mid-sized companies are handling personal data after the amended
APPI came into force.

Would someone from your company be available for a 30-minute interview next
week, in person or by video? The article is scheduled for publication in
January.

Kind regards,
Helen Park
Reporter, Asia Business Weekly""",
)
off(
    "press",
    """Hi,

I host "Tokyo Founders", a podcast about business in Japan. We'd love to have
someone from Planet Management on the show to talk about property management
for foreign residents. Recording is remote and takes about 40 minutes.

Let me know if you're interested!

Alex Romero""",
)
off(
    "press",
    """Hello,

For a feature in our magazine about privacy attitudes in Japan, we are asking
companies three short questions: how many data requests they receive per year,
how they handle them, and whether customers have become more concerned.

Could you answer by 11 December? Your company name will only be printed with
your permission.

Thanks,
Jordan Ellis
Editor, Metropolis Review""",
    quote="desk",
)
off(
    "press",
    "I'm a reporter writing about rent increases in Tokyo. Could I interview someone from "
    "your company?",
    kind="short",
)

# --------------------------------------------------------------------------------------------
# newsletter
# --------------------------------------------------------------------------------------------

off(
    "newsletter",
    """PRIVACY PRO WEBINAR | 10 December 2026, 14:00 JST

Data subject requests in 2027: what changes for Japanese companies

Join our experts for 60 minutes on access, deletion and opt-out requests under
the APPI and the GDPR. Free of charge, recording available.

Register now: https://webinars.example.com/dsr-2027

You are receiving this e-mail because you registered for one of our events.
We process your personal data in accordance with our privacy policy:
https://webinars.example.com/privacy
Unsubscribe: https://webinars.example.com/unsubscribe""",
)
off(
    "newsletter",
    """Tokyo Real Estate Insider - Issue 48, December 2026

In this issue:
1. Office vacancy rates in central Tokyo fall for the fifth month
2. What the new energy labels mean for landlords
3. Year-end checklist for property managers

Read online: https://insider.example.com/48

You are subscribed as info@planetmgmt.biz. To stop receiving this newsletter
or to update your preferences, click here. We never share your e-mail address
with third parties.""",
)
off(
    "newsletter",
    """Hi there,

Here's what's new in CloudSprout this month:
- Dashboards now load twice as fast
- New export to CSV for all reports
- Our updated Data Processing Addendum is available in your admin console

Questions? Reply to this e-mail or visit our help centre.

The CloudSprout Team
You're receiving this because you are a CloudSprout customer. Manage e-mail
preferences | Privacy notice""",
)
off(
    "newsletter",
    """Join us for Data Privacy Week Tokyo 2027!

25-29 January, Tokyo International Forum. Talks on consent, cookies,
cross-border transfers and AI. Early-bird tickets are available until
20 December.

Get your ticket: https://privacyweek.example.com

This message was sent to info@planetmgmt.biz. If you no longer wish to
receive our mail, you can opt out at any time.""",
)

# --------------------------------------------------------------------------------------------
# phishing
# --------------------------------------------------------------------------------------------

off(
    "phishing",
    """Dear User,

Your account has been suspended due to unusual sign-in activity. To restore
access, you must verify your identity within 24 hours. Failure to do so will
result in permanent deletion of your account and all personal data.

Verify now: https://secure-account-verify.example.com/login

Security Team""",
)
off(
    "phishing",
    """Dear info,

Your mailbox info@planetmgmt.biz is 98% full. Incoming messages will be
rejected after today. Click below to upgrade your storage quota and confirm
your password.

UPGRADE QUOTA >> https://mail-quota.example.com/upgrade

Mail Administrator""",
)
off(
    "phishing",
    """You have received a document to review and sign.

Planet Management - Updated Personal Data Processing Agreement.pdf

REVIEW DOCUMENT

Please complete within 48 hours. This e-mail contains a secure link, do not
share it with others.""",
)
off(
    "phishing",
    """Hello,

Your payment for the last invoice has failed. To avoid interruption of service,
update your billing information and confirm your personal details using the
link below.

https://billing-update.example.com/verify

Thank you,
Customer Accounts""",
)
off(
    "phishing",
    """GDPR COMPLIANCE NOTICE

Our records show that your company has not confirmed its data protection
registration for 2027. Under the new regulation, unregistered companies may be
fined up to 4% of annual turnover.

Confirm your registration and pay the processing fee here:
https://gdpr-registry-eu.example.com/confirm

Data Protection Registration Office""",
)

# --------------------------------------------------------------------------------------------
# vendor notices
# --------------------------------------------------------------------------------------------

off(
    "vendor",
    """Dear Valued Customer,

Please be advised that our offices will be closed for the year-end and New
Year holidays from 29 December 2026 to 4 January 2027. Orders and inquiries
received during this period will be handled from 5 January.

We thank you for your business this year and wish you a happy New Year.

Northwind Logistics Customer Service""",
)
off(
    "vendor",
    """Dear Customer,

We are writing to let you know that we have updated our Privacy Policy,
effective 1 January 2027. The changes clarify how we use personal data to
improve our services, which third parties process data on our behalf, and
how you can exercise your rights to access and deletion.

You can read the updated policy at https://cloudsprout.example.com/privacy.
By continuing to use CloudSprout after 1 January 2027, you accept the updated
policy. No action is required.

The CloudSprout Team""",
)
off(
    "vendor",
    """Dear Customers,

Due to rising costs of paper and transport, the prices of our office supplies
will be revised from 1 February 2027. The new price list is attached. Orders
placed before 31 January will be invoiced at the current prices.

Thank you for your understanding.

Office Depot Tokyo Sales Team""",
)
off(
    "vendor",
    """Dear Partners,

We are pleased to announce that Brightline Consulting will move to a new
office on 11 January 2027:

Brightline Consulting
12F Example Tower, 2-3-4 Minato-mirai, Nishi-ku, Yokohama 220-0000
Tel: 045-555-0120 (unchanged e-mail addresses)

We look forward to continuing our work together.""",
)
off(
    "vendor",
    """Scheduled maintenance notice

Our online payment gateway will be unavailable on Sunday, 13 December 2026,
from 02:00 to 06:00 JST for scheduled maintenance. No action is needed on
your side. We apologise for any inconvenience.

PayLink Support""",
)

# --------------------------------------------------------------------------------------------
# other: misdirected, recall, test, thanks, requests for donations
# --------------------------------------------------------------------------------------------

off(
    "other",
    """Dear Planet Hotel Osaka,

I would like to cancel my reservation for 18-20 December (booking number
PH-55123) as my trip has been postponed. Please make sure that my credit card
details are not kept after the cancellation.

Kind regards,
Ahmed Hassan""",
)
off(
    "other",
    """Hi,

I'm so sorry, I sent you an e-mail a few minutes ago by mistake. It was meant
for a colleague and contains some personal information about our staff.
Could you please delete it without reading it?

Many thanks and apologies,
Nora Fischer""",
)
off("other", "test test, please ignore", kind="short")
off(
    "other",
    """Hello,

Just wanted to say thank you to Ms. Suzuki for her help on the phone
yesterday. Everything is sorted now.

Best,
Peter Lindqvist""",
    quote="desk-privacy",
)
off(
    "other",
    """Dear Sir/Madam,

I am a master's student at Waseda University researching customer service in
Japanese SMEs. Would you be willing to fill in a short anonymous survey (10
minutes)? The link is below, and no personal data will be collected.

https://survey.example.com/sme-cs

Thank you very much,
Ji-woo Han""",
)


# --------------------------------------------------------------------------------------------
# Split and write
# --------------------------------------------------------------------------------------------


def deal(keys: list[str], sizes: list[int], rng: random.Random) -> dict[int, str]:
    """Split item groups into dev (about 40 % of the items) and test, per key (a section or a
    topic): a group goes to dev while that keeps dev at or under its share."""
    by_key: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        by_key.setdefault(k, []).append(i)
    out: dict[int, str] = {}
    for k in sorted(by_key):
        idx = by_key[k]
        rng.shuffle(idx)
        share = 0.4 * sum(sizes[i] for i in idx)
        n_dev = 0
        for i in idx:
            if n_dev + sizes[i] / 2 <= share:
                out[i] = "dev"
                n_dev += sizes[i]
            else:
                out[i] = "test"
    return out


def build() -> dict[str, list[dict[str, object]]]:
    rng = random.Random(SEED)
    rows: dict[str, list[dict[str, object]]] = {"dev": [], "test": []}
    sizes = [len(qq.short) + len(qq.noisy) + len(qq.mails) for qq in QUESTIONS]
    split_q = deal([qq.sections[0] for qq in QUESTIONS], sizes, rng)
    # Two in five of the mails left to chance quote earlier mail, as many in dev as in test.
    quoted: set[tuple[int, int]] = set()
    for split in ("dev", "test"):
        free = [
            (gi, mi)
            for gi, qq in enumerate(QUESTIONS)
            if split_q[gi] == split
            for mi, m in enumerate(qq.mails)
            if m.quote is None
        ]
        rng.shuffle(free)
        quoted.update(free[: round(len(free) * 0.4)])
    for gi, qq in enumerate(QUESTIONS):
        items: list[tuple[str, str]] = [("short", t) for t in qq.short]
        items += [("noisy", t) for t in qq.noisy]
        items += [
            ("mail", assemble(m, qq.sections, rng, (gi, mi) in quoted))
            for mi, m in enumerate(qq.mails)
        ]
        for vi, (kind, text) in enumerate(items):
            rows[split_q[gi]].append(
                {
                    "id": f"f4en-q{gi + 1:03d}{'abcdef'[vi]}",
                    "lang": "en",
                    "kind": kind,
                    "sections": list(qq.sections),
                    "text": text,
                }
            )
    split_o = deal([o.topic for o in OFFS], [1] * len(OFFS), rng)
    for oi, o in enumerate(OFFS):
        rows[split_o[oi]].append(
            {
                "id": f"f4en-o{oi + 1:03d}",
                "lang": "en",
                "kind": "off-topic",
                "sections": ["none"],
                "topic": o.topic,
                "text": assemble_off(o, rng),
            }
        )
    for split in rows.values():
        rng.shuffle(split)
    return rows


def main() -> None:
    for split, items in build().items():
        with (HERE / f"fresh4en-{split}.jsonl").open("w", encoding="utf-8") as f:
            for item in items:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
