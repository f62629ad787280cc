"""Recognition: find candidate temporal expressions and choose the non-overlapping ones.

The rules live in :mod:`rules_calendar`, :mod:`rules_deictic` and :mod:`rules_quantity`;
each is a compiled pattern plus a small function reading the match into a
:class:`~timeline.temporal.rules.Candidate` (its span, kind and the components the text
states).  Nothing here looks at the document date: that is the normalizer's job.  For speed
each rule only runs near its trigger words, found in one pass over the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

from timeline.temporal import lexicon as lx
from timeline.temporal import rules_calendar, rules_deictic, rules_quantity  # noqa: F401 (registration)
from timeline.temporal.patterns import trie_regex
from timeline.temporal.refine import refine
from timeline.temporal.rules import RULES, Candidate

__all__ = ["Candidate", "candidates", "recognize", "select"]


# ----------------------------------------------------------------------------- scanning


# Each rule is only run near its trigger words (one fast pass over the tokens finds them),
# in a window reaching ``back`` characters before and ``forward`` after the trigger.
# "#" stands for any token starting with a digit, "#4" for a four-digit number.
def _words(*groups: Any) -> frozenset[str]:
    out: set[str] = set()
    for g in groups:
        for phrase in g:
            out.update(re.findall(r"\w+", phrase.lower()))
    return frozenset(out)


_MONTH_WORDS = _words(lx.MONTHS)
_WEEKDAY_WORDS = _words(lx.WEEKDAYS, [w + "s" for w in lx.WEEKDAYS])
_UNIT_WORDS = _words(lx.UNITS, lx.UNIT_PLURALS)
_PART_WORDS = _words(lx.PARTS_OF_DAY)
_TRIGGERS: dict[str, tuple[frozenset[str], int, int]] = {
    "month-day-year": (_MONTH_WORDS, 45, 30),
    "day-continuation": (_MONTH_WORDS, 2, 24),
    "week-of": (_MONTH_WORDS, 30, 30),
    "day-month-year": (_MONTH_WORDS, 20, 14),
    "month-year": (_MONTH_WORDS, 45, 34),
    "numeric-date": (frozenset({"#"}), 1, 12),
    "iso-date": (frozenset({"#4"}), 1, 22),
    "ymd-slash": (frozenset({"#4"}), 1, 8),
    "dotted-date": (frozenset({"#"}), 1, 10),
    "year": (frozenset({"#4"}), 32, 16),  # forward: room for the lookahead (" percent")
    "decade": (frozenset({"#"}), 25, 8),
    "century": (frozenset({"century"}), 35, 2),
    "day-of-month": (frozenset({"#"}), 16, 24),
    "weekday": (_WEEKDAY_WORDS, 40, 50),
    "deictic-day": (_words(lx.DEICTIC_DAYS), 30, 14),
    "part-of-day": (_PART_WORDS, 30, 6),  # forward: room for the lookahead (" of")
    "mid-part": (_PART_WORDS, 12, 16),
    "clock-time": (frozenset({"#", "noon", "midday", "midnight"}), 40, 50),
    "spoken-clock": (frozenset({"half", "quarter", "clock"}), 12, 70),
    "clock-after-day": (_WEEKDAY_WORDS | _MONTH_WORDS
                        | _words(lx.DEICTIC_DAYS) - {"the", "day", "before", "after"}, 2, 80),
    "relative-period": (_UNIT_WORDS | {"period", "half", "season"}, 44, 12),
    "point-mod-this": (_UNIT_WORDS, 25, 2),
    "ordinal-period": (frozenset({"quarter", "quarters", "half"}), 60, 30),
    "season": (_words(lx.SEASONS), 40, 34),
    "nth-weekday-of-month": (_WEEKDAY_WORDS, 20, 30),
    "split-year": (frozenset({"#4"}), 1, 8),
    "month-range-period": (_MONTH_WORDS, 14, 30),
    "quantity": (_UNIT_WORDS, 48, 30),
    "unit-long": (_UNIT_WORDS, 12, 6),
    "vague-while": (frozenset({"while", "time", "period"}), 30, 4),
    "around-event": (frozenset({"days", "weeks", "months"}), 20, 40),
    "bare-units": (_UNIT_WORDS, 30, 28),
    "units-around-event": (frozenset({"minutes", "hours", "days", "weeks", "months", "years",
                                      "decades"}), 1, 20),
    "recent-units": (_UNIT_WORDS, 18, 2),
    "adj-shift": (_UNIT_WORDS, 35, 45),
    "year-end": (frozenset({"end"}), 25, 2),
    "unit-before": (frozenset({"before", "after", "earlier", "later"}), 16, 6),
    "day-before-day": (frozenset({"before", "after"}), 10, 50),
    "unit-end": (frozenset({"end"}), 16, 2),
    "period-year-ago": (
        frozenset({"ago", "earlier", "before", "prior", "previous", "last"}),
        50,
        30,
    ),
    "every": (frozenset({"every", "each", "per"}), 1, 35),
    "every-n": (frozenset({"every"}), 1, 40),
    "this-time-year": (frozenset({"time"}), 6, 16),
    "first-hours": (frozenset({"hour", "hours", "minute", "minutes"}), 24, 6),
    "unit-period": (frozenset({"period", "term"}), 30, 1),
    "new-year": (frozenset({"new"}), 6, 10),
    "nth-week-of": (frozenset({"week", "weekend"}), 16, 30),
    "after-next": (frozenset({"after", "before"}), 16, 6),
    "weekends": (frozenset({"weekends"}), 8, 1),
    "frequency-adverb": (_words(lx.FREQUENCY_ADVERBS), 1, 1),
    "reference": (
        _words(lx.PRESENT_WORDS, lx.PAST_WORDS, lx.FUTURE_WORDS)
        - {"the", "in", "at", "to", "this", "old"},
        25,
        25,
    ),
    "spelled-year": (frozenset({"nineteen", "eighteen", "seventeen", "thousand"}), 22, 35),
    "decade-word": (_words(lx.DECADE_WORDS), 14, 2),
    "year-period": (frozenset({"#4"}), 6, 30),
    "quarter-code": (frozenset({"q1", "q2", "q3", "q4", "h1", "h2"}), 2, 16),
    "holiday": (
        _words(lx.HOLIDAYS, lx.FLOATING_HOLIDAYS, lx.COMPUTED_HOLIDAYS)
        - {"day", "s", "new", "sunday", "king", "friday", "monday", "of", "st", "saint", "may",
           "the"},
        25,
        35,
    ),
}
_BY_WORD: dict[str, list[str]] = {}
for _name, (_words, _, _) in _TRIGGERS.items():
    for _w in _words:
        _BY_WORD.setdefault(_w, []).append(_name)
_BY_WORD["#4"] = _BY_WORD.get("#4", []) + _BY_WORD.get("#", [])
# One pass finds only the trigger words (a prefix trie keeps the alternation fast).
_TRIGGER_SOURCE = r"\b(?:" + trie_regex(w for w in _BY_WORD if not w.startswith("#")) + r")\b|\d\w*"
_TRIGGER_SCAN = re.compile(_TRIGGER_SOURCE)  # on lower-cased text: faster than IGNORECASE
_TRIGGER_SCAN_ANY_CASE = re.compile(_TRIGGER_SOURCE, re.IGNORECASE)


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each rule, the merged text windows around its trigger words."""
    hits: dict[str, list[tuple[int, int]]] = {}
    get = _BY_WORD.get
    low = text.lower()
    if len(low) == len(text):
        found = _TRIGGER_SCAN.finditer(low)
    else:  # a few characters ("İ") change length when lower-cased: keep the offsets right
        found = _TRIGGER_SCAN_ANY_CASE.finditer(text)
    for m in found:
        tok = m.group().lower()
        if tok[0].isdigit():
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                continue  # digits inside a word
            names = get("#4" if len(tok) == 4 and tok.isdigit() else "#")
        else:
            names = get(tok)
        if not names:
            continue
        span = m.span()
        for name in names:
            hits.setdefault(name, []).append(span)
    n = len(text)
    out: dict[str, list[tuple[int, int]]] = {}
    for name, spans in hits.items():
        _, back, fwd = _TRIGGERS[name]
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            lo, hi = max(0, s - back), min(n, e + fwd)
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        out[name] = merged
    return out


