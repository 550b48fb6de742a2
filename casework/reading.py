"""Reading a mail as a mail: which of its sentences ask something.

A customer's mail is mostly not the question: an addressee, a greeting, a self-introduction, a
closing formula, a signature block, a mobile footer, and often the whole earlier exchange quoted
below (docs/mail-reading.md gives the shapes). Matched as one bag of words, all of that dilutes
the question and lends the FAQ's own vocabulary to mail that asks nothing (a quoted
acknowledgement, a newsletter footer). The reader works in the order the shapes demand:

1. bound the text (a question fits in far less than `MAX_CHARS`; a 20 MB mail must cost what
   a 20 KB one does);
2. cut quoted earlier mail: attribution lines of the common mailers (Gmail, Apple Mail,
   Thunderbird in Japanese and English, wrapped onto two lines too), Outlook's header blocks
   with or without `-----Original Message-----` / `-----元のメッセージ-----`, and `>` lines;
   text typed under a `>` quote (bottom-posting, inline replies) is kept;
3. cut mobile footers, gateway banners and disclaimers (a confidentiality notice wrapped over
   the last lines too);
4. cut the signature, found by what it holds (a trailing run of short lines with company,
   phone, postal code, address, e-mail, URL, a name over a title), by a rule line or RFC
   3676's `-- `, or as the short tail of names after a closing formula or valediction;
5. split into sentences (a greeting that opens the question's line is a sentence of its own)
   and drop those that are wholly formula: addressee, greeting, self-introduction, closing
   (in kanji and kana spellings, and in English);
6. read a forwarded mail when the cover note asks nothing or hands it over;
7. detect the language on what is left, the text that asks.

`new_text` (steps 1 to 4) is what the desk stores as the body to match; `read_mail` is what the
matcher reads, so intake, `inquiry-desk ask` and `/policy` read a mail the same way.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from casework.prefilter import Prefiltered

MAX_CHARS = 20_000  # about 20 KB of text: more than any question needs
MAX_SENTENCES = 300  # and more sentences than any mail that asks something has
MAX_SENTENCE_CHARS = 1000  # a longer "sentence" is a wall of text: its start is enough

# Phones and word processors type "don’t" with a right single quotation mark (U+2019), which NFKC
# keeps: folded to the apostrophe, "don’t use my data" reads as "don't use my data" does.
_NFKC_EXTRA = str.maketrans(
    {"\u301c": "~", "\uff5e": "~", "\u200b": None, "\ufeff": None,
     "\u2019": "'", "\u2018": "'", "\u02bc": "'"}
)  # fmt: skip
# Variant kanji (異体字) that NFKC leaves alone, mostly in family names: a customer who writes
# 髙橋 for 高橋 or 﨑 for 崎 writes the same name, and a name correction must read the same
# either way. Folded to the common form, for matching only (the stored mail keeps what was
# written).
_VARIANTS = str.maketrans(
    {
        "髙": "高", "﨑": "崎", "嵜": "崎", "邊": "辺", "邉": "辺", "齋": "斎", "齊": "斉",
        "濵": "浜", "濱": "浜", "澤": "沢", "櫻": "桜", "德": "徳", "冨": "富", "廣": "広",
        "國": "国", "眞": "真", "惠": "恵", "瀨": "瀬", "藏": "蔵", "𠮷": "吉",
        "槗": "橋", "髮": "髪", "會": "会", "當": "当", "壽": "寿", "龜": "亀",
    }
)  # fmt: skip
# NFKC makes a few of these characters (a Kangxi radical and compatibility ideographs make 齊,
# 龜 and 眞, ŉ makes ʼn): those are folded straight to the end result, and then one table
# before NFKC folds everything. str.translate looks up every character of a Japanese text one
# by one (about 0.3 ms for 3,000 characters, paid on every line of a mail); a substring test
# for each of the few characters is a fast scan, so a longer text is translated only when it
# holds one of them.
_INTO_FOLDED = str.maketrans(
    {"\u0149": "'n", "\u2fd1": "斉", "\u2fd4": "亀", "\uf907": "亀", "\uf908": "亀",
     "\uface": "亀", "\U0002f945": "真"}
)  # fmt: skip
_FOLDS = {**_NFKC_EXTRA, **_VARIANTS, **_INTO_FOLDED}
# One character class: the engine scans the text once for all of them in C, where a substring
# test per character walked the text once for each.
_FOLDED = re.compile("[" + "".join(re.escape(chr(code)) for code in _FOLDS) + "]")
_SHORT = 32  # below this, translating is cheaper than looking first


def nfkc(text: str) -> str:
    """NFKC, wave dashes as "~", curly apostrophes straight, zero-width characters dropped,
    variant kanji folded."""
    if len(text) < _SHORT or _FOLDED.search(text):
        text = text.translate(_FOLDS)
    return unicodedata.normalize("NFKC", text)


def normalised_lines(text: str, lines: list[str]) -> list[str]:
    """`nfkc` of each of `lines` (`text` split into lines), stripped: normalised as one text,
    which costs one call where a line at a time cost one per line. A line break is a starter
    that nothing composes with, so the lines come out the same; should their number differ,
    each line is normalised alone."""
    norm = nfkc(text).splitlines()
    if len(norm) != len(lines):
        norm = [nfkc(line) for line in lines]
    return [line.strip() for line in norm]


# --- quoted mail ------------------------------------------------------------------------------
_WEEKDAY = r"[月火水木金土日]"
_ATTRIBUTION = re.compile(
    "|".join(
        [
            # Gmail ja: 2026年12月1日(火) 10:00 山田 太郎 <taro@example.jp>:
            rf"^\d{{4}}年\d{{1,2}}月\d{{1,2}}日\s*(\({_WEEKDAY}\))?\s*\d{{1,2}}:\d{{2}}.*[>\w]\s*:$",
            # Apple ja: 2026/12/01 10:00、山田太郎 <…>のメール:
            r"^\d{4}[/年].{0,40}\d{1,2}:\d{2}.{0,5}、.+のメール:$",
            # Gmail, Apple, Thunderbird, Becky! in English: On … wrote:
            r"^on\s.{4,300}\bwrote:$",
            r"^.{0,200}\bwrote:$",
            r"^.{1,80}(さんは|が)書きました:$",
            r"^.{1,80}さん[(（].{4,40}[)）]:$",
            # Gmail and Apple Mail in the languages of customers who write English from a
            # mailer set to their own: "Le … a écrit :", "Am … schrieb …:", "… escribió:".
            r"^.{4,200}\b(a écrit|schrieb|escribió|escreveu|ha scritto|schreef|skrev|napisał)"
            r"( .{1,120})?\s?:$",
            r"^.{4,200}(님이 작성|写道|寫道)\s?:$",
        ]
    ),
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"^-{2,}\s*(original message|元のメッセージ|forwarded message|転送メッセージ"
    r"|転送されたメッセージ|(以下[、,]?\s?)?(元のメール|元メール|引用))\s*-{2,}$"
    r"|^(begin forwarded message|転送されたメッセージ|開始転送メッセージ):$",
    re.IGNORECASE,
)
# The first lines of the desk's own acknowledgement (templates/): a reply that quotes it without
# any prefix (typed above an HTML quote turned into text) still quotes it.
_OWN_ACK = re.compile(
    r"^※?このメールは、お問い合わせの受付をお知らせする自動返信です"
    r"|^this is an automatic reply to let you know that we have received your inquiry"
    # The frame of a staff reply (templates/replies/_letter.*): a reply above it quotes it.
    r"|^thank you for contacting planet management co\., ltd\. about your inquiry"
    r"|^お問い合わせ[(（]\[?[A-Z][A-Z0-9]{0,9}-\d+\]?[)）]につきまして、ご連絡いたします"
    # Its next lines, for a quote that starts below the first (a customer's mailer cut it).
    r"|^(thank you for contacting us\. )?your inquiry has been registered as follows"
    r"|^(.{1,40}へお問い合わせいただき、誠にありがとうございます。)?以下のとおり、お問い合わせを受け付けました"
    r"|^[(（]english follows the japanese\.?[)）]$",
    re.IGNORECASE,
)
OWN_OPENING_LINES = 6  # lines above the desk's quoted mail that may be its opening

_HEADER_LABEL = re.compile(
    r"^\**(from|sent|date|to|cc|subject|差出人|送信者|送信元|送信日時|日時|日付|宛先|件名"
    # Outlook in German, French, Spanish, Portuguese and Chinese.
    r"|von|gesendet|an|betreff|de|envoyé|à|objet|enviado|para|asunto|assunto|data"
    r"|发件人|寄件者|发送时间|傳送時間|收件人|主题|主旨)\**\s*:",
    re.IGNORECASE,
)
_FROM_LABEL = re.compile(
    r"^\**(from|差出人|送信者|送信元|von|de|发件人|寄件者)\**\s*:", re.IGNORECASE
)
_UNDERSCORES = re.compile(r"^_{10,}$")


def _is_header_block(lines: list[str], i: int) -> bool:
    """A From/差出人 line with another header label within the next four lines (Outlook); below
    the writer's text, the block may open with another label ("Sent:" over "From:")."""
    if ":" not in lines[i]:  # every label ends in one (NFKC folds the full-width colon)
        return False
    if _FROM_LABEL.match(lines[i]):
        return any(_HEADER_LABEL.match(line) for line in lines[i + 1 : i + 5])
    if i == 0 or not _HEADER_LABEL.match(lines[i]):
        return False
    return any(_FROM_LABEL.match(line) for line in lines[i + 1 : i + 4])


