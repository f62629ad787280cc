"""Refiners: passes over the chosen candidates that join or add what one rule alone cannot see
(after chrono's refiners). They read only the candidates and the text between them, so they
cost next to nothing beside the recognizers' scans."""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.temporal.calendar import DURATION_LETTERS, TIME_UNITS
from timeline.temporal.rules import Candidate

_ORDER = ("year", "month", "day", "hour", "minute", "second")
_SMALL_UNITS = frozenset({"minute", "second"})  # "3 hours, 22 minutes": a comma joins these
_AND_GAP = re.compile(r"\s+(?:and\s+)?")
_COMMA_GAP = re.compile(r",\s*")
_RANGE_BEFORE = re.compile(
    r"\b(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|till)\s*"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _parts(c: Candidate) -> list[tuple[int, str]] | None:
    """The (amount, unit) parts of a plain counted duration ("four hours") or of one already
    joined ("two hours, four minutes"), else None."""
    k = c.known
    if c.kind == "duration" and c.rule == "compound-duration":
        return list(k["parts"])
    amount, unit = k.get("amount"), k.get("unit")
    if c.kind != "duration" or c.rule != "duration" or unit not in _ORDER or amount is None:
        return None
    if not float(amount).is_integer() or set(k) - {"amount", "unit", "qmod", "det"}:
        return None
    return [(int(amount), unit)]


def _joined(a: Candidate, b: Candidate, text: str) -> Candidate | None:
    """ "four hours and 42 minutes", "two years six months", "3 hours, 22 minutes", "two
    hours, four minutes and 11 seconds": one stretch, each unit smaller than the one before."""
    first, second = _parts(a), _parts(b)
    if first is None or second is None or len(second) != 1:
        return None
    if b.known.get("qmod") or b.known.get("det"):
        return None
    unit = second[0][1]
    if _ORDER.index(unit) <= _ORDER.index(first[-1][1]):
        return None
    gap = text[a.end : b.start]
    if not (_AND_GAP.fullmatch(gap) or (_COMMA_GAP.fullmatch(gap) and unit in _SMALL_UNITS)):
        return None
    parts = first + second
    date_part = "".join(f"{n}{DURATION_LETTERS[u]}" for n, u in parts if u not in TIME_UNITS)
    time_part = "".join(f"{n}{DURATION_LETTERS[u]}" for n, u in parts if u in TIME_UNITS)
    value = "P" + date_part + ("T" + time_part if time_part else "")
    known = {"value": value, "unit": first[0][1], "parts": tuple(parts)}
    if a.known.get("qmod"):
        known["qmod"] = a.known["qmod"]
    return Candidate(a.start, b.end, "duration", "compound-duration", known, a.priority)


def _join_pairs(
    chosen: list[Candidate],
    text: str,
    join: Callable[[Candidate, Candidate, str], Candidate | None],
) -> list[Candidate]:
    """Each candidate merged into the one before it when ``join`` makes one of the two."""
    out: list[Candidate] = []
    for c in chosen:
        merged = join(out[-1], c, text) if out else None
        if merged is not None:
            out[-1] = merged
        else:
            out.append(c)
    return out


def join_durations(chosen: list[Candidate], text: str) -> list[Candidate]:
    return _join_pairs(chosen, text, _joined)


def range_starts(chosen: list[Candidate], text: str) -> list[Candidate]:
    """ "from 23 to 27 November": the first day is a date of that month too."""
    out: list[Candidate] = []
    previous_end = 0
    for c in chosen:
        if c.kind == "date" and c.rule == "day-month-year" and "month" in c.known:
            m = _RANGE_BEFORE.search(text, max(previous_end, c.start - 16), c.start)
            if m is not None:
                known = {"month": c.known["month"], "day": int(m["day"])}
                if "year" in c.known:
                    known["year"] = c.known["year"]
                out.append(Candidate(m.start("day"), m.end("day"), "date", "day-range-first",
                                     known, c.priority))
        out.append(c)
        previous_end = c.end
    return out


_ANNIVERSARY_UNITS = frozenset({"year", "decade", "century"})
_SPACE = re.compile(r"\s+")


def _anniversary(a: Candidate, b: Candidate, text: str) -> Candidate | None:
    """ "20 years ago today", "fifty years ago this week": the day (week, month) that many
    years before the one of the paper, one expression."""
    k = a.known
    if (
        a.kind != "shift"
        or k.get("sign") != -1
        or k.get("anaphoric")
        or k.get("unit") not in _ANNIVERSARY_UNITS
        or k.get("amount") is None
        or not _SPACE.fullmatch(text, a.end, b.start)
    ):
        return None
    if b.kind == "deictic" and b.known.get("word") == "today" and b.known.get("offset") == 0:
        gran = "day"
    elif b.kind == "relative" and b.known.get("rel") == "this" and b.known.get("unit") in (
        "week",
        "month",
    ):
        gran = b.known["unit"]
    else:
        return None
    return Candidate(a.start, b.end, "shift", a.rule, {**k, "anniversary": gran}, a.priority)


def join_anniversaries(chosen: list[Candidate], text: str) -> list[Candidate]:
    return _join_pairs(chosen, text, _anniversary)


_TIME_RANGE_GAP = re.compile(r"\s*(?:-|–|to|until|till|through|and)\s*", re.IGNORECASE)


def time_range_days(chosen: list[Candidate], text: str) -> list[Candidate]:
    """ "from 3am until 3pm on Thursday", "between 6 a.m. and 9 p.m. Friday": the day told
    at the end of a range of clock times is the day of its start too."""
    out = list(chosen)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (
            a.kind == "time"
            and b.kind == "time"
            and "dayref" not in a.known
            and b.known.get("dayref")
            and not b.known.get("next_day")
            and _TIME_RANGE_GAP.fullmatch(text, a.end, b.start)
        ):
            known = {**a.known, "dayref": b.known["dayref"], "tense_at": (b.start, b.end)}
            out[i] = Candidate(a.start, a.end, a.kind, a.rule, known, a.priority)
    return out


def refine(chosen: list[Candidate], text: str) -> list[Candidate]:
    """The candidates after every refiner, still in document order and never overlapping."""
    joined = join_anniversaries(join_durations(chosen, text), text)
    return range_starts(time_range_days(joined, text), text)
