"""Sort the tagger's evaluation errors into kinds, so the most common can be counted and read.

:func:`error_kind` names the kind of one :class:`~timeline.evaluation.Mismatch` from its
gold and system TIMEX3s alone (never from the words of a particular document): a missed or
spurious expression by what it is (a date, a duration, a reference word such as "now"), a
wrong value by how the two values differ (the same value in another notation, a placeholder
``X`` in the gold where the tagger resolved a value, another granularity, a date read as a
duration, a weekday a week off...). :func:`kind_table` counts them with an example each;
``timeline evaluate --kinds`` prints it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

from timeline.evaluation import GoldTimex, Mismatch
from timeline.temporal.model import Timex

__all__ = ["error_kind", "granularity", "kind_table"]

_REFERENCES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_GRANULARITIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("clock time", r"[\dX]{4}-[\dX]{2}-[\dX]{2}T\d{2}(:\d{2})*"),
        ("part of day", r"[\dX]{4}-[\dX]{2}-[\dX]{2}T[A-Z]{2}"),
        ("day", r"[\dX]{4}-[\dX]{2}-[\dX]{2}"),
        ("weekend", r"[\dX]{4}-W[\dX]{1,2}-WE"),
        ("weekday", r"[\dX]{4}-W[\dX]{1,2}-\d"),
        ("week", r"[\dX]{4}-W[\dX]{1,2}"),
        ("month", r"[\dX]{4}-[\dX]{2}"),
        ("quarter", r"[\dX]{4}-Q[\dX]"),
        ("half", r"[\dX]{4}-H[\dX]"),
        ("season", r"[\dX]{4}-(SP|SU|FA|WI)"),
        ("year", r"[\dX]{4}"),
        ("decade", r"[\dX]{3}"),
        ("century", r"[\dX]{2}"),
    )
)


def granularity(value: str) -> str:
    """The calendar unit a TIMEX3 date or time value names ("day", "week", "year"...)."""
    for name, pattern in _GRANULARITIES:
        if pattern.fullmatch(value):
            return name
    return "other"


def _what(type_: str, value: str) -> str:
    if value in _REFERENCES:
        return "reference word (now, recently, the future)"
    if type_ == "SET":
        return "set (daily, every Monday, a year)"
    if type_ == "DURATION" or value.startswith("P"):
        return "duration"
    if type_ == "TIME":
        return "time"
    return "date"


def _notation(value: str) -> str:
    """One spelling for values that differ only in notation (W7 / W07, T17 / T17:00)."""
    value = re.sub(r"W0(\d)\b", r"W\1", value)
    value = re.sub(r"T(\d{2})$", r"T\1:00", value)
    return value


def _leaves_unspecified(gold: str, system: str) -> bool:
    """The gold has ``X`` placeholders where the system value gives digits or nothing."""
    if "X" not in gold or gold.startswith("P"):
        return False
    pattern = "".join("[0-9A-Z]" if c == "X" else re.escape(c) for c in gold)
    if re.fullmatch(pattern, system):
        return True
    # "1968" for gold "1968-XX": the system stops where the gold only has placeholders
    return gold.startswith(system) and not re.sub(r"[X\-]", "", gold[len(system) :])


def _day(value: str) -> date | None:
    match = _DAY.match(value)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _value_kind(gold: GoldTimex, system: Timex) -> str:
    g, s = gold.value, system.value
    if _notation(g) == _notation(s):
        return "value: the same value in another notation (W7 / W07, T17 / T17:00)"
    if _leaves_unspecified(g, s):
        return "value: gold leaves X placeholders where the tagger resolves (1989-WXX, 1968-XX)"
    if g in _REFERENCES or s in _REFERENCES:
        side = "gold" if g in _REFERENCES else "tagger"
        return f"value: {side} gives a reference word (PAST_REF...) where the other a value"
    g_span, s_span = g.startswith("P"), s.startswith("P")
    if g_span != s_span:
        if gold.type == "SET" or system.type == "SET":
            return "value: a set read as a date or duration (or the reverse)"
        if g_span:
            return "value: gold reads a duration where the tagger a date"
        return "value: gold reads a date where the tagger a duration"
    if g_span:
        g_units = re.sub(r"[\dX.]+", "n", g)
        s_units = re.sub(r"[\dX.]+", "n", s)
        if g_units != s_units:
            return "value: a duration in another unit (P1D / PT24H, P10Y / P1E)"
        return "value: a duration of another length"
    if gold.type == "SET" or system.type == "SET":
        return "value: another set value"
    g_gran, s_gran = granularity(g), granularity(s)
    g_day, s_day = _day(g), _day(s)
    if g_gran != s_gran:
        if g_day and s_day and g_day == s_day:
            return "value: a time of day kept by one side and dropped by the other"
        if s.startswith(g):
            return "value: the tagger finer than the gold (1988-Q3 for 1988)"
        if g.startswith(s):
            return "value: the gold finer than the tagger (1988 for 1988-Q3)"
        return "value: another granularity (a week where the gold has a month or a day)"
    if g_day and s_day:
        apart = abs((g_day - s_day).days)
        if apart == 7:
            return "value: a weekday a week off"
        if apart < 7:
            return "value: another day of the same week or the next"
        return "value: another day further off"
    if g[:4] != s[:4] and g[4:] == s[4:]:
        return "value: the same month, quarter or season of another year"
    return "value: another week, month, quarter or year"


def error_kind(error: Mismatch) -> str:
    """A short name for what went wrong in ``error``, shared by errors of the same nature."""
    if error.kind == "missed" and error.gold is not None:
        return f"missed {_what(error.gold.type, error.gold.value)}"
    if error.kind == "spurious" and error.system is not None:
        return f"spurious {_what(error.system.type, error.system.value)}"
    if error.kind == "type" and error.gold is not None and error.system is not None:
        return f"type: {error.system.type} where the gold has {error.gold.type}"
    if error.kind == "value" and error.gold is not None and error.system is not None:
        return _value_kind(error.gold, error.system)
    return error.kind


def kind_table(errors: Iterable[Mismatch]) -> list[tuple[str, int, Mismatch]]:
    """(kind, count, first example) for every kind in ``errors``, the most common first."""
    counts: Counter[str] = Counter()
    examples: dict[str, Mismatch] = {}
    for error in errors:
        kind = error_kind(error)
        counts[kind] += 1
        examples.setdefault(kind, error)
    return [(kind, n, examples[kind]) for kind, n in sorted(counts.items(), key=_by_count)]


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])