def _quote_start(lines: list[str], i: int) -> tuple[bool, int]:
    """Whether line i starts quoted mail, and how many lines its header takes."""
    line = lines[i]
    if not line:
        return False, 0
    if _SEPARATOR.match(line) or _OWN_ACK.match(line):
        return True, 1
    if _UNDERSCORES.match(line) and any(_is_header_block(lines, j) for j in (i + 1, i + 2)
                                        if j < len(lines)):  # fmt: skip
        return True, 1
    if _is_header_block(lines, i):
        return True, 1
    # Every attribution ends in a colon (NFKC folds the full-width one): most lines are
    # passed over without trying the patterns.
    if line.endswith(":") and _ATTRIBUTION.match(line):
        return True, 1
    # An attribution wrapped onto two lines: "On …  <" / "addr> wrote:", or a date line
    # followed by "name <addr>:".
    if i + 1 < len(lines):
        joined = f"{line} {lines[i + 1]}"
        if (line.endswith("<") or lines[i + 1].endswith(("wrote:", ">:"))) and _ATTRIBUTION.match(
            joined
        ):
            return True, 2
    return False, 0


# Quote prefixes of Becky!-style mailers that put the writer's initials or name first
# ("T.Y> ", "山田> ").
_NAME_QUOTE = re.compile(r"^[\w.]{1,6}> ")


def _is_quoted(line: str) -> bool:
    return line.startswith((">", "|")) or bool(_NAME_QUOTE.match(line))


def _cut_quotes(raw: list[str], norm: list[str]) -> list[int]:
    """Indexes of the lines that are not quoted earlier mail."""
    kept: list[int] = []
    i = 0
    while i < len(raw):
        starts, size = _quote_start(norm, i)
        if starts:
            after = i + size
            while after < len(norm) and not norm[after]:
                after += 1
            if after < len(norm) and _is_quoted(norm[after]):
                i = after  # a ">" quote: drop its lines below, keep text typed after them
                continue
            if _OWN_ACK.match(norm[i]):
                # The desk's own mail quoted with no prefix opens with its addressee and
                # greeting ("Dear Tom,", 佐藤様, いつもお世話になっております): quoted too.
                while (
                    kept
                    and kept[-1] >= i - OWN_OPENING_LINES
                    and (not norm[kept[-1]] or is_formula(norm[kept[-1]]))
                ):
                    kept.pop()
            break  # a header block or an unprefixed quote: the rest is the earlier mail
        if not _is_quoted(norm[i]):
            kept.append(i)
        i += 1
    return kept


# --- footers, banners, disclaimers --------------------------------------------------------------
_FOOTER = re.compile(
    r"^(sent from my [\w!.' -]{1,40}|sent (from|via|with|using) (the )?(outlook|mail|yahoo mail"
    r"|gmail|samsung|[\w-]+ (mail|email) app)\b.*|get outlook for \w+"
    r"|sent (from|via|with|using) [\w!.' -]{1,30}\b(mail|e-?mail|app|device|phone)\b[\w .!]{0,30}"
    # "Please excuse typos, sent from my phone", "Sent from my phone, excuse brevity".
    r"|(please )?(excuse|pardon|forgive) (the |any |my )?(typos|brevity|typing errors|autocorrect)"
    r"[,.;:!\s-]*(sent (from|on|via) (my )?[\w ]{1,30})?[.!]*"
    r"|sent (from|on) my [\w ]{1,30}[,.;:\s-]+(please )?(excuse|pardon|forgive) .{1,40}"
    r"|envoyé de mon [\w ]{1,30}|von meinem [\w ]{1,30} gesendet|enviado desde mi [\w ]{1,30}"
    r"|enviado do meu [\w ]{1,30}|inviato da[\w ]{1,30}"
    r"|(iphone|ipad|android|android スマートフォン|スマートフォン|携帯)から送信"
    r"|[^。、?？\s]{1,30}(から|より)送信(されました)?"
    r"|caution: this email originated from outside.*|\[?(external|ext|外部)\]?"
    r"|you don't often get email from.*"
    r"|(この)?メールは.{0,20}ウ[イィ]ルス(チェック|検査|スキャン)済み.*"
    r"|this (e-?mail|message) has been (scanned|checked) for viruses.*"
    r"|【?注意】?このメールは組織外から送信されています.*"
    r"|※?本メールは、?宛先に記載された方.*|please consider the environment before printing.*"
    r"|環境保護のため.*印刷.*"
    # What an HTML part turned into text leaves of images and links: "[image: Logo]",
    # "<https://example.com/>" on a line of their own.
    r"|\[(image|画像|cid)\s?:[^\]]{0,80}\](\s*<[^>\s]{1,300}>)?|<(https?://|mailto:)[^>\s]{1,300}>)$",
    re.IGNORECASE,
)

# A mail gateway's warning at the top of the body, wrapped over a paragraph: its first line
# names it, and the lines below it up to the next blank line are the rest of it.
_BANNER = re.compile(
    r"^(caution: this email originated from outside|\[?(external|外部)\]?\s*(caution|warning|注意)"
    r"|【?注意】?このメールは組織外から送信されています|you don't often get email from)",
    re.IGNORECASE,
)


def _without_banners(kept: list[int], norm: list[str]) -> list[int]:
    """`kept` without gateway banners: the first line and the lines that continue its
    sentence (a banner ends with a full stop or "Learn why this is important")."""
    out: list[int] = []
    running = 0  # lines of the banner still to come, at most BANNER_LINES
    for i in kept:
        if _BANNER.match(norm[i]):
            running = BANNER_LINES
        if running and norm[i]:
            running -= 1
            if _BANNER_END.search(norm[i]):
                running = 0
            continue
        running = 0
        out.append(i)
    return out


BANNER_LINES = 4
_BANNER_END = re.compile(r"([.。!！]|learn why this is important)$", re.IGNORECASE)


# A confidentiality notice or disclaimer wrapped over several lines, below the signature or in
# place of one: its first line names what it is, the lines after it run on to the end. Only a
# notice in the last lines of the mail, and only in the words of such notices ("intended
# recipient", 守秘義務): a customer who writes that they sent something in error is asking.
_DISCLAIMER = re.compile(
    r"^[\[【(（※*]*\s*(confidentiality( notice)?|disclaimer|privileged (and|&) confidential"
    r"|legal notice"
    r"|(this|the) (e-?mail|message|communication|transmission)( and any (attachments?|files"
    r"|documents)( \w+){0,4})?,? (is|are|may|contains?|and)\b.{0,80}"
    r"(confidential|privileged|intended (solely|only)|addressee)"
    r"|the information (contained )?in this (e-?mail|message).{0,60}(confidential|privileged"
    r"|intended)|if you (are not|have received|received) (the intended|this (e-?mail|message)"
    r"|it) ?(recipient|in error)?"
    r"|(本|この)(電子)?メール(および添付ファイル)?(は|には|の内容は).{0,40}(機密|守秘義務|秘密|宛先"
    r"|特定の|第三者への開示)|(本|この)(電子)?メールを誤って(受信|受け取)"
    r"|【?(機密情報|秘密保持|免責事項)】?)",
    re.IGNORECASE,
)
DISCLAIMER_TAIL = 10  # a notice starts within this many content lines of the end


