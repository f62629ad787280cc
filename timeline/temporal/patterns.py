"""Regular-expression building blocks compiled from the lexicon (no meanings, only shapes)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.temporal import lexicon as lx


def alt(words: Iterable[str]) -> str:
    """A non-capturing alternation, longest words first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def trie_regex(words: Iterable[str]) -> str:
    """An alternation of literal words factored into a prefix trie (much faster to scan)."""
    trie: dict[str, dict] = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def cased(words: Iterable[str]) -> str:
    """Capitalised or upper-case forms only (proper names such as months and weekdays)."""
    forms: set[str] = set()
    for w in words:
        forms.add(w.capitalize())
        forms.add(w.upper())
    return "(?-i:" + alt(forms)[3:]


def cased_phrase(phrases: Iterable[str]) -> str:
    """Phrases written in title case ("Thanksgiving Day", "New Year's Eve") or upper case."""
    forms: set[str] = set()
    for p in phrases:
        forms.add(" ".join(w[:1].upper() + w[1:] for w in p.split()))
        # small words stay lower case inside a name ("Fourth of July", "Day of the Dead")
        forms.add(
            " ".join(
                w if i and w in ("of", "the", "and") else w[:1].upper() + w[1:]
                for i, w in enumerate(p.split())
            )
        )
        forms.add(p.upper())
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    return (
        "(?:"
        + "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in ordered)
        + ")"
    )


_MONTH_FULL = [m for m in lx.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_MONTH_ABBR = [m for m in lx.MONTHS if m not in _MONTH_FULL]
# "Oct." "Oct" "October" "SEPT." ; abbreviations take an optional period.
MONTH = rf"(?:{cased(_MONTH_FULL)}|{cased(_MONTH_ABBR)}\.?)(?![a-z])"
_WD_FULL = [w for w in lx.WEEKDAYS if w not in lx.WEEKDAY_ABBREVIATIONS]
WEEKDAY = rf"(?:{cased(_WD_FULL)}s?|{cased(lx.WEEKDAY_ABBREVIATIONS)}\.)(?![a-z])"

DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![A-Za-z0-9]|:\d)"
YEAR4 = r"(?<![\d$£€.,])(?:1[0-9]\d\d|20\d\d)(?![\d,]\d|%|\.\d|\s*(?:%|percent|per\s+cent))"
YEAR = rf"(?:{YEAR4}|'\d\d(?!\w))"

_NUMWORD_UNIT = alt(lx.UNITS_ONES)
_NUMWORD_TENS = alt(lx.TENS)
_NUMWORD_DIGIT = alt(k for k, v in lx.UNITS_ONES.items() if 0 < v < 10)
NUMWORD = rf"(?:{_NUMWORD_TENS}(?:[-\s]+{_NUMWORD_DIGIT})?|{_NUMWORD_UNIT})(?:\s+hundred)?"
NUMBER = (
    rf"(?:\d+(?:\.\d+)?|\d{{1,3}}(?:,\d{{3}})+|{NUMWORD}|{alt(lx.QUANTITY_WORDS)})"
    r"(?:[\s-]+and[\s-]+a[\s-]+half|\s+1/2|\s+(?:or|to)\s+(?:\d+|" + NUMWORD + r"))?"
)
_LOW_WORD = alt(k for k, v in lx.UNITS_ONES.items() if 0 < v < 20)
# A year said in words, as in broadcast transcripts: "nineteen ninety-four", "two thousand one".
SPELLED_YEAR = (
    rf"(?:(?:nineteen|eighteen)[\s-]+{_NUMWORD_TENS}(?:[\s-]+{_NUMWORD_DIGIT})?"
    rf"|two\s+thousand(?:\s+and)?(?:\s+{_LOW_WORD})?)(?![\w-])"
)
UNIT = alt(list(lx.UNITS) + list(lx.UNIT_PLURALS))
UNIT_SINGULAR = alt(lx.UNITS)
UNIT_PLURAL = alt(lx.UNIT_PLURALS)
SEASON = alt(lx.SEASONS)
PART = alt(p for p in lx.PARTS_OF_DAY if p not in ("overnight",))
REL = alt(lx.RELATIVE_DETERMINERS)
POINT_MOD = alt(m for m in lx.POINT_MODIFIERS if not m.endswith("-"))
QMOD = alt(m for m in lx.QUANTITY_MODIFIERS if lx.QUANTITY_MODIFIERS[m])
ORDINAL = alt(k for k, v in lx.ORDINALS.items() if 0 < v <= 4 or v == -1)
ZONE = r"(?-i:" + alt(lx.TIME_ZONES)[3:] + r"(?![A-Za-z])"
ZONE_NAME = alt(lx.TIME_ZONE_NAMES)
AMPM = r"(?:[ap]\.\s?m\.?|[ap]m\b|[AP]M\b|[ap]\.m(?![a-z]))"
DEICTIC = alt(k for k in lx.DEICTIC_DAYS if k != "overnight")

# A day reference that can follow a clock time or precede a part of the day.
DAYREF = (
    rf"(?:(?:{REL})\s+)?{WEEKDAY}(?:,?\s+{MONTH}\s+{DAYNUM}(?:,?\s+{YEAR4})?"
    rf"|,?\s+{DAYNUM}\s+{MONTH}(?:\s+{YEAR4})?)?"
    rf"|{DEICTIC}"
    rf"|{MONTH}\s+{DAYNUM}(?:,?\s+{YEAR4})?"
    rf"|{DAYNUM}\s+{MONTH}(?:,?\s+{YEAR4})?"
)


def compile_(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)
