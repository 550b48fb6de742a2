"""The learned section model (casework.sectionmodel): its weights file, its features, its share
in the matcher's ranking, and the trainer's determinism."""

from __future__ import annotations

import base64
import importlib.util
import json
import math
import sys
from array import array
from pathlib import Path
from types import ModuleType

import pytest

from casework.faq import default_faq_path, load_faq
from casework.matching import FaqMatcher, features, normalise
from casework.sectionmodel import (
    NONE,
    SectionModel,
    SectionModelInvalid,
    char_features,
    model_features,
)

ROOT = Path(__file__).resolve().parent.parent
FAQ = load_faq(default_faq_path())
MATCHER = FaqMatcher(FAQ)


def trainer() -> ModuleType:
    path = ROOT / "bench" / "train_sections.py"
    spec = importlib.util.spec_from_file_location("train_sections", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_loads_with_every_section_and_none_in_both_languages() -> None:
    model = SectionModel.load()
    sections = {e.section for e in FAQ.entries}
    assert set(model.languages) == {"ja", "en"}
    for lang, language in model.languages.items():
        assert set(language.classes) == sections | {NONE}, lang
        chance = model.probabilities(model_features("停止 stop", lang, []), lang)
        assert sum(chance.values()) == pytest.approx(1.0)
    assert model.probabilities({"x"}, "fr") == {}


def weights_of(values: list[float]) -> str:
    return base64.b64encode(array("f", values).tobytes()).decode("ascii")


def good() -> dict[str, object]:
    return {
        "en": {
            "classes": ["a", "b"],
            "bias": [0.0, 0.1],
            "features": ["<ad", "=delet", "ress>"],
            "weighted": 2,
            "weights": {"a": weights_of([1.0, 0.0]), "b": weights_of([0.0, 2.0])},
        }
    }


def test_a_small_model_written_and_read_gives_its_probabilities(tmp_path: Path) -> None:
    path = tmp_path / "sections.json"
    path.write_text(json.dumps(good()), encoding="utf-8")
    model = SectionModel.load(path)
    assert json.loads(model.to_json()) == good()
    # One known feature: b's weight 2.0 and bias 0.1 against a's 0.0.
    chance = model.probabilities({"=delet", "unknown"}, "en")
    assert chance["b"] > 0.85 > 0.15 > chance["a"]
    assert model.probabilities_of("", "en", ["delet"]) == chance
    # A feature past the weighted ones weighs nothing but is counted: 2.0 / sqrt(2).
    counted = model.probabilities({"=delet", "ress>"}, "en")
    assert counted["b"] / counted["a"] == pytest.approx(math.exp(0.1 + 2.0 / math.sqrt(2)))
    assert model.probabilities_of("dress", "en", ["delet"]) == pytest.approx(counted)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d["en"].pop("classes"), "classes must be a non-empty list"),
        (lambda d: d["en"].update(bias=[0.0]), "bias must be one number per class"),
        (lambda d: d["en"].update(features="<ad"), "features must be a list of strings"),
        (lambda d: d["en"]["weights"].pop("b"), "one entry per class"),
        (lambda d: d["en"]["weights"].update(a="not base64!"), "weights of 'a' are not base64"),
        (
            lambda d: d["en"]["weights"].update(a=weights_of([1.0])),
            "weights of 'a' hold 1 numbers for 2 weighted features",
        ),
        (lambda d: d["en"].update(weighted=4), "weighted is 4, of 3 features"),
        (lambda d: d["en"].update(weighted="2"), "weighted must be a number"),
        (lambda d: d.update(fr=d["en"]), "fr: no such language"),
    ],
)
def test_a_malformed_weights_file_names_the_file_and_the_problem(
    tmp_path: Path, change: object, problem: str
) -> None:
    data = good()
    change(data)  # type: ignore[operator]
    path = tmp_path / "sections.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SectionModelInvalid, match=problem) as caught:
        SectionModel.load(path)
    assert str(path) in str(caught.value)