def _disclaimer_start(lines: list[str]) -> int | None:
    """Index of the first line of a confidentiality notice at the end of the mail, or None."""
    content = [i for i, line in enumerate(lines) if line]
    for i in content[-DISCLAIMER_TAIL:]:
        if _DISCLAIMER.search(lines[i]):
            return i
    return None


# --- signatures --------------------------------------------------------------------------------
_RULE = re.compile(r"^[\s\-‐―─━=*■□◆◇☆★~_/・.+#┏┓┗┛┃│＝〜…]{6,}$")
_SIG_DASHES = re.compile(r"^--\s?$")
_FEATURES = {
    "postal": re.compile(r"〒\s*\d{3}-?\d{4}"),
    "phone": re.compile(
        r"(tel|fax|phone|mobile|電話|携帯|直通|内線|☎|℡)\s*[:.]?\s*\+?\(?\d"
        r"|(?<!\d)(\+\d{1,3}[ -]?)?\(?0?\d{1,4}\)?[ -]\d{2,4}[ -]\d{3,4}(?!\d)",
        re.IGNORECASE,
    ),
    # Bounded runs: an unbounded [\w.]+ before "@" is quadratic on a long line without one.
    "email": re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(\.[\w-]{1,63})+"),
    # Also a profile link without its scheme ("linkedin.com/in/…") and a social handle (@name,
    # X, LINE).
    "url": re.compile(
        r"https?://|www\.|\b(linkedin|facebook|twitter|x|instagram|github|threads)\.(com|net)/\S"
        r"|(?<![\w.+-])@[A-Za-z0-9_]{2,30}\b|\b(twitter|instagram|facebook|linkedin|line ?id)\b"
        r"|\b(she/her|he/him|they/them)\b",
        re.IGNORECASE,
    ),
    "company": re.compile(
        r"株式会社|有限会社|合同会社|法人|\((株|有)\)|co\.,? ?ltd|inc\.?$|inc\.? |k\.k\.|llc|ltd\.?"
        r"|corporation|holdings",
        re.IGNORECASE,
    ),
    "title": re.compile(
        r"(部|課|室|グループ|チーム|センター|本部)(\s|$)|代表|部長|課長|主任|担当"
        r"|manager|director|head of|officer|dept|department"
        r"|\b(lead|consultant|coordinator|specialist|engineer|executive|representative|associate|assistant|founder|president|ceo|cto|cfo"
        r"|attorney|counsel|paralegal|analyst|administrator|secretary|advis[oe]r)\b|\bteam$"
        r"|\w \| \w",  # "Name | Title": a pipe between parts is a signature's layout
        re.IGNORECASE,
    ),
    "address": re.compile(
        r"(都|道|府|県).{1,12}(区|市|町|村)|丁目|番地|ビル|(?<!\d)\d{1,4}f\b|(?<!\d)\d{1,4}階|tokyo|osaka|-ku\b",
        re.IGNORECASE,
    ),
    # A person's name alone on its line: "Dana Whitfield", "H. Lindqvist", 高木 美和子.
    "name": re.compile(
        r"^[A-Z][a-z]*\.?( [A-Z][a-z'-]+\.?){1,2}$"
        r"|^[\u3400-\u9fff々]{1,4}[ \u3000][\u3400-\u9fff々ぁ-んァ-ヶ]{1,4}$"
    ),
    "reading": re.compile(
        r"[(（][ぁ-んァ-ヶー・ ]+[)）]|\b[A-Z][a-z]+ [A-Z]{2,}\b|\b[A-Z]{2,} [A-Z][a-z]+\b"
    ),
}
_SENTENCE_END = re.compile(r"[。！？?!]$|[.]$")
# Valedictions, a whole line each: English, and those of writers whose first language is not
# English as they sign English mail ("Obrigado,", "Merci,").
_VALEDICTION_WORDS = (
    r"(with )?(best|kind|warm|warmest|many|kindest)?\s?(regards|wishes)|(thanks|thank you"
    r"|sincerely|cheers|best|br|rgds|thx|tks|tnx|ty|ta|yours (faithfully|sincerely|truly)"
    r"|respectfully( yours)?|(i )?look(ing)? forward to (hearing from you|your (reply|response))"
    r"|(many|with|warm|big|huge) thanks|all the best|take care|talk soon|warmly|cordially"
    r"|yours|(with )?(my )?apologies|(i )?(really |much |greatly )?appreciate(d)?( it| your help)?)"
    r"[,.! ]*(in advance|again|so much|a lot|a million)?"
    r"|obrigad[oa]|gracias|saludos|merci( beaucoup)?|cordialement|danke( sch(ö|oe)n)?"
    r"|mit freundlichen gr(ü|ue)(ß|ss)en|grazie( mille)?|atenciosamente|cumprimentos"
    r"|groetjes|met vriendelijke groet|hälsningar|mvh|pozdrawiam|saluti"
)
# One or several joined ("Many thanks and best wishes,", "Thanks & regards,"), a whole line.
_VALEDICTION = rf"^({_VALEDICTION_WORDS})((\s*,\s*|\s+(and|&)\s+)({_VALEDICTION_WORDS}))*[,.! ]*$"
# Japanese closings hold お願い (a substring test first: the search is unanchored), the others
# are whole lines.
_CLOSING_JA = re.compile(
    r"(よろしく|宜しく|よろしゅう)お願い|お願い(いた|致|申し上げ)?(します|ます|申し上げます)[。!！]*$"
)
_CLOSING_WHOLE = re.compile(rf"{_VALEDICTION}|^以上[。.]?$|^敬具$|^草々$", re.IGNORECASE)


def _closing_line(line: str) -> bool:
    """A closing formula or valediction: よろしくお願いします, "Best regards,", 以上."""
    return ("お願い" in line and _CLOSING_JA.search(line) is not None) or (
        _CLOSING_WHOLE.match(line) is not None
    )


def _width(text: str) -> int:
    if text.isascii():  # no ASCII character is East Asian Wide or Fullwidth (UAX #11)
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _is_rule(line: str) -> bool:
    return bool(_RULE.match(line)) or line.count("_/") >= 4


def _prose(line: str) -> bool:
    """A line of running text: a sentence, or long without any contact feature."""
    if _SENTENCE_END.search(line) and not _FEATURES["email"].search(line):
        words = line.split()
        return not line.endswith(".") or len(words) >= 6 or _width(line) > 40
    return _width(line) > 72


_QUESTION_END = re.compile(r"[?？]$|(ますか|ですか|でしょうか|ませんか)[。.]?$")


def _signature_start(lines: list[str], below_text: bool = False) -> int | None:
    """Index of the first line of a trailing signature block, or None. A block is never the
    whole text unless `below_text` says the lines follow text of the mail."""
    start: int | None = None
    kinds: set[str] = set()
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        # A note in a signature (※本メールは送信専用ではありません…, 【年末年始休業のお知らせ】…) is
        # a sentence that does not end the block, nor count as evidence of one.
        if not line or _is_rule(line) or line.startswith(("※", "【")):
            continue
        # A sentence ends the block, even one with a feature word ("What ID do I need for your
        # Tokyo office?", "I emailed your Osaka branch manager last week."): a question, or eight
        # words or more that are not laid out as a signature's parts ("Title | Company Inc.").
        # A question ends it even with an address in it ("問合わせ先のメアドって info@… であって
        # ますか？"): no signature line asks. (The features are looked for only where they
        # decide something: each is a search of the line.)
        if _QUESTION_END.search(line) is not None or _closing_line(line):
            break
        prose = _prose(line)
        if prose and line.count(" ") >= 7 and "|" not in line:
            break
        found = {k for k, rx in _FEATURES.items() if rx.search(line)}
        if prose and not found:
            break
        kinds |= found
        start = i
    if start is not None and not any(lines[:start]) and not below_text:
        # The block would be the whole text: then it is the mail itself, not a signature: a
        # subject read as the first line ("Delete my data" over a name and a number), or a
        # one-line request with an address in it ("Please delete my account k@example.org").
        # Below its first line there may still be one.
        rest = _signature_start(lines[start + 1 :], below_text=True)
        return None if rest is None else start + 1 + rest
    if start is None:
        return None
    block = [line for line in lines[start:] if line and not _is_rule(line)]
    # Two kinds of evidence; or a short block (a name and a number) with a phone or address, or
    # a name with its reading ("Emma Schulz（エマ・シュルツ）") and no sentence.
    short = len(block) <= 3 and (
        bool(kinds & {"phone", "email"})
        or ("reading" in kinds and not any(map(_prose, block)))
        or ("url" in kinds and len(block) >= 2)  # a name over a handle or a profile link
    )
    if len(kinds) < 2 and not short:
        return None
    while start > 0 and (not lines[start - 1] or _is_rule(lines[start - 1])):
        start -= 1
    return start


