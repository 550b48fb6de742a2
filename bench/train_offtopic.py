"""Trains the off-topic model (casework/offtopic.json) on the train part of the corpus.

    .venv/bin/python bench/train_offtopic.py

Logistic regression, by plain gradient descent, per language: in-scope inquiries of
bench/data/corpus-train.jsonl and the FAQ's phrasings (label 1) against its off-topic mail
(label 0), and the train-only bench/data/offtopic-train.jsonl (make_offtopic_train.py: sales,
press, recruiting and vendors' mail beside customers asking in the same words), each read as the
desk reads it (the asking text of casework.reading). Features as in
casework.offtopic.model_features, kept when seen in at least two documents. Dev and test are
never read here.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from casework.faq import default_faq_path, load_faq  # noqa: E402
from casework.offtopic import MODEL_PATH, model_features  # noqa: E402
from casework.reading import read_mail  # noqa: E402

EPOCHS = 60
RATE = 0.5
L2 = 0.002


def train(docs: list[tuple[set[str], int]]) -> tuple[float, dict[str, float]]:
    df = Counter(f for feats, _ in docs for f in feats)
    vocab = {f for f, n in df.items() if n >= 2}
    docs = [({f for f in feats if f in vocab}, y) for feats, y in docs]
    w: dict[str, float] = dict.fromkeys(vocab, 0.0)
    bias = 0.0
    rng = random.Random(1)
    # Balance the classes: off-topic mail is the smaller class.
    pos = sum(y for _, y in docs)
    neg = len(docs) - pos
    cw = {1: len(docs) / (2 * pos), 0: len(docs) / (2 * neg)}
    for _ in range(EPOCHS):
        rng.shuffle(docs)
        for feats, y in docs:
            scale = 1 / math.sqrt(len(feats)) if feats else 0.0
            z = bias + sum(w[f] for f in feats) * scale
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            g = (p - y) * cw[y]
            bias -= RATE * g * 0.1
            for f in feats:
                w[f] -= RATE * (g * scale + L2 * w[f])
    return bias, {f: round(v, 4) for f, v in w.items() if abs(v) >= 0.01}


def main() -> None:
    rows = [
        json.loads(line)
        for name in ("corpus-train.jsonl", "offtopic-train.jsonl")
        for line in (ROOT / "bench/data" / name).read_text(encoding="utf-8").splitlines()
    ]
    faq = load_faq(default_faq_path())
    model = {}
    for lang in ("ja", "en"):
        docs = [
            (model_features(read_mail(r["text"]).text, lang), int(r["sections"] != ["none"]))
            for r in rows
            if r["lang"] == lang
        ]
        docs += [(model_features(q, lang), 1) for e in faq.entries for q in e.questions[lang]]
        bias, weights = train(docs)
        model[lang] = {"bias": round(bias, 4), "weights": dict(sorted(weights.items()))}
        print(f"{lang}: {len(docs)} documents, {len(weights)} weights, bias {bias:.3f}")
    MODEL_PATH.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH}")


if __name__ == "__main__":
    main()
