# ruff: noqa: E501  (inquiries written as customers write them are data)
"""Writes voices-train.jsonl and voices-dev.jsonl: in-scope inquiries in many voices, train first.

    .venv/bin/python bench/data/make_voices.py

Written before the fifth round of tuning the matcher's content, from the privacy policy and the
section ids and answers of faq.yaml only (not its phrasings, not the other sets' items): every
section in elderly, angry, lawyer's, non-native, text-speak, business partner's and indirect
voices, a part of them inside a short mail paragraph, and off-topic business lines in the
vocabulary closest to privacy (invoices to correct, addresses to update, contracts to copy,
privacy training and consent tools to buy). Split by question: one in four of each section's
list goes to voices-dev (held apart: scored only to choose among changes), the rest to
voices-train (read and tuned on). A question and its mail shape stay in one split.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent

# (sections, text); sections name every section whose answer is right.
EN: dict[str, list[tuple[list[str], str]]] = {
    "collection": [
        (
            ["collection"],
            "I'm 79 and not good with computers. When I signed up my grandson typed in lots of things. What exactly did you take down about me?",
        ),
        (["collection"], "What personal details does your company collect when I register?"),
        (["collection"], "yo what info do u guys grab when i sign up lol"),
        (
            ["collection"],
            "Kindly inform me which kinds of personal informations your company is gathering from the users.",
        ),
        (
            ["collection"],
            "On behalf of my client, we request a description of the categories of personal data your company obtains from its customers.",
        ),
        (["collection"], "Do you record my date of birth and my home address, or just my email?"),
        (["collection"], "Is my usage history, what I click and when, something you keep?"),
        (
            ["collection"],
            "I logged in with my Google account. Does that mean you get stuff from Google about me?",
        ),
        (
            ["collection"],
            "If I connect my social media account to your service, what do you pull from it?",
        ),
        (
            ["collection"],
            "When I linked my LINE account, which details of mine came across to you?",
        ),
        (["collection"], "Are you getting my friend list from Facebook when I log in through it?"),
        (
            ["collection"],
            "How do you make sure the information you hold about customers is properly managed? Do you follow Japanese privacy law?",
        ),
        (
            ["collection"],
            "Does your company comply with the laws on the protection of personal information?",
        ),
        (
            ["collection"],
            "I'd like to know how seriously you take protecting customers' personal information.",
        ),
        (
            ["collection", "purpose"],
            "The form asked for my phone number and birthday. Why do you need all that, and what else do you collect?",
        ),
        (
            ["collection"],
            "whats the deal with all the info u ask for at signup, like what do u actually keep",
        ),
        (
            ["collection"],
            "We are evaluating your service for our staff. What personal data will be captured about our employees when they use the app?",
        ),
        (
            ["collection"],
            "Which data points are captured through your website, only what I type or more?",
        ),
        (
            ["collection"],
            "my phone asked me to allow sign in with apple. what do you receive from apple then",
        ),
        (
            ["collection"],
            "I never told you my birthday directly, yet you seem to have it. Where does that come from?",
        ),
        (["collection"], "Before I register I want to know what you'll be holding about me."),
        (["collection"], "Is the ID of my external account stored on your side?"),
    ],
    "purpose": [
        (["purpose"], "What do you use my personal information for?"),
        (["purpose"], "Why do you need my data at all? What is it used for?"),
        (
            ["purpose"],
            "I keep getting ads that seem to know what I did in your app. Do you use my data for advertising?",
        ),
        (["purpose"], "do u track what i do in the app to show me ads??"),
        (["purpose"], "Are you measuring how I move around your website?"),
        (["purpose"], "Please tell me the purposes of use of my personal information."),
        (
            ["purpose"],
            "I'm elderly and I worry. Will my address be used for anything other than sending me what I ordered?",
        ),
        (
            ["purpose"],
            "Is my email going to be used to send me notices about changes to the terms?",
        ),
        (
            ["purpose"],
            "Why did I get an email about your terms of use changing? I didn't ask for it.",
        ),
        (
            ["purpose"],
            "On behalf of my client, please specify the purposes for which her personal data is processed.",
        ),
        (["purpose"], "What is the reason you keep the history of my usage?"),
        (["purpose"], "Do you analyse customer behaviour with our data?"),
        (["purpose"], "Does your firm use customer info for marketing purposes?"),
        (
            ["purpose"],
            "I want to understand what happens with my details after I give them to you.",
        ),
        (
            ["purpose"],
            "Will you use my information only to run the service, or for other things too?",
        ),
        (["purpose"], "Please explain me for which purpose you use customer's datas."),
        (["purpose"], "Are the ads I see related to my usage history with you?"),
        (
            ["purpose"],
            "Is it true you check whether your adverts worked by looking at what customers do?",
        ),
        (["purpose"], "you guys send me notices all the time, is that what my email is for?"),
        (["purpose"], "What's my phone number used for? I don't want sales calls."),
        (
            ["purpose"],
            "Our company will roll out your app to our staff; what will you do with their data?",
        ),
        (["purpose"], "I just want to know what you do with everything I've given you."),
    ],
    "third-party": [
        (["third-party"], "Do you share my personal information with other companies?"),
        (
            ["third-party"],
            "A company I have never dealt with sent me a letter with my full name on it. Did you give them my address?",
        ),
        (["third-party"], "Do you sell customer data?"),
        (
            ["third-party"],
            "r u selling my number to spammers?? getting calls nonstop since i signed up",
        ),
        (
            ["third-party"],
            "Will my details be passed on to anyone outside your company without asking me?",
        ),
        (["third-party"], "I'm 83. A man phoned me and knew I used your service. How did he know?"),
        (["third-party"], "Can the police or the city office get my information from you?"),
        (["third-party"], "In what cases would you hand over my data without my consent?"),
        (["third-party"], "If a government agency asks, do you give them customer information?"),
        (
            ["third-party"],
            "On behalf of my client, we ask whether her personal data has been provided to any third party, and on what legal basis.",
        ),
        (["third-party"], "I did not agree to my data going to anyone else. Has it gone anywhere?"),
        (["third-party"], "Will you ask me before you give my information to another company?"),
        (
            ["third-party"],
            "Are there situations where the law lets you share my data without asking?",
        ),
        (["third-party"], "I connected an external service. Do you send my info to them?"),
        (["third-party"], "Do outside firms get to see my information?"),
        (
            ["third-party"],
            "It seems my email address ended up with an advertiser I never heard of. Did it come from you?",
        ),
        (
            ["third-party"],
            "Please confirm you will not transfer my personal data to third parties.",
        ),
        (["third-party"], "Is my info given to other businesses for their own use?"),
        (["third-party"], "Who else gets my data apart from you?"),
        (
            ["third-party"],
            "Could you tell me whether my informations are provided to other company?",
        ),
        (["third-party"], "omg someone i dont know texted me my address. did u leak it to someone"),
        (["third-party"], "Do you need my permission before passing my data on?"),
    ],
    "joint-use": [
        (["joint-use"], "Do your group companies use my data too?"),
        (["joint-use"], "Which companies use my information jointly with you?"),
        (["joint-use"], "Is my information used by the other Planet Group companies?"),
        (["joint-use"], "Who is responsible for managing the personal data that is used jointly?"),
        (["joint-use"], "Your business partners use my details as well? Which items?"),
        (["joint-use"], "What items of my personal data are used jointly with partners?"),
        (
            ["joint-use"],
            "I got an email from a Planet Group company I never signed up with. Is my data shared inside the group?",
        ),
        (["joint-use"], "For what purpose do your group companies use my information?"),
        (["joint-use"], "Who is in charge of the data when it is shared across your group?"),
        (
            ["joint-use"],
            "As your business partner, we'd like to confirm the scope of the joint use of customer data set out in your policy.",
        ),
        (
            ["joint-use"],
            "Are my birthday and phone number part of what's shared with your partners?",
        ),
        (["joint-use"], "does ur parent company see my stuff"),
        (["joint-use"], "Are affiliates allowed to use the data I gave your company?"),
        (["joint-use"], "Which entity is accountable for the customer information used jointly?"),
        (["joint-use"], "Your policy mentions joint use. What does that cover?"),
        (["joint-use"], "Do the companies in your group have access to my usage history?"),
        (
            ["joint-use"],
            "On behalf of my client, identify the party responsible for managing jointly used personal data.",
        ),
        (["joint-use"], "If the group uses my data together, who do I hold accountable?"),
        (
            ["joint-use"],
            "I want to know the range of companies that use my information together with you.",
        ),
        (["joint-use"], "Do your partners get my info to provide their own services?"),
    ],
    "disclosure": [
        (["disclosure"], "I want to see all the personal data you hold about me."),
        (["disclosure"], "How do I request a copy of my personal information?"),
        (["disclosure"], "Is there a fee for a disclosure request?"),
        (["disclosure"], "How much does it cost to get my data disclosed?"),
        (
            ["disclosure"],
            "Under the Personal Information Protection Law I request disclosure of my personal data.",
        ),
        (
            ["disclosure"],
            "On behalf of my client, we hereby request disclosure of all personal information retained concerning her.",
        ),
        (["disclosure"], "can i get a copy of everything u have on me"),
        (["disclosure"], "What documents do I need to ask you to show me my data?"),
        (["disclosure"], "I'd like access to my records. What's the procedure?"),
        (["disclosure"], "Please send me the information you have registered about me."),
        (["disclosure"], "Do I have to pay to see my own data?"),
        (
            ["disclosure"],
            "I'm old and can't use computers. Can you post me a printed copy of what you hold on me?",
        ),
        (
            ["disclosure"],
            "What is the procedure and fee to request disclosure of my personal information?",
        ),
        (["disclosure"], "Show me my file, please."),
        (["disclosure"], "I demand to know exactly what you have stored about me. Send it now."),
        (["disclosure"], "Where should I send my request to get my personal data disclosed?"),
        (["disclosure"], "Can my lawyer request my data on my behalf?"),
        (["disclosure"], "How long will it take you to disclose my information after I ask?"),
        (["disclosure"], "pls send me my data, all of it"),
        (["disclosure"], "I would like to check the content of my registration that you keep."),
        (["disclosure"], "Is a disclosure request free of charge?"),
        (
            ["disclosure"],
            "We are a partner company; one of our shared customers wants to see her data. How should she apply?",
        ),
    ],
    "correction": [
        (["correction"], "My address is wrong in your records. Please correct it."),
        (["correction"], "I moved. How do I update my address?"),
        (["correction"], "My name is misspelled on your emails."),
        (["correction"], "Please delete my account and all my data."),
        (["correction"], "I want my information erased."),
        (["correction"], "Can you remove my phone number from your system?"),
        (["correction"], "My date of birth is registered incorrectly, please fix it."),
        (["correction"], "I got married and my surname changed."),
        (["correction"], "delete me from ur database asap"),
        (
            ["correction"],
            "Please erase everything you have about me, I don't use the service anymore.",
        ),
        (["correction"], "On behalf of my client, we request the deletion of her personal data."),
        (["correction"], "The phone number you have is my old one; please add my new one."),
        (["correction"], "I demand you delete my details immediately!"),
        (["correction"], "How do I ask for my information to be corrected?"),
        (["correction"], "Your records show the wrong email for me."),
        (["correction"], "My late husband had an account with you. Can it be deleted?"),
        (["correction"], "There is a mistake in my personal information. What should I do?"),
        (["correction"], "Please change the spelling of my name: it's Katherine with a K."),
        (["correction"], "I want my data gone. How?"),
        (["correction"], "Could you add my building name to my address? It is missing."),
        (["correction"], "Please kindly remove my personal datas from your system."),
        (["correction"], "Is it possible to have incorrect information about me fixed?"),
    ],
    "suspension": [
        (["suspension"], "Please stop using my personal information."),
        (["suspension"], "I withdraw my consent to the use of my data."),
        (["suspension"], "Stop using my data to show me ads."),
        (["suspension"], "I believe you got my information by deception. Stop using it."),
        (["suspension"], "You are using my data beyond what you told me. I want it stopped."),
        (["suspension"], "Can I ask you to suspend the use of my personal data?"),
        (["suspension"], "quit using my stuff"),
        (
            ["suspension"],
            "On behalf of my client, we demand that you cease using her personal data.",
        ),
        (["suspension"], "I do not want my information used any more."),
        (["suspension"], "How do I opt out of you using my data?"),
        (["suspension"], "Don't use my info for marketing anymore."),
        (["suspension"], "I never agreed to this. Stop processing my data immediately."),
        (["suspension"], "You used my data for something you never mentioned. I want you to stop."),
        (["suspension"], "Please cease the use of my personal information and confirm in writing."),
        (["suspension"], "I'd like to halt the use of my information."),
        (["suspension"], "stop using my data pls"),
        (
            ["suspension"],
            "Is it possible to stop the use of my information without closing my account?",
        ),
        (
            ["suspension", "correction"],
            "My data was obtained improperly, so please stop using it and delete it.",
        ),
        (
            ["suspension"],
            "I want you to stop using my personal info for purposes I wasn't told about.",
        ),
        (
            ["suspension"],
            "Keep my details on file if you must, but don't do anything with them from now on.",
        ),
    ],
    "contact": [
        (["contact"], "Who do I contact about my personal information?"),
        (["contact"], "What is the phone number for privacy questions?"),
        (["contact"], "Is this the right address for questions about the privacy policy?"),
        (["contact"], "I want to make a complaint about how you handled my data."),
        (
            ["contact"],
            "I'm very unhappy with the way my information has been handled. Where do I complain?",
        ),
        (["contact"], "Where can I send my opinion about your privacy policy?"),
        (["contact"], "Can I call someone about my data instead of emailing?"),
        (["contact"], "who do i talk to about privacy stuff"),
        (["contact"], "Which department deals with personal information?"),
        (["contact"], "I want to file a complaint about your privacy policy."),
        (
            ["contact"],
            "I'm old and prefer the telephone. What number should I ring about my personal details?",
        ),
        (
            ["contact"],
            "Is there a person in charge of personal information protection I can write to?",
        ),
        (
            ["contact"],
            "Your handling of my data is a disgrace. I want to speak to someone responsible.",
        ),
        (
            ["contact"],
            "On behalf of my client, please provide the contact point for personal information inquiries.",
        ),
        (["contact"], "What is the email address of your inquiry desk?"),
        (
            ["contact"],
            "Could you tell me where to ask questions about the handling of customer information?",
        ),
        (["contact"], "I have some feedback about your privacy policy."),
        (["contact"], "Where do I lodge a complaint regarding customer information handling?"),
        (["contact"], "Please give me the contact for privacy matters."),
        (["contact"], "Am I writing to the right place for a data question?"),
    ],
    "changes": [
        (["changes"], "Will you tell me when the privacy policy changes?"),
        (["changes"], "Can you change your privacy policy whenever you like?"),
        (["changes"], "How will I be notified if the policy is revised?"),
        (["changes"], "When did your privacy policy take effect?"),
        (["changes"], "Has the privacy policy been updated recently?"),
        (["changes"], "Where will you post the changed policy?"),
        (["changes"], "If you revise the policy, do you need my agreement?"),
        (["changes"], "do u just change the rules whenever u want"),
        (
            ["changes"],
            "On behalf of my client, please state how customers are informed of amendments to the privacy policy.",
        ),
        (["changes"], "Do you follow legal procedures when you revise the policy?"),
        (
            ["changes"],
            "Will I get an email when the privacy policy changes, or do I have to check the website?",
        ),
        (["changes"], "When was this privacy policy established?"),
        (["changes"], "What happens if you change the policy after I've given you my data?"),
        (
            ["changes"],
            "I'm elderly and don't visit websites. How will I learn of a new version of your policy?",
        ),
        (["changes"], "How do I find out what changed in the new policy and from when it applies?"),
        (["changes"], "Is the company allowed to amend its privacy policy on its own?"),
        (["changes"], "I'd like to be told of any revision of your privacy policy."),
        (["changes"], "Is the policy on your website the latest version?"),
        (["changes"], "Can the privacy terms change without notice?"),
        (["changes"], "How often do you update your privacy policy?"),
    ],
    "hours": [
        (["hours"], "When will I get a reply?"),
        (["hours"], "Do you answer emails on weekends?"),
        (["hours"], "I sent a mail on Saturday. When will you respond?"),
        (["hours"], "What are your business hours?"),
        (["hours"], "Will my email be answered during the New Year holidays?"),
        (["hours"], "How long does it usually take to get a response?"),
        (["hours"], "hello?? nobody answered me for 2 days"),
        (["hours"], "Is anyone there on public holidays?"),
        (["hours"], "I'm writing late at night; will someone read this tomorrow?"),
        (["hours"], "Are you open on Sundays?"),
        (["hours"], "On behalf of my client, please confirm when we may expect your response."),
        (["hours"], "What days is your office open?"),
        (
            ["hours"],
            "I'm 80 years old and still waiting for an answer. When will someone get back to me?",
        ),
        (["hours"], "Please reply as soon as possible. When can I expect an answer?"),
        (["hours"], "Do you reply on the same day?"),
        (["hours"], "Is your desk closed over the year-end holidays?"),
        (["hours"], "how fast do u guys reply"),
        (
            ["hours"],
            "I emailed last Friday evening and have heard nothing. Is the office closed at weekends?",
        ),
        (["hours"], "When is the next business day you'll look at my mail?"),
        (["hours"], "Does your team work during Golden Week?"),
    ],
}

JA: dict[str, list[tuple[list[str], str]]] = {
    "collection": [
        (["collection"], "登録したとき、私のどんな情報を取っているのですか。"),
        (["collection"], "アプリで集めている個人情報の項目を教えてください。"),
        (["collection"], "生年月日や住所まで保存されているのでしょうか。"),
        (
            ["collection"],
            "Googleアカウントでログインしましたが、Google側からどんな情報を受け取っていますか。",
        ),
        (["collection"], "LINE連携をしたら何の情報がそちらに渡るの？"),
        (["collection"], "利用履歴も記録されていますか。"),
        (["collection"], "個人情報保護法は守っているのですか。"),
        (["collection"], "お客様の情報をどのように適切に管理しているのか知りたいです。"),
        (["collection"], "わたしの じょうほう なにを あつめてるの"),
        (["collection"], "ﾄｳﾛｸｼﾞﾆ ﾆｭｳﾘｮｸｼﾀ ｼﾞｮｳﾎｳﾊ ﾄﾞｺﾏﾃﾞ ﾎｿﾞﾝｻﾚﾃﾏｽｶ"),
        (
            ["collection"],
            "高齢のため詳しくありません。孫が登録してくれましたが、何を預けたことになっているのでしょうか。",
        ),
        (["collection"], "外部サービスのIDも保存されていますか。"),
        (
            ["collection"],
            "顧問弁護士として照会します。貴社が取得している本人の個人情報の項目をご教示ください。",
        ),
    ],
    "purpose": [
        (["purpose"], "集めた個人情報は何に使っているのですか。"),
        (["purpose"], "私の情報を広告に使っていますか。"),
        (["purpose"], "アプリでの行動を測定しているって本当ですか。"),
        (
            ["purpose"],
            "利用規約の変更のお知らせが届きましたが、そのためにメールアドレスを使っているのですか。",
        ),
        (["purpose"], "個人情報の利用目的を教えてください。"),
        (["purpose"], "なんでこんなに広告が出るの？私のデータ使ってる？"),
        (["purpose"], "電話番号は何に使われますか。"),
        (["purpose"], "取得した情報をサービス提供以外にも使いますか。"),
        (["purpose"], "りようもくてき おしえて"),
        (["purpose"], "広告の効果測定に私の履歴が使われているのでしょうか。"),
        (
            ["purpose"],
            "弊社社員が貴社アプリを利用する予定です。取得した情報の利用目的を確認させてください。",
        ),
        (["purpose"], "私のデータがどう使われているのか不安です。"),
        (["purpose"], "マーケティング目的で個人情報を利用していますか。"),
    ],
    "third-party": [
        (["third-party"], "私の個人情報を他の会社に渡していますか。"),
        (["third-party"], "知らない会社からダイレクトメールが届きました。住所を教えましたか。"),
        (["third-party"], "個人情報を売っているのですか。"),
        (["third-party"], "本人の同意なく第三者に提供することはありますか。"),
        (["third-party"], "警察や役所から求められたら情報を出すのですか。"),
        (["third-party"], "同意なしで情報を提供するのはどんな場合ですか。"),
        (["third-party"], "登録してから迷惑電話が増えました。番号が外に漏れていませんか。"),
        (["third-party"], "法令に基づく場合は同意なしで提供されるのでしょうか。"),
        (["third-party"], "たにんに わたしの じょうほう わたしてる？"),
        (
            ["third-party"],
            "付き合いのない業者に私の連絡先が伝わっているようです。どういうことですか。",
        ),
        (["third-party"], "依頼人の個人情報が第三者に提供された事実の有無についてご回答ください。"),
        (["third-party"], "他社に渡すときは事前に同意を取ってもらえるのですか。"),
    ],
    "joint-use": [
        (["joint-use"], "グループ会社でも私の情報を使っていますか。"),
        (["joint-use"], "共同利用の範囲を教えてください。"),
        (["joint-use"], "共同利用される個人情報の項目は何ですか。"),
        (["joint-use"], "共同利用の管理責任者はどなたですか。"),
        (["joint-use"], "ビジネスパートナーにも私の住所が共有されるのですか。"),
        (
            ["joint-use"],
            "プラネットグループの別の会社からメールが来ました。情報を共有しているのですか。",
        ),
        (["joint-use"], "グループ内で共同利用する目的は何でしょうか。"),
        (["joint-use"], "共同で使う場合、誰が責任を持つのですか。"),
        (["joint-use"], "ぐるーぷがいしゃ でも つかってる？"),
        (["joint-use"], "提携先企業に利用履歴も渡りますか。"),
        (["joint-use"], "業務提携先として、共同利用の範囲について確認させてください。"),
        (["joint-use"], "親会社や関連会社も私のデータを見られるのですか。"),
    ],
    "disclosure": [
        (["disclosure"], "私の個人情報の開示をお願いします。"),
        (["disclosure"], "開示請求の手数料はいくらですか。"),
        (["disclosure"], "保有している私の情報を見せてください。"),
        (["disclosure"], "開示請求の手続きを教えてください。"),
        (["disclosure"], "開示にお金はかかりますか。"),
        (["disclosure"], "自分のデータのコピーを郵送してもらえますか。"),
        (["disclosure"], "代理人が開示請求することはできますか。"),
        (["disclosure"], "開示請求に必要な書類は何ですか。"),
        (["disclosure"], "わたしの じょうほう みせて"),
        (["disclosure"], "依頼人に関する保有個人データの開示を請求いたします。"),
        (["disclosure"], "どんな情報が登録されているか、中身を確認したいです。"),
        (["disclosure"], "開示の窓口はどこですか。"),
        (["disclosure"], "ｶｲｼﾞｾｲｷｭｳﾉ ﾃｽｳﾘｮｳﾊ ｲｸﾗﾃﾞｽｶ"),
    ],
    "correction": [
        (["correction"], "登録住所が間違っています。訂正してください。"),
        (["correction"], "引っ越したので住所を変更したいです。"),
        (["correction"], "結婚して名字が変わりました。"),
        (["correction"], "アカウントと個人情報を削除してください。"),
        (["correction"], "私の情報を全部消してほしい。"),
        (["correction"], "電話番号が古いままです。新しい番号を追加してください。"),
        (["correction"], "生年月日が誤って登録されています。"),
        (["correction"], "名前の漢字が違います。"),
        (["correction"], "たいかいしたので じょうほう けして"),
        (["correction"], "亡くなった父のアカウントを削除したいのですが。"),
        (["correction"], "登録内容の訂正はどうすればできますか。"),
        (["correction"], "ﾒｰﾙｱﾄﾞﾚｽｦ ﾍﾝｺｳｼﾀｲﾃﾞｽ"),
        (["correction"], "依頼人の個人情報の削除を求めます。"),
    ],
    "suspension": [
        (["suspension"], "私の個人情報の利用を停止してください。"),
        (["suspension"], "同意を撤回します。今後は情報を使わないでください。"),
        (["suspension"], "不正な手段で取得された情報ではないですか。利用をやめてください。"),
        (["suspension"], "知らされていない目的で使われています。利用停止を求めます。"),
        (["suspension"], "もう私のデータを使わないで。"),
        (["suspension"], "利用停止の手続きを教えてください。"),
        (["suspension"], "りようていし してください"),
        (["suspension"], "依頼人の個人情報の利用停止を請求します。"),
        (["suspension"], "広告のために私の情報を使うのはやめてほしいです。"),
        (["suspension"], "アカウントは残したまま、情報の利用だけ止めることはできますか。"),
        (["suspension"], "説明された目的以外で私の情報が使われているようなので、止めてください。"),
        (["suspension"], "これ以上私の情報を扱わないでほしいです。"),
    ],
    "contact": [
        (["contact"], "個人情報について問い合わせる窓口はどこですか。"),
        (["contact"], "電話で相談できますか。番号を教えてください。"),
        (["contact"], "個人情報の扱いについて苦情を申し立てたいです。"),
        (["contact"], "プライバシーポリシーについて意見があります。どこに送ればいいですか。"),
        (["contact"], "こちらは個人情報の問い合わせ先で合っていますか。"),
        (["contact"], "個人情報の担当部署はどこになりますか。"),
        (["contact"], "情報の扱いがひどいです。責任者と話をさせてください。"),
        (["contact"], "といあわせさき おしえて"),
        (["contact"], "個人情報保護の担当者に連絡したいのですが。"),
        (["contact"], "貴社の個人情報に関する相談窓口の連絡先をご教示ください。"),
        (["contact"], "情報の扱いに不満があります。どこに言えばいいですか。"),
        (["contact"], "メールではなく電話で問い合わせたいです。"),
    ],
    "changes": [
        (["changes"], "プライバシーポリシーが変わったら知らせてもらえますか。"),
        (["changes"], "ポリシーは勝手に変更できるのですか。"),
        (["changes"], "改定はどうやって通知されますか。"),
        (["changes"], "このプライバシーポリシーはいつ制定されたのですか。"),
        (["changes"], "変更後のポリシーはいつから適用されますか。"),
        (["changes"], "ポリシーを変えるときに同意は必要ないのですか。"),
        (["changes"], "ぽりしー かわったら おしえて"),
        (["changes"], "改定内容はウェブサイトに掲載されるのでしょうか。"),
        (["changes"], "最近プライバシーポリシーを改定しましたか。"),
        (["changes"], "高齢でホームページは見ません。方針が変わったらどう知ればよいですか。"),
        (["changes"], "法令上の手続きに従ってポリシーを変更しているのですか。"),
        (["changes"], "ポリシーの改訂の知らせはメールで届きますか。"),
    ],
    "hours": [
        (["hours"], "返事はいつもらえますか。"),
        (["hours"], "土日も対応していますか。"),
        (["hours"], "祝日に送ったメールはいつ読まれますか。"),
        (["hours"], "営業時間を教えてください。"),
        (["hours"], "年末年始はお休みですか。"),
        (["hours"], "回答までどのくらいかかりますか。"),
        (["hours"], "もう3日も返事がありません。"),
        (["hours"], "夜中に送っても大丈夫ですか。翌営業日に対応ですか。"),
        (["hours"], "へんじ まだですか"),
        (["hours"], "日曜日でも問い合わせできますか。"),
        (["hours"], "お盆休みの期間を教えてください。"),
        (["hours"], "至急お返事いただけますでしょうか。いつ頃になりますか。"),
    ],
}

# Written after the first tuning of this round, before the matcher was run on them: more
# Japanese voices (an elderly customer's keigo, an angry one, a lawyer, a learner of Japanese,
# young people's casual forms, a business partner, indirect questions), train only.
JA2: dict[str, list[tuple[list[str], str]]] = {
    "collection": [
        (
            ["collection"],
            "年寄りなもので、よく分からないまま登録いたしました。私のどのような事柄を控えておられるのでしょうか。",
        ),
        (["collection"], "登録時に入れた情報って全部残ってるんですか？"),
        (
            ["collection"],
            "わたし 日本語 すこし です。あなたの会社 わたしの 何の情報 もっていますか。",
        ),
        (["collection"], "Facebookでログインした場合、友達の情報まで取られますか。"),
        (
            ["collection"],
            "貴社は個人情報をきちんと管理されているのでしょうか。法律を守っているか心配です。",
        ),
        (["collection"], "アプリを使うと、使った履歴まで記録されるのでしょうか。"),
    ],
    "purpose": [
        (["purpose"], "預けた情報を何のために使っておられるのか、教えていただけませんでしょうか。"),
        (["purpose"], "アプリを開くたびに広告が出ますが、私の使い方を見て出しているのですか。"),
        (["purpose"], "わたしの でんわばんごう なにに つかう ですか。"),
        (
            ["purpose"],
            "規約が変わるたびにメールが来るのは、そのために連絡先を使っているからですか。",
        ),
        (["purpose"], "依頼人の個人情報の利用目的を明らかにしてください。"),
        (["purpose"], "サービス以外の目的に使うことはあるんですか？"),
    ],
    "third-party": [
        (
            ["third-party"],
            "見ず知らずの業者から私宛に封書が届きました。どこから住所が漏れたのか不審に思っております。",
        ),
        (["third-party"], "勝手に他の会社に情報を売ってるなら許さない。どうなってるの？"),
        (["third-party"], "役所や警察に聞かれたら、私の情報を教えてしまうのですか。"),
        (["third-party"], "私の情報が外部に出ることはありますか。"),
        (["third-party"], "依頼人の個人情報を第三者へ提供したか否か、ご回答願います。"),
        (["third-party"], "同意してないのに、よその会社に渡ってたりしない？"),
    ],
    "joint-use": [
        (["joint-use"], "関連会社でも私の情報が使われるのでしょうか。"),
        (["joint-use"], "貴社と提携先で情報を一緒に使う場合、責任はどちらが負うのですか。"),
        (["joint-use"], "グループで共同利用する項目は何と何ですか。"),
        (["joint-use"], "弊社は貴社の提携先ですが、共同利用の目的を改めて確認させてください。"),
        (["joint-use"], "グループ会社も私の利用履歴を見られるってこと？"),
        (["joint-use"], "共同利用について、管理の責任者を教えてください。"),
    ],
    "disclosure": [
        (
            ["disclosure"],
            "私に関して保管されている情報を、紙に印刷して郵送していただけないでしょうか。",
        ),
        (["disclosure"], "登録されてる内容、全部見せてほしい。"),
        (["disclosure"], "開示を求める場合、費用はかかりますか。"),
        (["disclosure"], "本人確認には何を出せばよいですか。開示をお願いしたいのです。"),
        (["disclosure"], "わたしの じょうほう ぜんぶ みたい です。"),
        (["disclosure"], "依頼人の保有個人データの開示手続きについてご教示ください。"),
    ],
    "correction": [
        (["correction"], "引っ越しましたので、登録の住所を新しいものに直していただけますか。"),
        (["correction"], "名前の字が間違ってる。早く直して。"),
        (["correction"], "退会するので、私のデータは全て消してください。"),
        (["correction"], "電話番号が変わりました。"),
        (["correction"], "依頼人の登録情報の訂正を請求いたします。"),
        (["correction"], "メールアドレスが昔のままになっています。"),
    ],
    "suspension": [
        (["suspension"], "もう私の情報を使うのはやめていただきたく存じます。"),
        (["suspension"], "同意した覚えはありません。直ちに利用を止めてください。"),
        (["suspension"], "アカウントはそのままで、情報を使うのだけ止めてほしい。"),
        (["suspension"], "だまし取られた情報のように思います。利用停止をお願いします。"),
        (["suspension"], "わたしの じょうほう つかわないで ください。"),
        (["suspension"], "依頼人の個人情報の利用を直ちに停止するよう求めます。"),
    ],
    "contact": [
        (["contact"], "個人情報のことは、どちらに伺えばよろしいのでしょうか。"),
        (["contact"], "対応が最悪です。責任者を出してください。"),
        (["contact"], "電話番号を教えてください。個人情報のことで直接話したいです。"),
        (["contact"], "プライバシーポリシーに意見を言いたいのですが、窓口はどこですか。"),
        (["contact"], "個人情報の苦情はこのメールアドレスで受け付けていますか。"),
        (["contact"], "といあわせの まどぐち どこですか。"),
    ],
    "changes": [
        (
            ["changes"],
            "プライバシーポリシーが変わったときは、どのようにお知らせいただけるのでしょうか。",
        ),
        (["changes"], "ポリシーって会社の都合で変えられるの？"),
        (["changes"], "新しいポリシーはいつから効力があるのですか。"),
        (["changes"], "ポリシーの改定に、利用者の同意は要らないのですか。"),
        (["changes"], "このポリシーはいつできたものですか。"),
        (["changes"], "改定後のポリシーはどこで確認できますか。"),
    ],
    "hours": [
        (["hours"], "土曜日にお送りしたメールには、いつ頃お返事をいただけますでしょうか。"),
        (["hours"], "連絡したのに全然返事来ないんだけど。"),
        (["hours"], "年末は何日までお問い合わせに対応していますか。"),
        (["hours"], "祝日もメールを見ていますか。"),
        (["hours"], "返信は何営業日くらいかかりますか。"),
        (["hours"], "夜遅くに送りましたが、明日読んでもらえますか。"),
    ],
}


OFF_EN = [
    ("invoice", "Please send the invoice for November to our accounts department."),
    ("sales", "Our privacy compliance training is now 30% off for your staff."),
    ("invoice", "Reminder: payment for invoice #4471 is overdue."),
    ("press", "We'd like to interview your CEO about data protection trends for our magazine."),
    ("tenancy", "The water in my apartment's bathroom is leaking, please send someone."),
    ("parking", "Can I rent a parking space in your building?"),
    (
        "phishing",
        "Your account has been locked. Verify your personal details here to restore access.",
    ),
    (
        "recruiting",
        "We are hiring a data protection officer. Would you share this with your network?",
    ),
    ("recruiting", "I'd like to apply for the sales assistant position."),
    ("meeting", "Could we move Thursday's meeting to 3pm?"),
    (
        "vendor",
        "Our office will be closed from Dec 28 to Jan 4. Orders placed during this period will ship after.",
    ),
    ("vendor", "We have updated our privacy policy. No action is required on your part."),
    ("sales", "Would your team be interested in a free gap assessment against the APPI?"),
    ("other", "Please confirm receipt of the signed NDA."),
    ("sales", "Can you provide a quote for 200 units?"),
    ("building", "The elevator will be out of service for inspection on Monday."),
    (
        "phishing",
        "Your parcel could not be delivered. Confirm your address and pay the redelivery fee.",
    ),
    ("sales", "We are a data broker offering verified consumer email lists."),
    (
        "invoice",
        "Please update our company's billing address on your next invoice to our Osaka office.",
    ),
    (
        "vendor",
        "Our new office address from January is 2-1-1 Marunouchi. Please update your records.",
    ),
    ("invoice", "Could you delete the duplicate purchase order we sent yesterday?"),
    ("invoice", "Please correct the amount on the quotation; it should be 120,000 yen."),
    ("phishing", "We need your bank details to process the refund for your overpayment."),
    (
        "other",
        "I'm a student writing a thesis on the privacy policies of Japanese firms; may I survey your staff?",
    ),
    (
        "newsletter",
        "Join our webinar on the amendments to the personal information protection law.",
    ),
    ("meeting", "Is the meeting room on the 5th floor available tomorrow?"),
    ("tenancy", "The tenant in 302 is making noise at night again."),
    ("tenancy", "When is the rent due this month?"),
    ("vendor", "Our contract for the cleaning service ends in March; do you wish to renew?"),
    ("sales", "Please send the data sheet of your product."),
    ("other", "Thanks for the lovely dinner last week!"),
    ("other", "Test mail, please ignore."),
    ("other", "I am out of the office until Monday with limited access to email."),
    ("other", "Delivery failure: the message could not be delivered to the recipient."),
    ("phishing", "Your mailbox is almost full. Click here to verify your account."),
    ("meeting", "Could you share the slides from yesterday's presentation with the team?"),
    ("sales", "We offer cookie consent banner software that keeps your website compliant."),
    (
        "sales",
        "Our security audit found vulnerabilities on sites like yours; book a call with our team.",
    ),
    ("vendor", "Please return the recalled heater model HX-200 for a free replacement."),
    ("parking", "Could you tell me the opening hours of your car park?"),
    ("invoice", "Please stop sending us paper invoices and switch to electronic billing."),
    ("sales", "We want to discuss a partnership to exchange customer leads between our companies."),
    ("vendor", "Kindly update the contact person for our account to Ms. Sato."),
    ("other", "Can we get a copy of the signed contract for our records?"),
    ("vendor", "We'd like to complain about the late delivery of our office supplies order."),
    ("phishing", "Your payment method failed. Update your card details within 24 hours."),
    (
        "press",
        "A journalist here: can you comment on the recent data leak reports in your industry?",
    ),
    ("tenancy", "Hi, is the apartment on the 4th floor still available for rent?"),
    (
        "building",
        "The fire drill for the whole building is on Friday at 10am; all offices must take part.",
    ),
    ("meeting", "Please send me the minutes of the board meeting and the list of attendees."),
]

OFF_JA = [
    ("invoice", "11月分の請求書をお送りください。"),
    ("parking", "駐車場の契約を更新したいのですが。"),
    ("meeting", "来週の打ち合わせを水曜日に変更できますか。"),
    ("sales", "弊社のプライバシーマーク取得支援サービスのご案内です。"),
    ("invoice", "お支払い期限を過ぎております。至急ご入金ください。"),
    ("phishing", "お客様のアカウントが停止されました。本人確認のため情報を入力してください。"),
    ("vendor", "年末年始休業のお知らせ：12月29日から1月3日まで休業いたします。"),
    ("vendor", "弊社の個人情報保護方針を改定しましたのでお知らせいたします。"),
    (
        "vendor",
        "事務所移転のお知らせ。新住所は以下の通りです。お手数ですが登録情報の変更をお願いします。",
    ),
    ("invoice", "見積書の金額に誤りがありましたので訂正版をお送りします。"),
    ("tenancy", "部屋の水漏れがひどいので見に来てください。"),
    ("building", "エレベーター点検のお知らせです。"),
    ("recruiting", "採用面接の日程について確認させてください。"),
    ("press", "取材のお願い：個人情報保護の取り組みについてお話を伺えますか。"),
    ("phishing", "お荷物をお届けできませんでした。住所確認のためこちらをクリックしてください。"),
    ("sales", "貴社の顧客名簿を買い取りたいのですが。"),
    ("phishing", "メールボックスの容量が上限に達しました。"),
    ("other", "先日はお世話になりました。ありがとうございました。"),
    ("other", "テスト送信です。"),
    ("invoice", "弊社の請求書送付先住所が変わりました。次回から新住所宛てにお願いします。"),
    ("invoice", "発注書を重複して送ってしまったので、1通削除してください。"),
    ("sales", "Cookie同意管理ツールの無料トライアルのご案内"),
    ("newsletter", "個人情報保護法改正セミナーのご案内です。"),
    ("parking", "駐輪場の空きはありますか。"),
    ("meeting", "会議室の予約をキャンセルしたいです。"),
    ("other", "契約書の控えをお送りいただけますか。"),
    ("vendor", "納品が遅れていることについて苦情を申し上げます。"),
    ("tenancy", "家賃の振込先を教えてください。"),
    ("other", "不在のお知らせ：12月5日まで出張のため返信が遅れます。"),
    ("sales", "貴社のウェブサイトのセキュリティ診断を無料で実施いたします。"),
]

# Short mail paragraphs: a greeting, a line of context, the question, a closing, a signature.
EN_GREET = [
    "Hello,",
    "Dear Sir or Madam,",
    "Hi there,",
    "To whom it may concern,",
    "Good afternoon,",
    "",
]
EN_CONTEXT = [
    "I have used your app for about two years.",
    "I hope you can help me with something that has been on my mind.",
    "Sorry to bother you, I am not very good with email.",
    "I found this address on your website.",
    "My daughter helped me write this message.",
    "I am writing again because I am not sure my first mail arrived.",
    "This is my first time contacting you.",
    "English is not my first language, so please excuse mistakes.",
]
EN_CLOSE = [
    "Thank you.",
    "Kind regards,",
    "Thanks in advance,",
    "Best,",
    "Looking forward to your answer.",
    "Regards,",
]
EN_SIG = [
    "Margaret Hill",
    "J. Okafor\nSent from my iPhone",
    "Tom",
    "Priya Raman\nOperations, Kestrel Trading Ltd.\n+44 20 7946 0000",
    "Hans Becker",
    "-- \nLeo Martins",
]
JA_GREET = [
    "お世話になっております。",
    "突然のご連絡失礼いたします。",
    "こんにちは。",
    "ご担当者様",
    "",
]
JA_CONTEXT = [
    "以前からアプリを利用している者です。",
    "ホームページを見てご連絡しました。",
    "メールに不慣れで失礼があればすみません。",
    "先日も問い合わせましたが、念のため再送します。",
]
JA_CLOSE = [
    "よろしくお願いいたします。",
    "ご回答をお待ちしております。",
    "以上、よろしくお願いします。",
]
JA_SIG = [
    "山本",
    "佐藤 花子\n携帯: 090-0000-0000",
    "――――――――\n株式会社みどり商事\n総務部 田中",
    "iPhoneから送信",
]


def en_mail(rng: random.Random, q: str) -> str:
    parts = [
        rng.choice(EN_GREET),
        rng.choice(EN_CONTEXT) + " " + q,
        rng.choice(EN_CLOSE) + "\n" + rng.choice(EN_SIG),
    ]
    return "\n\n".join(p for p in parts if p)


def ja_mail(rng: random.Random, q: str) -> str:
    parts = [
        rng.choice(JA_GREET),
        rng.choice(JA_CONTEXT) + "\n" + q,
        rng.choice(JA_CLOSE) + "\n\n" + rng.choice(JA_SIG),
    ]
    return "\n\n".join(p for p in parts if p)


def main() -> None:
    rng = random.Random(2026120305)
    train: list[dict[str, object]] = []
    dev: list[dict[str, object]] = []
    n = 0

    def add(
        split: list[dict[str, object]],
        lang: str,
        kind: str,
        sections: list[str],
        text: str,
        topic: str | None = None,
    ) -> None:
        nonlocal n
        n += 1
        row: dict[str, object] = {
            "id": f"v{n:04d}",
            "lang": lang,
            "kind": kind,
            "sections": sections,
            "text": text,
        }
        if topic:
            row["topic"] = topic
        split.append(row)

    for lang, table, mail, every in (("en", EN, en_mail, 2), ("ja", JA, ja_mail, 4)):
        for items in table.values():
            for i, (sections, q) in enumerate(items):
                split = dev if i % 4 == 3 else train
                add(split, lang, "short", sections, q)
                if i % every == 0 or (lang == "en" and i % 4 == 3):
                    add(split, lang, "mail", sections, mail(rng, q))
    for lang, off, mail in (("en", OFF_EN, en_mail), ("ja", OFF_JA, ja_mail)):
        for i, (topic, text) in enumerate(off):
            split = dev if i % 4 == 3 else train
            add(split, lang, "off-topic", ["none"], text, topic)
            if i % 3 == 0:
                add(split, lang, "off-topic", ["none"], mail(rng, text), topic)
    # Written later, train only: a generator of its own, so the items above stay the same.
    rng2 = random.Random(2026120306)
    for items in JA2.values():
        for i, (sections, q) in enumerate(items):
            add(train, "ja", "short", sections, q)
            if i % 3 == 0:
                add(train, "ja", "mail", sections, ja_mail(rng2, q))
    for name, rows in (("voices-train", train), ("voices-dev", dev)):
        lines = [json.dumps(r, ensure_ascii=False) for r in rows]
        (OUT / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
