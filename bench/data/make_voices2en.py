"""Write bench/data/voices2en-train.jsonl: a large English TRAINING set in many new voices.

Run: `.venv/bin/python bench/data/make_voices2en.py` (seeded: the output is the same on every run).

Written by hand by a writer who read only the contact page and privacy policy, the table of FAQ
sections, the reference on business mail formats, `labels.py` and the line format; not the FAQ
file, the matcher, the other sets or their scores. No item was run through the matcher.

Each in-scope item below is its own way of asking (its own words, voice and specific data), not
a variant of another: 17 or so one-liners, 8 noisy lines and 15 mails per section (a second
tranche, ITEMS2, written after the first and drawn after it), about one in twelve asking two
things (and listing both sections). Only the wrapping of in-scope mails
(greeting, closing, signature, a mobile footer, quoted earlier mail under one in five) is drawn
from the pools below. Off-topic items are written whole: half one-liners, half whole mails, in
the company's vocabulary and many of them close to privacy.

One split, train: the set is for training models and for writing phrasings, never for scoring.
"""

from __future__ import annotations

import json
import random
import textwrap
from collections import Counter
from pathlib import Path

from labels import TOPICS

from casework.faq import SECTIONS

OUT = Path(__file__).with_name("voices2en-train.jsonl")
SEED = 20261203
KINDS = ("short", "noisy", "mail", "off-topic")

# Mail registers: "p" a private customer, "b" a business, legal or compliance writer, "c" a
# casual or curt writer (teenager, busy manager, angry customer), "w" written whole (no wrapping).

GREETINGS = {
    "p": [
        "Hello,",
        "Dear Sir or Madam,",
        "To whom it may concern,",
        "Good morning,",
        "Dear Planet Management,",
        "Dear Inquiry Desk,",
        "Hello there,",
        "Dear customer service team,",
        "Good evening,",
        "Dear all,",
        "Hello Planet Management team,",
        "Dear staff,",
        "Good afternoon.",
        "Hi,",
    ],
    "b": [
        "Dear Sir/Madam,",
        "Dear Inquiry Desk team,",
        "To the person in charge,",
        "Good afternoon,",
        "Dear colleagues,",
        "To the Personal Information Protection Desk,",
        "Dear Planet Management Co., Ltd.,",
        "Hello,",
        "Dear Inquiry Desk,",
        "To whom it may concern:",
    ],
    "c": ["Hi", "hi,", "Hey,", "Hello", "", "", "Hi there", "Yo,", "Hi team,", "Morning,"],
}

CLOSINGS = {
    "p": [
        "Thank you for your help.",
        "Kind regards,",
        "Thanks in advance,",
        "Many thanks,",
        "Looking forward to your reply.",
        "Sincerely,",
        "Yours faithfully,",
        "Warm regards,",
        "With thanks,",
        "Best wishes,",
        "Thank you very much.",
        "I look forward to hearing from you.",
        "Regards,",
        "Thank you for reading this.",
    ],
    "b": [
        "Best regards,",
        "Kind regards,",
        "Yours sincerely,",
        "Thank you for your cooperation.",
        "We appreciate your prompt attention to this matter.",
        "Regards,",
        "With best regards,",
        "Thank you in advance for your response.",
    ],
    "c": ["Thanks", "thx", "Cheers,", "Best,", "ty", "BR,", "Rgds,", "Thanks.", "", "Cheers"],
}

SIGNATURES = {
    "p": [
        "Margaret O'Neill",
        "Hiroshi Tanaka\n090-4412-7831",
        "Aiko Suzuki (Room 803, Planet Court Meguro)",
        "R. Fernandes",
        "Elena Popescu\nelena.popescu@example.net",
        "-- \nTom Whitaker\nTokyo, Japan",
        "Nguyen Thi Lan",
        "Mrs. Yoko Hartmann",
        "Samuel Okafor\n+81 80-2231-9904",
        "Kenji\n\nSent from my iPhone",
        "Priya Raman\n\nSent from my Android phone",
        "Chen Wei (陳偉)",
        "Harold Bennett\nFlat 2B, Planet Heights Kichijoji",
        "Lucía Morales\n\nGet Outlook for Android",
        "Sato Michiko\n佐藤 美智子",
        "Jonas Lindqvist",
        "Fatima Al-Sayed\nSent from Yahoo Mail on Android",
        "M. Kobayashi",
        "Grace Park\n\nSent from my iPad",
        "Daniel Roy\n-----\nPlease excuse typos, sent from my phone",
        "Anna Weber\n\nSent from Mail for Windows",
        "Ikeda Takumi / 池田 拓海\n〒153-0064 東京都目黒区下目黒2-1-1",
        "Bill",
        "Rosa",
    ],
    "b": [
        "Akira Nomura\nLegal Affairs Department | Kasumi Trading Co., Ltd.\n"
        "Tel: 03-5412-8870 | nomura.a@kasumi-trading.example.jp",
        "Sophie Laurent\nCompliance Officer, Northbridge Logistics K.K.\n+81 3-6809-1120",
        "Attorney Kenta Ishii\nIshii & Partners Law Office\n2-3-4 Kojimachi, Chiyoda-ku, Tokyo\n"
        "Tel 03-3230-5517 / Fax 03-3230-5518",
        "--\nMark Delaney\nHead of Procurement | Meridian Foods Japan\n"
        "mdelaney@meridian.example.com",
        "Rebecca Tan, CIPP/A\nData Protection Lead, Asia Pacific\nHarbourline Insurance",
        "━━━━━━━━━━━━━━━━━━\nYusuke Mori\nGeneral Affairs Division\nSakura Dental Clinic\n"
        "TEL 03-3711-2290\n━━━━━━━━━━━━━━━━━━",
        "Julia Becker\nOffice Manager | Blue Lantern Design\nwww.bluelantern.example.com\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the "
        "addressee and may contain confidential information. If you have received it in error, "
        "please notify the sender and delete it.",
        "Thomas Grün\nPartner, Grün Rechtsanwälte\nMunich | Tokyo",
        "Naomi Fujita\nParalegal, Aoyama Sogo Law Firm\nnfujita@aoyama-law.example.jp\n\n"
        "Please consider the environment before printing this e-mail.",
        "Owen Hughes\nIT Security & Privacy | Kestrel Systems Japan G.K.\n"
        "Sent from Outlook for iOS",
        "Keiko Arai (on behalf of the Residents' Association, Planet Garden Tower)",
        "David Kim\nDirector, Operations\nSilverleaf Hotels Japan\nM: +81 90-7781-2204",
    ],
    "c": [
        "- Jake",
        "Mia",
        "T.",
        "Ryo",
        "sent from my phone",
        "K. Sato",
        "",
        "Dan\n\nSent from my iPhone",
        "Lena",
        "A",
        "Marco\nGet Outlook for iOS",
        "— Chris",
    ],
}

# Quoted earlier mail: a header in the shape of one mail client, and what was quoted.
QUOTE_HEADERS = [
    ("On Tue, Dec 1, 2026 at 10:02 AM Inquiry Desk <info@planetmgmt.biz> wrote:", "> "),
    (
        "On Mon, Nov 30, 2026 at 6:41 PM Planet Management Inquiry Desk <\ninfo@planetmgmt.biz> "
        "wrote:",
        "> ",
    ),
    (
        "________________________________\nFrom: Inquiry Desk <info@planetmgmt.biz>\n"
        "Sent: Wednesday, November 25, 2026 4:15 PM\nTo: {addr}\nSubject: RE: Question",
        "",
    ),
    (
        "-----Original Message-----\nFrom: info@planetmgmt.biz [mailto:info@planetmgmt.biz]\n"
        "Sent: Friday, November 27, 2026 09:30 AM\nTo: {addr}\nSubject: Your inquiry",
        "",
    ),
    ("On Nov 28, 2026, at 11:20, Inquiry Desk <info@planetmgmt.biz> wrote:", "> "),
    ("On 2026/11/26 14:05, Inquiry Desk wrote:", "> "),
    ("On Thu, 26 Nov 2026 17:48:03 +0900\nInquiry Desk <info@planetmgmt.biz> wrote:", ">"),
    ("2026年11月30日(月) 9:12 Inquiry Desk <info@planetmgmt.biz>:", "> "),
    (
        "-------- Original Message --------\nSubject: \tRe: your message\n"
        "Date: \tMon, 30 Nov 2026 10:11:00 +0900\nFrom: \tInquiry Desk <info@planetmgmt.biz>",
        "> ",
    ),
    ("{name} wrote on 24/11/2026 08:55:", "> "),
]

# What the customer quotes: mostly the desk's own acknowledgement or an earlier exchange about
# something else, so a reader that keeps the quote is misled.
QUOTED_BODIES = [
    "Thank you for contacting Planet Management Co., Ltd.\nWe have received your inquiry and "
    "will reply within a few business days.\nPlease note that we do not answer on Saturdays, "
    "Sundays and public holidays.",
    "Dear customer,\n\nThank you for your message. To look into this we need your customer "
    "number and the address registered with us.\n\nInquiry Desk\nPlanet Management Co., Ltd.",
    "Thank you for your patience. The repair of the entrance door at your building has been "
    "scheduled for next Monday morning.",
    "Your request has been forwarded to the department in charge.\nWe will contact you again "
    "once we have an answer.",
    "Thank you for your inquiry about the parking space contract for next year.\nThe "
    "contract form is attached; please return it by the 20th.",
    "This is an automatic reply. Our office is closed for the year-end holidays and we will "
    "answer your mail in the order received.",
    "We are sorry for the inconvenience. Could you tell us the date of your visit and your "
    "room number?",
    "Thank you. We confirm that your new bank account for rent payment has been registered.",
]

