"""Recognizers for calendar dates the text states: month names, numeric dates, years,
decades, centuries, days of the month, spelled-out years and holidays."""

from __future__ import annotations

import re
from typing import Any

from timeline.temporal import lexicon as lx
from timeline.temporal.patterns import (
    DAYNUM,
    MONTH,
    POINT_MOD,
    REL,
    SPELLED_YEAR,
    WEEKDAY,
    YEAR,
    YEAR4,
    alt,
    cased_phrase,
)
from timeline.temporal.rules import (
    MOD_PREFIX,
    Candidate,
    cand,
    decade_value,
    month_number,
    norm_space,
    point_mod,
    rule,
    spelled_year_value,
    weekday_number,
    year_value,
)

# --- explicit calendar dates -------------------------------------------------------


@rule(
    "month-day-year",
    rf"\b{MOD_PREFIX}(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?"
    rf"(?P<month>{MONTH})\s+(?P<day>{DAYNUM})(?:(?:,\s*|\s+)(?P<year>{YEAR4}))?(?!\s*(?:%|percent))",
    priority=2,
)
def _month_day(m: re.Match[str], text: str) -> Candidate | None:
    month = month_number(m["month"])
    day = int(re.match(r"\d+", m["day"]).group())  # type: ignore[union-attr]
    if month is None:
        return None
    known: dict[str, Any] = {"month": month, "day": day}
    if m["rel"]:
        known["rel"] = norm_space(m["rel"])  # "last Oct. 23": the one before the document date
    if m["year"]:
        known["year"] = int(m["year"])
    if m["wd"]:
        known["weekday"] = weekday_number(m["wd"])
    if _PERIOD_ENDED.search(text, max(0, m.start() - 10), m.start()):
        known["period_end"] = True  # "the 12 months ended Jan. 30": a bound, not a scene
    mod = point_mod(m["mod"]) or ("MID" if m["mid"] else None)
    return cand(m, "date", "month-day-year", mod=mod, **known)


_LABEL_BEFORE = re.compile(
    r"\b(?:(?i:resolutions?)\s+\d{3,4}\s+(?:and|or)|"
    r"Resolution|Flight|Route|Highway|Interstate|Article|Section|Chapter|Form|Room|Rule|"
    r"(?i:resolutions)|"
    r"Bill|Act|Amendment|Item|Exit|Gate|Pad|Platform|Suite|Unit|Building|Model|Apollo|Boeing|"
    r"Airbus|Decree|Law|Order|Regulation|Directive|Catalog|Opus|Op\.|Psalm|Track)\s+$"
)
# A capitalised word inside a sentence right before a number: a name ("Orion 1980"), unless
# it is a word that dates ("March 1998", "Christmas 2010", "Fiscal 1990").
_NAME_BEFORE = re.compile(
    r"(?<![.!?:;\n\"“(]\s)(?<=[\w,)’']\s)(?-i:(?P<word>[A-Z][a-z]+))(?:\s+|-)$"
)
_WORDS_BEFORE_A_YEAR = frozenset(
    [w for w in lx.MONTHS if w.isalpha()]
    + list(lx.WEEKDAYS)
    + list(lx.SEASONS)
    + [w.lower() for name in lx.HOLIDAYS for w in name.split()[-1:]]
    + [w.lower() for name in lx.FLOATING_HOLIDAYS for w in name.split()[-1:]]
    + [w.lower() for name in lx.COMPUTED_HOLIDAYS for w in name.split()[-1:]]
    + ["fiscal", "calendar", "year", "spring", "summer", "autumn", "fall", "winter", "early",
       "late", "mid", "class", "budget", "ramadan", "hanukkah", "diwali", "eid"]
)
_KIN_BEFORE = re.compile(
    r"\b(?:wife|husband|daughter|son|mother|father|sister|brother|widow|niece|aunt|"
    r"granddaughter|named|called)\s*,?\s+$",
    re.IGNORECASE,
)
_HISTORY_BEFORE = re.compile(r"\b(?:in|since|until|from|by|of)\s+$", re.IGNORECASE)
_PERIOD_ENDED = re.compile(r"\b(?:ended|ending)\s+$", re.IGNORECASE)


