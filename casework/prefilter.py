"""A cheap first look before a costly regular-expression search, with the same answer.

The off-topic markers are one alternation of about two hundred words and phrases. Python's
regular-expression engine tries every alternative at every position of the text, so a search
that finds nothing (the usual case: most mail is a real question) costs a few milliseconds of
a case's CPU. Every alternative holds at least one fixed piece of text ("号室", "invoice",
"payment "), and a match contains one of them; a substring test for each piece is a fast scan
of the text. When none is there, no alternative can match and the search is skipped; when one
is, the pattern itself is searched, so the answer is always the pattern's own.

The pieces come from the parsed pattern (the `re` package's own parser), so whatever the
pattern says, the pieces follow it; an alternative with no fixed piece (`\\d+`) makes every
text go to the search.

Case: under `re.IGNORECASE` a letter matches another when their simple lower-case forms are
equal or when both belong to one of the few classes of distinct lower-case letters with one
upper-case form (i and dotless ı, s and long ſ, σ and final ς; the `re` package's table of
them). Both the pieces and the text are folded to one representative of those classes, so a
piece that the pattern matches is always found in the folded text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

# Scored by their shortest piece, up to this length: longer pieces are no rarer in practice,
# and fewer pieces mean fewer scans.
_ENOUGH = 4


def _fold_table() -> dict[int, int]:
    """Each lower-case letter that shares its upper-case form with others, mapped to the
    smallest of its class (the classes are closed: joined until nothing changes)."""
    classes: dict[int, set[int]] = {}
    for code, others in _casefix._EXTRA_CASES.items():
        members = {code, *others}
        for m in list(members):
            members |= classes.get(m, set())
        for m in members:
            classes[m] = members
    return {code: min(members) for code, members in classes.items() if min(members) != code}


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower case as the `re` package compares letters under IGNORECASE. `str.lower` differs
    from the simple lower-case mapping the engine uses only for U+0130 (İ, whose full form
    adds a combining dot) and a final sigma (ς, folded with σ by the table)."""
    return text.replace("\u0130", "i").lower().translate(_FOLD)


Pieces = frozenset[str]


def _best(candidates: Iterable[Pieces]) -> Pieces | None:
    def score(pieces: Pieces) -> tuple[int, int]:
        return (min(min(len(p) for p in pieces), _ENOUGH), -len(pieces))

    return max(candidates, key=score, default=None)


def _sequence(items: Iterable[tuple[Any, Any]]) -> Pieces | None:
    """Pieces one of which every match of this sequence of parsed items contains, or None."""
    candidates: list[Pieces] = []
    run: list[str] = []
    for op, av in items:
        if op is _constants.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        inner: Pieces | None = None
        if op is _constants.SUBPATTERN:
            inner = _sequence(av[3])
        elif op is _constants.ATOMIC_GROUP:
            inner = _sequence(av)
        elif op is _constants.BRANCH:
            inner = _branch(av[1])
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            low, _, body = av
            if low >= 1:
                inner = _sequence(body)
        if inner is not None:
            candidates.append(inner)
    if run:
        candidates.append(frozenset({"".join(run)}))
    return _best(candidates)


def _branch(alternatives: Iterable[Iterable[tuple[Any, Any]]]) -> Pieces | None:
    found: set[str] = set()
    for alternative in alternatives:
        pieces = _sequence(alternative)
        if pieces is None:
            return None
        found |= pieces
    return frozenset(found)


def pieces_of(pattern: re.Pattern[str]) -> Pieces | None:
    """Folded pieces of text one of which every match of the pattern contains; None when the
    pattern has an alternative without one."""
    found = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    return None if found is None else frozenset(fold(p) for p in found)


class Prefiltered:
    """`pattern.search`, skipped when none of the pattern's pieces is in the text."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        found = pieces_of(pattern)
        # Longest first: a long piece is rarer, and the scan stops at the first one found.
        self.pieces = None if found is None else tuple(sorted(found, key=len, reverse=True))

    def possible(self, text: str) -> bool:
        """False only when the pattern cannot match the text."""
        if self.pieces is None:
            return True
        folded = fold(text)
        return any(p in folded for p in self.pieces)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.possible(text) else None