ADDRESSES = [
    "m.oneill@example.net",
    "tanaka.h@example.jp",
    "lan.nguyen@example.com",
    "rf1977@example.org",
    "w.chen@example.cn",
]
NAMES = ["Margaret O'Neill", "Hiroshi Tanaka", "Nguyen Thi Lan", "R. Fernandes", "Chen Wei"]

# In-scope items, per section. Each entry: (shape, text) or (shape, text, second section).
# shape: "s" one-liner, "n" noisy line, "p"/"b"/"c" a mail body wrapped from the pools of that
# register, "w" a whole mail written out (no wrapping).
Item = tuple[str, str] | tuple[str, str, str]

ITEMS: dict[str, list[Item]] = {
    "collection": [
        ("s", "What exactly do you people know about me?"),
        ("s", "Do you keep my date of birth on file, and why would you even need it?", "purpose"),
        ("s", "Does your app track my location?"),
        ("s", "What does your website pick up about me through cookies?"),
        ("s", "If I log in with my Google account, what do you get from Google?"),
        ("s", "Are phone calls to your office recorded?"),
        ("s", "Do you store which pages I look at on your site?"),
        ("s", "Which categories of personal data do you process about your customers?"),
        ("s", "Is my card number saved somewhere on your side?"),
        ("s", "When I signed up through LINE, did you get my friends list as well?"),
        ("s", "You have cameras in the reception area. Is that footage kept?"),
        ("s", "Is it true that your app reads the contacts on my phone?"),
        ("s", "Do you keep a record of everything I've ever bought from you?"),
        ("s", "Does the site run Google Analytics or any other trackers?"),
        ("s", "What do you gather from people who only browse and never make an account?"),
        ("s", "My mother uses your app; what kind of information does it hold on users like her?"),
        ("n", "wat info u guys take when i make a accnt??"),
        ("n", "does yuor app collect my gps even when its closed"),
        (
            "n",
            "I am want to know which informations your company is getting from me when I use "
            "service.",
        ),
        ("n", "cookies on ur site, wht do they grab exactly"),
        ("n", "hi does the app see my photos folder or no"),
        ("n", "Plz tell what data is colected when I conect my facebook"),
        ("n", "is my phone number saved in ur system?? i only gave it once"),
        (
            "p",
            "I'm a fairly private person and I've just installed your app for my building. "
            "Before I go any further I'd like to know what it gathers about me. Is it only my name "
            "and email, or more than that?",
        ),
        (
            "b",
            "We are reviewing our vendors under our group's data protection framework. Could "
            "you list the categories of personal data your service obtains from end users, "
            "including any data received from external services such as social login providers?",
        ),
        (
            "p",
            "I called your office last Tuesday about my lease and only afterwards wondered "
            "whether the call was being recorded. Do you record calls, and if so, is the "
            "recording kept with my file?",
        ),
        (
            "p",
            "My son, who is 15, signed himself up on your website for the residents' "
            "barbecue. I wasn't asked for anything. What information would you have taken "
            "from him when he registered?",
        ),
        (
            "p",
            "For years I did everything with you on paper, but last spring my daughter set "
            "me up with your website. Now my phone suggests shops near my house and I don't know "
            "why. I'm not cross, I would just like to understand what the website and the app "
            "take from me when I use them.",
        ),
        (
            "b",
            "Pursuant to the principle of transparency, please identify each category of "
            "personal information the Company acquires about data subjects, its source, and "
            "whether any of it is received from third-party platforms.",
        ),
        (
            "c",
            "your site dropped about a dozen cookies on my browser before i even clicked "
            "anything. that seems like a lot?? what are they all collecting",
        ),
        (
            "p",
            "I am writing on behalf of my elderly father, who is a tenant in one of your "
            "buildings. He is worried that the entry card system logs every time he comes and "
            "goes. Does it, and is that information kept?",
        ),
        (
            "p",
            "I'm new to Japan and registered with your service using my residence card. Do "
            "you keep a copy of the card itself, or only the number?",
        ),
        (
            "p",
            "Does your website remember what I search for and which listings I look at, even "
            "when I'm not logged in? I keep seeing the same flats again.",
        ),
        (
            "p",
            'What data did you get from my Apple ID when I used "Sign in with Apple"? And '
            "could you remove whatever you got that way?",
            "correction",
        ),
        (
            "c",
            "Quick one: do you collect anything beyond name, email and phone from our staff "
            "who use your portal? Need it for our records.",
        ),
    ],
    "purpose": [
        ("s", "Why do you need my birthday?"),
        ("s", "What do you actually use my email address for?"),
        ("s", "Why am I seeing ads for your properties on Instagram?"),
        ("s", "Is what I do on your site used for advertising?"),
        ("s", "For what purposes is my personal data processed?"),
        ("s", "What's the point of tracking how I move around inside your app?"),
        ("s", "Do you use my info for anything besides running the service itself?"),
        ("s", "Are my details used for marketing or only for important notices?"),
        ("s", 'I got a "we miss you" email. What exactly is my data being used for?'),
        ("s", "Do you analyse my purchase history to target me?"),
        ("s", "What is the purpose of use you announced for customer information?"),
        (
            "s",
            "Is my phone number only for contacting me about the service, or for other things too?",
        ),
        ("s", "Why does your app need to know how often I open it?"),
        ("s", "Is my information used to check whether your ads are working?"),
        ("s", "What do you collect from my phone and what is it used for?", "collection"),
        ("n", "y do u need my phone num for a simple signup"),
        ("n", "what r u doing with all my data honestly"),
        ("n", "I want to know for what reason you are using my informations."),
        ("n", "wy am i getting ur ads on youtube now lol"),
        ("n", "pls explain purpose of using customer data, english not good sorry"),
        ("n", "is my adress used for sending pamflets??"),
        ("n", "u track me 4 ads or wat"),
        (
            "p",
            "I gave you my date of birth when I rented a parking space, and now I get "
            "birthday coupons from you. That is not what I signed up for. What else is my "
            "information being used for?",
        ),
        (
            "b",
            "As part of our supplier assessment we need a statement of the purposes for which "
            "you use the personal data of our employees who register on your platform.",
        ),
        (
            "p",
            "Since I downloaded your app, adverts for your apartments follow me everywhere "
            "online. It's a bit creepy. Is that because of the app?",
        ),
        (
            "p",
            "I am 79 years old and not good with computers. My granddaughter says companies "
            "use your information for all sorts of things. Could you please tell me, in plain "
            "words, what you use my name and address for?",
        ),
        (
            "b",
            "We act for Ms. Keiko Arai. Kindly set out the purposes of use for which the "
            "Company processes our client's personal information, and state whether behavioural "
            "analysis or advertising is among them.",
        ),
        (
            "p",
            "Every time I look at a flat on your website, an email about similar flats "
            "arrives within the hour. How does that work? I didn't think looking was the same "
            "as asking.",
        ),
        (
            "p",
            "In my country companies must say why they take your data. I could not find this "
            "clearly in English on your site. For what do you use customer information?",
        ),
        (
            "c",
            "so my mum made me sign up for your thing for the building gym and now i get "
            "newsletters. what do you even use my stuff for",
        ),
        (
            "p",
            "What do you use my purchase history for, and do you pass it to anyone outside "
            "your company?",
            "third-party",
        ),
        (
            "c",
            'Lovely to learn that your app checks my location "to improve services". Which '
            "services, exactly, need to know where I am at 2 a.m.?",
        ),
        (
            "b",
            "For our records, could you confirm whether customer data is used for traffic and "
            "behaviour measurement, and whether that analysis is done in-house?",
        ),
        (
            "p",
            "My daughter is 12 and uses your app to book the community room. I'd like to "
            "understand what you use children's information for. Is any of it used for "
            "advertising?",
        ),
    ],
    "third-party": [
        ("s", "Do you sell my details to other companies?"),
        ("s", "How did a removal company get my number right after I signed with you?"),
        ("s", "Will you hand my information to the police if they ask for it?"),
        ("s", "Is my data shared with advertisers?"),
        ("s", "Who outside your company can see my personal information?"),
        ("s", "Do you pass customer lists on to estate agents?"),
        ("s", "Can the ward office get my details from you without telling me?"),
        ("s", "In which cases do you provide personal data to third parties without consent?"),
        (
            "s",
            'A cleaning firm called me by name and said they got my details "through '
            'Planet". Is that true?',
        ),
        ("s", "If I log in with Facebook, does Facebook get information back from you?"),
        ("s", "Did you give my email address to an insurance company?"),
        ("s", "Would you give CCTV footage of me to someone who asked for it?"),
        ("s", "Do you give my phone number to the owner of the building?"),
        ("s", "Has my information been given to anyone without my permission?"),
        (
            "s",
            "Do you share my data with outside companies, and can I see what was shared?",
            "disclosure",
        ),
        ("n", "how did some random company get my adress?? only gave it to u"),
        ("n", "do u sell data to 3rd partys"),
        ("n", "I am receive many spam call since I register. You give my number to other company?"),
        ("n", "r u sharing my info w/ advertisers or nah"),
        ("n", "pls dont give my data to othr companys, do you do this?"),
        ("n", "who do u send my info too"),
        ("n", "police ask for my info, u give them??"),
        (
            "p",
            "Two days after I moved into your building, I started getting flyers from an "
            "internet provider addressed to me by name at my new flat. Nobody else had my new "
            "address. Did you give it to them?",
        ),
        (
            "b",
            "Please confirm whether personal data received from our company in the course of "
            "our contract is provided to any third party, and on which legal grounds provision "
            "without consent may occur.",
        ),
        (
            "p",
            'A man rang me yesterday saying he was from a company "connected with" you, and '
            "he knew my birthday. I did not like it at all. Do you give out people's birthdays?",
        ),
        (
            "b",
            "Our client has been contacted by a debt collection agency which appears to hold "
            "contact details she provided only to your Company. Please confirm whether, when and "
            "to whom you provided her personal information.",
        ),
        (
            "c",
            "I have had THREE calls this week from a solar panel company. I have given my "
            "mobile number to exactly one company this year and that's you. Explain.",
        ),
        (
            "p",
            "The immigration office asked me questions that only my landlord would know. "
            "Can government offices receive my information from you without asking me?",
        ),
        (
            "p",
            "Strange thing: after I used your chat support, I started getting messages from "
            "a \"partner\" I've never heard of. How do outside firms end up knowing I'm your "
            "customer?",
        ),
        (
            "p",
            "Do you share my details with third parties? If you do, I'd like to know how to "
            "stop it.",
            "suspension",
        ),
        (
            "p",
            "My sister doesn't use email, so I'm writing for her. She received a letter from "
            "a law office that seemed to know all about her tenancy with you. Does your company "
            "share tenant information with lawyers?",
        ),
        (
            "c",
            "Before we sign: is any of our staff's data provided to outside companies? Yes or "
            "no is fine.",
        ),
        (
            "p",
            "I signed in to your site with my Google account. Does that mean you send Google "
            "anything about what I do on your site?",
        ),
        (
            "p",
            "My late mother still gets letters from companies I have never heard of, all "
            "mentioning her contract with you. Was her information passed on to others?",
        ),
    ],
    "joint-use": [
        ("s", "Do other Planet Group companies have access to my data?"),
        ("s", "Is my information shared inside your group?"),
        ("s", 'Who exactly are the "business partners" that jointly use my information?'),
        ("s", "Which items of my data are jointly used with your affiliates?"),
        (
            "s",
            "Why did Planet Realty know my phone number when I only gave it to Planet Management?",
        ),
        ("s", "Can your sister companies see my purchase history?"),
        ("s", "Who is responsible for my data when it is shared across the group?"),
        ("s", "Do your partner companies get my address for their own services?"),
        ("s", "What is the scope of joint use of personal information?"),
        ("s", "If I'm a customer of one Planet company, do all of them know about me?"),
        ("s", "Does the group pass my date of birth between its companies?"),
        ("s", "May your partners use my details to offer me their own services?"),
        ("s", "Is data shared between Planet companies for advertising?"),
        ("s", "Which company is in charge of my data when it is used jointly?"),
        (
            "s",
            "I'd like to stop the joint use of my information with the other Planet companies.",
            "suspension",
        ),
        ("n", "do all the planet companys share my info with eachother?"),
        ("n", "ur group companies can see my stuf?"),
        ("n", "I want know if my data go to other company in your group."),
        ("n", 'who r these "business partners" u share w'),
        ("n", "planet group shares my adress?? with who"),
        ("n", "is my infomation use jointly by affilates"),
        ("n", "wait so planet insurance knows my birthday bc of u?"),
        (
            "p",
            "I rent a flat through you, and last week Planet Home Services sent me a quote for "
            "a kitchen renovation. They knew my name and my flat number. Do your group companies "
            "share customer information?",
        ),
        (
            "b",
            "Regarding the joint use of personal information described in your policy, "
            "please provide the list of group companies and business partners within the scope "
            "of joint use, and confirm which entity is responsible for its management.",
        ),
        (
            "p",
            "I have my flat with one Planet company and my parking space with another. When I "
            "changed my phone number with one of them, the other already had it. Is that normal? "
            "I am not complaining, I only want to understand.",
        ),
        (
            "b",
            "Please confirm whether our client's personal data, collected by Planet Management "
            "Co., Ltd., is used jointly with other entities and, if so, the items concerned, the "
            "purposes and the person responsible.",
        ),
        (
            "p",
            "Odd coincidence: I booked a cleaning service through your app and the next day a "
            "Planet-branded insurance brochure arrived, with the same spelling mistake in my name. "
            "Hmm.",
        ),
        (
            "p",
            'Who are the "business partners" you use my data with, and how do I stop them '
            "from using it?",
            "suspension",
        ),
        (
            "p",
            'I see in your policy that my data can be used "jointly". In my language this '
            "word is not clear. Does it mean other companies use my data? Which companies?",
        ),
        (
            "c",
            "We're putting 40 staff on your portal. Does their data stay with Planet "
            "Management or is it shared with the wider Planet Group?",
        ),
        (
            "c",
            "my dad works for one of your group companies and he said he can see customer "
            "stuff from the other companies. is that true?? i use your app",
        ),
        (
            "c",
            "Apparently being a customer of one Planet company means being a customer of all "
            "of them. When exactly did I agree to that, and which companies are we talking about?",
        ),
        (
            "p",
            "My son has an account with your sports facility, and now a Planet tutoring "
            "company is sending him leaflets. Is his information being shared within your group?",
        ),
        (
            "c",
            "I work nights and only have a minute. Does Planet Group share my info across its "
            "companies? Which ones?",
        ),
    ],
    "disclosure": [
        ("s", "Can I get a copy of everything you have on me?"),
        ("s", "I want to submit a data subject access request."),
        ("s", "How do I request disclosure of my personal information under the APPI?"),
        ("s", "Please send me the recordings of my phone calls with your office."),
        ("s", "Can I see the CCTV footage of me in your lobby on 3 November?"),
        ("s", "Is there a fee for asking for my personal data?"),
        ("s", "What ID do I need to show to ask for my records?"),
        ("s", "Could you show me what my late father's account contains?"),
        ("s", "Show me my purchase history as you hold it."),
        ("s", "Can I find out what data you have on my kid?"),
        ("s", "I'd like a printout of what's in my customer file."),
        ("s", "How long does it take to get my data once I've asked for it?"),
        ("s", "Can my lawyer request my personal data for me?"),
        ("s", "Do you hold any photos of me, and may I see them?"),
        ("s", "What's the procedure for finding out what personal info you keep?"),
        ("s", "I want to see what you hold on me and fix whatever is wrong.", "correction"),
        ("n", "i want all my data u have, send it pls"),
        ("n", "how i can see my infomation you keep"),
        ("n", "can i get copy of my data?? like a file"),
        ("n", "wanna see wat u got on me"),
        ("n", "I request my personal data dislosure, how to do"),
        ("n", "can u email me my records thx"),
        ("n", "how see the camera video of me in ur lobby"),
        (
            "p",
            "I have a dispute with a neighbour and I believe your records of my complaints "
            "would help. Could you send me a copy of the personal information and correspondence "
            "you hold about me?",
        ),
        (
            "b",
            "We represent Mr. Daniel Ortiz. Pursuant to the Act on the Protection of Personal "
            "Information, our client requests disclosure of all retained personal data concerning "
            "him. A power of attorney will follow by post.",
        ),
        (
            "p",
            "My father passed away in August. He had an account with you and I am trying to "
            "settle his affairs. Can I, as his daughter and executor, obtain the information held "
            "in his account?",
        ),
        (
            "p",
            "I would like to know what you have written down about me. I'm 84 and I have no "
            "email except this one my son set up. Could you send it to me by post?",
        ),
        (
            "p",
            "I would like to exercise my right of access. In Europe this is called a subject "
            "access request. Is there a similar procedure with your company?",
        ),
        (
            "p",
            "My daughter (14) used your app. As her parent, may I see the personal data you "
            "have about her?",
        ),
        (
            "p",
            "My bicycle was damaged in your car park. Before I go to the police I want to see "
            "the recording of me parking it. What do I need to send you?",
        ),
        ("c", "Please send me all my data, and after that delete all of it.", "correction"),
        (
            "c",
            "Need a copy of the personal info you hold on me. What's the process and roughly "
            "how long does it take?",
        ),
        (
            "c",
            "Given how much you seem to know about me (judging by the ads), I'd love to see "
            "the whole file. How do I get it?",
        ),
        (
            "p",
            "I was told on the phone that I had agreed to a renewal. I don't remember that at "
            "all. Please provide the recording of that call.",
        ),
        (
            "p",
            "Can I see what information you hold on me? And is there a phone number I can "
            "call about this?",
            "contact",
        ),
    ],
    "correction": [
        ("s", "My address is wrong in your system; how do I fix it?"),
        ("s", "Please delete my account and all my data."),
        ("s", "I want to exercise my right to erasure."),
        ("s", "You've spelled my name wrong on every letter. Can that be corrected?"),
        ("s", "My dad died last month; how do we close his account and remove his details?"),
        ("s", "Please remove my child's details from your records."),
        ("s", "I got married. How do I update my surname?"),
        ("s", "Delete the photos of me you took at the residents' event."),
        ("s", "Can you add my new mobile number to my file?"),
        ("s", "How do I get my purchase history erased?"),
        ("s", "Your file has my birthday wrong by a year."),
        ("s", "Could you wipe the CCTV footage that shows me?"),
        ("s", "I'd like the copy of my ID document destroyed now that the contract is over."),
        ("s", "How do I get my old email address taken off your records?"),
        ("s", "Forget me, please."),
        ("n", "pls delete my acount and everything"),
        ("n", "my adress is wrong in ur system, change pls"),
        ("n", "I want erase all my personal data. how"),
        ("n", "wrong birthdy in my profile, fix it"),
        ("n", "delet my info i dont use u anymore"),
        ("n", "can u remove my kids info from the app"),
        ("n", "name spelt rong on ur letters, also who do i call abt it", "contact"),
        (
            "p",
            "I moved out of your building in March and have had no contract with you since. "
            "I see no reason for you to keep my details. Please delete them.",
        ),
        (
            "p",
            "My mother passed away in the spring. Her account with you is still active and I "
            "keep receiving mail addressed to her. I'd like her account closed and her information "
            "deleted. What do you need from me?",
        ),
        (
            "b",
            "On behalf of our client, we request that the Company correct inaccurate personal "
            "data held about her (her registered address is out of date) and erase data that is "
            "no longer necessary for the purpose of use.",
        ),
        (
            "p",
            "My name is written wrongly in katakana in your system. It should be "
            "マリア・ゴンザレス, not マリヤ・ゴンサレス. Can you correct it?",
        ),
        (
            "p",
            "My son signed up for your app when he was 13 without asking me. I want his account "
            "and everything in it deleted.",
        ),
        (
            "p",
            "My phone number changed because I moved into a care home. Please put the new "
            "number in place of the old one. My daughter is helping me write this.",
        ),
        (
            "p",
            "At the summer festival in your building someone from your office took pictures, "
            "and one of me and my kids is now on your website. Please take it down and delete it.",
        ),
        (
            "c",
            "I've asked twice on the phone to have my old address removed and it keeps showing "
            "up on your letters. Please, finally, correct it.",
        ),
        (
            "p",
            "I'd like my phone number corrected. Also, what are your office hours, in case I "
            "need to call?",
            "hours",
        ),
        ("c", "Please delete my data. Account email is this one. Confirm when done."),
        (
            "b",
            "I hereby request the erasure of all personal data relating to me, and written "
            "confirmation once the erasure is complete.",
        ),
        (
            "p",
            'Your letters still go to "Mr." although I am a woman, and the title has been '
            "wrong since I signed up. I'd appreciate it if that were put right.",
        ),
    ],
    "suspension": [
        ("s", "Stop sending me marketing emails."),
        ("s", "I withdraw my consent to the use of my data."),
        ("s", "I object to the processing of my data for advertising."),
        ("s", "How do I opt out of tracking in your app?"),
        ("s", "Can you stop using my location?"),
        ("s", "Please stop using my data for behavioural analysis."),
        ("s", "I don't want my info used for ads any more."),
        ("s", "How do I unsubscribe from everything you send?"),
        ("s", "I believe you got my details by deception, so please stop using them."),
        ("s", "Stop calling me."),
        ("s", "Can I turn off the cookies that follow me around?"),
        ("s", "Please restrict the processing of my personal data while my complaint is reviewed."),
        ("s", "My data is being used beyond the purpose you stated. Stop it."),
        ("s", "Opt me out of your partners' mailings."),
        ("s", "Who do I tell that I no longer consent to you using my data?", "contact"),
        ("n", "stop sending me emails!!!!"),
        ("n", "how i stop u using my info for ads"),
        ("n", "pls no more msgs, i cancel consent"),
        ("n", "dont use my data anymore ok?"),
        ("n", "unsubscribe me from evrything"),
        ("n", "I am not agree to you use my data anymore, please stop."),
        ("n", "stop tracking my phone plz"),
        (
            "p",
            "I'm happy to stay a tenant, but I don't want my information used for anything "
            'else: no newsletters, no ads, no "surveys". Please limit the use of my details to '
            "what is needed for my lease.",
        ),
        (
            "b",
            "Our client hereby withdraws any consent to the use of her personal information "
            "for purposes other than the performance of her contract, and objects to its use for "
            "advertising and behavioural measurement.",
        ),
        (
            "p",
            "Your company telephones me every few weeks about new services. I am 88 and it "
            "confuses me. Please stop.",
        ),
        (
            "c",
            "I unsubscribed in September. It's December and I'm still getting your emails. "
            "How many times do I have to tell you?",
        ),
        (
            "p",
            "I want that you stop to use my information for advertisement. I don't want "
            "receive it. Is this possible?",
        ),
        (
            "p",
            "Please stop sending promotional material to my daughter. She is 11. I'd like her "
            "information used only for booking the swimming class.",
        ),
        (
            "p",
            'A sales rep took my details at a "free prize draw" which turned out to be your '
            "promotion. I didn't know it was you. I want you to stop using what you got that way.",
        ),
        (
            "p",
            "Please stop sending me newsletters, and tell me how you got my email address in "
            "the first place.",
            "collection",
        ),
        (
            "p",
            "My husband passed away in October, but your mailings for him keep coming. It is "
            "painful to see his name. Please stop sending them.",
        ),
        (
            "p",
            "I'd like you to stop using my location data. I'm not sure whether I should switch "
            "it off on my phone or whether you have to do something on your side.",
        ),
        ("c", "Please opt our company's staff out of all your marketing. List attached."),
        (
            "c",
            'Your cookie banner has an "accept" button and nothing else. I don\'t accept. How '
            "do I refuse the tracking?",
        ),
    ],
    "contact": [
        ("s", "Who do I talk to about my personal information?"),
        ("s", "What's the phone number for privacy questions?"),
        ("s", "Is there a data protection officer I can write to?"),
        ("s", "Where do I send a complaint about how my data was handled?"),
        ("s", "What's your postal address for privacy requests?"),
        ("s", "Which department deals with personal information inquiries?"),
        ("s", "Is this the right email address for privacy stuff?"),
        ("s", "Can I speak to someone in person about my data?"),
        ("s", "Who is in charge of protecting customer information at your company?"),
        ("s", "Is there a form to fill in, or do I just email you?"),
        ("s", "I want to complain about your privacy policy. Where do I go?"),
        ("s", "Is there a contact in English for questions about data?"),
        ("s", "Who handles it if the inquiry desk doesn't answer my complaint properly?"),
        ("s", "How can I reach an actual human about my data?"),
        ("s", "Which number do I ring, and until what time?", "hours"),
        ("n", "who i contact for my data problem"),
        ("n", "phone numbr for privacy pls"),
        ("n", "where complain about my infomation"),
        ("n", "is there email for privacy questons?? this one?"),
        ("n", "need to talk 2 someone about my data asap"),
        ("n", "I am search the contact of person for personal information, where?"),
        ("n", "hw do i reach ur privacy ppl"),
        (
            "p",
            "I have a question about how my information was handled and I'm not sure this "
            "inbox is the right place. Could you point me to the correct department?",
        ),
        (
            "p",
            "I would rather telephone than write. Could you please give me a telephone "
            "number for questions about personal information?",
        ),
        (
            "b",
            "Please provide the contact details of the person or department responsible for "
            "personal information protection at your company, for our vendor register.",
        ),
        (
            "c",
            "I want to make a formal complaint about the way my data was handled. Not a "
            '"feedback" form. A complaint. Who do I address it to?',
        ),
        (
            "p",
            "My Japanese is not so good. Is there someone who can answer me in English about "
            "my personal data?",
        ),
        (
            "b",
            "Kindly confirm the correct addressee for formal requests under the APPI, "
            "including the postal address, so that our letter reaches the responsible department.",
        ),
        (
            "c",
            "I've been bounced around your phone menu three times trying to ask about my "
            "data. Surely somebody there deals with this?",
        ),
        (
            "p",
            "Who should I contact about deleting my account? And at what hours is the desk open?",
            "hours",
        ),
        (
            "c",
            "Can you give me a direct contact for privacy matters? We'll have a couple of "
            "questions each quarter.",
        ),
        (
            "p",
            "I'm handling my late uncle's affairs and need to ask about his records with you. "
            "Who is the right person to speak to?",
        ),
        (
            "c",
            "hi im doing a school project on privacy and tbh im also a bit worried about my "
            "own account. who do i ask about what happens to my data?",
        ),
        (
            "p",
            "I want to complain about how my data was used, and I also want it corrected. "
            "Where do I send this?",
            "correction",
        ),
    ],
    "changes": [
        ("s", "Has your privacy policy changed recently?"),
        ("s", "How will you tell me if the privacy policy changes?"),
        ("s", "When was the policy last updated?"),
        ("s", "Can you change the policy whenever you like?"),
        ("s", "What changed in the new version of your privacy policy?"),
        ("s", "Do I have to agree again when you update the policy?"),
        ("s", "Where can I read the old version of the policy?"),
        ("s", "Will I get an email when the terms change?"),
        ("s", "When does the revised privacy policy take effect?"),
        ("s", "Is there a changelog for your privacy notice?"),
        ("s", 'I got a notice saying the policy was "revised". What\'s different?'),
        ("s", "Do you notify customers before amending the policy?"),
        ("s", "What happens to my data if the policy changes and I don't accept the change?"),
        ("s", "How often do you revise your privacy policy?"),
        ("s", "Did the latest policy update change what you collect about me?", "collection"),
        ("n", "did u change the privacy thing again"),
        ("n", "how i know when policy change"),
        ("n", "wat changed in new policy? too long to read"),
        ("n", "do u tell ppl when u update privacy rules"),
        ("n", "new policy start when?"),
        ("n", 'I am receive email "policy changed", what is change?'),
        ("n", "u can just change the policy whenever?? srsly"),
        (
            "p",
            "I received a letter saying your privacy policy has been revised. It's long and I "
            "can't tell what is new. Could you summarise what changed?",
        ),
        (
            "b",
            "Please inform us of the effective date of the most recent revision of your "
            "privacy policy, and of how customers are notified of revisions.",
        ),
        (
            "p",
            "I don't use the internet much. If you change your rules on personal information, "
            "will you send me a letter, or is it only on the website?",
        ),
        (
            "c",
            'Your policy says you may change it "at your discretion". So I agree to '
            "something today and tomorrow it's different? How would I even know?",
        ),
        (
            "b",
            "Please confirm whether the Company's privacy policy has been amended since April "
            "2022 and, if so, provide the prior version.",
        ),
        (
            "p",
            "I agreed to the privacy policy when I signed my lease three years ago. Is the "
            "policy now the same as it was then?",
        ),
        (
            "p",
            "I noticed that the date at the bottom of your privacy page is different this "
            "month. I didn't get any message about it.",
        ),
        (
            "p",
            "Has the policy changed, and does the change affect who my data is given to?",
            "third-party",
        ),
        (
            "c",
            "Any upcoming changes to your privacy policy we should know about? Our legal team "
            "is asking.",
        ),
        (
            "p",
            "I only read my email about once a month. If you announce changes by email, is "
            "there some period before they apply?",
        ),
        (
            "p",
            "My son accepted your new terms with a single tap. Does a policy change apply to "
            "children's accounts automatically?",
        ),
        (
            "b",
            "Our records show the version of your privacy policy dated April 2022. Kindly "
            "confirm whether that remains current.",
        ),
    ],
    "hours": [
        ("s", "What are your opening hours?"),
        ("s", "Are you open on Saturdays?"),
        ("s", "Do you answer emails during Golden Week?"),
        ("s", "How long does it usually take to get a reply?"),
        ("s", "Will someone reply over the New Year holidays?"),
        ("s", "Is the desk staffed on public holidays?"),
        ("s", "What time does the inquiry desk close?"),
        ("s", "I emailed on Friday night; when can I expect an answer?"),
        ("s", "Are you open on Sundays?"),
        ("s", "Can I call at lunchtime?"),
        ("s", "Do you close for Obon?"),
        ("s", "Which time zone are your hours in?"),
        ("s", "Is anyone there after 6 pm?"),
        ("s", "I got an automatic reply. When will a real person answer?"),
        ("s", "When do you reopen after the holidays?"),
        ("n", "wat time u open"),
        ("n", "r u open sat??"),
        ("n", "when u reply? waiting 3 days"),
        ("n", "you are work on holiday?"),
        ("n", "nobody answer phone, what time is working"),
        ("n", "open during new yr??"),
        ("n", "when will someone get bak to me, and whats ur phone no", "contact"),
        (
            "p",
            "I'm abroad, in London, and I need to ring you. What are your office hours? "
            "I'll work out the time difference.",
        ),
        ("p", "I tried phoning at 8 in the morning and nobody answered. What time should I call?"),
        (
            "b",
            "We would like to schedule a call about a customer's request. On which days and "
            "at what times is your desk available?",
        ),
        (
            "c",
            "I sent my request nine days ago and have heard nothing. Is anyone actually "
            "reading these?",
        ),
        ("p", "I work until 7 pm. Is there time for phone in the evening or on the weekend?"),
        ("c", "When's the desk staffed? Need to know before I escalate."),
        (
            "p",
            "I received an auto-reply saying that the office is closed. Until when? It didn't say.",
        ),
        ("p", "What are your hours, and what's the telephone number?", "contact"),
        ("c", "do you answer on weekends? i only have time then"),
        (
            "p",
            "I'm sending this on the 29th of December. Will it be read before January, or "
            "should I wait and send it again?",
        ),
        (
            "p",
            "It's been a week. I know you're busy, but I'd like some idea of how long these "
            "things take.",
        ),
        (
            "c",
            'Your auto-reply says you\'ll respond "shortly". Could you define shortly? Days? '
            "Weeks?",
        ),
    ],
}