def candidates(text: str) -> Iterator[Candidate]:
    """Every candidate any rule finds (overlapping)."""
    windows = _windows(text)
    for name, pattern, build, priority in RULES:
        regions = windows.get(name, []) if name in _TRIGGERS else [(0, len(text))]
        for lo, hi in regions:
            for m in pattern.finditer(text, lo, hi):
                try:
                    c = build(m, text)
                except (ValueError, KeyError, IndexError, AttributeError, TypeError):
                    continue  # one odd match never costs the rest of the document
                if c is None or c.end <= c.start:
                    continue
                c.priority = priority
                yield c


def select(found: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then rule priority, then leftmost."""
    found.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    starts: list[int] = []  # taken spans, sorted and disjoint
    ends: list[int] = []
    taken: list[Candidate] = []
    for c in found:
        i = bisect.bisect_left(starts, c.start)
        if i > 0 and ends[i - 1] > c.start:
            continue
        if i < len(starts) and starts[i] < c.end:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


_APPROX_BEFORE = re.compile(
    r"\b(?:around|about|approximately|roughly|sometime|some\s+time)\s+$", re.I
)
_ON_OR_BEFORE = re.compile(r"\b(?:on|in|at)\s+or\s+$", re.I)  # "on or about June 30": a signal
_PARTICLE_VERB = re.compile(
    r"\b(?:get|gets|got|getting|come|came|turn|turned|go|went|look|way|ways)\s+$", re.I
)
_APPROX_KINDS = frozenset({"date", "time", "relative", "weekday", "deictic", "holiday", "season"})


_NEAR_CLOCK_BEFORE = re.compile(
    r"\b(?P<w>nearly|almost)\s+$",
    re.I,
)
_NEAR_CLOCK_MODS = {"nearly": "APPROX", "almost": "APPROX"}


def recognize(text: str) -> list[Candidate]:
    """The non-overlapping candidates of ``text`` in document order."""
    chosen = refine(select(list(candidates(text))), text)
    previous_end = 0
    for c in chosen:
        if c.kind == "time":
            near = _NEAR_CLOCK_BEFORE.search(text, max(previous_end, c.start - 16), c.start)
            if near is not None:  # "nearly 1 a.m." ("shortly before": a signal, left out)
                c.start = near.start()
                c.known["near"] = _NEAR_CLOCK_MODS[near["w"].lower().split()[-1]]
        if c.kind in _APPROX_KINDS:
            m = _APPROX_BEFORE.search(text, max(previous_end, c.start - 20), c.start)
            if (
                m
                and not _PARTICLE_VERB.search(text, max(0, m.start() - 12), m.start())
                and not _ON_OR_BEFORE.search(text, max(0, m.start() - 8), m.start())
            ):
                c.start = m.start()
                c.known["approx"] = True
        previous_end = c.end
    return chosen