_ENDS_THANKING = re.compile(r"\b(thx|thanks|thank you|cheers|ty|ta)[.!]*$", re.IGNORECASE)
_NAME_LIKE = re.compile(r"^[^\d?？!！。、,:：@/]{1,24}$")


def _tail_after_closing(lines: list[str]) -> int | None:
    """A closing formula followed only by a few short lines (a name, a number), or one or two
    name-like lines after a sentence: the signature of people who sign with their name alone."""
    # The last lines with text, ruled lines left out (a name may sit between rules; no rule
    # opens with a letter or a digit).
    content = [
        i
        for i in [i for i, line in enumerate(lines) if line][-12:]
        if lines[i][0].isalnum() or not _is_rule(lines[i])
    ]
    for pos in range(len(content) - 1, max(len(content) - 8, -1), -1):
        i = content[pos]
        if _closing_line(lines[i]):
            tail = content[pos + 1 :]
            if tail and len(tail) <= 6 and all(not _prose(lines[j]) for j in tail):
                return i + 1
            break
    if len(content) >= 2:
        last = content[-1]
        names = [j for j in content[-2:] if _NAME_LIKE.match(lines[j]) and _width(lines[j]) <= 24]
        if len(names) == 2 and len(content) >= 3 and _SENTENCE_END.search(lines[content[-3]]):
            return content[-2]
        # A name under a sentence, or under a line that ends in thanks ("…this email address.
        # thanks" over "- lily").
        if last in names and (
            _SENTENCE_END.search(lines[content[-2]]) or _ENDS_THANKING.search(lines[content[-2]])
        ):
            return last
    return None


_POSTSCRIPT = re.compile(r"^(p\.\s?s\.?|ps[:.]|追伸|二伸)(\s|[:：]|$)", re.IGNORECASE)
POSTSCRIPT_TAIL = 6  # a postscript starts within this many content lines of the end


def new_text(text: str) -> str:
    """The text the writer typed for this mail: without quoted earlier mail, mobile footers,
    banners, disclaimers and the signature. Greetings and closings stay (they are part of what
    staff read)."""
    raw = text[:MAX_CHARS].splitlines()
    norm = normalised_lines(text[:MAX_CHARS], raw)
    kept = [i for i in _without_banners(_cut_quotes(raw, norm), norm) if not _FOOTER.match(norm[i])]
    lines = [norm[i] for i in kept]
    cut = len(lines)
    for i in range(len(lines) - 1, max(len(lines) - 30, -1), -1):
        if _SIG_DASHES.match(raw[kept[i]].rstrip()) or lines[i] == "--":
            cut = i  # RFC 3676 §4.3: "-- " alone on a line opens the signature
            break
    lines = lines[:cut]
    # A postscript below the signature ("P.S. Do you also…", 追伸) is the writer's text: set
    # aside while the signature above it is found, then kept.
    postscript: list[int] = []
    content = [i for i, line in enumerate(lines) if line]
    for i in content[-POSTSCRIPT_TAIL:]:
        if i > 0 and _POSTSCRIPT.match(lines[i]):
            # A postscript written above the sign-off ("P.S. … ?" / "Appreciate it." / a name)
            # ends where its own closing tail or signature starts.
            written = lines[i:]
            ends = [_signature_start(written, below_text=True), _tail_after_closing(written)]
            end = min((e for e in ends if e), default=len(written))
            postscript = list(range(i, i + end))
            lines = lines[:i]
            break
    disclaimer = _disclaimer_start(lines)
    if disclaimer is not None:
        lines = lines[:disclaimer]
    signature = _signature_start(lines)
    if signature is None and disclaimer is None and not postscript:
        # A line or two typed below the signature with no P.S. ("前に送ったメールも転送しておき
        # ます。", "Attached is the letter."): kept as a postscript when a signature block ends
        # right above them.
        content = [i for i, line in enumerate(lines) if line]
        for tail in (1, 2):
            typed = content[-tail:]
            if len(content) > tail + 1 and all(
                _prose(lines[i]) and not _closing_line(lines[i]) and not is_formula(lines[i])
                for i in typed
            ):
                above = lines[: content[-tail]]
                signature = _signature_start(above)
                if signature is not None:
                    postscript = list(range(typed[0], len(lines)))
                    lines = above
                    break
    if signature is not None:
        lines = lines[:signature]
    closing = _tail_after_closing(lines)
    if closing is not None:
        lines = lines[:closing]
    # A ruled line right at the end opened a signature whose contents were cut.
    while lines and (not lines[-1] or _is_rule(lines[-1])):
        lines.pop()
    out = [raw[kept[i]].rstrip() for i in [*range(len(lines)), *postscript]]
    return "\n".join(out).strip()


