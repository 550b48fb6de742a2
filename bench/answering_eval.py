"""The answering decision, measured as on mail the FAQ's phrasings were not written for.

    .venv/bin/python bench/answering_eval.py [--dev NAME ...] [--scan] [--logistic]
        [--held-out 0.4] [--seeds 3] [--target 0.02]

The dev sets have been read while the FAQ's phrasings were written, so on them a first answer
is right far more often than on mail nobody has seen (docs/benchmarks.md: 1 wrong answer in 100
on dev, 9 in 100 on fresh3-test). To see how an answering rule does when the phrasings do not
fit, every set is also scored against the FAQ with a share of each entry's phrasings held out
(`--held-out`, its first phrasing always kept; `--seeds` draws, pooled): scores fall and wrong
first answers appear, as on unseen mail. For each train and dev set and language it prints
top-1 / answered and right / answered but wrong / off-topic answered, with the full FAQ and
with phrasings held out, for the shipped rule (casework.matching.RULES).

Beside it, as the baseline measured in the same run, the lexical matcher alone (the section
model's blend at 0, casework.sectionmodel) with the rule it was chosen for (BASELINE), and the
ratio of the two wrong shares. --dev takes any set of bench/data but a test set.

--scan: the rule's five numbers over a grid, per language; the candidates whose answered-but-
wrong share and off-topic answered share, pooled over the dev sets with phrasings held out,
are at most --target, best answered-and-right first, each with its train figures beside.
--logistic: a logistic regression over the evidence of a match (casework.answering.FEATURES and
the off-topic model's probability), trained on the train sets (full and held-out FAQ) to
predict "the first answer is right" (off-topic mail: not right), its cutoff chosen as the scan
chooses; printed beside the best rule.
Test sets are never read.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.train_sections import TRAIN_SETS  # noqa: E402
from casework.answering import FEATURES, AnsweringRule, Evidence  # noqa: E402
from casework.faq import Faq, default_faq_path, load_faq  # noqa: E402
from casework.matching import OFFTOPIC_CHARS, RULES, FaqMatcher  # noqa: E402
from casework.offtopic import marker, offers  # noqa: E402
from casework.reading import read_mail  # noqa: E402

DATA = ROOT / "bench" / "data"
# The rule chosen for the lexical score alone (docs/benchmarks.md, "The answering decision"):
# the baseline, scored with the section model's blend at 0.
BASELINE = {
    "ja": AnsweringRule(threshold=0.32, lead=0.03, floor=0.14, margin=0.10),
    "en": AnsweringRule(threshold=0.30, lead=0.03, floor=0.18, margin=0.10, split=0.08),
}
# The sets the section model trains on (bench/train_sections.py), those present.
TRAIN = tuple(name for name in TRAIN_SETS if (DATA / f"{name}.jsonl").exists())
DEV = (
    *("corpus-dev", "fresh-dev", "fresh3-dev", "voices-dev", "plain-dev"),
    *("fresh4ja-dev", "fresh4en-dev", "fresh5ja-dev", "fresh5en-dev"),
    *("fresh5ja-dev2", "fresh5en-dev2"),
)


@dataclass(frozen=True)
class Scored:
    name: str  # the data set
    lang: str
    sections: tuple[str, ...]
    got: str | None
    evidence: Evidence | None
    stance: bool  # no off-topic marker, no offer (casework.offtopic)
    in_scope: float  # the off-topic model's probability

    @property
    def off_topic(self) -> bool:
        return self.sections == ("none",)

    @property
    def right(self) -> bool:
        return not self.off_topic and self.got in self.sections


Decide = Callable[[Scored], bool]


def held_out(faq: Faq, share: float, seed: int) -> Faq:
    """The FAQ with about `share` of each entry's phrasings left out (the first one kept)."""
    rng = random.Random(seed)
    entries = []
    for e in faq.entries:
        kept = {
            lang: tuple(q for n, q in enumerate(qs) if n == 0 or rng.random() >= share)
            for lang, qs in e.questions.items()
        }
        entries.append(replace(e, questions=kept))
    return Faq(tuple(entries))


def score(matcher: FaqMatcher, names: tuple[str, ...]) -> list[Scored]:
    out = []
    for name in names:
        for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line:
                continue
            row = json.loads(line)
            result, evidence = matcher.weigh(row["text"])
            asking = read_mail(row["text"]).text[:OFFTOPIC_CHARS]
            lang = result.lang
            out.append(
                Scored(
                    name,
                    row["lang"],
                    tuple(row["sections"]),
                    result.matches[0].section if result.matches else None,
                    evidence,
                    not (marker(asking) or offers(asking)),
                    matcher.offtopic.in_scope(asking, lang),
                )
            )
    return out


