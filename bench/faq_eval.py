"""Scores the FAQ matcher on labelled inquiries, beside a plain rapidfuzz baseline, and times it.

    .venv/bin/python bench/faq_eval.py [--split train|dev|test|fresh-dev|fresh-test|fresh2-test
        |plain-dev|plain-check ...] [--misses] [--no-latency]

The matcher is scored as `inquiry-desk ask` and intake use it: whole text in, the reading of the
mail (casework/reading.py) inside. For each data set, language and kind of inquiry (short, mail,
noisy, off-topic):

- top-1: in-scope inquiries whose best match is in one of their sections;
- answered-and-right: in-scope inquiries answered with confidence, with a right section;
- answered-but-wrong: in-scope inquiries answered with confidence, with a wrong section;
- false answers: off-topic inquiries answered with confidence;
- second answers (an acknowledgement carries up to two): how many in-scope inquiries got one,
  and how many of those were about a section not in the labels.

The baseline is `rapidfuzz.fuzz.token_set_ratio` of the raw text against every FAQ phrasing,
best section first, "answered" at a ratio of at least BASELINE_ANSWER.
Goals: top-1 >= 0.90 per language, whole mails included; answered-and-right >= 0.70;
answered-but-wrong <= 0.03; off-topic answered <= 0.03; p99 < 5 ms for a 5 KB mail.
The corpus splits: train (phrasings and the off-topic model), dev (thresholds), test (scored
once at the end, see docs/benchmarks.md). The fresh set, a second writer's (fresh-dev tuned on,
fresh-test scored once), checks that what was tuned on the corpus holds in another voice;
fresh2-test (bench/data/make_fresh2.py), hand-written after the third round, is scored once.
fresh3 (bench/data/make_fresh3.py), written unseen: fresh3-dev for thresholds only,
fresh3-test scored once at the end of a round.
plain-dev (bench/data/make_plain.py) holds terse, plain-spoken one-liners and is tuned on;
plain-check, in the same voice, is scored once at the end of the round that wrote it.
mailshapes-train (bench/data/make_mailshapes.py) holds whole mails in the shapes the reader
missed, for tuning the reader only; mailshapes2-train (bench/data/make_mailshapes2.py) holds
mail shapes no other set has (threads, forward chains, HTML text, letters), train only too.
voices-train and voices-dev (bench/data/make_voices.py) hold every section in many voices:
train tuned on, dev scored only to choose among changes.
fresh4ja and fresh4en (bench/data/make_fresh4ja.py, make_fresh4en.py), written unseen: their
dev parts chose among changes (and were read after a first look), their test parts are scored
once at the end of the round.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from casework.faq import Faq, FaqEntry, default_faq_path, load_faq  # noqa: E402
from casework.matching import FaqMatcher  # noqa: E402

DATA = ROOT / "bench" / "data"
SHARED_DEV = [ROOT.parent / "shared" / "eval" / "faq-dev.jsonl",
              ROOT.parent.parent / "shared" / "eval" / "faq-dev.jsonl"]  # fmt: skip
BASELINE_ANSWER = 75.0
KINDS = ("short", "mail", "noisy", "off-topic")

Row = dict[str, object]


def read(path: Path) -> list[Row]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for r in rows:
        r.setdefault("kind", "off-topic" if r["sections"] == ["none"] else "short")
    return rows


class Baseline:
    """token_set_ratio against every phrasing; the best one's section."""

    def __init__(self, faq: Faq) -> None:
        self.phrasings = {
            lang: [(q, e.section) for e in faq.entries for q in e.questions[lang]]
            for lang in ("ja", "en")
        }

    def match(self, text: str, lang: str) -> tuple[str, bool]:
        score, section = max((fuzz.token_set_ratio(text, q), s) for q, s in self.phrasings[lang])
        return section, score >= BASELINE_ANSWER