# --- formulas ----------------------------------------------------------------------------------
# Whole sentences only: "削除をよろしくお願いいたします" is an ask,
# "よろしくお願いいたします" is not.
_FORMULA_JA = re.compile(
    r"^(いつも|平素は?|平素より|その節は)?(大変|たいへん)?(お世話|御世話)に?(なって|なっ)?"
    r"(おります|います|なります|おりました|なりました)"
    r"|^(突然|とつぜん)の?(ご連絡|メール|ご連絡にて|メールにて)?.{0,6}(失礼|申し訳|すみません)"
    r"|^(初めて|はじめて)(ご連絡|メール|連絡)(を)?(いた|致|差し上げ|させていただ|お送り)"
    r"|^(初めまして|はじめまして|こんにちは|こんにちわ|こんばんは|おはようございます)"
    r"|^(お忙しい|ご多忙の|夜分|休日|度々|何度も)(ところ|中|に)?.{0,12}(恐れ入|失礼|申し訳|すみません|恐縮)"
    r"|^(すみません|失礼します|失礼いたします|失礼致します)[、,]?(質問です)?$"
    r"|^(どうぞ|何卒|なにとぞ|引き続き|今後とも|以上|お手数|ですが|をおかけ|いたしますが|致しますが"
    r"|恐れ入りますが|恐縮ですが|お忙しいところ|ご確認|ご検討|ご対応|ご回答|ご返信|の|ほど|、|,|\s"
    r"|しますが|致しますが|おかけ)*"
    r"(よろしく|宜しく)(お願い|おねがい)"
    r"|^(ご確認|ご検討|ご対応|ご回答|ご返信|ご連絡|ご教示)(の|を)?(ほど)?.{0,20}(お願い|幸い|お待ち)"
    # A generic object makes a closing (ご回答いただけますと幸いです); a specific one, marked by を
    # ("対応可否をご教示いただけますと幸いです"), an ask.
    r"|^(.{0,30}[^を])?(ご回答|ご返信|ご連絡|お返事|ご返事|返事|返信|ご教示|ご確認)(を|の)?(お待ちして"
    r"|お待ち申し上げ|いただけますと幸い|いただければ幸い|いただけると助かり)"
    r"|^(お答え|ご回答)(を)?いただけ(ると|ますと|れば)(幸い|助かり)"
    r"|^(取り急ぎ|とりあえず).{0,20}(まで|失礼)|^(長文|乱文|長々と?).{0,6}失礼|^(敬具|草々|以上|以上です|拝啓.*)$"
    r"|(と申します|でございます|の者です|と申す者です)$|^.{0,20}(から来た|出身の)[^、,。]{1,12}です$"
    # Acknowledging the earlier answer (営業時間の件、承知いたしました): a reply's opening.
    r"|^(.{0,20}(の件|について)[、,]?)?(承知|了解)(いた|致)?し?(ました|です)$|^かしこまりました$"
    r"|^(いつも|日頃より|日頃から|平素より)?(貴社|御社)?の?(サービス|アプリ|商品|サイト)?(を)?(ご)?(利用|愛用)"
    r"させて(いただいて|頂いて)(おります|います)$"
    # "株式会社サンプル商事 総務部の高野です": an organisation, then the writer's name.
    r"|^(.{1,30}(株式会社|有限会社|合同会社|会社|部|課|室|グループ|事務所|センター|法人)"
    r"|(株式会社|有限会社|合同会社|\(株\)).{1,20})\s?の\s?[^\s、,。のをがはにで]{1,6}です$"
    # Business set phrases of thanks, wishes and the season (ご高配, ご清栄, …の候).
    r"|^(平素|毎度|日頃|いつも).{0,12}(ご高配|お引き立て|ご愛顧|ご利用|ご厚情).{0,24}(御礼|お礼|あり"
    r"がとう|感謝)|(ご清栄|ご清祥|ご盛栄|ご健勝|ご隆盛|ご発展).{0,12}(お慶び|お喜び)申し上げ"
    r"|^(何卒|どうぞ)?ご(了承|理解|容赦)(の|を)?(ほど|いただき|くださいます|賜り).{0,16}(お願い|申し上げ)"
    r"|^.{0,12}(の候|折|折から|みぎり)[、,].{0,30}(でしょうか|ことと存じ|申し上げ)"
    r"|^.{0,40}(御中|様|さま|殿|各位|さん)$|^(ご担当者?|担当者|ご担当の方)"
    r"|^.{0,30}(の方|担当者?|窓口|ご担当者?)(へ|まで)$"
    r"|^(先日は|早速の?|ご丁寧な|迅速な)?.{0,6}(ご回答|ご返信|ご連絡|ご対応|お返事|返信|回答|返事)(を|いただき)?、?(誠に|本当に)?"
    r"ありがとうございま|^(追加で|別件で|別件ですが)?[、,]?(もう)?(1|一|ひと)(点|つ).{0,14}(確認|お伺い|伺い"
    r"|質問)[^、,]{0,16}$"
    # A reason, then only the announcement (家族に聞かれて気になったので、お伺いします); a
    # follow-up's opening (先ほどのメールに追記です). Not
    # お疲れ様です: colleagues and business partners write it, customers do not, and the
    # off-topic decision reads it.
    r"|^.{0,24}(ので|ため)[、,]?(お伺い|お尋ね|質問|ご質問)(します|いたします|させてください|させていただきます)$"
    r"|^(先ほど|先程|前回|昨日)の(メール|ご連絡|問い合わせ|お問い合わせ)に(追記|補足)(です|いたします|させて"
    r"ください|します)$"
    r"|^(新年|新春)?(あけまして|明けまして)おめでとうございます|^(本年|今年|来年)も.{0,10}(よろしく|宜しく)"
    r"|^(良い|よい)お年を|^.{0,16}(まいりましたが|なりましたが)[、,]?.{0,20}(お過ごし|ご自愛)"
    r"|^(メール|パソコン|日本語|敬語)(に|が|は)?(まだ|あまり)?(不慣れ|苦手|下手|得意ではない|上手ではない"
    r"|上手じゃない|うまくない).{0,20}(すみません|申し訳|失礼|ご容赦|お許し|ごめんなさい)|^(ホームページ|ウェブサイト|サイト|HP)(を|で)(見て|拝見して)(ご連絡|メール)(しました|いたしました|差し上げました)$"
    r"|^(件名|タイトル|表題)の(とおり|通り)|^記$|^(以下[、,]?)?(インライン|文中)(にて|で)(失礼|回答|ご回答)"
    r"|^(質問|お伺いしたいこと|確認したいこと|お聞きしたいこと)が(2|3|二|三|複数|いくつか)(点|つ)?(あり|ござい)"
    r"(ます|まして)[。:：]?$"
    # Announcing the asks below, and letter-style closings (略儀ながら書中にて).
    r"|^(以下|下記)の(点|件|内容|事項|質問|とおり|通り).{0,12}(お伺い|伺い|質問|確認|お尋ね|ご教示|お聞き"
    r"|ご相談)[^、,]{0,16}$|^(まずは)?(略儀ながら|取り急ぎ)?(書中|書面|メール)(にて|で).{0,16}(申し上げ|ご挨拶|お願い)",
)
# The tail a formula may have and still be one: a few words, no clause, no request.
_SHORT_TAIL = (
    r"((?!.*\b(please|could|can|would|will|but|and|also|did|do|does|is|are|how|what|why)\b)"
    r"[^,;:.?!]){0,40}$"
)
_FORMULA_EN = re.compile(
    r"^(best|cheers|thanks|br|rgds|thx|ty)$|^(thanks|thank you) (so much )?for (getting back|coming"
    r" back|replying|responding)( to me)?( so (quickly|fast|soon))?$"
    # An opening that goes on to ask is not a formula ("Thanks for the reply, please also delete
    # my number."; "One more thing that's been bugging me: I got a letter…"): the formula is
    # the whole sentence or a short tail without a request in it.
    rf"|^thanks for (your|the) (earlier |quick |prompt |kind )?(reply|response|answer|help)"
    rf"{_SHORT_TAIL}|^(one|just one) more (question|thing){_SHORT_TAIL}"
    # "I have a question about deleting my data." names its topic: only the bare one goes.
    r"|^i have a (quick )?(question|follow-up|follow up)( for you| here| as well| too)?$"
    r"|^(株式会社|\(株\))?\s*プラネット\s*マネジメント.{0,30}$"
    r"|^planet management( co\.?,? ?ltd\.?| team| inquiry desk)?$"
    r"|^(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings)\b"
    r"([^.?!]|\b(mr|mrs|ms|dr|prof|co|ltd|inc|corp)\.){0,60}[,!.:]?$"
    r"|^(morning|afternoon|evening|hiya|howdy|yo|konnichiwa|konnichi wa|ohayou?( gozaimasu)?)"
    r"( (?-i:[A-Z][\w'-]*)| (there|all|team|everyone|guys|folks))?[,!. ]*$"
    r"|^to whom it may concern|^(i )?hope (this|the|you)\b.{0,40}(well|fine|good)"
    r"|^(best|thanks|thank you|cheers|regards|best regards|kind regards|many thanks),\s*"
    r"(?-i:[A-Z][a-z]+)( (?-i:[A-Z][a-z]+))?$|^[(（]?\s*(cc|bcc)\s*[:：]"
    r"|^(i )?hope (this|i am|i'm) (is )?(writing to |at )?the (right|correct) (address|place"
    r"|e-?mail|department|contact|team|person)"
    r"|^greetings of the day|^(thanks|thank you|many thanks)( (so much|in advance|again"
    r"|for (your|the) (time|help|support|attention|cooperation|continued support"
    r"|understanding)))?[.!,]*$"
    r"|^(best|kind|warm|warmest)? ?regards|^(sincerely|cheers|yours (faithfully|sincerely|truly))"
    r"|^i look forward to (hearing|your)|^looking forward to|^please let me know if you (need|have)"
    r"|^kindly revert|^(my name is|this is) (?-i:[A-Z])[^.?!,]{1,40}[.!]?$"
    r"|^(this is|it is|it's) (my|the) first time (i am |i'm )?(contacting|writing to|e-?mailing"
    r"|writing)( to)?( you)?"
    r"|^(i am|i'm) (?-i:[A-Z][a-z]+)( (?-i:[A-Z][a-z]+))? (of|from) [^?!]{2,60}$"
    r"|^p\.?\s?s$|^sorry for the sudden|^i have a (quick )?question[.!:]?$"
    r"|^((one|just one|another|a|quick|my|the|last|final|a quick|one last)( more| other| quick)?"
    r" (question|thing|point|request|query)( is| here)?( [^:.?!]{1,40})?|question|also)\s?[:\-–]?$"
    r"|^(i have )?(two|three|four|a few|some|several|a couple of|[2-9]) (questions|things|points"
    r"|requests)( for you| here| about this)?[.:]?$"
    r"|^(please )?see (the )?subject( line)?$|^(as|see) (in|per|stated in) (the )?subject( line)?$"
    r"|^(thanks|thank you)( so much| in advance)? for (looking into|checking|reading|handling)"
    r" (this|it|my (mail|e-?mail|message|request))$"
    r"|^(thank you for your time)"
    # Openings and closings of English business mail as written in South Asia and elsewhere,
    # and the season's wishes.
    r"|^respected (sir|madam|team)|^(warm |season'?s |festive )?greetings( of the (day|season))?"
    r"( from [^.?!]{1,40})?[.!]*$|^(awaiting|waiting for|looking forward to) your (early "
    r"|earliest |kind |prompt |positive )?(reply|response|answer|feedback)( at the earliest| soon)?"
    r"[.!]*$|^(please|kindly) (revert|do the needful)( at the earliest| asap| soon)?[.!]*$"
    r"|^thank(s| you) in anticipation[.!,]*$|^have a (nice|good|great|lovely|wonderful) (day"
    r"|weekend|week|evening|holiday)[.!]*$|^(merry christmas|happy (new year|holidays))[^?]{0,30}$"
    r"|^(i )?hope (all is|everything is) (well|good|fine)[.!]*$"
    # Apologies for the writer's language or for writing, as whole sentences ("Sorry to bother
    # you, but please delete my data" asks).
    r"|^(sorry|apologies|i'm sorry|i am sorry) (to bother you|for bothering you|for (the |my )?"
    r"(poor |bad |broken )?english|for (any )?mistakes)([,.;]? ?(i am|i'm) not (very )?good"
    r" (with|at) (e-?mail|computers|english|writing))?[.!]*$"
    r"|^(please )?(excuse|forgive|pardon) (my|any) (poor |bad |broken )?(english|mistakes|grammar)"
    r"[.!]*$|^english is not my (first|native|mother) (language|tongue)([,;]? so please (excuse|"
    r"forgive) (my |any )?(mistakes|errors))?[.!]*$"
    r"|^(i )?hope you (had|have|are having) a (nice|good|great|lovely) (day|weekend|week"
    r"|holiday)[.!]*$|^(it'?s |it is )?(very )?(nice|pleased|glad|a pleasure) to (e-?)?meet you"
    r"[.!]*$|^(sorry|apologies|my apologies|i apologi[sz]e)( in advance)? if (this is not|this"
    r" isn't|this is the wrong|i have (written to|contacted) the wrong|i am writing to the"
    r" wrong)( the)?( right| correct)? (address|place|department|contact|team|person)[^.?!]{0,40}$"
    r"|^my english is (not (very |so |that )?(good|perfect|great|fluent)|poor|bad|limited)"
    r"([,.;]? ?(so )?(sorry|please (excuse|forgive) (me|my mistakes|any mistakes)|i am sorry"
    r"|i'm sorry|apologies)( for (any |my )?(mistakes|errors))?)?[.!]*$"
    r"|^(understood|noted)([, ]+(with )?(thanks|thank you))?[.!]*$",
    re.IGNORECASE,
)
_VALEDICTION_LINE = re.compile(_VALEDICTION, re.IGNORECASE)
_EN_OPENS = ("株", "プ")  # the non-ASCII openings of _FORMULA_EN: 株式会社プラネット…, プラネット…
# Some of the Japanese formulas are not anchored, so a search of the alternation tries every one
# at every position of every sentence (20 to 40 µs a sentence, in English text too): searched
# only where their pieces are (casework/prefilter.py; the pattern's own answer).
_FORMULA_JA_SCAN = Prefiltered(_FORMULA_JA)
# A full stop ends a sentence, not the number of a list item ("1. …"); after a longer number (a
# phone number, a year) it does when a capital follows ("… is 080-5555-0172. The old one …").
# Nor does it after a title or an abbreviation ("Dear Mr. Yamada,", "e.g. my address").
_SENTENCE_SPLIT = re.compile(
    r"(?<=[。！？!?])|(?<=[^\d\s][.])(?<!Mr\.)(?<!Ms\.)(?<!Dr\.)(?<!Mrs\.)(?<!St\.)(?<!e\.g\.)"
    r"(?<!Co\.)(?:(?<!Ltd\.)(?<!Inc\.)|(?=\s+(?:I|We|My|Our|Could|Can|Please|Would|Do|Does|Is|Are)\b))"
    r"(?<!i\.e\.)\s+|(?<=\d\d\d[.])\s+(?=[A-Z])|\n"
)


