"""Write `offtopic2en-train.jsonl`: English training mail of off-topic business kinds that use the
company's vocabulary (personal information, policy, account, deletion, consent, hours...), and of
in-scope mail in the same shapes and words.

Run: `.venv/bin/python bench/data/make_offtopic2en.py` (seeded: the output is the same every run).

Written by hand by the writer "off2en", who read only the privacy policy, the FAQ section table,
the business-mail formats reference, `labels.py`, and the line format of bench/data/README.md; not
the FAQ's phrasings, the matcher, or any other set. Every item is written out in full below; only
the wrapping of in-scope mails (greeting, closing, signature, quoted earlier mail, footers) is
drawn from the pools here, with a fixed seed.

Split: the whole set is train (one file, `train` split); nothing in it is scored. Off-topic items
carry `sections: ["none"]` and a `topic` from `labels.TOPICS`; in-scope items carry every section a
careful staff member could answer with (two when the mail asks two things).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

from labels import TOPICS

from casework.faq import SECTIONS

HERE = Path(__file__).resolve().parent
OUT = HERE / "offtopic2en-train.jsonl"
SEED = 20261203
KINDS = ("short", "mail", "noisy", "off-topic")

Sec = tuple[str, ...]

# Pools for the wrapping of in-scope mails only.
GREETINGS = [
    "Hello,",
    "Hi,",
    "Dear Sir or Madam,",
    "To whom it may concern,",
    "Dear Planet Management team,",
    "Good afternoon,",
    "Hello Inquiry Desk,",
    "Dear Customer Support,",
    "Hi there,",
    "Greetings of the day!",
    "Thank you for your continued support.",
    "Dear Sirs,",
    "Good morning,",
    "",
    "",
    "",
]
CLOSINGS = [
    "Thanks,",
    "Best regards,",
    "Kind regards,",
    "Thank you in advance.",
    "Regards,",
    "Many thanks,",
    "Yours faithfully,",
    "Sincerely,",
    "Cheers,",
    "Looking forward to your reply.",
    "Thank you for your cooperation.\nBest regards,",
    "Please revert at the earliest.\nRegards,",
    "Thanks for your time,",
    "BR,",
    "",
]
SIGNATURES = [
    "Emily",
    "J. Okafor",
    "--\nMarta Kowalczyk\nProcurement & Vendor Compliance | Brightline Foods K.K.\n"
    "+81 3-5555-0181 | m.kowalczyk@brightline.example.com",
    "Tom Hargreaves\nSent from my iPhone",
    "Sent from my Android phone",
    "Priya S.\nGet Outlook for Android",
    "SATO Kenji\nTokyo, Japan",
    "Daniel Whitfield\nWhitfield & Amano Legal\n2-9-1 Toranomon, Minato-ku, Tokyo\n"
    "Tel +81 3 5555 0447",
    "Rosa\n\nSent from Yahoo Mail on Android",
    "Li Wei (Mr.)\nRoom 305, Sakura Heights\nmobile 090-5555-2231",
    "Mrs. Margaret Ellison",
    "______________________\nAkira Mori\nData Protection Officer\nNishikaze Logistics Co., Ltd.\n"
    "akira.mori@nishikaze.example.jp",
    "K.",
    "-- \nBen Carter | Head of Operations | Larkspur Travel\nwww.larkspur.example.com",
    "Ananya Iyer\nPhD student, Faculty of Engineering",
    "Hannah & Joe Lindqvist",
    "Carlos Mendes\nSent from Mail for Windows",
    "Ms. Fatima Al-Sayed\n(On behalf of my father, Mr. Hassan Al-Sayed)",
    "Greg\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the\n"
    "addressee and may contain confidential information. If you have received it in error,\n"
    "please notify the sender and delete it.",
    "Nguyen Thi Lan\n(Vietnam)",
    "Olivia Brandt\nCompliance Officer, Kestrel Payments GmbH\n"
    "Please consider the environment before printing this e-mail.",
    "m.",
    "Yuki Tanaka-Ross\nSent from my iPad",
    "",
]
QUOTES = [
    "On Mon, Nov 30, 2026 at 9:14 AM Planet Management Inquiry Desk <info@planetmgmt.biz> wrote:\n"
    "> Thank you for contacting us. We have received your message and will reply\n"
    "> within our business hours.",
    "-----Original Message-----\nFrom: Inquiry Desk [mailto:info@planetmgmt.biz]\n"
    "Sent: Tuesday, December 01, 2026 10:02 AM\nSubject: RE: your inquiry\n\n"
    "Thank you for your message. Could you tell us the e-mail address you registered?",
    "________________________________\nFrom: Planet Management <news@planetmgmt.biz>\n"
    "Sent: Friday, November 27, 2026 6:00 PM\nTo: undisclosed-recipients\n"
    "Subject: Planet Monthly - December\n\nSeasonal offers for members. To stop receiving "
    "this newsletter, reply to this mail.",
    "On Dec 2, 2026, at 11:40, info@planetmgmt.biz wrote:\n\n"
    "> We received your inquiry (No. 20261202-0031).",
    "On 2026/11/28 16:05, Planet Management Co., Ltd. wrote:\n"
    "> Dear customer, your contract has been cancelled as requested.\n"
    "> Thank you for using our service.",
    "---------- Forwarded message ---------\nFrom: Planet Management <info@planetmgmt.biz>\n"
    "Date: Wed, Nov 25, 2026 at 3:31 PM\nSubject: Important notice about our Terms of Use\n\n"
    "We are updating our Terms of Use. Please read the new version on our website.",
    "2026年12月1日(火) 10:00 Planet Management <info@planetmgmt.biz>:\n"
    "> お問い合わせありがとうございます。担当者より折り返しご連絡いたします。",
]

# Off-topic items, part one: (topic, text). Every one written out whole.
OFF_A: list[tuple[str, str]] = [
    (
        "vendor",
        """Subject: Updates to the Cloudnest Privacy Policy (effective January 15, 2027)

Dear Cloudnest customer,

We are writing to let you know that we have updated our Privacy Policy. The changes clarify
how we process account data when you use our new AI-assisted search feature, and they add
details about international data transfers under our standard contractual clauses.

The updated policy takes effect on January 15, 2027. No action is required from you. If you
continue to use Cloudnest after that date, you agree to the updated terms.

You can read the full policy at cloudnest.example.com/legal/privacy.

The Cloudnest Team
You are receiving this service announcement because you have a Cloudnest account.""",
    ),
    (
        "vendor",
        """Subject: Notice of a security incident affecting your account data

Dear Valued Partner,

On November 24 we detected unauthorized access to one of our ticketing servers. Our
investigation shows that the names, business e-mail addresses and phone numbers of some
partner contacts may have been viewed. Payment card data and passwords were not affected.

We have reset the affected credentials, reported the incident to the Personal Information
Protection Commission, and engaged an outside forensic firm. As a precaution, please be alert
to unexpected e-mails that ask for login details.

We sincerely apologise for the concern this may cause. For questions, please contact our
incident hotline at 0120-555-019 (weekdays 9:00-18:00).

Hoshizora Print Services Co., Ltd.
Customer Relations Department""",
    ),
    (
        "vendor",
        """Hello,

As part of our annual compliance review, we have published a revised Data Processing
Addendum (DPA v4.2) for all Mailrelay Business subscribers. The main changes:

- updated list of sub-processors (we now use a second EU data centre)
- new 72-hour breach notification wording
- references to the Japanese APPI alongside the GDPR

The revised DPA applies automatically from February 1. If you need a countersigned copy for
your records, you can download it from Settings > Legal in the admin console.

Regards,
Mailrelay Legal & Trust""",
    ),
    (
        "vendor",
        """Subject: [Notice] Year-end and New Year holiday schedule

To our business partners,

Thank you for your continued patronage. Our offices will be closed from December 29 to
January 4 for the year-end holidays. Orders and inquiries received during this period will be
handled from January 5 in the order they arrived.

Please note that our customer support hours will also be shortened to 10:00-15:00 on
December 28.

We appreciate your understanding.

Aozora Office Supplies, Sales Administration""",
    ),
    (
        "vendor",
        """Subject: Scheduled maintenance of the Partner Portal - Sunday 6 Dec, 01:00-05:00 JST

Dear partners,

The Partner Portal will be unavailable during scheduled maintenance on Sunday, December 6,
from 01:00 to 05:00 JST. During this window you will not be able to log in, download
invoices, or update your company contact details.

Order APIs will continue to run. No personal data will be moved or deleted as part of this
work.

We apologise for any inconvenience.
Tsubame Payments Operations""",
    ),
    (
        "vendor",
        """Dear customer,

We are changing our Terms of Service and Acceptable Use Policy. From 1 March 2027 accounts
that have been inactive for 24 months will be closed, and the data stored in them will be
deleted 90 days after closure. You will receive a reminder 30 days before any deletion.

To keep your account active, simply sign in once before that date.

Thank you for choosing Filebarn.

Filebarn Inc., 500 Market Street, San Francisco, CA 94105
Unsubscribe from service notices | Privacy""",
    ),
    (
        "vendor",
        """Subject: Change of our company address and phone number

Dear Sir or Madam,

Please be informed that from December 14 our head office will move. New address:
Kanda Square 11F, 2-2-1 Kanda-Nishikicho, Chiyoda-ku, Tokyo 101-0054.
New main line: 03-5555-0700. Our e-mail addresses will not change.

Kindly update your vendor master records accordingly. Invoices issued after December 14 will
show the new address.

Best regards,
Accounts Receivable, Minato Cleaning Service Co., Ltd.""",
    ),
    (
        "vendor",
        """We're retiring the legacy login page on December 31.

Hi Planet Management,

Your workspace still has 3 users signing in with passwords only. After December 31, every
user will need single sign-on or two-factor authentication. Users who have not switched will
be locked out until an admin re-enables them.

Set this up in Admin > Security. It takes about five minutes.

- The Trackly team""",
    ),
    (
        "phishing",
        """Subject: Your mailbox password expires today

Dear info@planetmgmt.biz,

Your password for info@planetmgmt.biz will expire in 24 hours. To keep using the same
password and avoid losing incoming messages, confirm your account below.

KEEP SAME PASSWORD >> http://mail-planetmgmt-biz.example.net/verify

Failure to confirm will result in deactivation of your account and deletion of stored mail.

Mail Administrator
(c) 2026 Webmail Security. All rights reserved.""",
    ),
    (
        "phishing",
        """Subject: Invoice #INV-88231 attached - payment overdue

Hello,

Please find attached the invoice for services rendered in October. Payment is now 14 days
overdue. Kindly review the attached document and process payment today to avoid a late fee.

Open invoice: INV-88231.pdf.html

Regards,
Accounts Dept.""",
    ),
    (
        "phishing",
        """Your parcel could not be delivered.

Dear customer, we attempted to deliver your parcel today but no one was at the address.
Your package is being held at our depot. To arrange a new delivery, please confirm your
personal details and pay the redelivery fee of 210 yen within 48 hours:

https://redelivery-jp.example.org/track?id=JP88120

If you do not respond, the parcel will be returned to sender.
Kuroneko-Express Delivery Service""",
    ),
    (
        "phishing",
        """URGENT: Privacy violation detected on your website

Our automated scanner has found that your website planetmgmt.biz is collecting personal
information without a valid legal basis. This is a violation of data protection law and may
result in a fine of up to 4% of annual turnover.

You must download the compliance report and respond within 72 hours, or the case will be
forwarded to the authorities.

Download report: http://gdpr-enforcement-office.example.com/report/77810.zip

Data Protection Enforcement Unit""",
    ),
    (
        "phishing",
        """Subject: [Action required] Your account has been locked

We noticed unusual sign-in activity on your Amazen business account from an unknown device
(Moscow, RU). For your security we have temporarily locked the account.

To unlock it, verify your identity and update your payment information:
Verify now -> https://amazen-secure.example.info/unlock

If you do not verify within 24 hours, your account will be permanently closed.

Amazen Account Services""",
    ),
    (
        "phishing",
        """Dear Beneficiary,

I am Barrister James Okonkwo, a legal practitioner and personal attorney to a late client
who shared your surname. He left a deposit of US$8.5 million with a security company with no
next of kin. I wish to present you as the beneficiary. This transaction is 100% risk free.

Kindly send your full name, address, direct telephone number and a copy of your ID so that I
can begin the process. Treat this as strictly confidential.

Barr. James Okonkwo (Esq.)""",
    ),
    (
        "phishing",
        """Subject: Tax refund notification

National Tax Agency

According to our records you are eligible for a tax refund of 38,400 JPY. To receive the
refund, please verify your personal information (name, date of birth, bank account and My
Number) on the secure form below within 3 days.

Claim your refund: https://nta-refund.example.cc/form

This is an automatically generated message. Please do not reply.""",
    ),
    (
        "phishing",
        """Hi,

I hope you are well. Are you available right now? I need you to handle a confidential
payment for me today. I am in a meeting and can't talk on the phone. Reply with your mobile
number and I will send the details.

Sent from my iPhone""",
    ),
    (
        "phishing",
        """Microsoft 365 Security Notice