def tally(
    matcher: FaqMatcher, baseline: Baseline, rows: list[Row], misses: list[str]
) -> dict[tuple[str, str], dict[str, int]]:
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        text, lang, sections = str(r["text"]), str(r["lang"]), list(r["sections"])  # type: ignore[call-overload]
        result = matcher.match(text)
        got = result.matches[0].section if result.matches else None
        b_section, b_answered = baseline.match(text, lang)
        for key in ((lang, str(r["kind"])), (lang, "all")):
            c = counts[key]
            if sections == ["none"]:
                c["off"] += 1
                c["false"] += result.answered
                c["b_false"] += b_answered
                continue
            right, b_right = got in sections, b_section in sections
            # The acknowledgement carries a second answer for a second question
            # (acknowledgement.max_answers 2): one about something not asked is wrong too.
            second = result.confident(2)[1:]
            c["second"] += bool(second)
            c["second_wrong"] += bool(second) and second[0].section not in sections
            c["in"] += 1
            c["top1"] += right
            c["ans_right"] += result.answered and right
            c["ans_wrong"] += result.answered and not right
            c["b_top1"] += b_right
            c["b_ans_right"] += b_answered and b_right
            c["b_ans_wrong"] += b_answered and not b_right
        wrong = sections != ["none"] and (got not in sections or not result.answered)
        if wrong or (sections == ["none"] and result.answered):
            best = result.matches[0] if result.matches else None
            misses.append(
                f"  {r['id']} {lang} {r['kind']}: want {sections} got {got}"
                f" {best.score if best else 0:.2f} answered={result.answered}:"
                f" {' '.join(text.split())[:90]!r}"
            )
    return counts


def fmt(n: int, d: int) -> str:
    return f"{n / d:.3f}" if d else "  -  "


def report(name: str, counts: dict[tuple[str, str], dict[str, int]]) -> None:
    print(f"\n{name}")
    print(
        "  lang kind       n_in n_off | top-1  ans+right ans+wrong false  | baseline: top-1"
        "  ans+right ans+wrong false"
    )
    for lang in ("ja", "en"):
        for kind in (*KINDS, "all"):
            c = counts.get((lang, kind))
            if not c:
                continue
            i, o = c["in"], c["off"]
            ours = (f"{fmt(c['top1'], i)}  {fmt(c['ans_right'], i)}     "
                    f"{fmt(c['ans_wrong'], i)}     {fmt(c['false'], o)}")  # fmt: skip
            base = (f"{fmt(c['b_top1'], i)}  {fmt(c['b_ans_right'], i)}     "
                    f"{fmt(c['b_ans_wrong'], i)}     {fmt(c['b_false'], o)}")  # fmt: skip
            print(f"  {lang}   {kind:<10} {i:>4} {o:>5} | {ours}  |           {base}")
        c = counts.get((lang, "all"))
        if c and c["second"]:
            wrong = c["second_wrong"]
            print(f"  {lang}   second answers: {c['second']}, {wrong} not in the labels")


def synthetic_faq(faq: Faq, count: int) -> Faq:
    """The shipped FAQ padded with random entries to `count`, for the latency of a large FAQ."""
    rng = random.Random(7)
    kana = (
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ"
    )
    kanji = "情報個人利用停止開示訂正削除提供共同変更連絡窓口時間受付確認請求方法手続会社管理"
    words = ["account", "order", "invoice", "delivery", "refund", "booking", "ticket", "coupon"]
    entries = list(faq.entries)
    for n in range(count - len(entries)):
        ja = [
            "".join(rng.choice(kana + kanji) for _ in range(rng.randint(8, 20))) for _ in range(5)
        ]
        en = [" ".join(rng.choice(words) for _ in range(rng.randint(4, 9))) for _ in range(5)]
        questions = {"ja": tuple(ja), "en": tuple(en)}
        entries.append(
            FaqEntry(f"synthetic-{n}", "contact", "synthetic", questions, {"ja": "x", "en": "x"})
        )
    return Faq(tuple(entries))


def five_kb_mails(rows: list[Row], count: int) -> list[str]:
    """Mails of about 5 KB: a corpus mail over a long quoted history of other mails."""
    rng = random.Random(5)
    mails = [str(r["text"]) for r in rows if r["kind"] in ("mail", "off-topic")]
    out = []
    for _ in range(count):
        text = rng.choice(mails)
        while len(text.encode()) < 5000:
            other = rng.choice(mails)
            text += "\n\n" + "\n".join("> " + line for line in other.splitlines())
        out.append(text)
    return out