@rule(
    "week-of",
    rf"\b(?:the\s+)?(?P<w>week|weekend)\s+of\s+(?:(?P<month>{MONTH})\s+(?P<day>{DAYNUM})"
    rf"(?:\s*[-–]\s*{DAYNUM})?|(?:the\s+)?(?P<day2>{DAYNUM})(?:\s*[-–]\s*{DAYNUM})?\s+(?:of\s+)?"
    rf"(?P<month2>{MONTH}))(?![\w])(?:,?\s+(?P<year>{YEAR4}))?",
    priority=3,
)
def _week_of(m: re.Match[str], text: str) -> Candidate | None:
    """ "the week of March 6", "the weekend of Nov. 21-22": the week (or its weekend)
    holding that day."""
    month = month_number(m["month"] or m["month2"])
    if month is None:
        return None
    day = int(re.match(r"\d+", m["day"] or m["day2"]).group())  # type: ignore[union-attr]
    known: dict[str, Any] = {"month": month, "day": day}
    if m["year"]:
        known["year"] = int(m["year"])
    if m["w"].lower() == "weekend":
        return cand(m, "date", "week-of", weekend_of=True, **known)
    return cand(m, "date", "week-of", week_of=True, **known)


@rule(
    "day-continuation",
    rf"\b(?P<month>{MONTH})\s+{DAYNUM}\s*(?:and|or|to|through|-|–)\s*(?P<day2>{DAYNUM})(?![\w:])",
    priority=-1,
)
def _day_continuation(m: re.Match[str], text: str) -> Candidate | None:
    """ "April 24 and 25": the second day, in the month of the first."""
    month = month_number(m["month"])
    if month is None:
        return None
    day = int(re.match(r"\d+", m["day2"]).group())  # type: ignore[union-attr]
    return cand(m, "date", "day-continuation", group="day2", month=month, day=day)


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
    c = cand(m, "date", "day-month-year", **known)
    c.start = start
    return c


@rule(
    "nth-week-of",
    rf"\bthe\s+(?P<ord>first|second|third|fourth|last|final)\s+(?P<w>week|weekend)\s+of\s+"
    rf"(?P<month>{MONTH})(?![\w])(?:,?\s+(?P<year>{YEAR4}))?",
    priority=3,
)
def _nth_week_of(m: re.Match[str], text: str) -> Candidate | None:
    """ "the last week of November": the calendar week holding most of that stretch."""
    month = month_number(m["month"])
    if month is None:
        return None
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m["ord"].lower(), -1)
    known: dict[str, Any] = {"month": month, "nth_week": n, "nth_unit": m["w"].lower()}
    if m["year"]:
        known["year"] = int(m["year"])
    return cand(m, "date", "nth-week-of", **known)


_CASED_MONTH_PREPOSITIONS = frozenset({"for", "on", "around", "between", "at", "into"})
_DEADLINE_PREPOSITIONS = frozenset({"until", "till", "by", "before"})


def _after_deadline_word(m: re.Match[str], text: str) -> bool:
    """Whether the match comes right after "until", "by", "before": a limit, often ahead."""
    prev_word = re.search(r"(\w+)\W*$", text[max(0, m.start() - 10) : m.start()])
    return prev_word is not None and prev_word.group(1).lower() in _DEADLINE_PREPOSITIONS


