"""Noisy spellings of a labelled text, made by rule for the section model's trainer
(bench/train_sections.py): customers write without converting to kanji, in half-width kana,
in romaji, with a same-sound kanji chosen by the IME, with English words in Japanese, with
typos, text-speak and learners' grammar. The model then learns the noisy forms of the same
questions. Seeded: a text and a `random.Random` give the same variant every run.

Nothing here is read at run time; the tables are of the policy's own vocabulary and of common
words, not of any labelled item.
"""

from __future__ import annotations

import random
import re

# Readings of the words a privacy question is made of (longest first when applied): the kana
# a customer types when they do not convert. Kanji left without a reading are dropped from a
# kana variant (the reading of the rest still carries the question).
READINGS_JA = {
    "個人情報": "こじんじょうほう", "個人": "こじん", "情報": "じょうほう", "削除": "さくじょ",
    "開示": "かいじ", "請求": "せいきゅう", "停止": "ていし", "利用": "りよう", "訂正": "ていせい",
    "修正": "しゅうせい", "変更": "へんこう", "返信": "へんしん", "返事": "へんじ",
    "土日": "どにち", "土曜": "どよう", "日曜": "にちよう", "祝日": "しゅくじつ",
    "週末": "しゅうまつ", "休み": "やすみ", "営業": "えいぎょう", "時間": "じかん",
    "電話番号": "でんわばんごう", "電話": "でんわ", "番号": "ばんごう", "問い合わせ": "といあわせ",
    "問合せ": "といあわせ", "窓口": "まどぐち", "連絡": "れんらく", "連絡先": "れんらくさき",
    "会社": "かいしゃ", "御社": "おんしゃ", "貴社": "きしゃ", "他社": "たしゃ",
    "共同": "きょうどう", "第三者": "だいさんしゃ", "提供": "ていきょう", "目的": "もくてき",
    "取得": "しゅとく", "収集": "しゅうしゅう", "集め": "あつめ", "登録": "とうろく",
    "住所": "じゅうしょ", "名前": "なまえ", "氏名": "しめい", "生年月日": "せいねんがっぴ",
    "広告": "こうこく", "配信": "はいしん", "同意": "どうい", "撤回": "てっかい",
    "私": "わたし", "自分": "じぶん", "家族": "かぞく", "使": "つか", "消": "け",
    "教": "おし", "知": "し", "見": "み", "送": "おく", "届": "とど", "直": "なお",
    "間違": "まちが", "止": "と", "確認": "かくにん", "手続": "てつづ", "方法": "ほうほう",
    "方針": "ほうしん", "保存": "ほぞん", "期間": "きかん", "手数料": "てすうりょう",
    "履歴": "りれき", "購入": "こうにゅう", "退会": "たいかい", "解約": "かいやく",
    "通知": "つうち", "変": "か", "書": "か", "安全": "あんぜん", "管理": "かんり",
    "委託": "いたく", "海外": "かいがい", "移転": "いてん", "本人": "ほんにん",
    "年末年始": "ねんまつねんし", "お盆": "おぼん", "夏季": "かき", "何時": "なんじ",
    "対応": "たいおう", "範囲": "はんい", "取引先": "とりひきさき", "関連": "かんれん",
    "子会社": "こがいしゃ", "記録": "きろく", "削": "けず", "全部": "ぜんぶ", "願": "ねが",
    "全": "ぜん",
    "何": "なに", "誰": "だれ", "今": "いま", "前": "まえ", "後": "あと", "内容": "ないよう",
}  # fmt: skip
_BY_LENGTH = sorted(READINGS_JA, key=len, reverse=True)
_KANJI = re.compile(r"[\u3400-\u9fff々〆ヶ]")
# Same-sound kanji a Japanese IME offers first by mistake.
HOMOPHONES_JA = {
    "個人": "故人", "情報": "状報", "時間": "自感", "共同": "協同", "利用": "理由",
    "開示": "開始", "停止": "提示", "訂正": "訂生", "変更": "返稿", "営業": "栄業",
    "削除": "作除", "目的": "目敵", "提供": "提共", "返信": "変身", "窓口": "窓句",
    "同意": "同位", "請求": "性急", "会社": "会者", "広告": "公告", "登録": "当録",
}  # fmt: skip
# English words in Japanese mail (the matcher reads them back: casework.matching).
ENGLISH_JA = {
    "個人情報": "personal information", "プライバシーポリシー": "privacy policy",
    "第三者": "third party", "共同利用": "joint use", "グループ会社": "group companies",
    "削除": "delete", "停止": "stop", "開示": "disclosure", "訂正": "correct",
    "広告": "ads", "データ": "data", "返信": "reply", "連絡先": "contact", "目的": "purpose",
    "同意": "consent", "メール": "mail", "住所": "address",
}  # fmt: skip
_KANA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろ"
    "わをんがぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽぁぃぅぇぉゃゅょ"
)
_ROMAN = (
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no"
    " ha hi fu he ho ma mi mu me mo ya yu yo ra ri ru re ro wa o n ga gi gu ge go"
    " za ji zu ze zo da ji zu de do ba bi bu be bo pa pi pu pe po a i u e o ya yu yo"
)
_ROMAJI = dict(zip(_KANA, _ROMAN.split(), strict=True))
_PARTICLES = set("はをにがでとのも")
# English: what people type quickly, and what learners write.
TEXT_SPEAK_EN = {
    "you": "u", "your": "ur", "you're": "ur", "please": "pls", "thanks": "thx",
    "thank you": "thx", "to": "2", "for": "4", "are": "r", "with": "w/", "and": "n",
    "because": "bc", "information": "info", "what": "wat", "know": "kno",
}  # fmt: skip
LEARNER_EN = {
    "information": "informations", "data": "datas", "my": "", "the": "", "a": "",
    "do you": "you", "does": "", "can i": "i can", "is it": "it is", "advice": "advices",
    "personal": "private",
}  # fmt: skip