Someone shared a document with you: "Q4 Personal Data Audit - CONFIDENTIAL.xlsx"

Sign in with your work account to view the file. This link expires in 12 hours.

[ Open Document ]

Microsoft respects your privacy. To learn more, read our Privacy Statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""",
    ),
    (
        "sales",
        """Subject: Is your website's cookie banner compliant?

Hi there,

I was browsing planetmgmt.biz and noticed the site sets analytics cookies before the visitor
gives consent. Under recent guidance, that could expose you to complaints.

ConsentPilot is a consent management platform (CMP) that blocks trackers until consent is
given, keeps an audit log of every choice, and supports Japanese and English banners out of
the box. Setup takes 15 minutes and plans start at 4,800 yen a month.

Would you be open to a 20-minute demo next week?

Best,
Ryan Cho
Account Executive, ConsentPilot""",
    ),
    (
        "sales",
        """Dear Sir/Madam,

Data breaches cost Japanese companies an average of 420 million yen. Is your business ready?

SecuraCheck offers a fixed-price penetration test and personal information security audit
for small and medium businesses, including a written report you can show to clients and
auditors. This month we are offering a free external vulnerability scan to the first 10
companies that reply.

Simply reply "YES" to this mail and our engineer will contact you.

SecuraCheck Inc. | ISO 27001 certified
To stop receiving our mails, reply with "STOP".""",
    ),
    (
        "sales",
        """Subject: Privacy Mark (P-Mark) certification in 3 months - consultation

Good afternoon,

Many of our clients tell us their customers now ask for the Privacy Mark before signing a
contract. Our consultants have supported more than 600 companies through certification,
from writing the personal information protection policy and internal rules to staff training
and the on-site review.

We would be happy to offer a free 30-minute online consultation. Please let us know two or
three times that suit you.

Kind regards,
Mai Fujita
Compliance Partners Japan""",
    ),
    (
        "sales",
        """Hi,

Quick question - who handles data subject requests at Planet Management?

Teams like yours spend hours each month finding a customer's records across systems when
someone asks for access or deletion. PrivacyDesk automates the whole workflow: identity
verification, data discovery, redaction, and a response letter in Japanese or English.

If this isn't you, could you point me to the right person?

Thanks,
Leah
PrivacyDesk | SOC 2 Type II""",
    ),
    (
        "sales",
        """Subject: Secure document shredding for your office

Hello,

Are old customer files, CVs and contracts piling up in your storage room? Shred-Safe offers
on-site shredding of paper records containing personal information, with a certificate of
destruction for each visit. Lockable collection boxes are provided free of charge.

Our first visit is 30% off for new clients in Chiyoda and Chuo wards.

Call us at 0120-555-381 or reply to this e-mail to book.
Shred-Safe Tokyo""",
    ),
    (
        "sales",
        """Dear Manager,

We are a data enrichment provider. We can append phone numbers, e-mail addresses, and
household income estimates to your customer list so your marketing reaches the right people.
Our database covers 38 million Japanese consumers and is fully opt-in.

Send us a sample of 1,000 records and we'll run a free match test.

Regards,
Data Growth Asia Pte. Ltd.""",
    ),
    (
        "sales",
        """Subject: Cyber insurance quote for Planet Management Co., Ltd.

Hello,

Following recent incidents in the property sector, we have prepared an indicative quote for
cyber liability insurance covering notification costs, forensic investigation and claims
from individuals after a personal data leak. Annual premium from 186,000 yen for a limit of
100 million yen.

To finalise the quote I need your annual revenue, the approximate number of customer
records you hold, and whether you use multi-factor authentication.

Best regards,
Hiroshi Kaneko
Sakura Insurance Brokers""",
    ),
    (
        "tenancy",
        """Hello,

I live in room 402 at Planet Residence Kiba. My lease ends on February 28 and I received a
renewal notice in my post box. I would like to renew for two more years. Do I need to come to
your office to sign, or can you send the papers by post? Also, is the renewal fee still one
month's rent?

Thank you,
Daniel Moreau""",
    ),
    (
        "tenancy",
        """Subject: deposit refund

Hi, I moved out of apartment 2B on October 31 and handed back the keys. It has been more than
a month and I still have not received my security deposit or any statement of deductions.
Could you let me know when it will be transferred? My bank details have not changed.

Regards,
Aisha Rahman""",
    ),
    (
        "tenancy",
        """To the management company,

The tenant upstairs (I think room 305) has been playing loud music and moving furniture after
midnight almost every night this week. I have a small baby and we cannot sleep. I do not
want to give my name to the neighbour. Could you please put a notice in the building or speak
to them?

Room 205""",
    ),
    (
        "tenancy",
        """Subject: Water leak in bathroom - urgent

Hello, there is water dripping from the ceiling of my bathroom since this morning, it looks
like it is coming from the flat above. I put a bucket but it is getting worse. Please send
someone as soon as possible. I am home all day today.

Kenta Ishii, Maison Hikari 101
090-5555-8812""",
    ),
    (
        "tenancy",
        """Hi,

I want to give notice that I will move out at the end of January. My contract says one
month's notice. Please tell me what form I need to fill in and when someone can come for the
move-out inspection.

Thanks
Sofia""",
    ),
    (
        "tenancy",
        """Hello, my name is Chen and I am interested in renting one of your apartments near Toyocho
station. I am a foreign student. Do you accept a guarantor company instead of a Japanese
guarantor? What documents do I need to apply (residence card, student ID)?

Best regards, Chen Jiahao""",
    ),
    (
        "tenancy",
        """Dear Sir or Madam,

I am writing about the rent for December. My salary was delayed this month and I will not be
able to pay the full amount by the 27th. Would it be possible to pay half now and the rest
on January 10? I am sorry for the trouble.

Sincerely,
Miguel Santos (Room 603)""",
    ),
    (
        "building",
        """Subject: Notice of statutory electrical inspection and power outage (tenants)

To all tenants,

The annual statutory inspection of the building's electrical equipment will be carried out on
Saturday, December 12, from 9:00 to 13:00. Power to all floors will be cut for about 30
minutes during this time. Please shut down computers and servers in advance.

Elevators will also be stopped while the power is off.

Building Management Office, Nihonbashi Kawase Building""",
    ),
    (
        "building",
        """Hello,

The automatic door at the main entrance of the building has been making a grinding noise and
sometimes does not open at all. Yesterday an elderly visitor was stuck outside for several
minutes. Could maintenance take a look?

Thanks,
Reception, 3F Yamabuki Dental Clinic""",
    ),
    (
        "building",
        """Dear tenants,

Fire safety equipment inspection will take place on December 8 and 9. Inspectors will need to
enter each office for about ten minutes to check smoke detectors and sprinklers. If your
office will be unattended, please leave a key with the management office or let us know a
convenient time.

The alarm may sound briefly during the test. Please do not evacuate.

Facility Management Team""",
    ),
    (
        "building",
        """Subject: Security camera footage request

Hi,

Someone took my bicycle from the bike rack in front of your building on Tuesday evening,
between 18:00 and 20:00. The police told me to ask the building owner to keep the security
camera footage. Could you please save it so the police can look at it? The case number is
2026-1184.

Thank you,
Jamie Lee""",
    ),
    (
        "building",
        """Hello,

The garbage collection area on the ground floor is overflowing again, and bags have been left
outside the net so crows are tearing them open. Some of the bags contain papers with people's
names and addresses. Could the cleaning company come more often, or could a notice be
posted about collection days?

A resident of Planet Court Sumida""",
    ),
    (
        "building",
        """To whom it may concern,

We are the tenant on the 5th floor. The air conditioning in our server room stopped working
last night and the temperature is now over 30 degrees. Our contract says the building
provides 24-hour air conditioning for that room. Please send a technician today.

Regards,
IT Team, Komorebi Software""",
    ),
    (
        "parking",
        """Hello,

I rent parking space No. 14 at Planet Residence Kiba. For the past three days another car
(white minivan, Shinagawa plate) has been parked in my space. I have had to park on the
street. Could you please contact the owner or have the car removed?

Thanks,
R. Gupta""",
    ),
    (
        "parking",
        """Subject: Parking space availability

Hi, do you have any monthly parking spaces available at the building on Kiyosumi-dori? I need
one for a compact car from January. What is the monthly fee and is there a waiting list?

Best,
Oliver Grant""",
    ),
    (
        "parking",
        """Dear management,

I would like to cancel my bicycle parking contract at the end of this month because I have
sold my bike. Please tell me how to return the sticker and whether the fee for December
will be charged.

Thank you,
Mrs. Watanabe-Clarke""",
    ),
    (
        "parking",
        """Hi,

The barrier gate of the car park would not open with my card this morning and I was late for
work. Two other residents had the same problem. Is the card system broken or have our cards
expired? Please fix it soon.

Nadia, space 7""",
    ),
    (
        "invoice",
        """Subject: Payment reminder - Invoice 2026-1107 (2nd notice)

Dear Accounts Payable,

According to our records, invoice 2026-1107 for 132,000 yen (including tax), due on
November 30, has not yet been paid. If you have already sent payment, please disregard this
reminder. Otherwise, we kindly ask you to transfer the amount by December 10.

Bank: Mizuho Bank, Kanda branch, ordinary account 1234567.

Kind regards,
Billing Department, Sunrise Web Design""",
    ),
    (
        "invoice",
        """Hello,

Please find attached our invoice for the November cleaning service (invoice no. MC-2611-042).
From this month the invoice complies with the qualified invoice system; our registration
number is T1234567890123.

Payment terms as usual: end of the following month.

Thank you for your business.
Minato Cleaning Service""",
    ),
    (
        "invoice",
        """Subject: Change of bank account for payments

Dear valued customer,

Please note that our bank account details have changed with immediate effect due to an
internal audit. All future payments, including the outstanding invoice, should be made to the
new account below. Kindly confirm receipt of this e-mail.

Beneficiary: Sunrise Trading Ltd
Account: 88-2231-9902 (Hong Kong)

Regards,
Finance Team""",
    ),
    (
        "invoice",
        """Dear Sir,

We have received your payment of 55,000 yen on December 1, but the invoice amount was 60,500
yen (tax included). Could you please check and transfer the difference of 5,500 yen? It may be
a bank transfer fee deduction.

Sincerely,
Kaori Nishimura
Accounting, Hoshizora Print Services""",
    ),
    (
        "invoice",
        """Hi team,

Your annual subscription to Trackly Business renews on January 3 for $1,440. The card on file
ending in 4402 will be charged automatically. To change plans or download past receipts, visit
the billing page.

Questions about billing? Reply to this email - we usually answer within one business day.

Trackly Billing""",
    ),
    (
        "invoice",
        """Subject: Request for W-8BEN-E and vendor registration

Hello,

We are preparing to pay your company for the translation review work in November. Before we
can issue payment, our finance team needs you to complete the attached vendor registration
form and a W-8BEN-E tax form. The form asks for your company registration number and bank
details.

Best regards,
Accounts Payable, Larkspur Travel Inc.""",
    ),
    (
        "recruiting",
        """Subject: Application for the customer support position

Dear Hiring Manager,

I am writing to apply for the customer support position advertised on your website. I have
three years of experience at a help desk for a telecom company, and I speak English,
Japanese (JLPT N1) and Tagalog. I have attached my CV and a cover letter.

I am available for an interview at any time next week.

Sincerely,
Maria Santos""",
    ),
    (
        "recruiting",
        """Hi,

I'm a recruiter at Bridgewell Talent. I have several bilingual candidates with experience in
personal information protection and compliance who are open to new roles in Tokyo. If you
are hiring for a privacy officer or legal assistant, I would be glad to send anonymised
profiles.

Our fee is 30% of first-year salary, payable only on a successful hire.

Best regards,
Thomas Beaumont""",
    ),
    (
        "recruiting",
        """Dear HR,

I had an interview with your company on November 20 for the property management assistant
role. I wanted to ask whether a decision has been made yet. I am very interested in the
position and happy to provide any further information.

Kind regards,
Yusuf Demir""",
    ),
    (
        "recruiting",
        """Subject: Internship inquiry

Hello! I am a third-year student at Waseda University studying business administration. I am
looking for a two-week summer internship in real estate or property management. Do you offer
internships for international students? I can start in August.

Thank you very much!
Lin Mei""",
    ),
    (
        "recruiting",
        """Hello,

This is to confirm that we have received your job posting for a "Bilingual Office Assistant".
Your posting will go live on JobBoard Japan within 24 hours and remain active for 30 days.
Applicants' CVs will be forwarded to this address.

JobBoard Japan - Employer Services""",
    ),
    (
        "meeting",
        """Hi Tanaka-san,

Sorry for the late notice - something urgent came up and I won't be able to make our meeting
tomorrow at 2 pm about the joint marketing campaign. Could we move it to Thursday, same time?
If that doesn't work, I'm also free Friday morning.

Apologies again,
Ben""",
    ),
    (
        "meeting",
        """Subject: Agenda for Dec 9 partner meeting

Dear all,

Please find below the agenda for our meeting on December 9 (10:00-11:30, Room B / Teams):

