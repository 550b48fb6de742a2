"""Is this mail about the privacy policy at all? An explicit off-topic decision.

The matcher's score says which FAQ entry is nearest, not whether the mail is a policy question:
a tenant's repair request, an invoice, a job application or a privacy-consulting pitch shares
words with the FAQ (個人情報, 停止, 確認; data, account, verify) and can score as high as a real
question. Two things decide instead, beside the matcher's threshold and margin:

- **markers** of the business mail an info@ address receives that is never a policy question
  (a room number, a parking space, an invoice, a job, a sales offer, a webinar, a verification
  link): any one of them in the asking text means no policy answer;
- **a logistic regression over character n-grams** (Japanese) and words and word pairs
  (English), trained on the train part of bench/data (in-scope inquiries and the FAQ's own
  phrasings against off-topic mail) by bench/train_offtopic.py. Its weights ship as
  `offtopic.json` beside this module and load in a few milliseconds; no library is imported.

Both look only at the asking text (casework.reading), so a signature's address or a quoted
newsletter footer decides nothing.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from casework.prefilter import Prefiltered
from casework.reading import nfkc

MODEL_PATH = Path(__file__).with_name("offtopic.json")
_WORD = re.compile(r"[a-z0-9']+")
_SPACE = re.compile(r"\s+")

# Markers of mail that is about something else, whatever policy words it also contains. Kept to
# words that a question about one's personal data does not use.
_MARKERS = re.compile(
    "|".join(
        [
            # tenancy and building
            r"\d{2,4}号室|号室の者|テナント|換気扇|水漏れ|雨漏り|エアコン|給湯|退去|敷金|家賃|管理会社"
            r"|停電|エレベーター|点検|工事|\bunit \d|\broom \d|\btenants?\b|\blease\b|\bdeposit\b"
            # renting a flat: viewings, listings, moving in ("入居" alone is also a customer
            # who moved and wants the address corrected, so only its tenancy compounds)
            r"|物件|内見|内覧|賃貸|間取り|大家|空室|仲介手数料|更新料|礼金"
            r"|入居(者|日|希望|予定|審査|申込|中の)|共用部|管理組合|修繕|\bviewing (of|the)\b"
            r"|\bfor rent\b|\brental (agreement|contract|property)\b|\b(monthly|my|the) rent\b"
            r"|\bmove-in\b|\bfloor plan\b"
            r"|\bheating\b|\belevators?\b|\bmaintenance\b|\bmove-out\b|\bplumb|\blandlord",
            # parking
            r"駐車場|駐車|駐輪|月極|区画|\bparking\b|\bgarage\b|\bbay\b",
            # invoices and payment
            r"請求書(?!類)|ご請求|見積|入金|振込|お支払|支払期限|発注|納品|領収書|査収|経理|インボイス|適格請求"
            r"|\binvoices?\b|\boverdue\b|\bpayment (is|was|terms|due|failed)|\bamount due\b"
            r"|\bpurchase order\b|\bbilling (address|information)\b|\breceipt of\b|\bremittance\b"
            r"|\bbank (account|details|transfer)\b",
            # recruiting
            r"求人|応募|履歴書|職務経歴書|採用課題|人材紹介|候補者|インターン|新卒"
            r"|\bhiring\b|\bapply(ing)? for the\b|\bposition\b|\b(cv|resume|résumé)\b"
            r"|\bcandidates?\b"
            r"|\brecruit(er|ing|ment)\b|\bvacanc|\b(part|full)-time\b",
            # sales, seminars, newsletters
            r"ご提案|ご案内したい|導入企業|導入実績|社以上|無料診断|無料で実施|資料をお送り|オンラインで"
            r"お話|ご興味|キャンペーン|配信不要|配信停止|メルマガ|セミナー|ウェビナー|参加費|定員|お申込"
            r"|Pマーク|取得支援|コンサルティング|\bfree (audit|assessment|trial|demo)\b"
            r"|\bbook a demo\b"
            r"|\bwebinar\b|\bnewsletter\b|\bunsubscribe\b|\bsubscribed\b|\bseo\b|\boffshore\b"
            r"|\bleads?\b|\bour (team|experts|platform|services?) (can|help)|\bwe (help|offer)\b"
            r"|\bschedule a\b|\b15-minute\b|\bconsulting\b|\bregister now\b|\bquestionnaire\b"
            r"|\bsurvey\b|\bresearching\b|\bthesis\b|\bdissertation\b",
            # meetings, press ("minutes" alone is also how long a customer looked for something)
            r"打ち合わせ|打合せ|会議|議事録|ミーティング|日程を再調整|取材|取材のお願い|編集部"
            r"|\bmeeting\b|\breschedule\b|\bminutes of\b|\bjournalist\b|\binterview\b|\bcalendar\b"
            r"|\bfeature on\b|\bpodcast\b",
            # phishing and automated notices
            r"24時間以内|一時停止されました|異常なログイン|本人確認を完了|再入力|こちらのリンク"
            r"|\bverify (your|now)\b|\bsign-in activity\b|\bmailbox is full\b|\bpassword expires\b"
            r"|\bclick (here|below)\b|\bdear user\b|\bdear valued customer\b"
            r"|\bshared an? (document|file|folder) with you\b|\b(link|document) will expire\b",
            # vendors' notices: closures, relocation, name changes, their own policy revisions
            r"各位|拝啓|休業(とさせて|いたします|のお知らせ|のご案内)|移転(いたします|のお知らせ|する"
            r"こととなりました)|社名変更|改定いたします|改定のお知らせ|通常営業|価格改定"
            r"|\bour offices will be closed\b|\bwe are updating our\b|\bcompany name will change\b"
            r"|\bno action is required\b",
            # account support: a login or a password, not the policy
            r"ログインできな|パスワードを忘れ|\bcan'?t log ?in\b|\bforgot (my|the) password\b"
            r"|下記URL|以下のURL|リンクから|クリックして|\bclick the link\b",
            # orders, bookings and plans: the service's own business, not the policy
            r"予約|返金|発送|配送|料金プラン|有料プラン|\breservations?\b|\bbookings?\b|\brefund"
            r"|\bshipping\b|\bdelivery (date|status)\b|\bpremium plan\b|\bper month\b",
            # mail about a mail, tests, thanks. A writer recalling their own mail ("I sent you
            # this by mistake, please delete it") asks for a deletion, but of a mail, not of their
            # data; the company's mail sent in error is a customer's complaint, so only the
            # writer's own sending counts.
            r"誤って送信|誤送信(です|しました|いたしました|してしまい)|テスト送信|相互リンク"
            r"|\bi(?: have|'ve| just)? sent\b[^.?!\n]{0,60}\b(by mistake|in error)\b"
            r"|\bsent by mistake\b|\btest message\b",
        ]
    ),
    re.IGNORECASE,
)


# The writer's stance. A pitch, an invitation or a notice speaks of what the writer offers ("our
# consultants", "we provide", 弊社サービス, ご提案いたします) and of the reader's company; a
# customer speaks of their own data ("my details", 私の個人情報). The same topic words (APPI,
# consent, deletion) appear in both, so the topic alone cannot tell them apart: an offer with no
# word of the writer's own data is not a policy question. Customers' requests for guidance
# (ご案内ください) are not offers: only the offering forms are listed; nor is a business customer's
# "our team" (its team is not offered).
_OFFERING = re.compile(
    r"\bwe (offer|provide|specialise|specialize|build|deliver|run|are an? |'re an? )"
    r"|\bwe can (help|support|review|audit|assist)|\bwe(?: would|'d) (like|love) to (show|offer"
    r"|introduce|propose|invite)|\bi(?: would|'d) (like|love) to (show|introduce|offer)"
    r"|\bour (audit|consulting|compliance|security|privacy|legal|expert|sales) team\b"
    r"|\bour (\w+[ -]){0,3}(consultants?|consultancy|experts?|specialists?|lawyers|auditors"
    r"|solutions?|platform|tool|product|services?|software|agency|firm|programme|program|package"
    r"|offer|whitepaper|guide|course|clients|customers include)\b"
    r"|\bfree (consultation|trial|guide|e-?book|whitepaper|report|review|check)\b"
    r"|\b(first|initial) consultation\b|\bcomplimentary\b|\bspecial offer\b"
    r"|\blimited time\b|\bbook a (call|demo|meeting)\b|\bworth a (chat|call)\b"
    r"|\bpartnership\b|\bsponsors?\b|\bdownload (our|the|your)\b|\byou'?re invited\b"
    r"|\bcomment on\b|\bwould welcome (a|your) (short )?comment|\bfor (an?|our) (article|feature"
    r"|story|podcast|episode)\b"
    r"|弊社(サービス|では|の(サービス|ツール|システム|専門|コンサル|製品))|ご提案(いたし|させて|申し上げ)"
    r"|ご案内(いたし|させて|申し上げ)|のご案内です|のご紹介|ご紹介(いたし|させて|です)"
    r"|無料相談|代行いたします|お任せください|ご検討ください|ぜひ一度|導入いただ|受講料|特別価格"
    r"|割引|サポートいたします|ご提供(いたし|して|できれば)|記者|取材",
    re.IGNORECASE,
)
_OWN_DATA = re.compile(
    r"\bmy (own )?(personal |private |contact )?(data|info|information|details|address|account"
    r"|records?|e-?mail|phone|number|name|card|history|consent|membership|profile)"
    r"|\b(about|on|of) me\b|\bme (without|for)\b|\bi (withdraw|never (gave|agreed|consented))"
    r"|私の|わたしの|自分の|僕の|本人の|私に関する|私宛|私が|私は|当方の",
    re.IGNORECASE,
)

# The same searches, skipped when the text holds none of their fixed pieces (a search of these
# alternations costs milliseconds; casework/prefilter.py).
_MARKERS_SCAN = Prefiltered(_MARKERS)
_OFFERING_SCAN = Prefiltered(_OFFERING)


def offers(text: str) -> str | None:
    """The writer offers, sells, invites or announces, and says nothing of their own data: the
    offering words found, or None."""
    text = nfkc(text)
    found = _OFFERING_SCAN.search(text)
    if found is None or _OWN_DATA.search(text):
        return None
    return found.group(0)


def marker(text: str) -> str | None:
    """The first off-topic marker in the text, or None."""
    found = _MARKERS_SCAN.search(nfkc(text))
    return found.group(0) if found else None


def model_features(text: str, lang: str) -> set[str]:
    """Character bigrams and trigrams of Japanese; words and word pairs of English."""
    text = nfkc(text).casefold()
    if lang == "ja":
        text = _SPACE.sub("", text)
        return {text[i : i + n] for n in (2, 3) for i in range(len(text) - n + 1)}
    words = _WORD.findall(text)
    return set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}


@dataclass(frozen=True)
class OffTopicModel:
    """Per language: a bias and a weight per feature; positive means in scope."""

    bias: dict[str, float]
    weights: dict[str, dict[str, float]]

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> OffTopicModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            {lang: float(v["bias"]) for lang, v in data.items()},
            {lang: {f: float(w) for f, w in v["weights"].items()} for lang, v in data.items()},
        )

    def in_scope(self, text: str, lang: str) -> float:
        """The probability that the text is a question about the policy."""
        weights = self.weights.get(lang, {})
        feats = model_features(text, lang)
        z = self.bias.get(lang, 0.0)
        if feats:
            # Looked up in C, summed in the same order as a loop over `feats` would.
            z += sum(map(weights.get, feats, itertools.repeat(0.0))) / math.sqrt(len(feats))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
