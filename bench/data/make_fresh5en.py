"""The fifth unseen set, English half: `fresh5en-dev.jsonl` and `fresh5en-dev2.jsonl`.

Run: `.venv/bin/python bench/data/make_fresh5en.py` (seeded: the output is the same on every
run). It checks its own output (unique ids, valid kinds, sections and topics, every section in
both splits) before it writes anything.

Written unseen, by hand, by the writer of this file, who read only the policy text the answers
come from, the FAQ section list, the line format of bench/data/README.md, the off-topic topic
labels and a description of how business mail is written, quoted and forwarded. Nothing here
was derived from the matcher's answers or from another set, and the matcher was never run on
these items.

Every question, mail body and off-topic mail is written out below. Only the wrapping of the
in-scope mails marked with a register (greeting, closing, signature, earlier mail quoted
below) is drawn from pools, with a fixed seed.

Split by question: each question is written once, in one kind, so a question and its text
live in one split. Items are dealt per section in order (off-topic items per topic), three in
ten to dev, so both splits cover every section and topic.

The second split was the test part, scored once on 2026-12-03 (docs/benchmarks.md); since then
it is written as `fresh5en-dev2.jsonl` and used as dev (bench/data/README.md).
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from labels import TOPICS

from casework.faq import SECTIONS

HERE = Path(__file__).resolve().parent
SEED = 5


@dataclass(frozen=True)
class Q:
    kind: str  # short, noisy, mail
    text: str
    also: tuple[str, ...] = ()  # a second section the item truly asks about
    reg: str = ""  # "" = written whole; else wrap with this register's pools
    quote: str = ""  # "", "ack" or "staff": earlier mail quoted under the new text


def S(text: str, *also: str) -> Q:
    return Q("short", text, also)


def N(text: str, *also: str) -> Q:
    return Q("noisy", text, also)


def M(text: str, *also: str, reg: str = "", quote: str = "") -> Q:
    return Q("mail", text.strip("\n"), also, reg, quote)


# ---------------------------------------------------------------------------------------------
# Wrapping pools (in-scope mails with a register only)

GREETINGS = {
    "biz": [
        "Dear Sir or Madam,",
        "To whom it may concern,",
        "Dear Planet Management team,",
        "Hello,",
        "Good afternoon,",
        "Dear Inquiry Desk,",
        "Dear colleagues at Planet Management,",
        "Hello Planet Management,\n\nI hope this email finds you well.",
        "Dear Customer Contact team,",
        "Good morning,",
    ],
    "cons": [
        "Hi,",
        "Hi there,",
        "Hello",
        "hey",
        "Hi guys,",
        "",
        "Hello there!",
        "Good evening,",
        "hi",
        "Hi Planet team,",
    ],
    "jp": [
        "Thank you for your continued support.",
        "Dear Sir/Madam,\nThank you for always your help.",
        "Dear Planet Management Co., Ltd. Inquiry Desk,",
        "Sorry for the sudden e-mail.",
        "Hello, nice to meet you.",
        "To Person in charge,",
        "Dear Sir,\n\nI am always indebted to you.",
        "Hello，I have a question．",
        "Dear customer center,",
        "Good day.",
    ],
}

CLOSINGS = {
    "biz": [
        "Best regards,",
        "Kind regards,",
        "Thank you in advance,",
        "Regards,",
        "Many thanks,",
        "Sincerely,",
        "I look forward to hearing from you.\n\nBest,",
        "Thank you for your time.\n\nWarm regards,",
        "Yours faithfully,",
        "BR,",
    ],
    "cons": [
        "Thanks",
        "thanks!",
        "Cheers,",
        "thx",
        "Thank you",
        "ty",
        "Thanks in advance!!",
        "",
        "Appreciate it.",
        "Thank you so much :)",
    ],
    "jp": [
        "Thank you for your cooperation.",
        "Best regards.",
        "Thank you in advance.",
        "I'm looking forward to hear from you.",
        "Sincerely yours,\nBest regards,",
        "Please confirm it.\nThank you.",
        "Thank you for your kind support.\nRegards,",
        "Best Regards,",
        "I am sorry for my poor English.\nThank you.",
        "Thanks and best regards,",
    ],
}

SIGNATURES = {
    "biz": [
        "Daniel Whitfield\nHead of Vendor Risk | Northbeam Logistics Ltd.\n"
        "+44 20 7946 0321 | d.whitfield@northbeam.example.com",
        "--\nPriya Raman\nCompliance Officer, Asia-Pacific\nKestrel Payments Pte. Ltd.\n"
        "Tel +65 6555 0143",
        "Laura Jimenez\nLegal Counsel\nOrbis Retail Group, Inc.\nwww.orbis-retail.example.com\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the\n"
        "addressee and may contain confidential information. If you have received it in error,\n"
        "please notify the sender and delete it.",
        "Tom Becker\nProcurement | Hallam & Co.\nM: +49 151 555 0172",
        "Grace Liu\nOperations Manager\nBlueharbor Travel KK\n3-4-5 Example-cho, Minato-ku, Tokyo\n"
        "03-5555-0168",
        "Regina Ost\nData Protection Coordinator\nFeldmann Maschinenbau GmbH\n"
        "Please consider the environment before printing this e-mail.",
        "Michael O'Connell\nIT Security | Corran Partners\nSent from Outlook for iOS",
        "S. Adeyemi\nAdeyemi & Stone LLP\nSolicitors\n+44 161 555 0190",
        "Hannah Lindqvist\nHR Systems Lead, Norrsken AB\nShe/her",
        "Carlos Mendes\nPartner Relations\nVerdeMar Imports Ltda.\n+55 11 5555 0131",
    ],
    "cons": [
        "Jess",
        "Sent from my iPhone",
        "Mark",
        "— Olivia\n\nSent from my Android phone",
        "Ben Carter",
        "K.",
        "Get Outlook for Android",
        "Ashley W.\nSent from Yahoo Mail on Android",
        "Raj",
        "Emma (member no. 20931)",
    ],
    "jp": [
        "――――――――――――――――――――\n株式会社サンプル商事 総務部\n佐藤 花子（さとう はなこ）\n"
        "〒105-0000 東京都港区見本町2-3-4 例題ビル7F\nTEL：03-5555-0123\n"
        "――――――――――――――――――――",
        "━━━━━━━━━━━━━━━━━━━━━━\n 例示システム株式会社 カスタマーサクセス部\n"
        " 鈴木 一郎（Ichiro SUZUKI）\n Tel: 03-5555-0188 / Mobile: 090-5555-0147\n"
        "━━━━━━━━━━━━━━━━━━━━━━",
        "TAKAHASHI Misaki\n高橋 美咲\n090-5555-0109",
        "＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝\n架空物産株式会社　営業本部　田中 真一\n"
        "ＴＥＬ：０３－５５５５－０１７１\n＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝",
        "Kenji Watanabe\n渡辺 健二\nSent from my iPhone",
        "--------------------\n山本 由紀 / Yuki Yamamoto\n"
        "合同会社ためし工房\n〒150-0000 東京都渋谷区試作町5-6-7\n--------------------",
        "Nakamura",
        "■□■□■□■□■□■□■□■□■□\n  伊藤 健（いとう けん）\n  ito.ken@mail.example.jp\n"
        "■□■□■□■□■□■□■□■□■□",
        "KOBAYASHI Ryo (小林 亮)\niPhoneから送信",
        "―――――――――――――――\n加藤 恵美\nKato Emi\n携帯：080-5555-0126\n"
        "―――――――――――――――\n※本メールに記載された個人情報は適切に管理いたします。",
    ],
}

# The desk's own automatic acknowledgement and staff replies about other matters, as they
# come back quoted under a customer's reply.
ACKS = [
    "This is an automatic reply. Please do not change the subject line.\n\n"
    "Thank you for contacting Planet Management Co., Ltd.\n"
    "We have received your inquiry (reference {ref}).\n"
    "It reached us outside our business hours (weekdays 10:00-18:00 JST). A member of staff\n"
    "will reply on the next business day. Saturdays, Sundays and public holidays are closed.\n\n"
    "Planet Management Co., Ltd. Inquiry Desk\ninfo@planetmgmt.biz",
    "※本メールは自動送信です。/ This message was sent automatically.\n\n"
    "お問い合わせを受け付けました。/ We have received your inquiry.\n"
    "受付番号 / Reference: {ref}\n\n"
    "営業時間外のため、翌営業日以降に担当者よりご連絡いたします。\n"
    "As it arrived out of business hours, staff will answer from the next business day.\n\n"
    "株式会社プラネットマネジメント お問い合わせ窓口 / Inquiry Desk",
    "Dear customer,\n\nThank you for your message. This is an automatic acknowledgement of\n"
    "receipt, reference {ref}. Our office is closed at the moment, so we will reply once we\n"
    "reopen. Your inquiry will be handled in line with our privacy policy.\n\n"
    "Inquiry Desk, Planet Management Co., Ltd.\nTel: 03-6265-0193",
]

STAFF = [
    "Dear customer,\n\nThank you for contacting us. We have reset the password of your member\n"
    "account; please sign in with the temporary password sent separately and change it.\n\n"
    "Best regards,\nYuto Mori\nPlanet Management Co., Ltd. Inquiry Desk",
    "Hello,\n\nThank you for your patience. The replacement item was shipped today and\n"
    "should arrive within two business days. The tracking number is 5555-0192-3341.\n\n"
    "Kind regards,\nAya Fujii\nInquiry Desk",
    "Thank you for your inquiry about your point balance. The 500 points from the autumn\n"
    "campaign were added on 20 November and expire at the end of next March.\n\n"
    "Planet Management Co., Ltd.\nInquiry Desk (Business Department)",
    "Dear Sir or Madam,\n\nThank you for your message. Please find attached the receipt for\n"
    "your order no. PM-88213 in PDF format, as requested.\n\n"
    "With best regards,\nSho Kimura\nPlanet Management Co., Ltd.",
    "Hello,\n\nThe seminar you asked about will be held on 12 December from 14:00 in room 5B.\n"
    "Registration closes on the 8th.\n\nRegards,\nMei Arai, Inquiry Desk",
]

QUOTE_HEADS = [
    ("On Tue, Dec 1, 2026 at 7:42 PM Planet Management <info@planetmgmt.biz> wrote:", "> "),
    (
        "________________________________\nFrom: Planet Management Inquiry Desk "
        "<info@planetmgmt.biz>\nSent: Monday, November 30, 2026 6:15 PM\n"
        "Subject: {subj}\n",
        "",
    ),
    (
        "-----Original Message-----\nFrom: info@planetmgmt.biz [mailto:info@planetmgmt.biz]\n"
        "Sent: Friday, November 27, 2026 11:03 AM\nSubject: {subj}\n",
        "",
    ),
    ("On 28 Nov 2026, at 21:04, Planet Management <info@planetmgmt.biz> wrote:", "> "),
    ("2026年11月29日(日) 22:10 Planet Management <info@planetmgmt.biz>:", "> "),
    ("On 2026/11/26 18:30, info@planetmgmt.biz wrote:", ">"),
    ("2026/12/02 19:55、Planet Management <info@planetmgmt.biz>のメール:", "> "),
]


# ---------------------------------------------------------------------------------------------
# In scope, per section. Each entry is one question, written once.

COLLECTION = [
    M(
        "In addition to my earlier message: what kinds of data do you collect about users of\n"
        "the app in general, and may I have a copy of the data you hold on me specifically?",
        "disclosure",
        reg="biz",
        quote="ack",
    ),
    N("do u collect my location n give it to advertisers??", "third-party"),
    M("""