1. Review of Q3 results
2. Update of the shared customer database - access rights
3. New contract template (data handling clause)
4. AOB

Please send any additional items by Monday.

Best regards,
Akira Mori, Nishikaze Logistics""",
    ),
    (
        "meeting",
        """Hello,

I'm writing to confirm our appointment at your office on December 11 at 15:00. I will be
coming with my colleague Ms. Park. Could you let me know which floor and whether we need to
register at reception?

Looking forward to seeing you.
Jonathan Reyes""",
    ),
    (
        "meeting",
        """Accepted: Quarterly review - Planet Management / Kestrel Payments

Olivia Brandt has accepted this meeting.
When: Thursday, December 17, 2026 16:00-17:00 (UTC+09:00) Osaka, Sapporo, Tokyo
Where: Microsoft Teams Meeting""",
    ),
    (
        "press",
        """Subject: Interview request - Tokyo Property Review

Dear Planet Management press office,

I am a reporter at Tokyo Property Review. We are preparing a feature on how small property
management firms are handling tenants' personal data after the recent amendments to the
APPI. Would someone from your company be available for a 20-minute phone interview before
December 15?

Best regards,
Sarah Nakamura, Staff Writer""",
    ),
    (
        "press",
        """Hello,

We are compiling the 2027 edition of the "Tokyo Real Estate Directory" and would like to
confirm your company's listing: name, address, phone number, business hours and the name of
your representative. Please reply with any corrections by December 20. The listing is free
of charge.

Editorial team""",
    ),
    (
        "press",
        """Dear Sir or Madam,

I'm a freelance journalist writing about data brokers in Japan. I'm contacting companies
whose names appeared in a leaked list of firms that allegedly bought resident data. Do you
wish to comment? My deadline is Friday.

Regards,
Marcus Hill""",
    ),
    (
        "newsletter",
        """PropTech Weekly - Issue 148

In this issue:
- Smart locks and tenant privacy: what managers must know
- Japan's rental vacancy rate hits a 10-year low
- Interview: digitising the move-in process

Read online: proptechweekly.example.com/148

You are receiving this email because you subscribed at a PropTech event. We respect your
privacy; see our Privacy Policy. To unsubscribe or change your preferences, click here.
PropTech Weekly, 1-2-3 Shibuya, Tokyo""",
    ),
    (
        "newsletter",
        """Subject: Your December update from the Tokyo Chamber of Commerce

Dear member,

- New subsidy for SME cybersecurity measures (applications until Jan 31)
- Seminar: preparing for the revised Personal Information Protection Act
- Year-end office hours: closed Dec 29 - Jan 3

We handle your personal information in accordance with our privacy policy. To stop these
e-mails, update your preferences on the member site.""",
    ),
    (
        "newsletter",
        """Hi there!

Black Friday is here: 40% off all office chairs until Sunday. Free delivery in Tokyo 23 wards.

Shop now >

Why am I receiving this? You signed up at ChairWorks.example.com. To stop receiving
marketing e-mails, unsubscribe here. To delete your account and personal data, visit your
account settings.""",
    ),
    (
        "newsletter",
        """The Compliance Brief - November 2026

1. Regulator publishes Q&A on cookie consent and third-party tracking
2. Record fine for a retailer that kept customer data after account deletion
3. Checklist: responding to a data access request in 14 days

Forwarded this by a colleague? Subscribe here.
Manage preferences | Unsubscribe | Privacy notice""",
    ),
    (
        "other",
        """Hello,

I think this e-mail was meant for a different company. You wrote to me about an overdue
payment for "Planet Storage", but I have never used your service and my name is not Alan
Brooks. Please check your records.

Regards,
Alan Brookes""",
    ),
    (
        "other",
        """Dear Planet team,

I just wanted to say thank you to the staff member who helped me on the phone last week
with my move. She was patient and explained everything clearly in English. It made a
stressful week much easier.

Best wishes,
Helen""",
    ),
    (
        "other",
        """Automatic reply: Quarterly review

Thank you for your e-mail. I am out of the office until Monday, December 7, with limited
access to e-mail. For urgent matters, please contact my colleague Kenji Sato at
k.sato@kestrel.example.com.

Olivia Brandt""",
    ),
    (
        "other",
        """Subject: Sorry - please delete my previous e-mail

Hello,

I sent you an e-mail about 10 minutes ago by mistake; it was meant for our accountant and
contains a spreadsheet with our staff salaries. Please delete it without opening the
attachment. I am very sorry for the trouble.

Yoko Hamada, Hamada Design Office""",
    ),
    (
        "other",
        """Hello,

We are a non-profit that runs a food bank in Koto ward. This year demand has doubled. Would
your company consider sponsoring our year-end food drive or putting a donation box in your
office? Donor names are only published with permission.

With gratitude,
Koto Community Pantry""",
    ),
    (
        "other",
        """Dear Sir/Madam,

I am a master's student at Hitotsubashi University researching how small companies in Japan
handle customer privacy. Would you be willing to answer a 10-minute anonymous online survey?
No company names will be published.

Survey link: forms.example.com/smb-privacy

Thank you for your time,
Ananya Iyer""",
    ),
    (
        "other",
        """Subject: Your domain planetmgmt.biz expires in 30 days

Dear customer,

The domain planetmgmt.biz will expire on January 2, 2027. Auto-renewal is turned off for this
domain. To avoid losing your website and e-mail, renew now in your control panel.

Note: WHOIS privacy protection will also expire with the domain.

OnamaeDomains Support""",
    ),
    (
        "other",
        """Your SSL certificate for www.planetmgmt.biz will expire on December 20, 2026.

Renew before it expires to avoid browser security warnings for your visitors. If you have
already renewed, you can ignore this message.

CertSure Notifications""",
    ),
    (
        "other",
        """Undelivered Mail Returned to Sender

This is the mail system at host mx.planetmgmt.biz.
I'm sorry to have to inform you that your message could not be delivered to one or more
recipients.

<k.watanabe@gmial.example.com>: host not found

Reporting-MTA: dns; mx.planetmgmt.biz
Original-Subject: Re: Your inquiry about personal information""",
    ),
    (
        "other",
        """Hi Mom,

Just landed in Osaka, the train was fine. I'll call you tonight after dinner. Don't forget
the dentist on Thursday! Sorry for using your work address, my phone is almost dead.

Love,
Emi""",
    ),
    (
        "other",
        """Dear Planet Management Co., Ltd.,

Notice is hereby given that a general meeting of creditors of Sakuragi Housing Co., Ltd. (in
bankruptcy) will be held at the Tokyo District Court on January 20, 2027 at 10:00. As a
listed creditor you may attend. Claims must be filed by January 8.

Trustee in bankruptcy, Attorney Ichiro Tamura""",
    ),
    (
        "other",
        """Test - please ignore. Checking whether the new mail server forwards to info@ correctly.

IT""",
    ),
    (
        "vendor",
        """Subject: Our privacy notice has changed

Hi,

We've updated our Privacy Notice to explain more clearly what we collect when you use our
mobile app, how long we keep it, and your choices. We've also added a section on children's
data.

The changes take effect on 1 January. You don't need to do anything.

Thanks,
Rideshare Go""",
    ),
    (
        "vendor",
        """Dear partner,

Please be advised that Hoshizora Print Services will discontinue fax ordering on March 31,
2027. From April, all orders must be placed through the web portal or by e-mail. Fax numbers
and any order forms that contain customer names and addresses will be securely destroyed.

Thank you for your understanding.
Hoshizora Print Services""",
    ),
    (
        "phishing",
        """Dear customer,

Mitsubishi Banking: due to the revision of the Act on Prevention of Transfer of Criminal
Proceeds, we must re-confirm the personal details of all account holders. Please update your
registered information (name, address, occupation, purpose of transaction) on our website.
Accounts not updated by December 10 will have transactions restricted.

https://mufg-kyc.example.top/update""",
    ),
    (
        "phishing",
        """Subject: You have (3) pending messages on hold

Your incoming mails are on hold because your storage quota is full. Release pending messages
and clear cache below.

Release Messages: http://webmail-quota.example.xyz/?user=info@planetmgmt.biz

Email Server Admin
This service message was sent to info@planetmgmt.biz. Privacy | Terms""",
    ),
    (
        "sales",
        """Subject: Webinar invitation: APPI amendments and what SMEs must do in 2027

Dear Privacy Officer,

Join our free 60-minute webinar on January 14 (15:00-16:00 JST) with attorney Keiko Ono:

- Reporting duties after a data breach
- Cross-border transfers and consent
- Handling requests for disclosure, correction and suspension of use

Register: events.example.jp/appi2027
Seats are limited to 300. Slides will be shared with attendees.

Legal Tech Forum Japan""",
    ),
    (
        "sales",
        """Hi there,

I noticed your contact page uses a plain mail link. Spam bots harvest addresses like
info@planetmgmt.biz every day. Our secure contact form widget hides your address, filters
spam, and stores submissions encrypted in Japan.

Happy to set up a free 30-day trial for you.

Ken
FormShield""",
    ),
    (
        "tenancy",
        """Hello,

I'm the daughter of Mrs. Kazuko Abe in room 201 of Planet Heights. My mother moved into a care
home last month and we need to end her lease and clear the flat. Could you send the
cancellation papers to my address instead? I have power of attorney.

Thank you,
Naomi Abe-Fischer""",
    ),
    (
        "building",
        """To all residents,

Elevator maintenance will be carried out on December 15 between 10:00 and 12:00. The elevator
will be out of service during this time. We apologise for the inconvenience. Residents who
need assistance, please contact the management office in advance.

Planet Court Management Office""",
    ),
    (
        "invoice",
        """Subject: Final notice before collection

This is our final notice regarding the unpaid balance of 18,700 yen for the coffee machine
rental (contract no. CM-0992). If payment is not received within 7 days, the matter will be
referred to our collection agency and your contact details will be shared with them.

Brew & Co. Office Coffee Service""",
    ),
    (
        "recruiting",
        """Dear Sir or Madam,

I sent my application for the accounting position three weeks ago and have not heard back.
Could you confirm you received it? I would still very much like to be considered for the
role.

Best regards,
Peter Lindqvist""",
    ),
    (
        "press",
        """Hello,

I'm a producer at a local TV station. We are filming a segment about apartment hunting for
foreigners in Tokyo and would love to film inside one of your vacant apartments for about
two hours. Any residents' names on post boxes would be blurred.

Let me know if this is possible.
Kaito Mori, Tokyo Local TV""",
    ),
    (
        "newsletter",
        """This is your weekly digest from SlackHub community "Tokyo Property Managers".

12 new posts, including:
"Has anyone used a CMP for their tenant portal?"
"Best practice for keeping CCTV footage"

You're receiving this because you're a member of Tokyo Property Managers. Notification
settings | Leave community""",
    ),
    (
        "meeting",
        """Hello,

Just a reminder that the building owners' association meeting is on Saturday at 10:00 in
the community room. The main items are the repair reserve fund and the new rule on storing
visitors' names at reception.

Please bring your proxy form if you can't attend.
Hideo Kimura, Association Chair""",
    ),
]

