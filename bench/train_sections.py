"""Trains the section model (casework/sections.json) on every set labelled for training.

    .venv/bin/python bench/train_sections.py [--seed 1] [--no-none] [--no-noise] [--out PATH]
    .venv/bin/python bench/train_sections.py --cross [--blend 0.3 ...]

A multinomial (softmax) logistic regression per language, by plain stochastic gradient descent
(seeded: the same data and seed write the same file), with L2 regularisation, over the features
of casework.sectionmodel.model_features, kept when seen in at least MIN_DF documents. Each text
is read as the desk reads it: the asking text of casework.reading, cleaned and cut as the
matcher cuts its whole-text unit. Documents: the FAQ's phrasings, and the train sets of
bench/data (TRAIN_SETS, those present); an item with two sections counts half for each;
off-topic items train the class "none" (--no-none: they are left out). Each Japanese text
also trains in SPELLINGS noisy spellings made by rule (bench/noisy_text.py: kana, romaji, same-sound
kanji, English words; --no-noise: none), so that the model learns the forms customers type;
English noise did not earn its place (docs/benchmarks.md, "The section model, second round").
Dev and test sets are never read here.

--cross: leave one train set out (the model trained on the others and the phrasings), then score
that set with the matcher, lexical alone (blend 0) against the blend (each --blend), top-1 of
in-scope items per language, and the model alone (its most probable section): how the model does
on a voice it did not see. Nothing is written.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.noisy_text import noisy_en, noisy_ja  # noqa: E402
from casework.faq import Faq, default_faq_path, load_faq  # noqa: E402
from casework.matching import WHOLE_CHARS, FaqMatcher, features, normalise  # noqa: E402
from casework.noise import strip_greetings  # noqa: E402
from casework.reading import read_mail  # noqa: E402
from casework.sectionmodel import (  # noqa: E402
    MODEL_PATH,
    NONE,
    LanguageModel,
    SectionModel,
    model_features,
)

DATA = ROOT / "bench" / "data"
TRAIN_SETS = (
    *("corpus-train", "voices-train", "mailshapes-train", "mailshapes2-train", "offtopic-train"),
    *("voices2en-train", "voices2ja-train", "offtopic2en-train"),
)
# offtopic2ja-train is left out: on the Japanese dev sets it took right answers away (0.861 ->
# 0.854 pooled) and removed no off-topic answer, there were none (docs/benchmarks.md, "The
# section model, third round").
EPOCHS = 30
RATE = 0.5
DECAY = 0.1  # the rate at epoch e: RATE / (1 + DECAY * e)
L2 = 1e-4
MIN_DF = 2
PRUNE = 0.2


@dataclass(frozen=True)
class Doc:
    source: str  # the data set, or "faq"
    text: str  # as labelled, for scoring with the matcher
    feats: frozenset[str]
    targets: tuple[tuple[str, float], ...]
    noisy: bool = False  # a noisy spelling of a labelled text (bench/noisy_text.py)


def asking_text(text: str) -> str:
    """The text as the matcher reads it for its whole-text unit."""
    reading = read_mail(text)
    whole = reading.text or reading.body[:WHOLE_CHARS]
    return normalise(strip_greetings(whole))[:WHOLE_CHARS]


def featurise(cleaned: str, lang: str) -> frozenset[str]:
    return frozenset(model_features(cleaned, lang, features(cleaned, lang)))


NOISE_LANGS = ("ja",)


# Noisy spellings per Japanese text: two (kana and another kind, mostly) answered more noisy
# items rightly than one on the dev sets, and fewer wrongly (docs/benchmarks.md).
SPELLINGS = 2


def noisy(cleaned: str, lang: str) -> str:
    """One noisy spelling of a text, seeded by the text itself: the same every run, whatever
    the order of the documents."""
    return spellings(cleaned, lang, 1)[0]


def spellings(cleaned: str, lang: str, count: int) -> list[str]:
    """`count` noisy spellings of a text (fewer when two come out the same), seeded by it."""
    rng = random.Random(f"{lang}:{cleaned}")
    made = [
        noisy_ja(cleaned, rng) if lang == "ja" else noisy_en(cleaned, rng) for _ in range(count)
    ]
    return list(dict.fromkeys(made))


def with_noise(docs: list[Doc], source: str, text: str, cleaned: str, lang: str,
               targets: tuple[tuple[str, float], ...], noise: bool) -> None:  # fmt: skip
    """The document and, with `noise`, a noisy spelling of it (normalised as the desk would)."""
    docs.append(Doc(source, text, featurise(cleaned, lang), targets))
    if noise and lang in NOISE_LANGS:
        for raw in spellings(cleaned, lang, SPELLINGS):
            variant = normalise(raw)
            if variant != cleaned:
                docs.append(Doc(source, variant, featurise(variant, lang), targets, noisy=True))


def documents(
    faq: Faq, names: tuple[str, ...], with_none: bool, noise: bool = True
) -> dict[str, list[Doc]]:
    docs: dict[str, list[Doc]] = defaultdict(list)
    for e in faq.entries:
        for lang, questions in e.questions.items():
            for q in questions:
                with_noise(docs[lang], "faq", q, normalise(q), lang, ((e.section, 1),), noise)
    for name in names:
        path = DATA / f"{name}.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line:
                continue
            row = json.loads(line)
            sections = [s for s in row["sections"] if s != NONE] or [NONE]
            if sections == [NONE] and not with_none:
                continue
            share = 1 / len(sections)
            targets = tuple((s, share) for s in sections)
            cleaned = asking_text(row["text"])
            with_noise(docs[row["lang"]], name, row["text"], cleaned, row["lang"], targets, noise)
    return docs


def train(docs: list[Doc], lang: str, seed: int) -> LanguageModel:
    """Softmax regression by SGD; features present count 1/sqrt(their number), as at inference."""
    df = Counter(f for d in docs for f in d.feats)
    vocab = {f for f, n in df.items() if n >= MIN_DF}
    classes = tuple(sorted({c for d in docs for c, _ in d.targets}))
    index = {c: k for k, c in enumerate(classes)}
    rows = [
        (sorted(f for f in d.feats if f in vocab), [(index[c], y) for c, y in d.targets])
        for d in docs
    ]
    weights: list[dict[str, float]] = [defaultdict(float) for _ in classes]
    bias = [0.0] * len(classes)
    rng = random.Random(seed)
    order = list(range(len(rows)))
    for epoch in range(EPOCHS):
        rate = RATE / (1 + DECAY * epoch)
        rng.shuffle(order)
        for r in order:
            feats, targets = rows[r]
            scale = 1 / math.sqrt(len(feats)) if feats else 0.0
            zs = [
                b + scale * sum(w.get(f, 0.0) for f in feats)
                for b, w in zip(bias, weights, strict=True)
            ]
            top = max(zs)
            exps = [math.exp(z - top) for z in zs]
            total = sum(exps)
            grads = [e / total for e in exps]
            for k, y in targets:
                grads[k] -= y
            for k, g in enumerate(grads):
                if abs(g) < 1e-5:
                    continue
                w = weights[k]
                step = rate * g * scale
                shrink = 1 - rate * L2
                for f in feats:
                    w[f] = w[f] * shrink - step
                bias[k] -= rate * g * 0.1
    # Features whose weight is under PRUNE in every class move no decision (on the dev sets not
    # one answer changed): they go last, and only count towards the number present.
    strong = sorted(f for f in vocab if max(abs(w.get(f, 0.0)) for w in weights) >= PRUNE)
    features = strong + sorted(vocab.difference(strong))
    # As shipped: float32 (casework.sectionmodel), so that the model in memory is the one loaded.
    tables = tuple(array("f", (w.get(f, 0.0) for f in strong)).tolist() for w in weights)
    index = {f: row for row, f in enumerate(features)}
    bias_kept = tuple(round(b, 6) for b in bias)
    return LanguageModel(lang, classes, bias_kept, index, tables, len(strong))


def fit(docs: dict[str, list[Doc]], seed: int) -> SectionModel:
    return SectionModel({lang: train(ds, lang, seed) for lang, ds in sorted(docs.items())})


def cross(faq: Faq, docs: dict[str, list[Doc]], seed: int, blends: list[float]) -> None:
    """Leave one train set out: top-1 of its in-scope items, lexical against the blend."""
    sources = sorted({d.source for ds in docs.values() for d in ds} - {"faq"})
    print("held-out set, lang, in scope | lexical | " + " | ".join(f"blend {w}" for w in blends)
          + " | model alone")  # fmt: skip
    pooled: dict[str, list[int]] = defaultdict(lambda: [0] * (len(blends) + 3))
    for source in sources:
        model = fit(
            {lang: [d for d in ds if d.source != source] for lang, ds in docs.items()}, seed
        )
        matcher = FaqMatcher(faq, sections=model)
        for lang, ds in docs.items():
            held = [d for d in ds if d.source == source and not d.noisy and d.targets[0][0] != NONE]
            if not held:
                continue
            counts = [0] * (len(blends) + 2)
            for d in held:
                wanted = {c for c, _ in d.targets}
                for n, w in enumerate([0.0, *blends]):
                    matcher.blend = w
                    result = matcher.match(d.text)
                    counts[n] += bool(result.matches) and result.matches[0].section in wanted
                chance = model.probabilities(d.feats, lang)
                best = max((c for c in chance if c != NONE), key=chance.__getitem__, default="")
                counts[-1] += best in wanted
            total = pooled[lang]
            total[0] += len(held)
            for n, c in enumerate(counts):
                total[n + 1] += c
            shown = " | ".join(f"{c / len(held):.3f}" for c in counts)
            print(f"  {source:<18} {lang} {len(held):>4} | {shown}")
    for lang, total in sorted(pooled.items()):
        shown = " | ".join(f"{c / total[0]:.3f}" for c in total[1:])
        print(f"  {'pooled':<18} {lang} {total[0]:>4} | {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-none", action="store_true", help="leave off-topic items out")
    parser.add_argument("--no-noise", action="store_true", help="no noisy spellings")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--cross", action="store_true", help="leave one train set out, score it")
    parser.add_argument("--blend", type=float, action="append", help="with --cross")
    args = parser.parse_args()
    faq = load_faq(default_faq_path())
    docs = documents(faq, TRAIN_SETS, not args.no_none, not args.no_noise)
    for lang, ds in sorted(docs.items()):
        print(f"{lang}: {len(ds)} documents from {sorted({d.source for d in ds})}")
    if args.cross:
        cross(faq, docs, args.seed, args.blend or [0.3])
        return
    model = fit(docs, args.seed)
    args.out.write_text(model.to_json(), encoding="utf-8")
    for lang, m in sorted(model.languages.items()):
        print(f"{lang}: {len(m.classes)} classes, {len(m.index)} features")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