Subject: What do you get from my Google account when I log in with it?

Hi,
see subject. I'd rather know before I press the button.

Sent from my iPhone
"""),
    M(
        "I am reviewing your member app for our company's list of approved software. Could\n"
        "you tell me which categories of personal data the app obtains from the user directly,\n"
        "and whether anything is pulled in from linked third-party accounts?",
        reg="biz",
    ),
    M(
        "I am using your app since last year. When I connect my LINE account, which\n"
        "information of me do you receive from LINE? I worry about my friend list.",
        reg="jp",
    ),
    S("What personal data do you collect when I register?"),
    N("wat info u collect frm me when i use the app??"),
    M("""
Hello,

My name is Dorothy Hale and I am 79 years old, so please forgive me if this is a silly
question. My grandson put your app on my tablet when he visited in the summer so that I
could collect points at the supermarket. He typed in a great many things for me, my name
and my birthday and I think my address too, and I signed something on the screen. Since
then I have been getting little messages that seem to know where I have been shopping.

I am not angry, only puzzled. What sort of things does your company write down about a
person who uses the app? I should like to understand what I agreed to.

Yours sincerely,
Dorothy Hale
"""),
    S("Do you get anything from my Twitter account if I sign in with it?"),
    N("Which informations do you get from me? name, birthday, and what else?"),
    M(
        "Thanks for sorting out the login thing so fast. Unrelated, but while I have you:\n"
        "does the app read my contacts? My phone said it wanted access and I said no, just\n"
        "wondering what it would have taken.",
        reg="cons",
        quote="staff:0",
    ),
    M("""
see below - I asked this in your web chat on Monday and the chat just closed. Trying here.

---------- Forwarded message ---------
From: Sam Whitlow <sam.whitlow@mailbox.example.com>
Date: Mon, Nov 30, 2026 at 9:14 PM
Subject: chat transcript
To: <sam.whitlow@mailbox.example.com>

[21:02] You: hello, does your website track my location or IP address when I browse?
[21:02] Bot: Thank you for waiting. An operator will be with you shortly.
[21:09] Bot: This chat has ended.
"""),
    M(
        "- what exactly do you collect when I sign up through Facebook?\n"
        "- and what do you then use it for?\n\n"
        "Both please, I couldn't make sense of the policy page.",
        "purpose",
        reg="cons",
    ),
    S("Does your website use cookies to collect data about me?"),
    N("do u take my contacts list when i link instagram"),
    M(
        "I would like to confirm about the cookies of your website. Do you acquire my\n"
        "browsing history by cookie or analytics tool? If yes, which kind of data is it?",
        reg="jp",
        quote="ack",
    ),
    M(
        "We are about to roll out your booking service to 300 staff. Before we do, please\n"
        "list the data fields you capture per user, including anything you receive from\n"
        "single sign-on providers.",
        reg="biz",
        quote="ack",
    ),
    N("hey does ur site grab my ip or smth when i just look around"),
    S("Which details from the sign-up form do you keep?"),
    M("""
Subject: Data collected via your app

Hello. Do you collect the usage history of the app, like which page I open and when?
And from the external service (I use Apple ID), what do you get? Only ID or more?

Thank you for your reply in advance.

Jun Hasegawa
長谷川 潤
"""),
]

PURPOSE = [
    S("What do you use my data for, and does any of it go to other companies?", "third-party"),
    M(
        "The replacement blender arrived yesterday and works fine, thanks for the quick\n"
        "turnaround.\n\n"
        "P.S. Since I signed up I keep seeing ads for your shop on other websites. Is my\n"
        "information being used for that?",
        reg="cons",
    ),
    M("""
Hello,

