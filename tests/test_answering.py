"""The answering decision (casework.answering): when the desk gives its first match with
confidence, through the matcher's public API and `ask --json`."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace

import pytest

from casework.answering import AnsweringRule, Evidence
from casework.faq import default_faq_path, load_faq
from casework.matching import RULES, FaqMatch, FaqMatcher, MatchResult
from casework.offtopic import marker
from inquiry_desk import ask_command

MATCHER = FaqMatcher(load_faq(default_faq_path()))
RULE = AnsweringRule(threshold=0.30, lead=0.03, floor=0.18, margin=0.10, split=0.08)
CLEAR = Evidence(
    lang="en", section="correction", score=0.5, lead=0.2, agrees=True, asking=1,
    best_asks=True, length=40, votes=1.0,
)  # fmt: skip


@pytest.mark.parametrize(
    ("change", "answered"),
    [
        ({}, True),
        # Over the threshold: the lead decides.
        ({"score": 0.30, "lead": 0.03}, True),
        ({"score": 0.40, "lead": 0.029}, False),
        # Below it: only over the floor and with the wider margin.
        ({"score": 0.25, "lead": 0.10}, True),
        ({"score": 0.25, "lead": 0.09}, False),
        ({"score": 0.17, "lead": 0.17}, False),
        # The whole text points elsewhere: a thin lead is not enough, a wide one is.
        ({"agrees": False, "lead": 0.05}, False),
        ({"agrees": False, "lead": 0.08}, True),
    ],
)
def test_the_rule_weighs_score_lead_and_agreement(
    change: dict[str, object], answered: bool
) -> None:
    assert RULE.answers(replace(CLEAR, **change)) is answered  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "answered"),
    [
        ({}, True),
        # The section model's off-topic class holds most of the mass: no answer.
        ({"none": 0.61}, False),
        ({"none": 0.60}, True),
        # The model prefers another section by far while the lexical lead is thin: no answer;
        # a wide lexical lead, or a model that only leans elsewhere, still answers.
        ({"margin": -0.51, "lead": 0.19}, False),
        ({"margin": -0.51, "lead": 0.20}, True),
        ({"margin": -0.50, "lead": 0.19}, True),
    ],
)
def test_the_rule_weighs_the_section_models_view(change: dict[str, object], answered: bool) -> None:
    rule = replace(RULE, none_cap=0.6, veto=0.5, veto_lead=0.2)
    assert rule.answers(replace(CLEAR, **change)) is answered  # type: ignore[arg-type]
    # The defaults never refuse on the model's view.
    assert RULE.answers(replace(CLEAR, none=1.0, margin=-1.0, lead=0.2))


@pytest.mark.parametrize(
    ("none", "in_scope", "doubted"),
    [
        # Both off-topic views lean that way: doubted.
        (0.71, 0.69, True),
        # Either alone is not enough.
        (0.70, 0.10, False),
        (0.99, 0.70, False),
    ],
)
def test_the_rule_doubts_what_both_off_topic_views_lean_against(
    none: float, in_scope: float, doubted: bool
) -> None:
    rule = replace(RULE, doubt_none=0.7, doubt_in_scope=0.7)
    assert rule.doubts(replace(CLEAR, none=none), in_scope) is doubted
    assert not RULE.doubts(replace(CLEAR, none=1.0), 0.0)  # the defaults never doubt


def test_the_matchers_off_topic_decision_weighs_the_rules_doubt() -> None:
    text = "Could you tell me how long you keep my purchase history?"
    in_scope = MATCHER.offtopic.in_scope(text, "en")
    evidence = replace(CLEAR, none=0.9)
    assert MATCHER.in_scope(text, "en")
    assert MATCHER.in_scope(text, "en", RULE, evidence)
    doubting = replace(RULE, doubt_none=0.8, doubt_in_scope=in_scope + 0.01)
    assert not MATCHER.in_scope(text, "en", doubting, evidence)
    assert MATCHER.in_scope(text, "en", doubting, replace(CLEAR, none=0.8))


def test_weigh_is_match_with_its_evidence() -> None:
    text = "Hello,\n\nI moved last month. Could you correct my address?\n\nThanks,\nAnn"
    result, evidence = MATCHER.weigh(text)
    assert result == MATCHER.match(text)
    assert evidence is not None and result.answered
    best = result.matches[0]
    rival = next(m for m in result.matches[1:] if m.section != best.section)
    assert best.section == evidence.section == "correction" and evidence.score == best.score
    assert evidence.lead == pytest.approx(best.score - rival.score)
    assert evidence.best_asks and evidence.asking >= 1


def test_nothing_matched_has_no_evidence() -> None:
    result, evidence = MATCHER.weigh("what is the weather tomorrow")
    assert evidence is None and not result.answered and result.matches == ()


def test_a_question_the_whole_mail_reads_otherwise_is_not_answered_on_a_thin_lead() -> None:
    # The question's sentence points to the purposes of use, the mail as a whole elsewhere, and
    # the two best sections are close: a wrong answer is worse than none.
    text = (
        "Hi,\n\nAfter I signed up a sister company mailed me. What do they have about me,"
        " and what do they use it for?\n\nBest,\nTom"
    )
    result, evidence = MATCHER.weigh(text)
    assert evidence is not None and not evidence.agrees
    rule = RULES[evidence.lang]
    assert evidence.score >= rule.threshold and rule.lead <= evidence.lead < rule.split
    assert not result.answered, result.to_json()


def test_two_sections_neck_and_neck_are_not_answered_in_either_language() -> None:
    # By their words alone (the section model's blend at 0), collection and disclosure are
    # neck and neck in both: the rule gives no answer on such evidence.
    lexical = FaqMatcher(MATCHER.faq, MATCHER.offtopic, MATCHER.sections, blend=0.0)
    for text in ("Which information do you hold about me and can I see it?",
                 "わたしの じょうほう なにを もってるの"):  # fmt: skip
        _, evidence = lexical.weigh(text)
        assert evidence is not None and evidence.lead < RULES[evidence.lang].lead * 2
        assert not RULES[evidence.lang].answers(evidence), evidence
    # With the blend, "can I see it" makes the first a request to see the data (disclosure,
    # whose answer says how); the second, all in hiragana, the model reads by its kana as
    # asking what is held (collection, P 0.85; nothing asks to see it), and its section's
    # answers say what is collected and how it is kept (docs/benchmarks.md, "The section model,
    # third round").
    seen = MATCHER.match("Which information do you hold about me and can I see it?")
    assert seen.answered and seen.matches[0].section == "disclosure", seen.to_json()
    held = MATCHER.match("わたしの じょうほう なにを もってるの")
    assert held.answered and held.matches[0].section == "collection", held.to_json()


def ask_json(text: str, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    args = argparse.Namespace(text=[text], json=True, lang=None, limit=3)
    assert ask_command.run(args, default_faq_path()) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"lang", "answered", "matches"}
    return data  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("個人情報の開示をお願いしたいのですが、手続きを教えてください。", "disclosure"),
        ("Please stop using my personal data for advertising.", "suspension"),
        ("Hello,\n\nCould you delete my account and all my data?\n\nRegards,\nKim", "correction"),
    ],
)
def test_a_clear_question_is_still_answered(
    text: str, section: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ask_json(text, capsys)
    assert data["answered"] is True
    assert data["matches"][0]["section"] == section  # type: ignore[index]


@pytest.mark.parametrize(
    "text",
    [
        # In the desk's own words (personal information, delete, policy), about other business.
        "いつもお世話になっております。弊社の個人情報保護方針を改定いたしました。ご確認ください。",
        "Please update the billing address on the invoice you hold for us and delete the old one.",
        "Our consultants can review your privacy policy and your deletion process. Book a demo.",
    ],
)
def test_mail_in_the_policys_words_about_something_else_is_not_answered(
    text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ask_json(text, capsys)["answered"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Hi,\n\nSorry, I sent you an e-mail this morning by mistake. Could you delete it unread?"
        "\n\nThanks,\nLena",
        "先ほどお送りしたメールは誤送信です。お手数ですが削除してください。",
    ],
)
def test_a_writer_recalling_their_own_mail_gets_no_policy_answer(text: str) -> None:
    # It asks for a deletion, but of a mail sent in error, not of the writer's data.
    result = MATCHER.match(text)
    assert not result.answered, result.to_json()


@pytest.mark.parametrize(
    "text",
    [
        "御社から誤送信されたメールに私の住所が載っていました。どういうことですか。",
        "You sent my details to another customer by mistake. How could this happen?",
    ],
)
def test_the_companys_mail_sent_in_error_is_not_a_recall(text: str) -> None:
    assert marker(text) is None


def test_joint_use_asked_in_english_words_inside_japanese() -> None:
    result = MATCHER.match("joint useの対象になるgroup companyはどこですか")
    assert result.answered, result.to_json()
    assert result.matches[0].section == "joint-use"


def test_the_customers_own_telephone_number_is_not_the_desks() -> None:
    # Adding one's home number to the registration is a correction, never the desk's telephone.
    result = MATCHER.match("自宅の電話番号を新しく登録に加えてもらえますか。")
    assert result.matches[0].section != "contact", result.to_json()
    assert MATCHER.match("窓口の電話番号を教えてください。").matches[0].section == "contact"


def test_the_documents_of_a_request_are_not_an_invoice() -> None:
    # 請求書類 are the papers of a disclosure request; 請求書 alone is a bill.
    assert marker("開示の請求書類はどこに送ればよいですか") is None
    assert marker("11月分の請求書を送付いたします") is not None


def test_a_second_answer_must_stand_clear_in_its_own_question() -> None:
    # Two questions, the second's best entry strong enough, but in its own sentence it barely
    # leads another section: one answer, not a wrong second one.
    first = FaqMatch("purpose-uses", "purpose", 0.42, "q", "a", 1, True, 0.10)
    second = FaqMatch("correction-request", "correction", 0.38, "q", "a", 0, True, 0.02)
    thin = MatchResult("en", True, (first, second))
    assert thin.confident(2) == (first,)
    clear = MatchResult("en", True, (first, replace(second, lead_in_sentence=0.2)))
    assert [m.section for m in clear.confident(2)] == ["purpose", "correction"]
    assert clear.confident(1) == (first,)


def test_a_mail_asking_two_clear_things_gets_two_answers() -> None:
    text = (
        "Hello,\n\nI moved last month, so please correct the address you have for me."
        "\nAnd separately: do you sell my data to other companies?\n\nThanks,\nKen"
    )
    result = MATCHER.match(text)
    assert [m.section for m in result.confident(2)] == ["correction", "third-party"], (
        result.to_json()
    )