# Whole mails written out (forwards, a pasted web form, inline replies, carrier mail, letters)
# and a few euphemisms, each with its section or sections.
WHOLE: list[tuple[tuple[str, ...], str, str]] = [
    (
        ("disclosure", "correction"),
        "w",
        "Subject: New submission from Contact Us\n\nName: Olivia Grant\n"
        "Email: olivia.grant@example.com\nInquiry type: Privacy\n"
        "Message: I lived at Planet Court Nakano until 2024. Could you tell me what you still "
        "keep about me, and delete whatever you don't need any more?\n\n"
        "I agree to the Privacy Policy: Yes\n--\n"
        "This e-mail was sent from a contact form on Planet Management Co., Ltd. "
        "(https://www.planetmgmt.biz/en/)",
    ),
    (
        ("third-party",),
        "w",
        "FYI, see below. This came to my home address this morning as well. I have only ever "
        "given this address to you, so how did they get it?\n\nBen\n\n"
        "---------- Forwarded message ---------\n"
        "From: Sunrise Solar Japan <campaign@sunrise-solar.example.com>\n"
        "Date: Mon, Nov 30, 2026 at 9:03 AM\n"
        "Subject: Special offer for residents of Planet Heights\n"
        "To: <ben.harris@example.com>\n\n"
        "Dear Mr. Harris,\n\nAs a valued resident of Planet Heights Kichijoji, you are eligible "
        "for our exclusive rooftop solar discount. Reply before 15 December to book a free "
        "survey of your home.\n\nSunrise Solar Japan",
    ),
    (
        ("disclosure",),
        "w",
        "Thanks for getting back to me. Answers inline.\n\n"
        "> Could you tell us your customer number?\n\nIt's PM-448120.\n\n"
        "> Please let us know what you would like us to do.\n\n"
        "I want to see the personal data you hold about me. Is there a fee, and can you send it "
        "by email rather than by post?\n\nRegards,\nIngrid Solberg",
    ),
    (
        ("changes",),
        "w",
        "Hello,\n\nMy wife scanned this letter and sent it to me. Is it really from you? It says "
        "the privacy policy has changed, but not what changed or from when.\n\n"
        "Peter Lang\n\n-------- Forwarded Message --------\nSubject: \tscan from home\n"
        "Date: \tTue, 1 Dec 2026 19:02:11 +0900\nFrom: \tMaria Lang <maria.lang@example.de>\n\n"
        "Peter, this came today, can you check it? M.\n\n"
        "[scan] Notice to our customers: Revision of our Privacy Policy. We have revised our "
        "Privacy Policy. The revised policy is posted on our website.",
    ),
    (
        ("suspension", "correction"),
        "w",
        "hey so i dont want ur emails anymore and can u delete my account too. its the one "
        "with this email address. thanks\n- lily",
    ),
    (
        ("hours",),
        "w",
        "To Planet.\nI am Yamamoto, room 302.\nDo you close on the holiday week? When I send "
        "mail, what day you reply?\nYamamoto",
    ),
    (
        ("disclosure", "suspension"),
        "w",
        "Re: Request for disclosure and cessation of use: Ms. Hana Kowalski\n\nDear Sirs,\n\n"
        "We act for Ms. Hana Kowalski, a former tenant of Planet Court Ebisu. On her "
        "instructions we request (1) disclosure of the personal information the Company holds "
        "about her, and (2) that the Company cease using her personal information for direct "
        "marketing with immediate effect. Her identity documents and our letter of authority "
        "are enclosed.\n\nYours faithfully,\n\nAttorney Kenta Ishii\nIshii & Partners Law Office",
    ),
    (
        ("joint-use",),
        "w",
        "See below from one of our staff. Can you confirm which companies in your group see "
        "this info? Thx\n\nMark\n\nBegin forwarded message:\n\nFrom: Ken Ito "
        "<k.ito@meridian.example.com>\nDate: 1 December 2026 at 09:14:22 JST\n"
        "To: Mark Delaney <mdelaney@meridian.example.com>\nSubject: portal\n\n"
        "Mark, the Planet portal asked for my birthday and home address. Do they share that "
        "with the other Planet companies? Ken",
    ),
    (
        ("correction",),
        "w",
        "Hello,\n\nI hope you don't mind a long message. My grandmother, Fumiko Sato, lived in "
        "Planet Garden Tower for twenty-two years and was very fond of the building and of the "
        "caretaker, who always helped her with her shopping. She died on 2 November, peacefully. "
        "Your rental section has already dealt with the lease, and I want to thank them for "
        "their kindness. What remains is the residents' app account my cousin set up for her: "
        "it still sends notifications to her old phone, which I now keep. I would like that "
        "account closed and her information removed. I can send the death certificate if "
        "that is needed.\n\nWith thanks,\nEmma Sato-Clarke",
    ),
    (
        ("collection", "purpose"),
        "w",
        "Hello,\n\nThere is a new camera above the counter in your management office, pointed "
        "at where we sign papers. Nobody told us. What does it record, and what is that used "
        "for?\n\nAlan Brooks, 4F",
    ),
    (("correction",), "s", "Could you let go of my details now that I've moved out?"),
    (("suspension",), "s", "I'd rather your adverts forgot about me."),
]