I signed up for your point card at the station shop only because the cashier said I'd get
10% off that day. Fair enough. But the form asked for my birthday, my phone, my address,
all of it, and the girl said "it's just for the system". Now I read that you do "behavior
measurement" with it. I work in marketing myself, so I'm not naive, I just want it in
writing: what is my purchase history actually used for? Only to run the card, or for
analysis and ads as well?

Regards,
Nadia Petrov
"""),
    M(
        "Thank you for resetting the password of our account. Separately, our legal team\n"
        "has asked me to confirm the purposes for which you use the contact details of our\n"
        "staff registered on your portal.",
        reg="biz",
        quote="staff:0",
    ),
    S("What do you use my personal information for?"),
    N("what u use my info for exactly"),
    M(
        "I received many e-mail about campaign since I registered. For what purpose do\n"
        "you use my e-mail address? Only for the service, or also for advertisement?",
        reg="jp",
    ),
    S("Is my data used for advertising?"),
    N("Please teach me the purpose of using my personal informations."),
    M("""
Subject: why do you need my phone number??

i just wanted the coupon lol. what do you even do with it
"""),
    M(
        'Your app settings mention "behaviour measurement". What does that mean in\n'
        "practice? Do you record every screen I tap, and what is that used for?",
        reg="cons",
        quote="ack",
    ),
    S("Why does the app measure how I use it?"),
    N("y do u need my bday for a coupon app"),
    M(
        "As part of our annual supplier review, please confirm the purposes of use of\n"
        "personal information you obtain through the service, and in particular whether it\n"
        "is used to distribute advertising or to measure its effectiveness.",
        reg="biz",
    ),
    M(
        "What do you use my purchase history for? And if it's for ads, can I switch that\n"
        "part off without closing my account?",
        "suspension",
        reg="cons",
    ),
    N("is my data use for ad?? i dont like"),
    M("""
Dear Sir or Madam,

I am writing on behalf of my mother, who is 84 and has a membership with you. She keeps
receiving letters from you about "important changes to the terms" and also catalogues. She
asked me to find out why you have her details and what you use them for, because she does
not remember giving them for anything but the membership itself.

Thank you,
Alan Brooks (son)
"""),
    S("For what purposes is customer information used?"),
    N("purpos of useing my adress? i dont buy anything since 2 year"),
]

THIRD_PARTY = [
    N("u gave my number to some insurance guys?? stop it now", "suspension"),
    M("""
Subject: Fwd: Your exclusive home insurance quote

Hello, see below. I have never given my e-mail to this company, the only place I used
this address was your shop. Did you give or sell my details to them?

Chris

Begin forwarded message:

From: "SafeNest Insurance" <offers@safenest.example.com>
Subject: Your exclusive home insurance quote
Date: 1 December 2026 at 08:15:22 GMT+9
To: chris.ando@example.net

Dear Chris Ando,
As a valued customer, you qualify for a special home insurance rate.
Click here to see your quote. To unsubscribe, reply STOP.
"""),
    M("""
Hi,

This is going to be long, sorry. In October I joined your fitness app and entered my
address and phone number to get the welcome gift. Two weeks later I started getting calls
from an insurance agency and a water-server company, both of them knowing my full name and
that I "recently started exercising". I have a new phone number that I gave to nobody else,
I checked with my family. I'm not accusing anyone yet, but I need to know: do you pass
customer details to other companies, and if so which ones and why didn't anybody ask me?

Hoping for an honest answer,
Lena Vogt
"""),
    M(
        "As part of our vendor due diligence we would be grateful for answers to the\n"
        "following:\n\n"
        "- Do you provide personal data of users to third parties without their consent?\n"
        "- In which cases would you disclose data to public authorities?\n"
        "- Is data passed to external services used for authentication?",
        reg="biz",
    ),
    S("Do you give my data to third parties?"),
    N("u sell my email to spammer or what"),
    M(
        "Does your company give my information to other company? I want to know it before I\n"
        "register my family members.",
        reg="jp",
    ),
    M(
        "forgot to ask in my first mail: do you hand my details to the police if they just\n"
        "ask for them?",
        reg="cons",
        quote="ack",
    ),
    S("Will you share my details with other companies without asking me?"),
    N("Is there case you give my information to other company without my agree?"),
    M("""
Dear Sirs,

We act for Ms Keiko Brennan, a customer of your online service, in connection with a
dispute with a former business partner of hers. Our client has reason to believe that her
contact details reached that person through a third party.

Please confirm whether you have provided our client's personal information to any third
party in the past twelve months, and if so, on what basis and whether her consent was
obtained.

Yours faithfully,

A. Gupta
Gupta Harlow LLP
"""),
    M(
        "Straight answer please: do you sell customer data? yes or no.",
        reg="cons",
    ),
    S("Can the government get my information from you without my consent?"),
    N("How did the compny ABC Home got my adress?? from u?"),
    M(
        "Could you tell me whether the details I registered are shared with other\n"
        "companies, including the companies of your own group?",
        "joint-use",
        reg="biz",
    ),
    M(
        "When I log in with my Google account, do you send my information to Google? I mean\n"
        "my purchase history, not only the ID.",
        reg="jp",
    ),
    N("3rd party sharing y/n? asking for my dad"),
    S("Do you sell email lists?"),
    M(
        "Thanks for the tracking number. One more thing that's been bugging me: I got a\n"
        "letter from a moving company two days after I changed my address with you. Coincidence,\n"
        "or did my new address go to them from you?",
        reg="cons",
        quote="staff:1",
    ),
]

JOINT_USE = [
    M(
        "Which information do you get from my external service account (I use Yahoo ID),\n"
        "and is it also used by Planet Group companies?",
        "collection",
        reg="jp",
        quote="ack",
    ),
    M(
        "Thank you for sending the revised quotation; we will come back to you on it by\n"
        "Friday.\n\n"
        'P.S. Your privacy policy mentions "joint use" with Planet Group companies and\n'
        "business partners. Which companies are these exactly, and who is responsible for\n"
        "the data in that arrangement?",
        reg="biz",
    ),
    M(
        "Thank you for reply about my point card. I have one more question. Last week I\n"
        "received a DM from Planet Travel. Is my information shared inside Planet Group?",
        reg="jp",
        quote="staff:2",
    ),
    M(
        "As one of your business partners we need to document the joint use arrangement in\n"
        "our records of processing: which items of personal information are used jointly,\n"
        "with whom, and for what purpose.",
        reg="biz",
    ),
    S("Which companies are included in the joint use of my data?"),
    N("do ur group companys share my info"),
    M(
        """
got an email from "Planet Fitness Club" or whatever your sister company is called, they
knew my name and my birthday. i only ever signed up with you. do you share customer info
within the group or did someone sell it to them?
""",
        "third-party",
    ),
    S("Do Planet Group companies share my personal information?"),
    N("joint use means what? my adress go to all planet company?"),
    M(
        "If my information is shared between your companies, who is actually responsible\n"
        "for managing it? Who do I hold to account if something goes wrong?",
        reg="cons",
    ),
    M("""
Good morning,

My son tells me that your company and the travel agency I booked my cruise with are part
of one group, and that the companies pass their customer lists between them. I am not on
the internet much and I do not know whether that is true. Could somebody explain in plain
words whether my name and address go from one company to the other?

Many thanks,
Margaret Oyelaran
"""),
    M(
        "Are your business partners included in the joint use, or only group companies? We\n"
        "would like to know which of our employees' registered items they would receive.",
        reg="biz",
        quote="ack",
    ),
    S("Who is responsible for the personal data used jointly within your group?"),
    N("is my data shared w/ ur partners n sister cos?"),
    M(
        "Please tell me which of your group companies receive my data, and I would like you\n"
        "to stop sharing it with them from now on.",
        "suspension",
        reg="cons",
    ),
    M(
        "Which informations are used jointly with your partners? Also my birthday and\n"
        "service usage history?",
        reg="jp",
    ),
    S("What is the purpose of the joint use with your partner companies?"),
    N("Please tell me range of the joint using."),
    M("""