# Off-topic items, part two: more whole mails.
OFF_B: list[tuple[str, str]] = [
    (
        "vendor",
        """Subject: Supplier security questionnaire - response due December 18

Dear supplier,

As part of our annual third-party risk assessment, Kestrel Payments asks all suppliers that
process personal data on our behalf to complete the attached questionnaire (42 questions):
access control, encryption at rest, incident response, staff training, sub-processors and
data retention. Please return it by December 18 together with your latest penetration test
summary.

Kind regards,
Vendor Risk Management, Kestrel Payments GmbH""",
    ),
    (
        "vendor",
        """Dear policyholder,

Your commercial liability policy (No. CL-7781023) renews on January 31. To prepare your
renewal terms, please complete the enclosed risk questionnaire, including the section on
cyber and data protection: how many personal records you hold, whether backups are kept
offline, and whether you have had any data incident in the past three years.

Sakura Fire & Marine, Corporate Underwriting""",
    ),
    (
        "vendor",
        """Subject: Our new sub-processor: notice under your DPA

Hello,

In line with Section 7 of our Data Processing Agreement, we are notifying you that we will
add Northwind Analytics (Ireland) as a sub-processor for usage analytics from January 10.
If you object to this change, you may notify us within 30 days; otherwise the change will
take effect automatically.

Formly Privacy Team""",
    ),
    (
        "vendor",
        """Dear valued customer,

We regret to inform you that after 27 years in business, Aozora Office Supplies will close
its Kanda showroom on December 25. Online orders will continue as usual. Customer account
data for showroom-only customers will be kept for one year and then deleted as described in
our privacy policy.

Thank you for your patronage over the years.""",
    ),
    (
        "vendor",
        """[Maintenance] Tsubame Payments - card authorisation service

Date: December 10, 02:00-04:00 JST
Impact: card payments through your terminals may fail for up to 10 minutes
Action needed: none

For status updates, see status.tsubame.example.jp. This notice was sent to the registered
technical contact of your merchant account.""",
    ),
    (
        "vendor",
        """Hello,

Your SaaS order form for Roomly Property Suite (12 seats) is ready for signature. It
references our updated Master Subscription Agreement and the Japan data residency addendum.
Please sign via the e-signature link by December 15 to keep your current pricing.

Regards,
Deal Desk, Roomly Inc.""",
    ),
    (
        "vendor",
        """Subject: Important: change of our personal information handling manager

Dear business partners,

Please be informed that as of December 1, the manager responsible for personal information
protection at Minato Cleaning Service has changed from Mr. Goto to Ms. Ueda. Inquiries
about the handling of personal information by our company should now be addressed to
privacy@minato-clean.example.jp.

Minato Cleaning Service Co., Ltd.""",
    ),
    (
        "vendor",
        """Hi,

We're letting all customers know that, due to a configuration error between November 2 and
November 9, some order confirmation e-mails from our online shop showed another customer's
delivery name. We have fixed the issue. Our records show your company was not affected.
No action is needed on your part.

We apologise for any concern.
ChairWorks Customer Care""",
    ),
    (
        "vendor",
        """Dear customer,

From January 1 our call centre hours will change to weekdays 10:00-17:00. Saturday phone
support will end, but you can still reach us by chat and e-mail 24/7.

Thank you for your understanding,
Brew & Co. Office Coffee Service""",
    ),
    (
        "vendor",
        """Subject: Notification of business transfer

To our customers,

We are pleased to announce that on February 1, 2027, the facility maintenance business of
Sakura Building Services will be transferred to Tokiwa Facilities Co., Ltd. Your contracts,
and the contact details we hold for your staff, will be taken over by Tokiwa Facilities as
permitted by law. Service will continue without interruption.

Sakura Building Services Co., Ltd.""",
    ),
    (
        "phishing",
        """Subject: Your personal information has been leaked - act now

We have detected that your email address and password appeared in a dark web dump. Hackers
have full access to your account. Install our protection tool to remove your data from the
dark web and secure your identity.

Protect me now: https://identity-guard.example.click

This is a one-time security alert.""",
    ),
    (
        "phishing",
        """Hello,

I have access to your device and I recorded you through your webcam. I also have your
contacts list. If you do not send 1,200 USD in Bitcoin to the address below within 48 hours,
I will send the video to all your contacts. Do not reply to this e-mail.

BTC: 1Ab3...x9Z""",
    ),
    (
        "phishing",
        """Subject: DocuSign: Please review and sign - Revised Privacy Agreement

Planet Management,

You have received a document to review and sign: "Revised Data Sharing & Privacy Agreement
2027.pdf". Please complete it by end of day.

REVIEW DOCUMENT

Powered by DocuSign. Do not share this email.""",
    ),
    (
        "phishing",
        """Dear Apple ID user,

Your Apple ID was used to sign in to iCloud on a Windows PC. If this wasn't you, your account
may be compromised. Please confirm your identity and update your security questions within
24 hours, otherwise your Apple ID will be disabled and all data deleted.

Confirm my Apple ID: http://appleid-support.example.ws

Apple Support""",
    ),
    (
        "phishing",
        """Subject: Shipping documents - DHL Express

Dear Customer,

Your shipment AWB 5581 0023 41 has been held by customs. The receiver's personal details are
incomplete. Download the attached shipping document, fill in your name, address and phone,
and return it within 2 days to release the parcel.

DHL Express Customer Service""",
    ),
    (
        "phishing",
        """Hi,

This is Kenji from IT. We're moving everyone to the new mail server tonight. Please reply
with your username and current password so I can migrate your mailbox and contacts before
the cut-over. You'll get a new password tomorrow.

Thanks""",
    ),
    (
        "phishing",
        """Notice from Japan Post

We tried to deliver a registered letter to you. Because the address information was
insufficient, the item is being held. Please update your address within 24 hours:
japanpost-redeliver.example.top

Items not claimed within 3 days will be returned.""",
    ),
    (
        "phishing",
        """Subject: Legal Notice: copyright infringement on your site

Dear website owner,

Images on your website belong to my client and are used without a licence. See the list of
images and the proof of ownership in the attached link. If you do not remove them and contact
me within 5 days, we will take legal action.

View evidence: https://drive.example-share.site/d/8842

Sincerely, Emma Collins, Illustrator""",
    ),
    (
        "phishing",
        """Dear Valued Customer,

SMBC Card: We have suspended the use of your card because of an unusual transaction. To lift
the suspension, please log in and confirm your card number, security code and date of birth.

https://smbc-card-check.example.lol

Card Member Services""",
    ),
    (
        "phishing",
        """Subject: Your Google Workspace storage is full - emails will be deleted

Hi Admin,

Your organisation has exceeded its storage limit. New messages to info@planetmgmt.biz will be
rejected and older messages deleted after 7 days. Upgrade now for free by re-entering your
admin credentials.

Upgrade storage""",
    ),
    (
        "sales",
        """Subject: Invitation: Compliance seminar "Personal Information Protection for Property
Managers" (Jan 22, Tokyo)

Dear Sir or Madam,

We warmly invite you to our half-day seminar at Tokyo International Forum, hall B7:
- Handling tenant data under the amended APPI
- CCTV, smart locks and residents' privacy
- Responding to tenant requests for disclosure and deletion
Participation fee: 8,000 yen (members free). Register by January 12.

Japan Property Management Association, Seminar Office""",
    ),
    (
        "sales",
        """Hello,

We help companies like yours get found on Google. I checked planetmgmt.biz: no privacy policy
page is linked from the footer, the site loads slowly on mobile and the contact page lacks
structured data. We can fix all this and get you to page one.

Reply for a free SEO audit.
Raj, Digital Growth Experts""",
    ),
    (
        "sales",
        """Subject: Free privacy policy generator for your website

Hi,

Writing a privacy policy is hard. Our generator creates a policy tailored to your business in
5 minutes, in Japanese and English, and updates it automatically when the law changes.
Thousands of small businesses use it.

Try it free: policymaker.example.com

Cheers,
The PolicyMaker team""",
    ),
    (
        "sales",
        """Dear decision maker,

Our e-mail archiving service stores every incoming and outgoing message for 10 years, with
legal hold and fast search for audits or disclosure requests from regulators. Fully
compliant with the Electronic Books Maintenance Act.

Can we schedule a 15-minute call?

Best regards,
Archivia Japan""",
    ),
    (
        "sales",
        """Hi,

Following up on my e-mail from last week about ConsentPilot. I know things are busy at the
end of the year. Would it make sense to revisit this in January, or should I stop reaching
out? Either answer is totally fine.

Ryan""",
    ),
    (
        "sales",
        """Subject: Staff training: personal information handling e-learning

Good morning,

Annual staff training on the handling of personal information is now expected by most
auditors. Our 30-minute e-learning course (Japanese / English / Vietnamese) includes a test
and issues certificates to each employee. 1,200 yen per user per year.

A free trial account is available for your HR department.

Manabi Compliance Learning""",
    ),
    (
        "sales",
        """Hello,

Would you like to reach 50,000 property owners in Tokyo? We sell verified contact lists of
landlords (name, address, number of units, phone). All data is collected from public
registries and is legal to use.

Price list attached.
ListPro""",
    ),
    (
        "sales",
        """Dear Planet Management,

We are an offshore call centre in Cebu. We can handle your customer inquiries in English and
Japanese 24 hours a day, including weekends and holidays, at half the cost of a local team.
All agents sign confidentiality agreements.

May I send you our rate card?

Jerome, BPO Partners Philippines""",
    ),
    (
        "sales",
        """Subject: Password manager for your team

Are your staff still sharing passwords in spreadsheets? LockBox Teams keeps every shared
login encrypted, logs who opened what, and removes access when someone leaves. 30-day free
trial, no card needed.

LockBox Teams | Unsubscribe""",
    ),
    (
        "sales",
        """Hi there,

We build tenant portal apps for property managers: online rent payment, repair requests,
e-contracts, and a resident ID verified through My Number card. Our platform is ISMS
certified and stores data in Tokyo.

Are you the right person to talk to about digital tools?

Sanae Hori, Sales, Sumika Tech""",
    ),
    (
        "tenancy",
        """Hello,

I am renting through your company and I received a letter saying the rent will go up by
5,000 yen from April. Is that negotiable? I have lived here for six years without any
problems, and the building has had no renovation.

Regards,
Felix Hartmann""",
    ),
    (
        "tenancy",
        """Subject: Key lost

Hi, I lost my apartment key last night (Planet Heights 502). I am staying at a friend's place.
How can I get a spare key or have the lock changed, and how much will it cost? I can show my
residence card as ID.

Thank you,
Amara Okafor""",
    ),
    (
        "tenancy",
        """Dear Sir or Madam,

I would like to add my partner to my lease; she will move in with me in February. What
documents do you need from her, and will the rent or the guarantor contract change?

Best regards,
Lucas Ferreira""",
    ),
    (
        "tenancy",
        """Hello,

There has been mould growing on the bedroom wall since October even though I ventilate every
day. I think there is a problem with the insulation. I attach photos. Can the owner repair
it? My child has asthma.

Sincerely,
Ji-woo Park, room 103""",
    ),
    (
        "tenancy",
        """To the landlord,

Someone has been leaving flyers and rubbish in front of my door, and yesterday my name plate
was removed. I'm a bit worried. Can you check the entrance camera or put up a warning in the
building?

Thanks, Grace (room 210)""",
    ),
    (
        "tenancy",
        """Hi,

I'm moving out on March 15. I have a cat (permitted in the contract). Will there be an extra
cleaning fee taken from my deposit for that? I want to know before the inspection so I can
plan.

Cheers, Noah""",
    ),
    (
        "tenancy",
        """Hello,

I got the notice about the contract renewal. The form is due on December 20, but I will be
abroad until the 22nd. Can I send it a few days late, or scan it and send it by e-mail?

Thanks,
Hugo""",
    ),
    (
        "building",
        """Subject: Water supply suspension - Dec 16

To all tenants of the Kawase Building,

Due to cleaning of the water tank, water will not be available from 9:00 to 15:00 on
December 16 (Wednesday). Toilets on floors 2-8 will also be unusable. Please use the
facilities at the neighbouring station building.

Kawase Building Management""",
    ),
    (
        "building",
        """Hello,

Our company is on the 4th floor. A courier left a box for us at your reception desk on
Monday and now it's missing. Your receptionist wrote our staff member's name and phone in
the log book. Could you check whether someone else picked it up?

Thanks,
Office Manager, Larkspur Travel Tokyo""",
    ),
    (
        "building",
        """Dear management,

The lights in the stairwell between the 2nd and 3rd floors have been out for a week. It is
completely dark at night and an elderly neighbour almost fell. Please replace them.

A concerned resident""",
    ),
    (
        "building",
        """Hi,

We would like to install a small sign with our company name at the building entrance and on
the directory board in the lobby. Who should we ask for permission, and is there a fee?

Best,
Komorebi Software""",
    ),
    (
        "building",
        """Subject: Construction noise next door

Hello,

The renovation of the unit next to ours (6F) starts at 8 am every day, including Saturday,
and drilling goes on all day. We have client calls and can hardly hear anything. Is there a
rule about construction hours in this building?

Regards,
Yamabuki Dental Clinic""",
    ),
    (
        "building",
        """To the building owner,

We are the tenants' association of Planet Court Sumida. We request that the intercom system,
which records visitors' faces, be replaced with a model that does not store images, and that
the old recordings be erased. Please reply before the next association meeting.

Tenants' Association""",
    ),
    (
        "parking",
        """Subject: Visitor parking for moving day

Hello, I'm moving in on December 19. Can the moving truck park in the visitor space in front
of the building from 9 to 12? Do I need to register the licence plate in advance?

Thanks,
Isabel""",
    ),
    (
        "parking",
        """Hi,

Someone scratched my car in the underground car park last night (space 22). Is there a
camera covering that area, and could you keep the recording for my insurance company?

Regards, Tomasz Nowak""",
    ),
    (
        "parking",
        """Dear Sir,

The monthly parking invoice for December shows 25,000 yen but my contract says 22,000 yen.
Did the price change? I didn't receive any notice.

K. Sato (space 3)""",
    ),
    (
        "parking",
        """Hello,

Can I use my parking space for a motorbike instead of a car from next month? And if so, can I
share it with my neighbour who also has a motorbike?

Thanks,
Alex""",
    ),
    (
        "invoice",
        """Subject: Quotation request - annual website maintenance

Hello,

We would like to request a quotation for annual maintenance of our corporate website,
including SSL renewal, monthly plugin updates, and a yearly check of the privacy policy and
cookie banner. Please send an estimate by December 20.

Best regards,
General Affairs, Planet Management""",
    ),
    (
        "invoice",
        """Dear customer,

Thank you for your order. Your receipt for order #CW-20481 (2 ergonomic chairs, 96,800 yen)
is attached. If you need a receipt addressed to your company name, please reply with the
exact name to print.

ChairWorks Order Team""",
    ),
    (
        "invoice",
        """Hello,

We noticed you were charged twice for the November subscription (two payments of 4,800 yen
on Nov 3). We have refunded the duplicate charge; it should appear on your card statement
within 5-10 business days. We apologise for the error.

ConsentPilot Billing""",
    ),
    (
        "invoice",
        """Subject: Statement of account as of November 30

Dear Sir or Madam,

Please find attached your statement of account. Outstanding: 3 invoices totalling 412,500
yen. Could you please confirm the balance and let us know the expected payment date? If
your records differ, please send us the remittance details.

Credit Control, Hoshizora Print Services""",
    ),
    (
        "invoice",
        """Hi,

Please issue a revised invoice for the October consulting work. The one we received is
addressed to our old company name, and our accounting system will not accept it. The correct
name is Kestrel Payments Japan K.K.

Thanks,
Accounts Payable""",
    ),
    (
        "invoice",
        """Dear client,

As announced, our fees will increase by 8% from January 1 due to higher labour costs.
Existing contracts will be adjusted at their next renewal. Updated price list attached.

Minato Cleaning Service""",
    ),
    (
        "recruiting",
        """Subject: Reference check for Ms. Chloe Martin

Dear Sir or Madam,

Ms. Chloe Martin, who worked at your company from 2022 to 2025, has applied for a position
with us and named your company as a reference. Could you confirm her dates of employment
and job title? She has given written consent for us to contact you.

Kind regards,
HR, Hamada Design Office""",
    ),
    (
        "recruiting",
        """Dear Hiring Team,

Thank you for the offer. After careful thought, I have decided to accept another position
closer to my home. I am grateful for your time and the kind interview, and I hope our paths
cross again.

Best regards,
Naveen Kumar""",
    ),
    (
        "recruiting",
        """Hello,

I'm interested in working part-time at your office. I am a student from Nepal with a work
permit for 28 hours a week. My Japanese is conversational. Do you have any openings for
reception or data entry?

Thank you,
Suman Thapa""",
    ),
    (
        "recruiting",
        """Hi,

I saw you are hiring a bilingual leasing agent. Before I apply, can I ask whether the position
allows remote work on some days, and what the salary range is?

Regards,
Emma""",
    ),
    (
        "recruiting",
        """Subject: Partnership with our university career centre

Dear HR manager,

Temple University Japan's career centre would like to include your company in our spring job
fair (March 5). Employers receive students' CVs only with the students' consent. Booth fee
is waived for first-time participants.

Career Services Office""",
    ),
    (
        "meeting",
        """Hi all,

Please note the kick-off meeting for the joint customer survey project has been moved from
Dec 8 to Dec 10, 14:00-15:00 (same Zoom link). We'll discuss the questionnaire, consent
wording and who stores the answers.

Thanks,
Priya""",
    ),
    (
        "meeting",
        """Dear Mr. Yamamoto,

Thank you for your time yesterday. As discussed, I attach the minutes and the draft NDA.
Could you have your legal team review it by Friday? We'll then schedule the second meeting.

Best regards,
Ben Carter, Larkspur Travel""",
    ),
    (
        "meeting",
        """Subject: Cancelled: Weekly sync

This meeting has been cancelled by the organiser. Reason: year-end holidays.

Organizer: Akira Mori
Original time: Tuesday, December 29, 2026 10:00-10:30""",
    ),
    (
        "meeting",
        """Hello,

Could we have a short call this week about the renewal of the building management contract?
I have a few questions about the CCTV maintenance clause. Wednesday or Thursday afternoon
works for me.

Regards,
Hideo Kimura""",
    ),
    (
        "press",
        """Subject: Press release: Planet Group named in "Top 50 Property Managers"

Dear editor,

Please find below our press release for immediate publication. For further information,
high-resolution images or interview requests, please contact our PR agency.

Media contact: Aya Endo, Bright PR, +81 3 5555 0912""",
    ),
    (
        "press",
        """Hello,

I'm writing from the student newspaper of Sophia University. We are preparing an article on
housing for international students and would like to quote your company's English website.
Could you confirm whether we may use a screenshot of your listings page?

Thank you,
Leo Brenner""",
    ),
    (
        "press",
        """Dear Sir or Madam,

We are a market research company preparing a report on the property management sector.
Could you answer five questions about your number of managed units, staff, and the software
you use? Your answers will be aggregated and anonymised.

Regards,
Nexus Research Tokyo""",
    ),
    (
        "newsletter",
        """Planet Group Partner News - Winter 2026

- Welcome to three new partner companies
- Our offices will be closed from December 29 to January 4
- Reminder: update your company contact in the partner portal

You receive this newsletter as a registered business partner. To change the recipient
address, contact your account manager.""",
    ),
    (
        "newsletter",
        """Subject: Your weekly security bulletin

Top threats this week:
1. Fake parcel delivery SMS targeting Japanese users
2. Invoice fraud with changed bank details
3. Fake "privacy violation" legal threats

Tip: never confirm personal details through a link in an unexpected message.

JPCERT-style Security Digest | Unsubscribe | Privacy""",
    ),
    (
        "newsletter",
        """Hello from Hotel Sakuraya!

Winter special: book two nights, get the third free. Valid January 5 - February 28.

We send this message because you stayed with us. Your personal data is handled according to
our privacy policy. If you no longer wish to receive our news, reply with "unsubscribe".""",
    ),
    (
        "newsletter",
        """This month on the Legal Blog:
- "Can a landlord keep tenant data after move-out?"
- "Five mistakes in privacy policies of small firms"
- "Cookie walls: allowed in Japan?"

Read more at legalblog.example.jp. You can manage your subscription or delete your profile
at any time.""",
    ),
    (
        "other",
        """Hello,

I think I have the wrong company. I am trying to reach Planet Fitness about cancelling my gym
membership and asking them to delete my card details. Your address came up in my search.
Sorry for the trouble!

Best,
Karen""",
    ),
    (
        "other",
        """Dear Planet Management,

This is a letter from the Koto Ward Office, Tax Division. Please submit the salary payment
report (kyuyo shiharai hokokusho) for your employees by January 31. The forms and an
explanation of how the personal information on them is used have been sent by post.

Koto City Office""",
    ),
    (
        "other",
        """Subject: Court summons - case no. 2026 (wa) 10822

Dear Sir or Madam,

You are hereby notified as a party in the above case filed at the Tokyo District Court by a
former tenant. The complaint and summons have been sent by special delivery. The first oral
hearing is scheduled for February 3, 2027 at 13:30.

Clerk, Civil Division 23""",
    ),
    (
        "other",
        """Hi,

I'm your new neighbour on the 3rd floor (Shirakawa Design). Just wanted to introduce
ourselves and say hello. If we ever make too much noise, just knock!

Best,
Mika and the team""",
    ),
    (
        "other",
        """Dear all,

Thank you for your generous donation to the Children's Literacy Fund. Your receipt for tax
purposes is attached. With your permission, we would like to list your company's name in our
annual report; please let us know if you prefer to remain anonymous.

Warm regards,
Children's Literacy Fund""",
    ),
    (
        "other",
        """Subject: Thank you for the quick repair

Hello, the plumber came this morning and fixed the kitchen leak within an hour. Please pass
on our thanks to him and to the person who arranged the visit so quickly.

The Kowalski family, room 301""",
    ),
    (
        "other",
        """Delivery Status Notification (Failure)

Address not found
Your message wasn't delivered to yamada.t@planetmgmt.biz because the address couldn't be
found, or is unable to receive mail.

----- Original message -----
Subject: Request to delete my personal data""",
    ),
    (
        "other",
        """Hello,

Your delivery from Yamato Transport is scheduled for tomorrow (Dec 4) between 14:00 and
16:00. Recipient: Planet Management Co., Ltd. (General Affairs). If you need to change the
time, please use the link in your member page.

This e-mail is sent from a send-only address.""",
    ),
    (
        "other",
        """Dear customer,

Your Bank's Know Your Customer review: under the Act on Prevention of Transfer of Criminal
Proceeds we periodically confirm customer information. Please log in to Business Direct and
review the registered company details and beneficial owners by January 15. You can also
submit the paper form at any branch.

Mizuho Bank (this is not a phishing e-mail: no link is included)""",
    ),
    (
        "other",
        """Hi Kenji,

It's Aunt Yumi. Your mother gave me this address. We are planning the New Year gathering at
our house on January 2; can you and Saki come? Bring the kids!

Love, Yumi""",
    ),
    (
        "other",
        """Subject: I'm on leave

Thank you for your message. I am on parental leave until March 31, 2027 and will not read
e-mail. Your message will not be forwarded. Please write to office@hamada-design.example.jp
for anything urgent.""",
    ),
    (
        "other",
        """Hello,

I'm a customer of "Planet Mobile" and I want to complain that they shared my phone number
with a marketing company. I found your address on a website listing "Planet" companies.
Please forward this to their privacy department.

Angry customer, S. Kimura""",
    ),
    (
        "other",
        """Dear Sir,

We are from the Tokyo Metropolitan Government's statistics bureau. Your company has been
selected for the 2026 Economic Census. The questionnaire must be completed online by
January 20. Information you provide is protected under the Statistics Act and used only
for statistical purposes.""",
    ),
    (
        "other",
        """Hi! We're a group of high school students doing a project on local businesses. Could we
visit your office for 30 minutes in January to ask about what you do? We promise not to
take photos of anyone without permission.

Tokyo International School, Grade 11""",
    ),
    (
        "other",
        """Hello,

I am from the Lions Club of Koto. We are collecting used postage stamps and old mobile
phones for charity. If your office has any old phones, please wipe the data first and leave
them at reception; we will pick them up next week.

Thank you!""",
    ),
    (
        "other",
        """Read: Invoice for November

Your message

  To: accounts@hoshizora.example.jp
  Subject: Invoice for November
  Sent: 2026/12/01 9:40

was read on 2026/12/01 10:12.""",
    ),
    (
        "other",
        """Subject: Notice of receipt [Ticket #48213]

Thank you for contacting Filebarn Support. We have received your request regarding account
data export and a member of our team will respond within 2 business days. Please do not
change the subject line when replying.""",
    ),
    (
        "vendor",
        """Dear partner,

Our company will be closed on December 25 for the relocation of our data centre. During that
day our online ordering system and customer database will be offline. Orders will resume on
December 26.

Tsubame Logistics""",
    ),
    (
        "vendor",
        """Dear customer,

In accordance with the amended Telecommunications Business Act, we have updated our external
transmission notice. It lists the analytics and advertising tools our website uses and what
data they send. Please see our website for details.

Rideshare Go Japan""",
    ),
    (
        "tenancy",
        """Good evening,

My husband and I are divorcing and he has moved out of our apartment. The lease is in his
name. I want to continue living here. Can the contract be transferred to me, and what do
you need from me?

Thank you,
Elena Popescu""",
    ),
    (
        "tenancy",
        """Hi,

Is it OK to install a small security camera on my own door, facing the corridor? Another
tenant told me it might be a privacy problem for the neighbours. I just want to see who
rings the bell.

Best, Sam (room 404)""",
    ),
]