# Off-topic: (topic, text), one-liners first, then whole mails.
OFF_SHORT: list[tuple[str, str]] = [
    ("tenancy", "Can I add my partner's name to our lease agreement?"),
    (
        "building",
        "The security camera at the rear entrance of Planet Court has been broken for weeks.",
    ),
    (
        "building",
        "Could you put a CCTV camera in the bicycle parking? Three bikes were stolen this month.",
    ),
    ("parking", "Is there a free parking space at the Shinagawa building from January?"),
    ("invoice", "Please resend invoice INV-2026-1187; the PDF won't open."),
    ("sales", "We offer APPI compliance audits at a fixed price. May we send you a brochure?"),
    ("sales", "Would your team be interested in a cookie-consent management tool?"),
    ("recruiting", "Are you hiring for the property management team?"),
    ("meeting", "Can we move Thursday's privacy-policy review meeting to 3 pm?"),
    (
        "press",
        "I'm a journalist writing about data breaches in real estate. Could someone from "
        "your company comment?",
    ),
    (
        "phishing",
        "Your account will be suspended in 24 hours. Verify your personal information "
        "here: http://planetmgmt-verify.example.top/login",
    ),
    (
        "vendor",
        "Our office will be closed from 29 December to 3 January; orders received in "
        "that period will be processed afterwards.",
    ),
    ("other", "Thank you for fixing the lift so quickly!"),
    ("other", "Sorry, wrong address. Please ignore my previous email."),
    ("tenancy", "How much notice do I need to give before moving out?"),
    ("building", "The entrance intercom at Planet Heights isn't working at all."),
    ("building", "When is the fire inspection at Planet Garden Tower?"),
    ("parking", "Someone parks in my space, number 12, every night."),
    ("invoice", "We haven't received payment for our November cleaning invoice yet."),
    ("newsletter", "Free webinar: what the APPI amendments mean for your business. Register now."),
    ("recruiting", "I'd like to apply for the data protection officer position you advertised."),
    ("press", "Could you send us your official logo and a short company profile for our article?"),
    (
        "vendor",
        "We have updated our privacy policy effective 1 January; no action is needed on your part.",
    ),
    (
        "vendor",
        "Notice of a security incident at our subsidiary: some of your staff's business "
        "contact details may have been exposed.",
    ),
    (
        "phishing",
        "Unusual sign-in detected on your Planet account. Confirm your ID and password "
        "within 24 hours or your data will be deleted.",
    ),
    ("meeting", "Please confirm the conference room for Tuesday's lease review."),
    ("tenancy", "Am I allowed to keep a small dog in my apartment?"),
    ("building", "Could the camera at the rubbish area be turned so it doesn't face the street?"),
    (
        "newsletter",
        "[Planet Partners Newsletter] December: new tenants, the year-end schedule "
        "and a word from our president",
    ),
    (
        "sales",
        "We build AI chatbots for customer inquiry desks. Have you got 15 minutes for a demo?",
    ),
    (
        "recruiting",
        "Our agency has three candidates for your compliance role; CVs attached with "
        "their consent.",
    ),
    (
        "phishing",
        "Your parking fee payment failed. Update your card details here to avoid "
        "cancellation: hxxp://pay-planet.example.xyz",
    ),
    ("other", "Testing, testing, please ignore."),
    ("other", "Can you recommend a good removal company in Setagaya?"),
    (
        "press",
        "Survey request: how do Japanese SMEs handle customer data? Ten questions, five minutes.",
    ),
    ("vendor", "Our company has moved; please update our address in your supplier records."),
    ("tenancy", "Is the renewal fee for my lease the same as last year?"),
    ("building", "Who has the spare key to the roof? The contractor needs it on Monday."),
    ("invoice", "Could you issue a qualified invoice for the October parking fee?"),
    ("sales", "Is your privacy notice ready for 2027? Our lawyers review it in 5 business days."),
]

