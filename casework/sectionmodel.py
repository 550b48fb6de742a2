"""A learned section model beside the matcher's lexical score: which section of the policy a
text asks about, as probabilities.

Why: the matcher (casework.matching) scores an inquiry by TF-IDF likeness to the FAQ's
phrasings, with a hand-made synonym table for the words customers use and the FAQ does not.
Each round of synonyms gained on the sets it was written from and little on mail nobody had
read (docs/benchmarks.md, "Ranking on unseen mail"): covering vocabulary by hand does not carry
to new voices. This model learns the same decision from every labelled text of the train sets
(several thousand, in many voices), over features that carry to unseen wording:

- the matcher's own features (English stems and word pairs after its synonyms; Japanese
  content-character pairs), marked with a leading "=" (Japanese typed without a kanji: none,
  its kana grams alone, below);
- English: character 3-5 grams inside each word, padded at its edges ("<adr", "dres"), which
  tie an unseen inflection or a misspelling ("adress", "deleting") to the words it comes from;
- Japanese: character 1-3 grams of each content run (kanji, katakana, Latin; hiragana carries
  the grammar), which tie 問合せ to 問い合わせ and a new compound to its parts.

A multinomial (softmax) logistic regression per language, L2-regularised, trained offline by
bench/train_sections.py (pure Python, seeded); its weights ship as `sections.json` beside this
module (float32 in base64: about a megabyte, loaded in milliseconds). Inference is a sparse dot
product per class over the features of one text; no library is imported. The matcher adds
`BLEND` × P(section) to each entry's lexical score (casework.matching), so the model decides
between sections the lexical score finds close, and cannot lift a section the text shares
nothing with over one it does.

Off-topic mail trains a class of its own ("none"): its probability is mass the sections do
not get, so off-topic mail is not lifted towards any answer.
"""

from __future__ import annotations

import base64
import json
import math
import re
import sys
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("sections.json")
NONE = "none"  # the class of off-topic mail
_WORD = re.compile(r"[a-z0-9]+")
# Japanese content runs: kanji, katakana (with ー and the iteration marks) and Latin.
_CONTENT_JA = re.compile(r"[\u30a0-\u30ff\u3400-\u9fff\uff66-\uff9f々〆ヶa-z0-9]+")
GRAMS: dict[str, tuple[int, ...]] = {"en": (3, 4, 5), "ja": (1, 2, 3)}
KANA_GRAMS: tuple[int, ...] = (2, 3)
_KANJI = re.compile(r"[\u3400-\u9fff々〆]")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30f6]")
_KATAKANA = re.compile(r"[\u30a1-\u30f6]")
_KANA_RUN = re.compile(r"[\u3041-\u3096ー]+")
_KANA_OR_LATIN = re.compile(r"[\u3041-\u3096ー]+|[a-z0-9]+")
PIECES_KEPT = 50_000  # words and runs whose known n-grams are remembered (a mail repeats them)


class SectionModelInvalid(ValueError):
    """The weights file cannot be used; the message names the file and the problem."""


def _grams(piece: str, lang: str) -> list[str]:
    """The character n-grams of one English word (padded with < and >), one Japanese content
    run, or one kana run of text written without kanji (2-3 grams: a single kana says
    nothing)."""
    if lang == "en":
        piece = f"<{piece}>"
        sizes = GRAMS[lang]
    else:
        sizes = KANA_GRAMS if _KANA_RUN.fullmatch(piece) else GRAMS[lang]
    size = len(piece)
    return [piece[i : i + n] for n in sizes for i in range(size - n + 1)]


def _pieces(cleaned: str, lang: str) -> list[str]:
    """What character n-grams are cut from: English words, Japanese content runs. Japanese
    written without a kanji (all hiragana, or half-width kana: katakana after NFKC) has no
    content run to speak of: its kana, read as hiragana, are cut instead, so that the two
    spellings of one word share their grams (the trainer adds such spellings of its texts)."""
    if lang == "en":
        return _WORD.findall(cleaned)
    if not without_kanji(cleaned, lang):
        return _CONTENT_JA.findall(cleaned)
    return _KANA_OR_LATIN.findall(_KATAKANA.sub(_as_hiragana, cleaned))


def without_kanji(cleaned: str, lang: str) -> bool:
    """Japanese typed without converting (kana, romaji): its features are its kana grams
    alone, so that learning its few words does not move how converted text reads."""
    return lang == "ja" and not _KANJI.search(cleaned)