Subject: RE: Contract renewal 2027 / joint use clause

Hi all,

Quick one before our call: under the joint use in your privacy policy, is our company
(as your business partner) named as a joint user, and who on your side is the person
responsible for managing the data? Our DPO needs this for the renewal file.

Thanks,
Rob

Rob Kessler | Partner Success | Lumen Events Ltd.
"""),
]

DISCLOSURE = [
    M(
        "Thanks for the points info. Different question: where do I send a request to see my\n"
        "personal data? Is there a postal address, or is e-mail to you OK?",
        "contact",
        reg="cons",
        quote="staff:2",
    ),
    M("""
Subject: Request for a copy of all personal data you hold about me

Dear Sir or Madam,

Please see the subject line. My customer number is 4471-0032.

Yours faithfully,
M. Okonkwo
"""),
    M("""
Thank you for your quick answer. Some more questions inline.

> To request disclosure of your personal information, please send us the request
> form with a copy of an identity document.
Is a residence card OK? I am foreigner and I don't have Japanese driver's license.

> A fee may apply to each request.
How much is it, and can I pay by credit card?

> The information will be sent to your registered address.
Can you send it by e-mail instead? I move next month.

Thanks,
Arjun Mehta

On Wed, Dec 2, 2026 at 4:10 PM Planet Management <info@planetmgmt.biz> wrote:
> Dear Mr. Mehta,
>
> To request disclosure of your personal information, please send us the request
> form with a copy of an identity document.
> A fee may apply to each request.
> The information will be sent to your registered address.
"""),
    M(
        "Further to my request of this morning: could you send the data you hold about me\n"
        "electronically rather than by post? I am travelling for most of December.",
        reg="biz",
        quote="ack",
    ),
    S("How do I request disclosure of my personal data?"),
    N("i want see my data u have"),
    M(
        "Before I send anything, three things:\n\n"
        "* what personal data do you currently hold on me\n"
        "* how do I ask for it formally\n"
        "* is there a fee?\n\n"
        "Customer no. 208-5531.",
        reg="cons",
    ),
    M("""
Dear Data Protection Officer,

Subject access request

I am writing to request access to all personal data that Planet Management Co., Ltd.
holds about me, under Article 15 of the GDPR and, to the extent it applies, the Act on the
Protection of Personal Information of Japan. Please include the sources of the data and the
recipients to whom it has been disclosed.

I enclose a copy of my passport. Please respond within one month.

Yours faithfully,
Sophie Lambert
Rue des Exemples 12, 1000 Bruxelles
"""),
    S("Can I see what personal information you hold on me?"),
    N("how 2 get copy of my info?"),
    M(
        "I want to see my personal information which your company has. How can I apply for\n"
        "it? Can I do it by e-mail or must I send the paper?",
        reg="jp",
    ),
    M("""
Hello,

My daughter is 16 and has been using your app for about a year. She doesn't mind me asking.
I would like to see what information you have about her: what she entered, what she bought,
anything else. What do I need to send, as her parent?

Regards,
Paul Stanton
"""),
    S("Is there a fee for a disclosure request?"),
    N("Please disclose my personal informations to me."),
    M(
        "Can you show me what details you have registered for me? And if my address is\n"
        "still the old one please fix it, I moved in August.",
        "correction",
        reg="cons",
    ),
    M(
        "Can I get a copy of everything you've got on me? Purchases, messages, all of it.",
        reg="cons",
    ),
    S("Which ID documents do I need to send to get my data?"),
    N("SAR pls - what do u hold on me"),
    M(
        "I sent a request for disclosure of my personal data by mail on 16 November. How many\n"
        "days does it usually take until you send the result?",
        "hours",
        reg="jp",
        quote="ack",
    ),
]

CORRECTION = [
    N("need my adress corrected before mondays delivery, r u open this weekend to do it", "hours"),
    M("""
Hello,

Some background first. I got married in the spring and moved from Osaka to Yokohama in
the summer. I updated my address in your app in July, or so I thought, but your December
catalogue still went to my old flat, addressed to my maiden name, and my mother (who now
lives there) had to forward it. I then found that the app shows my new address but your
letters clearly use something else. Apparently there is more than one record of me.

Could you please correct my surname to Fujimoto and my address to the Yokohama one on
every record you have? I can send a copy of my new residence certificate if needed.

Many thanks,
Claire Fujimoto (née Dubois)
"""),
    M("""
Thanks for getting back to me. Replies below.

>> Could you let us know which information you would like to change?
The phone number. The one on file is my old work phone.

>> Please note that we will confirm your identity before making changes.
Fine. What do you need from me? I can call from the new number if that helps.

Best,
Thomas Reid

-----Original Message-----
From: info@planetmgmt.biz [mailto:info@planetmgmt.biz]
Sent: Thursday, December 03, 2026 10:21 AM
To: Thomas Reid
Subject: RE: Update my details

>> Could you let us know which information you would like to change?
>> Please note that we will confirm your identity before making changes.
"""),
    M(
        "I forgot to write. My phone number is also wrong in my member page. Please correct\n"
        "it too. New number is 090-5555-0114.",
        reg="jp",
        quote="ack",
    ),
    S("How do I correct my registered address?"),
    N("pls delet my info asap"),
    M("""
Dear Sir or Madam,

My father, Harold Finch, passed away in September. He had an account with you for many
years and your mail is still arriving in his name. I am his daughter and the executor of
his estate. Please could you delete his account and the personal details you hold for him?
Let me know what documents you need from me, a copy of the death certificate is ready.

With thanks,
Susan Finch
"""),
    M("please delete my account and all my data. I don't use it anymore.", reg="cons"),
    S("Please delete all my personal data."),
    N("my birth day is wrong registerd, please collect it"),
    M(
        "One of our employees who was registered as the contact person for our account has\n"
        "left the company. Please update the contact to Ms Rina Kato and delete the former\n"
        "employee's name and mobile number from your records.",
        reg="biz",
    ),
    M(
        "My name is registered in wrong kanji. The correct one is 髙橋 (not 高橋). Please\n"
        "correct it. Is it possible by e-mail?",
        reg="jp",
    ),
    M("""
hi
i made an account when i was like 13 and put a fake birthday so it would let me in.
im 17 now and its kind of a problem because the age thing is wrong and i cant get the
student discount. can u fix the birthday or do i have to delete everything and start over
"""),
    S("My date of birth is wrong in your records. Can it be fixed?"),
    N("change my adress plz moved last month"),
    M(
        "Delete my email address from your system and stop sending me things. That's all.",
        "suspension",
        reg="cons",
    ),
    S("How can I add my new phone number to my record?"),
    N("how remove my data from ur system"),
    M(
        'Thanks for the receipt. While I\'m here: the name on it is spelt "Jon", it should\n'
        'be "John". Could you correct it on my customer record as well?',
        reg="cons",
        quote="staff:3",
    ),
]

SUSPENSION = [
    M(
        "Thank you for the receipt. Given the recent revision of your privacy policy, please\n"
        "tell us what changed, and until we have reviewed it, stop using our employees' data\n"
        "for advertising.",
        "changes",
        reg="biz",
        quote="staff:3",
    ),
    M("""
Subject: STOP using my data for advertising. Acct: k.moreau@example.org

Sent from my iPhone
"""),
    M("""