OFF_MAIL: list[tuple[str, str]] = [
    (
        "sales",
        "Dear Privacy Officer,\n\nMany companies in Japan still rely on a privacy policy "
        "written years ago. At Clearmark Consulting we review your policy, consent flows and "
        "retention rules against the latest APPI guidelines and deliver a gap report in two "
        "weeks.\n\nWould you have 20 minutes next week for a short call?\n\nBest regards,\n"
        "Hannah Cole\nSenior Consultant | Clearmark Consulting\n+81 3-4580-2201",
    ),
    (
        "vendor",
        "Dear valued customer,\n\nWe are writing to let you know that we have updated our "
        "Privacy Policy. The changes clarify how we use cookies on our website and how long we "
        "keep support tickets. The new policy takes effect on 1 January 2027.\n\nYou do not need "
        "to do anything. The full text is available on our website.\n\nThe Tidewater Cleaning "
        "Supplies Team",
    ),
    (
        "vendor",
        "Subject: Notice of unauthorised access to our systems\n\nDear Planet Management "
        "Co., Ltd.,\n\nOn 24 November we detected unauthorised access to a server used by our "
        "order system. The information involved may include the names, business e-mail addresses "
        "and phone numbers of our customers' purchasing staff. No payment information was "
        "affected.\n\nWe have reported the incident to the Personal Information Protection "
        "Commission. Please contact our dedicated desk at 0120-555-019 if you have questions.\n\n"
        "We sincerely apologise.\n\nOfficeLink Supply Co., Ltd.",
    ),
    (
        "building",
        "Hello,\n\nI live in 602 at Planet Court Meguro. The new security camera in "
        "the corridor seems to point straight at my front door, so it films every time I open it. "
        "Could someone from the building management come and adjust the angle?\n\nThank you,\n"
        "Louise Martin",
    ),
    (
        "building",
        "Dear management office,\n\nOur residents' association would like to propose "
        "installing a camera at the bicycle shelter after this autumn's thefts. Could we discuss "
        "the cost and whether the owner would agree at the next residents' meeting?\n\nKind "
        "regards,\nKeiko Arai\nResidents' Association, Planet Garden Tower",
    ),
    (
        "tenancy",
        "Hi,\n\nMy lease ends on 31 March and I'd like to renew for another two years. "
        "Could you send the renewal papers? My contact details are the same as before.\n\n"
        "Thanks,\nJoão Silva, Room 1104",
    ),
    (
        "parking",
        "Good morning,\n\nI've been on the waiting list for a parking space at Planet "
        "Heights since June. Is there any news? I'm happy to take a compact-car space.\n\n"
        "Best,\nAmelia Ross",
    ),
    (
        "invoice",
        "Dear Accounts Payable,\n\nThis is a friendly reminder that invoice "
        "INV-77310 for the November elevator maintenance, JPY 148,500, was due on 30 November. "
        "If you have already paid, please disregard this message.\n\nRegards,\nAccounts "
        "Receivable\nSkyward Elevator Services K.K.",
    ),
    (
        "recruiting",
        "Dear Hiring Manager,\n\nI am applying for the Customer Support (English) "
        "position advertised on your website. I have four years of experience on a bilingual "
        "help desk, including handling personal information requests under the APPI. My CV is "
        "attached.\n\nYours sincerely,\nRahul Mehta",
    ),
    (
        "meeting",
        "Hi all,\n\nThe meeting with the building owner about the privacy notice for "
        "the new entry system has moved from Wednesday 10:00 to Thursday 14:00, same room. "
        "Please update your calendars.\n\nThanks,\nSaki",
    ),
    (
        "press",
        "Dear Sir or Madam,\n\nI'm a reporter for Tokyo Property Weekly. We are "
        "preparing a feature on how property managers use smart locks and what data they log. "
        "Would someone be available for a 30-minute interview before 15 December?\n\nBest "
        "regards,\nNatalie Young\nTokyo Property Weekly",
    ),
    (
        "newsletter",
        "PLANET PARTNERS NEWS, Winter issue\n\n- Three new buildings join our "
        "portfolio\n- Year-end closing dates for the management offices\n- Staff interview: a day "
        "with our caretakers\n\nYou are receiving this newsletter because you are a registered "
        "business partner. To change your preferences, visit the partner portal. Our privacy "
        "policy is available on our website.",
    ),
    (
        "phishing",
        "Dear Customer,\n\nWe were unable to verify the personal information "
        "registered on your account. To prevent suspension, please confirm your name, date of "
        "birth and card number within 48 hours using the secure link below.\n\n"
        "https://planet-mgmt-secure.example.top/verify\n\nCustomer Security Team",
    ),
    (
        "sales",
        "Hello,\n\nDo your visitors see a cookie banner that actually meets the rules? "
        "ConsentNest sets one up in a day, logs every consent and exports reports for your "
        "auditors. Free for the first three months.\n\nBook a demo: consentnest.example.com/demo"
        "\n\nCheers,\nLiam from ConsentNest",
    ),
    (
        "sales",
        "Dear Sir/Madam,\n\nWe are a penetration-testing firm certified to ISO 27001. "
        "Property managers hold large amounts of tenant data and are attractive targets. We offer "
        "a one-week external security audit with a report in English and Japanese.\n\nPlease let "
        "me know if you'd like a quotation.\n\nBest regards,\nViktor Hale\nRedline Security",
    ),
    (
        "vendor",
        "Dear customers,\n\nPlease note that our support desk will be closed from 26 "
        "December to 4 January for the New Year holidays. Inquiries received during this period "
        "will be answered from 5 January in the order received.\n\nThank you for your "
        "understanding.\nBrightway Office Systems",
    ),
    (
        "other",
        "Hi,\n\nI think this was sent to you by mistake: it's an email about my daughter's "
        "school trip that I meant for the PTA. Please delete it.\n\nSorry about that,\nClaire",
    ),
    (
        "other",
        "Dear Planet Management,\n\nI just wanted to say thank you to the staff at the "
        "Kichijoji office, who helped me with my move-in last week when I didn't speak much "
        "Japanese. You made it so much easier.\n\nWarm regards,\nTomasz Nowak",
    ),
    (
        "tenancy",
        "Hello,\n\nMy flatmate is moving out in February and a friend of mine would "
        "like to take her room. What do we need to do to change the names on the contract?\n\n"
        "Thanks,\nJess",
    ),
    (
        "building",
        "To the management office,\n\nThe motion-sensor light at the back entrance "
        "stays on all night, and the security camera beside it is hanging off its bracket. Could "
        "someone look at both?\n\nRegards,\nMr. Fujii, 3F",
    ),
    (
        "parking",
        "Hi,\n\nA car with no permit has been in visitor space V3 for five days. Could "
        "you put a notice on it or have it towed?\n\nOwen",
    ),
    (
        "invoice",
        "Dear Planet Management,\n\nWe have changed our bank. From the December invoice "
        "onwards please transfer payment to the account shown on the attached letter. The old "
        "account will be closed on 31 December.\n\nKind regards,\nAccounts, Greenleaf Gardening "
        "Co.",
    ),
    (
        "recruiting",
        "Hello,\n\nI'm a recruiter at TalentBridge Japan. We have a bilingual "
        "privacy and compliance specialist, eight years' experience, available from February. "
        "Would you be open to seeing an anonymised profile?\n\nBest,\nGemma Wright\nTalentBridge "
        "Japan",
    ),
    (
        "meeting",
        "Dear Ms. Ito,\n\nThank you for your time yesterday. As discussed, I attach the "
        "minutes and the draft privacy clause for the maintenance contract. Could we meet again "
        "on 10 December to finalise it?\n\nBest regards,\nRobert Chang\nHarbor Facility "
        "Services",
    ),
    (
        "press",
        "Hello,\n\nWe are compiling a ranking of property management companies by "
        "customer satisfaction. Could you confirm your number of managed units and the year "
        "your inquiry desk was established?\n\nMany thanks,\nResearch Team, Real Estate Today",
    ),
    (
        "newsletter",
        "Data Protection Digest, issue 48\n\nThis month: the regulator's new "
        "guidance on cookies, a checklist for handling access requests, and five mistakes "
        "companies make when deleting customer data.\n\nYou subscribed to this digest at "
        "privacydigest.example.org. Unsubscribe at any time using the link below.",
    ),
    (
        "phishing",
        "Subject: [Planet Management] Important: Personal Information Update "
        "Required\n\nDear user,\n\nDue to the revision of the Personal Information Protection "
        "Law, all accounts must re-register their details. Failure to do so will result in "
        "deletion of your account.\n\nUpdate now: http://planetmgmt.biz.example.ru/update",
    ),
    (
        "vendor",
        "Dear partner,\n\nFrom 1 February our company name will change from Sanko "
        "Printing Co., Ltd. to Sanko Media Co., Ltd. Our address, phone numbers and bank details "
        "stay the same. We will send a formal notice by post.\n\nSanko Printing Co., Ltd.",
    ),
    (
        "other",
        "Hello,\n\nI found a wallet in the lobby of Planet Court Nakano this morning and "
        "handed it to the caretaker. Just letting you know in case somebody asks.\n\nAndrea",
    ),
    (
        "sales",
        "Hi there,\n\nSaw that you manage residential buildings in Tokyo. Our SEO agency "
        "can get your vacancy listings onto the first page of Google in 30 days. Shall I send "
        "some case studies?\n\nRegards,\nMax",
    ),
    (
        "tenancy",
        "Dear Planet Management,\n\nI'll be working in Osaka for six months from "
        "April. Is it possible to sublet my apartment during that time, or must I keep paying "
        "rent while away?\n\nBest regards,\nHyun-woo Lee",
    ),
    (
        "building",
        "Hello,\n\nI'm a tenant in Planet Heights. Someone scratched my car in the "
        "building garage on Sunday night. The police say the building's camera footage could "
        "help and that they will request it from the owner directly. Please expect their "
        "call.\n\nRegards,\nSimon Abbott",
    ),
    (
        "vendor",
        "Dear customer,\n\nAs part of our annual review, we have revised our "
        "Data Processing Agreement. The new version reflects changes in the sub-processors we "
        "use for cloud hosting. It will apply automatically from 1 March unless you object in "
        "writing.\n\nLegal Team, Cloudnine Hosting",
    ),
    (
        "meeting",
        "Hello,\n\nCan we postpone tomorrow's site visit at Planet Garden Tower to "
        "next week? Our surveyor is ill. Any day but Monday works for us.\n\nThanks,\nEmi "
        "Watanabe\nWatanabe Architects",
    ),
    (
        "other",
        "Dear Sir or Madam,\n\nI'm a university student writing a thesis on how Japanese "
        "companies write their privacy policies. May I quote from yours? I will cite it "
        "properly.\n\nThank you,\nSarah Klein",
    ),
    (
        "invoice",
        "Hi,\n\nWe were charged twice for the meeting room rental on 18 November "
        "(receipt numbers R-2231 and R-2232). Could you refund one of them?\n\nThanks,\nPaul "
        "Nguyen\nBrightside English School",
    ),
    (
        "press",
        "Dear Planet Management,\n\nWe are producing a documentary about life in Tokyo "
        "apartment buildings and would love to film in the lobby of one of your properties. "
        "All residents shown would sign release forms. Who should we speak to?\n\nBest,\nLeo "
        "Marsh\nNorthlight Films",
    ),
    (
        "recruiting",
        "Hello,\n\nI interviewed for the caretaker position two weeks ago. Could you "
        "let me know whether a decision has been made?\n\nBest regards,\nKazuo Hill",
    ),
    (
        "newsletter",
        "Hello from the Meguro Business Association!\n\nThe year-end networking "
        "party is on 18 December at 18:30. Members pay 3,000 yen at the door.\n\nThis mail was "
        "sent to members who agreed to receive association news. We handle your personal "
        "information according to our privacy policy.",
    ),
    (
        "parking",
        "Dear management,\n\nI will no longer need my motorbike space (M-07) from the "
        "end of January because I'm selling the bike. Please cancel the parking contract from "
        "February.\n\nKind regards,\nIvan Petrov",
    ),
]