_LIST_ITEM = re.compile(
    r"^\s*([0-9０-９]+[.)）．]|[(（][0-9０-９]+[)）]|[①-⑳・■●◆□*-]|q\d|質問\d)", re.IGNORECASE
)
_LABEL = re.compile(r"^([【\[<＜◆]|[^\s:：]{1,24}[:：])")  # a form label or a header line
_LINE_END = re.compile(r"[。．.!！?？:：]$")
_LATIN_END = re.compile(r"[A-Za-z0-9,]$")
WRAP_WIDTH = 40  # a line at least this wide (full-width counts two) may have been wrapped by hand
# A shorter English line continues on the next when that one opens in lower case and the first
# ends on a word: an HTML part turned into text breaks lines at its boxes' widths, not at
# sentences ("Did you give my email address to\nan advertiser?").
_ENDS_ON_WORD = re.compile(r"[A-Za-z0-9,]$")


def _continues(line: str, after: str) -> bool:
    first = after.lstrip()[:1]
    return "a" <= first <= "z" and _ENDS_ON_WORD.search(line) is not None


def join_wrapped(text: str) -> str:
    """Join lines broken by hand in mid-sentence (Japanese etiquette wraps at 30 to 35
    characters, old mailers at 72 columns): no space between two Japanese characters, one
    between Latin letters. Blank lines, list items and short lines stay apart."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        # A paragraph joined so far grows with each line: its end is read from a short tail
        # (the patterns look at its last character), and its width is counted only when its
        # length alone does not settle it (no character is narrower than one column).
        prev = out[-1].rstrip() if out else ""
        if (
            prev
            and line.strip()
            and (
                _continues(prev[-_TAIL:], line)
                or _at_least_wide(prev.lstrip(), WRAP_WIDTH)
                or _narrow_wrap(prev.strip(), line.strip())
            )
            and not _LINE_END.search(prev[-_TAIL:])
            and not _LIST_ITEM.match(line)
            and not _LABEL.match(line.strip())
        ):
            sep = " " if _LATIN_END.search(prev[-_TAIL:]) else ""
            out[-1] = prev + sep + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


_TAIL = 64  # characters of a line's end that the end-of-line patterns above read
# A Japanese paragraph wrapped at a narrow width (an HTML part turned into text, a phone's
# mailer: 「…保有する記」「録を集めておくよう…」): two lines of one width that end and start in the
# middle of a word, or a shorter line that ends the sentence. Once joined, the paragraph is
# wide enough for the rule above to join the rest of it.
NARROW_WRAP = 20  # columns: narrower lines are a list, a name, a label
_JA_END = re.compile(r"[\u3041-\u3093\u30a1-\u30f6\u30fc\u3400-\u9fff々]$")
_JA_START = re.compile(r"^[\u3041-\u3093\u30a1-\u30f6\u30fc\u3400-\u9fff々]")


def _narrow_wrap(prev: str, line: str) -> bool:
    """Whether `line` continues `prev`, a line narrower than `WRAP_WIDTH`, wrapped at its width."""
    if len(prev) * 2 < NARROW_WRAP or not (_JA_END.search(prev) and _JA_START.match(line)):
        return False
    width, after = _width(prev), _width(line)
    return width >= NARROW_WRAP and (
        abs(after - width) <= 2 or (after < width and line[-1] in "。？！?!")
    )


def _at_least_wide(text: str, width: int) -> bool:
    return len(text) >= width or _width(text) >= width


# A greeting that opens the line of the question ("hi, is this the right address for…?"): a
# sentence of its own, so that the greeting goes and the question stays.
_GREETING_HEAD = re.compile(
    r"^((hi|hello|hey|good (morning|afternoon|evening)|greetings|morning|afternoon|evening|hiya"
    r"|howdy|yo|konnichiwa)( (?-i:[A-Z][\w.'-]*)| (there|all|team|everyone|again|guys|folks)){0,3}"
    r"|dear ((mr|mrs|ms|dr|prof)\.? )?[^,.!?:]{1,40})"
    r"[,!:]\s+(?=\S)",
    re.IGNORECASE,
)


# "One more thing: can I …?", "Quick question - …": a lead-in that announces the ask on its line.
_LEAD_IN = re.compile(
    r"^((one|just one|another|a|quick|my|the|last|final|a quick|one last)( more| other| quick)?"
    r" (question|thing|point|request|query)( is| here)?( [^:.?!–]{1,40})?|question|also)"
    r"\s?[:\-–]\s+(?=\S)",
    re.IGNORECASE,
)


_LEAD_MARK = re.compile(r"[:\-–]")


# A long English sentence that joins two requests ("…that you suspend the use of my data, and
# that you inform us in writing of…"; "…; we ask that you explain…"): each clause is read as a
# sentence, so that the request is not diluted by the one beside it. Cut only before a
# conjunction that opens a clause of its own (a subject, an auxiliary or a question word).
_CLAUSE_SPLIT = re.compile(
    r"(?<=;)\s+|,\s+(?=(?:and|but|or|so) (?:that |also |then )?(?:i|we|you|will|could|can|would"
    r"|please|what|how|when|is|are|do|does)\b)",
    re.IGNORECASE,
)
CLAUSE_WORDS = 12  # a sentence of fewer words is read whole


def _clauses(sentence: str) -> list[str]:
    if sentence.count(" ") + 1 < CLAUSE_WORDS:
        return [sentence]
    return [c.strip() for c in _CLAUSE_SPLIT.split(sentence) if c.strip()]


# A subject line pasted at the top of the body ("Subject: Re: Can I see my data?", 件名：…) may
# be the only place the ask is written: its value is read as a sentence, without the label and
# the reply and forward prefixes. A short value (a form's 件名：お問い合わせ) stays a label.
# A web form's message field with its value on the same line ("Message: Hi, I bought…",
# 【お問い合わせ内容】…) is read the same way.
_SUBJECT = re.compile(
    r"^((subject|件名|題名|タイトル)\s*[:：]|[【\[<＜■◆]?\s*(message( body)?|メッセージ本文"
    r"|お問い合わせ内容|ご質問内容|質問内容|ご用件)\s*([】\]>＞]\s*[:：]?|[:：]))"
    r"\s*((re|fwd?|aw|wg|sv|転送|返信)\s*[:：]\s*)*",
    re.IGNORECASE,
)
SUBJECT_MIN = 12  # characters of a subject that can hold a question
# The subject of an automatic reply, the desk's own (自動返信: [PMC-12] お問い合わせを受け付けました
# 「…」) or another's ([Auto-reply] We have received your inquiry), that a customer replies to:
# "received your inquiry" asks nothing and reads like a question about the desk. Only the
# original subject it quotes is kept.
_AUTO_SUBJECT = re.compile(
    r"^((re|aw|sv|返信|fwd?|転送)\s*[:：]\s*)*[【\[(（]?\s*(自動返信|自動応答|自動送信"
    r"|auto(matic)?[- ]?(reply|response)|auto\b)\s*[】\])）]?\s*([/／]\s*auto\s*)?[:：]?\s*"
    r"(\[?[A-Z][A-Z0-9]{0,9}-\d+\]?\s*)?((お問い合わせ|お問合せ|お問い合せ)を?(受け付けました|受付いたしました"
    r"|受け付けいたしました|受付完了)|(we )?(have )?received your (inquiry|message|e-?mail))?"
    r"(\s*[/／]\s*(we )?(have )?received your inquiry)?\s*[:：]?\s*",
    re.IGNORECASE,
)
_LABEL_MARK = re.compile(r"[:：】\]>＞]")


_AUTO_MARK = re.compile(r"自動|[Aa]uto|AUTO")


def _without_auto_subject(line: str) -> str:
    """A line that is an automatic reply's subject (a pasted 件名： one too), as the original
    subject it quotes, or "" (before lines are joined: a long subject joins the next line)."""
    label = _SUBJECT.match(line.strip())
    value = line.strip()[label.end() :] if label else line.strip()
    auto = _AUTO_SUBJECT.match(value)
    if not auto or not auto.group(3):
        return line
    return value[auto.end() :].strip(' 「」『』"')


def sentences(text: str) -> list[str]:
    """Sentences of the text, in order, split on 。！？.?! and line ends (and a long English
    sentence into its clauses)."""
    found: list[str] = []
    if _AUTO_MARK.search(text):
        text = "\n".join(map(_without_auto_subject, text.split("\n")))
    for part in _SENTENCE_SPLIT.split(join_wrapped(text)):
        part = part.strip(" \t\u3000・■●◆*-")
        subject = _SUBJECT.match(part) if _LABEL_MARK.search(part[:24]) else None
        if subject and len(part) - subject.end() >= SUBJECT_MIN:
            part = part[subject.end() :]
        head = _GREETING_HEAD.match(part) or (
            _LEAD_IN.match(part) if _LEAD_MARK.search(part[:48]) else None
        )
        if head:  # opening the mail, or the second half of a bilingual one
            found.append(head.group(0).strip())
            part = part[head.end() :]
        if part:
            found += _clauses(part[:MAX_SENTENCE_CHARS])
    return found


# The frame of a web-form notification: its labels, consent line and metadata. The consent
# line (個人情報の取り扱いについて：同意する) is in nearly every form mail and asks nothing.
_FORM_FRAME = re.compile(
    r"^[【\[<＜■◆・]?\s*(お名前|氏名|名前|フリガナ|ふりがな|会社名|貴社名|部署|メールアドレス|"
    r"電話番号|ご住所|住所|郵便番号|お問い合わせ種別|お問い合わせ内容|お問い合わせの種類|題名|件名|"
    r"送信日時|送信元url|ipアドレス|ユーザーエージェント|メッセージ本文|name|e-?mail|phone|country|"
    r"company|inquiry type|message( body)?|subject)\s*[】\]>＞:：]"
    r"|(同意する|同意します|同意済み|チェック済み|i agree to the privacy policy.{0,10})$"
    r"|^このメールは.{0,60}(フォーム|から送信)|^this e-?mail was sent from a contact form"
    r"|^.{0,30}(フォーム|form)(より|から)[、,]?.{0,20}(送信|お問い合わせ|投稿)(が|を)(あり|受け付け)"
    r"|^(new|a new) (submission|message|inquiry) (from|via|on) ",
    re.IGNORECASE,
)


_VALUE_LABEL = re.compile(
    r"^[【\[<＜■◆・]?\s*(お問い合わせ内容|メッセージ本文|題名|件名|message( body)?|subject)"
    r"\s*[】\]>＞:：]",
    re.IGNORECASE,
)


# The labels of a bilingual mail's halves ("---- English ----", （日本語）, ※English follows
# Japanese.): they name a language, not a question.
_LANGUAGE_LABEL = re.compile(
    r"^[\[【(（<〈※]*\s*(english|japanese|日本語|英語|英文|和文|english (follows|below)( the)?"
    r"( japanese)?|japanese (follows|below)( the)?( english)?|以下(、)?英文|英文は(下記|以下)"
    r"|日本語は(下記|以下))\s*[\]】)）>〉:：]*$",
    re.IGNORECASE,
)


def is_formula(sentence: str) -> bool:
    """A sentence that is only a greeting, closing, addressee or self-introduction, or the
    frame of a web form."""
    s = nfkc(sentence).strip().rstrip("。.!?、,~ ")
    if _FORM_FRAME.search(s):
        if not _VALUE_LABEL.match(s):
            return True
        # The message or subject field with its value on the same line: keep the value.
        value = re.sub(r"^[^】\]>＞:：]*[】\]>＞:：]\s*", "", s)
        return value == s or not value or bool(_FORM_FRAME.search(value)) or len(value) < 12
    if _LANGUAGE_LABEL.match(s):
        return True
    # English formulas open with a Latin letter or a bracket (NFKC made full-width ones ASCII),
    # or with the desk's own name: a Japanese sentence is not searched for them at all.
    if (s[:1].isascii() or s.startswith(_EN_OPENS)) and _FORMULA_EN.search(s):
        # "hey is my data safe with you?" opens with a greeting and asks: a question mark
        # keeps it (no English formula here asks).
        return not sentence.rstrip().endswith(("?", "？")) or bool(_FORMULA_JA_SCAN.search(s))
    return bool(_FORMULA_JA_SCAN.search(s) or _VALEDICTION_LINE.match(s))


# --- language ----------------------------------------------------------------------------------
_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
_KANJI = re.compile(r"[\u3400-\u9fff々〆]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# Words of romanised Japanese that English never uses: "kojin jouhou no sakujo wo onegai".
_ROMAJI = frozenset(
    """wo desu masu shimasu kudasai onegai arigatou arigato gozaimasu jouhou johou kojin sakujo
    kaiji teishi teisei toiawase watashi anata nani desuka kore sore ga wa ni de
    shite itadaki itadakemasu deshou kaisha ichiban sumimasen moushiwake ka ikura dou doko
    itsu dare naze sureba iru imasu arimasu dekimasu dekimasuka hoshii yoroshiku onegaishimasu
    itashimasu moushimasu desho keshite kesu yamete tomete riyou touroku jouhou denwa bangou
    juusho namae kaiin taikai osewa narimasu konnichiwa""".split()  # noqa: SIM905
)
ROMAJI_MIN = 2  # words of romanised Japanese, and their share of the Latin words
ROMAJI_SHARE = 0.3
# Hiragana particles joining Latin words with no space ("policyのkaiteiってmailで…"): Japanese
# grammar around English or romanised words. English that quotes Japanese sets it apart.
_JOINED_PARTICLE = re.compile(r"[A-Za-z][\u3040-\u309f]{1,3}(?=[A-Za-z])")
JOINED_MIN = 2


def detect_language(text: str) -> str:
    """ "ja" or "en" for the text that asks. Kana or kanji weigh three letters each (Japanese
    says more per character); romanised Japanese counts as Japanese when its particles and
    polite endings show."""
    sample = nfkc(text[:4000])
    ja = len(_KANA.findall(sample)) + len(_KANJI.findall(sample))
    words = list(map(str.lower, _LATIN_WORD.findall(sample)))
    romaji = len(list(filter(_ROMAJI.__contains__, words)))
    if words and romaji >= ROMAJI_MIN and romaji >= ROMAJI_SHARE * len(words):
        return "ja"
    if ja and len(_JOINED_PARTICLE.findall(sample)) >= JOINED_MIN:
        return "ja"
    latin = sum(len(w) for w in words)
    return "ja" if ja and ja * 3 >= latin else "en"


@dataclass(frozen=True)
class MailReading:
    """What a mail asks: its asking sentences, their text and its language."""

    text: str  # the asking sentences, one per line
    sentences: tuple[str, ...]
    lang: str  # "ja" or "en"
    # What the writer typed (`new_text`): without quoted mail, footers and signature. When no
    # sentence asks, this is what is left to match, never the quoted mail below it.
    body: str = ""


_FORWARD = re.compile(
    r"^(-{2,}\s*(forwarded message|転送メッセージ)\s*-{2,}|(begin forwarded message|転送された"
    r"メッセージ|開始転送メッセージ):)$",
    re.IGNORECASE,
)
# A note that hands the forwarded mail over ("the question below", 下記の内容) points at it.
_FORWARDING = re.compile(
    r"転送|(下記|以下)の(お)?(問い合わせ|質問|内容|メール|件)|\bforward(ed|ing)?\b|\bbelow\b"
    r"|^(fwd?|転送)\s?:",
    re.IGNORECASE,
)


# A question or a request, in either language: what the language is detected on.
_QUESTION = re.compile(
    r"[?？]|(ください|下さい|でしょうか|ますか|ませんか|たい(です|のですが|と存じ)|ほしい|欲しい"
    r"|いただけ|頂け|願い(ます|します|いたします|致します|申し上げ))"
    r"|^(please|kindly|could|can|would|will|do|does|did|is|are|how|what|why|when|where|which"
    r"|who|may)\b|\b(please|i would like|i'd like|i want|i need|i request|let me know)\b",
    re.IGNORECASE,
)


# A note that passes the forwarded mail on to the desk: "please answer her", "reply to the
# customer", ご対応をお願いします, or a writer re-sending their own unanswered inquiry
# (下記の問い合わせを送りましたが…).
_HANDOVER = re.compile(
    r"(ご)?(対応|回答|返信|返答)(を|のほど)?(お願い|して(ください|いただけ|もらえ)|いただけ)"
    r"|(下記|以下)の(お)?(問い合わせ|質問|メール|内容)を(送|お送り|差し上げ)"
    r"|\b(answer|reply to|respond to|handle|deal with|get back to|look into|take care of)"
    r" (it|this|her|him|them|the (customer|question|request|inquiry|mail|e-?mail))\b"
    r"|\b(i )?(sent|send|wrote) (you )?(the|my|this|a) (question|mail|e-?mail|message|inquiry)"
    r" below",
    re.IGNORECASE,
)


def forwarded_part(text: str, header_blocks: bool = False) -> str:
    """The forwarded mail below a forward separator, without its header block, or "". With
    `header_blocks`, Outlook's shape counts too: it forwards under the same header block
    (`-----Original Message-----`, a rule of underscores, `From:`/`Sent:`) as it quotes, so
    only a note that says it forwards or points below may read past one."""
    lines = text[:MAX_CHARS].splitlines()
    norm = normalised_lines(text[:MAX_CHARS], lines)
    for i, line in enumerate(norm):
        # The start of quoted mail in one line, other than an "On … wrote:" attribution (a
        # reply's, with ">" lines below).
        outlook = header_blocks and _quote_start(norm, i) == (True, 1)
        if _FORWARD.match(line) or (outlook and not _ATTRIBUTION.match(line)):
            rest = lines[i + 1 :]
            # A forward of a forward stacks separators and header blocks: the mail is below
            # the last of them.
            while rest and (
                not rest[0].strip()
                or _HEADER_LABEL.match(head := nfkc(rest[0]).strip())
                or _FORWARD.match(head)
                or (header_blocks and (_SEPARATOR.match(head) or _UNDERSCORES.match(head)))
            ):
                rest = rest[1:]
            return "\n".join(rest)
    return ""


# The writer's name where a Japanese mail says who writes (高橋です。, 会員番号 A-1 の中川です。,
# いつも利用している遠藤です。, 以前アプリを利用していた者です。): a short name alone cannot be
# told from a word (心配です, 入居者です), so only the first of what asks, when more follows, not
# a role (…者です) unless as a customer, and no other self-description: who writes is what
# tells business mail (見本ハイツ駐車場を利用している浅野です, 業界紙の記者です) from a customer's.
_SELF_NAME = re.compile(
    r"^(((いつも|長く|長年|以前|前から|ずっと|以前から)[、,]?)?((貴社|御社|そちら)の?)?"
    r"((通販サイト|サイト|アプリ|サービス|ネットショップ|ショップ)(で|を))?(何度か|よく|いつも)?"
    r"(利用|愛用|購入)(して|させていただいて|させて頂いて)(いる|いた|おります|おりました)\s?"
    r"(者|[\u3400-\u9fff々]{1,4})"
    r"|((会員番号|お客様番号|会員id|ユーザー|会員)[^、,。]{0,20}?の\s?)?(?![\u3400-\u9fff々]{0,3}者です)"
    r"(?!(依頼|件|質問|相談|お願い|要望|確認|申請|請求|以上)です)[\u3400-\u9fff々]{1,4})"
    r"(です|でございます)[。.!！]?$",
    re.IGNORECASE,
)


def subject_and_body(subject: str, body: str) -> str:
    """A received mail as one text to read: its subject as a paragraph of its own above the body.
    Joined by one line break, a subject of 40 columns or more reads as a wrapped line and is
    joined to the body's first line, so a greeting there ("Dear Sir or Madam,") stays in the
    question's sentence; the blank line keeps them apart (docs/mail-reading.md)."""
    return f"{subject}\n\n{body}" if subject.strip() else body