def rule_decision(rules: dict[str, AnsweringRule]) -> Decide:
    def decide(s: Scored) -> bool:
        e = s.evidence
        rule = rules[e.lang] if e else None
        return bool(
            e
            and rule
            and s.stance
            and s.in_scope >= 0.5
            and rule.answers(e)
            and not rule.doubts(e, s.in_scope)
        )

    return decide


def tally(rows: list[Scored], decide: Decide) -> tuple[int, int, int, int, int, int]:
    """In scope, off topic, top-1, answered and right, answered but wrong, off-topic answered."""
    n_in = n_off = top1 = right = wrong = false = 0
    for s in rows:
        answered = decide(s)
        if s.off_topic:
            n_off += 1
            false += answered
        else:
            n_in += 1
            top1 += s.right
            right += answered and s.right
            wrong += answered and not s.right
    return n_in, n_off, top1, right, wrong, false


def figures(rows: list[Scored], decide: Decide) -> str:
    n_in, n_off, top1, right, wrong, false = tally(rows, decide)
    d = n_in or 1
    return f"{top1 / d:.3f} {right / d:.3f} {wrong / d:.3f} {false}/{n_off}"


def rates(rows: list[Scored], decide: Decide) -> tuple[float, float, float]:
    """Answered and right, answered but wrong (of in scope), off-topic answered (of off topic)."""
    n_in, n_off, _, right, wrong, false = tally(rows, decide)
    return right / (n_in or 1), wrong / (n_in or 1), false / (n_off or 1)


def pick(rows: list[Scored], names: tuple[str, ...], lang: str) -> list[Scored]:
    return [s for s in rows if s.name in names and s.lang == lang]


def report(
    title: str, full: list[Scored], held: list[Scored], decide: Decide, dev: tuple[str, ...]
) -> None:
    print(f"\n{title}: top-1 / answered and right / answered but wrong / off-topic answered")
    print(f"  {'set':<18} lang | full FAQ                     | phrasings held out")
    for lang in ("ja", "en"):
        for names in [(n,) for n in (*TRAIN, *dev)] + [TRAIN, dev]:
            rows = pick(full, names, lang)
            if not rows:
                continue
            label = names[0] if len(names) == 1 else ("train, pooled", "dev, pooled")[names == dev]
            print(
                f"  {label:<18} {lang}   | {figures(rows, decide):<28} |"
                f" {figures(pick(held, names, lang), decide)}"
            )


GRID = {
    "threshold": (0.26, 0.28, 0.30, 0.32, 0.34, 0.36, 0.38, 0.40, 0.44),
    "lead": (0.015, 0.03, 0.05, 0.08, 0.10, 0.12, 0.15),
    "floor": (0.14, 0.18, 0.22, 0.26, 1.0),
    "margin": (0.08, 0.10, 0.15, 0.20),
    "split": (0.0, 0.08),
}


def scan(full: list[Scored], held: list[Scored], target: float, dev: tuple[str, ...]) -> None:
    print(f"\nscan: answered-but-wrong <= {target} pooled over dev with phrasings held out")
    print("  rule (threshold lead floor margin split) | right/wrong/off-topic:")
    print("  dev, dev with phrasings held out, train with phrasings held out")
    for lang in ("ja", "en"):
        found = []
        for t, ld, fl, mg, sp in itertools.product(*GRID.values()):
            if fl >= t and fl != 1.0:
                continue
            rule = AnsweringRule(t, ld, fl, mg, sp)
            decide = rule_decision({**RULES, lang: rule})
            h_right, h_wrong, h_false = rates(pick(held, dev, lang), decide)
            if h_wrong <= target and h_false <= target:
                found.append((h_right, -h_wrong, rule, decide))
        found.sort(key=lambda f: (f[0], f[1]), reverse=True)
        shipped = rule_decision(RULES)
        for _, _, rule, decide in [(0.0, 0.0, RULES[lang], shipped), *found[:8]]:
            cols = [rates(pick(rows, names, lang), decide)
                    for rows, names in ((full, dev), (held, dev), (held, TRAIN))]  # fmt: skip
            tag = "shipped" if decide is shipped else "       "
            print(
                f"  {lang} {tag} {rule.threshold:.3f} {rule.lead:.3f} {rule.floor:.2f}"
                f" {rule.margin:.2f} {rule.split:.2f} | "
                + "  ".join(f"{r:.3f}/{w:.3f}/{f:.3f}" for r, w, f in cols)
            )