def timed(fn: object, texts: list[str], rounds: int) -> tuple[float, float]:
    samples = []
    for _ in range(rounds):
        for text in texts:
            started = time.perf_counter()
            fn(text)  # type: ignore[operator]
            samples.append(time.perf_counter() - started)
    samples.sort()
    return samples[len(samples) // 2] * 1000, samples[int(len(samples) * 0.99)] * 1000


def timed_best(fn: object, texts: list[str], rounds: int) -> tuple[float, float]:
    """p50 and p99 over the texts of each text's fastest round: on a shared, busy machine a
    single sample's tail is mostly other processes' time slices, not the matcher's."""
    best = [float("inf")] * len(texts)
    for _ in range(rounds):
        for i, text in enumerate(texts):
            started = time.perf_counter()
            fn(text)  # type: ignore[operator]
            best[i] = min(best[i], time.perf_counter() - started)
    best.sort()
    return best[len(best) // 2] * 1000, best[int(len(best) * 0.99)] * 1000


def split_name(name: str) -> str:
    """A set named on the command line: the corpus's splits by their short names, every other
    set of bench/data by its file's name, so that a new set needs no change here."""
    if (DATA / f"{name}.jsonl").exists() or (DATA / f"corpus-{name}.jsonl").exists():
        return name
    raise argparse.ArgumentTypeError(f"no set {name!r} in {DATA}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split",
        action="append",
        type=split_name,
        help="a set of bench/data: train, dev or test (the corpus), or a file's own name"
        " (fresh4en-dev, voices-train...)",
    )
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--no-latency", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    faq = load_faq(default_faq_path())
    matcher = FaqMatcher(faq)
    load_ms = (time.perf_counter() - started) * 1000
    baseline = Baseline(faq)
    # fresh-*: the second writer's set (bench/data/make_fresh.py); its test part scored once.
    sets: list[tuple[str, Path]] = [
        (name, DATA / f"{name}.jsonl")
        for s in (args.split or ("train", "dev", "fresh-dev", "plain-dev"))
        for name in (s if (DATA / f"{s}.jsonl").exists() else f"corpus-{s}",)
    ]
    if not args.split:
        sets += [("faq-heldout", DATA / "faq-heldout.jsonl")]
        sets += [("faq-dev (shared)", p) for p in SHARED_DEV if p.exists()][:1]
    all_rows: list[Row] = []
    for name, path in sets:
        rows = read(path)
        all_rows += rows
        misses: list[str] = []
        report(f"{name} ({len(rows)} inquiries)", tally(matcher, baseline, rows, misses))
        if args.misses and misses:
            print("\n".join(misses))
    print(f"\nFAQ: {len(faq.entries)} entries, loaded and indexed in {load_ms:.1f} ms")
    if args.no_latency:
        return
    mails = five_kb_mails(all_rows, 200)
    # First pass on a fresh matcher (its cache of corrected English words empty), then warm.
    c50, c99 = timed(FaqMatcher(faq).match, mails, 1)
    p50, p99 = timed(matcher.match, mails, 5)
    b50, b99 = timed(lambda t: baseline.match(t, "ja"), mails, 1)
    m50, m99 = timed_best(matcher.match, mails, 5)
    n50, n99 = timed_best(lambda t: baseline.match(t, "ja"), mails, 3)
    print(f"latency, 5 KB mails, each mail's fastest of its rounds: matcher p50 {m50:.2f} ms,"
          f" p99 {m99:.2f} ms; baseline p50 {n50:.2f} ms, p99 {n99:.2f} ms;"
          f" ratio p99 {m99 / n99:.2f}")  # fmt: skip
    print(f"latency, 5 KB mails: matcher cold p50 {c50:.2f} ms, p99 {c99:.2f} ms; warm p50"
          f" {p50:.2f} ms, p99 {p99:.2f} ms (goal p99 < 5 ms); baseline token_set_ratio p50"
          f" {b50:.2f} ms, p99 {b99:.2f} ms; ratio p99 {p99 / b99:.2f}"
          f" (cold {c99 / b99:.2f})")  # fmt: skip
    started = time.perf_counter()
    large = FaqMatcher(synthetic_faq(faq, 2000))
    build_ms = (time.perf_counter() - started) * 1000
    short = [str(r["text"]) for r in all_rows if r["kind"] in ("short", "noisy")]
    q50, q99 = timed_best(large.match, short, 3)
    print(f"latency, one-line inquiries with 2,000 entries (fastest round): p50 {q50:.2f} ms,"
          f" p99 {q99:.2f} ms (goal < 20 ms); indexed in {build_ms:.0f} ms")  # fmt: skip
    big = mails[0] * (20_000_000 // len(mails[0]))
    small = big[:20_000]
    t_big, _ = timed(matcher.match, [big], 3)
    t_small, _ = timed(matcher.match, [small], 3)
    print(
        f"bounded text: a {len(big) / 1e6:.0f} MB mail {t_big:.2f} ms, its first 20 KB"
        f" {t_small:.2f} ms (ratio {t_big / t_small:.2f})"
    )


if __name__ == "__main__":
    main()