KINDS_JA = (0, 1, 2, 3, 4)  # hiragana, katakana, romaji, homophones, English words


def to_kana(text: str, katakana: bool) -> str:
    """The words with a reading as kana, kanji without one dropped; as katakana if asked
    (half-width kana read through NFKC)."""
    for word in _BY_LENGTH:
        text = text.replace(word, READINGS_JA[word])
    text = _KANJI.sub("", text)
    if katakana:
        text = "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)
    return text


def to_romaji(text: str) -> str:
    """The kana variant in romaji (Hepburn, roughly), a space after each particle."""
    out: list[str] = []
    for i, c in enumerate(to_kana(text, katakana=False)):
        roman = _ROMAJI.get(c, c if c.isascii() else " " if c != "ー" else "")
        if c in "ゃゅょ" and out and out[-1].endswith("i") and len(out[-1]) > 1:
            out[-1] = out[-1][:-1]  # きょ kyo, しょ sho, じゅ ju
            roman = roman[1:] if out[-1].endswith(("sh", "ch", "j")) else roman
        if c == "っ":
            out.append("\0")  # doubles the next consonant
            continue
        if out and out[-1] == "\0":
            out[-1] = roman[:1] if roman[:1].isalpha() else ""
        out.append(roman)
        if c in _PARTICLES and i:
            out.append(" ")
    return " ".join("".join(out).split())


def noisy_ja(text: str, rng: random.Random) -> str:
    """One noisy spelling of a normalised Japanese text."""
    kind = rng.choice(KINDS_JA)
    if kind <= 1:
        return to_kana(text, katakana=kind == 1)
    if kind == 2:
        return to_romaji(text)
    table = HOMOPHONES_JA if kind == 3 else ENGLISH_JA
    found = [w for w in table if w in text]
    if not found:
        return to_kana(text, katakana=False)
    for word in rng.sample(found, max(1, len(found) // 2)):
        text = text.replace(word, f" {table[word]} " if kind == 4 else table[word])
    return " ".join(text.split())


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1 :]  # dropped
    if kind == 1:
        return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]  # swapped
    return word[:i] + word[i] + word[i:]  # doubled


def noisy_en(text: str, rng: random.Random) -> str:
    """One noisy spelling of a normalised English text: typos in some long words, and
    text-speak or learners' grammar."""
    table = TEXT_SPEAK_EN if rng.random() < 0.5 else LEARNER_EN
    padded = f" {text} "
    for phrase, swap in table.items():
        padded = padded.replace(f" {phrase} ", f" {swap} " if swap else " ")
    words = padded.split()
    return " ".join(
        _typo(w, rng) if len(w) >= 5 and w.isalpha() and rng.random() < 0.3 else w for w in words
    )