def test_a_weights_file_that_is_not_json_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sections.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(SectionModelInvalid, match="cannot read the section model") as caught:
        SectionModel.load(path)
    assert str(path) in str(caught.value)
    with pytest.raises(SectionModelInvalid, match="cannot read"):
        SectionModel.load(tmp_path / "missing.json")


def test_english_character_grams_tie_a_misspelling_to_its_word() -> None:
    typo, word = set(char_features("adress", "en")), set(char_features("address", "en"))
    assert {"<ad", "dres", "ress>", "ess>"} <= typo & word
    assert "<add" in word - typo
    # Inside words only: no gram spans two words.
    assert not any(" " in g for g in char_features("delete my data", "en"))


def test_japanese_character_grams_come_from_content_runs_only() -> None:
    grams = set(char_features(normalise("問合せと問い合わせをお願いします"), "ja"))
    assert {"問", "合", "問合"} <= grams
    # Hiragana carries the grammar: no gram of it (を, お願い's い, します).
    assert not any(ch in g for g in grams for ch in "をおいしまとせ")


def test_japanese_without_kanji_is_cut_as_kana_one_spelling_for_both_scripts() -> None:
    # Half-width kana (katakana after NFKC) and all-hiragana text have no kanji run: their
    # kana are cut, read as hiragana, so the two spellings of a question share every gram.
    half_width = set(char_features(normalise("ｺｳｺｸﾆ ﾂｶﾜﾅｲﾃﾞ"), "ja"))
    hiragana = set(char_features(normalise("こうこくに つかわないで"), "ja"))
    assert half_width == hiragana
    assert {"こう", "こうこ", "つか"} <= hiragana
    assert not any(len(g) == 1 for g in hiragana)  # a single kana says nothing
    # With a kanji in it, a text is cut into content runs as before: no hiragana gram.
    assert not any("こ" in g for g in char_features(normalise("広告に こうこく"), "ja"))
    # The model's features of unconverted text are its kana grams alone, whichever script it
    # is typed in; converted text also has the matcher's features.
    kana, katakana = normalise("こじんじょうほうを さくじょして"), normalise("ｺｼﾞﾝｼﾞｮｳﾎｳｦ ｻｸｼﾞｮｼﾃ")
    assert model_features(kana, "ja", features(kana, "ja")) == set(char_features(kana, "ja"))
    assert model_features(katakana, "ja", features(katakana, "ja")) == model_features(
        kana, "ja", features(kana, "ja")
    )
    converted = normalise("個人情報を削除して")
    assert "=個人" in model_features(converted, "ja", features(converted, "ja"))


def test_the_trainers_noisy_spellings_are_seeded_and_of_their_kind() -> None:
    train = trainer()
    cleaned = normalise("登録した住所が間違っているので直してください")
    assert train.noisy(cleaned, "ja") == train.noisy(cleaned, "ja")
    noise = sys.modules["bench.noisy_text"]
    kana = noise.to_kana(cleaned, katakana=False)
    assert kana.startswith("とうろくしたじゅうしょがまちがって")
    assert noise.to_kana(cleaned, katakana=True).startswith("トウロクシタジュウショ")
    assert noise.to_romaji(cleaned).startswith("tourokushitajuushoga")
    # The kana spelling gives the matcher its words back through its reading table.
    assert {"登録", "住所"} & {f[:2] for f in features(kana, "ja")}


def test_the_model_features_mark_the_matchers_own_features() -> None:
    cleaned = normalise("Please erase my data")
    found = model_features(cleaned, "en", features(cleaned, "en"))
    assert "=delet" in found  # the matcher's synonym of erase, marked
    assert "<era" in found  # the word as written


