"""Writes plain-dev.jsonl and plain-check.jsonl: terse, plain-spoken and colloquial one-liners.

    .venv/bin/python bench/data/make_plain.py

Customers who write one line in a hurry use words the FAQ's phrasings do not ("stuff", "you
guys", "get rid of", "u", 売ってない？). Every item is written out here, by hand, before the
plain-spoken phrasings of faq.yaml were written and in other words than they are, so that this
set shows whether those phrasings carry over to other plain wording. plain-dev is a dev set:
read and tuned on (bench/data/README.md). plain-check was written after the first tuning on
plain-dev and before the second, and is scored once at the end of that round: it shows how
much of plain-dev's gain is the tuning on its own items.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("plain-dev.jsonl")
CHECK_OUT = Path(__file__).with_name("plain-check.jsonl")

EN: dict[str, list[str]] = {
    "collection": [
        "what stuff do you guys save about me",
        "do u keep my address and phone no.",
        "Is my birthday stored somewhere in your system?",
        "what does the app grab from my phone",
        "so what exactly ends up in your records when I sign up",
        "Does logging in with Facebook let you see my friends list?",
    ],
    "purpose": [
        "why do you even need my phone number",
        "what's all my info used for anyway",
        "what do you do with the stuff I type into the form",
        "how come you want my date of birth",
        "are you using what I buy to target me with ads",
        "why am I getting emails from you every week",
    ],
    "third-party": [
        "do you sell my info to other companies",
        "does anyone outside your company get my details",
        "is my email being passed to marketers",
        "can other firms buy my contact info off you",
        "somebody I never signed up with knows my name, did it come from you?",
        "would you ever give my stuff to the police",
    ],
    "joint-use": [
        "which of your group companies can look at my data",
        "does your parent company get my info too",
        "who else in your group uses my details and who is in charge of that",
        "is my account shared across your sister brands",
    ],
    "disclosure": [
        "I want to see everything you've got about me",
        "send me a copy of my data pls",
        "how do I get a printout of what you store on me",
        "does it cost anything to get my records",
        "can I look at my file",
        "show me my data",
    ],
    "correction": [
        "my last name is spelled wrong in your system",
        "I moved, pls change my address",
        "wipe my account and everything in it",
        "get rid of all my data please",
        "my phone number's old, can you swap it for the new one",
        "nuke my profile",
    ],
    "suspension": [
        "stop using my info",
        "I don't want you using my details anymore",
        "leave me out of your marketing from now on",
        "I take back my consent",
        "no more using my data for ads thanks",
        "please stop processing my data",
    ],
    "contact": [
        "who handles privacy stuff over there",
        "is there a person I can call about my personal info",
        "where do I send a complaint about how you treated my data",
        "what's the number for your privacy people",
        "who's in charge of data protection at your company",
    ],
    "changes": [
        "will you tell me if you change the privacy policy",
        "do you ever update the privacy rules",
        "how would I find out your policy changed",
        "when was the privacy policy last changed",
        "can you alter the policy without asking me",
    ],
    "hours": [
        "are you open on saturdays",
        "how fast do you guys usually reply",
        "is anyone there over new year",
        "what time do you close",
        "still waiting for an answer, how long does it take",
    ],
    "none": [
        "is the apartment on the 3rd floor still available",
        "can you send me the invoice again, we lost it",
        "hey, want to grab lunch next week to talk partnership",
        "your parcel could not be delivered, confirm your address here",
        "we'd love to feature your company in our podcast",
        "looking for a job in your accounting team, are you hiring",
        "the lift in building B is broken again",
        "Can I park my car in your lot overnight",
    ],
}

JA: dict[str, list[str]] = {
    "collection": ["私の何の情報を持ってるんですか？", "アプリって位置情報とってる？"],
    "purpose": ["なんで生年月日がいるの？", "集めた情報って何に使ってるんですか"],
    "third-party": [
        "私の情報、よその会社に売ってない？",
        "知らない会社からDMが来たんだけど、そっちから漏れてない？",
    ],
    "joint-use": [
        "グループ会社でも私のデータ使ってるの？",
        "関連会社と情報を共有してるなら範囲を知りたい",
    ],
    "disclosure": [
        "私について持ってる情報を全部見せてほしい",
        "自分のデータのコピーってもらえますか",
    ],
    "correction": ["名字が変わったので直してもらえますか", "退会したので情報を全部消してほしい"],
    "suspension": [
        "もう私の情報は使わないでほしいです",
        "広告に私のデータを使うのはやめてください",
    ],
    "contact": ["個人情報のことって誰に聞けばいい？", "苦情はどこに言えばいいですか"],
    "changes": ["プライバシーポリシーって変わることある？", "規約が変わったら教えてくれる？"],
    "hours": ["土日も対応してますか？", "返事ってどれくらいで来ますか"],
    "none": [
        "駐車場の空きはありますか",
        "先月の請求書を再発行してください",
        "御社で働きたいのですが募集はありますか",
        "エアコンが壊れたので修理をお願いします",
    ],
}

CHECK_EN: dict[str, list[str]] = {
    "collection": [
        "do you guys track where I am",
        "what info of mine is sitting on your servers",
        "u have my home address?",
        "do you record which pages I look at",
    ],
    "purpose": [
        "what do you need my email for",
        "explain why you collect my details",
        "are my details used to send me promos",
        "whats the reason you keep my purchase history",
    ],
    "third-party": [
        "have you ever sold my details",
        "do you let other companies use my email address",
        "some random company phoned me by name, did you pass my number on?",
        "does my data go to anyone else",
    ],
    "joint-use": [
        "do all the companies in your group have my info",
        "who in your group is responsible for my data",
        "is my data shared with your affiliates",
        "do your partner companies use my details together with you",
    ],
    "disclosure": [
        "i want a copy of my info",
        "can you send me what you have on file for me",
        "let me see my records",
        "how do I request my data from you and is it free",
    ],
    "correction": [
        "pls fix my birthday, its wrong",
        "I got married, my surname is different now",
        "erase me from your system",
        "I want to close my account and have everything deleted",
    ],
    "suspension": [
        "stop using my email for anything",
        "I don't consent anymore",
        "dont use my data for advertising",
        "please quit processing my details",
    ],
    "contact": [
        "who do I email about privacy",
        "who is your data protection person",
        "where can I complain about privacy",
        "need a phone number for privacy questions",
    ],
    "changes": [
        "has your privacy policy changed lately",
        "do you email people when the policy changes",
        "can you just change the privacy policy whenever",
        "where do I see the latest version of the privacy policy",
    ],
    "hours": [
        "are you guys open on sundays",
        "when will I hear back",
        "do you answer emails at night",
        "what are your opening hours",
    ],
    "none": [
        "the heating in my flat isn't working",
        "please confirm receipt of our invoice",
        "we're hiring a sales rep, any interest in a referral fee?",
        "your account will be locked, verify here",
        "can we move tomorrow's meeting to 3pm",
        "any spaces left in the car park?",
    ],
}
CHECK_JA: dict[str, list[str]] = {
    "collection": ["どんな情報を登録してるの？"],
    "purpose": ["電話番号って何に使うんですか"],
    "third-party": ["私のメアド、他の会社に渡したりしてます？"],
    "joint-use": ["グループのほかの会社も私の情報見れるの？"],
    "disclosure": ["私のデータ全部見たいんだけど"],
    "correction": ["住所変わったんで直しといてください"],
    "suspension": ["私の情報使うのもうやめて"],
    "contact": ["個人情報の担当の人に連絡したい"],
    "changes": ["ポリシー変わったの？"],
    "hours": ["日曜も返事くれますか"],
    "none": ["駐輪場の場所を教えてください", "見積書を送ってもらえますか"],
}


def rows_of(
    parts: tuple[tuple[str, dict[str, list[str]]], ...], prefix: str
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for lang, items in parts:
        for section, texts in items.items():
            for text in texts:
                rows.append(
                    {
                        "id": f"{prefix}{len(rows) + 1:04d}",
                        "lang": lang,
                        "kind": "off-topic" if section == "none" else "short",
                        "sections": [section],
                        "text": text,
                    }
                )
    return rows


def main() -> None:
    for out, rows in (
        (OUT, rows_of((("en", EN), ("ja", JA)), "p")),
        (CHECK_OUT, rows_of((("en", CHECK_EN), ("ja", CHECK_JA)), "pc")),
    ):
        out.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
        print(f"wrote {len(rows)} items to {out}")


if __name__ == "__main__":
    main()
