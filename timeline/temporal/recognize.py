"""Recognizers: find candidate temporal expressions and say what each one states.

Every rule is a compiled pattern plus a small function reading the match into a
:class:`Candidate`: its span, its kind (what sort of expression it is) and the components
the text itself states (``known``).  Nothing here looks at the document date: turning the
known components into a TIMEX3 value is the normalizer's job.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from timeline.temporal import lexicon as lx
from timeline.temporal.patterns import (
    AMPM,
    DAYNUM,
    DAYREF,
    DEICTIC,
    MONTH,
    NUMBER,
    ORDINAL,
    PART,
    POINT_MOD,
    QMOD,
    REL,
    SEASON,
    UNIT,
    UNIT_PLURAL,
    UNIT_SINGULAR,
    WEEKDAY,
    YEAR,
    YEAR4,
    ZONE,
    alt,
    cased_phrase,
    compile_,
    trie_regex,
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
    w = re.sub(r"\s+", " ", words.strip().lower())
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
    hundred = False
    for part in re.split(r"[-\s]+", w):
        if part in lx.UNITS_ONES:
            total += lx.UNITS_ONES[part]
        elif part in lx.TENS:
            total += lx.TENS[part]
        elif part == "hundred":
            total = (total or 1) * 100
            hundred = True
        else:
            return None
    del hundred
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


def year_value(word: str) -> int:
    w = word.strip()
    if w.startswith("'"):
        two = int(w[1:])
        return 1900 + two if two >= 30 else 2000 + two
    return int(w)


def norm_space(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


# ----------------------------------------------------------------------------- rules

_RULES: list[tuple[str, re.Pattern[str], Builder, int]] = []


def rule(name: str, pattern: str, priority: int = 0) -> Callable[[Builder], Builder]:
    compiled = compile_(pattern)

    def register(fn: Builder) -> Builder:
        _RULES.append((name, compiled, fn, priority))
        return fn

    return register


def _cand(
    m: re.Match[str], kind: str, rule_name: str, group: int | str = 0, **known: Any
) -> Candidate:
    return Candidate(
        m.start(group),
        m.end(group),
        kind,
        rule_name,
        {k: v for k, v in known.items() if v is not None},
    )


def _mod(word: str | None) -> str | None:
    if not word:
        return None
    return lx.POINT_MODIFIERS.get(norm_space(word).rstrip("-"))


# --- explicit calendar dates -------------------------------------------------------

_MOD_PREFIX = rf"(?:(?P<mod>{POINT_MOD})(?:\s+|-(?=[A-Z0-9]))|(?P<mid>mid)-?\s*)?"


@rule(
    "month-day-year",
    rf"\b{_MOD_PREFIX}(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAYNUM})"
    rf"(?:(?:,\s*|\s+)(?P<year>{YEAR4}))?(?!\s*(?:%|percent))",
    priority=2,
)
def _month_day(m: re.Match[str], text: str) -> Candidate | None:
    month = month_number(m["month"])
    day = int(re.match(r"\d+", m["day"]).group())  # type: ignore[union-attr]
    if month is None:
        return None
    known: dict[str, Any] = {"month": month, "day": day}
    if m["year"]:
        known["year"] = int(m["year"])
    if m["wd"]:
        known["weekday"] = weekday_number(m["wd"])
    mod = _mod(m["mod"]) or ("MID" if m["mid"] else None)
    return _cand(m, "date", "month-day-year", mod=mod, **known)


@rule(
    "day-month-year",
    rf"\b(?:the\s+)?(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR4}))?",
    priority=2,
)
def _day_month(m: re.Match[str], text: str) -> Candidate | None:
    month = month_number(m["month"])
    day = int(re.match(r"\d+", m["day"]).group())  # type: ignore[union-attr]
    if month is None:
        return None
    known: dict[str, Any] = {"month": month, "day": day}
    if m["year"]:
        known["year"] = int(m["year"])
    start = m.start("day") if not m.group(0).lower().startswith("the") else m.start()
    c = _cand(m, "date", "day-month-year", **known)
    c.start = start
    return c


@rule(
    "month-year",
    rf"\b{_MOD_PREFIX}(?:(?P<rel>{REL})\s+)?(?P<fiscal>fiscal\s+)?(?P<month>{MONTH})"
    rf"(?:(?:,?\s+|\s+of\s+)(?P<year>{YEAR})|\s+(?P<yrel>this|last|next)\s+year)?(?![\w-])",
    priority=1,
)
def _month_year(m: re.Match[str], text: str) -> Candidate | None:
    month = month_number(m["month"])
    if month is None:
        return None
    word = m["month"].lower().rstrip(".")
    if not m["year"] and not m["rel"] and not m["mod"] and not m["mid"] and not m["yrel"]:
        if text.strip() == m.group(0):
            pass  # a month name on its own (typed by a user)
        elif re.match(r"\s+[A-Z][a-z]", text[m.end() : m.end() + 3]) and not re.match(
            r"\s+(?:\d|[A-Z][a-z]+\s+\d)", text[m.end() : m.end() + 12]
        ):
            return None  # "March Street", "May Day"
        elif word in lx.AMBIGUOUS_MONTHS or m["month"].isupper():
            prev = text[max(0, m.start() - 12) : m.start()].lower().split()
            if not prev or prev[-1] not in (
                "in",
                "since",
                "until",
                "by",
                "of",
                "from",
                "through",
                "to",
                "before",
                "after",
                "during",
                "last",
                "next",
                "early",
                "late",
                "mid",
                "this",
                "and",
                "or",
            ):
                return None
            if word == "may" and re.match(
                r"\s+(?:be|have|not|also|well|now|need)\b", text[m.end() : m.end() + 8], re.I
            ):
                return None
    known: dict[str, Any] = {"month": month}
    if m["year"]:
        known["year"] = year_value(m["year"])
    if m["yrel"]:
        known["year_rel"] = {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
    mod = _mod(m["mod"]) or ("MID" if m["mid"] else None)
    rel = norm_space(m["rel"]) if m["rel"] else None
    return _cand(m, "date", "month-year", mod=mod, rel=rel, **known)


@rule("numeric-date", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})\b", priority=3)
def _numeric(m: re.Match[str], text: str) -> Candidate | None:
    a, b = int(m["a"]), int(m["b"])
    y = int(m["y"])
    if y < 100:
        y += 1900 if y >= 30 else 2000
    month, day = (a, b) if a <= 12 else (b, a)
    if month > 12 or day > 31:
        return None
    return _cand(m, "date", "numeric-date", year=y, month=month, day=day)


@rule(
    "iso-date",
    r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
    r"(?:[T ](?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::[0-5]\d)?)?\b",
    priority=3,
)
def _iso(m: re.Match[str], text: str) -> Candidate | None:
    month, day = int(m["m"]), int(m["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    known: dict[str, Any] = {"year": int(m["y"]), "month": month, "day": day}
    if m["h"]:
        known.update(hour=int(m["h"]), minute=int(m["mi"]))
    return _cand(m, "date", "iso-date", **known)


@rule(
    "year",
    rf"\b{_MOD_PREFIX}(?P<pre>(?:fiscal|the\s+year|calendar|model\s+year)\s+)?(?P<year>{YEAR4})(?![\w-])",
)
def _year(m: re.Match[str], text: str) -> Candidate | None:
    year = int(m["year"])
    if not m["pre"] and not m["mod"] and not m["mid"]:
        if not 1600 <= year <= 2099:
            return None
        after = text[m.end() : m.end() + 14].lower()
        if re.match(
            r"\s*(?:people|persons|troops|workers|jobs|shares|units|cars|men|women|"
            r"feet|meters|miles|tons|barrels|dollars|euros|votes|seats|points|"
            r"employees|soldiers|members|students|residents|acres|cases)\b",
            after,
        ):
            return None
        before = text[max(0, m.start() - 2) : m.start()]
        if before.endswith(("#", "No", "$")):
            return None
    mod = _mod(m["mod"]) or ("MID" if m["mid"] else None)
    return _cand(m, "date", "year", mod=mod, year=year)


@rule(
    "decade",
    rf"\b(?:the\s+)?{_MOD_PREFIX}(?:(?P<c>1[0-9]|20)(?P<d>\d)0|'(?P<s>\d)0)'?s\b",
    priority=1,
)
def _decade(m: re.Match[str], text: str) -> Candidate | None:
    if m["s"] is not None:
        d = int(m["s"])
        decade = f"19{d}" if d >= 2 else f"20{d}"
    else:
        decade = f"{m['c']}{m['d']}"
    mod = _mod(m["mod"]) or ("MID" if m["mid"] else None)
    return _cand(m, "decade", "decade", decade=decade, mod=mod)


@rule(
    "century",
    rf"\b(?:the\s+)?(?:(?P<mod>{POINT_MOD})\s+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{alt(lx.ORDINALS)})\s+century\b",
)
def _century(m: re.Match[str], text: str) -> Candidate | None:
    w = m["n"].lower()
    n = lx.ORDINALS.get(w)
    if n is None:
        digits = re.match(r"\d+", w)
        n = int(digits.group()) if digits else None
    if not n or n < 1:
        return None
    return _cand(m, "century", "century", century=n - 1, mod=_mod(m["mod"]))


@rule(
    "day-of-month",
    r"(?:\b(?P<prep>on|by|until|till|from|since|before|after|for|through|to|and|or|of)\s+|^\s*)"
    r"(?P<span>the\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th))(?!\s+(?!of\b|and\b|or\b|to\b|at\b|in\b|"
    r"when\b|as\b|through\b|until\b|that\b|with\b|after\b|before\b)[a-z])",
)
def _day_of_month(m: re.Match[str], text: str) -> Candidate | None:
    return _cand(m, "date", "day-of-month", group="span", day=int(m["day"]))


# --- days, weekdays, parts of the day ----------------------------------------------------


@rule(
    "weekday",
    rf"\b(?:(?P<mod>early|late|mid-?)\s*)?(?:(?P<rel>{REL})\s+)?(?P<wd>{WEEKDAY})"
    rf"(?:\s+(?P<part>{PART}))?(?:,?\s+(?P<month>{MONTH})\s+(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR4}))?)?",
    priority=1,
)
def _weekday(m: re.Match[str], text: str) -> Candidate | None:
    wd = weekday_number(m["wd"])
    plural = m["wd"].lower().endswith("s") and m["wd"].lower().rstrip("s") in lx.WEEKDAYS
    part = lx.PARTS_OF_DAY.get(m["part"].lower()) if m["part"] else None
    rel = norm_space(m["rel"]) if m["rel"] else None
    if plural:
        return _cand(m, "set", "weekday-plural", weekday=wd, part=part)
    if m["month"]:
        known: dict[str, Any] = {
            "month": month_number(m["month"]),
            "day": int(re.match(r"\d+", m["day"]).group()),
        }  # type: ignore[union-attr]
        if m["year"]:
            known["year"] = int(m["year"])
        return _cand(m, "date", "weekday-date", weekday=wd, part=part, **known)
    return _cand(m, "weekday", "weekday", weekday=wd, rel=rel, part=part, mod=_mod(m["mod"]))


_GENERIC_TODAY_BEFORE = re.compile(r"\b(?:of|than|like)\s+$", re.IGNORECASE)
_GENERIC_TODAY_AFTER = re.compile(
    r"['’]s\s+(?:world|society|youth|young|generation|children|kids|economy|standards|"
    r"terms|dollars|market|culture|technology|politics)\b",
    re.IGNORECASE,
)


@rule(
    "deictic-day",
    rf"\b(?:(?P<mod>early|late|later|earlier)\s+)?(?P<day>(?:the\s+day\s+(?:before|after)\s+)?{DEICTIC}|overnight)"
    rf"(?:\s+(?P<part>{PART}))?(?![\w-])",
)
def _deictic(m: re.Match[str], text: str) -> Candidate | None:
    word = norm_space(m["day"])
    extra = 0
    if word.startswith("the day before "):
        extra, word = -1, word[len("the day before ") :]
    elif word.startswith("the day after "):
        extra, word = 1, word[len("the day after ") :]
    offset, part = lx.DEICTIC_DAYS[word]
    if m["part"]:
        part = lx.PARTS_OF_DAY.get(m["part"].lower())
    known: dict[str, Any] = {"offset": offset + extra, "word": word}
    if (
        word == "today"
        and not m["part"]
        and (
            _GENERIC_TODAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or _GENERIC_TODAY_AFTER.match(text, m.end())
        )
    ):
        # "the world of today", "today's youth": the present in general, not the date
        return _cand(m, "ref", "deictic-day", value="PRESENT_REF")
    return _cand(m, "deictic", "deictic-day", part=part, mod=_mod(m["mod"]), **known)


@rule(
    "part-of-day",
    rf"\b(?:(?P<mod>early|late|mid-?)\s*)?(?P<det>this|last|the|that|tomorrow|yesterday|this\s+past)\s+"
    rf"(?:(?P<mod2>early|late)\s+)?(?P<part>{PART})(?![\w-])(?!\s+of\b)",
)
def _part_of_day(m: re.Match[str], text: str) -> Candidate | None:
    part = lx.PARTS_OF_DAY[m["part"].lower()]
    det = norm_space(m["det"])
    offset = 0
    if det == "last" or det == "this past":
        offset = -1 if part == "NI" or det == "last" else 0
        if det == "last" and part != "NI":
            offset = -1
    elif det == "yesterday":
        offset = -1
    elif det == "tomorrow":
        offset = 1
    anaphoric = det in ("the", "that")
    return _cand(
        m,
        "deictic",
        "part-of-day",
        offset=offset,
        part=part,
        anaphoric=anaphoric or None,
        word=det,
        mod=_mod(m["mod"] or m["mod2"]),
    )


@rule(
    "mid-part",
    rf"\b(?P<mod>mid-?|early|late)\s*(?P<part>morning|afternoon|evening)\b(?!\s+(?:of|on)\b)"
    rf"(?:\s+(?P<day>{DEICTIC}))?",
)
def _mid_part(m: re.Match[str], text: str) -> Candidate | None:
    if m["day"]:
        offset = lx.DEICTIC_DAYS[m["day"].lower()][0]
        return _cand(
            m,
            "deictic",
            "part-of-day",
            offset=offset,
            part=lx.PARTS_OF_DAY[m["part"].lower()],
            mod=_mod(m["mod"]),
        )
    return _cand(
        m,
        "deictic",
        "part-of-day",
        offset=0,
        part=lx.PARTS_OF_DAY[m["part"].lower()],
        mod=_mod(m["mod"]),
        word="bare",
    )


_CLOCK = (
    rf"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>{AMPM})"
    rf"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?![\d:]|\s*(?:percent|%))"
    rf"|(?<!high\s)(?<!High\s)(?P<noon>noon|midday|midnight))"
)


@rule(
    "clock-time",
    rf"(?<![\w$.:]){_CLOCK}(?:\s+(?:\(?(?P<zone>{ZONE})\)?))?(?:\s*\((?P<local>local\s+time)\))?"
    rf"(?:,?\s+(?:on\s+)?(?P<dayref>{DAYREF}))?(?![\w])",
    priority=2,
)
def _clock(m: re.Match[str], text: str) -> Candidate | None:
    known: dict[str, Any] = {}
    if m["noon"]:
        w = m["noon"].lower()
        known["hour"], known["minute"] = (24, 0) if w == "midnight" else (12, 0)
    elif m["h"] is not None:
        h = int(m["h"])
        ampm = m["ampm"].lower()
        if h > 12 or h == 0:
            return None
        if ampm.startswith("p") and h != 12:
            h += 12
        if ampm.startswith("a") and h == 12:
            h = 0
        known["hour"] = h
        known["minute"] = int(m["mi"]) if m["mi"] else None
    else:
        if m["zone"] is None and not re.search(
            r"\b(?:at|by|until|from|before|after)\s+$",
            text[max(0, m.start() - 8) : m.start()],
            re.I,
        ):
            return None
        known["hour"], known["minute"] = int(m["h24"]), int(m["mi24"])
    if m["zone"]:
        known["timezone"] = lx.TIME_ZONES.get(m["zone"])
        known["zone_word"] = m["zone"]
    if m["local"]:
        known["local_time"] = True
    if m["dayref"]:
        known["dayref"] = m["dayref"]
    return _cand(m, "time", "clock-time", **known)


# --- relative periods -------------------------------------------------------------


_ENDED_ON = re.compile(
    rf"\s+(?:that\s+)?(?:ended|ending)\s+(?P<month>{MONTH})\s+(?P<day>{DAYNUM})", re.IGNORECASE
)


def _is_title(m: re.Match[str], group: str, text: str) -> bool:
    """A capitalised unit word inside a sentence names something ("60 Minutes", "This Week")."""
    word = m.group(group)
    if not word or not word[0].isupper() or word.isupper():
        return False
    before = text[max(0, m.start(group) - 3) : m.start(group)].strip()
    return bool(before) and before[-1] not in ".!?\"'`“‘\n"


_COMPARED = re.compile(
    r"\b(?:compared\s+with|compared\s+to|from|than|versus|vs\.?|against)\s+"
    r"(?:[$£€#]?[\d.,]+\s+(?:million|billion)?\s*|(?:a\s+)?(?:loss|profit|net|earnings)\s+"
    r"(?:of\s+)?|[\w$.,]+\s+){0,8}$",
    re.IGNORECASE,
)
_RESULTS_AFTER = re.compile(
    r"['’]s\s+(?:results|quarter|period|figures|levels?|earnings|profit|loss|net)\b", re.IGNORECASE
)


@rule(
    "relative-period",
    rf"\b(?:(?P<mod>{POINT_MOD})\s+|(?P<mid>mid)-)?(?:(?P<rel>{REL}|the)\s+)"
    rf"(?:(?P<adj>full|entire|whole)\s+)?"
    rf"(?:(?P<fiscal>fiscal|calendar|financial)\s+)?(?P<unit>week|weekend|month|quarter|year|"
    rf"decade|century|season|day|half|period|fiscal\s+year)(?![\w-])(?:\s+(?P<year>{YEAR4}))?",
)
def _relative(m: re.Match[str], text: str) -> Candidate | None:
    unit = norm_space(m["unit"])
    if unit == "fiscal year":
        unit = "year"
    rel = norm_space(m["rel"])
    if unit in ("season", "half") or (rel == "the" and unit in ("day", "century", "decade")):
        return None
    if unit == "period" and rel not in (
        "the latest",
        "latest",
        "the most recent",
        "the current",
        "this",
        "the same",
        "that",
    ):
        return None
    if _is_title(m, "unit", text):
        return None
    if m["adj"] and rel == "the":
        rel = "this"  # "the full year": the current one
    mod = _mod(m["mod"]) or ("MID" if m["mid"] else None)
    known: dict[str, Any] = {"unit": unit, "rel": rel}
    sentence_start = max(text.rfind(". ", 0, m.start()) + 2, m.start() - 60, 0)
    if (
        rel == "last"
        and unit == "year"
        and (
            _COMPARED.search(text, sentence_start, m.start()) or _RESULTS_AFTER.match(text, m.end())
        )
    ):
        known["comparison"] = True  # "up from $3 million last year": last year's same period
    if rel == "the" and re.match(
        r"\s+(?:ended|ending|that\s+ended)\b", text[m.end() : m.end() + 16], re.I
    ):
        known["ended"] = True
        on = _ENDED_ON.match(text, m.end())
        if on and (month := month_number(on["month"])):
            known["ended_on"] = (month, int(re.match(r"\d+", on["day"]).group()))  # type: ignore[union-attr]
    if m["year"]:
        known["year"] = int(m["year"])
    return _cand(m, "relative", "relative-period", mod=mod, **known)


@rule(
    "point-mod-this",
    r"\b(?P<mod>early|earlier|late|later|mid)\s+(?P<rel>this|next|last)\s+(?P<unit>week|month|year|quarter|decade|century)\b",
    priority=1,
)
def _modded_relative(m: re.Match[str], text: str) -> Candidate | None:
    return _cand(
        m,
        "relative",
        "point-mod-this",
        unit=m["unit"].lower(),
        rel=m["rel"].lower(),
        mod=_mod(m["mod"]),
    )


@rule(
    "ordinal-period",
    rf"\b(?:(?P<the>the)\s+)?(?:(?P<rel>{REL})\s+)?(?:(?P<yrel0>this|last|next)\s+year's\s+)?"
    rf"(?:(?P<year0>{YEAR4})\s+)?(?:(?P<fiscal>fiscal|calendar)\s+)?"
    rf"(?P<ord>{ORDINAL})[-\s]+(?P<unit>quarter|half|quarters)(?![\w])"
    rf"(?:\s+(?:of\s+)?(?:(?P<fy>fiscal|calendar)\s+)?(?P<year>{YEAR4}|(?:this|last|next|the)\s+year))?",
    priority=1,
)
def _ordinal_period(m: re.Match[str], text: str) -> Candidate | None:
    n = lx.ORDINALS[m["ord"].lower()]
    unit = m["unit"].lower()
    if unit == "quarters":
        return None
    known: dict[str, Any] = {"unit": unit, "n": n}
    if m["year0"]:
        known["year"] = int(m["year0"])
    if m["yrel0"]:
        known["year_rel"] = m["yrel0"].lower()
    if m["year"]:
        y = norm_space(m["year"])
        if y[0].isdigit():
            known["year"] = int(y)
        else:
            known["year_rel"] = y.split()[0]
    if m["rel"]:
        known["rel"] = norm_space(m["rel"])
    return _cand(m, "ordinal", "ordinal-period", **known)


@rule(
    "season",
    rf"\b(?:the\s+)?(?:(?P<mod>{POINT_MOD})\s+|(?P<mid>mid)-)?(?:(?P<rel>{REL})\s+)?(?P<season>{SEASON})"
    rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?(?![\w-])",
)
def _season(m: re.Match[str], text: str) -> Candidate | None:
    season = lx.SEASONS[m["season"].lower()]
    if m["season"].lower() == "fall" and not (m["rel"] or m["year"] or m["mod"]):
        prev = text[max(0, m.start() - 10) : m.start()].lower().split()
        if not prev or prev[-1] not in ("the", "in", "this", "last", "next", "since", "until"):
            return None
    if not (m["rel"] or m["year"] or m["mod"] or m["mid"]):
        prev = text[max(0, m.start() - 10) : m.start()].lower().split()
        if not (
            m.group(0).lower().startswith("the")
            or (
                prev
                and prev[-1]
                in (
                    "in",
                    "this",
                    "last",
                    "next",
                    "since",
                    "until",
                    "by",
                    "during",
                    "the",
                    "through",
                    "into",
                    "over",
                    "for",
                    "before",
                    "after",
                    "early",
                    "late",
                )
            )
        ):
            return None
    known: dict[str, Any] = {"season": season}
    if m["year"]:
        known["year"] = year_value(m["year"])
    rel = norm_space(m["rel"]) if m["rel"] else None
    mod = _mod(m["mod"]) or ("MID" if m["mid"] else None)
    return _cand(m, "season", "season", rel=rel, mod=mod, **known)


# --- quantities of time ----------------------------------------------------------------

_QDET = (
    r"the\s+(?:first|last|past|next|previous|coming|latest|final|same|other|remaining|ensuing"
    r"|following)|the|another|those|these|its|their|his|her"
)
_QPREFIX = rf"(?:(?P<qmod>{QMOD})\s+)?(?:(?P<det>{_QDET})\s+)?"


@rule(
    "quantity",
    rf"\b{_QPREFIX}(?P<num>{NUMBER})(?P<sep>[-\s]+)(?:(?:more|full|straight|consecutive|long|"
    rf"additional|extra|further)\s+)?(?P<unit>{UNIT})(?P<adj>-(?:long|old)|\s+or\s+so)?(?![\w])"
    rf"(?:\s+(?P<fdir>from|after|before)\s+(?P<dayref>{DAYREF})(?!\w)"
    rf"|\s+(?P<after>ago|earlier|later|hence|from\s+now|back|before\s+that|after\s+that|"
    rf"old|running|in\s+a\s+row|straight|on))?",
)
def _quantity(m: re.Match[str], text: str) -> Candidate | None:
    num_text = m["num"]
    if m["dayref"]:  # "a week from Friday"
        sign = -1 if m["fdir"].lower() == "before" else 1
        return _cand(
            m,
            "shift",
            "from-day",
            amount=number_value(num_text),
            unit=unit_name(m["unit"]),
            sign=sign,
            dayref=m["dayref"],
        )
    if re.fullmatch(r"1\d{3}|20\d\d", num_text):
        return None  # "the 1988 quarter": a year, not a count
    amount = number_value(num_text)
    unit = unit_name(m["unit"])
    after = norm_space(m["after"]) if m["after"] else None
    if (m["adj"] or "").lower() == "-old" or after == "old":
        return None
    if _is_title(m, "unit", text):
        return None
    det = norm_space(m["det"]) if m["det"] else None
    start = m.start()
    qmod = m["qmod"]
    if det in ("the", "another", "those", "these", "its", "their", "his", "her"):
        start, det = m.start("num"), None  # "its two-year contract": the span is the quantity
        qmod = None
    if qmod and det and norm_space(qmod) in ("over", "under", "some"):
        start, qmod = m.start("det"), None  # "over the past 24 hours": a preposition
    low = norm_space(num_text)
    if low in ("a", "an", "one") and after is None and det is None:
        prev = text[max(0, m.start() - 12) : m.start()].lower()
        prev_m = re.search(r"\b(once|twice|thrice|(\w+)\s+times)\s*$", prev)
        if prev_m:  # "twice a year"
            c = _cand(m, "set", "per-unit", unit=unit, times=prev_m.group(1))
            c.start = m.start() - (len(prev) - prev_m.start())
            return c
    after_text = text[m.end("unit") : m.end("unit") + 6]
    if unit == "quarter" and (
        (re.match(r"\s+of\b", after_text) and low in ("a", "an", "one", "three", "two"))
        or ("-" in m["sep"] and low in ("three", "two", "one"))
    ):
        return None  # "three-quarters of its food"
    if unit == "second" and low in ("a", "an"):
        return None  # "a second group"
    if low in ("a", "an") and after is None and det is None and not qmod:
        prev_words = text[max(0, m.start() - 30) : m.start()]
        if re.search(r"[$£€]\s?[\d.,]+(?:\s+(?:million|billion|trillion))?\s*$", prev_words):
            return _cand(m, "set", "per-unit", unit=unit)
        if re.search(
            r"(?:\d|\b(?:hours|flights|seats|times|jobs))\S*(?:\s+[a-z]+)?\s*$", prev_words
        ):
            return None  # a rate: "four flights a week", "358,000 a month"
    if after == "later":
        after = None  # "three days later": the duration is the expression, "later" a signal
    if after in (
        "ago",
        "earlier",
        "before",
        "after",
        "hence",
        "from now",
        "back",
        "previously",
        "prior",
        "before that",
        "after that",
    ):
        sign = 1 if after in ("later", "after", "hence", "from now", "after that") else -1
        anaphoric = after not in ("ago", "hence", "from now", "back")
        c = _cand(
            m,
            "shift",
            "shift",
            amount=amount,
            unit=unit,
            sign=sign,
            anaphoric=anaphoric or None,
            qmod=qmod,
            det=det,
        )
        c.start = start
        return c
    end = m.end("adj") if m["adj"] else m.end("unit")
    c = _cand(
        m,
        "duration",
        "duration",
        amount=amount,
        unit=unit,
        qmod=qmod,
        det=det,
        adjectival=bool(m["adj"]) or ("-" in m["sep"]) or None,
    )
    c.start, c.end = start, end
    return c


@rule(
    "bare-units",
    rf"\b(?P<prep>for|in|over|within|after|take|took|takes|lasted|last|spent|spend|of)\s+"
    rf"(?P<span>(?:(?:many|several|recent|the\s+past\s+few|the\s+last\s+few|a\s+few)\s+)?(?P<unit>{UNIT_PLURAL}))(?![\w-])"
    rf"(?!\s+(?:ago|earlier|later|of\s+(?:the|his|her|their)))",
)
def _bare_units(m: re.Match[str], text: str) -> Candidate | None:
    unit = unit_name(m["unit"])
    span = norm_space(m["span"])
    if span.startswith("recent "):
        return None  # the "recent-units" rule reads these
    if unit in ("second", "sec", "min", "hr", "night", "weekend", "quarter"):
        return None
    return _cand(m, "duration", "bare-units", group="span", amount=None, unit=unit)


@rule(
    "recent-units",
    rf"\b(?P<span>(?:in\s+)?recent\s+(?P<unit>{UNIT_PLURAL}))(?![\w-])",
)
def _recent_units(m: re.Match[str], text: str) -> Candidate | None:
    span_start = m.start("span")
    unit = unit_name(m["unit"])
    if unit in ("year", "decade", "century"):
        c = _cand(m, "ref", "recent-units", value="PAST_REF")  # "in recent years": the past
    else:  # "in recent weeks": a stretch of weeks up to now
        c = _cand(m, "duration", "recent-units", amount=None, unit=unit)
    if m["span"].lower().startswith("in"):
        c.start = span_start + m["span"].lower().index("recent")
    return c


@rule(
    "adj-shift",
    rf"\b(?:(?P<the>the|its|their)\s+(?:(?:comparable|corresponding|same)\s+)?)?(?P<unit>year|month|quarter|week|day)-"
    rf"(?P<dir>earlier|ago|before|later)(?:\s+(?:(?P<fiscal>fiscal)\s+)?(?P<what>(?:(?P<ord>{ORDINAL})[-\s]+)?"
    rf"(?:period|quarter|month|year|week|time)|(?P<num>{NUMBER})\s+(?P<nunit>months|weeks))(?![\w-]))?",
)
def _adj_shift(m: re.Match[str], text: str) -> Candidate | None:
    sign = 1 if m["dir"].lower() == "later" else -1
    known: dict[str, Any] = {
        "amount": 1,
        "unit": m["unit"].lower(),
        "sign": sign,
        "anaphoric": True,
    }
    if m["the"] and m["what"]:
        start, end = m.start(), m.end("what")
        if m["nunit"]:
            n = number_value(m["num"])
            unit = unit_name(m["nunit"])
            return Candidate(start, end, "duration", "adj-shift", {"amount": n, "unit": unit})
        if m["ord"]:
            n = lx.ORDINALS[m["ord"].lower()]
            if n > 0:
                known.update(ordinal=n, of=m["what"].lower().split()[-1].split("-")[-1])
        else:
            known["of"] = m["what"].lower()
    else:
        start, end = m.start("unit"), m.end("dir")
    return Candidate(start, end, "shift", "adj-shift", known)


@rule(
    "year-end",
    r"\b(?P<span>(?:(?P<rel>this|last|next)\s+)?(?P<unit>year|month|quarter)(?:-end|\s+end|'s\s+end))\b",
)
def _year_end(m: re.Match[str], text: str) -> Candidate | None:
    return _cand(
        m,
        "relative",
        "year-end",
        unit=m["unit"].lower(),
        rel=m["rel"].lower() if m["rel"] else "the",
        mod="END",
    )


# --- sets ---------------------------------------------------------------------------------


@rule(
    "every",
    rf"\b(?P<q>every|each|per)\s+(?:(?P<other>other|single|two|three)\s+)?(?P<what>{UNIT_SINGULAR}|"
    rf"{WEEKDAY}|{MONTH}|{SEASON}|{PART})(?![\w-])(?:\s+(?P<part>{PART}))?",
)
def _every(m: re.Match[str], text: str) -> Candidate | None:
    what = m["what"]
    known: dict[str, Any] = {"quant": m["q"].upper()}
    if m["other"]:
        known["other"] = m["other"].lower()
    if (wd := weekday_number(what)) is not None and what[0].isupper():
        known["weekday"] = wd
    elif (mo := month_number(what)) is not None and what[0].isupper():
        known["month"] = mo
    elif what.lower() in lx.SEASONS:
        known["season"] = lx.SEASONS[what.lower()]
    elif what.lower() in lx.PARTS_OF_DAY and what.lower() != "night":
        known["part"] = lx.PARTS_OF_DAY[what.lower()]
    else:
        known["unit"] = unit_name(what)
    if m["part"]:
        known["part"] = lx.PARTS_OF_DAY[m["part"].lower()]
    return _cand(m, "set", "every", **known)


@rule("frequency-adverb", rf"\b(?P<w>{alt(lx.FREQUENCY_ADVERBS)})(?![\w-])")
def _frequency(m: re.Match[str], text: str) -> Candidate | None:
    return _cand(m, "set", "frequency-adverb", value=lx.FREQUENCY_ADVERBS[m["w"].lower()])


# --- reference words ----------------------------------------------------------------------


@rule(
    "reference",
    rf"\b(?P<w>{alt(lx.PRESENT_WORDS)}|{alt(lx.PAST_WORDS)}|{alt(lx.FUTURE_WORDS)})(?![\w-])",
    priority=-1,
)
def _reference(m: re.Match[str], text: str) -> Candidate | None:
    w = norm_space(m["w"])
    start = m.start()
    if w.startswith("in the "):
        w = w[3:]
        start += m.group(0).lower().index("the")
    if w == "soon" and re.match(r"\s+(?:as|after|before)\b", text[m.end() : m.end() + 8], re.I):
        return None
    if w in ("current", "future") and not _reference_in_context(w, m, text):
        return None
    if w in lx.PRESENT_WORDS:
        value = "PRESENT_REF"
    elif w in lx.PAST_WORDS:
        value = "PAST_REF"
    else:
        value = "FUTURE_REF"
    c = _cand(m, "ref", "reference", value=value, word=w)
    c.start = start
    return c


def _reference_in_context(w: str, m: re.Match[str], text: str) -> bool:
    after = text[m.end() : m.end() + 20].lower()
    before = text[max(0, m.start() - 20) : m.start()].lower()
    if w == "current":
        # "current" as a time adjective: "the current crisis"; not "current account".
        return bool(re.match(r"\s+[a-z]", after)) and not re.match(
            r"\s+(?:account|accounts|affairs|events|flow|flows|of|and|liabilities|assets|"
            r"ratio|density|source|sources|law)\b",
            after,
        )
    if w == "recent":
        return bool(re.match(r"\s+[a-z]", after)) and not re.match(
            r"\s+(?:study|studies|survey|poll)\b", after
        )
    if w == "future":
        # "future losses", "Elian's future"; not "futures", "future tense"
        return before.rstrip().endswith(("'s", "’s")) and not re.match(r"\s+[a-z]", after)
    return False


@rule(
    "year-period",
    rf"\bthe\s+(?P<year>{YEAR4})\s+(?:fiscal\s+)?(?P<what>quarter|period|half)\b",
    priority=1,
)
def _year_period(m: re.Match[str], text: str) -> Candidate | None:
    return _cand(m, "year-period", "year-period", year=int(m["year"]), what=m["what"].lower())


# --- spelled-out years, decade words, holidays ----------------------------------------------

_TEENS_CENTURY = r"(?:nineteen|eighteen|seventeen)"
_TENS_WORD = alt(lx.TENS)
_ONES_WORD = alt(k for k, v in lx.UNITS_ONES.items() if 0 < v < 10)
_LOW_WORD = alt(k for k, v in lx.UNITS_ONES.items() if 0 < v < 20)


@rule(
    "spelled-year",
    rf"\b(?:(?P<the>the\s+year)\s+)?(?:(?P<c>{_TEENS_CENTURY})[\s-]+(?P<t>{_TENS_WORD})(?:[\s-]+(?P<o>{_ONES_WORD}))?"
    rf"|(?P<c2>{_TEENS_CENTURY})\s+hundred"
    rf"|two\s+thousand(?:\s+and)?(?:\s+(?P<low>{_LOW_WORD}))?)(?![\w-])",
)
def _spelled_year(m: re.Match[str], text: str) -> Candidate | None:
    if m["c"]:
        year = lx.UNITS_ONES[m["c"].lower()] * 100 + lx.TENS[m["t"].lower()]
        if m["o"]:
            year += lx.UNITS_ONES[m["o"].lower()]
    elif m["c2"]:
        year = lx.UNITS_ONES[m["c2"].lower()] * 100
    else:
        year = 2000 + (lx.UNITS_ONES[m["low"].lower()] if m["low"] else 0)
        prev = text[max(0, m.start() - 8) : m.start()].lower().split()
        if not m["the"] and not (prev and prev[-1] in ("in", "by", "since", "until", "of")):
            return None
        if re.match(r"\s+[a-z]", text[m.end() : m.end() + 3]) and not m["the"]:
            return None  # "two thousand people"
    if re.match(r"\s+(?:percent|people|dollars|years|times)\b", text[m.end() : m.end() + 10], re.I):
        return None
    return _cand(m, "date", "spelled-year", year=year)


@rule(
    "decade-word", rf"\b(?:the\s+)?(?:(?P<mod>early|late|mid-?)\s*)?(?P<w>{alt(lx.DECADE_WORDS)})\b"
)
def _decade_word(m: re.Match[str], text: str) -> Candidate | None:
    if not m.group(0).lower().startswith("the"):
        return None  # "in his forties" is an age
    return _cand(
        m, "decade", "decade-word", decade=lx.DECADE_WORDS[m["w"].lower()], mod=_mod(m["mod"])
    )


_HOLIDAY_NAMES = list(lx.HOLIDAYS) + list(lx.FLOATING_HOLIDAYS) + list(lx.COMPUTED_HOLIDAYS)


@rule(
    "holiday",
    rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?(?-i:(?P<name>{cased_phrase(_HOLIDAY_NAMES)}))"
    rf"(?:,?\s+(?P<year>{YEAR4}))?(?![\w-])",
    priority=1,
)
def _holiday(m: re.Match[str], text: str) -> Candidate | None:
    name = norm_space(m["name"])
    known: dict[str, Any] = {"holiday": name}
    if m["year"]:
        known["year"] = int(m["year"])
    return _cand(m, "holiday", "holiday", rel=norm_space(m["rel"]) if m["rel"] else None, **known)


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
    "day-month-year": (_MONTH_WORDS, 20, 14),
    "month-year": (_MONTH_WORDS, 45, 22),
    "numeric-date": (frozenset({"#"}), 1, 12),
    "iso-date": (frozenset({"#4"}), 1, 22),
    "year": (frozenset({"#4"}), 32, 6),
    "decade": (frozenset({"#"}), 25, 8),
    "century": (frozenset({"century"}), 35, 2),
    "day-of-month": (frozenset({"#"}), 16, 40),
    "weekday": (_WEEKDAY_WORDS, 40, 50),
    "deictic-day": (_words(lx.DEICTIC_DAYS), 30, 14),
    "part-of-day": (_PART_WORDS, 30, 2),
    "mid-part": (_PART_WORDS, 12, 16),
    "clock-time": (frozenset({"#", "noon", "midday", "midnight"}), 2, 70),
    "relative-period": (_UNIT_WORDS | {"period", "half", "season"}, 55, 12),
    "point-mod-this": (_UNIT_WORDS, 25, 2),
    "ordinal-period": (frozenset({"quarter", "quarters", "half"}), 60, 30),
    "season": (_words(lx.SEASONS), 40, 14),
    "quantity": (_UNIT_WORDS, 70, 30),
    "bare-units": (_UNIT_WORDS, 30, 28),
    "recent-units": (_UNIT_WORDS, 18, 2),
    "adj-shift": (_UNIT_WORDS, 35, 45),
    "year-end": (frozenset({"end"}), 25, 2),
    "every": (frozenset({"every", "each", "per"}), 1, 35),
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
    "holiday": (
        _words(lx.HOLIDAYS, lx.FLOATING_HOLIDAYS, lx.COMPUTED_HOLIDAYS)
        - {"day", "s", "eve", "new", "year", "sunday", "king"},
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
    for name, pattern, build, priority in _RULES:
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
_APPROX_KINDS = frozenset({"date", "time", "relative", "weekday", "deictic", "holiday", "season"})


def recognize(text: str) -> list[Candidate]:
    """The non-overlapping candidates of ``text`` in document order."""
    chosen = select(list(candidates(text)))
    previous_end = 0
    for c in chosen:
        if c.kind in _APPROX_KINDS:
            m = _APPROX_BEFORE.search(text, max(previous_end, c.start - 20), c.start)
            if m:
                c.start = m.start()
                c.known["approx"] = True
        previous_end = c.end
    return chosen
