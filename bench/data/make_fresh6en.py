"""Write fresh6en-dev.jsonl and fresh6en-test.jsonl: the English half of a sixth unseen
labelled set of inquiries to the desk's info@ address.

Run from the repository root:

    .venv/bin/python bench/data/make_fresh6en.py

Written by hand by a writer who had never seen the matcher, its FAQ phrasings or any other
labelled set. The writer read only the privacy policy the answers come from, the table of FAQ
sections, a reference on how business mail is written, signed, quoted and forwarded,
`bench/data/labels.py`, the line format of `bench/data/README.md` and `SECTIONS` (imported
below). Every question and every off-topic mail is written out in full; only the wrapping of
the in-scope mails (greeting, closing, signature and, in about a quarter of them, quoted or
forwarded earlier mail) is drawn from the pools below, with a fixed seed, so the output is the
same on every run.

Split by question: each question group (a question with its mail, short and noisy forms) is
dealt, per section, round-robin, one in three to dev and the rest to test, so that no variant of
a test question is in dev; off-topic items are dealt the same way per topic. The script checks
its own output (unique ids, valid sections, kinds and topics, every section and every topic in
both splits) before it writes anything.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from labels import TOPICS  # noqa: E402

from casework.faq import SECTIONS  # noqa: E402

SEED = 6061
KINDS = ("short", "mail", "noisy", "off-topic")

# ---------------------------------------------------------------- wrapping pools (in-scope mails)

GREETINGS = (
    "Hello,",
    "Hi there,",
    "Dear Sir or Madam,",
    "Dear Inquiry Desk,",
    "To whom it may concern,",
    "Good afternoon,",
    "Dear Planet Management team,",
    "Hello Planet Management,",
    "Hi,",
    "Dear Customer Service,",
    "Good morning.",
    "Dear sirs,",
    "Hello, hope you are well.",
    "Hi team,",
    "Dear Privacy Officer,",
    "Greetings,",
    "Hello again,",
    "Dear colleagues,",
    "Hey,",
    "Dear Planet Management Co., Ltd.,",
)

CLOSINGS = (
    "Thanks in advance.",
    "Best regards,",
    "Kind regards,",
    "Thank you for your help.",
    "Regards,",
    "Looking forward to your reply.",
    "Many thanks,",
    "Yours faithfully,",
    "Cheers,",
    "I would appreciate a reply at your earliest convenience.",
    "Thanks,",
    "Sincerely,",
    "With thanks,",
    "Best,",
    "Thank you very much.",
    "Warm regards,",
    "Rgds,",
    "Thank you for your time.",
)

SIGNATURES = (
    "Margaret Olsen",
    "Tom",
    "K. Yamamoto",
    "-- \nDaniel Ferreira\n+81 80-5555-0192",
    "Priya Raman\nSent from my iPhone",
    "Sent from my Android phone",
    "Lucas Martin\nProcurement | Brightwell Logistics K.K.\n"
    "+81 3-5555-0147 | l.martin@brightwell.example.com",
    "Hannah Schulz\nData Protection Coordinator\nKessler Trading GmbH, Tokyo Branch\n"
    "Tel +81 3 5555 0133\nwww.kessler-trading.example.com",
    "Mr. Haruo Inoue\n2-4-11 Sample-cho, Setagaya-ku, Tokyo 154-0000\nTel. 03-5555-0101",
    "Jenny\n\nGet Outlook for Android",
    "Rahul Mehta\nSent from Yahoo Mail on Android",
    "________________________________\nSophie Laurent | Office Manager\n"
    "Laurent & Park Architects\nsophie@laurentpark.example.com",
    "A. Nguyen",
    "Chris O'Neill\nSent from Outlook for iOS",
    "Best wishes from Osaka,\nEmily Carter",
    "=====================\nMaria Gonzalez\nmaria.gonzalez@example.com\n=====================",
    "Robert Chen, Attorney at Law\nChen & Associates\n555 Example Avenue, Suite 12\n"
    "CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you have "
    "received it in error, please notify the sender and delete it.",
    "Aiko Smith (member no. 20418831)",
    "Ben\nSent from my iPad",
    "Olga Petrova\nEnglish teacher, Chiba\n090-5555-0178",
    "Sam W.",
    "--\nJames Whitfield\nHead of Vendor Risk | Northgate Insurance Services\nM: +44 7700 900123\n"
    "Please consider the environment before printing this e-mail.",
    "Nadia",
    "Linh Tran\nInternational Student Office volunteer",
    "Kenji Sato / 佐藤 健二\nTel: 090-5555-0166",
    "Regards from a long-time customer,\nMrs. D. Hughes",
    "Felipe\n\nSent from Mail for Windows",
    "Grace Kim\nHR Operations, Aster Foods Japan\nDirect: 03-5555-0109",
)

QUOTE_HEADERS = (
    (
        "On Tue, Dec 1, 2026 at 10:14 AM Planet Management Inquiry Desk <info@planetmgmt.biz> "
        "wrote:",
        "> ",
    ),
    (
        "On Mon, Nov 30, 2026 at 6:02 PM Inquiry Desk, Planet Management Co., Ltd. <\n"
        "info@planetmgmt.biz> wrote:",
        "> ",
    ),
    ("On 27 Nov 2026, at 09:41, info@planetmgmt.biz wrote:", "> "),
    (
        "-----Original Message-----\nFrom: Planet Management Co., Ltd. "
        "[mailto:info@planetmgmt.biz]\n"
        "Sent: Wednesday, November 25, 2026 4:30 PM\nTo: customer\n"
        "Subject: RE: Your inquiry",
        "",
    ),
    (
        "________________________________\nFrom: Inquiry Desk <info@planetmgmt.biz>\n"
        "Sent: Friday, November 20, 2026 11:02\nTo: me\nSubject: Re: question",
        "",
    ),
    ("On 2026/11/18 15:20, Inquiry Desk wrote:", ">"),
    ("2026年11月30日(月) 9:05 Planet Management <info@planetmgmt.biz>:", "> "),
    ("On Thu, 19 Nov 2026 13:45:10 +0900\nPlanet Management <info@planetmgmt.biz> wrote:", "> "),
    (
        "---------- Forwarded message ---------\nFrom: Planet Management <info@planetmgmt.biz>\n"
        "Date: Tue, Nov 24, 2026 at 2:11 PM\nSubject: Notice to our customers\nTo: <me>",
        "",
    ),
    (
        "Begin forwarded message:\n\nFrom: Planet Management Co., Ltd. <info@planetmgmt.biz>\n"
        "Date: 17 November 2026 at 10:00:00 JST\nSubject: Your membership",
        "",
    ),
    (
        "-------- Forwarded Message --------\nSubject:\tRe: my earlier mail\n"
        "Date:\tWed, 2 Dec 2026 08:12:44 +0900\nFrom:\tme",
        "",
    ),
    (
        "I sent this last week and heard nothing, so here it is again:\n\n"
        "-----Original Message-----\nFrom: me\nSent: Monday, November 23, 2026 21:40\n"
        "To: info@planetmgmt.biz\nSubject: question",
        "",
    ),
)

QUOTED_TEXTS = (
    "Thank you for contacting the Inquiry Desk of Planet Management Co., Ltd.\n"
    "This is an automatic reply. We have received your message and will answer\n"
    "on our next business day.",
    "Dear customer,\nThank you for your message. Could you tell us your membership number\n"
    "so that we can look into this?\nInquiry Desk",
    "Hello,\nI have a question about my account, I will write again with the details.",
    "Thank you for your inquiry. We handle customer information in accordance with\n"
    "our privacy policy, which is posted on our website.\nBest regards,\nInquiry Desk",
    "Dear member,\nThank you for using our service. Please find below some information\n"
    "about your membership and the benefits available this season.",
    "Hi, quick question about the app - does it work on older phones?",
    "Thank you for your patience. We are looking into your request and will\n"
    "contact you again shortly.",
    "We have received your message. Please note that replies may take longer\n"
    "around public holidays.",
)

# ---------------------------------------------------------------- in-scope questions
# Each group: (sections, [(form, text), ...]). form M: a mail body, wrapped from the pools;
# W: a whole mail as written here (kind mail); S: a short question (kind short); N: noisy.
Group = tuple[tuple[str, ...], list[tuple[str, str]]]

COLLECTION: list[Group] = [
    (
        ("collection",),
        [
            (
                "M",
                'I signed up for your app last month by pressing "Continue with Google". '
                "What exactly did you receive from Google when I did that? Only my e-mail address, "
                "or also my contacts and calendar? I would like to know before I link anything "
                "else.",
            ),
            ("S", "what do you get from my google account when I log in with it"),
        ],
    ),
    (
        ("collection",),
        [
            (
                "M",
                "My grandson put your membership on my telephone for me. I would like to know "
                "which of my personal particulars your company keeps on file. I am 81 years old "
                "and I do not use the computer much, so a plain answer would be a great help.",
            ),
        ],
    ),
    (
        ("collection",),
        [
            ("S", "Do you store my date of birth?"),
            ("N", "wat info do u guys collect when i use the website?? cookies n stuff?"),
        ],
    ),
    (
        ("collection",),
        [
            (
                "M",
                "We are about to roll your service out to around 40 members of staff. Before "
                "that, our data protection team needs a list of the categories of personal data "
                "your company obtains from users, including anything captured automatically, such "
                "as service usage history or IDs from external services.",
            ),
        ],
    ),
    (
        ("collection",),
        [
            (
                "M",
                "Bit of a long story. Last Sunday I looked at your website for maybe five minutes, "
                "just reading about the membership, I never registered. Since then I keep seeing "
                "things on other sites that make me think my visit was noted somewhere. Does your "
                "website record the pages I look at even when I am not a member?",
            ),
        ],
    ),
    (
        ("collection",),
        [
            (
                "N",
                "Hello, I am from Vietnam. I want know which my informations your company is "
                "taking "
                "when I register. Only name or also address and phone number?",
            ),
        ],
    ),
    (
        ("collection",),
        [
            (
                "M",
                "My daughter is 15 and she made an account with you without asking me. I am not "
                "angry with your company, I just want to understand what information about her "
                "you will have received when she signed up.",
            ),
            ("S", "What details do you collect from children who register?"),
        ],
    ),
    (
        ("collection",),
        [
            ("S", "When I link my Facebook to your service, what can you see from my profile?"),
        ],
    ),
    (
        ("collection",),
        [
            (
                "M",
                "I was filling in your sign-up form and it wants my birthday, my home address and "
                "a phone number just to use an app. That seems like a lot. Is all of that kept by "
                "you afterwards, or is some of it only checked once?",
            ),
        ],
    ),
    (
        ("collection",),
        [
            ("N", "does the app keep my usage history?? like every time i open it and what i tap"),
        ],
    ),
]

PURPOSE: list[Group] = [
    (
        ("purpose",),
        [
            (
                "M",
                "Why do you need my date of birth? I cannot think of a reason a service like yours "
                "would need it, and I would like to know what it is used for before I enter it.",
            ),
            ("S", "what is my birthday used for"),
        ],
    ),
    (
        ("purpose",),
        [
            ("S", "Apart from sending receipts, what do you use my e-mail address for?"),
        ],
    ),
    (
        ("purpose",),
        [
            (
                "M",
                "Ever since I registered with you I have been followed around the internet by "
                "adverts for your services. Brilliant. Are you using what I do on your site to aim "
                "advertising at me? If so I would like to hear it from you plainly.",
            ),
        ],
    ),
    (
        ("purpose",),
        [
            ("N", "y do u track my visits on the site?? for what purpose exactly"),
        ],
    ),
    (
        ("purpose",),
        [
            (
                "M",
                "As part of our annual supplier review, please confirm the purposes for which you "
                "use personal data of our employees who hold accounts with you, in particular "
                "whether traffic and behaviour measurement data are used for delivering "
                "advertisements or for measuring their effect.",
            ),
        ],
    ),
    (
        ("purpose",),
        [
            (
                "M",
                "I only gave you my e-mail so I could log in, but now I get messages about changes "
                "to your terms and so on. Is that something you are allowed to use my address for? "
                "What else might it be used for?",
            ),
        ],
    ),
    (
        ("purpose",),
        [
            ("S", "Is my personal information used for marketing?"),
            ("N", "r u using my data for ads or not"),
        ],
    ),
    (
        ("purpose",),
        [
            (
                "N",
                "Excuse me, for which purpose you are using the customer informations? I am "
                "university student and I write report about privacy of japanese company.",
            ),
        ],
    ),
    (
        ("purpose", "third-party"),
        [
            (
                "M",
                "hi im 16 and my mum says apps like yours sell how long you use them. why does the "
                "app need to know how long i use it for? and do you actually sell that to anyone",
            ),
        ],
    ),
    (
        ("purpose",),
        [
            (
                "M",
                "We act for Ms. Caroline Bishop, a registered user of your service. On her "
                "instructions we ask you to set out the purposes for which her personal data have "
                "been used since she registered in 2023.",
            ),
        ],
    ),
]

THIRD_PARTY: list[Group] = [
    (
        ("third-party", "joint-use"),
        [
            (
                "M",
                "Yesterday a man from an insurance company phoned me and used my full name. When I "
                'asked where he got my number he said it came from "a partner". The only place I '
                "have given that mobile number recently is your membership form. Did my number go "
                "from you to them?",
            ),
            ("S", "how did an insurance company get my phone number from you"),
        ],
    ),
    (
        ("third-party",),
        [
            ("S", "Do you sell customer data to other companies?"),
        ],
    ),
    (
        ("third-party",),
        [
            ("N", "did u give my adress to someone?? getting junk mail since i joined ur thing"),
        ],
    ),
    (
        ("third-party",),
        [
            (
                "M",
                "Would you hand my information over to the police or the city office if they asked "
                "for it, without telling me first? I am not in any trouble, I just want to know "
                "how it works.",
            ),
        ],
    ),
    (
        ("third-party",),
        [
            (
                "M",
                "Our company is reviewing its suppliers. Please confirm whether personal data "
                "registered by our staff are ever provided to third parties without the person's "
                "prior consent, and if so in which cases.",
            ),
        ],
    ),
    (
        ("third-party",),
        [
            ("S", "If I sign in with LINE, does my information get passed back to LINE?"),
        ],
    ),
    (
        ("third-party",),
        [
            (
                "M",
                "Congratulations, your company is now my most reliable source of post. Three "
                "letters a week from an estate agent who knows my name, my address and even my "
                "flat number, and I have never dealt with them. I gave those details to exactly "
                "one company this year. Who did you pass them on to?",
            ),
        ],
    ),
    (
        ("third-party",),
        [
            (
                "N",
                "Please teach me, your company give my personal informations to other company "
                "without my agree? I did not agree anything.",
            ),
        ],
    ),
    (
        ("third-party",),
        [
            (
                "M",
                "We represent Mr. Daisuke Okabe. Last month our client was contacted by a debt "
                "collection agency that held his current address, which he had provided only to "
                "your company. We ask you to confirm whether you provided his personal data to "
                "any third party and, if so, on what basis.",
            ),
        ],
    ),
    (
        ("third-party",),
        [
            ("S", "Can the government get my data from you without my permission?"),
            ("N", "can goverment see my info from u without asking me"),
        ],
    ),
]

JOINT_USE: list[Group] = [
    (
        ("joint-use",),
        [
            (
                "M",
                "I registered with you in the spring and since October I have had e-mails from a "
                "Planet company I had never heard of. They know my name and what I use. Is my "
                "information shared within your group? Nobody told me.",
            ),
            ("S", "Is my data shared with the other Planet companies?"),
        ],
    ),
    (
        ("joint-use",),
        [
            ("S", "Which companies in the Planet Group are allowed to use my information?"),
        ],
    ),
    (
        ("joint-use",),
        [
            ("N", "my info shared with planet group companys?? which ones"),
        ],
    ),
    (
        ("joint-use",),
        [
            (
                "M",
                "Your privacy policy mentions joint use with group companies and business "
                "partners. For our records, please identify the partners concerned, the items of "
                "personal data used jointly, and the person responsible for managing them.",
            ),
        ],
    ),
    (
        ("joint-use",),
        [
            (
                "M",
                "When my details are used by your business partners, who is actually responsible "
                "for them? If something goes wrong at the partner's end, do I go to them or to "
                "you?",
            ),
        ],
    ),
    (
        ("joint-use",),
        [
            ("S", "does joint use include my service usage history too"),
        ],
    ),
    (
        ("joint-use", "third-party"),
        [
            (
                "M",
                'I received a brochure from a home services firm with "Planet" in its name, '
                "addressed to me personally. I am a customer of Planet Management only. Are the "
                "two firms related, and did they get my address from you?",
            ),
        ],
    ),
    (
        ("joint-use",),
        [
            (
                "N",
                'Hello. In your policy I read "joint use". What is mean? My data go to partner '
                "company and for what purpose they use it?",
            ),
        ],
    ),
    (
        ("joint-use",),
        [
            (
                "M",
                'Quick one: under "joint use" do your partners get our staff\'s e-mail addresses '
                "and phone numbers? I need a yes or no for the board pack on Thursday.",
            ),
        ],
    ),
    (
        ("joint-use", "suspension"),
        [
            (
                "M",
                "I am happy to keep my account, but I do not want my details to be used by your "
                "group companies or partners. Can I refuse the joint use and still use the "
                "service? If yes, please treat this mail as my request.",
            ),
        ],
    ),
]

DISCLOSURE: list[Group] = [
    (
        ("disclosure",),
        [
            (
                "M",
                "I would like a copy of all the personal information you hold about me. Could you "
                "tell me how to make the request, what I need to send and whether there is a fee?",
            ),
            ("S", "How do I request disclosure of my personal data?"),
        ],
    ),
    (
        ("disclosure",),
        [
            ("N", "can i see wat data u have on me"),
        ],
    ),
    (
        ("disclosure",),
        [
            (
                "W",
                "Subject: Request for disclosure of personal data - our client Ms. Yuki Harada\n\n"
                "Dear Sirs,\n\nWe act for Ms. Yuki Harada (date of birth 14 March 1988), who has "
                "been a member of your service since 2021. Our letter of authority is attached.\n\n"
                "On her behalf we request disclosure of all personal data your company holds "
                "concerning her, including her service usage history. Please let us know the "
                "procedure and any fee, and whether you accept a request made through an agent.\n\n"
                "Yours faithfully,\n\nMiyuki Tanabe\nParalegal, Tanabe & Rowe Law Office\n"
                "Tel 03-5555-0115",
            ),
        ],
    ),
    (
        ("disclosure",),
        [
            (
                "M",
                "My father passed away in October. He had been a customer of yours for some years. "
                "As his son and the executor of his estate, am I able to see the information your "
                "company held about him? I can send the death certificate if needed.",
            ),
        ],
    ),
    (
        ("disclosure",),
        [
            (
                "M",
                "I want to ask for my information to be disclosed, but I no longer live at the "
                "address you have on file. What identification do I need to send, and can it be "
                "sent to my new address?",
            ),
        ],
    ),
    (
        ("disclosure",),
        [
            ("S", "Can I get a copy of my usage history?"),
        ],
    ),
    (
        ("disclosure",),
        [
            (
                "N",
                "I want to receive the personal data about me which your company is keeping. "
                "Which documents is necessary for this?",
            ),
        ],
    ),
    (
        ("disclosure",),
        [
            (
                "M",
                "My son is 12 and has an account with you that I agreed to. As his parent, may I "
                "see what you store about him? I would like to check it together with him.",
            ),
        ],
    ),
    (
        ("disclosure",),
        [
            (
                "M",
                "I am in a dispute with a former partner who used to have the password to my "
                "account. My solicitor has asked me to find out what is recorded in the account, "
                "in particular which addresses and phone numbers are on it now. Can you give me "
                "that in writing?",
            ),
        ],
    ),
    (
        ("disclosure", "correction"),
        [
            (
                "M",
                "Two things please. First, I would like to see what personal data you hold on me. "
                "Second, if my old work e-mail is still on there, please replace it with this "
                "address, as I left that job in the summer.",
            ),
        ],
    ),
]

CORRECTION: list[Group] = [
    (
        ("correction",),
        [
            (
                "M",
                "I moved house at the end of November. Please update my address to 3-8-2 Example, "
                "Nerima-ku, Tokyo 176-0000. My phone number stays the same.",
            ),
            ("S", "how do I change my address on file"),
        ],
    ),
    (
        ("correction",),
        [
            ("S", "How do I delete my account and all my data?"),
        ],
    ),
    (
        ("correction",),
        [
            ("N", "my birthday is wrong in ur system pls fix it, its 2 may not 5 feb"),
        ],
    ),
    (
        ("correction",),
        [
            (
                "M",
                "I got married in September and my surname has changed from Walsh to Fujita. "
                "Could you change the name on my membership? Please tell me if you need to see a "
                "document for it.",
            ),
        ],
    ),
    (
        ("correction",),
        [
            (
                "W",
                "Subject: my late mother's account\n\nHello,\n\nI am writing about my mother, "
                "Mrs. Eleanor Baines, who died on 2 November. She used your service for several "
                "years. I have no wish to keep anything open in her name and would be grateful if "
                "her account and her personal information could be deleted. I can send a copy of "
                "the death certificate and proof that I am her daughter.\n\nThank you for your "
                "understanding.\n\nRuth Baines",
            ),
        ],
    ),
    (
        ("correction",),
        [
            (
                "M",
                "Your records still have my old mobile number. Someone else has that number now "
                "and he rang me through a friend to say he keeps getting your calls for me. Please "
                "correct it: the new one is 090-5555-0183.",
            ),
        ],
    ),
    (
        ("correction",),
        [
            ("N", "plz delet all my infomation, i dont use ur service any more"),
        ],
    ),
    (
        ("correction",),
        [
            (
                "M",
                "ok so when i made my account i was 13 and i put a fake birthday so it would let "
                "me in lol. im older now and i want it to be my real one. can you change it or do "
                "i have to make a new account",
            ),
        ],
    ),
    (
        ("correction",),
        [
            ("S", "Can you add a second phone number to my record?"),
        ],
    ),
    (
        ("correction",),
        [
            (
                "M",
                'This is the third time I am writing. My name is spelled "Mathew" on every '
                "single letter and e-mail you send. It is Matthew, with two t's. Please correct "
                "it in your records, and this time confirm that it has been done.",
            ),
            ("N", "my name is spelt wrong AGAIN!!! matthew 2 t's pls correct"),
        ],
    ),
]

SUSPENSION: list[Group] = [
    (
        ("suspension",),
        [
            (
                "M",
                "I do not want my information used for advertising or for tracking what I do on "
                "your site. I am happy to keep using the service otherwise. Please stop using my "
                "data for those purposes.",
            ),
            ("S", "how do i stop you using my data for ads"),
        ],
    ),
    (
        ("suspension",),
        [
            ("S", "How do I withdraw my consent?"),
        ],
    ),
    (
        ("suspension",),
        [
            ("N", "STOP sending me emails!!!!! unsubscribe me now"),
        ],
    ),
    (
        ("suspension",),
        [
            (
                "M",
                "In the summer a young man at the station asked me to fill in a short survey for a "
                "free gift card. No gift card ever came, but a few weeks later I started getting "
                "mail from your company. I feel my details were obtained under false pretences and "
                "I want you to stop using them.",
            ),
        ],
    ),
    (
        ("suspension",),
        [
            (
                "M",
                "We act for Ms. Tomoko Reyes. We have reason to believe that her personal data "
                "have "
                "been used beyond the purposes published in your privacy policy. On her behalf we "
                "request that you suspend all use of her personal data pending your investigation, "
                "and that you notify us of the outcome.",
            ),
        ],
    ),
    (
        ("suspension",),
        [
            ("S", "Can I opt out of behaviour tracking but keep the app?"),
        ],
    ),
    (
        ("suspension",),
        [
            (
                "N",
                "I want you stop to use my personal information. But I not want to delete my "
                "account. It is possible?",
            ),
        ],
    ),
    (
        ("suspension", "correction"),
        [
            (
                "M",
                "My husband passed away in the summer and letters and e-mails from your company "
                "still come in his name. Each one is upsetting. Please stop sending anything to "
                "him, and remove his details if that is possible.",
            ),
        ],
    ),
    (
        ("suspension",),
        [
            (
                "M",
                "Your company keeps telephoning me about special offers. I am 84 and I find the "
                "calls confusing. I did not ask for them. Please make them stop.",
            ),
        ],
    ),
    (
        ("suspension",),
        [
            (
                "M",
                "Since I joined, my phone has buzzed with your notifications every single morning "
                "at 7. I never agreed to that, and it is not what I signed up for.",
            ),
            ("N", "ur notifications every morning 7am... i never said yes to that. turn it off"),
        ],
    ),
]

CONTACT: list[Group] = [
    (
        ("contact",),
        [
            ("S", "What is the phone number for questions about personal information?"),
            ("N", "phone number for privacy question pls"),
        ],
    ),
    (
        ("contact",),
        [
            (
                "M",
                "I am unhappy with the way my personal data was handled when I cancelled. Who do "
                "I complain to about this? Is there a particular department, or is this e-mail "
                "address the right place?",
            ),
        ],
    ),
    (
        ("contact",),
        [
            ("N", "whats the adress of ur office, i want to send a letter about my data"),
        ],
    ),
    (
        ("contact",),
        [
            (
                "M",
                "I am from Brazil and my Japanese is not good. Is there somebody at the inquiry "
                "desk who speaks English, and may I call by telephone instead of writing?",
            ),
        ],
    ),
    (
        ("contact",),
        [
            (
                "M",
                "I want to send a formal complaint by post about how my information was used. "
                "Which department should I address it to, and what is the full postal address?",
            ),
        ],
    ),
    (
        ("contact",),
        [
            (
                "M",
                "Who is responsible for personal information at your company? I need a "
                "department name and contact for our vendor register. Nothing else needed.",
            ),
        ],
    ),
    (
        ("contact",),
        [
            ("S", "Is this address the right place to ask about my personal data?"),
        ],
    ),
    (
        ("contact",),
        [
            ("N", "hi who i talk to about privacy problem? phone is ok?"),
        ],
    ),
    (
        ("contact", "hours"),
        [
            (
                "M",
                "I tried to ring 03-6265-0193 twice this afternoon and it just rang out. Is that "
                "still the right number for the personal information desk, and when is someone "
                "there to pick up?",
            ),
        ],
    ),
    (
        ("contact",),
        [
            (
                "M",
                "Is there an actual human being I can speak to? Your website has a form that "
                'promises a response "shortly". I would rather talk to a person about my data, '
                "so please just give me a name or a number.",
            ),
        ],
    ),
]

CHANGES: list[Group] = [
    (
        ("changes",),
        [
            (
                "M",
                "I received an e-mail saying that your privacy policy has changed. It did not say "
                "what changed. Could you tell me what is different and from when the new version "
                "applies?",
            ),
            ("S", "what changed in the privacy policy and from when"),
        ],
    ),
    (
        ("changes",),
        [
            ("S", "How will I be told if the privacy policy changes?"),
        ],
    ),
    (
        ("changes",),
        [
            ("N", "did u change the privacy policy?? when"),
        ],
    ),
    (
        ("changes",),
        [
            (
                "M",
                "Our contract with you requires notice of any revision to your handling of "
                "personal data. Please tell us how you announce revisions of your privacy policy "
                "and how much notice is given before a revised policy takes effect.",
            ),
        ],
    ),
    (
        ("changes",),
        [
            (
                "M",
                "Can you really change the privacy policy whenever you like, without my "
                "agreement? I signed up under one set of rules and I expect those to be the ones "
                "that apply to me.",
            ),
        ],
    ),
    (
        ("changes",),
        [
            ("S", "When was your privacy policy last updated?"),
        ],
    ),
    (
        ("changes",),
        [
            (
                "M",
                "I do not use the website or the app myself. If you change your rules about my "
                "information, will you send me a letter, or will it only go on the internet?",
            ),
        ],
    ),
    (
        ("changes",),
        [
            (
                "N",
                "Policy is changing sometimes? I want to know the new version, where I can "
                "read it?",
            ),
        ],
    ),
    (
        ("changes",),
        [
            (
                "W",
                "Subject: Fwd: Notice to our customers\n\nHi,\n\nI got the notice below from you "
                "and honestly I don't understand what it means for me. Is my information going "
                "to be treated differently from now on, and do I have to do anything?\n\n"
                "Thanks,\nPaul\n\n---------- Forwarded message ---------\n"
                "From: Planet Management <info@planetmgmt.biz>\nDate: Mon, Nov 30, 2026 at 9:00 "
                "AM\n"
                "Subject: Notice to our customers\n\nDear customer,\nThank you for using our "
                "services. We would like to inform you of an update to our policy. The updated "
                "version is available on our website.\nPlanet Management Co., Ltd.",
            ),
        ],
    ),
    (
        ("changes",),
        [
            (
                "M",
                "On behalf of our client, please advise the date on which the current version of "
                "your privacy policy came into force, and whether earlier versions can be "
                "provided for comparison.",
            ),
        ],
    ),
]

HOURS: list[Group] = [
    (
        ("hours",),
        [
            ("S", "What are your business hours?"),
            ("N", "wat r ur opening hours"),
        ],
    ),
    (
        ("hours",),
        [
            (
                "M",
                "I sent a question through the form on Friday evening. Will anyone be reading "
                "mail over the weekend, or should I expect to hear on Monday?",
            ),
        ],
    ),
    (
        ("hours",),
        [
            ("N", "r u open on saturday"),
        ],
    ),
    (
        ("hours",),
        [
            (
                "M",
                "Are you closed over the New Year? I want to send a request about my account "
                "before the end of December and I would like to know whether anyone will be "
                "there to deal with it.",
            ),
        ],
    ),
    (
        ("hours",),
        [
            (
                "M",
                "I live in London. What time would I need to ring your desk, in Japan time, to "
                "reach someone? I assume you are not open round the clock.",
            ),
        ],
    ),
    (
        ("hours",),
        [
            ("S", "How long does it usually take to get a reply?"),
        ],
    ),
    (
        ("hours",),
        [
            (
                "M",
                "I wrote to you twelve days ago and no one has answered. How long exactly am I "
                "supposed to wait? Do you answer e-mails at all?",
            ),
        ],
    ),
    (
        ("hours",),
        [
            ("N", "wen do u reply to emails?? its been 3 days"),
        ],
    ),
    (
        ("hours",),
        [
            (
                "M",
                "Will the desk be open during Golden Week? I will be back in Japan then and it "
                "would be the easiest time for me to phone.",
            ),
        ],
    ),
    (
        ("hours", "contact"),
        [
            (
                "M",
                "What time do you stop answering the phone in the evening? I work until six, and "
                "also, is there an e-mail I can use instead if I cannot make it in time?",
            ),
        ],
    ),
]

GROUPS: dict[str, list[Group]] = {
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

# Further groups in more voices and shapes: whole mails written as they arrive (forwards,
# inline replies, pasted forms, replies on a thread), more one-liners and noisy lines.
MORE: dict[str, list[Group]] = {
    "collection": [
        (
            ("collection",),
            [
                (
                    "W",
                    "Subject: cookies?\n\nHi,\n\nYour website pops up a cookie banner but it "
                    "doesn't "
                    "say much. Do you collect anything through cookies or analytics tools when I "
                    "browse, and if so what kind of thing?\n\nThanks\nIngrid\n\nSent from my "
                    "iPhone",
                ),
                ("N", "does ur site use cookies to get my info or no"),
            ],
        ),
        (
            ("collection",),
            [
                (
                    "W",
                    "Subject: Re: Your inquiry\n\nThank you for the quick reply.\n\n> Could you "
                    "tell us your "
                    "membership number so that we can look into this?\n\nIt is 40-118273. What I "
                    "really want to know is simple: apart from my name and e-mail, what else did "
                    "you take when I registered? The app asked for a lot of permissions.\n\n"
                    "Regards,\nGeorge Adeyemi\n\nOn Wed, Dec 2, 2026 at 11:20 AM Planet Management "
                    "Inquiry Desk <info@planetmgmt.biz> wrote:\n> Dear customer,\n> Thank you for "
                    "your message. Could you tell us your membership number\n> so that we can look "
                    "into this?\n> Inquiry Desk",
                ),
            ],
        ),
        (
            ("collection",),
            [
                (
                    "M",
                    "I am a freelance translator and careful about what I share. If I let your app "
                    "connect to my Twitter account, what will you get from Twitter? Only my user "
                    "ID, or whatever my privacy settings there allow?",
                ),
                ("S", "what do you receive from twitter if i connect it"),
            ],
        ),
        (
            ("collection",),
            [
                ("N", "wht kind of personl info you keep? name adress phone ... all??"),
            ],
        ),
    ],
    "purpose": [
        (
            ("purpose",),
            [
                (
                    "W",
                    "Subject: question from a member\n\nDear Planet Management,\n\nI am a retired "
                    "school teacher and I like to understand things before I agree to them. Your "
                    'policy says my information is used for "traffic measurement and behavior '
                    'measurement". In ordinary words, what does that mean, and what do you do with '
                    "the results?\n\nYours sincerely,\nAlan Prescott",
                ),
            ],
        ),
        (
            ("purpose",),
            [
                (
                    "M",
                    "My phone number is on my account. Do you actually use it for anything, or was "
                    "it just a required field? I am trying to work out why so many companies ask "
                    "for it.",
                ),
                ("N", "why u need my phone no. what for"),
            ],
        ),
        (
            ("purpose", "collection"),
            [
                (
                    "M",
                    "Two questions before I sign up for the family plan: what information will you "
                    "collect about each family member, and what will it be used for?",
                ),
            ],
        ),
        (
            ("purpose",),
            [
                ("S", "Do you use my usage history to show me ads?"),
            ],
        ),
    ],
    "third-party": [
        (
            ("third-party",),
            [
                (
                    "W",
                    "Subject: FW: Special offer for Planet members\n\nHello,\n\nI received the "
                    'mail below from a company I have never heard of. It says I am a "Planet '
                    'member" and it has my name right. How would they know that unless you gave '
                    "them my details? Please explain.\n\nJoanna Kowalski\n\n"
                    "-----Original Message-----\nFrom: Sunrise Select "
                    "<offers@sunrise-select.example"
                    ".com>\nSent: Tuesday, December 1, 2026 7:02 PM\nTo: joanna.k@example.com\n"
                    "Subject: Special offer for Planet members\n\nDear Joanna,\nAs a valued Planet "
                    "member you are entitled to 20% off our premium range this month!\n"
                    "Click here to claim your discount.",
                ),
            ],
        ),
        (
            ("third-party",),
            [
                (
                    "M",
                    "Does any of my data go to companies that you hire to do work for you, like "
                    "delivery or payment companies? I would like to know who can see it.",
                ),
                ("S", "do contractors you use get my details"),
            ],
        ),
        (
            ("third-party",),
            [
                ("N", "u shared my email with sum other company didnt u. i never said ok"),
            ],
        ),
        (
            ("third-party",),
            [
                (
                    "M",
                    "I am a Korean resident in Tokyo. I heard that in Japan a company can give "
                    "personal information to others if the law says so. In which cases can you "
                    "give "
                    "my information to somebody without asking me?",
                ),
            ],
        ),
    ],
    "joint-use": [
        (
            ("joint-use",),
            [
                (
                    "W",
                    "Subject: joint use\n\nTo the person in charge,\n\nI am the compliance officer "
                    "of a business partner of yours (Harbor Light Systems). Our legal team has "
                    'asked whether our company counts as a "business partner" under the joint '
                    "use clause of your privacy policy, and if so what customer data we would be "
                    "jointly using and for what purpose. Could you confirm?\n\nBest regards,\n"
                    "Karin Lindqvist\nCompliance Officer\nHarbor Light Systems K.K.\n"
                    "Tel +81 3 5555 0126",
                ),
            ],
        ),
        (
            ("joint-use",),
            [
                (
                    "M",
                    "What do the group companies use my information for? I understand you share it "
                    "within the group, but I would like to know why.",
                ),
                ("N", "why planet group need my data?? for what"),
            ],
        ),
        (
            ("joint-use",),
            [
                ("S", "Who is in charge of my data when the group companies use it?"),
            ],
        ),
        (
            ("joint-use",),
            [
                (
                    "N",
                    "hi, my birthday and adress go to ur partner companies too? which items shared",
                ),
            ],
        ),
    ],
    "disclosure": [
        (
            ("disclosure",),
            [
                (
                    "W",
                    "Subject: Re: Re: request\n\nThanks for getting back to me.\n\n"
                    "> We handle customer information in accordance with\n> our privacy policy, "
                    "which is posted on our website.\n\nYes, I have read it. That is why I am "
                    "asking: I want to use my right to see the personal information you hold on "
                    "me. Where do I send the request and how do you check that it is really me?\n\n"
                    "Liam",
                ),
            ],
        ),
        (
            ("disclosure",),
            [
                (
                    "M",
                    "Could you e-mail me everything you have on me? A spreadsheet or a PDF is "
                    "fine. "
                    "I am moving abroad and I am tidying up all my accounts.",
                ),
                ("S", "can you send me all the data you have about me"),
            ],
        ),
        (
            ("disclosure",),
            [
                ("N", "i want copy of my data, how much it cost?"),
            ],
        ),
        (
            ("disclosure",),
            [
                (
                    "W",
                    "Subject: Web form: personal data request\n\nThe following was submitted via "
                    "the contact form:\n\nName: Hyun-woo Park\nE-mail: hw.park@example.com\n"
                    "Phone: 080-5555-0112\nInquiry type: Other\nMessage:\nI would like to know "
                    "what "
                    "personal information of mine is held by your company. Please tell me how to "
                    "apply.\n\nI agree to the handling of personal information: Yes\n\n--\nThis "
                    "e-mail was sent from a contact form on Planet Management Co., Ltd.",
                ),
            ],
        ),
    ],
    "correction": [
        (
            ("correction",),
            [
                (
                    "W",
                    "Subject: Re: [Auto-reply] We have received your inquiry\n\nSorry, I forgot "
                    "something in my earlier mail. My e-mail address on the account is also "
                    'wrong, it has "gmial" instead of "gmail". Can you fix that at the same time '
                    "as the address?\n\nT. Nakamura\n\n2026年12月2日(水) 18:40 Planet Management "
                    "<info@planetmgmt.biz>:\n> Thank you for contacting the Inquiry Desk of Planet "
                    "Management Co., Ltd.\n> This is an automatic reply. We have received your "
                    "message and will answer\n> on our next business day.",
                ),
            ],
        ),
        (
            ("correction",),
            [
                (
                    "M",
                    "I closed my account last year, but I suspect my details are still in your "
                    "system because I still get your newsletters. When an account is closed, is "
                    "the "
                    "personal information erased? If not, I want it erased now.",
                ),
                ("N", "i closed my acount but u still have my info?? erase it"),
            ],
        ),
        (
            ("correction",),
            [
                ("S", "My date of birth is wrong on my profile, can you correct it?"),
            ],
        ),
        (
            ("correction",),
            [
                (
                    "M",
                    "Please could you add my building name and room number to my address? Letters "
                    "keep coming back to you because the postman cannot find my flat.",
                ),
            ],
        ),
    ],
    "suspension": [
        (
            ("suspension",),
            [
                (
                    "W",
                    "Subject: Please stop\n\nHello\n\nI agreed to receive information when I "
                    "joined but I have changed my mind. I would like to withdraw my consent for my "
                    "personal information to be used for anything except the service itself.\n\n"
                    "Please confirm in writing.\n\nMrs. Patricia Ogunleye\n\nSent from my iPad",
                ),
            ],
        ),
        (
            ("suspension",),
            [
                (
                    "M",
                    "I believe you have been using my details for things your privacy policy never "
                    "mentioned. I want that use stopped while you look into it.",
                ),
                ("S", "I want you to stop using my information"),
            ],
        ),
        (
            ("suspension",),
            [
                ("N", "pls no more ads mail, i dont want my data use for advertisment"),
            ],
        ),
        (
            ("suspension",),
            [
                (
                    "W",
                    "Subject: Fwd: Your December offers\n\nI don't know how many times I have to "
                    "ask. I pressed unsubscribe in October and you are still sending these. Stop "
                    "using my e-mail address.\n\nD.\n\nBegin forwarded message:\n\nFrom: Planet "
                    "Management <news@planetmgmt.biz>\nDate: 1 December 2026 at 08:00:00 JST\n"
                    "Subject: Your December offers\n\nDear member,\nDon't miss this month's "
                    "exclusive offers!\nTo stop receiving these e-mails, click here.\n"
                    "Privacy policy | Terms of use",
                ),
            ],
        ),
    ],
    "contact": [
        (
            ("contact",),
            [
                (
                    "W",
                    "Subject: where to send\n\nHi,\n\nI have a question about my personal data "
                    "but the page with the form is not loading on my phone. Is there another way "
                    "to reach the right people, an e-mail address or a phone number?\n\nThanks,\n"
                    "Mo",
                ),
            ],
        ),
        (
            ("contact",),
            [
                (
                    "M",
                    "I wish to make a complaint about how your staff handled my personal details "
                    "at the counter. I would like to know whom to address it to so that it reaches "
                    "someone with authority.",
                ),
                ("N", "where i can complain about privacy, which departement"),
            ],
        ),
        (
            ("contact",),
            [
                ("S", "Which department handles personal information inquiries?"),
            ],
        ),
        (
            ("contact",),
            [
                (
                    "W",
                    "Subject: RE: question\n\nSorry to bother you again. The person who answered "
                    "last time did not leave a name. For a follow-up, should I just write to this "
                    "address again or is there a direct contact for privacy matters?\n\n"
                    "Amanda\n\n________________________________\nFrom: Inquiry Desk "
                    "<info@planetmgmt.biz>\nSent: Friday, November 27, 2026 15:12\nTo: Amanda "
                    "Brooks\nSubject: Re: question\n\nThank you for your patience. We are looking "
                    "into your request and will\ncontact you again shortly.",
                ),
            ],
        ),
    ],
    "changes": [
        (
            ("changes",),
            [
                (
                    "W",
                    "Subject: policy update?\n\nHello,\n\nA friend told me that your privacy "
                    "policy was changed recently. I did not receive any notice. How do you usually "
                    "inform customers when the policy changes? By e-mail, or only on the website?"
                    "\n\nKind regards,\nStefan",
                ),
            ],
        ),
        (
            ("changes",),
            [
                (
                    "M",
                    "If you change the privacy policy in a way I don't accept, what happens to me? "
                    "Do you tell people in advance when the change takes effect?",
                ),
                ("N", "if policy change do u tell me before or after"),
            ],
        ),
        (
            ("changes",),
            [
                ("S", "Where can I see the latest version of your privacy policy?"),
            ],
        ),
        (
            ("changes", "suspension"),
            [
                (
                    "M",
                    "I read that you will update the privacy policy next month. If I don't agree "
                    "with the new version, can I ask you to stop using my information from that "
                    "date? And when exactly does the new one start?",
                ),
            ],
        ),
    ],
    "hours": [
        (
            ("hours",),
            [
                (
                    "W",
                    "Subject: closed?\n\nHi,\nI called at 12:30 today and nobody answered. Do you "
                    "close for lunch? What are your hours?\nThanks\n\nNaomi\nSent from my Android "
                    "phone",
                ),
            ],
        ),
        (
            ("hours",),
            [
                (
                    "M",
                    "Are you open on public holidays? I can only call on my day off, which is "
                    "usually a holiday.",
                ),
                ("N", "opn on holidays?? or closed"),
            ],
        ),
        (
            ("hours",),
            [
                ("S", "Do you answer e-mails on Sundays?"),
            ],
        ),
        (
            ("hours",),
            [
                (
                    "W",
                    "Subject: Re: Your inquiry\n\nOK, thank you. And roughly how many days should "
                    "I allow for the full answer? I need it before my trip on the 15th.\n\nRegards,"
                    "\nEvelyn Tan\n\nOn 2 Dec 2026, at 17:05, info@planetmgmt.biz wrote:\n\n> We "
                    "have received your message. Please note that replies may take longer\n> "
                    "around public holidays.",
                ),
            ],
        ),
    ],
}

# A last round: people who tell a story first, ask without naming the topic, or write in a
# second language, and a few more who ask two things.
LAST: dict[str, list[Group]] = {
    "collection": [
        (
            ("collection",),
            [
                (
                    "M",
                    "When I used your website on my work computer I did not log in, but the next "
                    "day the app on my phone seemed to know what I had looked at. I am curious "
                    "how. "
                    "What information do you pick up from a visit, and from where?",
                ),
            ],
        ),
        (
            ("collection",),
            [
                (
                    "N",
                    "Sorry my english. When I make member, you get my birth day and adress and "
                    "what more? I want know all",
                ),
            ],
        ),
    ],
    "purpose": [
        (
            ("purpose",),
            [
                (
                    "M",
                    "I run a small bakery and use your service for my shop account. I noticed the "
                    'policy says information may be used for "other purposes specified in various '
                    'services". That is rather vague. What might those other purposes be?',
                ),
            ],
        ),
        (
            ("purpose",),
            [
                ("S", "Why do you measure how customers use the website?"),
            ],
        ),
    ],
    "third-party": [
        (
            ("third-party",),
            [
                (
                    "M",
                    "My sister works at a company that does business with yours. Last week she "
                    "mentioned something about my membership that I had not told her. I do not "
                    "want to cause trouble for anyone, but I need to know whether my information "
                    "is given out to other businesses.",
                ),
            ],
        ),
        (
            ("third-party",),
            [
                (
                    "N",
                    "Hallo, I am german. Do you give my data to other firm without ask me first?",
                ),
            ],
        ),
    ],
    "joint-use": [
        (
            ("joint-use",),
            [
                (
                    "M",
                    "Two things. Which Planet Group companies can see my data, and for what "
                    "purpose are they allowed to use it? I ask because one of them rang me about "
                    "a product I never asked about.",
                ),
            ],
        ),
        (
            ("joint-use",),
            [
                ("S", "Is my address shared with your business partners?"),
            ],
        ),
    ],
    "disclosure": [
        (
            ("disclosure",),
            [
                (
                    "M",
                    "I'm helping my elderly aunt, who doesn't use e-mail. She would like to know "
                    "what information your company has about her. Can I ask on her behalf, and "
                    "what would you need from us?",
                ),
            ],
        ),
        (
            ("disclosure",),
            [
                ("S", "is there a fee for a disclosure request"),
            ],
        ),
    ],
    "correction": [
        (
            ("correction",),
            [
                (
                    "M",
                    "My phone number changed after I switched carriers. How do I update it? I "
                    "cannot log in because the verification code goes to the old number.",
                ),
            ],
        ),
        (
            ("correction", "suspension"),
            [
                (
                    "M",
                    "I want to leave your service completely. Please delete my personal "
                    "information and, until that is done, stop using it for anything at all.",
                ),
            ],
        ),
    ],
    "suspension": [
        (
            ("suspension",),
            [
                (
                    "M",
                    "I do not like the idea that you are measuring everything I do in the app. "
                    "Is there a way to have that switched off for my account?",
                ),
            ],
        ),
        (
            ("suspension",),
            [
                ("N", "can u stop sharing my info with ur group, i dont consent anymore"),
            ],
        ),
    ],
    "contact": [
        (
            ("contact",),
            [
                (
                    "M",
                    "I have a question about my personal information, but before I write it all "
                    "out, am I writing to the right place? Is this address read by the people who "
                    "deal with privacy, or is it a general address?",
                ),
            ],
        ),
        (
            ("contact",),
            [
                ("S", "can I visit your office to ask about my data in person"),
            ],
        ),
    ],
    "changes": [
        (
            ("changes",),
            [
                (
                    "M",
                    "I saw on a news site that many companies are updating their privacy policies "
                    "because of the law revision. Are you going to change yours too, and will I "
                    "get told about it?",
                ),
            ],
        ),
        (
            ("changes",),
            [
                ("N", "new privacy policy when start?? pls tell date"),
            ],
        ),
    ],
    "hours": [
        (
            ("hours",),
            [
                (
                    "M",
                    "I am off work from the 29th of December until the 5th of January and that is "
                    "the only time I can call. Is your desk open at any point in that period?",
                ),
            ],
        ),
        (
            ("hours", "disclosure"),
            [
                (
                    "M",
                    "I would like to request my personal data, and I also need to know how long "
                    "the answer usually takes, because I have to show it to my bank by the 20th.",
                ),
            ],
        ),
    ],
}

# ---------------------------------------------------------------- off-topic
# Mail that reaches info@ and uses the company's vocabulary without asking anything of its
# privacy policy. Each written out in full: (topic, text).
OFF_TOPIC: list[tuple[str, str]] = [
    (
        "vendor",
        "Subject: Important: Updates to our Privacy Policy\n\nDear Customer,\n\nWe are "
        "writing to let you know that we have updated the CloudDesk Privacy Policy, effective "
        "January 1, 2027. The changes clarify how we process account data, which subprocessors we "
        "use, and how long we retain support tickets. No action is required on your part. By "
        "continuing to use CloudDesk after the effective date, you agree to the updated policy.\n\n"
        "Questions? Visit our Trust Center.\n\nThe CloudDesk Team\n\nYou are receiving this e-mail "
        "because you have a CloudDesk account. Privacy | Unsubscribe",
    ),
    (
        "vendor",
        "Subject: Notice of a security incident affecting your account\n\nDear Planet "
        "Management Co., Ltd.,\n\nOn November 24, 2026 we discovered unauthorized access to one of "
        "our file-transfer servers. Our investigation indicates that the names, business e-mail "
        "addresses and phone numbers of some customer contacts may have been accessed. Payment "
        "data were not affected. We have reported the incident to the Personal Information "
        "Protection Commission and reset all API keys.\n\nWe recommend that you remain alert to "
        "suspicious e-mail. We sincerely apologize.\n\nSecurity Office\nFastShip Parcel Services",
    ),
    (
        "vendor",
        "Subject: Updated Data Processing Addendum - action required by Dec 31\n\n"
        "Hello,\n\nAs part of our annual review, we have revised our Data Processing Addendum "
        "(DPA) "
        "and Terms of Service. The new DPA includes the updated standard contractual clauses and "
        "an "
        "appendix listing our subprocessors. Please sign the DPA in your admin console by December "
        "31, 2026 to keep your workspace compliant.\n\nThanks,\nLegal Operations\nTaskForge Inc.",
    ),
    (
        "vendor",
        "Subject: Year-end closure notice\n\nTo our valued customers,\n\nPlease note "
        "that our offices will be closed from December 29 to January 4. Orders received during "
        "this period will be processed from January 5. Our support desk will answer e-mails in the "
        "order received.\n\nWe thank you for your business this year.\n\nOkuda Office Supplies "
        "Co., Ltd.",
    ),
    (
        "vendor",
        "Subject: Change of account manager\n\nDear Sir/Madam,\n\nI am writing to inform "
        "you that from December 1, I will be taking over your account from Mr. Ishikawa, who has "
        "moved to our Osaka branch. My contact details are below. All existing agreements, "
        "including our confidentiality and personal data handling terms, remain unchanged.\n\n"
        "I look forward to working with you.\n\nChloe Mercer\nAccount Manager, Pinewood Printing",
    ),
    (
        "vendor",
        "Subject: Scheduled maintenance: customer portal\n\nThe customer portal will be "
        "unavailable on Sunday, December 6 from 01:00 to 05:00 JST for scheduled maintenance. "
        "During this window you will not be able to log in, update contact details or download "
        "invoices. We apologise for any inconvenience.\n\nNexa Telecom Business Support",
    ),
    (
        "vendor",
        "Subject: We're retiring the Classic plan\n\nHi there,\n\nOn March 31, 2027 we "
        "will retire the Classic plan. Your data will be kept and migrated automatically to the "
        "Standard plan. If you would rather close your account and have your data deleted, you can "
        "do so from Settings > Account before that date.\n\nThe FormBox team",
    ),
    (
        "sales",
        "Subject: Is your website's cookie banner compliant?\n\nHi there,\n\nI came across "
        "your website and noticed that the cookie notice doesn't let visitors reject tracking. "
        "Under the revised APPI and the GDPR, that could be a risk. ConsentPilot is a consent "
        "management platform that installs in 10 minutes and keeps records of every visitor's "
        "consent.\n\nWould you have 15 minutes next week for a short demo?\n\nBest,\nOliver Grant\n"
        "Sales Development, ConsentPilot\n\nIf you'd rather not hear from me, just reply "
        '"unsubscribe".',
    ),
    (
        "sales",
        "Subject: Privacy compliance support for growing companies\n\nDear Sir or Madam,\n\n"
        "Our consultancy helps small and mid-sized Japanese companies review their privacy "
        "policies, prepare for the Privacy Mark, and train staff on the handling of personal "
        "information. We have supported more than 300 firms.\n\nI have attached a short brochure. "
        "Could I call your person in charge of compliance for 20 minutes?\n\nKind regards,\n"
        "Rie Matsuda\nBluebridge Compliance Partners",
    ),
    (
        "sales",
        "Subject: Free penetration test for Planet Management\n\nHello,\n\nWe are "
        "offering a free external vulnerability scan to 20 companies in Tokyo this month. Data "
        "breaches involving customer personal information cost SMEs an average of 34 million yen. "
        "Our report shows exactly where your website is exposed.\n\nReply YES and we will schedule "
        "it.\n\nMarcus Bell\nIronGate Security Audits",
    ),
    (
        "sales",
        "Subject: Let us handle your customer inquiries\n\nGood afternoon,\n\nDoes your "
        "team struggle to answer customer mail outside business hours? Our bilingual call centre "
        "answers your phone and e-mail 24/7, including weekends and holidays, from 80,000 yen a "
        "month. All operators are trained in personal information protection.\n\nShall I send a "
        "quote?\n\nTina Russo\nAnswerWell BPO",
    ),
    (
        "sales",
        "Subject: Secure document shredding service\n\nDear Office Manager,\n\nOld "
        "customer files, application forms and HR records must be destroyed safely. We collect "
        "locked bins from your office and provide a certificate of destruction for each pickup. "
        "First month free for new customers in Chiyoda and Chuo wards.\n\nPlease contact us to "
        "arrange a visit.\n\nSecureShred Tokyo",
    ),
    (
        "sales",
        "Subject: Partnership proposal\n\nHi,\n\nWe run a data enrichment platform that "
        "appends verified e-mail addresses and phone numbers to your customer lists. Many property "
        "management firms use us to reach more tenants. Would you be open to a call about a pilot? "
        "We are fully compliant with all privacy regulations.\n\nThanks,\nNate Collins",
    ),
    (
        "sales",
        "Subject: Webinar: Revised APPI - what SMEs must do by April\n\nDear Compliance "
        "Officer,\n\nJoin our free 60-minute webinar on December 10 at 14:00 JST. Topics: "
        "reporting obligations for data breaches, handling of pseudonymized information, updating "
        "your privacy policy, and responding to disclosure requests. Speaker: Attorney Ken Abe.\n\n"
        "Register here: https://seminar.example.com/appi1210\n\nSeats are limited. To stop "
        "receiving invitations, click here.",
    ),
    (
        "tenancy",
        "Subject: Lease renewal - Room 304\n\nDear Planet Management,\n\nMy lease for "
        "Room 304 ends on February 28. I would like to renew for another two years. Could you send "
        "me the renewal documents? Also, has the renewal fee changed?\n\nThank you,\nYusuf Demir",
    ),
    (
        "tenancy",
        "Subject: Deposit refund\n\nHello,\n\nI moved out of the flat at Green Court "
        "on October 31 and handed back the keys. It has been over a month and I have not received "
        "my deposit or any statement of deductions. Please let me know when I can expect it.\n\n"
        "Regards,\nClaire Dubois\n(new address: 5-1-9 Example, Kawasaki)",
    ),
    (
        "tenancy",
        "Subject: Noise from upstairs\n\nHi,\n\nThe tenant above me (I think 502) has "
        "been playing loud music after midnight several nights a week. I don't want to confront "
        "them directly. Could the management company please send a notice?\n\nThanks,\nMin-jun, "
        "room 402",
    ),
    (
        "tenancy",
        "Subject: Adding my partner to the lease\n\nDear sir, my partner will move in "
        "with me next month. Do we need to add him to the contract, and what documents does he "
        "have to submit? Residence card and income certificate? Thank you. Ana Lima, Unit 12",
    ),
    (
        "building",
        "Subject: Annual fire drill - Thursday December 10\n\nTo all tenants,\n\nThe "
        "annual fire drill will take place on Thursday, December 10 at 10:30. When the alarm "
        "sounds, please leave by the nearest stairway and gather in the car park. Lifts will be "
        "out of service for about 20 minutes.\n\nBuilding Management Office, Sakura Tower",
    ),
    (
        "building",
        "Subject: Water outage on Saturday\n\nDear occupants,\n\nDue to inspection of "
        "the water tank, water will be unavailable on Saturday from 9:00 to 15:00. Please store "
        "water in advance. We apologise for the inconvenience.\n\nFacilities team",
    ),
    (
        "building",
        "Subject: Broken entrance lock\n\nHello,\n\nThe auto-lock at the main entrance "
        "of Maple Residence has not closed properly since yesterday evening. Anyone can walk in. "
        "Please send someone to fix it as soon as possible.\n\nJ. Okafor, 2F",
    ),
    (
        "building",
        "Subject: Found: a black wallet in the 3F meeting room\n\nHi all,\n\nA black "
        "leather wallet was left in meeting room 3B after yesterday afternoon's session. It has "
        "been handed to reception. If it's yours, please come and collect it with some ID.\n\n"
        "Thanks,\nAyumi (General Affairs)",
    ),
    (
        "building",
        "Subject: Elevator inspection schedule\n\nPlease be advised that the east "
        "elevator will be out of service on December 8 from 13:00 to 17:00 for its statutory "
        "inspection. Please use the west elevator during this time.",
    ),
    (
        "parking",
        "Subject: Parking permit application\n\nDear Sir/Madam,\n\nI have just moved "
        "into unit 7 and would like to apply for a parking space. My car is a white Honda Fit. "
        "Please tell me what documents you need and the monthly fee.\n\nBest regards,\nVictor Hale",
    ),
    (
        "parking",
        "Subject: Someone is parking in my space\n\nFor the third time this week, a "
        "silver van has been parked in bay 14, which I rent. I have photos with the number plate. "
        "Please deal with it.\n\nK. Moore",
    ),
    (
        "parking",
        "Visitor parking - can my mother park in the guest space on Sunday afternoon? "
        "She's visiting from Nagoya. Room 210.",
    ),
    (
        "invoice",
        "Subject: Invoice INV-2026-1184 for November\n\nDear Accounts Payable,\n\n"
        "Please find attached our invoice for November services, amount JPY 132,000 (tax "
        "included), due December 31, 2026. Bank details are on the invoice.\n\nThank you for your "
        "business.\n\nAccounts Receivable\nStellar Cleaning Services",
    ),
    (
        "invoice",
        "Subject: Second reminder: overdue payment\n\nDear Customer,\n\nOur records "
        "show that invoice 88213, due on November 15, remains unpaid. Please arrange payment "
        "within 7 days to avoid suspension of service. If you have already paid, please disregard "
        "this notice.\n\nCredit Control\nMetroLink Office Networks",
    ),
    (
        "invoice",
        "Subject: Quote request - office cleaning\n\nHello,\n\nCould you send us a "
        "quotation for weekly cleaning of a 120 m2 office in Kanda, including kitchen and "
        "restrooms? We would like to start in January.\n\nBest,\nMegan Flores, Office "
        "Administrator",
    ),
    (
        "invoice",
        "Subject: Receipt request\n\nHi, I paid the November management fee by bank "
        "transfer on the 25th. Could you issue a receipt in the name of Brightline Design LLC? "
        "Thanks, Peter Lund",
    ),
    (
        "invoice",
        "Subject: Change of bank account details\n\nDear Partner,\n\nPlease note that "
        "our bank account for payments has changed with effect from December 1. The new details "
        "are on the attached letter. Invoices already issued should be paid to the new account.\n\n"
        "Finance Department\nKoyo Industrial Supply",
    ),
    (
        "phishing",
        "Subject: Your mailbox password expires today\n\nDear info@planetmgmt.biz,\n\n"
        "Your password will expire in 24 hours. To keep using your mailbox without interruption, "
        "confirm your current password using the link below.\n\nKEEP MY PASSWORD\n\n"
        "Mail Administrator\n(c) 2026 Webmail Security",
    ),
    (
        "phishing",
        "Subject: Invoice #99872 attached - payment overdue\n\nHello,\n\nPlease see "
        "the attached invoice, which is overdue. Open the document and confirm your details to "
        "avoid late charges.\n\nAttachment: Invoice_99872.zip\n\nRegards,\nBilling",
    ),
    (
        "phishing",
        "Subject: Your parcel is on hold\n\nWe attempted to deliver your package today "
        "but the address was incomplete. Your parcel is held at our depot. To reschedule "
        "delivery, confirm your address and pay the 200 yen redelivery fee within 48 hours: "
        "http://parcel-redelivery.example.net/jp",
    ),
    (
        "phishing",
        "Subject: Account locked - unusual sign-in activity\n\nWe detected an unusual "
        "sign-in to your account from a new device. For your security, your account has been "
        "temporarily locked. Please verify your identity to restore access. If you do not verify "
        "within 24 hours, your account and all data will be permanently deleted.\n\nSecurity Team",
    ),
    (
        "phishing",
        "Subject: Action required: confirm your personal details\n\nDear Customer,\n\n"
        "As part of our annual KYC update, we need you to confirm your full name, date of birth, "
        "address and card number. Failure to do so will result in suspension of your account.\n\n"
        "Update now >>\n\nCustomer Protection Centre, Mizuho-Sumi Bank",
    ),
    (
        "phishing",
        "Subject: Shared document: Updated Privacy Policy 2027.pdf\n\nSomeone has "
        "shared a document with you.\n\nUpdated Privacy Policy 2027.pdf\n\nOpen in OneDrive\n\n"
        "This link will only work for the direct recipients of this message.",
    ),
    (
        "phishing",
        "Subject: Tax refund notification\n\nYou are eligible for a tax refund of "
        "48,200 yen. To receive it, please submit your personal information through the secure "
        "form. National Tax Refund Service",
    ),
    (
        "phishing",
        "Subject: Re: your domain planetmgmt.biz will be suspended\n\nYour domain "
        "planetmgmt.biz has failed verification and will be suspended. Confirm your contact "
        "details and payment within 12 hours to keep your website and e-mail online.\n\n"
        "Domain Services Renewal Department",
    ),
    (
        "recruiting",
        "Subject: Application - Customer Support (English/Japanese)\n\nDear Hiring "
        "Manager,\n\nI saw your job posting for a bilingual customer support role and I would "
        "like to apply. I have four years of experience at a call centre handling inquiries in "
        "English and Japanese. My CV is attached.\n\nI look forward to hearing from you.\n\n"
        "Sincerely,\nRebecca Nolan",
    ),
    (
        "recruiting",
        "Subject: Candidates for your compliance team\n\nHi,\n\nI'm a recruiter "
        "specialising in legal and compliance roles in Tokyo. I have two bilingual candidates with "
        "data protection experience (one CIPP/E certified) who are open to new positions. Would "
        "you be interested in seeing anonymised profiles?\n\nBest regards,\nDaniel Pryce\n"
        "Summit Talent Partners",
    ),
    (
        "recruiting",
        "Subject: Internship inquiry\n\nHello,\n\nI am a third-year university "
        "student studying business administration. Does your company offer internships during "
        "the spring vacation? I am especially interested in property management.\n\nThank you,\n"
        "Takumi Hayes",
    ),
    (
        "recruiting",
        "Subject: Reference check - former employee\n\nDear HR,\n\nYour former "
        "employee Ms. Laura Beck has applied for a position with us and listed your company as a "
        "reference. Would someone be available for a 10-minute call this week?\n\nRegards,\n"
        "Hiroshi Tan, Talent Acquisition",
    ),
    (
        "meeting",
        "Subject: Reschedule: Thursday review meeting\n\nHi team,\n\nUnfortunately I "
        "need to move Thursday's review to Friday at 15:00, same room. Apologies for the short "
        "notice. Please let me know if that doesn't work.\n\nBest,\nEric",
    ),
    (
        "meeting",
        "Subject: Meeting confirmation - December 9\n\nDear Mr. Yoshida,\n\nThank you "
        "for your time on the phone. This is to confirm our meeting on Wednesday, December 9 at "
        "11:00 at your office. We will bring the draft contract.\n\nBest regards,\nNora "
        "Lindgren",
    ),
    (
        "meeting",
        "Subject: Running late\n\nSorry, my train is delayed, I'll be about 15 minutes "
        "late for our 2pm. - Aya",
    ),
    (
        "meeting",
        "Subject: Invitation: Year-end party, December 18\n\nDear partners,\n\nWe "
        "would be delighted if you could join our year-end gathering on Friday, December 18 from "
        "18:30 at the Harbour Hotel. Please reply by December 11 to let us know if you can "
        "attend.\n\nWith warm regards,\nEvent Team, Kaito Holdings",
    ),
    (
        "press",
        "Subject: Interview request - Tokyo Business Weekly\n\nDear Sir or Madam,\n\n"
        "I am a reporter at Tokyo Business Weekly preparing a feature on how mid-sized property "
        "firms are adapting to digital services. I would like to interview your president or a "
        "spokesperson for about 30 minutes. Could you let me know whom to contact?\n\nSincerely,\n"
        "Helen Zhou",
    ),
    (
        "press",
        "Subject: Comment request: data protection in real estate\n\nHi,\n\nI'm writing "
        "a piece on how Japanese companies handle tenants' personal data after the APPI revision. "
        "Would your company be willing to provide a short comment by Friday? Attribution can be "
        'to "a company spokesperson".\n\nThanks,\nMark Devlin, freelance journalist',
    ),
    (
        "press",
        "Subject: Feature in our magazine (free)\n\nHello,\n\nYour company has been "
        'selected to appear in our "Companies to Watch 2027" issue. The interview and article '
        "are free; an optional photo package is available for 150,000 yen.\n\nBest,\nEditorial "
        "Team, Rising Japan",
    ),
    (
        "newsletter",
        "Subject: PropTech Weekly #212: AI in property management\n\nThis week: "
        "AI chatbots for tenant inquiries, smart locks, and a case study from Fukuoka.\n\nRead "
        "more on our website.\n\n---\nYou are receiving this newsletter because you subscribed at "
        "proptech-weekly.example.com. Update your preferences or unsubscribe. Read our privacy "
        "policy. PropTech Weekly, 1-2-3 Example, Minato-ku, Tokyo",
    ),
    (
        "newsletter",
        "Subject: December news from the Tokyo Chamber of Commerce\n\nDear "
        "members,\n\nIn this issue: year-end tax adjustment seminar, new subsidy programmes for "
        "SMEs, and member networking events in January.\n\nTo change the e-mail address at which "
        "you receive this newsletter or to stop receiving it, visit the member portal. Your "
        "personal data are handled according to our privacy policy.",
    ),
    (
        "newsletter",
        "Subject: Your weekly digest from LegalBriefs\n\n1. Data Protection: new "
        "guidelines on cross-border transfers\n2. Employment: changes to overtime rules\n3. Case "
        "note: consent and cookie banners\n\nManage subscription | Privacy notice | Contact us",
    ),
    (
        "newsletter",
        "Subject: 30% off office chairs this week only\n\nUpgrade your workspace! "
        "Ergonomic chairs from 19,800 yen. Free delivery in Tokyo.\n\nYou received this e-mail "
        "because you are a registered customer of OfficeDirect. If you no longer wish to receive "
        "offers, click unsubscribe. We respect your privacy.",
    ),
    (
        "other",
        "Subject: Re: order 55120\n\nHi, I think you have the wrong company. I ordered "
        "from Planet Home Goods, not Planet Management. My order 55120 hasn't arrived and I need "
        "to "
        "change the delivery address. Can you forward this to them?\n\nThanks, Lisa",
    ),
    (
        "other",
        "Subject: Thank you for yesterday\n\nDear Ms. Kato,\n\nThank you very much for "
        "taking the time to show us around your office yesterday. It was very helpful to see how "
        "your team works. We hope to continue our conversation in the new year.\n\nWith best "
        "wishes,\nGregory Stone",
    ),
    (
        "other",
        "Subject: Charity appeal - winter shelter\n\nDear friends,\n\nThis winter, our "
        "shelter in Taito ward will provide hot meals and beds to more than 300 people. Would your "
        "company consider a donation or volunteering as a team? We respect your privacy and will "
        "never share your details.\n\nWith gratitude,\nHope House Tokyo",
    ),
    (
        "other",
        "Subject: Short survey on workplace wellbeing\n\nHello,\n\nWe are researchers at "
        "a university in Kyoto studying wellbeing in small companies. Would your staff be willing "
        "to complete a 10-minute anonymous survey? No personal information is collected.\n\n"
        "Survey link enclosed.\n\nDr. Sarah Ito",
    ),
    (
        "other",
        "Subject: Re: missed call\n\nHi, I got a missed call from this number. Who is "
        "this? I don't think I know your company.\n\nSent from my iPhone",
    ),
    (
        "other",
        "Subject: Your domain planetmgmt.biz renews in 30 days\n\nThis is a reminder "
        "that the domain planetmgmt.biz will automatically renew on January 4, 2027 for 1 year. "
        "The card on file will be charged. To update your payment method or WHOIS contact "
        "details, sign in to your registrar account.\n\nRegistrar Support",
    ),
    (
        "other",
        "Subject: Delivery notice: registered mail\n\nA registered letter addressed to "
        "your company could not be delivered on December 2 because nobody was at reception. It "
        "will be kept at the Kanda post office for seven days.\n\nJapan Post",
    ),
    (
        "other",
        "Subject: Lost umbrella\n\nHi, I visited your office on Tuesday for the "
        "contract signing and I think I left a navy blue umbrella in the waiting area. Could "
        "someone check? Thanks, Ben Hartley",
    ),
    (
        "other",
        "Subject: KYC documents reminder\n\nDear Client,\n\nUnder our obligations "
        "regarding anti-money-laundering, we are required to periodically update the information "
        "we hold on corporate clients. Please submit the enclosed form with a current certificate "
        "of registered matters by January 15 via your usual relationship manager.\n\nCorporate "
        "Banking Department, Example Trust Bank",
    ),
    (
        "other",
        "Subject: Supplier questionnaire - information security and privacy\n\nDear "
        "Supplier,\n\nAs part of our annual third-party risk review, please complete the attached "
        "questionnaire on information security, personal data handling, business continuity and "
        "insurance cover. Please return it by December 20.\n\nVendor Risk Team, Northgate "
        "Insurance Services",
    ),
]

SUBJECTS = (
    "Question",
    "Inquiry",
    "my account",
    "personal information",
    "Quick question",
    "Re: membership",
    "Request",
    "[EXTERNAL] Question about your service",
    "help please",
    "Privacy",
    "from a customer",
    "(no subject)",
)
RESEND_NOTE = "I sent this last week and heard nothing, so here it is again:"


def wrap(body: str, rng: random.Random, quoted: bool) -> str:
    """A whole mail around one body: subject (sometimes), greeting, closing, signature and,
    when asked, quoted or forwarded earlier mail in one of the real mailers' shapes."""
    parts: list[str] = []
    if rng.random() < 0.5:
        parts.append("Subject: " + rng.choice(SUBJECTS) + "\n\n")
    greeting = rng.choice(GREETINGS)
    closing = rng.choice(CLOSINGS)
    signature = rng.choice(SIGNATURES)
    mail = f"{greeting}\n\n{body}\n\n{closing}\n{signature}"
    if not quoted:
        return "".join(parts) + mail
    header, prefix = rng.choice(QUOTE_HEADERS)
    if header.startswith(RESEND_NOTE):
        # A re-sent mail: the earlier mail is the same question, quoted below the complaint.
        quote = "\n".join(prefix + line for line in f"{greeting}\n\n{body}".split("\n"))
        return "".join(parts) + f"{header}\n\n{quote}\n\n{closing}\n{signature}"
    text = rng.choice(QUOTED_TEXTS)
    quote = "\n".join(
        (prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n")
    )
    # Header blocks (Outlook, forwards) stand apart from the unprefixed text they head.
    gap = "\n" if prefix else "\n\n"
    return "".join(parts) + f"{mail}\n\n{header}{gap}{quote}"


Item = dict[str, object]


def build() -> tuple[list[Item], list[Item]]:
    rng = random.Random(SEED)
    kind_of = {"M": "mail", "W": "mail", "S": "short", "N": "noisy"}
    dev: list[tuple[int, Item]] = []
    test: list[tuple[int, Item]] = []
    bodies = 0
    order = 0
    for section in SECTIONS:
        groups = GROUPS[section] + MORE[section] + LAST[section]
        for i, (sections, variants) in enumerate(groups):
            split = dev if i % 3 == 2 else test
            for form, text in variants:
                if form == "M":
                    text = wrap(text, rng, quoted=bodies % 4 == 2)
                    bodies += 1
                item: Item = {
                    "lang": "en",
                    "kind": kind_of[form],
                    "sections": list(sections),
                    "text": text,
                }
                split.append((order, item))
                order += 1
    by_topic: dict[str, int] = {}
    for topic, text in OFF_TOPIC:
        n = by_topic.get(topic, 0)
        by_topic[topic] = n + 1
        split = dev if n % 3 == 1 else test
        item = {
            "lang": "en",
            "kind": "off-topic",
            "sections": ["none"],
            "topic": topic,
            "text": text,
        }
        split.append((order, item))
        order += 1
    # Shuffle once so that an id says nothing of the section; ids then run in order in each file.
    keys = list(range(order))
    rng.shuffle(keys)
    rank = {o: keys[o] for o in range(order)}
    dev.sort(key=lambda p: rank[p[0]])
    test.sort(key=lambda p: rank[p[0]])
    ids = iter(f"f6en-{n:03d}" for n in range(1, order + 1))
    merged = sorted(
        [(rank[o], "dev", it) for o, it in dev] + [(rank[o], "test", it) for o, it in test],
        key=lambda t: t[0],
    )
    out_dev: list[Item] = []
    out_test: list[Item] = []
    for _, name, it in merged:
        line: Item = {"id": next(ids), **it}
        (out_dev if name == "dev" else out_test).append(line)
    return out_dev, out_test


def check(dev: list[Item], test: list[Item]) -> None:
    """Refuse to write a set that breaks the line format or leaves a section or topic out of a
    split."""
    seen: set[object] = set()
    problems: list[str] = []
    for name, items in (("dev", dev), ("test", test)):
        ids = [it["id"] for it in items]
        if ids != sorted(ids):
            problems.append(f"{name}: ids not in order")
        covered: set[str] = set()
        topics: set[object] = set()
        for it in items:
            if it["id"] in seen:
                problems.append(f"duplicate id {it['id']}")
            seen.add(it["id"])
            kind, sections = it["kind"], it["sections"]
            assert isinstance(sections, list)
            if kind not in KINDS:
                problems.append(f"{it['id']}: kind {kind}")
            if kind == "off-topic":
                if sections != ["none"] or it.get("topic") not in TOPICS:
                    problems.append(f"{it['id']}: off-topic needs ['none'] and a topic")
                topics.add(it["topic"])
            else:
                if not sections or any(s not in SECTIONS for s in sections) or "topic" in it:
                    problems.append(f"{it['id']}: sections {sections}")
                covered.update(sections)
            if not str(it["text"]).strip():
                problems.append(f"{it['id']}: empty text")
        missing = set(SECTIONS) - covered
        if missing:
            problems.append(f"{name}: no item for {sorted(missing)}")
        lacking = {t for t, _ in OFF_TOPIC} - topics
        if lacking:
            problems.append(f"{name}: no off-topic item for {sorted(lacking)}")
    texts = [str(it["text"]) for it in dev + test]
    if len(set(texts)) != len(texts):
        problems.append("the same text twice")
    if problems:
        raise SystemExit("make_fresh6en: " + "; ".join(problems))


def main() -> None:
    dev, test = build()
    check(dev, test)
    for name, items in (("dev", dev), ("test", test)):
        path = HERE / f"fresh6en-{name}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
    both = dev + test
    scope = [it for it in both if it["kind"] != "off-topic"]
    print(
        f"fresh6en: {len(dev)} dev + {len(test)} test = {len(both)}; in scope {len(scope)} "
        f"(mail {sum(it['kind'] == 'mail' for it in scope)}, "
        f"short {sum(it['kind'] == 'short' for it in scope)}, "
        f"noisy {sum(it['kind'] == 'noisy' for it in scope)}, "
        f"two sections {sum(len(it['sections']) == 2 for it in scope)}); "
        f"off-topic {len(both) - len(scope)}"
    )


if __name__ == "__main__":
    main()
