# ruff: noqa: E501  (the set: inquiries and mails are data, written as customers write them)
"""Writes a second, independent labelled set: bench/data/fresh-{dev,test}.jsonl.

    .venv/bin/python bench/data/make_fresh.py

Written by a second writer, after the first corpus (make_corpus.py), having seen only a few of its
questions, in another voice: terse one-liners, learners' English, questions buried after
context or asked indirectly, complaints and refusals of consent, long rambling mails, other
greetings, signatures and quote formats. Each question is one item alone (a one-liner as typed,
or noisy) and one whole mail around it (its own context when it has one); each off-topic text
is one item as written and one wrapped in a mail. Questions and off-topic texts are dealt to
dev or test by position (even to dev, odd to test), so the two parts share no question. The
generator is seeded; bench/data/README.md explains its use: dev is tuned on, test scored once.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (section, kind of the one-liner: short or noisy, the question, context written for its mail)
Q = tuple[str, str, str, str]

EN: list[Q] = [
    ("collection", "short", "what info do you keep about me exactly", ""),
    (
        "collection",
        "short",
        "Which of my details actually end up stored on your side?",
        "When I signed up you asked for my birthday, my phone and even my job title. That seemed like a lot for a shopping site.",
    ),
    (
        "collection",
        "short",
        "I once logged in with my Google account. Did that give you my contacts or anything else from Google?",
        "I use the same Google login everywhere and I'm trying to clean that up.",
    ),
    (
        "collection",
        "noisy",
        "I would like to understand what kind of personal datas your company is holding of mine.",
        "I am foreign resident in Japan and my japanese is not good, sorry for english.",
    ),
    ("collection", "short", "Does your app record my location or browsing while I use it?", ""),
    (
        "collection",
        "short",
        "Is my information kept safe with you?",
        "There was news about a big leak at another shop recently and it made me nervous.",
    ),
    ("purpose", "short", "Why exactly do you need my date of birth? What is it used for?", ""),
    (
        "purpose",
        "short",
        "Are you using my purchase history for advertising?",
        "Ever since I ordered a rice cooker from you, every website I visit shows me rice cookers.",
    ),
    (
        "purpose",
        "short",
        "For what purposes is customer data processed?",
        "We are doing vendor due diligence before our team signs up for your service.",
    ),
    ("purpose", "noisy", "why do i get so many emails from u, i only bought one thing", ""),
    ("purpose", "noisy", "Please explain me the purpose of using my informations.", ""),
    (
        "third-party",
        "short",
        "How did an insurance company get my number?",
        "Yesterday a man from an insurance company phoned me. He knew I had bought a stroller from your shop last month, and I have never given my number to anyone else.",
    ),
    ("third-party", "short", "Do you pass customer lists to partner companies?", ""),
    (
        "third-party",
        "short",
        "Will my name and address be shared with anyone outside your company?",
        "I'm about to place a large order but I'm careful with my address.",
    ),
    (
        "third-party",
        "short",
        "Could the police get my data from you without asking me?",
        "A friend told me companies hand over customer data whenever they are asked.",
    ),
    ("third-party", "noisy", "is my info sold to other busineses", ""),
    (
        "third-party",
        "short",
        "I keep getting catalogues from companies I never dealt with. Did you give them my address?",
        "",
    ),
    (
        "joint-use",
        "short",
        "Which group companies are included in the joint use and what do they get?",
        "Your privacy policy mentions joint use but I could not see the list of companies.",
    ),
    ("joint-use", "short", "Who is in charge of the data you share within your group?", ""),
    ("joint-use", "short", "What does it mean that my information is used jointly?", ""),
    ("joint-use", "noisy", "do ur sister companys also see my account details??", ""),
    (
        "disclosure",
        "short",
        "I'd like a copy of all the personal information you have on file for me.",
        "I've been a member for about eight years and have no idea what has piled up.",
    ),
    ("disclosure", "short", "How do I request disclosure of my data, and is there a charge?", ""),
    (
        "disclosure",
        "short",
        "Can I ask to see my records by post?",
        "I don't use the internet much and my grandson is helping me type this.",
    ),
    ("disclosure", "short", "What ID do I need to send for a disclosure request?", ""),
    ("disclosure", "noisy", "pls send me what data u have about me", ""),
    (
        "correction",
        "short",
        "My address in your records is old. Can you update it?",
        "I moved to Osaka last month.",
    ),
    (
        "correction",
        "short",
        "My surname changed after I got married, please fix it in my account.",
        "",
    ),
    (
        "correction",
        "short",
        "Please erase my account and all the data connected to it.",
        "I no longer use your service and would rather not leave my details lying around.",
    ),
    (
        "correction",
        "short",
        "I cancelled my membership. Is my personal data deleted now or do you still keep it?",
        "",
    ),
    ("correction", "noisy", "The birthday in my profil is wrong, how I can correct it?", ""),
    (
        "correction",
        "short",
        "Delete everything you have on me.",
        "I am done with your company after the way my last order was handled.",
    ),
    ("suspension", "short", "I withdraw my consent to the use of my personal information.", ""),
    (
        "suspension",
        "short",
        "I don't want my data used for marketing anymore.",
        "I'm happy to stay a customer, but the marketing has gone too far.",
    ),
    ("suspension", "short", "Please cease processing my information immediately.", ""),
    (
        "suspension",
        "short",
        "I object to my data being used for profiling.",
        "I read that you analyse how customers behave on your site.",
    ),
    ("suspension", "noisy", "plz stop using my personal info", ""),
    (
        "contact",
        "short",
        "Who should I talk to about a privacy matter? Is there a specific department?",
        "",
    ),
    (
        "contact",
        "short",
        "I want to make a complaint about how my data was handled. Where do I send it?",
        "Your call centre read my full address out loud while I was on speaker at work.",
    ),
    ("contact", "short", "Is there a phone number for privacy questions?", ""),
    ("contact", "noisy", "whom I address complain concerning personal information?", ""),
    ("changes", "short", "Will you let me know if you change your privacy policy?", ""),
    (
        "changes",
        "short",
        "When you update the policy, do I have to agree again?",
        "I agreed to the policy when I signed up three years ago.",
    ),
    ("changes", "short", "How is the privacy policy changed, and who decides?", ""),
    ("changes", "noisy", "how do i find out when privacy policy has been revised", ""),
    ("hours", "short", "I'm sending this on Saturday, will anyone read it before Monday?", ""),
    (
        "hours",
        "short",
        "How long does it usually take to get an answer?",
        "I wrote to you last week about something else and heard nothing.",
    ),
    ("hours", "short", "Do you answer emails during the New Year holidays?", ""),
    ("hours", "noisy", "when can i expect a response", ""),
]

JA: list[Q] = [
    ("collection", "short", "私のどんな情報を持ってるんですか", ""),
    (
        "collection",
        "short",
        "アプリの位置情報も記録されていますか。",
        "先日アプリを入れたところ、位置情報の許可を求められました。",
    ),
    ("collection", "short", "Yahoo!IDでログインすると、何の情報がそちらに渡りますか。", ""),
    ("collection", "noisy", "ｺｼﾞﾝｼﾞｮｳﾎｳはどこまで取られてますか？", ""),
    (
        "collection",
        "short",
        "会員登録した内容のほかに、何か集めている情報はありますでしょうか。",
        "会員登録の際、氏名・住所・電話番号を入力しました。",
    ),
    (
        "collection",
        "short",
        "私の情報はちゃんと守られているのでしょうか。",
        "他社で情報漏えいのニュースを見て心配になりました。",
    ),
    ("purpose", "short", "生年月日は何に使われるのですか。", ""),
    (
        "purpose",
        "short",
        "購入履歴を広告に使っているのでしょうか。",
        "御社で炊飯器を買ってから、どのサイトを見ても炊飯器の広告ばかり出てきます。",
    ),
    (
        "purpose",
        "short",
        "取得した情報の利用目的をご教示いただけますでしょうか。",
        "弊社で御社サービスの導入を検討しており、社内の審査に必要となります。",
    ),
    ("purpose", "noisy", "なんでこんなにメールが来るの？一回買っただけなのに", ""),
    ("purpose", "short", "お知らせメールが毎週届くのはなぜでしょうか。", ""),
    (
        "third-party",
        "short",
        "保険会社から電話があったのですが、番号はどこから知ったのでしょうか。",
        "昨日、知らない保険会社から電話があり、先月御社でベビーカーを購入したことを知っていました。",
    ),
    ("third-party", "short", "顧客名簿を提携先に渡すことはありますか。", ""),
    (
        "third-party",
        "short",
        "注文した住所や名前が社外の人に伝わることはありますか。",
        "まとまった注文をしようと思っているのですが、住所を知られるのが少し怖いです。",
    ),
    ("third-party", "short", "警察から求められたら、本人に断りなく情報を出すのですか。", ""),
    ("third-party", "noisy", "わたしのじょうほう、ほかのかいしゃにうってますか", ""),
    (
        "third-party",
        "short",
        "取引したことのない会社からカタログが届くようになりました。御社から住所が流れたのではないでしょうか。",
        "",
    ),
    (
        "joint-use",
        "short",
        "共同利用の対象になっている会社はどこですか。",
        "プライバシーポリシーに共同利用とありましたが、会社名が見当たりませんでした。",
    ),
    ("joint-use", "short", "グループ内で共有している情報の責任者はどなたですか。", ""),
    ("joint-use", "short", "共同で利用するというのは、具体的にどういうことでしょうか。", ""),
    ("joint-use", "noisy", "ｸﾞﾙｰﾌﾟ会社にも私の登録情報は見えてるんですか", ""),
    (
        "disclosure",
        "short",
        "私について保有している情報をすべて開示してください。",
        "会員になって8年ほどになり、何が登録されているのか把握できておりません。",
    ),
    ("disclosure", "short", "開示をお願いする場合の手順と費用を教えてください。", ""),
    (
        "disclosure",
        "short",
        "郵送で開示を請求することはできますか。",
        "インターネットが苦手で、孫に手伝ってもらって送っています。",
    ),
    ("disclosure", "short", "開示請求のときに必要な本人確認書類は何でしょうか。", ""),
    ("disclosure", "noisy", "登録内容を見せてもらえますか？？", ""),
    (
        "correction",
        "short",
        "登録住所が古いままなので、新しい住所に直していただけますか。",
        "先月、大阪へ引っ越しました。",
    ),
    ("correction", "short", "結婚して姓が変わったので、登録の名前を修正してほしいです。", ""),
    (
        "correction",
        "short",
        "アカウントと、それにひもづく情報をすべて消去してください。",
        "もう御社のサービスは使っておらず、情報を残しておきたくありません。",
    ),
    ("correction", "short", "解約しましたが、私の個人情報はもう削除されたのでしょうか。", ""),
    ("correction", "noisy", "生年月日がまちがってます。なおせますか", ""),
    (
        "correction",
        "short",
        "私の情報を全部消してください。",
        "前回の注文での対応にはがっかりしました。",
    ),
    ("suspension", "short", "個人情報の利用についての同意を撤回します。", ""),
    (
        "suspension",
        "short",
        "今後、私の情報を宣伝に使わないでいただきたいです。",
        "引き続き商品は購入したいのですが、宣伝があまりに多すぎます。",
    ),
    ("suspension", "short", "直ちに私の情報の利用を停止してください。", ""),
    (
        "suspension",
        "short",
        "行動分析に私のデータを使うことはやめてもらえますか。",
        "サイトでの行動を分析していると聞きました。",
    ),
    ("suspension", "noisy", "もうわたしのじょうほうをつかわないでください", ""),
    ("contact", "short", "個人情報のことはどの部署に相談すればよいですか。", ""),
    (
        "contact",
        "short",
        "情報の扱いについて苦情を申し立てたいのですが、どこに送ればいいですか。",
        "コールセンターの方が、私の住所を大きな声で読み上げていました。",
    ),
    ("contact", "short", "個人情報に関する問い合わせ先の電話番号はありますか。", ""),
    ("contact", "noisy", "個人情報の窓口ってどこ？", ""),
    ("changes", "short", "ポリシーが変わったら知らせてもらえますか。", ""),
    (
        "changes",
        "short",
        "ポリシーが改定された場合、改めて同意が必要になりますか。",
        "3年前に登録したときにポリシーに同意しました。",
    ),
    ("changes", "short", "プライバシーポリシーはどのような手続きで変更されるのでしょうか。", ""),
    ("changes", "noisy", "ぽりしーがかわったかどうかはどこでわかりますか", ""),
    ("hours", "short", "土曜日に送りましたが、月曜までに読んでもらえますか。", ""),
    (
        "hours",
        "short",
        "返信まで通常どのくらいかかりますか。",
        "先週別件で問い合わせましたが、まだ返事がありません。",
    ),
    ("hours", "short", "年末年始もメールの対応はしていますか。", ""),
    ("hours", "noisy", "返事っていつ来ますか", ""),
]

# Off-topic mail in the company's own vocabulary (a property manager's name, addresses, data).
OFF_EN: list[tuple[str, str]] = [
    (
        "tenancy",
        "There is water dripping from the ceiling of my bathroom in flat 502. Could someone from building maintenance come and look at it this week?",
    ),
    (
        "parking",
        "I'd like to cancel my parking contract for space B-14 at the end of January. What do I need to submit?",
    ),
    (
        "invoice",
        "This is a friendly reminder that invoice #20261105 for JPY 88,000 is now 14 days overdue. Please arrange payment at your earliest convenience or let us know if it has already been sent.",
    ),
    (
        "sales",
        "Is your company ready for the amended APPI? Our privacy consultants review your personal data handling, update your privacy policy and train your staff. Can we book a 20-minute call next week?",
    ),
    (
        "phishing",
        "We detected an unusual login to your mailbox. Your account will be closed and your personal data removed unless you verify your identity within 24 hours: http://mail-verify.example.com/confirm",
    ),
    (
        "vendor",
        "Please be informed that our office will be closed from December 29 to January 4. Orders received during this period will be processed from January 5.",
    ),
    (
        "recruiting",
        "I am applying for the property management assistant position posted on your website. My CV and cover letter are attached. I am available for an interview any weekday.",
    ),
    (
        "press",
        "I'm a reporter at Kanto Real Estate News preparing an article on rising rents in Minato-ku. Could someone at your company comment by Friday?",
    ),
    (
        "newsletter",
        "Planet Weekly #48: five tips for a cosy winter home, our year-end sale, and new listings in Shibuya. You receive this newsletter because you subscribed. To unsubscribe or read how we protect your personal data, see our privacy notice.",
    ),
    (
        "meeting",
        "Could we move Thursday's meeting about the lobby renovation to Friday at 10:00? The contractor cannot make it on Thursday.",
    ),
    (
        "sales",
        "Our consent-management platform makes your website cookie banner compliant in one afternoon. Would you like a free trial for your privacy team?",
    ),
    (
        "vendor",
        "We have updated our privacy policy effective January 1, 2027. No action is required on your part. Thank you for using Example Cloud Storage.",
    ),
    (
        "invoice",
        "Could you send us a corrected invoice? The billing address on the one we received is our old office, and our accounting team cannot process it.",
    ),
    (
        "building",
        "The elevator in the east wing will be inspected on December 10 from 9:00 to 12:00 and will be out of service during that time. We apologise for the inconvenience.",
    ),
    (
        "other",
        "Thank you so much for the lovely flowers you sent for our office opening. Everyone here was delighted.",
    ),
    (
        "phishing",
        "Your payment could not be processed. Update your billing details and confirm your identity to avoid suspension of service: https://billing-check.example.com",
    ),
]

OFF_JA: list[tuple[str, str]] = [
    (
        "tenancy",
        "502号室に住んでいる者ですが、浴室の天井から水漏れしています。今週中に見に来ていただけますか。",
    ),
    ("parking", "駐車場B-14の契約を1月末で解約したいのですが、必要な書類を教えてください。"),
    (
        "invoice",
        "11月分のご請求書（請求番号20261105、88,000円）のお支払期日を過ぎております。ご確認のうえ、お振込みをお願いいたします。",
    ),
    (
        "sales",
        "改正個人情報保護法への対応はお済みでしょうか。弊社コンサルタントが個人情報の取扱い状況を診断し、プライバシーポリシーの見直しまでご支援いたします。一度オンラインでご説明のお時間をいただけないでしょうか。",
    ),
    (
        "phishing",
        "お客様のアカウントに不正なログインを検知しました。24時間以内に本人確認を行わない場合、アカウントは停止され、登録情報は削除されます。確認はこちら：http://account-check.example.com",
    ),
    (
        "vendor",
        "誠に勝手ながら、弊社は12月29日から1月4日まで年末年始休業とさせていただきます。期間中のご注文は1月5日以降の発送となります。",
    ),
    (
        "recruiting",
        "貴社ホームページに掲載の賃貸管理スタッフの求人に応募いたします。履歴書と職務経歴書を添付いたしましたので、ご査収ください。",
    ),
    (
        "press",
        "不動産経済ジャーナルの記者をしております。港区の家賃相場についての記事を準備しており、貴社にコメントをいただけないでしょうか。",
    ),
    (
        "newsletter",
        "【プラネット通信 第48号】冬の住まいの結露対策／年末セールのお知らせ／渋谷の新着物件。本メールは配信をご希望の方にお送りしています。配信停止・個人情報の取扱いについてはプライバシーポリシーをご覧ください。",
    ),
    (
        "meeting",
        "木曜日のロビー改装の打ち合わせですが、施工業者の都合がつかないため、金曜日10時に変更させていただけますでしょうか。",
    ),
    (
        "sales",
        "Cookie同意管理ツールを導入すれば、貴社サイトのクッキーバナーが半日で法令対応できます。無料トライアルはいかがでしょうか。",
    ),
    (
        "vendor",
        "弊社は2027年1月1日付でプライバシーポリシーを改定いたしました。お客様のお手続きは不要です。今後ともよろしくお願いいたします。",
    ),
    (
        "invoice",
        "頂いた請求書の宛先住所が旧住所になっております。経理で処理ができないため、再発行をお願いできますでしょうか。",
    ),
    (
        "building",
        "12月10日9時から12時まで、東棟のエレベーター点検を行います。点検中はご利用いただけません。ご不便をおかけしますが、ご協力をお願いいたします。",
    ),
    (
        "other",
        "先日は事務所開設のお祝いにお花をお送りいただき、誠にありがとうございました。社員一同大変喜んでおります。",
    ),
    (
        "phishing",
        "【重要】お支払い情報の確認ができませんでした。サービス停止を避けるため、以下より本人確認とカード情報の更新をお願いします。https://pay-check.example.com",
    ),
]

GREET_EN = [
    "Hi there,",
    "Hello,",
    "To whom it may concern,",
    "Good afternoon,",
    "Hey,",
    "Dear Privacy Team,",
    "",
    "Hi Planet Management team,",
    "Good morning!",
    "Dear Customer Service,",
]
INTRO_EN = [
    "My name is Rahul and I have been a customer for two years.",
    "I'm writing on behalf of my elderly mother, who has an account with you.",
    "Sorry to bother you with this.",
    "Hope you're doing well.",
    "First of all, thanks for the quick delivery last week.",
    "",
    "I tried to find this on your website but gave up after twenty minutes.",
    "Apologies for my English, it is not my first language.",
]
AFTER_EN = [
    "",
    "",
    "Also the parcel arrived a day late, but that's another story.",
    "I would appreciate a clear answer.",
    "My member number is 44-10293 if that helps.",
    "Please don't just send me a link to the policy.",
]
CLOSE_EN = [
    "Thanks in advance.",
    "Looking forward to your reply.",
    "Cheers,",
    "Kind regards,",
    "Many thanks,",
    "Best,",
    "Thank you for your help!",
    "Sincerely,",
    "Warm regards,",
    "Thx",
]
SIG_EN = [
    "Tom",
    "Maria Gonzalez\nProcurement Manager | Brightline Trading Ltd.\nT: +44 20 5555 0199 | www.brightline.example.com",
    "-- \nKenji W.",
    "Dr. Priya Patel\n+91 555 0100 2222",
    "J. Muller\n\nSent from my Galaxy",
    "佐々木 ジョン\n株式会社ためし商会 営業部\nTEL 03-5555-0110\nj.sasaki@tameshi.example.jp",
    "Sent from Yahoo Mail for iPhone",
    "Alex\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
    "Lena Fischer\nHead of Operations, Nordlicht GmbH\nlena.fischer@nordlicht.example.com\nMobile +49 555 0123 456",
    "R.",
]
QUOTE_EN = [
    "From: Planet Management <info@example.jp>\nSent: Monday, November 30, 2026 9:12 AM\nTo: {addr}\nSubject: RE: your inquiry\n\nThank you for contacting us. We reply to inquiries within two business days. Our privacy policy explains when we provide personal data to third parties.",
    "On Tue, 1 Dec 2026 at 14:02, Planet Management <info@example.jp> wrote:\n> Dear customer,\n> We received your request to change your registered details.\n> Our office is closed on weekends and holidays.",
    "-----Original Message-----\nFrom: info@example.jp\nDate: 28 Nov 2026 17:40\nSubject: Your order\n\nYour personal information is used only to deliver your order and for notices about our services.",
    "> Thank you for your message. You can ask us to disclose the personal data we hold.\n> We will reply as soon as possible.",
]
GREET_JA = [
    "お世話になっております。",
    "こんにちは。",
    "はじめまして。",
    "夜分遅くに申し訳ありません。",
    "突然すみません。",
    "",
    "プラネット管理 ご担当者様",
    "お疲れ様です。",
    "いつも利用させていただいております。",
]
INTRO_JA = [
    "以前ネットショップを利用していた者です。",
    "御社アプリの利用者で、中村と申します。",
    "母の代わりに問い合わせをしております。",
    "",
    "ホームページを見てもわからなかったので質問させてください。",
    "会員番号は44-10293です。",
]
AFTER_JA = [
    "",
    "",
    "ついでに言うと、前回の荷物も一日遅れて届きました。",
    "はっきりしたお答えをいただけると助かります。",
    "ポリシーのリンクを送るだけのお返事はご遠慮ください。",
]
CLOSE_JA = [
    "以上です。",
    "お手数ですがよろしくお願いします。",
    "ご回答お待ちしております。",
    "よろしくお願い致します🙇",
    "取り急ぎ。",
    "宜しくお願い申し上げます。",
    "どうぞよろしくお願いします。",
]
SIG_JA = [
    "中村",
    "―――――\n山口 恵美\nyamaguchi@example.com\n―――――",
    "*********************\n合同会社見本テック 管理部\n石井 大輔\n〒101-0000 東京都千代田区例町1-1\nTel 03-5555-0177\n*********************",
    "docomoから送信",
    "Takeshi Ono\nono@example.com",
    "◇◆◇◆◇◆◇◆◇◆\n株式会社ためし商会\n営業部 森田 聡\n03-5555-0142\n◇◆◇◆◇◆◇◆◇◆",
    "Sent from my iPhone",
    "･･････････････････････\n  小林 まゆみ（こばやし まゆみ）\n  携帯：090-5555-0188\n･･････････････････････",
]
QUOTE_JA = [
    "2026/11/30 17:05、プラネット管理 <info@example.jp> のメール:\n\n> お問い合わせいただきありがとうございます。\n> 土日祝日は休業のため、返信は翌営業日以降となります。",
    "-----Original Message-----\nFrom: プラネット管理 お問い合わせ窓口\nSent: Monday, November 30, 2026 10:00 AM\nSubject: Re: お問い合わせ\n\n個人情報の第三者提供については、プライバシーポリシーをご確認ください。",
    "2026年11月28日(土) 9:41 プラネット管理 <info@example.jp>:\n＞ ご登録の情報の訂正・削除をご希望の場合は、本メールにご返信ください。",
    "----- Original Message -----\n差出人: info@example.jp\n送信日時: 2026年11月27日 15:20\n件名: ご注文ありがとうございます\n\nお客様の個人情報は、商品の発送とお知らせの送付に利用いたします。",
]


def wrap(rng: random.Random, lang: str, body: str, ctx: str) -> str:
    """A whole mail around `body`: greeting, introduction, context, body, an afterthought,
    closing, signature, and in one mail in three quoted earlier mail below."""
    if lang == "en":
        parts = [rng.choice(GREET_EN), rng.choice(INTRO_EN), ctx, body, rng.choice(AFTER_EN)]
        close, sig, quotes = rng.choice(CLOSE_EN), rng.choice(SIG_EN), QUOTE_EN
    else:
        parts = [rng.choice(GREET_JA), rng.choice(INTRO_JA), ctx, body, rng.choice(AFTER_JA)]
        close, sig, quotes = rng.choice(CLOSE_JA), rng.choice(SIG_JA), QUOTE_JA
    # Some writers keep context and question in one paragraph; others break every sentence.
    sep = rng.choice(["\n\n", "\n", " " if lang == "en" else ""])
    head, middle = parts[0], sep.join(p for p in parts[1:] if p)
    text = "\n\n".join(p for p in (head, middle, f"{close}\n{sig}") if p)
    if rng.random() < 1 / 3:
        text += "\n\n" + rng.choice(quotes).format(addr="customer@example.com")
    return text


def build() -> dict[str, list[dict[str, object]]]:
    rng = random.Random(2612)
    out: dict[str, list[dict[str, object]]] = {"dev": [], "test": []}
    n = 0

    def add(split: str, row: dict[str, object]) -> None:
        nonlocal n
        n += 1
        out[split].append({"id": f"f{n:04d}", **row})

    for lang, questions, off in (("en", EN, OFF_EN), ("ja", JA, OFF_JA)):
        for pos, (section, kind, q, ctx) in enumerate(questions):
            split = ("dev", "test")[pos % 2]
            rec = {"lang": lang, "sections": [section]}
            add(split, {**rec, "kind": kind, "text": q})
            add(split, {**rec, "kind": "mail", "text": wrap(rng, lang, q, ctx)})
        for pos, (topic, text) in enumerate(off):
            split = ("dev", "test")[pos % 2]
            rec = {"lang": lang, "kind": "off-topic", "sections": ["none"], "topic": topic}
            add(split, {**rec, "text": text})
            add(split, {**rec, "text": wrap(rng, lang, text, "")})
    return out


def main() -> None:
    for split, rows in build().items():
        path = HERE / f"fresh-{split}.jsonl"
        path.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
        print(f"{path.name}: {len(rows)}")


if __name__ == "__main__":
    main()