@rule(
    "month-year",
    rf"\b{MOD_PREFIX}(?:(?P<rel>{REL})\s+)?(?P<fiscal>fiscal\s+)?(?P<month>{MONTH})"
    rf"(?:(?:,?\s+|\s+of\s+)(?:(?P<year>{YEAR})|(?P<syear>{SPELLED_YEAR}))"
    rf"|\s+(?P<yrel>this|last|next)\s+year)?(?![\w-])",
    priority=1,
)
def _month_year(m: re.Match[str], text: str) -> Candidate | None:
    month = month_number(m["month"])
    if month is None:
        return None
    word = m["month"].lower().rstrip(".")
    if not m["year"] and re.match(r"\s*\d{1,2}(?!\d)", text[m.end() : m.end() + 4]):
        return None  # "last Oct. 23": a day follows; the month-day rule reads it
    if m["syear"]:
        known_year = spelled_year_value(m["syear"])
        if known_year is None:
            return None
        return cand(m, "date", "month-year", month=month, year=known_year)
    if not m["year"] and not m["rel"] and not m["mod"] and not m["mid"] and not m["yrel"]:
        if _KIN_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            return None  # "his wife, June, joined him": a person's name
        if text.strip() == m.group(0):
            pass  # a month name on its own (typed by a user)
        elif re.match(r"\s+[A-Z][a-z]", text[m.end() : m.end() + 3]) and not re.match(
            r"\s+(?:\d|[A-Z][a-z]+\s+\d)", text[m.end() : m.end() + 12]
        ):
            return None  # "March Street", "May Day"
        elif word in lx.AMBIGUOUS_MONTHS or m["month"].isupper():
            prev = text[max(0, m.start() - 12) : m.start()].lower().split()
            if prev and prev[-1] in _CASED_MONTH_PREPOSITIONS and m["month"][0].isupper():
                pass  # "scheduled for March": capitalised after a preposition, the month
            elif (
                m["month"][0].isupper()
                and re.search(r"\w['’]s\s+$", text[max(0, m.start() - 12) : m.start()])
                and re.match(r"\s+(?:meeting|session|summit|vote|election|deadline|"
                             r"auction|release|report|decision|sale)s?\b", text[m.end() :])
            ):
                pass  # "the Fed's May meeting": a month naming an event
            elif not prev or prev[-1] not in (
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
    if _after_deadline_word(m, text):
        known["deadline"] = True  # "until mid-November": a limit, often still ahead
    if m["year"]:
        known["year"] = year_value(m["year"])
    if m["yrel"]:
        known["year_rel"] = {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
    mod = point_mod(m["mod"]) or ("MID" if m["mid"] else None)
    rel = norm_space(m["rel"]) if m["rel"] else None
    return cand(m, "date", "month-year", mod=mod, rel=rel, **known)


@rule("numeric-date", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})\b", priority=3)
def _numeric(m: re.Match[str], text: str) -> Candidate | None:
    a, b = int(m["a"]), int(m["b"])
    y = int(m["y"])
    if y < 100:
        y += 1900 if y >= 30 else 2000
    if a > 12 or (b <= 12 and _writes_day_first(text)):
        day, month = a, b  # "25/12/1990"; "10/11/2025" in a story that writes "14 March"
    else:
        month, day = a, b
    if month > 12 or day > 31:
        return None
    return cand(m, "date", "numeric-date", year=y, month=month, day=day)


_DAY_MONTH = re.compile(rf"\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+{MONTH}(?!\w)")
_MONTH_DAY = re.compile(
    rf"\b{MONTH}\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d)(?!\w)"
)
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})\b")
_DAY_FIRST_CACHE: dict[int, tuple[str, bool]] = {}


def _writes_day_first(text: str) -> bool:
    """Whether a text writes day before month (British, Irish, Indian, Australian and most
    other English outside North America): more "14 March" and "25/12/1990" than "March 14"
    and "12/25/1990". A numeric date that could be read either way follows the text."""
    cached = _DAY_FIRST_CACHE.get(id(text))
    if cached is not None and cached[0] is text:
        return cached[1]
    day_first = len(_DAY_MONTH.findall(text))
    month_first = len(_MONTH_DAY.findall(text))
    for a, b in _SLASH_DATE.findall(text):
        day_first += int(a) > 12
        month_first += int(b) > 12
    answer = day_first > month_first
    if len(_DAY_FIRST_CACHE) > 64:
        _DAY_FIRST_CACHE.clear()
    _DAY_FIRST_CACHE[id(text)] = (text, answer)
    return answer


