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
Could you confirm you received it? I also want to update my phone number: the new one is
080-5555-4417.

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

OFF = OFF_A
IN = IN_A


def wrap(body: str, rng: random.Random) -> str:
    """Put a sender's body in a greeting, closing and signature; one mail in three above quoted
    earlier mail, as a reply is written."""
    parts = [rng.choice(GREETINGS), body.strip(), rng.choice(CLOSINGS), rng.choice(SIGNATURES)]
    text = "\n\n".join(p for p in parts if p)
    if rng.random() < 1 / 3:
        text += "\n\n" + rng.choice(QUOTES)
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