def _as_hiragana(match: re.Match[str]) -> str:
    return chr(ord(match.group()) - 0x60)


def char_features(cleaned: str, lang: str) -> list[str]:
    """Character n-grams of normalised text (casework.matching.normalise): inside each English
    word, padded with < and >; inside each Japanese content run."""
    return [g for piece in _pieces(cleaned, lang) for g in _grams(piece, lang)]


def model_features(cleaned: str, lang: str, lexical: Iterable[str]) -> set[str]:
    """The model's features of a text: the matcher's features of it (`lexical`, marked with
    "="), and its character n-grams. Japanese typed without kanji has its kana grams only: the
    matcher's features of it are katakana pairs, which the same words typed in hiragana lack
    (docs/benchmarks.md, "The section model, third round")."""
    feats = set() if without_kanji(cleaned, lang) else {f"={f}" for f in lexical}
    feats.update(char_features(cleaned, lang))
    return feats


@dataclass(frozen=True)
class LanguageModel:
    """One language's classes, a bias per class, the features it knows (each its row) and per
    class a weight per row (stored as float32, held as a list; laid out by row at load, below)."""

    lang: str
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    index: dict[str, int]
    weights: tuple[list[float], ...]
    # Rows from this one on weigh too little in every class to move a decision (bench/
    # train_sections.py, PRUNE): they only count towards the number of features present.
    weighted: int
    # The matcher's features by their own names (without the "=" mark), and each word or run
    # already seen with the rows of its known n-grams: cut and looked up once, not per mail.
    _lexical: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _known: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)
    # Per weighted row, its weight in each class (in the order of `classes`): a text's features
    # are looked up once each, not once per class, and each row's weights lie together.
    _by_row: list[tuple[float, ...]] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._lexical.update((f[1:], r) for f, r in self.index.items() if f[:1] == "=")
        # Interleaved in C (class c of row r at r * classes + c), then cut into rows: the same
        # numbers, made row by row.
        width = len(self.weights)
        flat = array("d", bytes(8 * width * self.weighted))
        for c, weights in enumerate(self.weights):
            flat[c::width] = array("d", weights)
        self._by_row.extend(zip(*[iter(flat.tolist())] * width, strict=True))

    def rows(self, cleaned: str, lexical: Iterable[str]) -> set[int]:
        """The rows of the features of a text, as `model_features` names them."""
        rows: set[int] = set()
        if not without_kanji(cleaned, self.lang):
            rows.update(r for r in map(self._lexical.get, lexical) if r is not None)
        known, index = self._known, self.index
        for piece in set(_pieces(cleaned, self.lang)):
            found = known.get(piece)
            if found is None:
                if len(known) >= PIECES_KEPT:
                    known.clear()
                grams = set(_grams(piece, self.lang))
                found = known[piece] = tuple(r for r in map(index.get, grams) if r is not None)
            rows.update(found)
        return rows

    def logits(self, rows: set[int]) -> list[float]:
        """Per class, its bias and the weights of the features present. Known features count
        once each, scaled by 1/sqrt(their number) as in training, so that a long text is not
        more certain for being long; only the first `weighted` rows carry weights.
        Each class's weights are added in the order of the rows, as one sum per class over the
        rows always added them: the same numbers to the last bit."""
        scale = 1.0 / math.sqrt(len(rows)) if rows else 0.0
        by_row, weighted = self._by_row, self.weighted
        present = [by_row[r] for r in rows if r < weighted]
        if not present:
            return [b + scale * 0 for b in self.bias]
        sums = map(sum, zip(*present, strict=True))  # per class, over the rows present
        return [b + scale * total for b, total in zip(self.bias, sums, strict=True)]

    def probabilities(self, feats: Iterable[str]) -> dict[str, float]:
        """Softmax over the classes, for features named as `model_features` names them."""
        get = self.index.get
        return self.softmax(self.logits({r for r in map(get, feats) if r is not None}))

    def probabilities_of(self, cleaned: str, lexical: Iterable[str]) -> dict[str, float]:
        """`probabilities` of a normalised text and the matcher's features of it."""
        return self.softmax(self.logits(self.rows(cleaned, lexical)))

    def softmax(self, zs: list[float]) -> dict[str, float]:
        top = max(zs)
        exps = [math.exp(z - top) for z in zs]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def to_json(self) -> dict[str, object]:
        """The shape `SectionModel.parse` reads: float32 little-endian weights in base64."""
        features = sorted(self.index, key=self.index.__getitem__)
        return {
            "classes": list(self.classes),
            "bias": list(self.bias),
            "features": features,
            "weighted": self.weighted,
            "weights": {c: _encode(w) for c, w in zip(self.classes, self.weights, strict=True)},
        }