# A second tranche, written after the first had landed; drawn after it, so the wrapping of the
# first tranche's mails is unchanged.
ITEMS2: dict[str, list[Item]] = {
    "collection": [
        ("s", "What did you keep from the passport I showed when I signed the contract?"),
        ("s", "When I pay through the app, can you see where I am?"),
        ("n", "does ur website save my ip addres"),
        (
            "p",
            "My wife looks after our account, but I'm curious: when she linked it to her "
            "Instagram, what did your company receive from Instagram?",
        ),
        (
            "b",
            "Our data protection officer asks whether you obtain any data about our employees "
            "from other sources, such as social networks, or only what they enter themselves.",
        ),
        (
            "c",
            "what do u collect when i use the wifi in the lounge, and do u use it for ads?",
            "purpose",
        ),
    ],
    "purpose": [
        ("s", "Is the residents' survey I filled in used for anything besides the building?"),
        ("s", "On what basis do you use my contact details for newsletters?"),
        ("n", "my info use for wat?? i dont understand policy"),
        (
            "p",
            'I get letters about "important changes to the terms" and also offers for new '
            "flats. Is my address really meant to be used for both of those?",
        ),
        (
            "b",
            "Please specify whether residents' personal data is used for the Company's own "
            "marketing, for measuring use of the residents' app, or both.",
        ),
        (
            "p",
            "Why do you measure how long I spend on each page of your site, and can I make "
            "you stop?",
            "suspension",
        ),
    ],
    "third-party": [
        ("s", "Would you tell my ex-husband my new address if he asked you?"),
        ("s", "Are my details handed to the debt collectors you work with?"),
        ("n", "my landlord say he get my info from u, is that legal"),
        (
            "p",
            "My employer mentioned something about my rent that I had only ever told you. "
            "Does your company ever talk to people's employers?",
        ),
        (
            "b",
            "I keep the books for a small firm that rents an office from you. If the tax "
            "office asks you for our tenancy records, would you provide them without asking us "
            "first?",
        ),
        (
            "c",
            "so who did u give my number to? and i want it deleted from their list too",
            "correction",
        ),
    ],
    "joint-use": [
        (
            "s",
            "Which Planet Group companies are in the joint use, and what do they use my data for?",
        ),
        ("s", "Is Planet Management still the one responsible when a partner company has my data?"),
        ("n", "sister company call me w/ my name, u shared it?"),
        (
            "p",
            "My late father had a flat with you and a policy with Planet Life. Both are now "
            "writing to me about his estate and seem to share notes. Do your group companies "
            "share customer records?",
        ),
        (
            "b",
            "Please provide the items of personal data, the scope of joint users and the "
            "purposes of joint use that apply to our client, Mr. Yuto Brandt.",
        ),
        (
            "p",
            "Do your group companies have my details, and can I see what each of them holds?",
            "disclosure",
        ),
    ],
    "disclosure": [
        ("s", "Can I get a list of every time my entry card was used?"),
        ("s", "I'd like to see the copy of my ID that you kept when I signed."),
        ("n", "want see my call recordin from last month, how"),
        (
            "p",
            "My mother has dementia and I hold power of attorney for her. I need to know what "
            "information your company holds about her. What do you need from me?",
        ),
        (
            "b",
            "This is a formal request under the APPI for disclosure of retained personal data "
            "by electronic means. Please confirm the fee and the identification you require.",
        ),
        ("c", "Send me my file. Also, who exactly do I address a formal request to?", "contact"),
    ],
    "correction": [
        ("s", "The phone number on my file is my old employer's; please replace it."),
        ("s", "Please erase my browsing history from your records."),
        ("n", "i change email, pls updat my profile with new 1"),
        (
            "p",
            "I moved from Osaka to Yokohama last month and your letters still go to the old "
            "address. Please add the new address and take the old one off.",
        ),
        (
            "b",
            "On behalf of the estate of the late Mr. Hideo Park, we request the deletion of "
            "his personal data and the closure of his accounts. A copy of the death certificate "
            "and of our appointment as executor is enclosed.",
        ),
        ("c", "delete my card details and stop emailing me pls", "suspension"),
    ],
    "suspension": [
        ("s", "Please don't use my photos in your marketing any more."),
        ("s", "I want to withdraw the consent I gave to link my LINE account."),
        ("n", "no more ads 4 me, opt out pls"),
        (
            "p",
            "I'm not asking you to delete anything. I just don't want my information used for "
            "advertising while I'm still a tenant. Is that possible?",
        ),
        (
            "b",
            "We request that the Company suspend the use of our client's personal "
            "information, which we believe was obtained through a misleading campaign, pending "
            "its investigation.",
        ),
        (
            "c",
            "stop using my location. and what else are you collecting from my phone?",
            "collection",
        ),
    ],
    "contact": [
        ("s", "Is there a phone line for older customers who don't use email?"),
        ("s", "Is there an office I can walk into with my paperwork about my data?"),
        ("n", "pls give me the adress to send letter about my data"),
        (
            "p",
            "My father asked me to find out who at your company he can complain to. He says a "
            "member of staff read his personal details out loud at the counter.",
        ),
        (
            "b",
            "For our audit file we need the name of the department, and the telephone "
            "number, that receives complaints about the handling of personal information.",
        ),
        (
            "p",
            "Where should I send a request to see my data, and is there a form for it?",
            "disclosure",
        ),
    ],
    "changes": [
        ("s", "Am I still under the old policy if I signed up before it changed?"),
        ("s", "Where is the announcement of the latest privacy policy revision?"),
        ("n", "new privacy polcy?? when u post it"),
        (
            "p",
            "My grandson says you changed your privacy policy and that I should read it. I "
            "can't read small print any more. Will you send me a letter explaining the change?",
        ),
        (
            "b",
            "Please advise whether you plan to revise your privacy policy for the upcoming "
            "APPI amendments, and how far in advance customers will be notified.",
        ),
        ("c", "did the new policy change who u share stuff with in the group?", "joint-use"),
    ],
    "hours": [
        ("s", "Is the desk open on the Emperor's Birthday?"),
        ("s", "What's the latest time I can call on a weekday?"),
        ("n", "helo, what day u work? mon to fri?"),
        (
            "p",
            "I sent my request on Friday evening. Does the weekend count, or will you start "
            "on it on Monday?",
        ),
        (
            "b",
            "We plan to send several tenants' requests at the end of the year. Please let us "
            "know the dates your office is closed over the New Year period.",
        ),
        ("c", "ok its been 2 weeks. do you guys even work in december??"),
    ],
}