see below. I unsubscribed from this twice already, in October and again last week.
Still coming. Just stop using my address for this, please.

-------- Forwarded Message --------
Subject: Planet Weekly: 5 winter deals you can't miss!
Date: Tue, 1 Dec 2026 07:00:03 +0900
From: Planet Weekly <news@planetmgmt.biz>
To: g.harper@example.net

Winter deals are here! Up to 40% off selected items.
You are receiving this e-mail because you registered with Planet Management.
To stop receiving these e-mails, update your preferences in My Page.
"""),
    M("""
Well, congratulations. I "opted out" of everything I could find in the app settings in
September. Today I received a personalised offer telling me which products I "viewed
recently". So either the switch in the app is decorative, or somebody ignores it.

I have been a customer for six years and I am not closing my account just to make this
stop, although I'm tempted. Please stop using my browsing and purchase data for
personalisation and advertising, and tell me when that has actually been done.

Regards,
Daniel Okafor
"""),
    S("How do I withdraw my consent to the use of my data?"),
    N("STOP USING MY DATA"),
    M(
        "Thanks for the shipping update. Also, please stop using my purchase history for\n"
        "targeted ads, I never agreed to that.",
        reg="cons",
        quote="staff:1",
    ),
    M("""
Dear Sir or Madam,

Re: Our client, Mr Hideo Lambert (customer ID 55-80213)

We are instructed by the above-named. On his behalf we hereby withdraw any consent he may
have given to the use of his personal information beyond the provision of the service he
subscribed to, and request that you cease all such use with immediate effect.

Kindly confirm in writing within fourteen days that you have done so.

Yours faithfully,
Whitcombe & Aoki, Attorneys
"""),
    M(
        "I don't want you to use my information any more. Please stop it. But I want to keep\n"
        "my points, so please don't close my account.",
        reg="jp",
        quote="staff:2",
    ),
    S("Please stop using my personal information."),
    N("plz stop use my info for ad"),
    M("""
Please stop all use of my data for marketing. Confirm by reply.

K. Tan
"""),
    M("""
Dear Sirs,

I am 82 years old and I do not use the computer a great deal. My niece is typing this for
me. I had a membership with you when I lived in Sapporo. I no longer wish you to use my
name and address for anything at all. I would be grateful if you would stop.

Yours truly,
Edith Morland
"""),
    S("Can I opt out of my data being used for advertising?"),
    N("how opt out tracking in app"),
    M(
        "How do I opt out of behaviour tracking? I don't see any switch for it on My Page.",
        reg="cons",
        quote="ack",
    ),
    S("I want you to stop using my data but keep my account open. Is that possible?"),
    N("i want u quit using my infos"),
    M(
        "We found that your service sends us e-mail campaigns to addresses of our staff who\n"
        "registered only for the event portal. Please suspend the use of their data for any\n"
        "purpose other than the portal, and tell us the procedure to do this properly.",
        reg="biz",
    ),
]

CONTACT = [
    S("Who do I contact to get my wrong birthday fixed?", "correction"),
    M("""
Hello, see below. I sent this to your sales address two weeks ago and nobody answered.
Is there a proper person or department for privacy complaints?

---------- Forwarded message ---------
From: Fiona Grant <fiona.grant@example.org>
Date: Mon, Nov 16, 2026 at 10:48 AM
Subject: Complaint about how my data was handled
To: <sales@planetmgmt.biz>

Hello, I want to make a formal complaint about how my personal details were handled by
your shop staff. Who should I address this to?

Fiona Grant
"""),
    M(
        "Is there a phone number I can call instead? I'm not good at writing long emails.",
        reg="cons",
        quote="ack",
    ),
    M(
        "For our files, could you send us:\n\n"
        "1. the telephone number of the desk for personal information inquiries\n"
        "2. its postal address, for a written complaint\n"
        "3. the name of the department in charge",
        reg="biz",
    ),
    S("What is the phone number of your inquiry desk?"),
    N("whats ur phone number for privacy stuff"),
    M(
        "Please teach me the telephone number of the personal information desk. I want to\n"
        "talk in Japanese with my wife.",
        reg="jp",
    ),
    M("""
I have had enough. Three emails, no answer, and your shop manager told me "privacy is
head office's problem". So: WHO at head office handles complaints about personal data,
and how do I reach them, by name or department, not another info@ address? I will take
this further if I have to.

P. Novak
"""),
    S("Where do I send a complaint about how my data was handled?"),
    N("where complain about my infomation?"),
    M(
        "Could you let me know the name of the department responsible for inquiries on the\n"
        "protection of personal information, and whether it accepts inquiries by phone?",
        reg="biz",
    ),
    M("is this email even the right place to ask about privacy stuff?", reg="cons"),
    M(
        "What's your phone number, and what times can I actually call it? I work shifts.",
        "hours",
        reg="cons",
    ),
    M("""
Dear Sir or Madam,

I am not very good with e-mail, my granddaughter set it up for me. I have some questions
about my personal information. Is there a telephone number where I can speak to someone
instead? Or an address where I can write a letter?

Kind regards,
Walter Eames
"""),
    S("Who handles privacy questions at your company?"),
    N("pls give me adress of the desk to send letter"),
    S("What is the e-mail address for personal information inquiries?"),
    N("who i ask about personal infomation"),
    M("""
FYI, see below. A customer of ours who also uses your service asked us this and we don't
know the answer. Could you tell us where she should send it?

Thanks, Mari

-------- 転送メッセージ --------
件名: question
日付: Wed, 2 Dec 2026 14:03:11 +0900
差出人: Anna Kowalski <anna.k@example.com>

Hi, who do I contact at Planet Management about my personal information? I can't find it
on their site.
"""),
]

CHANGES = [
    M(
        "When does the new policy actually take effect? And are you even open over the\n"
        "holidays to answer questions about it?",
        "hours",
        reg="cons",
        quote="ack",
    ),
    M(
        "I've just renewed my annual plan, all went smoothly.\n\n"
        "P.S. Will you tell me by e-mail when the privacy policy changes, or do I have to\n"
        "check the website myself?",
        reg="cons",
    ),
    M(
        "Thanks for resending my receipt. On another note: did the privacy policy change\n"
        "recently? I saw a banner in the app but it disappeared before I could read it.",
        reg="cons",
        quote="staff:3",
    ),
    M(
        "For our third-party risk file, please explain how you notify customers and business\n"
        "partners of revisions to your privacy policy, and how the date on which a revised\n"
        "policy takes effect is communicated.",
        reg="biz",
    ),
    S("Has your privacy policy changed recently?"),
    N("did u change the privacy thing again"),
    M(
        'I saw "Privacy Policy has been revised" in your app yesterday. What was changed?\n'
        "I could not find the old version for compare.",
        reg="jp",
    ),
    M("""
Let me guess: you've changed the privacy policy again, quietly, and the only notice is a
line in grey at the bottom of page 40 of the website. What exactly changed this time, and
since when does it apply? I'd like it in words a normal person can read.

J.
"""),
    S("How will I be notified of changes to the privacy policy?"),
    N("when policy change, how you tell me?"),
    M(
        "When was the current version of your privacy policy established, and in what way\n"
        "will customers be informed of future changes?",
        reg="biz",
        quote="ack",
    ),
    M(
        "Did the new version of the policy add any new purposes, like advertising? If so I'd\n"
        "like to know what my data is now used for.",
        "purpose",
        reg="cons",
    ),
    M("""
Dear Sir,

I received a letter from you saying your privacy policy has been updated. I have read it
twice and I do not understand it. Do I need to do anything, sign something or send it back?
Or does it simply apply?