@dataclass(frozen=True)
class SectionModel:
    """Per language, a `LanguageModel`; a language without one gives no probabilities."""

    languages: dict[str, LanguageModel]

    def probabilities(self, feats: Iterable[str], lang: str) -> dict[str, float]:
        """P(class | features named as `model_features` names them); {} for no model."""
        model = self.languages.get(lang)
        return model.probabilities(feats) if model else {}

    def probabilities_of(self, cleaned: str, lang: str, lexical: Iterable[str]) -> dict[str, float]:
        """P(class | a normalised text), given the matcher's features of it (`lexical`)."""
        model = self.languages.get(lang)
        return model.probabilities_of(cleaned, lexical) if model else {}

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> SectionModel:
        """The shipped weights (bench/train_sections.py writes them). A file that cannot be read
        or is not in the expected shape raises SectionModelInvalid naming the problem."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SectionModelInvalid(f"{path}: cannot read the section model ({exc})") from exc
        return cls.parse(data, str(path))

    @classmethod
    def parse(cls, data: object, source: str) -> SectionModel:
        if not isinstance(data, dict) or not data:
            raise SectionModelInvalid(f"{source}: expected an object of languages")
        return cls({lang: _language(lang, raw, f"{source}: {lang}") for lang, raw in data.items()})

    def to_json(self) -> str:
        data = {lang: m.to_json() for lang, m in sorted(self.languages.items())}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def _encode(weights: list[float]) -> str:
    copy = array("f", weights)
    if sys.byteorder != "little":
        copy.byteswap()
    return base64.b64encode(copy.tobytes()).decode("ascii")


def _language(lang: str, raw: object, where: str) -> LanguageModel:
    if lang not in GRAMS:
        raise SectionModelInvalid(f"{where}: no such language (expected one of {sorted(GRAMS)})")
    if not isinstance(raw, dict):
        raise SectionModelInvalid(f"{where}: expected an object with classes, bias, weights")
    classes, bias, features = raw.get("classes"), raw.get("bias"), raw.get("features")
    weights = raw.get("weights")
    if not isinstance(classes, list) or not _strings(classes) or not classes:
        raise SectionModelInvalid(f"{where}: classes must be a non-empty list of names")
    if not isinstance(bias, list) or len(bias) != len(classes) or not _numbers(bias):
        raise SectionModelInvalid(f"{where}: bias must be one number per class")
    if not isinstance(features, list) or not _strings(features):
        raise SectionModelInvalid(f"{where}: features must be a list of strings")
    weighted = raw.get("weighted")
    if not isinstance(weighted, int) or isinstance(weighted, bool):
        raise SectionModelInvalid(f"{where}: weighted must be a number of features")
    if not 0 <= weighted <= len(features):
        raise SectionModelInvalid(f"{where}: weighted is {weighted}, of {len(features)} features")
    if not isinstance(weights, dict) or set(weights) != set(classes):
        raise SectionModelInvalid(f"{where}: weights must hold one entry per class")
    tables = []
    for name in classes:
        try:
            raw_bytes = base64.b64decode(weights[name], validate=True)
        except (TypeError, ValueError) as exc:
            raise SectionModelInvalid(f"{where}: weights of {name!r} are not base64") from exc
        table = array("f")
        if len(raw_bytes) != table.itemsize * weighted:
            raise SectionModelInvalid(
                f"{where}: weights of {name!r} hold {len(raw_bytes) // table.itemsize} numbers"
                f" for {weighted} weighted features"
            )
        table.frombytes(raw_bytes)
        if sys.byteorder != "little":
            table.byteswap()
        tables.append(table.tolist())
    index = {f: row for row, f in enumerate(features)}
    bias_kept = tuple(float(b) for b in bias)
    return LanguageModel(lang, tuple(classes), bias_kept, index, tuple(tables), weighted)


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _numbers(values: list[object]) -> bool:
    return all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