# Off-topic items, part three: one-liners and short notes, as typed into a form or a phone.
OFF_C: list[tuple[str, str]] = [
    ("tenancy", "Is the apartment at Kiba 2-chome still available? Can I see it on Saturday?"),
    ("tenancy", "how much is the cleaning fee when i move out"),
    ("tenancy", "Can I pay rent by credit card instead of bank transfer?"),
    ("tenancy", "The renewal form asks for my emergency contact again, where do I send it back?"),
    ("tenancy", "my neighbour's dog barks all day, what can I do"),
    ("tenancy", "Please send me a copy of my lease contract, I lost mine."),
    ("tenancy", "Can I sublet my room for two months while I'm abroad?"),
    ("building", "The front door intercom isn't working, visitors can't call us."),
    ("building", "When is the next bulky garbage collection day for the building?"),
    ("building", "Is the building open on Sunday? We need to get into our office."),
    ("building", "The toilet on the 3rd floor has been blocked since yesterday."),
    ("building", "Who do I talk to about getting an extra key card for a new employee?"),
    ("parking", "Is there a spot for a bicycle at the Toyocho building?"),
    ("parking", "There's a car with no plates parked in space 9 for a week."),
    ("parking", "Can I get a visitor parking permit for my mother this weekend?"),
    ("parking", "How do I cancel my parking space contract?"),
    ("invoice", "We haven't received the invoice for October yet, could you resend it?"),
    ("invoice", "Please change the billing address on our invoices to our new office."),
    ("invoice", "Payment for INV-2211 was sent today, please confirm receipt."),
    ("invoice", "Your invoice is missing the registration number, please reissue."),
    ("invoice", "Could you split the invoice into two, one per department?"),
    ("sales", "Want more tenants? We'll get your listings on 40 portals for one low fee."),
    ("sales", "Free GDPR & APPI compliance check for your website - reply YES."),
    ("sales", "We can delete negative reviews about your company from Google. Interested?"),
    ("sales", "Cookie banner in 5 minutes, no developer needed. Try ConsentPilot free."),
    ("sales", "Do you need translation of your privacy policy into Chinese or Korean?"),
    ("recruiting", "Are you hiring? I'd like to send my CV."),
    ("recruiting", "I applied last week, did you receive my resume?"),
    ("recruiting", "Do you sponsor work visas for foreign staff?"),
    (
        "recruiting",
        "Please withdraw my application for the accounting job, I found another position.",
    ),
    ("meeting", "Running 10 minutes late for our 3pm, sorry!"),
    ("meeting", "Can we move tomorrow's call to 11 instead of 10?"),
    ("meeting", "Confirming our meeting on the 14th at your office. See you then."),
    ("press", "Could we get a comment from your company about the rent increases in Koto ward?"),
    ("press", "Do you have a press contact? We're writing about smart locks in rentals."),
    ("newsletter", "Last chance: PropTech Expo tickets 30% off. Unsubscribe | Privacy"),
    (
        "newsletter",
        "Reminder: Early-bird price for PropTech Expo ends Friday. Manage your preferences.",
    ),
    ("phishing", "Your account will be suspended today. Verify your details: bit.example/xk2"),
    (
        "phishing",
        "We could not deliver your package. Update your address here: jp-post.example.top",
    ),
    (
        "phishing",
        "Security alert: confirm your password within 24h or your mailbox will be deleted.",
    ),
    ("phishing", "Congratulations! You won an iPhone 17. Enter your personal info to claim."),
    (
        "phishing",
        "Your payment was declined. Update your billing information to avoid service interruption.",
    ),
    ("phishing", "Final warning: your data has been exposed. Call 050-5555-0000 immediately."),
    ("vendor", "Reminder: our office is closed from Dec 29 to Jan 4. Happy holidays!"),
    ("vendor", "Our phone lines will be down for maintenance tonight from 22:00 to 23:00."),
    ("vendor", "We've updated our privacy policy. No action needed."),
    ("vendor", "New Terms of Service take effect January 1. Continued use means you accept them."),
    ("other", "Thanks for your help yesterday!"),
    ("other", "Sorry, wrong address."),
    ("other", "test"),
    ("other", "Happy New Year to all the staff at Planet Management!"),
    ("other", "Please ignore my last e-mail, it was sent by mistake."),
    ("other", "Is this Planet Travel? I want to change my flight booking."),
    ("other", "I found a wallet in front of your building, who should I give it to?"),
    ("other", "Do you know a good locksmith near the Kiba building?"),
    ("other", "Got it, thanks."),
    ("other", "Where is the nearest post office to your office?"),
    (
        "other",
        "Please delete the photos I sent you yesterday, I attached the wrong files.",
    ),
    (
        "other",
        "Hi, is this the privacy office of Planet Bank? I need to reset my online banking.",
    ),
    (
        "tenancy",
        "Can you tell the landlord the heater in 302 broke again? Third time this winter.",
    ),
    (
        "tenancy",
        "i want to terminate my contract, 1 month notice ok? room 501",
    ),
    (
        "sales",
        "We offer data erasure for old PCs and hard drives, with certificate. Price on request.",
    ),
    (
        "phishing",
        "Dear user your e-mail account info@planetmgmt.biz is blacklisted, click to whitelist now",
    ),
    (
        "phishing",
        "Amazon: unusual activity. Confirm identity or your account will be closed in 24 hours.",
    ),
    (
        "building",
        "Power outage notice: Sat 9-12, please shut down your servers beforehand.",
    ),
    (
        "other",
        "Can I leave a parcel for my friend who lives in your building at your office?",
    ),
    (
        "vendor",
        "Notice: as of today our company name changes to Tokiwa Facilities; "
        "bank account unchanged.",
    ),
    (
        "recruiting",
        "Do you have any openings for a privacy or compliance officer? I have 5 years' experience.",
    ),
    (
        "meeting",
        "Minutes from Tuesday's meeting attached. Please check the action items on data cleanup.",
    ),
    (
        "invoice",
        "Reminder: your subscription payment failed. Please update your card to keep your account.",
    ),
]