Yours sincerely,
Irene Castellano (Mrs)
"""),
    S("When does the revised privacy policy take effect?"),
    N("new privacy policy what is diffrent"),
    S("Can you change the privacy policy without telling your customers?"),
    N("policy updated?? where can i see"),
    M(
        "Our company uses your service. In the case of revision of privacy policy, do you\n"
        "send notification to each customer? We want to know for our internal rule.",
        reg="jp",
    ),
    M(
        "Thank you for letting me know about the seminar. I plan to attend.\n\n"
        "Also, I heard that the privacy policy will be revised next year. When will the\n"
        "new one be announced?",
        reg="jp",
        quote="staff:4",
    ),
]

HOURS = [
    M("""
Subject: Are you open during Golden Week?

Thanks.
"""),
    M(
        "Got your automatic reply. So when will an actual person answer? It's Friday night\n"
        "and I'd rather not wait until Tuesday if Monday is a holiday.",
        reg="cons",
        quote="ack",
    ),
    M("""
Thank you, that's helpful.

> We will confirm the details with the department in charge and reply to you.
When can I expect that? Before the weekend?

> Our office will be closed from 29 December to 3 January.
Does that mean no answer at all during that time, even to e-mail?

Regards,
Hugo Maris

On Thu, Dec 3, 2026 at 11:30 AM Planet Management <info@planetmgmt.biz> wrote:
> Thank you for your inquiry.
> We will confirm the details with the department in charge and reply to you.
> Our office will be closed from 29 December to 3 January.
"""),
    S("What are your business hours?"),
    N("r u open on sat?"),
    M(
        "I sent inquiry on Saturday. Do you work on weekend? I am waiting your answer.",
        reg="jp",
    ),
    M(
        "Could you let us know your business hours over the year-end and New Year period?\n"
        "We have a deadline on 5 January and need to plan around it.",
        reg="biz",
    ),
    S("Do you answer inquiries at the weekend?"),
    N("what time ur office open"),
    M("how long does it usually take you to answer an email?", reg="cons", quote="ack"),
    M("""
Hello from Hamburg,

I am a customer of yours living in Germany. What are your office hours, please, and
can you give them in CET? I would like to know when I might reasonably expect an answer
to an e-mail, given the time difference.

Best wishes,
Jonas Albrecht
"""),
    S("Are you closed on public holidays?"),
    N("Do you work in holiday of new year?"),
    M(
        "How long does a disclosure request usually take, and does the Obon holiday in\n"
        "August slow it down? I need the documents for a visa application.",
        "disclosure",
        reg="biz",
    ),
    M("""
Are you available today? Need an answer before 5pm, otherwise it has to wait until
Monday and that's too late for us.

Sent from my iPhone
"""),
    S("How long until I get a reply?"),
    N("when u reply me? its been 3 days"),
    M(
        'Your web form says "we will reply shortly". What does shortly mean, in days? And\n'
        "is the desk staffed during the summer holidays?",
        reg="jp",
    ),
]


# ---------------------------------------------------------------------------------------------
# Off-topic: mail and lines that reach info@ and share the desk's vocabulary. Written whole.

OFF_TOPIC: list[tuple[str, str]] = [
    (
        "tenancy",
        """
Subject: Lease renewal for Unit 702 - tenant information form

Dear tenant,

Your lease for Unit 702 expires on 31 March 2027. To process the renewal, please return the
enclosed tenant information form with the names, dates of birth and contact details of
the persons who will occupy the unit. Personal information provided on the form is used
only for management of the lease.

Regards,
Lease Administration
Sakura Estate Management Co., Ltd.
""",
    ),
    (
        "tenancy",
        """
Hi, this is Ken from the 5th floor office next to yours. Our landlord says rent goes up
from April. Did you also get that letter? Are you planning to negotiate? Maybe we could
write together.

Ken Oda
Oda Design Studio
""",
    ),
    ("tenancy", "Could you confirm whether you intend to renew the office lease beyond March?"),
    (
        "tenancy",
        """
Dear Planet Management,

This is a notice from the owner's agent regarding the change of the property management
company for the building from 1 February. Your rent payment account will change. The new
company will contact you with its privacy notice and a new contract. No action is
required until then.

Sincerely,
Aoba Property Partners
""",
    ),
    ("tenancy", "Is the deposit for the 3rd floor storage room refundable when we move out?"),
    (
        "building",
        """
Subject: [Notice] Elevator inspection on 10 December

To all tenants,

The elevators of the building will be out of service on Thursday 10 December from 9:00 to
12:00 for the legally required inspection. Please use the stairs during this time. We
apologise for the inconvenience.

Building Management Office
Example Tower Shinbashi
""",
    ),
    (
        "building",
        """
Dear tenants,

Security card re-registration: from January the entrance gates will use new cards. Please
send the list of your staff (name, department, photo) by 18 December. The data will be
handled according to the building management company's privacy policy and deleted when a
card is returned.

Facility Management Desk
""",
    ),
    ("building", "The toilet on our floor has been leaking since this morning, can someone come?"),
    (
        "building",
        """
Hello,

Water will be shut off in the building on Sunday 13 December, 8:00-14:00, for pipe
cleaning. The office kitchenettes will not be usable. Please turn off any water heaters.

Thank you for your understanding,
Building Management
""",
    ),
    ("building", "What time does the building's front door lock at night on weekends?"),
    (
        "parking",
        """
Subject: Parking space 14 - renewal

Dear Planet Management,

Your contract for parking space 14 in the basement car park ends on 31 December. Please let
us know by 15 December whether you wish to renew for 2027. The monthly fee stays at
35,000 yen.

Best regards,
Parking Office, Example Tower
""",
    ),
    (
        "parking",
        """
hi, someone's white van has been parked in our visitor space (V3) all week. Plate ends in
-21. Is it one of yours? Can you ask them to move it, our clients have nowhere to park.

thanks
Noriko, 3F Kamiya Dental
""",
    ),
    ("parking", "Do you have a spare bicycle parking sticker for a new employee?"),
    (
        "parking",
        """
Hello,

I will visit your office next Tuesday at 14:00 by car. Is there visitor parking at the
building, and do I need to register the car number in advance?

Best regards,
Martin Hoyle
""",
    ),
    ("parking", "Can we rent a second parking space from January?"),
    (
        "invoice",
        """
Subject: Invoice INV-2026-1187 (December)

Dear Accounts Payable,

Please find attached our invoice INV-2026-1187 for cleaning services in November,
amount 88,000 yen (tax incl.), due 31 December. Bank details are on the invoice.

Kind regards,
Billing Team, Sparkle Office Services
""",
    ),
    (
        "invoice",
        """
Subject: REMINDER: payment overdue

Dear customer,

Our records show that invoice no. 55021 dated 31 October remains unpaid. Please arrange
payment within 7 days or contact us if you have already paid. If you have questions about
this invoice, contact our billing desk during business hours (weekdays 9:00-17:00).

Accounts Receivable
Kagi Print Co., Ltd.
""",
    ),
    ("invoice", "Could you reissue the November invoice with our new company address?"),
    (
        "invoice",
        """
Hello,

This is Sakai from Nishi Travel accounting. We received your payment for the October
charter, thank you, but it was 3,300 yen short, probably the bank transfer fee. Could you
check and pay the difference?

Sakai
""",
    ),
    ("invoice", "Please send the receipt for our payment of 2 December to the accounting team."),
    (
        "sales",
        """
Subject: Is your privacy policy APPI-ready for 2027?

Dear Person in Charge,

Sorry for the sudden e-mail. I am Ota from Compliance Navi Inc. We help companies like
yours review their privacy policy, handling of personal information and disclosure request
procedures in line with the latest amendments. Our first consultation is free.

Could we have 30 minutes online next week?