@rule("ymd-slash", r"\b(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])", priority=3)
def _ymd_slash(m: re.Match[str], text: str) -> Candidate | None:
    """ "2025/10/20": year, month, day (East Asian and ISO-like order)."""
    month, day = int(m["m"]), int(m["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return cand(m, "date", "ymd-slash", year=int(m["y"]), month=month, day=day)


@rule(
    "dotted-date", r"(?<![\d.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4})(?![\d.]\d)", priority=3
)
def _dotted(m: re.Match[str], text: str) -> Candidate | None:
    """ "29.10.2025": day, month, year as written in most of Europe."""
    if re.search(
        r"\b(?:version|release|build|v)\s*$", text[max(0, m.start() - 9) : m.start()], re.I
    ):
        return None  # "version 1.2.2020": a version number
    day, month = int(m["a"]), int(m["b"])
    if month > 12 and day <= 12:
        day, month = month, day
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return cand(m, "date", "dotted-date", year=int(m["y"]), month=month, day=day)


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
    return cand(m, "date", "iso-date", **known)


@rule(
    "year",
    rf"\b{MOD_PREFIX}(?P<pre>(?:fiscal(?:\s+year)?|the\s+year|calendar(?:\s+year)?|model\s+year)\s+"
    rf"|(?-i:FY)\s?)?(?P<year>{YEAR4})(?![\w-]|/\d)",
)
def _year(m: re.Match[str], text: str) -> Candidate | None:
    year = int(m["year"])
    if text[max(0, m.start("year") - 1) : m.start("year")] == "/":
        return None  # "Directive (EU) 2019/1937": a number
    if text[max(0, m.start("year") - 1) : m.start("year")] in ("'", "‘", '"', "“") and re.match(
        r":\s+[A-Z]", text[m.end("year") : m.end("year") + 4]
    ):
        return None  # "'2001: A Space Odyssey'": a title
    if not m["pre"] and not m["mod"] and not m["mid"]:
        if not 1600 <= year <= 2099 and not (
            1000 <= year < 1600 and _HISTORY_BEFORE.search(text, max(0, m.start() - 8), m.start())
        ):
            return None  # (but "condemned to death in 1535": a year after "in")
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
        if _LABEL_BEFORE.search(text, max(0, m.start() - 28), m.start()):
            return None  # "Resolution 1701", "Flight 1282", "Route 1966": a number that names
        name = _NAME_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if name is not None and name["word"].lower() not in _WORDS_BEFORE_A_YEAR:
            return None  # "the Vantix 2000 database", "Skyline 2099": a product's name
    mod = point_mod(m["mod"]) or ("MID" if m["mid"] else None)
    return cand(m, "date", "year", mod=mod, year=year)


@rule(
    "decade",
    rf"(?:\b|(?<=\s)(?=['’]))(?:the\s+)?{MOD_PREFIX}(?:(?P<c>1[0-9]|20)(?P<d>\d)0|['’](?P<s>\d)0)"
    rf"['’]?s\b",
    priority=1,
)
def _decade(m: re.Match[str], text: str) -> Candidate | None:
    decade = decade_value(m["c"], m["d"], m["s"])
    mod = point_mod(m["mod"]) or ("MID" if m["mid"] else None)
    return cand(m, "decade", "decade", decade=decade, mod=mod)


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
    return cand(m, "century", "century", century=n - 1, mod=point_mod(m["mod"]))


@rule(
    "day-of-month",
    r"(?:\b(?P<prep>on|by|until|till|from|since|before|after|for|through|to|and|or|of)\s+|^\s*)"
    r"(?P<span>the\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th))(?!\s+(?!of\b|and\b|or\b|to\b|at\b|in\b|"
    r"when\b|as\b|through\b|until\b|that\b|with\b|after\b|before\b)[a-z])",
)
def _day_of_month(m: re.Match[str], text: str) -> Candidate | None:
    return cand(m, "date", "day-of-month", group="span", day=int(m["day"]))


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
    return cand(m, "date", "spelled-year", year=year)


@rule(
    "decade-word", rf"\b(?:the\s+)?(?:(?P<mod>early|late|mid-?)\s*)?(?P<w>{alt(lx.DECADE_WORDS)})\b"
)
def _decade_word(m: re.Match[str], text: str) -> Candidate | None:
    if not m.group(0).lower().startswith("the"):
        return None  # "in his forties" is an age
    return cand(
        m, "decade", "decade-word", decade=lx.DECADE_WORDS[m["w"].lower()], mod=point_mod(m["mod"])
    )


@rule(
    "split-year",
    r"(?<![\w$£€.,/-])(?P<y1>(?:19|20)\d\d)[-–/](?P<y2>\d\d(?:\d\d)?)(?![\w/-]|[.,]\d)",
    priority=2,
)
def _split_year(m: re.Match[str], text: str) -> Candidate | None:
    """ "2023-24", "the 2024/25 season": a financial, school or sports year across two
    calendar years, dated by the year it begins in."""
    y1 = int(m["y1"])
    if int(m["y2"]) != (y1 + 1 if len(m["y2"]) == 4 else (y1 + 1) % 100):
        return None
    return cand(m, "date", "split-year", year=y1)


@rule(
    "nth-weekday-of-month",
    rf"\bthe\s+(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+"
    rf"(?P<wd>{WEEKDAY})\s+(?:of|in)\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR4}))?(?![\w-])",
    priority=2,
)
def _nth_weekday_of_month(m: re.Match[str], text: str) -> Candidate | None:
    """ "the second Sunday of June", "the last Sunday in October": that day of the month."""
    n = _NTH[m["nth"].lower()]
    month, wd = month_number(m["month"]), weekday_number(m["wd"])
    if month is None or wd is None:
        return None
    known: dict[str, Any] = {"holiday": m.group(0), "floating": (month, wd, n)}
    if m["year"]:
        known["year"] = int(m["year"])
    if _after_deadline_word(m, text):
        known["deadline"] = True  # "vote before the first Monday in October"
    return cand(m, "holiday", "nth-weekday-of-month", **known)


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "1st": 1,
        "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}  # fmt: skip


@rule(
    "month-range-period",
    rf"\b(?:the\s+)?(?P<m1>{MONTH})\s*[-–]\s*(?P<m2>{MONTH})\s+(?P<what>quarter|period|half)"
    rf"(?:\s+(?:of\s+)?(?P<year>{YEAR4}))?(?![\w-])",
    priority=2,
)
def _month_range_period(m: re.Match[str], text: str) -> Candidate | None:
    """ "the April-June quarter", "the October-December period", "the July-December half":
    the calendar quarter or half those months make."""
    m1, m2 = month_number(m["m1"]), month_number(m["m2"])
    if m1 is None or m2 is None:
        return None
    if m2 - m1 == 2 and m1 % 3 == 1:
        known: dict[str, Any] = {"unit": "quarter", "n": (m1 - 1) // 3 + 1}
    elif m2 - m1 == 5 and m1 in (1, 7):
        known = {"unit": "half", "n": 1 if m1 == 1 else 2}
    else:
        return None
    if m["year"]:
        known["year"] = int(m["year"])
    return cand(m, "ordinal", "month-range-period", **known)


_HOLIDAY_NAMES = list(lx.HOLIDAYS) + list(lx.FLOATING_HOLIDAYS) + list(lx.COMPUTED_HOLIDAYS)


@rule(
    "holiday",
    rf"\b(?P<the>the\s+)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?"
    rf"(?-i:(?P<name>{cased_phrase(_HOLIDAY_NAMES)}))"
    rf"(?:,?\s+(?P<year>{YEAR4}))?(?P<weekend>\s+(?:holiday\s+)?weekend)?(?![\w-])",
    priority=1,
)
def _holiday(m: re.Match[str], text: str) -> Candidate | None:
    name = norm_space(m["name"]).replace("’", "'")
    known: dict[str, Any] = {"holiday": name}
    if m["weekend"]:
        known["weekend"] = True  # "the Thanksgiving weekend", "Memorial Day weekend"
    elif m["the"] and name.lower() not in lx.HOLIDAYS_WITH_THE:
        c = cand(m, "holiday", "holiday", rel=norm_space(m["rel"]) if m["rel"] else None,
                 **known, **({"year": int(m["year"])} if m["year"] else {}))
        c.start = m.start("rel") if m["rel"] else m.start("name")
        return c  # "the Christmas": "the" is no part of the name
    if not m["rel"] and _after_deadline_word(m, text):
        known["deadline"] = True  # "another cut by Christmas": a limit, often still ahead
    if m["year"]:
        known["year"] = int(m["year"])
    return cand(m, "holiday", "holiday", rel=norm_space(m["rel"]) if m["rel"] else None, **known)