OFF_SHORT2: list[tuple[str, str]] = [
    ("building", "Could the owners' association get a copy of the CCTV maintenance contract?"),
    ("tenancy", "I've lost my key; how do I get a replacement?"),
    ("invoice", "Your payment reminder says I'm late, but I paid on the 25th. Please check."),
    ("sales", "Get Privacy Mark certified in three months with our support package."),
    (
        "vendor",
        "Our website's privacy policy has been updated; the changes concern how long "
        "cookies are kept.",
    ),
    ("phishing", "Delivery failed: confirm your address and pay 200 yen to reschedule."),
    ("other", "Which company manages the building next to Planet Court Meguro?"),
    ("press", "May we list your company in our directory of privacy-certified businesses?"),
]

OFF_MAIL2: list[tuple[str, str]] = [
    (
        "building",
        "Hello,\n\nMy neighbour in 507 has put a doorbell camera on his door that "
        "films the whole corridor, including my door. I don't want to argue with him myself. "
        "Could the management office remind residents of the rules about this?\n\nThanks,\n"
        "Hana Olsen, 508",
    ),
    (
        "vendor",
        "Dear customer,\n\nWe have learned that our e-mail service provider suffered a "
        "security incident last week. Messages you sent to our support address between 10 and 14 "
        "November may have been viewed by an unauthorised party. We recommend that you do not "
        "resend any passwords by e-mail.\n\nWe apologise for the concern.\nNorthwind Facility "
        "Software",
    ),
    (
        "sales",
        "Dear Sir/Madam,\n\nAppointing a data protection officer is expensive. With "
        "DPO-on-Demand you get a certified privacy professional for four hours a month, who "
        "answers your customers' access and deletion requests for you.\n\nShall I send our "
        "price list?\n\nKind regards,\nIrene Voss\nPrivacyWorks Asia",
    ),
    (
        "recruiting",
        "Dear Planet Management,\n\nI am a third-year university student and would "
        "like to ask whether you accept students for a one-day job-shadowing visit at your "
        "inquiry desk in February.\n\nYours sincerely,\nTakeshi Green",
    ),
    (
        "meeting",
        "Dear managers,\n\nA reminder that the data-protection training for all "
        "building managers takes place this Friday from 14:00 in meeting room B. Please bring "
        "your laptop.\n\nGeneral Affairs",
    ),
    (
        "invoice",
        "Hello,\n\nPlease note that our billing contact has changed. From now on, send "
        "invoices and payment questions to billing@lumen-print.example.jp instead of our former "
        "colleague's address.\n\nBest regards,\nLumen Print K.K.",
    ),
    (
        "tenancy",
        "Dear Planet Management,\n\nMy elderly mother will move in with me in "
        "January. Do I need to add her to the tenancy agreement, and is there a form for an "
        "additional occupant?\n\nRegards,\nGeorge Hall, Room 901",
    ),
    (
        "newsletter",
        "CloudDesk Monthly, December\n\nNew in CloudDesk: shared inboxes, "
        "auto-replies for holidays and a tidier ticket view. Plus: what the new cookie rules mean "
        "for your website.\n\nYou receive this e-mail because you have a CloudDesk account. "
        "Read our privacy policy or manage your subscription in your account settings.",
    ),
]