Ota Takeshi
Compliance Navi Inc.
""",
    ),
    (
        "sales",
        """
Hi there,

Are cookie banners costing you conversions? ConsentFlow lets your visitors manage consent,
opt out of tracking and request data deletion in one click, fully compliant with GDPR and
APPI. Book a demo and get three months free.

Unsubscribe | Privacy policy
ConsentFlow Ltd., 1 Example Street, London
""",
    ),
    (
        "sales",
        """
Dear Planet Management Co., Ltd.,

Data breaches cost Japanese companies an average of 400 million yen. Our security audit
team finds the weak points in your systems before attackers do: penetration testing,
personal information inventory, staff training. Reply to this mail with a convenient time
and we'll send a proposal.

Best regards,
Kazuya Mori, Sales
Bastion Security KK
""",
    ),
    ("sales", "We offer Privacy Mark certification support at a special price this month."),
    (
        "sales",
        """
Hello,

Your website contact form has a low response rate. With our AI chatbot, customers get
answers about opening hours, delivery, returns and privacy 24/7, even on holidays.
May I send you a short video?

Lucas Ferreira
Growth Manager, Answerly
""",
    ),
    ("sales", "Would you be interested in outsourcing your customer support desk to us?"),
    (
        "recruiting",
        """
Subject: Application for the customer support position

Dear Hiring Manager,

I am writing to apply for the customer support position advertised on your website. I
have three years of experience at a call centre in Osaka and I speak English and Japanese.
Please find my CV attached. I am available for an interview at any time.

Sincerely,
Maria Santos
""",
    ),
    (
        "recruiting",
        """
Hi,

I'm a recruiter at TalentBridge. We have several bilingual candidates with experience in
personal information handling and compliance who may fit your team. Shall I send
anonymised profiles? Our fee is 30% of the first-year salary.

Best,
Eric Han
""",
    ),
    ("recruiting", "Is the part-time data entry job still open? I can work weekends."),
    (
        "recruiting",
        """
Dear Planet Management,

Thank you for the interview on Monday. I wanted to ask when I might hear back about the
result. Also, I forgot to mention that I can start from February.

Kind regards,
Yuki Tamura
""",
    ),
    ("recruiting", "Do you accept internship applications from university students for summer?"),
    (
        "meeting",
        """
Subject: Re: Meeting on Thursday

Hi Sato-san,

Sorry, something came up on our side. Could we move Thursday's meeting from 15:00 to 16:30?
Same room. If that doesn't work, Friday morning is also fine.

Best,
Lisa
""",
    ),
    (
        "meeting",
        """
Dear all,

The quarterly review with Planet Management is confirmed for 9 December, 10:00-11:30,
online. Agenda: service levels, the privacy policy update on our side, next year's plan.
The Teams link follows in a separate invite.

Regards,
Henrik Dahl
""",
    ),
    ("meeting", "Can we push tomorrow's call to the afternoon?"),
    (
        "meeting",
        """
Hello,

For the workshop on the 15th we need the room for about 12 people with a projector. Could
you please confirm the room and send the address of your office?

Thanks,
Anna Berg
""",
    ),
    ("meeting", "Please find the minutes of yesterday's meeting attached."),
    (
        "press",
        """
Subject: Interview request - Tokyo Business Weekly

Dear PR team,

I am a reporter at Tokyo Business Weekly. We are preparing an article on how mid-sized
Japanese companies handle customer data requests after the law amendments. Could someone
from your company spare 30 minutes for a phone interview next week?

Best regards,
Naomi Sheldon
""",
    ),
    (
        "press",
        """
Hello,

We are compiling our annual survey of privacy practices at Tokyo companies. The
questionnaire takes about ten minutes. Results are published anonymously. Would you
participate? Deadline: 20 December.

Research team, Data Society Review
""",
    ),
    ("press", "Could you send us your company logo and a short profile for our article?"),
    (
        "press",
        """
Hi,

I host a small podcast on customer service in Japan. Would someone from your inquiry desk
like to talk about handling English-speaking customers? Recording is online and takes an
hour.

Cheers,
Owen
""",
    ),
    (
        "newsletter",
        """
Subject: Office Supply News - December

Year-end sale: up to 30% off on paper and toner!
Our warehouse is closed from 29 December to 4 January; orders placed then ship on 5 January.

You are receiving this newsletter because you are a registered customer. We handle your
personal information in accordance with our privacy policy. To unsubscribe or change your
e-mail address, visit My Account.
""",
    ),
    (
        "newsletter",
        """
HR Tech Digest, issue 48

- Five ways to speed up onboarding
- Webinar: the amended personal information law and employee data
- Case study: a 200-person company goes paperless

Manage your subscription | Privacy notice | Contact us
""",
    ),
    ("newsletter", "Sign up for our monthly newsletter on compliance trends!"),
    (
        "newsletter",
        """
Dear member,

Thank you for being part of the Tokyo SME Association. This month: tax changes, a
seminar on data protection (free for members) and our new office hours, Mon-Fri 9-17.

This e-mail was sent to members who agreed to receive information. To stop receiving it,
reply with "unsubscribe".
""",
    ),
    ("newsletter", "Weekly market report attached. Reply STOP to unsubscribe."),
    (
        "phishing",
        """
Subject: [Action required] Your account will be suspended

Dear user,

We detected unusual activity on your mailbox. To avoid suspension of your account and
deletion of your data, verify your identity within 24 hours:

http://mail-verify.example.net/login

IT Helpdesk
""",
    ),
    (
        "phishing",
        """
Dear Customer,

Your payment for the last order could not be processed. Please update your card details
and personal information to continue using our services. Failure to do so will result in
cancellation.

Update now: https://secure-pay-update.example.com
""",
    ),
    ("phishing", "You have a new voice message. Sign in with your e-mail password to listen."),
    (
        "phishing",
        """
Subject: Shared document: Revised Privacy Policy 2027.pdf

Planet Management has shared a document with you.
Revised Privacy Policy 2027.pdf
Open the document: https://docs-share.example.org/view
This link will expire in 48 hours.
""",
    ),
    ("phishing", "Your mailbox is 99% full. Click here to increase storage now."),
    (
        "vendor",
        """
Subject: Year-end and New Year holidays

Dear valued customer,

Please note that our offices will be closed from 26 December to 4 January. Orders and
inquiries received during this period will be handled from 5 January. We apologise for
any inconvenience.

Customer Service
Hayashi Logistics Co., Ltd.
""",
    ),
    (
        "vendor",
        """
Dear customer,

We are writing to inform you that we have updated our Privacy Policy effective 1 January
2027. The changes clarify how we use cookies and how you can request access to or
deletion of your data. No action is required on your part.

The CloudDesk Team
""",
    ),
    ("vendor", "Notice: our support phone line will change to 03-5555-0177 from next month."),
    (
        "vendor",
        """
Hello,

We regret to inform you that the "FormBox" service you use for your website contact form
will end on 31 March 2027. Please export your data before then. Our support team can
help you migrate to FormBox Pro.

FormBox Support
""",
    ),
    ("vendor", "Scheduled maintenance: our invoicing system is unavailable on Sunday 2:00-6:00."),
    (
        "other",
        """
Hi Jake,

Here are the photos from the barbecue, as promised! Let's do it again in spring.

Emma

(Sorry if this reached the wrong person - I think I mistyped the address.)
""",
    ),
    (
        "other",
        """
Dear Planet Management,

I just wanted to say thank you to the lady at your desk who helped me on the phone last
week. She was very patient with my bad Japanese. Please pass on my thanks.

Best,
Chloe
""",
    ),
    ("other", "test"),
    (
        "other",
        """
Hello,

