"""Whether the desk answers a policy question: the evidence of a match, and the rule that
weighs it.

The matcher ranks the FAQ's entries for any text; this module decides whether the first one is
given with confidence (in the acknowledgement, `ask --json`'s `answered`). A wrong answer costs
the customer more than none, so the rule is set for few wrong answers first and the most right
ones second (docs/benchmarks.md, "The answering decision").

The rule, per language: the best entry's score over a threshold and a lead over the best entry
of another section; or, below it, over a floor with a wider lead; and, when the whole asking
text points to another section than the sentence the answer comes from, a lead of `split` at
least (the mail as a whole disagrees with its question: one of the two readings is wrong).
The lead carries most of the evidence: over the train and dev sets it tells a right first
answer from a wrong one better than the score does (area under the curve 0.86 to 0.93 against
0.79 to 0.90), and better than the rest of `Evidence`. A logistic model over all of it and the
off-topic probability (bench/answering_eval.py --logistic), trained on the train sets, answered
fewer rightly than this rule at the same share of wrong answers on the dev sets, so the rule
stays: five numbers per language, read in a line, and no weights to ship.

`Evidence` is what a match rests on, as `FaqMatcher.weigh` returns it; bench/answering_eval.py
reads it to compare rules.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    """What a match rests on, beside which section it found."""

    lang: str
    section: str  # the best entry's
    score: float  # the best entry's score
    lead: float  # over the best entry of another section (not another question's answer)
    agrees: bool  # the whole text's best section is the answer's or another question's
    asking: int  # sentences that ask or request
    best_asks: bool  # the answer's score comes from a sentence that asks
    length: int  # characters of the asking text
    votes: float  # share of the scored units whose best section is the answer's
    # The section model's view of the whole asking text (casework.sectionmodel): the answer's
    # section's probability, its lead over the next section's, and the off-topic class's.
    chance: float = 0.0
    margin: float = 0.0
    none: float = 0.0

    def vector(self) -> tuple[float, ...]:
        """The evidence as numbers, in the order of FEATURES."""
        return (
            self.score,
            self.lead,
            self.lead / self.score if self.score > 0 else 0.0,
            float(self.agrees),
            math.log1p(self.asking),
            float(self.best_asks),
            math.log1p(self.length) / 5.0,
            self.votes,
            self.chance,
            self.margin,
            self.none,
        )


FEATURES = (
    *("score", "lead", "share_lead", "agrees", "asking", "best_asks", "length", "votes"),
    *("chance", "margin", "none"),
)


@dataclass(frozen=True)
class AnsweringRule:
    """Answer over `threshold` with `lead` over the best other section; between `floor` and
    `threshold` only with `margin` over it. When the whole asking text points to another
    section than the sentence the answer comes from, the lead must be `split` at least."""

    threshold: float
    lead: float
    floor: float
    margin: float
    split: float = 0.0
    # The section model's view of the whole asking text (Evidence.none, .margin): no answer
    # when its off-topic class holds more than `none_cap`, nor when it prefers another section
    # by more than `veto` while the lexical lead is under `veto_lead` (the two disagree and
    # the lexical score is not sure). The defaults never refuse.
    none_cap: float = 1.0
    veto: float = 1.0
    veto_lead: float = 0.0
    # The two views of off-topic mail, both leaning that way: no answer when the section
    # model's off-topic class holds more than `doubt_none` and the off-topic model's
    # probability of "in scope" (casework.offtopic) is under `doubt_in_scope`. The defaults
    # never refuse.
    doubt_none: float = 1.0
    doubt_in_scope: float = 0.0

    def doubts(self, evidence: Evidence, in_scope: float) -> bool:
        """Both views lean off-topic (`doubt_none`, `doubt_in_scope`)."""
        return evidence.none > self.doubt_none and in_scope < self.doubt_in_scope

    def answers(self, evidence: Evidence) -> bool:
        if evidence.none > self.none_cap:
            return False
        if evidence.margin < -self.veto and evidence.lead < self.veto_lead:
            return False
        if not evidence.agrees and evidence.lead < self.split:
            return False
        if evidence.score >= self.threshold:
            return evidence.lead >= self.lead
        return evidence.score >= self.floor and evidence.lead >= self.margin