# Off-topic items, part four: replies on threads, forwards, form notifications, mixed language.
OFF_D: list[tuple[str, str]] = [
    (
        "invoice",
        """Hi Yamamoto-san,

Thanks, payment received. All settled on our side.

Best,
Kaori

-----Original Message-----
From: General Affairs [mailto:info@planetmgmt.biz]
Sent: Wednesday, December 02, 2026 4:11 PM
To: Kaori Nishimura
Subject: RE: Difference of 5,500 yen

We transferred the difference today. Sorry for the trouble.""",
    ),
    (
        "meeting",
        """Works for me, see you Thursday at 2.

On Wed, Dec 2, 2026 at 6:02 PM Ben Carter <ben.carter@larkspur.example.com> wrote:
> Could we move it to Thursday, same time? If that doesn't work, I'm also free
> Friday morning.
>
> Ben""",
    ),
    (
        "vendor",
        """FYI - see below from the cleaning company. Can someone update the vendor master?

---------- Forwarded message ---------
From: Minato Cleaning Service <billing@minato-clean.example.jp>
Date: Tue, Dec 1, 2026 at 9:00 AM
Subject: Change of our company address and phone number

Please be informed that from December 14 our head office will move.""",
    ),
    (
        "phishing",
        """Is this real? It says it's from our bank but the link looks weird. Forwarding so IT can
check before anyone clicks.

Begin forwarded message:

From: "MUFG Security" <noreply@mufg-secure.example.top>
Subject: Re-confirmation of customer information required
Date: December 2, 2026 at 08:14:55 GMT+9

Accounts not updated by December 10 will have transactions restricted.""",
    ),
    (
        "tenancy",
        """[Contact form submission]

Name: Ahmed Yusuf
E-mail: ahmed.y@example.com
Phone: 080-5555-1902
Inquiry type: Other
Message: The hot water in room 707 has been lukewarm for three days. Please send a repair
person. I work from home, any time is fine.

[x] I agree to the handling of personal information as described in the privacy policy.
--
This mail was sent from the contact form at https://planetmgmt.biz/contact""",
    ),
    (
        "sales",
        """[Contact form submission]

Company: Growth Hackers Inc.
Name: Sales Team
E-mail: sales@growthhackers.example.com
Message: Dear business owner, we can bring you 500 new leads per month with our AI
outreach tool. Book a call: calendly.example.com/growth

[x] I have read and agree to the privacy policy.""",
    ),
    (
        "newsletter",
        """Planet Residence Kiba - Resident News, December

* Year-end garbage collection: last day Dec 29, first day Jan 5
* Reminder: bicycles without a sticker will be removed on Dec 20
* The management office is closed Dec 29 - Jan 3

Personal information collected through resident surveys is handled according to the
management company's privacy policy.
--------------------------------
This newsletter is distributed to all residents by e-mail.""",
    ),
    (
        "phishing",
        """Subject: =?UTF-8?B?44CQ6YeN6KaB44CR?= Account security notice

Dear Customer,
Your account has been limited due to a policy violation. We need to confirm your identity
within 24 hours. Please click the link below and fill in your personal information, credit
card and password.

If you don't, your account will be deleted permanently according to our Privacy Policy.

Regards, Service Team""",
    ),
    (
        "other",
        """Dear Sirs,

Please find attached the certificate of residence for our employee, as requested by your
leasing department for his apartment application. Please handle it carefully.

【注意】このメールには個人情報が含まれています。誤って受信された場合は削除してください。

HR, Komorebi Software""",
    ),
    (
        "vendor",
        """Dear Customer,

Please note that our support desk will be closed on December 23 (Emperor's Birthday in some
calendars, company holiday for us) and during the New Year holidays from December 30 to
January 3. Tickets submitted during these days will be answered from January 4.

Filebarn Japan Support""",
    ),
    (
        "recruiting",
        """Hi Planet HR team,

Thank you for interviewing me last week. As promised, I'm sending the portfolio link and my
references' contact details (both have agreed to be contacted):

- Ms. Laura Chen, former manager, +81 90 5555 2020
- Mr. Daisuke Aoki, client, aoki@example.jp

Best,
Valentina Rossi""",
    ),
    (
        "press",
        """Subject: Correction request - article of Dec 1

Hello,

Our article of December 1 quoted your company as saying that tenant data is "sold to
partners". We realise this was a misquote from our interview notes. We will publish a
correction tomorrow. Please let us know if you want the wording changed.

Editor, Tokyo Property Review""",
    ),
    (
        "building",
        """To tenants,

From January the building will introduce a visitor registration system at reception.
Visitors will be asked for their name, company and the person they are visiting. Records
will be kept for 90 days for security purposes and then deleted.

Building Management Office""",
    ),
    (
        "parking",
        """Hello,

I'm writing from the car park operator next door. One of your tenants' cars (Nerima plate,
blue hatchback) has been using our hourly spaces overnight without paying for a week. Can
you pass a message to the owner?

Times-style Parking Co.""",
    ),
    (
        "sales",
        """Hello,

Are you using Excel to manage tenants' personal data? With new rules on security measures,
spreadsheets on shared drives are a big risk. Our cloud database encrypts every record and
logs every access. Let me know if you want a 10-minute walkthrough.

--
Ivan, CloudLedger
This e-mail was sent to info@planetmgmt.biz. Reply "remove" to stop receiving e-mails.""",
    ),
    (
        "other",
        """hey its me, did you get the photos from the weekend? also can you send me your new
address again, I lost the message. the party's at 7

sent from my phone""",
    ),
    (
        "phishing",
        """Subject: Voicemail received from +81 3-6265-xxxx (0:42)

You have a new voicemail message. Listen to the message by signing in with your e-mail
account:

PLAY MESSAGE

Voicemail Service for info@planetmgmt.biz""",
    ),
    (
        "invoice",
        """Subject: Payment reminder for your domain planetmgmt.biz

This is a courtesy reminder that invoice 9920811 for the renewal of planetmgmt.biz and WHOIS
privacy protection (total 4,180 yen) is due on December 15.

You can pay by credit card or bank transfer in your account.
OnamaeDomains Billing""",
    ),
    (
        "meeting",
        """Dear all,

As discussed, the privacy impact assessment workshop for the new tenant portal will be held
next Tuesday at 13:00 in the 5F meeting room. Please bring the draft data flow diagram.
Lunch will be provided.

Regards,
Project Office, Sumika Tech""",
    ),
    (
        "vendor",
        """Dear Partner,

We are updating our partner agreement to include a joint controller clause for the customer
referral program. The amended agreement will be sent to you for e-signature next week. No
changes to commissions.

Partner Relations, Rideshare Go Japan""",
    ),
    (
        "tenancy",
        """Dear manager,

I am the guarantor of my nephew, Mr. Ren Takeda, in room 208. I received a letter saying
his rent is two months behind. I did not know. Could you tell me the exact amount so I can
pay it, and please call me rather than writing.

Masako Takeda""",
    ),
    (
        "other",
        """Dear Planet Management,

Certified letter: notice of seizure of receivables. By order of the Tokyo District Court
dated November 27, 2026, the rent receivable of your tenant (debtor) is seized. Please do
not pay the amount in question to the debtor. Details are in the enclosed order.

Tokyo District Court, Execution Office""",
    ),
    (
        "newsletter",
        """Your December statement is ready

Hi Planet Management, your Trackly activity for November: 214 tasks completed, 3 new members.

You're receiving this because you're an admin. We care about your privacy: read how we use
data in our Privacy Policy. Turn off summary e-mails in Settings.""",
    ),
    (
        "other",
        """Hello,

I left my umbrella at your reception when I came to sign my contract on Monday. It's a long
black one with a wooden handle. Could you keep it until I come back next week?

Thanks,
Jun""",
    ),
    (
        "sales",
        """Dear Sir or Madam,

We are a Japanese law firm specialising in personal information and data breaches. If you
receive a request from a customer for disclosure or deletion, or need a privacy policy
review, our fixed-fee service can help. Please find our brochure attached.

Sakurada Law Office""",
    ),
    (
        "phishing",
        """NOTICE OF DATA PROTECTION COMPLAINT

A customer has filed a complaint against your company for mishandling personal data. You
are required to respond within 48 hours. The full complaint and your case number are in
the attached file "Complaint_8821.docm". Enable content to view.

Personal Information Protection Office (International)""",
    ),
]