Line = dict[str, object]


def wrap(body: str, register: str, rng: random.Random) -> tuple[str, bool]:
    """A mail around `body`: greeting, closing and signature of its register, and under about
    one in five the quoted earlier mail (the writer top-posts, as most do)."""
    parts = []
    greeting = rng.choice(GREETINGS[register])
    if greeting:
        parts.append(greeting)
    parts.append(body)
    sign_off = "\n".join(
        p for p in (rng.choice(CLOSINGS[register]), rng.choice(SIGNATURES[register])) if p
    )
    if sign_off:
        parts.append(sign_off)
    quoted = rng.random() < 0.2
    if quoted:
        header, prefix = rng.choice(QUOTE_HEADERS)
        header = header.format(addr=rng.choice(ADDRESSES), name=rng.choice(NAMES))
        # Mailers wrap quoted text near 72 columns (RFC 3676 recommends under 78).
        lines = [
            w for ln in rng.choice(QUOTED_BODIES).split("\n") for w in textwrap.wrap(ln) or [""]
        ]
        # Outlook quotes without a prefix, after a blank line under its header block.
        gap = "\n" if prefix else "\n\n"
        parts.append(header + gap + "\n".join((prefix + ln).rstrip() for ln in lines))
    return "\n\n".join(parts), quoted


def build() -> tuple[list[Line], int]:
    rng = random.Random(SEED)
    lines: list[Line] = []
    numbers: Counter[str] = Counter()
    quoted_mails = 0

    def add(sections: tuple[str, ...], shape: str, text: str) -> None:
        nonlocal quoted_mails
        numbers[sections[0]] += 1
        if shape == "s":
            kind = "short"
        elif shape == "n":
            kind = "noisy"
        else:
            kind = "mail"
            if shape != "w":
                text, quoted = wrap(text, shape, rng)
                quoted_mails += quoted
        lines.append(
            {
                "id": f"v2en-{sections[0]}-{numbers[sections[0]]:02d}",
                "lang": "en",
                "kind": kind,
                "sections": list(sections),
                "text": text,
            }
        )

    for section, items in ITEMS.items():
        for item in items:
            add((section, *item[2:]), item[0], item[1])
    for sections, shape, text in WHOLE:
        add(sections, shape, text)
    for section, items in ITEMS2.items():
        for item in items:
            add((section, *item[2:]), item[0], item[1])
    for n, (topic, text) in enumerate([*OFF_SHORT, *OFF_MAIL, *OFF_SHORT2, *OFF_MAIL2], start=1):
        lines.append(
            {
                "id": f"v2en-off-{n:02d}",
                "lang": "en",
                "kind": "off-topic",
                "sections": ["none"],
                "topic": topic,
                "text": text,
            }
        )
    return lines, quoted_mails


def check(lines: list[Line]) -> None:
    """Refuse to write a set that breaks the line format or misses a section or topic."""
    ids = [line["id"] for line in lines]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [str(line["text"]).strip().lower() for line in lines]
    assert len(texts) == len(set(texts)), "duplicate texts"
    per_section: Counter[str] = Counter()
    topics: Counter[str] = Counter()
    for line in lines:
        sections = line["sections"]
        assert isinstance(sections, list) and sections, line["id"]
        assert len(sections) == len(set(sections)), line["id"]
        assert line["lang"] == "en" and line["kind"] in KINDS, line["id"]
        assert str(line["text"]).strip() == line["text"] and line["text"], line["id"]
        if line["kind"] == "off-topic":
            assert sections == ["none"] and line.get("topic") in TOPICS, line["id"]
            topics[str(line["topic"])] += 1
        else:
            assert "topic" not in line and all(s in SECTIONS for s in sections), line["id"]
            per_section.update(sections)
    short = [s for s in SECTIONS if per_section[s] < 30]
    assert not short, f"fewer than 30 items in {short}"
    assert set(topics) == set(TOPICS), f"topics missing: {set(TOPICS) - set(topics)}"


def main() -> None:
    lines, quoted_mails = build()
    check(lines)
    with OUT.open("w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    kinds = Counter(str(line["kind"]) for line in lines)
    per_section = Counter(s for line in lines for s in line["sections"])  # type: ignore[attr-defined]
    two = sum(1 for line in lines if len(line["sections"]) == 2)  # type: ignore[arg-type]
    off_mail = len(OFF_MAIL) + len(OFF_MAIL2)
    print(f"{OUT.name}: {len(lines)} items; kinds {dict(kinds)}")
    print(f"per section {dict(per_section)}")
    print(f"two asks {two}; mails under a quote {quoted_mails}; off-topic mails {off_mail}")


if __name__ == "__main__":
    main()
