"""The rule registry shared by the recognizers: candidates, the ``@rule`` decorator and the
small readers that turn matched words into numbers, months, weekdays and units."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from timeline.temporal import lexicon as lx
from timeline.temporal.patterns import (
    POINT_MOD,
    compile_,
)


@dataclass(slots=True)
class Candidate:
    """A span that looks temporal, with its kind and the components the text states."""

    start: int
    end: int
    kind: str
    rule: str
    known: dict[str, Any] = field(default_factory=dict)
    priority: int = 0


Builder = Callable[[re.Match[str], str], "Candidate | None"]


# ----------------------------------------------------------------------------- readers


def number_value(words: str) -> float | None:
    """The number a quantity phrase denotes ("twenty four" -> 24, "several" -> None)."""
    w = re.sub(r"[\s-]+and[\s-]+a[\s-]+half$", " and a half", words.strip().lower())
    w = re.sub(r"\s+", " ", w)
    half = 0.0
    if w.endswith(" and a half"):
        half = 0.5
        w = w[: -len(" and a half")]
    if w.endswith(" 1/2"):
        half = 0.5
        w = w[: -len(" 1/2")]
    if " or " in w or " to " in w:  # "two or three", "12 to 18" -> unspecified
        return None
    if w in lx.QUANTITY_WORDS:
        v = lx.QUANTITY_WORDS[w]
        return None if v is None else v + half
    w = w.replace(",", "")
    try:
        return float(w) + half
    except ValueError:
        pass
    total = 0.0
    for part in re.split(r"[-\s]+", w):
        if part in lx.UNITS_ONES:
            total += lx.UNITS_ONES[part]
        elif part in lx.TENS:
            total += lx.TENS[part]
        elif part == "hundred":
            total = (total or 1) * 100
        else:
            return None
    return total + half


def month_number(word: str) -> int | None:
    return lx.MONTHS.get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w.endswith("s") and w[:-1] in lx.WEEKDAYS and w not in lx.WEEKDAYS:
        w = w[:-1]
    return lx.WEEKDAYS.get(w)


def unit_name(word: str) -> str:
    w = word.lower()
    w = lx.UNIT_PLURALS.get(w, w)
    return w


def decade_value(century: str | None, digit: str | None, short: str | None) -> str:
    """The TIMEX3 value of a decade: "1980s" (century "19", digit "8") -> "198"; "'80s"
    (short "8") -> "198", "'10s" -> "201"."""
    if short is not None:
        return f"19{short}" if int(short) >= 2 else f"20{short}"
    return f"{century}{digit}"


def year_value(word: str) -> int:
    w = word.strip()
    if w.startswith("'"):
        two = int(w[1:])
        return 1900 + two if two >= 30 else 2000 + two
    return int(w)


def spelled_year_value(words: str) -> int | None:
    """The year a spelled-out year names ("nineteen ninety-four" -> 1994)."""
    parts = re.split(r"[\s-]+", words.strip().lower())
    if parts[:2] == ["two", "thousand"]:
        rest = [p for p in parts[2:] if p != "and"]
        return 2000 + (lx.UNITS_ONES.get(rest[0], 0) if rest else 0)
    if len(parts) >= 2 and parts[0] in lx.UNITS_ONES and parts[1] in lx.TENS:
        year = lx.UNITS_ONES[parts[0]] * 100 + lx.TENS[parts[1]]
        return year + (lx.UNITS_ONES.get(parts[2], 0) if len(parts) > 2 else 0)
    return None


def norm_space(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


# ----------------------------------------------------------------------------- rules

RULES: list[tuple[str, re.Pattern[str], Builder, int]] = []
"""Every registered rule: name, compiled pattern, builder, priority (in registration order)."""


def rule(name: str, pattern: str, priority: int = 0) -> Callable[[Builder], Builder]:
    compiled = compile_(pattern)

    def register(fn: Builder) -> Builder:
        RULES.append((name, compiled, fn, priority))
        return fn

    return register


def cand(
    m: re.Match[str], kind: str, rule_name: str, group: int | str = 0, **known: Any
) -> Candidate:
    return Candidate(
        m.start(group),
        m.end(group),
        kind,
        rule_name,
        {k: v for k, v in known.items() if v is not None},
    )


def point_mod(word: str | None) -> str | None:
    if not word:
        return None
    return lx.POINT_MODIFIERS.get(norm_space(word).rstrip("-"))


# Modifiers before a date: "early", "the end of", "mid-" (shared by several recognizers).
MOD_PREFIX = rf"(?:(?P<mod>{POINT_MOD})(?:\s+|-(?=[A-Z0-9]))|(?P<mid>mid)-?\s*)?"


def is_title(m: re.Match[str], group: str, text: str) -> bool:
    """A capitalised unit word inside a sentence names something ("60 Minutes", "This Week")."""
    word = m.group(group)
    if not word or not word[0].isupper() or word.isupper():
        return False
    before = text[max(0, m.start(group) - 3) : m.start(group)].strip()
    return bool(before) and before[-1] not in ".!?\"'`“‘\n"