# In-scope items, part one: (sections, kind, text). A `mail` text is the body a sender wrote;
# greeting, closing, signature and quoted mail around it come from the pools above.
IN_A: list[tuple[Sec, str, str]] = [
    (
        ("joint-use",),
        "mail",
        """I am the compliance officer at Nishikaze Logistics, one of your delivery partners.
Our auditors have asked us to document every flow of customer data between our companies.
Your privacy policy mentions that personal information is used jointly with Planet Group
companies and business partners. Could you confirm which items are shared under that joint
use, for what purpose, and which company is the responsible party for managing it?""",
    ),
    (
        ("purpose",),
        "mail",
        """I rent a flat through your company (Planet Residence Kiba, room 402). Separate question
from the heater repair I reported last week: when I signed up for your tenant app it asked
for my date of birth and phone number. What exactly do you use that information for? I
don't want to get advertising calls.""",
    ),
    (
        ("third-party",),
        "mail",
        """Today I got an e-mail that looked like it came from a parcel company, asking me to
"confirm my personal details". It used my full name and the address I only ever gave to
you when I registered. I didn't click anything. But I need to know: have you given my
address or e-mail to any other company? Was there a leak?""",
    ),
    (
        ("suspension",),
        "mail",
        """I'm replying to your newsletter. I don't mind the occasional notice about my contract,
but I do not want my browsing and purchase history used to choose ads for me any more.
Please stop using my information for advertising.""",
    ),
    (
        ("purpose",),
        "mail",
        """I applied for the leasing assistant job last month and sent my CV with my address,
photo and visa status. I was not selected, which is fine. What happens to my CV and the
personal data in it now? What is it used for?""",
    ),
    (
        ("correction",),
        "mail",
        """I cancelled my contract with you at the end of November. Now that I am no longer a
customer, I would like all my personal information (name, address, phone, the copy of my
residence card) deleted from your systems. Please confirm when it is done.""",
    ),
    (
        ("contact",),
        "short",
        "Who do I contact at your company about a complaint over how my personal data was handled?",
    ),
    (
        ("hours",),
        "short",
        "Is the inquiry desk open during the New Year holidays, or should I wait until January?",
    ),
    (
        ("changes",),
        "mail",
        """I saw a notice from another company today saying their privacy policy has changed,
and it made me wonder about yours. If Planet Management changes its privacy policy, how will
I find out? Will you e-mail me or just update the website?""",
    ),
    (
        ("disclosure",),
        "mail",
        """After reading about a data breach at a printing company in the news, I want to know
exactly what you hold about me. Please send me a copy of all the personal information you
have on file under my name, and let me know if there is a fee.""",
    ),
    (
        ("collection",),
        "mail",
        """We are evaluating your service for our staff housing. Our security team asks me to
list what personal information your company acquires from each resident, including anything
taken from linked external accounts (we noticed the app offers a login with LINE).""",
    ),
    (
        ("third-party",),
        "mail",
        """A cookie consent tool salesman told me that companies routinely sell their customer
lists. Do you hand over your customers' personal information to third parties? And are
there cases where you do that without asking the customer first?""",
    ),
    (
        ("correction",),
        "short",
        "my phone number changed, how do i update it in your records",
    ),
    (
        ("suspension",),
        "noisy",
        "pls stop useing my data for the marketing, i nevr agreed that. unsubscribe me from al",
    ),
    (
        ("hours",),
        "noisy",
        "what time ur office answer mails?? i send on saturday no reply yet",
    ),
    (
        ("joint-use", "third-party"),
        "mail",
        """Our company is about to sign a service agreement with Planet Group. Two questions from
our legal team before we sign: (1) will the contact details of our employees be shared
among Planet Group companies, and (2) will they be provided to anyone outside the group?""",
    ),
    (
        ("disclosure",),
        "mail",
        """I am writing on behalf of my client, Mr. Robert Hayes, a former tenant of one of your
managed properties. Pursuant to the Act on the Protection of Personal Information, my client
requests disclosure of all personal data your company retains concerning him. A letter of
authorisation is attached. Please advise on the procedure and any fees.""",
    ),
    (
        ("correction",),
        "mail",
        """My father passed away in October. He was a customer of yours and I keep finding
letters addressed to him. As his son and heir, I would like his account closed and his
details removed from your database. What do you need from me to do that?""",
    ),
    (
        ("contact",),
        "mail",
        """I received a letter from you about "changes to the handling of customer
information" but there is no phone number on it, only a web address I can't use. I am 81
and do not use the internet much. What is the telephone number of the office that deals
with personal information?""",
    ),
    (
        ("purpose",),
        "short",
        "why do you track which pages I look at on your site?",
    ),
    (
        ("collection",),
        "noisy",
        "wat info do u guys collect when i sign in w google? like my contacts too??",
    ),
    (
        ("suspension",),
        "mail",
        """I got your e-mail about the year-end campaign. I know I ticked the box when I signed
up, but I'd like to withdraw that consent now. Please stop sending me promotions and stop
using my details for anything beyond the service I pay for.""",
    ),
    (
        ("hours",),
        "mail",
        """I sent an inquiry on Friday evening and got an automatic reply. Nobody has answered
yet. How long does it normally take for your desk to reply, and are you open on weekends?""",
    ),
    (
        ("third-party",),
        "mail",
        """An insurance company I have never dealt with called me and knew I had just moved
into one of your apartments. The only place I gave my new number and move-in date was your
application form. How did they get it? Did you pass it on?""",
    ),
    (
        ("changes",),
        "short",
        "When was your privacy policy last revised, and what changed?",
    ),
    (
        ("disclosure", "correction"),
        "mail",
        """I'd like to see what personal data you have about me, and if any of it is wrong
(I suspect my old address is still there), have it corrected. Can I do both with one
request?""",
    ),
    (
        ("joint-use",),
        "noisy",
        "Dear sir, I want know if my informations is shared with the group company of Planet. "
        "which company is responsible for manage it? thank you",
    ),
    (
        ("contact",),
        "short",
        "Is info@planetmgmt.biz the right address for questions about privacy?",
    ),
    (
        ("correction",),
        "noisy",
        "plz delete my acount and all my data asap i dont use ur app anymore",
    ),
    (
        ("purpose",),
        "mail",
        """Your newsletter says "we use your data to improve our services". That is very vague.
For what purposes exactly do you use the information of customers who receive it? Is it
used for targeted ads?""",
    ),
    (
        ("collection",),
        "short",
        "Does your website use cookies or analytics to collect information about visitors?",
    ),
    (
        ("suspension",),
        "mail",
        """I have reason to believe you obtained my details from a list-broker rather than from
me: I never signed up, yet your staff called me about an apartment. Please stop using my
personal information immediately.""",
    ),
    (
        ("hours",),
        "short",
        "Are you open on December 30?",
    ),
    (
        ("changes",),
        "mail",
        """The vendor notice you forwarded to tenants mentions a "revised privacy policy".
Is that your policy or theirs? If yours has changed, from what date does the new version
apply, and where can I read it?""",
    ),
    (
        ("disclosure",),
        "noisy",
        "hi can i get a copy of evrything you have about me. name is on acount kenji.w",
    ),
    (
        ("third-party",),
        "short",
        "Do you give customer information to the police if they ask?",
    ),
    (
        ("contact", "hours"),
        "mail",
        """I want to make a complaint about how my data was handled and would rather talk to a
person. What number should I call, and what hours is someone there?""",
    ),
    (
        ("joint-use",),
        "mail",
        """Our partnership agreement mentions "joint use of customer information". Before our
internal privacy review I need your side's version: which items (name, address, usage
history?) are included, and for what purpose may our company use them?""",
    ),
    (
        ("collection", "purpose"),
        "mail",
        """I'm a parent. My 16-year-old son signed up for your service without telling me. What
information did you take from him when he registered, and what will you use it for?""",
    ),
    (
        ("correction",),
        "mail",
        """Your records have my name misspelt (it's Siobhan, not Shiobhan) and my date of birth
is wrong by a year. This appears on every letter you send. Please fix them.""",
    ),
]

# In-scope items, part two.
IN_B: list[tuple[Sec, str, str]] = [
    (
        ("collection",),
        "mail",
        """Long story, sorry. I signed up for your tenant app back in spring because the
building manager said it was the only way to book the party room. At the time it asked me to
connect my Facebook account, and I tapped "allow" without thinking. Now my friend says apps
take your friend list and everything. What did you actually get from Facebook when I did
that, and what else did the app take from me?""",
    ),
    (
        ("collection",),
        "short",
        "What personal details do you store when someone fills in your contact form?",
    ),
    (
        ("collection",),
        "noisy",
        "do yuo keep my birthday and phone? why app ask so many informations when register",
    ),
    (
        ("collection",),
        "mail",
        """Your phishing warning to tenants said "we will never ask for your My Number or bank
PIN by e-mail". Fine, but then what information do you actually collect from tenants, and
from which sources? I'd like the full list for my own records.""",
    ),
    (
        ("collection",),
        "short",
        "Do you get any of my info from the external login services, like my LINE ID?",
    ),
    (
        ("purpose",),
        "mail",
        """I'm a retired teacher and not very good with computers. Since I registered on your
website I've had letters and e-mails about services I don't need. What are you using my
name and address for? I thought it was only for the apartment contract.""",
    ),
    (
        ("purpose",),
        "short",
        "Is my usage history used for advertising?",
    ),
    (
        ("purpose",),
        "noisy",
        "y do u need my adress 4 the app?? just want to pay rent lol",
    ),
    (
        ("purpose",),
        "mail",
        """We are considering your service for 40 employees who will live in your managed
buildings. Our works council asks what the employees' personal information will be used for
by your company. Is it only to provide the service, or also for marketing and measurement?""",
    ),
    (
        ("purpose", "suspension"),
        "mail",
        """I noticed your site tracks what I click. What is that measurement for? And if it's
for ads, I'd like you to stop doing it with my account.""",
    ),
    (
        ("third-party",),
        "mail",
        """This may sound odd, but a moving company sent me a flyer addressed to me by name at my
new flat, one week after I signed your lease, before I had even told my family the address.
I am not accusing anyone, I would just like to know whether you share new tenants' details
with moving or utility companies.""",
    ),
    (
        ("third-party",),
        "noisy",
        "u guys sell my email?? i get so much spam since i registered with you",
    ),
    (
        ("third-party",),
        "short",
        "In what cases would you hand my information to the government without asking me?",
    ),
    (
        ("third-party",),
        "mail",
        """I got an e-mail this morning, supposedly from a "partner bank", saying my account with
Planet Management needs verification, and it had my correct phone number. Did you give my
number to a bank? If not, how could they have it? I have forwarded the mail to you below.

---------- Forwarded message ---------
From: Partner Bank Security <security@partner-bank.example.top>
Subject: Verify your Planet Management account

Dear customer, please verify your identity and phone number to keep your account active.""",
    ),
    (
        ("third-party",),
        "mail",
        """I'm a lawyer representing a tenant in a dispute with a neighbour. Please tell me under
what circumstances your company will provide a customer's personal information to a third
party, in particular in response to a request from a lawyer or a court.""",
    ),
    (
        ("joint-use",),
        "mail",
        """Hi, I'm the data protection lead at Brightline Foods. We joined your partner network
last month. Our onboarding pack doesn't say who is responsible when customer information is
jointly used between Planet Group and partners like us. Is it Planet Management? Please
confirm in writing.""",
    ),
    (
        ("joint-use",),
        "short",
        "Which Planet Group companies can see my name and address?",
    ),
    (
        ("joint-use",),
        "mail",
        """When I signed up for your internet service, I started getting offers from Planet
Insurance and Planet Travel. Are my details shared across the group companies? For what
purpose can they use them?""",
    ),
    (
        ("joint-use",),
        "noisy",
        "my data share with ur group company? planet travel calld me. is ok by ur policy?",
    ),
    (
        ("joint-use",),
        "mail",
        """Please find attached our vendor compliance questionnaire, but first, one direct
question to your privacy team: our customers' usage history that we pass to you as a
partner, do you then use it jointly with other Planet Group companies? Which items, and for
what purpose?""",
    ),
    (
        ("disclosure",),
        "mail",
        """I received a letter from your company about my "contract status", but I don't
remember ever signing with you. Before anything else, I want to know what personal
information you hold about me. Please disclose it. How do I make the request?""",
    ),
    (
        ("disclosure",),
        "short",
        "How can I request a copy of the personal data you keep about me?",
    ),
    (
        ("disclosure",),
        "mail",
        """Under Article 33 of the APPI I request disclosure of my retained personal data,
including the usage history of my account. Please tell me which identity documents you need
and whether you can send the result by e-mail rather than post.""",
    ),
    (
        ("disclosure",),
        "noisy",
        "Dear sir, kindly do the needful and provide me all my personal datas you are having. "
        "Please revert.",
    ),
    (
        ("disclosure",),
        "mail",
        """My mother (89) was a tenant in one of your buildings until she moved into a care
home. Her family doctor needs to know the dates of her tenancy and what contact details you
have on file. I am her legal guardian. Can I ask you to disclose her information to me?""",
    ),
    (
        ("correction",),
        "mail",
        """Replying to your payment reminder: the reminder went to my old address again. I moved
in July and told your staff by phone, but your records still show the old one. Please
update my address, and also add my new mobile number.""",
    ),
    (
        ("correction",),
        "short",
        "How do I get my account and personal data deleted after cancelling?",
    ),
    (
        ("correction",),
        "noisy",
        "my name is spell wrong in ur system, pls correct Nguyen not Nguyan",
    ),
    (
        ("correction",),
        "mail",
        """I got married and changed my surname. Please change my name on my tenant record from
Ito to Baker. Do you need a copy of the family register or is my new residence card
enough?""",
    ),
    (
        ("correction",),
        "mail",
        """We're closing our company account with you at year end (we're moving offices). After
the contract ends, please erase the personal details of our employees that you hold: names,
phone numbers and the emergency contacts. Let us know what you need from us.""",
    ),
    (
        ("suspension",),
        "mail",
        """I got a marketing call from your partner this morning. I am not interested and I never
agreed to be contacted for sales. Stop using my phone number for marketing, please, and
confirm you've done it.""",
    ),
    (
        ("suspension",),
        "short",
        "How do I opt out of you using my data for ads?",
    ),
    (
        ("suspension",),
        "noisy",
        "STOP using my infos!!! i withdraw consent, dont contact me again",
    ),
    (
        ("suspension",),
        "mail",
        """I think you got my details by deception: someone called pretending to be from the city
office and asked for my address "for a survey", and a week later I got your leasing offer.
If that is where my data came from, I want you to stop using it immediately.""",
    ),
    (
        ("suspension",),
        "mail",
        """> To stop receiving this newsletter, reply to this mail.

Replying as instructed. Beyond the newsletter, I would also like you to stop using my
browsing data for behaviour measurement. Is that possible while keeping my account?""",
    ),
    (
        ("contact",),
        "mail",
        """I tried to phone the number on your website about a privacy problem but only got the
general reception, who didn't know anything. Which department handles personal information
questions, and how do I reach them directly?""",
    ),
    (
        ("contact",),
        "noisy",
        "wat is the phone number of privacy desk? email bounce back",
    ),
    (
        ("contact",),
        "short",
        "Where can I send a complaint about your privacy policy?",
    ),
    (
        ("contact",),
        "mail",
        """I'm writing from Germany. A colleague gave me your address. If I have an opinion or a
complaint about how your company handled my data during my stay in Tokyo, is there a
specific counter or person I should address it to? Can I write in English?""",
    ),
    (
        ("changes",),
        "mail",
        """Our legal team tracks privacy policy changes of all our service providers. Could you
tell us how you notify business customers when your privacy policy changes, and how far in
advance of the effective date?""",
    ),
    (
        ("changes",),
        "noisy",
        "did u change the privacy policy? got mail say 'policy update' but not sure from u or spam",
    ),
    (
        ("changes",),
        "short",
        "Will you tell me before you change how my personal data is handled?",
    ),
    (
        ("changes",),
        "mail",
        """I've been your customer since 2021. The privacy policy on your website now says
"Established: 04/2022". Does that mean the rules I agreed to before then were different?
How do you let existing customers know when the policy is revised?""",
    ),
    (
        ("hours",),
        "mail",
        """I work night shifts and can only write to you late at night. If I send my question
at 2 am on a Saturday, when will someone actually read it? Do you work on public holidays?""",
    ),
    (
        ("hours",),
        "noisy",
        "r u open sunday? need answer quick",
    ),
    (
        ("hours",),
        "short",
        "What are your business hours for e-mail inquiries?",
    ),
    (
        ("hours",),
        "mail",
        """Got your out-of-office style auto-reply saying no staff are available. When does the
desk reopen after the year-end break, and how many days should I expect to wait for an
answer?""",
    ),
    (
        ("disclosure", "contact"),
        "mail",
        """Two questions please. First, I'd like to request disclosure of my personal data.
Second, where exactly do I send that request: to this e-mail address, or by post to an
office? Please give me the address.""",
    ),
    (
        ("correction", "suspension"),
        "mail",
        """Since I have cancelled my membership, please either delete my personal information or
at least stop using it. I don't mind which, as long as I stop hearing from you.""",
    ),
    (
        ("third-party", "joint-use"),
        "short",
        "Is my data shared with Planet Group companies or anyone else outside your company?",
    ),
    (
        ("collection", "third-party"),
        "mail",
        """I used "log in with Google" on your site. What did you receive from Google, and do you
send anything about me back to Google or to other companies?""",
    ),
    (
        ("changes", "hours"),
        "mail",
        """Two things: did your privacy policy change recently (I got a notice I couldn't open),
and are you open on the 28th of December if I want to call about it?""",
    ),
    (
        ("purpose",),
        "mail",
        """I'm an applicant who didn't pass your interview, and I still get your leasing
newsletter. I gave my address only for the job application. Is it used for marketing now?
What are the purposes for which you use it?""",
    ),
    (
        ("correction",),
        "mail",
        """I applied for a job with you in September and was not hired. Please delete my CV,
photo and the copy of my residence card from your files.""",
    ),
    (
        ("third-party",),
        "mail",
        """A debt collection agency contacted me about an unpaid bill from your company that I
already settled. They had my new phone number. Did you provide my details to them, and is
that allowed without my consent?""",
    ),
    (
        ("suspension",),
        "mail",
        """I'm writing for my son, who is 14 and signed up for your app without our permission.
Please stop using his personal information and stop sending him any messages. I'm his
mother and can prove it.""",
    ),
    (
        ("collection",),
        "mail",
        """I'm replying to your "important notice about our Terms of Use" mail. Before I accept
anything: does the app collect my location or contacts, or only what I typed when I
registered? The terms are long and I can't find it.""",
    ),
    (
        ("contact",),
        "mail",
        """Your acknowledgement e-mail came from a no-reply address, so I'm writing here. Is
this the correct inquiry desk for questions about personal information, or is there a
separate address or phone line?""",
    ),
    (
        ("joint-use",),
        "mail",
        """As the compliance officer of Larkspur Travel, I need to update our records of
processing. Please confirm the scope of joint users under your privacy policy (group
companies and which business partners), and the person responsible for the management of
the jointly used data.""",
    ),
    (
        ("disclosure",),
        "mail",
        """I'm the executor of the estate of my late husband, who was your customer. For the
probate I need to know what information and usage history your company holds on his
account. Can you disclose it to me, and what documents do you need?""",
    ),
    (
        ("hours",),
        "short",
        "How long does it usually take you to answer an e-mail?",
    ),
    (
        ("third-party",),
        "noisy",
        "hey did planet give my number to a parcel company? got sms w my name, is it phishing",
    ),
    (
        ("correction",),
        "noisy",
        "I quit the service. pls erase evrything abt me, name adress phone. thx",
    ),
    (
        ("purpose",),
        "short",
        "Why do you need my date of birth?",
    ),
]