def test_the_weights_laid_out_by_row_give_each_class_its_own_sum_to_the_last_bit() -> None:
    # `logits` reads a table by row made at load; each class must get the sum of its own
    # weights over the rows present, added in the same order, exactly as stored.
    for lang, language in SectionModel.load().languages.items():
        for text in [
            "could you wipe every record of my acount please and stop the ads",
            "登録した住所が間違っているので直してください。広告メールも停止して",
            "delete",
            "",
        ]:
            cleaned = normalise(text)
            rows = language.rows(cleaned, features(cleaned, lang))
            kept = [r for r in rows if r < language.weighted]
            scale = 1.0 / math.sqrt(len(rows)) if rows else 0.0
            expected = [
                b + scale * sum(w[r] for r in kept)
                for b, w in zip(language.bias, language.weights, strict=True)
            ]
            assert language.logits(rows) == expected, (lang, text)


def test_the_fast_path_gives_what_the_named_features_give() -> None:
    model = MATCHER.sections
    for text, lang in [
        ("could you wipe every record of my acount please", "en"),
        ("登録した住所が間違っているので直してください", "ja"),
        ("", "en"),
    ]:
        cleaned = normalise(text)
        lexical = features(cleaned, lang)
        named = model.probabilities(model_features(cleaned, lang, lexical), lang)
        assert model.probabilities_of(cleaned, lang, lexical) == pytest.approx(named)


# Phrasings of my own, in no FAQ entry and no labelled set: the lexical score alone ranks a
# wrong section first (a rare word shared with another section's phrasing); the blend ranks
# the right one (docs/benchmarks.md, "A learned section model").
@pytest.mark.parametrize(
    ("text", "wrong", "section"),
    [
        ("Why exactly do you need my date of birth?", "correction", "purpose"),
        ("Can I see what you hold about me?", "collection", "disclosure"),
    ],
)
def test_the_blend_ranks_a_phrasing_it_never_saw(text: str, wrong: str, section: str) -> None:
    lexical = FaqMatcher(FAQ, MATCHER.offtopic, MATCHER.sections, blend=0.0)
    assert lexical.match(text).matches[0].section == wrong
    assert MATCHER.match(text).matches[0].section == section


# Japanese typed without kanji shares no feature with the FAQ's phrasings (the lexical index
# cuts kanji and katakana): the lexical score finds nothing, the model reads the kana
# (docs/benchmarks.md, "The section model, third round"). Phrasings of my own.
@pytest.mark.parametrize("text", ["めーるを もう おくらないで ください", "ﾒｰﾙ ﾉ ﾊｲｼﾝ ｦ ﾄﾒﾃ ｸﾀﾞｻｲ"])
def test_japanese_without_kanji_is_ranked_on_the_models_word(text: str) -> None:
    lexical = FaqMatcher(FAQ, MATCHER.offtopic, MATCHER.sections, blend=0.0)
    assert lexical.match(text).matches == ()
    result = MATCHER.match(text)
    assert result.lang == "ja"
    assert result.matches[0].section == "suspension"
    assert result.matches[0].score > result.matches[1].score


def test_a_kanji_text_gets_no_candidate_on_the_models_word_alone() -> None:
    # Converted text keeps the lexical candidates only: the model moves them, adds none.
    assert MATCHER.match("駐車場").matches == ()
    assert {m.section for m in MATCHER.match("駐車場の契約を更新したいです").matches} == {
        "correction"
    }


def test_the_trainer_writes_the_same_model_for_the_same_seed() -> None:
    train = trainer()
    docs = [
        train.Doc("faq", q, train.featurise(normalise(q), lang), ((e.section, 1.0),))
        for e in FAQ.entries[:6]
        for lang in ("en",)
        for q in e.questions[lang]
    ]
    first, again, other = (train.train(docs, "en", seed) for seed in (3, 3, 4))
    assert first.to_json() == again.to_json()
    assert first.to_json() != other.to_json()
    assert set(first.classes) == {e.section for e in FAQ.entries[:6]}