def read_mail(text: str) -> MailReading:
    """Read a mail (or a one-line question) as the desk reads it: see the module's docstring."""
    body = new_text(text)
    found = sentences(body)[:MAX_SENTENCES]
    # Each distinct sentence is judged once: a mail may say one more than once.
    formula = {s: is_formula(s) for s in dict.fromkeys(found)}
    asking = [s for s in found if not formula[s]]
    if len(asking) > 1 and _SELF_NAME.match(nfkc(asking[0])):
        asking = asking[1:]
    pointed = any(_FORWARDING.search(s) for s in asking)
    if not asking or pointed:
        # A forward whose note asks nothing of its own, or hands the forwarded mail over ("could
        # you answer the question below?"): the forwarded mail is the inquiry, and a cover note
        # about handling it ("answer her directly") is not part of the question. A note that
        # asks nothing above an Outlook header block ("Thanks!" over a quoted reply) is a reply,
        # not a forward.
        forwarded = forwarded_part(text, header_blocks=pointed)
        if forwarded:
            found = sentences(new_text(forwarded))[:MAX_SENTENCES]
            inquiry = [s for s in found if not is_formula(s)]
            # A note that asks a question of its own and does not pass the forwarded mail on
            # is the inquiry, and the forwarded mail its evidence: an advertiser's offer ("do
            # you give my details to other companies?"), a newsletter ("how do I stop it?"), a
            # phishing mail ("is this really from you?").
            own = any(_QUESTION.search(s) and not _FORWARDING.search(s) for s in asking)
            if inquiry and (not own or any(_HANDOVER.search(s) for s in asking)):
                asking = inquiry
    joined = "\n".join(asking)
    # The language of the sentences that ask or request, when some do: a signature or notice
    # in the other language that the cuts above missed (a name, a department, an address line)
    # asks nothing and must not decide it. A mail of formulas only ("よろしくお願いします" under a
    # subject) still has a language.
    questions = "\n".join(s for s in asking if _QUESTION.search(s))
    lang = detect_language(questions or joined or body or text[:MAX_CHARS])
    return MailReading(joined, tuple(asking), lang, body)