def logistic(full: list[Scored], held: list[Scored], target: float, dev: tuple[str, ...]) -> None:
    """Plain gradient descent on standardised features, per language; L2 against over-fitting."""
    print(f"\nlogistic regression, cutoff for answered-but-wrong <= {target} (dev held out)")
    for lang in ("ja", "en"):
        train = [s for s in pick(full + held, TRAIN, lang) if s.evidence and s.stance]
        xs = [vector(s) for s in train]
        ys = [float(s.right) for s in train]
        k = len(xs[0])
        mean = [sum(x[i] for x in xs) / len(xs) for i in range(k)]
        std = [math.sqrt(sum((x[i] - mean[i]) ** 2 for x in xs) / len(xs)) or 1.0 for i in range(k)]
        zs = [[(x[i] - mean[i]) / std[i] for i in range(k)] for x in xs]
        w, b = [0.0] * k, 0.0
        for _ in range(400):
            gw, gb = [0.0] * k, 0.0
            for z, y in zip(zs, ys, strict=True):
                g = sigmoid(b + sum(a * c for a, c in zip(w, z, strict=True))) - y
                gb += g
                gw = [gi + g * zi for gi, zi in zip(gw, z, strict=True)]
            b -= 0.5 * gb / len(zs)
            w = [wi - 0.5 * (gi / len(zs) + 0.01 * wi) for wi, gi in zip(w, gw, strict=True)]
        model = Logistic(
            b - sum(w[i] * mean[i] / std[i] for i in range(k)), [w[i] / std[i] for i in range(k)]
        )
        best = None
        for cut in (c / 100 for c in range(40, 99)):
            decide = cutoff(model.chance, cut)
            h_right, h_wrong, h_false = rates(pick(held, dev, lang), decide)
            if h_wrong <= target and h_false <= target and (best is None or h_right > best[0]):
                best = (h_right, cut, decide)
        if best is None:
            continue
        _, cut, decide = best
        cols = [rates(pick(rows, names, lang), decide)
                for rows, names in ((full, dev), (held, dev), (held, TRAIN))]  # fmt: skip
        weights = " ".join(f"{v:+.2f}" for v in model.weights)
        shown = "  ".join(f"{r:.3f}/{w:.3f}/{f:.3f}" for r, w, f in cols)
        print(f"  {lang} cutoff {cut:.2f} | {shown}")
        print(f"     weights ({', '.join(FEATURES)}, in_scope) {weights} bias {model.bias:+.2f}")


@dataclass(frozen=True)
class Logistic:
    bias: float
    weights: list[float]

    def chance(self, s: Scored) -> float:
        return sigmoid(self.bias + sum(a * c for a, c in zip(self.weights, vector(s), strict=True)))


def vector(s: Scored) -> list[float]:
    assert s.evidence is not None
    return [*s.evidence.vector(), s.in_scope]


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def cutoff(chance: Callable[[Scored], float], cut: float) -> Decide:
    return lambda s: bool(s.evidence and s.stance and s.in_scope >= 0.5 and chance(s) >= cut)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", action="append", help="dev sets (default: those of DEV)")
    parser.add_argument("--held-out", type=float, default=0.4)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--target", type=float, default=0.02)
    parser.add_argument("--scan", action="store_true")
    parser.add_argument("--logistic", action="store_true")
    args = parser.parse_args()
    dev = tuple(args.dev or DEV)
    if any(name.endswith("-test") or name == "plain-check" for name in dev):
        parser.error("test sets are scored once, by bench/faq_eval.py, never tuned on")
    faq = load_faq(default_faq_path())
    names = (*TRAIN, *dev)

    def scored(blend: float | None) -> tuple[list[Scored], list[Scored]]:
        """Every set with the full FAQ and with phrasings held out. The section model is the
        shipped one, trained on every phrasing: holding phrasings out tests the lexical part."""
        full = score(FaqMatcher(faq, blend=blend), names)
        held = [
            s
            for seed in range(1, args.seeds + 1)
            for s in score(FaqMatcher(held_out(faq, args.held_out, seed), blend=blend), names)
        ]
        return full, held

    full, held = scored(None)
    full0, held0 = scored(0.0)
    shipped, baseline = rule_decision(RULES), rule_decision(BASELINE)
    report("shipped: the blend and casework.matching.RULES", full, held, shipped, dev)
    report("baseline: the lexical score alone, its rule", full0, held0, baseline, dev)
    print("\ndev pooled, right / wrong: shipped | baseline | ratio of wrong shares")
    for lang in ("ja", "en"):
        for label, rows, rows0 in (("full FAQ", full, full0), ("held out", held, held0)):
            mine, base = pick(rows, dev, lang), pick(rows0, dev, lang)
            (r1, w1, _), (r0, w0, _) = rates(mine, shipped), rates(base, baseline)
            ratio = f"{w1 / w0:.2f}" if w0 else "-"
            print(f"  {lang} {label:<9} {r1:.3f} / {w1:.3f} | {r0:.3f} / {w0:.3f} | {ratio}")
    if args.scan:
        scan(full, held, args.target, dev)
    if args.logistic:
        logistic(full, held, args.target, dev)


if __name__ == "__main__":
    main()
