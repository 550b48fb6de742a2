# ruff: noqa: E501  (the corpus: inquiries and mails are data, written as customers write them)
"""Writes the labelled inquiry corpus: bench/data/corpus-{train,dev,test}.jsonl.

    .venv/bin/python bench/data/make_corpus.py

Each question below is written the way customers write to an info@ address, and belongs to one
split only (train, dev or test, by its position in its list), so that a phrasing tuned on train
is never scored on test. Mails are built by wrapping a question in an addressee, a greeting, a
self-introduction, context, a closing, a signature and sometimes quoted earlier mail, drawn at
random from pools of those parts (they are formulas; real mail shares them too). Off-topic mail
is written whole. The generator is deterministic (seeded); bench/data/README.md explains it.
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = ("train", "dev", "test")

# --- in-scope questions: section -> phrasings ------------------------------------------------
# Each list is dealt out round-robin: items 0, 4, 8... to dev, 1, 5, 9... to test, the rest to
# train (half the list).

JA: dict[str, list[str]] = {
    "collection": [
        "御社ではどのような個人情報を保有しているのでしょうか。",
        "会員登録の際に入力した以外の情報も取得されているのか気になっております。",
        "生年月日まで登録させられましたが、どんな項目を集めているのか教えてください。",
        "アプリを使うと、利用履歴のようなものも記録されているのでしょうか。",
        "私について貴社が持っている情報の種類を確認させていただけますか。",
        "Googleアカウントでログインしましたが、Google側の情報も取得されていますか？",
        "LINE連携をしたら、LINEのIDなども貴社に渡るのでしょうか。",
        "ウェブサイトを見ただけでも何か情報が集められているのですか。",
        "住所や電話番号まで登録されているのか、念のため確認したく存じます。",
        "外部サービスと連携した場合、どこまでの情報を取得されるのか不安に思っております。",
        "どんな情報を集めてるんですか？",
        "登録時に入れた個人情報以外に、サービスの利用状況なども取得されますか。",
        "SNSでログインしたら、友達リストとかも見られちゃうんでしょうか。",
        "取得している個人情報の項目を一覧で知りたいです。",
        "個人情報をきちんと管理されているのか、少し不安に感じております。",
        "貴社は個人情報保護法を遵守して情報を管理されていますか。",
    ],
    "purpose": [
        "取得した個人情報は何に利用されているのでしょうか。",
        "登録したメールアドレスや住所の利用目的を教えていただけますか。",
        "最近やたらと広告が表示されるのですが、私の閲覧履歴が使われているのでしょうか。",
        "私のデータがどういう目的で使われているのか知りたいです。",
        "行動測定というのは具体的に何をしているのですか。",
        "生年月日を何のために使うのか、理由を伺えますでしょうか。",
        "私の情報が広告配信に使われていないか確認させてください。",
        "集めた情報の使い道はどこかに書いてありますか？",
        "アプリの利用状況を分析に使っているのでしょうか。",
        "個人情報を利用規約変更のお知らせ以外にも使っていますか。",
        "私の個人情報、何に使ってるんですか",
        "ターゲティング広告に私の情報が使われているなら、その目的を説明してほしいです。",
        "なぜ登録時に電話番号が必要なのでしょうか。",
        "トラフィック測定とは何のことでしょうか。",
    ],
    "third-party": [
        "私の個人情報が第三者に提供されることはありますでしょうか。",
        "一度も住所を教えたことのない会社からダイレクトメールが届きました。貴社から情報が渡ったのではないでしょうか。",
        "登録した情報を他の会社に売ったりしていませんよね？",
        "私の同意なしに外部の会社へ情報を渡すことはありますか。",
        "業務委託先に個人情報が提供されることはありますでしょうか。",
        "警察から照会があった場合、私の情報を提供されるのですか。",
        "登録後に知らない会社から営業電話がかかってくるようになりました。情報を共有しているのでしょうか。",
        "私のメールアドレスを他社と共有していないか心配です。",
        "どのような場合に本人の同意なく情報が外部に出されるのでしょうか。",
        "個人情報をよその会社に渡すことはあるんですか？",
        "退会した後も、私の情報が他の企業に流れることはないのでしょうか。",
        "法令に基づく場合以外で、第三者に情報を出すことはありますか。",
        "知らない業者から私の名前宛てに勧誘のメールが来ました。貴社の登録情報が使われていないか確認してください。",
        "提携先の広告会社などにデータを販売していませんか。",
    ],
    "joint-use": [
        "グループ会社間で個人情報を共同利用していると聞きましたが、範囲を教えてください。",
        "共同利用とは具体的にどういうことでしょうか。",
        "プラネットグループの別の会社から連絡が来ました。情報は共有されているのですか。",
        "共同利用される個人情報の項目は何ですか。",
        "共同利用している情報の管理責任者はどなたになりますか。",
        "取引先とも私のデータを共同で使っているのでしょうか。",
        "共同利用の目的について詳しく伺いたいです。",
        "グループ内でどの会社が私の情報を使えるのか知りたいです。",
        "関連会社にも私の登録情報が見えているのでしょうか。",
        "共同利用の範囲に含まれる会社の一覧はありますか。",
        "共同利用の責任はどちらの会社が負うのでしょうか。",
        "グループ各社で情報を使い回しているのですか？",
    ],
    "disclosure": [
        "貴社が保有している私の個人情報の開示を請求したいと考えております。",
        "私について何が登録されているのか、すべて見せていただくことは可能でしょうか。",
        "保有個人データの開示請求の手続きをご教示いただけますでしょうか。",
        "開示請求をする場合、手数料はかかりますか。",
        "開示請求に必要な本人確認書類を教えてください。",
        "登録されている私の情報を一度確認したいので、開示をお願いします。",
        "自分のデータがどう登録されているのか見たいです。",
        "開示請求は郵送でも受け付けていますか。",
        "御社が持っている私の情報を全部教えてほしい。",
        "運転免許証のコピーで本人確認は足りますでしょうか。",
        "個人情報の開示を代理人から請求することはできますか。",
        "私の利用履歴を含めて、保有している情報の写しをいただけますか。",
        "どんな情報が残っているのか、開示してもらう方法はありますか。",
        "開示の手続きにかかる日数と費用を知りたいです。",
    ],
    "correction": [
        "登録している住所が古いままなので訂正をお願いしたいです。",
        "結婚して姓が変わりましたので、登録情報の変更をお願いいたします。",
        "生年月日が間違って登録されているようです。修正していただけますか。",
        "退会後、私の個人情報は削除していただけるのでしょうか。",
        "私の個人データを全て削除してください。",
        "登録したメールアドレスに誤りがあるので直してほしいです。",
        "もう利用しないので、登録した情報を消去していただきたく存じます。",
        "電話番号が変わったので登録内容を更新したいのですが、どうすればよいでしょうか。",
        "事実と異なる情報が登録されているので訂正を求めます。",
        "アカウントと一緒に個人情報も消してもらえますか。",
        "登録情報に足りない項目があるので追加したいです。",
        "以前の住所の情報を削除していただくことは可能でしょうか。",
        "名前の漢字が間違っています。正しく直してください。",
        "退会したのですが、データはいつ消えるのでしょうか。",
        "過去に登録した個人情報の削除手続きを教えてください。",
    ],
    "suspension": [
        "今後、私の個人情報を利用しないでいただきたいです。",
        "同意を撤回しますので、私のデータの利用を停止してください。",
        "広告目的で私の情報を使うのをやめていただけますでしょうか。",
        "個人情報の利用停止を請求したいのですが、手続きを教えてください。",
        "利用目的の範囲を超えて私の情報が使われている気がします。停止を求めます。",
        "不正な方法で取得された情報だと思うので、利用を止めてください。",
        "以前同意しましたが、取り消したいと思います。情報をもう使わないでください。",
        "行動測定に私のデータを使わないでほしいのですが。",
        "私の情報の利用を一時的に停止してもらうことはできますか。",
        "私のデータ、もう使わないでください。",
        "個人情報の取り扱いへの同意を取り下げたいです。",
        "同意していない目的で使われているので、利用停止をお願いします。",
        "私の個人情報を分析に使うのは止めていただけないでしょうか。",
    ],
    "contact": [
        "個人情報に関するお問い合わせ窓口の電話番号を教えてください。",
        "個人情報の取り扱いについて苦情を申し入れたいのですが、どちらに連絡すればよいですか。",
        "プライバシーポリシーについて質問がある場合の連絡先はどこでしょうか。",
        "個人情報の担当部署はどこになりますか。",
        "個人情報の扱いについて意見を伝えたいです。",
        "窓口に電話で相談することはできますか。",
        "個人情報保護の担当者と直接話したいのですが。",
        "個人情報の件で問い合わせたいのですが、メールアドレスはこちらで合っていますか。",
        "貴社の情報の扱い方に不満があります。どこに言えばいいですか。",
        "個人情報の相談窓口の連絡先を教えてもらえますか。",
        "データの取り扱いについてクレームを入れたいです。",
        "個人情報の責任部署に取り次いでいただけますか。",
    ],
    "changes": [
        "プライバシーポリシーが改定される場合、事前に連絡はありますか。",
        "ポリシーの変更はどのように通知されるのでしょうか。",
        "プライバシーポリシーはいつ制定されたものですか。",
        "規約が変わった時にお知らせはもらえますか。",
        "改定後のポリシーがいつから有効になるのか、どこで確認できますか。",
        "ポリシーを会社の判断で勝手に変えることはできるのですか。",
        "プライバシーポリシーの最新版はどこで見られますか。",
        "ポリシー変更の内容をメールで知らせてもらうことは可能ですか。",
        "個人情報の方針が変わったら教えてほしいです。",
        "プライバシーポリシーの改訂履歴はありますか。",
        "ポリシーの改定にはどんな手続きが必要なのでしょうか。",
        "方針の変更はホームページに掲載されるのですか。",
    ],
    "hours": [
        "土日に問い合わせた場合、返信はいつ頃になりますか。",
        "年末年始はお休みでしょうか。問い合わせの回答はいつになりますか。",
        "問い合わせへの返事はどのくらいでいただけますか。",
        "先週メールを送ったのですが、まだ返信がありません。",
        "祝日でも対応していただけますか。",
        "営業時間は何時から何時までですか。",
        "夜中に送ったメールは翌日には見てもらえますか。",
        "返事はメールで来るのでしょうか、それとも電話でしょうか。",
        "ゴールデンウィーク中の問い合わせ対応について教えてください。",
        "回答までにかかる日数の目安はありますか。",
        "お盆休みの期間を教えていただけますか。",
        "金曜の夜に送ると返事は月曜になりますか？",
        "問い合わせたのに返信が届きません。",
    ],
}

EN: dict[str, list[str]] = {
    "collection": [
        "Could you tell me what personal information you hold about me?",
        "What kind of data do you collect when I sign up for the app?",
        "Do you also record which services I use and when?",
        "I logged in with my Google account. Do you get information from Google as well?",
        "Which details about me end up in your database?",
        "Is my date of birth stored somewhere on your side?",
        "Does the website collect anything about me even if I just browse it?",
        "If I connect my Facebook account, what do you receive from it?",
        "I'm curious what information you gather about your customers.",
        "do u keep my phone number and home address on file??",
        "What data points do you acquire through the app?",
        "Do you pull my friends list when I sign in with a social account?",
        "How do you protect the personal information you hold?",
        "Are you compliant with Japan's personal information protection law?",
        "Is there a list of the items of personal information you obtain?",
    ],
    "purpose": [
        "What do you use my personal information for?",
        "Why do you need my date of birth? What is it used for?",
        "I keep seeing ads related to things I looked at on your site. Is my data used for that?",
        "Could you explain the purposes for which my data is processed?",
        "Are you tracking my behaviour on the site, and if so, why?",
        "Do you use my browsing history for targeted advertising?",
        "What exactly is 'behaviour measurement' in your policy?",
        "Is my email address used for anything other than service notices?",
        "what are you doing with my info",
        "Do you analyse my usage to measure how effective your ads are?",
        "For what reasons does your company process customer data?",
        "Why does the app need my phone number?",
        "Is the data you collect used to profile me for marketing?",
        "What is traffic measurement and does it involve my personal data?",
    ],
    "third-party": [
        "Do you share my personal data with any third parties?",
        "A company I never gave my address to sent me a letter. Did they get my details from you?",
        "Do you sell customer information to other companies?",
        "Will my information be passed on to anyone outside your company without my consent?",
        "Since I signed up I get spam calls from firms I've never heard of. Are you sharing my number?",
        "Would you hand over my data if the police asked for it?",
        "Do your contractors or outsourcing partners receive my personal details?",
        "Is my email address shared with advertisers or other businesses?",
        "In what cases do you provide personal information without asking the customer?",
        "do you give out my info to other people",
        "I received marketing from a company I have no relationship with, and it used the name I registered with you. How did they get it?",
        "Can other businesses buy access to the data you hold on me?",
        "Are there situations where the law lets you pass my data on without consent?",
        "Does my data leave your company at all?",
    ],
    "joint-use": [
        "What does 'joint use' of personal information mean in your policy?",
        "Which group companies can use my data under the joint use arrangement?",
        "Do Planet Group companies have access to my information too?",
        "Who is responsible for managing data that is used jointly?",
        "What items of my personal data are jointly used, and for what purpose?",
        "Are your business partners included in the joint use of customer data?",
        "I got an email from another Planet Group company. Do you share my details within the group?",
        "Which company is accountable for the jointly used information?",
        "Can you list the companies that jointly use my data?",
        "Is my information shared across your affiliates?",
        "What is the scope of joint use?",
        "Does your partner company use my details for its own services?",
    ],
    "disclosure": [
        "I would like to request access to all the personal data you hold about me.",
        "How do I submit a disclosure request for my personal information?",
        "Is there a fee to request a copy of my data?",
        "What documents do I need to prove my identity for a data access request?",
        "Please send me a copy of everything you have on file about me.",
        "Under the APPI I request disclosure of my personal data.",
        "Can I see what information is registered under my account?",
        "How long does it take to get my data once I ask for it?",
        "Can a family member request disclosure on my behalf?",
        "I'd like to know exactly what you store about me - please provide it.",
        "Is a scan of my passport enough to verify my identity for disclosure?",
        "Can I make a subject access request by post?",
        "I want to review the personal information you keep about me.",
        "what's the procedure to get my personal data disclosed",
    ],
    "correction": [
        "My address in your records is out of date. Could you correct it?",
        "I got married and changed my surname. How do I update my details?",
        "Please delete all of my personal data from your systems.",
        "My date of birth is registered incorrectly, can you fix it?",
        "If I close my account, will my personal information be erased?",
        "I want my information removed from your database.",
        "The email address on my account has a typo. Please amend it.",
        "Could you add my new phone number to my record?",
        "Some of the information you hold about me is not accurate.",
        "Please erase my account and everything linked to it.",
        "How can I have my old address deleted from your records?",
        "My name is misspelled in your system, please put it right.",
        "i closed my account last month, is my data gone now?",
        "I'd like to exercise my right to erasure.",
        "How do I get inaccurate data about me corrected?",
    ],
    "suspension": [
        "I withdraw my consent. Please stop using my personal data.",
        "Please stop using my information for advertising.",
        "I no longer want you to process my personal data.",
        "How do I ask you to suspend the use of my personal information?",
        "I believe my data is being used beyond the purposes you announced. Please stop.",
        "I think my information was obtained by deception. I want its use suspended.",
        "Please don't use my data for behaviour tracking anymore.",
        "I'd like to opt out of having my information used by your company.",
        "I revoke the consent I gave when I signed up.",
        "stop using my data please",
        "Can you restrict the processing of my personal data while I decide?",
        "I object to you processing my information for analytics. Please cease.",
        "You are using my data for something I never agreed to. I want it to stop.",
    ],
    "contact": [
        "Who should I contact about the handling of my personal information?",
        "What is the phone number of your privacy inquiry desk?",
        "I'd like to make a complaint about how you handled my data. Where do I send it?",
        "Which department is in charge of personal information?",
        "Is there a dedicated email address for privacy questions?",
        "I have some feedback about your privacy policy. Who reads it?",
        "Can I speak to someone responsible for data protection?",
        "Where can I send questions about your privacy practices?",
        "I'm not happy with how my data was treated. Who can I complain to?",
        "Could you give me the contact details for privacy matters?",
        "Do you have a data protection officer I can write to?",
        "Is this the right address for personal information enquiries?",
    ],
    "changes": [
        "Will you notify customers when the privacy policy changes?",
        "How am I informed about updates to your privacy policy?",
        "When was your privacy policy established?",
        "Can you change the policy at any time without telling us?",
        "Where do you publish a revised privacy policy?",
        "When does an updated policy take effect?",
        "How do you go about revising the privacy policy?",
        "Will I get an email when the policy is amended?",
        "Is there a change history for your privacy policy?",
        "do you announce changes to the privacy policy somewhere",
        "What procedures do you follow when you revise the policy?",
        "Where can I find the latest version of your privacy policy?",
    ],
    "hours": [
        "Do you answer emails on weekends?",
        "I sent an inquiry last week and still haven't heard back.",
        "How long does it usually take to get a reply?",
        "Are you open during the New Year holidays?",
        "What are your business hours?",
        "If I write on a Saturday, when will someone respond?",
        "Will I get the answer by email or by phone?",
        "Are you closed on Japanese public holidays?",
        "When can I expect a response to my question?",
        "No one has replied to my email from Monday. Is anyone there?",
        "Is the desk staffed during Golden Week?",
        "what time do you open",
        "How quickly do you usually respond to enquiries?",
    ],
}

# Noisy lines: typos, half-width kana, all-hiragana, conversion errors, mixed language, romaji.
JA_NOISY: list[tuple[str, str]] = [
    ("collection", "どんなじょうほうをあつめているのかおしえてください"),
    ("disclosure", "わたしのこじんじょうほうをかいじしてほしいです"),
    ("correction", "とうろくしたじょうほうをぜんぶけしてください"),
    ("suspension", "わたしのでーたをもうつかわないでください"),
    ("hours", "どようびにおくっためーるのへんじはいつになりますか"),
    ("third-party", "こじんじょうほうをほかのかいしゃにわたしていませんか"),
    ("contact", "こじんじょうほうのといあわせさきのでんわばんごうをおしえて"),
    ("changes", "ぷらいばしーぽりしーがかわったらおしらせしてくれますか"),
    ("disclosure", "ﾜﾀｼﾉ ﾃﾞｰﾀ ｦ ｶｲｼﾞ ｼﾃｸﾀﾞｻｲ"),
    ("correction", "ｱｶｳﾝﾄ ｻｸｼﾞｮ ｼﾀｲ ﾃﾞｽ。ﾃﾞｰﾀ ﾓ ｹｼﾃ ﾎｼｲ"),
    ("purpose", "故人情報の利用目的を教えて下さい"),
    ("disclosure", "記者が保有している私の故人情報を海事してください"),
    ("correction", "アカウントのdeleteをお願いしたいです。個人データも全部消してほしい"),
    ("suspension", "私のdataをadvertisingに使うのをstopしてください"),
    ("hours", "返信ってweekendでももらえますか？"),
    ("purpose", "Cookieで取ったデータを何に使ってるの？？"),
    ("third-party", "私の情報って他社にシェアされてる？？😅"),
    ("collection", "ＬＩＮＥでログインしたらＬＩＮＥのＩＤも取られますか"),
    ("contact", "個人情報の窓口のＴＥＬ番号おしえてください🙏"),
    ("changes", "ぽりしー変わったら連絡もらえる？"),
    ("joint-use", "ぐるーぷがいしゃとじょうほうをきょうどうりようしてるの？"),
    ("correction", "住所かわったので登録内容しゅうせいしてください"),
    ("disclosure", "Watashi no kojin jouhou wo kaiji shite kudasai."),
    ("correction", "Kojin johou no sakujo wo onegai shimasu. Yamada"),
    ("suspension", "同意を撤回したいです。。データの利用やめてください m(_ _)m"),
    ("hours", "返事まだですか？？１週間前にメールしました"),
    ("third-party", "知らない会社からＤＭきたんですけど、情報もれてませんか"),
    ("collection", "利用りれきって記録されてるんですか"),
]
EN_NOISY: list[tuple[str, str]] = [
    ("collection", "what pesonal informtion do you colect about me"),
    ("disclosure", "i want a copy of all my personel data u have"),
    ("correction", "pls delet my acount and all my infromation"),
    ("suspension", "stop useing my data for advertisment"),
    ("hours", "do you reply on weekned or holidays?"),
    ("third-party", "do you sel my data to other compnies??"),
    ("contact", "whats the phone numbr for privacy questons"),
    ("changes", "will u tell me when the privacy polcy changes"),
    ("purpose", "why do u need my birthdate,what is it used for"),
    ("joint-use", "does planet grop share my data with there companys"),
    ("disclosure", "Please ｄｉｓｃｌｏｓｅ my personal data to me．"),
    ("correction", "My adress is wrong in your sytem pls fix it"),
    ("suspension", "I withdraw my consnet, stop procesing my data"),
    ("hours", "no reply yet?? sent my mail 5 days ago!!"),
    ("third-party", "a company i never gave my adress to sent me a letter, did u sell it??"),
    ("collection", "do you keep my usage histroy?"),
    ("disclosure", "How can I see my 個人情報 that you hold?"),
    ("correction", "Please 削除 my account data, I don't use it anymore"),
    ("purpose", "Is my data used for ads?? 広告 keep following me"),
    ("contact", "who do i complain to about privcy"),
    ("changes", "wher do you post policy updates"),
    ("hours", "r u open during golden week"),
    ("suspension", "Kindly stop using my personal informations for marketing purpose."),
    ("disclosure", "Kindly share all informations you are having about me. Please revert."),
    ("third-party", "Is my informations given to any third party company? kindly confirm"),
    ("collection", "what informations u guys collect when i register ??"),
    ("correction", "I want to confirm about deleting my datas. How to do?"),
    ("hours", "When is your office time? I am waiting the reply."),
]

# --- mail parts ------------------------------------------------------------------------------

JA_ADDRESSEE = [
    "株式会社プラネットマネジメント\nお問い合わせ窓口 ご担当者様",
    "株式会社プラネットマネジメント 御中",
    "プラネットマネジメント\nご担当者様",
    "ご担当者様",
    "(株)プラネットマネジメント 個人情報保護担当 様",
    "",
    "",
    "株式会社プラネットマネジメント 業務部 御中\nご担当者様",
]
JA_GREETING = [
    "いつもお世話になっております。",
    "お世話になります。",
    "突然のご連絡失礼いたします。",
    "初めてご連絡いたします。",
    "お忙しいところ恐れ入ります。",
    "夜分に失礼いたします。",
    "平素より大変お世話になっております。",
    "こんにちは。",
    "すみません、質問です。",
    "",
]
JA_INTRO = [
    "貴社のサービスを利用しております、佐々木と申します。",
    "会員番号 A-204817 の中川です。",
    "株式会社テスト物産 総務部の村上でございます。",
    "以前アプリを利用していた者です。",
    "先月まで貴社の会員だった小野と申します。",
    "",
    "",
    "貴社の通販サイトで何度か購入している者です。",
    "例示商事の高田と申します。",
]
JA_CONTEXT = [
    "先日、登録内容を見直していて気になったことがあり、ご連絡いたしました。",
    "家族に聞かれて気になったので、お伺いします。",
    "社内で個人情報の取り扱いを確認することになりましたので、念のためご質問いたします。",
    "サイトのプライバシーポリシーを読んだのですが、よく分からない点がありました。",
    "",
    "",
    "昨年の春に会員登録をしました。",
    "スマートフォンのアプリを2年ほど利用しております。",
    "先日退会の手続きをしましたが、気になる点があります。",
]
JA_CLOSING = [
    "よろしくお願いいたします。",
    "お手数ですが、ご確認のほどよろしくお願いいたします。",
    "何卒よろしくお願い申し上げます。",
    "ご回答いただけますと幸いです。\nよろしくお願いいたします。",
    "お忙しいところ恐縮ですが、ご教示いただけますと幸いです。",
    "以上、よろしくお願いします。",
    "取り急ぎ用件のみにて失礼いたします。",
    "よろしくお願いします！",
    "ご返信をお待ちしております。",
]
JA_SIGNATURE = [
    "――――――――――――――――――――\n株式会社テスト物産 総務部\n村上 直樹（むらかみ なおき）\n"
    "〒105-0000 東京都港区見本町2-3-4 例題ビル7F\nTEL：03-5555-0123　FAX：03-5555-0124\n"
    "E-mail：n.murakami@test-bussan.example.jp\n――――――――――――――――――――",
    "━━━━━━━━━━━━━━━━━━━━━━━━\n 例示システム株式会社 カスタマーサクセス部\n 鈴木 一郎\n"
    " Tel: 03-5555-0188 / Mobile: 090-5555-0147\n URL: https://www.reiji-sys.example.jp/\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━",
    "株式会社サンプル商事\n総務部 佐藤\n03-5555-0123",
    "佐々木",
    "中川 美穂\n090-5555-0171",
    "iPhoneから送信",
    "＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝\n架空物産株式会社　営業本部　田中 真一\n"
    "ＴＥＬ：０３－５５５５－０１７１　携帯：０９０－５５５５－０１３２\n＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝",
    "-- \n小野 健太\nkenta.ono@example.com",
    "合同会社ためし工房\n代表　高橋 美咲\n〒150-0000 東京都渋谷区試作町5-6-7\n☎ 03-5555-0155\n"
    "https://tameshi.example.jp",
    "",
    "■□■□■□■□■□■□■□■□■□■□■\n  例示商事株式会社　高田 恵\n  TEL 03-5555-0190\n■□■□■□■□■□■□■□■□■□■□■",
]
JA_QUOTE_HEADERS = [
    "2026年12月1日(火) 10:00 株式会社プラネットマネジメント <info@planetmgmt.biz>:",
    "2026年11月20日(金) 18:42 中川 美穂 <miho.nakagawa@example.jp>:",
    "-----元のメッセージ-----\n差出人: 株式会社プラネットマネジメント [mailto:info@planetmgmt.biz]\n"
    "送信日時: 2026年12月1日 火曜日 10:00\n宛先: miho@example.jp\n件名: Re: お問い合わせについて",
    "________________________________\n差出人: info@planetmgmt.biz <info@planetmgmt.biz>\n"
    "送信日時: 2026年11月30日 15:12\n宛先: 村上 直樹 <n.murakami@test-bussan.example.jp>\n件名: RE: ご相談",
    "2026/12/01 10:00、株式会社プラネットマネジメント <info@planetmgmt.biz>のメール:",
    "山田 太郎 さんは書きました:",
]
# Quoted bodies are about something else than the new question, in the FAQ's own words, so a
# reader that keeps them is misled.
JA_QUOTED_BODIES = [
    "※このメールは、お問い合わせの受付をお知らせする自動返信です。\n\n株式会社プラネットマネジメントへお問い合わせいただき、"
    "誠にありがとうございます。\n以下のとおり、お問い合わせを受け付けました。\n\n　受付番号：[PMC-000731]\n"
    "　件名　　：個人情報の取り扱いについて\n\n土曜日、日曜日、祝日は返信が翌営業日以降になります。"
    "\n個人情報の開示、訂正、利用停止のご請求は窓口でお受けしています。",
    "お問い合わせいただいた件につきまして、共同利用の範囲は当社、プラネットグループ各社および取引先です。\n"
    "ご不明な点がございましたら窓口までご連絡ください。",
    "個人情報の第三者提供についてお伺いしたく、ご連絡いたしました。\nよろしくお願いいたします。",
    "プライバシーポリシーの変更は当社ウェブサイトに掲載いたします。\n営業時間は平日10時から18時です。",
]
JA_ADD_ON = [
    "追加で1点確認させてください。",
    "先日はご回答ありがとうございました。別件でもう一つお伺いします。",
    "",
]

EN_GREETING = [
    "Hello,",
    "Hi there,",
    "Dear Sir or Madam,",
    "To whom it may concern,",
    "Dear Planet Management team,",
    "Good morning,",
    "Hi,",
    "Dear Sir/Madam,\nGreetings of the day!",
    "",
    "Hello team,\nI hope this email finds you well.",
]
EN_INTRO = [
    "My name is Laura Bennett and I have been using your app for about a year.",
    "I'm a customer of your online service.",
    "I am Sato of Sample Shoji Co., Ltd.",
    "I signed up for your service last spring.",
    "",
    "",
    "I used to be a member but closed my account recently.",
    "I'm writing on behalf of my company's compliance team.",
]
EN_CONTEXT = [
    "I read your privacy policy but a few points were unclear to me.",
    "I am writing to ask about something that has been bothering me.",
    "",
    "",
    "I have a quick question.",
    "I was reviewing my account settings the other day and something came up.",
    "Sorry for the sudden e-mail.",
]
EN_CLOSING = [
    "Thank you in advance.",
    "Thanks for your help.",
    "I look forward to hearing from you.",
    "Please let me know if you need any further information.",
    "Thank you for your time.",
    "Thanks!",
    "Kindly revert at the earliest.",
    "",
]
EN_SIGNOFF = [
    "Best regards,",
    "Kind regards,",
    "Regards,",
    "Thanks,",
    "Sincerely,",
    "Cheers,",
    "Best,",
    "",
]
EN_SIGNATURE = [
    "Laura Bennett",
    "John Miller\nHead of Procurement | Example Widgets Inc.\n+1 (212) 555-0142 | john.miller@example.com\n"
    "www.example.com",
    "-- \nPriya Nair\npriya.nair@example.com",
    "Sent from my iPhone",
    "Tom",
    "Mark Davies\nCompliance Manager\nExample Holdings Ltd.\nTel: +44 20 5555 0199\nhttps://www.example-holdings.example.com",
    # English mail, Japanese signature: the language is the text that asks.
    "――――――――――――――――――――\n株式会社サンプル商事 総務部\n佐藤 花子（さとう はなこ）\n"
    "〒105-0000 東京都港区見本町2-3-4 例題ビル7F\nTEL：03-5555-0123　FAX：03-5555-0124\n"
    "E-mail：h.sato@sample-shoji.example.jp\n――――――――――――――――――――",
    "SATO Hanako\n株式会社サンプル商事\n東京都港区見本町2-3-4\nTEL 03-5555-0123",
    "Emily\n\nGet Outlook for Android",
    "",
    "Kenji Watanabe (渡辺 健二)\nExample Trading K.K.\n〒150-0000 Tokyo, Shibuya-ku 5-6-7\nTEL: 03-5555-0166",
]
EN_QUOTE_HEADERS = [
    "On Tue, Dec 1, 2026 at 10:00 AM Planet Management <info@planetmgmt.biz> wrote:",
    "On Mon, Nov 30, 2026 at 6:42 PM Laura Bennett <\nlaura.bennett@example.com> wrote:",
    "-----Original Message-----\nFrom: Planet Management [mailto:info@planetmgmt.biz]\n"
    "Sent: Tuesday, December 01, 2026 10:00 AM\nTo: john.miller@example.com\nSubject: RE: Question",
    "________________________________\nFrom: Inquiry Desk <info@planetmgmt.biz>\n"
    "Sent: Monday, November 30, 2026 3:12 PM\nTo: Priya Nair <priya.nair@example.com>\nSubject: Re: your inquiry",
    "On Dec 1, 2026, at 10:00, Planet Management <info@planetmgmt.biz> wrote:",
    "From: Planet Management <info@planetmgmt.biz>\nDate: Tuesday, 1 December 2026 at 10:00\n"
    "To: Tom <tom@example.com>\nSubject: Re: data",
]
EN_QUOTED_BODIES = [
    "This is an automatic reply to let you know that we have received your inquiry.\n\n"
    "Thank you for contacting us. Your inquiry has been registered as follows.\n\n"
    "  Case number: [PMC-000812]\n  Subject:     Privacy question\n\n"
    "Our inquiry desk is closed at the moment, so a member of our staff will reply after we reopen.\n"
    "You can ask for disclosure, correction or suspension of use of your personal information.",
    "Thank you for your question. Joint use covers the Company, Planet Group companies and business"
    " partners. Please contact the Inquiry Desk if anything is unclear.",
    "Hello, I would like to know whether you share my data with third parties. Thanks.",
    "Our business hours are weekdays 10:00 to 18:00. Changes to the privacy policy are posted on"
    " our website.",
]
EN_ADD_ON = [
    "One more question, if I may.",
    "Thanks for your earlier reply. I have a follow-up.",
    "",
]

# --- off-topic mail, written whole -----------------------------------------------------------
# (kind, text). Subjects are written as the first line "件名：" / "Subject:" where there is one.

JA_OFF: list[tuple[str, str]] = [
    (
        "tenancy",
        "202号室の者です。\n浴室の換気扇が昨日から動かなくなってしまいました。\n修理の手配をお願いできますでしょうか。\n平日の夕方以降なら在宅しております。",
    ),
    (
        "tenancy",
        "いつもお世話になっております。\n3階テナントの例示デザインです。\n給湯室の水漏れがひどく、床が濡れています。至急確認に来ていただけますか。",
    ),
    (
        "tenancy",
        "お世話になっております。来月末で退去予定のため、退去の手続きと立ち会いの日程について教えてください。敷金の返還時期も知りたいです。",
    ),
    (
        "building",
        "テナント各位\n\n法定電気設備点検に伴う停電のお知らせ\n12月13日（日）9:00〜12:00の間、ビル全体が停電いたします。\nサーバー等の電源はあらかじめ停止していただきますようお願いいたします。\n\nビル管理事務所",
    ),
    (
        "parking",
        "駐車場の契約について問い合わせです。\n現在空いている区画はありますでしょうか。月額料金と契約に必要な書類を教えてください。",
    ),
    (
        "parking",
        "月極駐車場の12番を借りている者ですが、私の区画に知らない車が停まっています。対応をお願いします。",
    ),
    (
        "invoice",
        "件名：【請求書送付のご案内】2026年11月分\n\n株式会社プラネットマネジメント\n経理ご担当者様\n\nいつも大変お世話になっております。\n架空物産株式会社 経理部の中村でございます。\n2026年11月分のご請求書をPDFにてお送りいたします。\nご査収のほど、よろしくお願い申し上げます。\n\n■ご請求金額：55,000円（税込）\n■お支払期限：2026年12月31日",
    ),
    (
        "invoice",
        "お支払い状況のご確認のお願い\n\n10月分のご請求につきまして、本日時点でご入金の確認が取れておりません。\n行き違いでお支払い済みの場合はご容赦ください。\nお手数ですがご確認のほどお願いいたします。",
    ),
    (
        "invoice",
        "先日お送りした見積書の件ですが、金額を一部修正いたしましたので再送いたします。ご確認ください。",
    ),
    (
        "sales",
        "突然のご連絡失礼いたします。\n例示マーケティング株式会社の小林と申します。\n貴社ホームページを拝見し、ぜひご案内したいサービスがありご連絡いたしました。\n弊社はWeb集客支援を行っており、導入企業数は500社以上です。\n15分ほどオンラインでお話しするお時間を頂戴できませんでしょうか。\n※ご不要の場合は「配信不要」とご返信ください。",
    ),
    (
        "sales",
        "お問い合わせフォームより失礼いたします。\nPマーク取得支援・個人情報保護体制の構築をお手伝いしている例示コンサルティングです。\n改正個人情報保護法への対応はお済みでしょうか？\n貴社では個人情報の管理をどのように行っていますか？\n無料診断を実施しておりますので、ぜひ一度ご相談ください。",
    ),
    (
        "sales",
        "Cookie同意管理ツール「同意ミホン」のご案内です。\n改正電気通信事業法の外部送信規律に対応できていますか？\n初期費用無料キャンペーン中です。資料をお送りしてもよろしいでしょうか。",
    ),
    (
        "sales",
        "情報漏えい対策のご提案です。\nセキュリティ診断を無料で実施いたします。個人情報の流出リスクを見える化しませんか。ご担当者様におつなぎいただけますと幸いです。",
    ),
    (
        "recruiting",
        "件名：【求人応募】営業職／渡辺 翔太\n\n貴社の求人情報を拝見し、応募させていただきたくご連絡いたしました。\n履歴書と職務経歴書を添付いたしますので、ご査収のほどよろしくお願いいたします。",
    ),
    (
        "recruiting",
        "人材紹介の例示キャリアです。貴社の採用課題に合う候補者をご紹介できます。成功報酬型ですので初期費用はかかりません。",
    ),
    (
        "meeting",
        "お世話になっております。\n明日14時からのお打ち合わせですが、先方の都合により15時開始に変更させていただけますでしょうか。\n場所は変わらず貴社会議室でお願いいたします。",
    ),
    (
        "meeting",
        "来週の定例ミーティングの日程を再調整させてください。12月9日か10日の午後でご都合のよい時間をお知らせください。",
    ),
    (
        "press",
        "〇〇経済新聞 編集部の森と申します。\n中小企業のデータ活用に関する特集記事で、貴社に取材をお願いしたくご連絡いたしました。\n掲載可否を含めてご検討いただけますと幸いです。",
    ),
    (
        "newsletter",
        "━━━━━━━━━━━━━━━━━━━━━━\n◆ 例示マーケティング通信 vol.128 ◆\n━━━━━━━━━━━━━━━━━━━━━━\n▼目次\n1. 年末商戦のWeb施策\n2. 新機能のお知らせ\n\n本メールは、弊社サービスにご登録いただいた方にお送りしています。\n配信停止・配信先の変更はこちら：https://news.example.com/unsubscribe\n個人情報の取り扱いについて：https://news.example.com/privacy",
    ),
    (
        "newsletter",
        "【12/10開催・無料ウェビナー】中小企業のための改正個人情報保護法 実務対応セミナー\n■日時：2026年12月10日（木）14:00〜15:30\n■参加費：無料　■定員：100名\n■お申込み：https://seminar.example.com/entry/1210\n※今後のご案内が不要な方は配信停止のお手続きをお願いいたします。",
    ),
    (
        "phishing",
        "件名：【重要】お客様のアカウントは一時停止されました\n\nいつもご利用いただきありがとうございます。\nお客様のアカウントで異常なログインが検出されたため、アカウントを一時停止いたしました。\n24時間以内に下記URLより本人確認を完了してください。\n期限内にご確認いただけない場合、アカウントは削除されます。\nhttps://secure-login.example.com/verify",
    ),
    (
        "phishing",
        "【緊急】お支払い情報の更新が必要です。\nご登録のクレジットカード情報に問題があります。以下のリンクから個人情報を再入力してください。\nhttps://update-info.example.com/",
    ),
    (
        "vendor",
        "お取引先各位\n\n拝啓　師走の候、貴社ますますご清栄のこととお慶び申し上げます。\nさて、誠に勝手ながら、弊社では下記の期間を年末年始休業とさせていただきます。\n\n記\n休業期間：2026年12月29日（火）〜2027年1月4日（月）\n※1月5日（火）より通常営業いたします。\n以上",
    ),
    (
        "vendor",
        "プライバシーポリシー改定のお知らせ\n\nお客様各位\n平素は弊社クラウドサービスをご利用いただき誠にありがとうございます。\n2027年1月1日付で弊社プライバシーポリシーを改定いたします。主な変更点は個人情報の利用目的の追記です。\n詳細は弊社サイトをご覧ください。",
    ),
    (
        "vendor",
        "本社移転のお知らせ\n\nこのたび弊社は下記住所へ本社を移転することとなりました。\n新住所：〒105-0000 東京都港区見本町1-1-1\n電話番号に変更はございません。",
    ),
    (
        "other",
        "先ほどのメールは誤って送信いたしました。お手数ですが削除していただけますでしょうか。",
    ),
    ("other", "テスト送信です。届いていますか？"),
    ("other", "ご対応ありがとうございました。無事に解決しました。"),
    (
        "other",
        "相互リンクのお願い\n当サイトは士業向けの情報サイトです。貴社サイトと相互リンクをお願いできませんでしょうか。",
    ),
    (
        "tenancy",
        "1階の店舗です。来週エアコンの入れ替え工事を予定しているので、管理会社として許可をいただけますか。",
    ),
    (
        "invoice",
        "請求書の宛名を「株式会社プラネットマネジメント」に変更して再発行していただけますか。",
    ),
    ("meeting", "本日の会議の議事録をお送りします。次回は12月15日10時からです。"),
]
EN_OFF: list[tuple[str, str]] = [
    (
        "tenancy",
        "Hi, I'm the tenant in unit 304. The heating has stopped working since yesterday. Could you send someone to fix it?",
    ),
    (
        "tenancy",
        "Hello, my lease ends in March and I'd like to know the move-out procedure and when my deposit will be returned.",
    ),
    (
        "building",
        "To all tenants,\n\nThe elevators will be out of service on Saturday, 12 December, from 9:00 to 13:00 for scheduled maintenance.\nWe apologise for the inconvenience.\n\nBuilding Management Office",
    ),
    (
        "parking",
        "Hello, is there a parking space available in your building's garage? What is the monthly fee and how do I apply?",
    ),
    ("parking", "Someone keeps parking in my reserved bay (B-12). Could you please deal with it?"),
    (
        "invoice",
        "Dear Accounts Team,\n\nPlease find attached our invoice INV-2026-1187 for November services.\nAmount due: JPY 132,000. Payment terms: 30 days.\n\nKind regards,\nAccounts Receivable\nExample Widgets Inc.",
    ),
    (
        "invoice",
        "Friendly reminder: invoice #4471 is now 15 days overdue. Please arrange payment at your earliest convenience or let us know if it has already been paid.",
    ),
    ("invoice", "Could you resend the October invoice with our new billing address?"),
    (
        "sales",
        "Hope this email finds you well. We are a leading offshore software development company with 300+ engineers. Can we schedule a 15-minute call next week to discuss how we can reduce your IT costs?",
    ),
    (
        "sales",
        "Hi,\nWe help companies like yours become compliant with the GDPR and APPI. Our privacy consulting team can audit how you handle personal data and draft your privacy policy.\nHow do you currently manage customer data? Would you be open to a free assessment?",
    ),
    (
        "sales",
        "Is your website losing leads? Our SEO experts can get you to the first page of Google in 30 days. Reply YES for a free audit.",
    ),
    (
        "sales",
        "We offer a cookie consent management platform trusted by 2,000 businesses. Are you sure your cookie banner is compliant? Book a demo today.",
    ),
    (
        "recruiting",
        "Dear Hiring Manager,\n\nI am writing to apply for the Marketing Coordinator position advertised on your website. Please find my CV attached.\nI would welcome the opportunity to discuss my application.",
    ),
    (
        "recruiting",
        "Hi, I'm a recruiter at Example Talent. I have several strong bilingual candidates for your open roles. Are you currently hiring?",
    ),
    (
        "meeting",
        "Hi all,\nUnfortunately I need to move tomorrow's meeting from 2pm to 4pm. Does that still work for everyone?\nThanks,\nDaniel",
    ),
    (
        "meeting",
        "Could we reschedule our call to Thursday morning? Something came up on Wednesday.",
    ),
    (
        "press",
        "Dear Sir or Madam,\nI'm a journalist with Tokyo Business Weekly writing a feature on property management firms. Would someone be available for a short interview next week?",
    ),
    (
        "newsletter",
        "THE WEEKLY DIGEST | Issue 52\n\nTop stories this week:\n- Five trends in property tech\n- Our new office in Osaka\n\nYou are receiving this email because you subscribed to our newsletter.\nUnsubscribe | Update preferences | Privacy Policy\n(c) 2026 Example Media Ltd.",
    ),
    (
        "newsletter",
        "Join our free webinar: 'Data Privacy in 2027 - what every SME must know'. Thursday 10 Dec, 3pm JST. Register now: https://events.example.com/privacy2027\nTo stop receiving these emails, click here.",
    ),
    (
        "phishing",
        "Dear User,\n\nYour account has been suspended due to unusual sign-in activity. Verify your identity within 24 hours to avoid permanent deletion of your data.\n\nVerify now: https://secure-verify.example.com/login\n\nSecurity Team",
    ),
    (
        "phishing",
        "Your mailbox is full. Password expires today. Click below to keep your account active and confirm your personal details.",
    ),
    (
        "phishing",
        "Payment failed. Please update your billing information to avoid suspension of your service: https://billing-update.example.com",
    ),
    (
        "vendor",
        "Dear Valued Customer,\n\nPlease note that our offices will be closed from 29 December 2026 to 4 January 2027 for the year-end holidays. Orders received during this period will be processed from 5 January.\n\nThank you for your understanding.",
    ),
    (
        "vendor",
        "Notice of Privacy Policy Update\n\nWe are updating our Privacy Policy effective January 1, 2027. The changes clarify how we use cookies and share data with service providers. No action is required on your part.",
    ),
    (
        "vendor",
        "We are pleased to announce that our company name will change to Example Solutions Inc. as of 1 February 2027. Bank details remain unchanged.",
    ),
    ("other", "Please ignore my previous email, it was sent by mistake. Could you delete it?"),
    ("other", "Test message, please ignore."),
    ("other", "Thanks a lot for sorting that out, all good now!"),
    (
        "other",
        "We are a student research group at Example University conducting a short survey on remote work. Would your staff be willing to fill in a 5-minute questionnaire?",
    ),
    (
        "tenancy",
        "The bathroom light in room 5B is flickering, can maintenance take a look this week?",
    ),
    (
        "invoice",
        "Kindly confirm receipt of the purchase order PO-88213 and send us the delivery schedule.",
    ),
    ("meeting", "Attached are the minutes of today's meeting. Next session: 15 December at 10am."),
]


# --- composing -------------------------------------------------------------------------------


def deal(items: list[object]) -> dict[str, list[object]]:
    """Round-robin over the list: 0 -> dev, 1 -> test, 2 and 3 -> train, and so on."""
    out: dict[str, list[object]] = {s: [] for s in SPLITS}
    for i, item in enumerate(items):
        out[("dev", "test", "train", "train")[i % 4]].append(item)
    return out


def join(parts: list[str]) -> str:
    return "\n\n".join(p for p in parts if p)


def quote_block(rng: random.Random, headers: list[str], bodies: list[str]) -> str:
    header = rng.choice(headers)
    body = rng.choice(bodies)
    if header.startswith(("-----", "____", "From:")):  # Outlook: a header block, no ">"
        return f"{header}\n\n{body}"
    prefix = rng.choice(["> ", "> ", ">", "＞ "])
    return (
        header
        + "\n"
        + "\n".join(prefix + line if line else prefix.strip() for line in body.splitlines())
    )


def ja_mail(rng: random.Random, questions: list[str]) -> str:
    body = []
    if rng.random() < 0.3:
        body.append(rng.choice(JA_ADD_ON))
    else:
        body.append(rng.choice(JA_CONTEXT))
    body += questions
    sep = "" if rng.random() < 0.5 else "\n"
    text = join(
        [
            rng.choice(JA_ADDRESSEE),
            "\n".join(p for p in [rng.choice(JA_GREETING), rng.choice(JA_INTRO)] if p),
            sep.join(p for p in body if p) if sep else "\n".join(p for p in body if p),
            rng.choice(JA_CLOSING),
            rng.choice(JA_SIGNATURE),
        ]
    )
    if rng.random() < 0.35:
        text = join([text, quote_block(rng, JA_QUOTE_HEADERS, JA_QUOTED_BODIES)])
    return text


def en_mail(rng: random.Random, questions: list[str]) -> str:
    lead = rng.choice(EN_ADD_ON) if rng.random() < 0.3 else rng.choice(EN_CONTEXT)
    body = " ".join(p for p in [rng.choice(EN_INTRO), lead, *questions] if p)
    signoff = rng.choice(EN_SIGNOFF)
    signature = rng.choice(EN_SIGNATURE)
    text = join(
        [
            rng.choice(EN_GREETING),
            body,
            rng.choice(EN_CLOSING),
            "\n".join(p for p in [signoff, signature] if p),
        ]
    )
    if rng.random() < 0.35:
        text = join([text, quote_block(rng, EN_QUOTE_HEADERS, EN_QUOTED_BODIES)])
    return text


def wrap_off(rng: random.Random, lang: str, text: str, force: bool = False) -> str:
    """Off-topic text, sometimes with a greeting and a signature of its own."""
    if not force and ("\n" in text or rng.random() < 0.4):
        return text
    if lang == "ja":
        return join(
            [rng.choice(JA_GREETING), text, rng.choice(JA_CLOSING), rng.choice(JA_SIGNATURE)]
        )
    return join(
        [
            rng.choice(EN_GREETING),
            text,
            "\n".join([rng.choice(EN_SIGNOFF), rng.choice(EN_SIGNATURE)]),
        ]
    )


def hard_wrap(text: str, width: int) -> str:
    """Lines broken by hand, as old mailers and Japanese etiquette do (every 34 full-width
    characters, or 72 columns), in mid-sentence; quoted lines and short lines untouched."""
    out = []
    for line in text.split("\n"):
        if line.startswith((">", "＞")) or len(line) <= width:
            out.append(line)
            continue
        if width < 40:  # Japanese: cut anywhere
            out += [line[i : i + width] for i in range(0, len(line), width)]
            continue
        words, current = line.split(" "), ""
        for word in words:
            if current and len(current) + 1 + len(word) > width:
                out.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(current)
    return "\n".join(out)


def labelled(
    ident: str, lang: str, kind: str, sections: list[str], text: str, topic: str = ""
) -> dict[str, object]:
    """One line of a labelled set (bench/data/README.md)."""
    row: dict[str, object] = {
        "id": ident,
        "lang": lang,
        "kind": kind,
        "sections": sections,
        "text": unicodedata.normalize("NFC", text),
    }
    if topic:
        row["topic"] = topic
    return row


def build() -> dict[str, list[dict[str, object]]]:
    rng = random.Random(20261202)
    rows: dict[str, list[dict[str, object]]] = {s: [] for s in SPLITS}
    counter = 0

    def add(
        split: str, lang: str, kind: str, sections: list[str], text: str, topic: str = ""
    ) -> None:
        nonlocal counter
        counter += 1
        if kind in ("mail", "off-topic") and random.Random(counter).random() < 0.2:
            text = hard_wrap(text, 34 if lang == "ja" else 72)
        rows[split].append(labelled(f"c{counter:04d}", lang, kind, sections, text, topic))

    for lang, table, mail in (("ja", JA, ja_mail), ("en", EN, en_mail)):
        for section, phrasings in table.items():
            for split, items in deal(list(phrasings)).items():
                for i, question in enumerate(items):
                    q = str(question)
                    # Most questions appear twice: alone and inside a mail.
                    if i % 3 != 2:
                        add(split, lang, "short", [section], q)
                    add(split, lang, "mail", [section], mail(rng, [q]))
                    if i % 5 == 1:  # and some in a mail that asks two things
                        other = rng.choice([s for s in table if s != section])
                        pool = deal(list(table[other]))[split]
                        if pool:
                            q2 = str(rng.choice(pool))
                            add(split, lang, "mail", [section, other], mail(rng, [q, q2]))
    for lang, noisy in (("ja", JA_NOISY), ("en", EN_NOISY)):
        for split, items in deal(list(noisy)).items():
            for item in items:
                section, text = item  # type: ignore[misc]
                add(split, lang, "noisy", [section], text)
    for lang, off in (("ja", JA_OFF), ("en", EN_OFF)):
        for split, items in deal(list(off)).items():
            for item in items:
                topic, text = item  # type: ignore[misc]
                # Three shapes of each: as written, wrapped in formulas and a signature, and
                # wrapped again above quoted earlier mail.
                add(split, lang, "off-topic", ["none"], wrap_off(rng, lang, text), topic)
                add(split, lang, "off-topic", ["none"], wrap_off(rng, lang, text, True), topic)
                headers, bodies = (
                    (JA_QUOTE_HEADERS, JA_QUOTED_BODIES)
                    if lang == "ja"
                    else (EN_QUOTE_HEADERS, EN_QUOTED_BODIES)
                )
                quoted = join([wrap_off(rng, lang, text, True), quote_block(rng, headers, bodies)])
                add(split, lang, "off-topic", ["none"], quoted, topic)
    return rows


def main() -> None:
    rows = build()
    for split, items in rows.items():
        path = HERE / f"corpus-{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for row in items:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for split, items in rows.items():
        kinds: dict[str, int] = {}
        for r in items:
            key = f"{r['lang']}/{r['kind']}"
            kinds[key] = kinds.get(key, 0) + 1
        print(split, len(items), dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