I think this was meant for another Planet Management, the one in Osaka that manages
apartments? I'm looking for the contact of the apartment manager for Planet Heights.
Sorry to bother you.

Ryan
""",
    ),
    ("other", "Happy New Year to everyone at Planet Management! Looking forward to 2027."),
    (
        "invoice",
        """
Thanks, received. One correction though: the invoice should be addressed to our Tokyo
branch, not head office. Could you resend it? The amount is fine.

Keiko Sugimoto
Accounts, Minato Works Co., Ltd.

On Mon, Nov 30, 2026 at 5:02 PM Planet Management <info@planetmgmt.biz> wrote:
> Dear Ms Sugimoto,
>
> Please find attached our invoice for the November seminar fee.
> Personal information in this mail is handled according to our privacy policy.
""",
    ),
    (
        "meeting",
        """
Tuesday works for us, see you at 11. I'll bring Ito-san from our legal team.

Best,
Greg

________________________________
From: Planet Management Inquiry Desk <info@planetmgmt.biz>
Sent: Wednesday, December 2, 2026 3:44 PM
To: Greg Hartmann
Subject: RE: Follow-up meeting

Dear Mr Hartmann,
Would Tuesday 8 December at 11:00 suit you for the follow-up meeting on the privacy
section of the contract?
""",
    ),
    (
        "other",
        """
Thank you very much, that solved it! No further questions.

Lily

On 1 Dec 2026, at 18:20, Planet Management <info@planetmgmt.biz> wrote:

> This is an automatic reply. We have received your inquiry (reference 20261201-0044).
> It reached us outside our business hours, so staff will reply on the next business day.
""",
    ),
]

IN_SCOPE: dict[str, list[Q]] = {
    "collection": COLLECTION,
    "purpose": PURPOSE,
    "third-party": THIRD_PARTY,
    "joint-use": JOINT_USE,
    "disclosure": DISCLOSURE,
    "correction": CORRECTION,
    "suspension": SUSPENSION,
    "contact": CONTACT,
    "changes": CHANGES,
    "hours": HOURS,
}

DEV_SLOTS = (2, 5, 8)  # of every ten items dealt, these go to dev: 30 %


class Dealer:
    """Deals a pool's entries in shuffled rounds, so that every entry is used before any
    entry repeats."""

    def __init__(self, pool: list[str], rng: random.Random) -> None:
        self.pool, self.rng, self.left = pool, rng, list[str]()

    def next(self) -> str:
        if not self.left:
            self.left = list(self.pool)
            self.rng.shuffle(self.left)
        return self.left.pop()


def quoted(text: str, prefix: str) -> str:
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.split("\n"))


class Wrapper:
    def __init__(self, rng: random.Random) -> None:
        self.greet = {k: Dealer(v, rng) for k, v in GREETINGS.items()}
        self.close = {k: Dealer(v, rng) for k, v in CLOSINGS.items()}
        self.sign = {k: Dealer(v, rng) for k, v in SIGNATURES.items()}
        self.heads = Dealer([f"{h}\x00{p}" for h, p in QUOTE_HEADS], rng)
        self.acks = Dealer(ACKS, rng)
        self.staff = Dealer(STAFF, rng)
        self.ref = 30

    def wrap(self, q: Q) -> str:
        if not q.reg:
            return q.text
        greeting = self.greet[q.reg].next()
        closing = self.close[q.reg].next()
        signature = self.sign[q.reg].next()
        parts = [greeting] if greeting else []
        parts.append(q.text)
        parts.append(f"{closing}\n{signature}" if closing else signature)
        mail = "\n\n".join(parts)
        if not q.quote:
            return mail
        if q.quote == "ack":
            self.ref += 7
            earlier = self.acks.next().format(ref=f"20261130-{self.ref:04d}")
            subject = "[Auto-reply] We have received your inquiry"
        elif q.quote.startswith("staff:"):
            earlier = STAFF[int(q.quote.split(":")[1])]
            subject = "RE: Your inquiry"
        else:
            earlier = self.staff.next()
            subject = "RE: Your inquiry"
        head, prefix = self.heads.next().split("\x00")
        head = head.format(subj=subject)
        return f"{mail}\n\n{head}\n{quoted(earlier, prefix)}"


def carries_earlier_mail(q: Q) -> bool:
    markers = ("\n>", "wrote:", "Forwarded", "From:", "転送", "Begin forwarded")
    return bool(q.quote) or any(m in q.text for m in markers)


def build() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    wrapper = Wrapper(random.Random(SEED))
    dev: list[dict[str, object]] = []
    test: list[dict[str, object]] = []
    # Dealt per kind, two-ask items and mails carrying earlier mail apart, so that each of
    # those is split 30/70 as well.
    dealt: dict[tuple[str, bool, bool], int] = {}
    for section, questions in IN_SCOPE.items():
        for n, q in enumerate(questions, 1):
            line: dict[str, object] = {
                "id": f"f5en-{section}-{n:02d}",
                "lang": "en",
                "kind": q.kind,
                "sections": [section, *q.also],
                "text": wrapper.wrap(q),
            }
            key = (q.kind, bool(q.also), carries_earlier_mail(q))
            k = dealt.get(key, 0)
            dealt[key] = k + 1
            (dev if k % 10 in DEV_SLOTS else test).append(line)
    counts: dict[str, int] = {}
    ordered = sorted(OFF_TOPIC, key=lambda item: TOPICS.index(item[0]))
    for k, (topic, text) in enumerate(ordered):
        counts[topic] = counts.get(topic, 0) + 1
        line = {
            "id": f"f5en-off-{topic}-{counts[topic]:02d}",
            "lang": "en",
            "kind": "off-topic",
            "sections": ["none"],
            "topic": topic,
            "text": text.strip("\n"),
        }
        (dev if k % 10 in DEV_SLOTS else test).append(line)
    return dev, test


def check(dev: list[dict[str, object]], test: list[dict[str, object]]) -> None:
    ids = [line["id"] for line in dev + test]
    if len(ids) != len(set(ids)):
        sys.exit("duplicate ids")
    texts = [line["text"] for line in dev + test]
    if len(texts) != len(set(texts)):
        sys.exit("duplicate texts")
    for line in dev + test:
        sections = line["sections"]
        assert isinstance(sections, list)
        if line["kind"] not in ("short", "noisy", "mail", "off-topic"):
            sys.exit(f"{line['id']}: bad kind {line['kind']}")
        if line["kind"] == "off-topic":
            if sections != ["none"] or line.get("topic") not in TOPICS:
                sys.exit(f"{line['id']}: off-topic lines need sections none and a topic")
        elif (
            not sections
            or len(set(sections)) != len(sections)
            or any(s not in SECTIONS for s in sections)
            or "topic" in line
        ):
            sys.exit(f"{line['id']}: bad sections {sections}")
        if not str(line["text"]).strip():
            sys.exit(f"{line['id']}: empty text")
    for name, split in (("dev", dev), ("test", test)):
        covered = {s for line in split for s in line["sections"]}  # type: ignore[attr-defined]
        missing = [s for s in (*SECTIONS, "none") if s not in covered]
        if missing:
            sys.exit(f"{name} lacks {missing}")


def main() -> None:
    dev, test = build()
    check(dev, test)
    # The part that was test is dev since it was scored once (module docstring).
    for name, split in (("dev", dev), ("dev2", test)):
        path = HERE / f"fresh5en-{name}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for line in split:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        kinds = {k: sum(1 for x in split if x["kind"] == k) for k in ("short", "noisy", "mail")}
        off = sum(1 for x in split if x["kind"] == "off-topic")
        print(f"{path.name}: {len(split)} items, {kinds}, off-topic {off}")


if __name__ == "__main__":
    main()