# In-scope items, part three: replies, forwards, pasted forms, indirect asks.
IN_C: list[tuple[Sec, str, str]] = [
    (
        ("third-party", "joint-use"),
        "mail",
        """Oh great, another "privacy policy update" from one of your "partners", this time a
gym I've never heard of, and it has my name and flat number on it. So go on, tell me: who
exactly did you give my details to, and when was I supposed to have agreed to that?""",
    ),
    (
        ("collection",),
        "mail",
        """hi im 15 and i made an account on ur app to book the study room in our building. my mum
says i shouldnt have given my info. what did u save about me? like is my school saved or
just my name""",
    ),
    (
        ("suspension",),
        "mail",
        """Thank you for the answer below. I understand you need my details for the contract
itself, that's fine. But the consent I gave for "notices and campaigns" I now withdraw.
Please stop using my information for anything except running my contract.""",
    ),
    (
        ("disclosure",),
        "mail",
        """Inline, sorry:

> We have received your request. Please tell us what you would like us to do.

I want to see the personal data you hold about me, all of it, including the usage history
you mention in your policy.

> Could you also tell us the e-mail address you registered?

It's the address I am writing from.""",
    ),
    (
        ("correction",),
        "mail",
        """Pasting the form since your web form gave an error:

Name: Tariq Hussain
Customer number: PM-0048812
Request type: correction of registered information
Details: my registered e-mail is an old work address I can no longer access. Please replace
it with this one, and delete the old work phone number too.""",
    ),
    (
        ("purpose",),
        "mail",
        """My flatmate forwarded me an ad from you that mentioned "our records show you recently
moved". It creeped us out a little. What do you use people's usage history and addresses
for? Is it for ads like this one?

---------- Forwarded message ---------
From: Planet Management <news@planetmgmt.biz>
Subject: New home? Special offers for new residents

Our records show you recently moved. Enjoy 10% off partner services.""",
    ),
    (
        ("changes",),
        "mail",
        """The forwarded notice below came to my husband, not to me, although we're both your
customers. When your privacy policy changes, do you inform every customer, or is it enough
that it's posted on your website? We want to be sure we don't miss the next one.""",
    ),
    (
        ("contact",),
        "mail",
        """I'd rather not put the details in an e-mail. I only need to know whom I should speak
to about how my information was handled by one of your staff. Is there a phone number for
the person in charge of personal information?""",
    ),
    (
        ("hours",),
        "mail",
        """Your auto-reply came in at 23:40 on Friday saying you'd get back to me "within
business hours". What are those, exactly? Weekdays only? I'd like to know when to expect
an answer before I chase again.""",
    ),
    (
        ("joint-use",),
        "mail",
        """Dear Planet Management,

We are renewing our partnership agreement and our DPO has asked me to check one point in
your published policy. It says personal information is used jointly with "the Company's
business partners". Does that include us, and if so, which customer items would we be
receiving and for what purposes may we use them?""",
    ),
    (
        ("disclosure", "correction"),
        "noisy",
        "hello i want see my personal data you have, and if address old pls change it. how to do?",
    ),
    (
        ("suspension",),
        "noisy",
        "got ur newsletter again. i unsubscribed 2 times!! stop using my email and data pls",
    ),
    (
        ("third-party",),
        "mail",
        """Wondering how a phone company ended up calling me about "your recent move via Planet
Management". I never gave them anything. Could you tell me whether my information went to
them from you?""",
    ),
    (
        ("correction",),
        "mail",
        """My late wife, Mrs. Ruth Adler, had an account with you. Letters still come in her name
and it is painful each time. Please remove her personal information and close the account.
I can send the death certificate if you tell me where.""",
    ),
    (
        ("collection",),
        "short",
        "Do you collect information from the apps I link to my account, and which?",
    ),
    (
        ("contact",),
        "noisy",
        "who i can talk about my privacy problem? phone or mail? english ok?",
    ),
    (
        ("purpose",),
        "noisy",
        "why my info used for ad?? i only rent apartment not want ad",
    ),
    (
        ("changes",),
        "short",
        "How will existing customers be notified if the privacy policy changes?",
    ),
]

OFF = OFF_A + OFF_B + OFF_C + OFF_D
IN = IN_A + IN_B + IN_C


FORWARD = "---------- Forwarded message"


def wrap(body: str, rng: random.Random) -> str:
    """Put a sender's body in a greeting, closing and signature; one mail in three above quoted
    earlier mail, as a reply is written. A body that forwards a mail keeps the forward last,
    under the signature, and a body that greets already gets no second greeting."""
    own, sep, forwarded = body.strip().partition(FORWARD)
    greeting = rng.choice(GREETINGS)
    if own.startswith(("Dear ", "Hi", "Hello")):
        greeting = ""
    sign_off = "\n".join(p for p in (rng.choice(CLOSINGS), rng.choice(SIGNATURES)) if p)
    text = "\n\n".join(p for p in (greeting, own.strip(), sign_off) if p)
    quote = rng.choice(QUOTES)
    if sep:
        text += "\n\n" + sep + forwarded
    elif rng.random() < 1 / 3:
        text += "\n\n" + quote
    return text


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []

    def add(line: dict[str, object]) -> None:
        line["id"] = f"o2en-{len(items) + 1:03d}"
        items.append(line)

    for topic, text in OFF:
        add({"lang": "en", "kind": "off-topic", "sections": ["none"], "text": text.strip()})
        items[-1]["topic"] = topic
    for sections, kind, text in IN:
        body = wrap(text, rng) if kind == "mail" else text.strip()
        add({"lang": "en", "kind": kind, "sections": list(sections), "text": body})
    return [
        {k: it[k] for k in ("id", "lang", "kind", "sections", "text", "topic") if k in it}
        for it in items
    ]


def check(items: list[dict[str, object]]) -> None:
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [it["text"] for it in items]
    dup = [t for t, n in Counter(texts).items() if n > 1]
    assert not dup, f"duplicate texts: {dup[:2]}"
    for it in items:
        assert it["kind"] in KINDS, it
        sections = it["sections"]
        assert isinstance(sections, list) and sections, it
        if it["kind"] == "off-topic":
            assert sections == ["none"] and it.get("topic") in TOPICS, it
        else:
            assert "topic" not in it and all(s in SECTIONS for s in sections), it
    # The whole set is one split (train): every section and every topic must occur in it.
    splits = {"train": items}
    for name, part in splits.items():
        seen = {s for it in part for s in it["sections"]}  # type: ignore[attr-defined]
        missing = [s for s in SECTIONS if s not in seen]
        assert not missing, f"{name}: sections missing {missing}"
        topics = {it.get("topic") for it in part}
        assert all(t in topics for t in TOPICS), f"{name}: topics missing"


def main() -> None:
    items = build()
    check(items)
    with OUT.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    off = sum(1 for it in items if it["kind"] == "off-topic")
    by_kind = Counter(str(it["kind"]) for it in items)
    by_sec = Counter(s for it in items for s in it["sections"])  # type: ignore[attr-defined]
    print(f"{OUT.name}: {len(items)} items, {off} off-topic, kinds {dict(by_kind)}")
    print("sections:", dict(sorted(by_sec.items())))


if __name__ == "__main__":
    main()
