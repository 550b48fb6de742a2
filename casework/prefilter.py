"""A cheap first look before a costly regular-expression search, with the same answer.

The off-topic markers are one alternation of about two hundred words and phrases. Python's
regular-expression engine tries every alternative at every position of the text, so a search
that finds nothing (the usual case: most mail is a real question) costs a few milliseconds of
a case's CPU. Most alternatives hold fixed pieces of text ("号室", "invoice", "payment "), and
a match of one contains a piece of each of its sets ("our " and one of "team", "experts"…); a
substring test for each piece is a fast scan of the text. An alternative whose pieces are all
there is searched alone (one alternative: microseconds), and one with no fixed piece is
searched every time; only when an alternative matches is the pattern itself searched, so the
answer is always the pattern's own.

The pieces come from the parsed pattern (the `re` package's own parser), so whatever the
pattern says, the pieces follow it. A pattern whose alternatives cannot be searched one by one
(a back-reference, verbose mode) is filtered by its pieces as a whole.

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


def _requirements(items: Iterable[tuple[Any, Any]]) -> list[Pieces]:
    """Sets of pieces such that every match of this sequence of parsed items contains a piece
    of each set."""
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
    return candidates


def _sequence(items: Iterable[tuple[Any, Any]]) -> Pieces | None:
    """Pieces one of which every match of this sequence of parsed items contains, or None."""
    return _best(_requirements(items))


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


# A pattern whose alternatives cannot be searched one by one: a back-reference or a
# conditional group names groups by number across them; a global inline flag stands only at
# the start.
_NOT_SPLIT = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|^\(\?[aiLmsux]+\)")


def alternatives_of(pattern: re.Pattern[str]) -> list[str]:
    """The source of each top-level alternative of the pattern (the whole pattern, when it
    cannot be searched by its alternatives)."""
    source = pattern.pattern
    if pattern.flags & re.VERBOSE or _NOT_SPLIT.search(source):
        return [source]
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1
            # "]" first in a set, or after "^", is a member, not the end.
            if source[i : i + 1] == "^":
                i += 1
            if source[i : i + 1] == "]":
                i += 1
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


class Prefiltered:
    """`pattern.search`, skipped when the pattern cannot match the text.

    The pattern matches a text when one of its top-level alternatives does. An alternative
    needs a piece of each of its sets of pieces; one whose pieces are all there is searched
    alone (a single alternative: microseconds), and only when one matches is the pattern
    itself searched, for its own answer."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.alternatives: list[tuple[tuple[Pieces, ...], re.Pattern[str]]] = []
        for source in alternatives_of(pattern):
            alone = re.compile(source, pattern.flags)
            needs = [frozenset(fold(p) for p in need) for need in _requirements(
                _parser.parse(source, pattern.flags)
            )]  # fmt: skip
            # The most telling set first: the one whose shortest piece is longest.
            needs.sort(key=lambda need: min(len(p) for p in need), reverse=True)
            self.alternatives.append((tuple(needs), alone))
        pieces = {p for wanted, _ in self.alternatives for need in wanted for p in need}
        # Longest first: the scan for each is a fast search of the folded text.
        self.pieces = tuple(sorted(pieces, key=len, reverse=True))
        # No piece with a character beyond ASCII is in an ASCII text (most English mail): those
        # are not looked for there.
        self._ascii_pieces = tuple(p for p in self.pieces if p.isascii())
        self._by_piece: dict[str, list[int]] = {}
        self._always: list[int] = []  # alternatives with no fixed piece: searched every time
        for n, (wanted, _) in enumerate(self.alternatives):
            if not wanted:
                self._always.append(n)
            for p in wanted[0] if wanted else ():
                self._by_piece.setdefault(p, []).append(n)

    def possible(self, text: str) -> bool:
        """Whether the pattern matches the text (exactly: an alternative that may match is
        searched)."""
        folded = fold(text)
        pieces = self._ascii_pieces if folded.isascii() else self.pieces
        hits = {p for p in pieces if p in folded}
        tried: set[int] = set()
        for p in hits:
            for n in self._by_piece.get(p, ()):
                if n in tried:
                    continue
                tried.add(n)
                needs, alone = self.alternatives[n]
                if all(not need.isdisjoint(hits) for need in needs) and alone.search(text):
                    return True
        return any(self.alternatives[n][1].search(text) for n in self._always)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.possible(text) else None
