"""Recognizers for expressions placed relative to the speaker: weekdays, yesterday/today/
tomorrow, parts of the day, clock times, "last month", "the third quarter", seasons, and
the general present/past/future words."""

from __future__ import annotations

import re
from typing import Any

from timeline.temporal import lexicon as lx
from timeline.temporal.patterns import (
    AMPM,
    DAYNUM,
    DAYREF,
    DEICTIC,
    MONTH,
    ORDINAL,
    PART,
    POINT_MOD,
    REL,
    SEASON,
    SPELLED_YEAR,
    WEEKDAY,
    YEAR,
    YEAR4,
    ZONE,
    ZONE_NAME,
    alt,
)
from timeline.temporal.rules import (
    Candidate,
    cand,
    decade_value,
    is_title,
    month_number,
    norm_space,
    point_mod,
    rule,
    spelled_year_value,
    weekday_number,
    year_value,
)

# --- days, weekdays, parts of the day ----------------------------------------------------

_TITLE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# Heads of names that a weekday begins: papers and programmes ("the Sunday Times",
# "the Sunday Telegraph", "the Saturday Review").
_NAME_HEAD_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Post|Mirror|Express|Herald|Mail|Tribune|Independent|Observer|"
    r"Star|Sun|Journal|Review|Magazine|Edition|Show|Today|Football|Supplement|Paper|Sport|"
    r"Business|Briefing|Programme|Program|Club|League|Service|School|Market)\b"
)
_COMPOUND_AFTER = re.compile(r"\s+(?:school|schools|papers|best|roast|trading\s+hours)\b")
_TITLE_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]+")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}\s+$")


def _is_name_word(m: re.Match[str], text: str, plural: bool) -> bool:
    """Whether a bare weekday is a word of a name: "the Sunday Times" (after "the", before
    the head of a paper's or programme's name), "TGI Fridays" (a plural after an acronym)."""
    start = m.start("wd")
    if _TITLE_BEFORE.search(text, max(0, start - 5), start) and _NAME_HEAD_AFTER.match(
        text, m.end("wd")
    ):
        return True
    if _COMPOUND_AFTER.match(text, m.end("wd")):
        return True  # "Sunday school", "the Sunday papers"
    if m["part"] and m["part"][0].isupper() and _TITLE_WORD_AFTER.match(text, m.end()):
        return True  # "Saturday Night Live", "Friday Night Lights"
    return plural and bool(_ACRONYM_BEFORE.search(text, max(0, start - 8), start))


@rule(
    "weekday",
    rf"\b(?:(?P<mod>early|late|mid-?)\s*)?(?:(?P<rel>{REL})\s+)?(?P<wd>{WEEKDAY})"
    rf"(?:\s+(?P<part>{PART})(?P<parts>s)?)?(?:,?\s+(?P<month>{MONTH})\s+(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR4}))?"
    rf"|,?\s+(?:the\s+)?(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<month2>{MONTH})(?![\w])(?:,?\s+(?P<year2>{YEAR4}))?"
    rf"|\s+(?:of\s+)?(?P<wrel>next|last|this)\s+week(?![\w-])|\s+(?P<wk>week)(?![\w-]))?",
    priority=1,
)
def _weekday(m: re.Match[str], text: str) -> Candidate | None:
    wd = weekday_number(m["wd"])
    plural = m["wd"].lower().endswith("s") and m["wd"].lower().rstrip("s") in lx.WEEKDAYS
    if not m["rel"] and not m["mod"] and _is_name_word(m, text, plural):
        return None  # "The Sunday Times", "TGI Fridays": part of a name
    part = lx.PARTS_OF_DAY.get(m["part"].lower()) if m["part"] else None
    rel = norm_space(m["rel"]) if m["rel"] else None
    if plural or m["parts"] or (
        not rel and not m["month"] and _EVERY_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ):
        # "on Mondays", "every Tuesday and Thursday": a repetition
        return cand(m, "set", "weekday-plural", weekday=wd, part=part)
    if m["month"] or m["month2"]:
        day_text = m["day"] or m["day2"]
        known: dict[str, Any] = {
            "month": month_number(m["month"] or m["month2"]),
            "day": int(re.match(r"\d+", day_text).group()),
        }  # type: ignore[union-attr]
        if m["year"] or m["year2"]:
            known["year"] = int(m["year"] or m["year2"])
        return cand(m, "date", "weekday-date", weekday=wd, part=part, **known)
    if re.search(r"\b(?:by|until|till|before)\s+$", text[max(0, m.start() - 8) : m.start()], re.I):
        deadline = True  # "finished by Friday": a limit, mostly still ahead
    else:
        deadline = None
    week = {"next": 1, "last": -1, "this": 0}.get(m["wrel"].lower()) if m["wrel"] else None
    if m["wk"] and (rel or plural):
        return None
    return cand(
        m,
        "weekday",
        "weekday",
        weekday=wd,
        rel=rel,
        part=part,
        mod=point_mod(m["mod"]),
        week_offset=week,
        deadline=deadline,
        week_after=True if m["wk"] else None,  # "Tuesday week": a week after the coming one
    )


_EVERY_BEFORE = re.compile(
    r"\b(?:every|each)\s+(?:other\s+)?[A-Za-z]+day(?:\s*,\s*[A-Za-z]+day)*"
    r"(?:\s*,|,?\s+(?:and|or))\s+$",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.]*\s$")  # a capitalised word just before
_GENERIC_TODAY_BEFORE = re.compile(r"\b(?:of|than|like)\s+$", re.IGNORECASE)
_GENERIC_TODAY_AFTER = re.compile(
    r"['’]s\s+(?:(?:\w+\s+)?(?:computers|machines|cars|phones|products)|world|society|youth|"
    r"young|generation|children|kids|economy|standards|terms|dollars|market|culture|"
    r"technology|politics)\b",
    re.IGNORECASE,
)


_OVERNIGHT_NOUN = re.compile(
    r"\s+(?:(?:lending|borrowing|interbank|repo|deposit|policy|target|bank)\s+)?"
    r"(?:rates?|lending|loans?|repos?|markets?|index|funds|interbank|deposits?|borrowing|"
    r"money|success|sensation|stay|stays|bag|trip|shift|camp|flight)\b",
    re.IGNORECASE,
)
# Words that tell a match's halves from a business year's ("early in the second half").
_SPORTS_CONTEXT = re.compile(
    r"\b(?:goals?|scored|scores?|minutes?|match|game|penalty|penalties|striker|header|"
    r"equali[sz]er|touchdowns?|quarterback|innings|half-?time|whistle|kick-?off|substitute|"
    r"referee|rebounds?|possession)\b",
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
    if word == "overnight" and _OVERNIGHT_NOUN.match(text, m.end()):
        return None  # "the overnight rate", "an overnight success": a kind, not a night
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
        # "the world of today", "today's youth": the present in general, neither a date nor
        # a time expression TimeML annotators mark
        return None
    if (
        word == "today"
        and m["day"][0] == "T"
        and _NAME_BEFORE.search(text, max(0, m.start() - 16), m.start())
    ):
        return None  # "This is VOA Today", "USA Today": a name
    return cand(m, "deictic", "deictic-day", part=part, mod=point_mod(m["mod"]), **known)


@rule(
    "part-of-day",
    rf"\b(?:(?P<mod>early|late|mid-?|later|earlier)\s*)?(?P<det>this|last|the\s+next|"
    rf"the\s+following|the\s+previous|the|that|tomorrow|yesterday|this\s+past)\s+"
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
    elif det in ("the next", "the following"):
        offset = 1  # "the next morning": the day after the last one mentioned
    elif det == "the previous":
        offset = -1
    anaphoric = det in ("the", "that", "the next", "the following", "the previous")
    return cand(
        m,
        "deictic",
        "part-of-day",
        offset=offset,
        part=part,
        anaphoric=anaphoric or None,
        word=det,
        mod=point_mod(m["mod"] or m["mod2"]),
    )


@rule(
    "mid-part",
    rf"\b(?P<mod>mid-?|early|late)\s*(?P<part>morning|afternoon|evening)\b(?!\s+(?:of|on)\b)"
    rf"(?:\s+(?P<day>{DEICTIC}))?",
)
def _mid_part(m: re.Match[str], text: str) -> Candidate | None:
    if m["day"]:
        offset = lx.DEICTIC_DAYS[m["day"].lower()][0]
        return cand(
            m,
            "deictic",
            "part-of-day",
            offset=offset,
            part=lx.PARTS_OF_DAY[m["part"].lower()],
            mod=point_mod(m["mod"]),
        )
    return cand(
        m,
        "deictic",
        "part-of-day",
        offset=0,
        part=lx.PARTS_OF_DAY[m["part"].lower()],
        mod=point_mod(m["mod"]),
        word="bare",
    )


_RANGE_START = re.compile(
    rf"(?P<h>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?P<ap>{AMPM})\s*(?:to|until|till|through|-|–)\s*$",
    re.IGNORECASE,
)
_HOURS = {w: n for w, n in lx.UNITS_ONES.items() if 1 <= n <= 12}  # "half past three"
_HOUR_WORD = r"(?:1[0-2]|[1-9]|" + "|".join(_HOURS) + r")"
_CLOCK = (
    rf"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>{AMPM})"
    rf"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?![\d:]|\s*(?:percent|%))"
    rf"|(?P<hp>[1-9]|1[0-2])(?::(?P<mip>[0-5]\d))?(?:\s+o['’]clock)?\s+in\s+the\s+"
    rf"(?P<pp>morning|afternoon|evening|night)"
    rf"|(?P<hoc>{_HOUR_WORD})\s+o['’]clock"
    # "at 11 tonight", "at 9 this morning": an hour told with its part of the day
    rf"|(?P<hbare>1[0-2]|[1-9])(?=\s+(?:tonight|this\s+(?:morning|afternoon|evening)|last\s+night))"
    rf"|(?<!high\s)(?<!High\s)(?P<noon>noon|midday|midnight)"
    # "half past three", "a quarter to nine": spoken clock times
    rf"|(?P<frac>half\s+past|(?:a\s+)?quarter\s+(?:past|to|after))\s+(?P<fh>{_HOUR_WORD})"
    rf"(?:\s+o['’]clock)?(?![\w-])"
    # wire copy's 24-hour clock, four digits with a zone after: "at 1400 GMT"
    rf"|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)(?=\s+\(?{ZONE}))"
)


# A day before the clock time: "Friday at 9 a.m.", "Oct. 3, 10:30 a.m."
_LDAY = (
    rf"(?P<lday>(?:{DAYREF})(?:\s+(?:morning|afternoon|evening|night))?)"
    rf"(?:,?\s+at\s+(?:about\s+|around\s+)?(?=\d|noon|midday|midnight)|,\s+(?=\d))"
)
_CLOCK_REST = (
    rf"(?P<clock>{_CLOCK})(?:\s+(?:\(?(?P<zone>{ZONE})\)?|(?P<zname>{ZONE_NAME})))?"
    rf"(?:\s*\((?P<local>local\s+time)\)|\s+(?P<local2>local\s+time)(?=,?\s+(?:on\s+)?(?:{DAYREF})\b))?"
    rf"(?:\s+(?P<tpart>this\s+(?:morning|afternoon|evening)|tonight|last\s+night|in\s+the\s+"
    rf"(?:morning|afternoon|evening)|at\s+night))?"
    rf"(?:,?\s+(?:on\s+)?(?P<dayref>{DAYREF}))?(?![\w])"
)
# Three scans of one pattern: a clock time alone (every digit triggers it, so it starts with the
# clock and fails fast elsewhere), after a day (triggered by day words), and spoken
# ("half past three", triggered by "half" and "quarter"). The group "lday" exists in all three.
_CLOCK_TIME = r"(?<![\w$.:])(?P<lday>(?!))?" + _CLOCK_REST


@rule(
    "spoken-clock",
    r"(?=(?:half|(?:a\s+)?quarter)\s+(?:past|to|after)\s|[a-z]+\s+o['’]clock)" + _CLOCK_TIME,
    priority=2,
)
@rule("clock-after-day", r"(?<![\w$.:])" + _LDAY + _CLOCK_REST, priority=2)
@rule("clock-time", _CLOCK_TIME, priority=2)
def _clock(m: re.Match[str], text: str) -> Candidate | None:
    known: dict[str, Any] = {}
    if (
        m["noon"]
        and m["noon"][0].isupper()
        and re.match(r"\s+[A-Z][a-z]", text[m.end() :])
        and not re.search(r"(?:^|[.!?]\s+)$", text[max(0, m.start() - 3) : m.start()])
    ):
        return None  # "'Midnight Ferry'", "High Noon Saloon": a title or a name
    if m["noon"]:
        w = m["noon"].lower()
        known["hour"], known["minute"] = (24, 0) if w == "midnight" else (12, 0)
    elif m["hp"] is not None:  # "4 in the morning"
        h = int(m["hp"]) % 12
        if m["pp"].lower() != "morning" and not (m["pp"].lower() == "night" and h < 5):
            h += 12
        known["hour"], known["minute"] = h, int(m["mip"]) if m["mip"] else None
    elif m["frac"] is not None:  # "half past three", "a quarter to nine"
        h = _HOURS.get(m["fh"].lower()) or int(m["fh"])
        frac = m["frac"].lower().split()[-1]
        if "half" in m["frac"].lower():
            known["hour"], known["minute"] = h, 30
        elif frac == "to":
            known["hour"], known["minute"] = (h - 1) or 12, 45
        else:
            known["hour"], known["minute"] = h, 15
    elif m["h4"] is not None:  # "at 1400 GMT" (after a preposition: not "in 2015 GMT ...")
        if not re.search(
            r"(?:\b(?:at|by|until|till|from|before|after|to|around|about|since)\s+|\()$",
            text[max(0, m.start("clock") - 8) : m.start("clock")],
            re.I,
        ) or m["lday"]:
            return None
        known["hour"], known["minute"] = int(m["h4"]), int(m["mi4"])
        if text[max(0, m.start("clock") - 1) : m.start("clock")] == "(":
            known["bracketed"] = True  # "3:42 a.m. (1842 GMT Friday)": the same moment
    elif m["hbare"] is not None:  # "at 11 tonight": the part of the day after it says which
        if not m["tpart"] or not re.search(
            r"\b(?:at|by|until|till|from|before|after|around|about)\s+$",
            text[max(0, m.start("clock") - 8) : m.start("clock")],
            re.I,
        ):
            return None
        known["hour"], known["minute"] = int(m["hbare"]), None
    elif m["hoc"] is not None:  # "7 o'clock": the nearer reading is left to the text; keep it
        hoc = m["hoc"].lower()
        known["hour"], known["minute"] = _HOURS.get(hoc) or int(hoc), None
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
            r"\b(?:at|by|until|from|before|after|it['’]s|it\s+is)\s+$",
            text[max(0, m.start("clock") - 8) : m.start("clock")],
            re.I,
        ):
            return None
        known["hour"], known["minute"] = int(m["h24"]), int(m["mi24"])
    if m["zone"]:
        known["timezone"] = lx.TIME_ZONES.get(m["zone"])
        known["zone_word"] = m["zone"]
    elif m["zname"]:
        known["timezone"] = lx.TIME_ZONE_NAMES.get(norm_space(m["zname"]))
        known["zone_word"] = m["zname"]
    if m["tpart"]:
        words = m["tpart"].lower().split()
        if m["hp"] is not None or m["h4"] is not None:
            return None  # "4 in the morning" already has its part
        h = known["hour"]
        if not m["noon"] and (
            words[-1] in ("afternoon", "evening", "tonight") or words[-1] == "night" and h >= 6
        ) and h is not None and h < 12:
            known["hour"] = h + 12  # "half past three this afternoon": 15:30
        if words[0] in ("this", "tonight", "last"):
            known["dayref"] = {"this": "today", "tonight": "tonight", "last": "yesterday"}[
                words[0]
            ]
    if m["local"] or m["local2"]:
        known["local_time"] = True
    if not (m["dayref"] or m["lday"]) and known.get("hour") is not None and (
        before := _RANGE_START.search(text, max(0, m.start() - 24), m.start())
    ):
        start_hour = int(before["h"]) % 12 + (12 if before["ap"].lower().startswith("p") else 0)
        if known["hour"] < start_hour:
            known["next_day"] = True  # "from 10pm to 5am": the range runs past midnight
    if m["dayref"] or m["lday"]:
        known["dayref"] = m["dayref"] or m["lday"]
    if known.get("dayref") is None:
        known.pop("dayref", None)
    part_after = (
        _PART_AFTER_DAY.match(text, m.end()) if m["dayref"] and m["hoc"] is not None else None
    )
    if part_after is not None and known["hour"] < 12 and (
        part_after["part"].lower() != "night" or known["hour"] >= 6
    ):
        known["hour"] += 12  # "eleven o'clock Tuesday night": 23:00
    c = cand(m, "time", "clock-time", **known)
    if part_after is not None:
        c.end = part_after.end()
    if m["lday"] and m["dayref"]:  # "Friday at 9 a.m. Saturday": the time goes with the later day
        c.start = m.start("clock")
    if m["h4"] is not None and ")" in text[c.start : c.end]:
        # "(0735 GMT) Friday": the bracket closes the time; what follows is the sentence's
        c.end = text.index(")", c.start, c.end)
        c.known.pop("dayref", None)
    return c


_PART_AFTER_DAY = re.compile(r"\s+(?P<part>night|evening|afternoon)\b", re.IGNORECASE)


# --- relative periods -------------------------------------------------------------


@rule("unit-end", r"\b(?P<unit>week|month|year)['’]s\s+end\b")
def _unit_end(m: re.Match[str], text: str) -> Candidate | None:
    """ "by week's end", "at month's end": the end of the current one."""
    return cand(m, "relative", "unit-end", unit=m["unit"].lower(), rel="this", mod="END")


_ENDED_ON = re.compile(
    rf"\s+(?:that\s+)?(?:ended|ending)\s+(?P<month>{MONTH})\s+(?P<day>{DAYNUM})", re.IGNORECASE
)


@rule("new-year", r"\bthe\s+(?-i:[Nn]ew\s+[Yy]ear)(?![\w'’-])(?!\s+(?:[Ee]ve|[Dd]ay|of)\b)")
def _the_new_year(m: re.Match[str], text: str) -> Candidate | None:
    return cand(m, "new-year", "new-year")


@rule("this-time-year", r"\bthis\s+time\s+(?P<rel>last|next)\s+year\b")
def _this_time_year(m: re.Match[str], text: str) -> Candidate | None:
    """ "this time last year": the same day a year before (or after) the story's."""
    sign = -1 if m["rel"].lower() == "last" else 1
    return cand(m, "shift", "this-time-year", amount=1, unit="year", sign=sign, same_day=True)


@rule(
    "after-next",
    r"\bthe\s+(?P<unit>week|weekend|month|year)\s+(?P<dir>after\s+next|before\s+last)\b",
)
def _after_next(m: re.Match[str], text: str) -> Candidate | None:
    """ "the week after next", "the month before last": two steps from the current one."""
    forward = m["dir"].lower().startswith("after")
    return cand(m, "relative", "after-next", unit=m["unit"].lower(),
                rel="next" if forward else "last", extra_offset=1 if forward else -1)


@rule(
    "relative-period",
    rf"\b(?:(?P<mod>{POINT_MOD})\s+(?:in\s+)?|(?P<mid>mid)-)?(?:(?P<rel>{REL}|the)\s+)"
    rf"(?:(?P<adj>full|entire|whole|holiday|long)\s+)?"
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
    if is_title(m, "unit", text):
        return None
    if m["adj"] and m["adj"].lower() in ("holiday", "long") and unit != "weekend":
        return None  # "the holiday season", "the long year": not a weekend
    if m["adj"] and rel == "the" and m["adj"].lower() not in ("holiday", "long"):
        rel = "this"  # "the full year": the current one
    mod = point_mod(m["mod"]) or ("MID" if m["mid"] else None)
    known: dict[str, Any] = {"unit": unit, "rel": rel}
    if rel == "the" and re.match(
        r"\s+(?:ended|ending|that\s+ended)\b", text[m.end() : m.end() + 16], re.I
    ):
        known["ended"] = True
        on = _ENDED_ON.match(text, m.end())
        if on and (month := month_number(on["month"])):
            known["ended_on"] = (month, int(re.match(r"\d+", on["day"]).group()))  # type: ignore[union-attr]
    if m["year"]:
        known["year"] = int(m["year"])
    return cand(m, "relative", "relative-period", mod=mod, **known)


@rule(
    "point-mod-this",
    r"\b(?P<mod>early|earlier|late|later|mid)\s+(?P<rel>this|next|last)\s+(?P<unit>week|month|year|quarter|decade|century)\b",
    priority=1,
)
def _modded_relative(m: re.Match[str], text: str) -> Candidate | None:
    return cand(
        m,
        "relative",
        "point-mod-this",
        unit=m["unit"].lower(),
        rel=m["rel"].lower(),
        mod=point_mod(m["mod"]),
    )


_RESULTS_AFTER = re.compile(
    r"(?:\s+(?:net|operating|pretax|financial|sales|earnings))?\s+(?:results|earnings|profits?|"
    r"loss(?:es)?|revenues?|sales|figures|numbers|GDP|growth|report)\b",
    re.IGNORECASE,
)
# Words for a half that are not ordinals: "the latter half", "the back half of 2025".
_HALF_WORDS: dict[str, int] = {"latter": -1, "back": -1, "front": 1}


@rule(
    "ordinal-period",
    rf"\b(?:(?P<pmod>{POINT_MOD})\s+)?(?:(?P<the>the)\s+)?(?:(?P<rel>{REL})\s+)?"
    rf"(?:(?P<yrel0>this|last|next)\s+year's\s+)?"
    rf"(?:(?P<year0>{YEAR4})\s+)?(?:(?P<fiscal>fiscal|calendar)\s+)?"
    rf"(?P<ord>{ORDINAL}|latter|back|front)[-\s]+(?:(?P<cnt>two)\s+)?"
    rf"(?P<unit>quarter|half|quarters)(?![\w])"
    rf"(?:\s+(?:of\s+)?(?:(?P<fy>fiscal|calendar)\s+)?(?P<year>{YEAR4}|(?:this|last|next|the)\s+year)"
    rf"|\s+of\s+the\s+(?:(?P<cent>1[0-9]|20)(?P<dec>\d)0|'(?P<sdec>\d)0)'?s\b)?",
    priority=1,
)
def _ordinal_period(m: re.Match[str], text: str) -> Candidate | None:
    word = m["ord"].lower()
    n = _HALF_WORDS.get(word) or lx.ORDINALS[word]
    unit = m["unit"].lower()
    if m["cnt"]:
        # "the first two quarters of 1990": a year's first (or last) half
        if unit != "quarters" or n not in (1, -1) or not (m["year"] or m["year0"]):
            return None
        unit = "half"
    elif unit == "quarters" or word in _HALF_WORDS and (
        unit != "half" or not (m["year"] or m["year0"] or m["yrel0"] or m["cent"] or m["sdec"])
    ):
        return None  # "the latter half" alone: of what is not said
    if (
        unit == "half"
        and not (m["year"] or m["year0"] or m["yrel0"] or m["fy"] or m["fiscal"] or m["rel"])
        and _SPORTS_CONTEXT.search(text, max(0, m.start() - 120), min(len(text), m.end() + 120))
    ):
        return None  # "early in the second half" of a match, not of a year
    if m["cent"] or m["sdec"]:
        # "the last half of the '80s": the decade, its start or end
        if unit != "half" or n not in (1, 2, -1) or m["year0"] or m["yrel0"] or m["rel"]:
            return None
        decade = decade_value(m["cent"], m["dec"], m["sdec"])
        start = m.start("the") if m["the"] else m.start("ord")
        c = cand(m, "decade", "ordinal-period", decade=decade, mod="START" if n == 1 else "END")
        c.start = start if not m["pmod"] else m.start()
        return c
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
    if m["pmod"]:
        known["mod"] = point_mod(m["pmod"])  # "the end of the first quarter"
    if _RESULTS_AFTER.match(text, m.end()):
        known["results"] = True  # "fourth-quarter results": a period reported on, so ended
    c = cand(m, "ordinal", "ordinal-period", **known)
    hyphenated = "-" in text[m.end("ord") : m.start("unit")]
    if (
        hyphenated
        and not (m["year"] or m["year0"] or m["yrel0"])
        and (not m["rel"] or norm_space(m["rel"]) in ("that", "the same"))
    ):
        # "the third-quarter results": the adjective alone is the expression
        c.start = m.start("fiscal") if m["fiscal"] else m.start("ord")
        c.known.pop("rel", None)
    return c


@rule(
    "quarter-code",
    rf"\b(?-i:(?:Q(?P<q>[1-4])|H(?P<h>[12])))(?:\s+(?:of\s+)?(?-i:FY\s*)?(?P<year>{YEAR4}|'\d\d))?\b",
    priority=1,
)
def _quarter_code(m: re.Match[str], text: str) -> Candidate | None:
    """ "Q3", "Q3 2025", "H1 2024": quarters and halves in business shorthand."""
    known: dict[str, Any] = {"unit": "quarter" if m["q"] else "half", "n": int(m["q"] or m["h"])}
    if m["year"]:
        known["year"] = year_value(m["year"])
    return cand(m, "ordinal", "quarter-code", **known)


@rule(
    "season",
    rf"\b(?:the\s+)?(?:(?P<mod>{POINT_MOD})\s+(?:the\s+)?|(?P<mid>mid)-)?(?:(?P<rel>{REL})\s+)?"
    rf"(?P<season>{SEASON})"
    rf"(?P<term>\s+(?:semester|term|session))?"
    rf"(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<syear>{SPELLED_YEAR})))?(?![\w-])",
)
def _season(m: re.Match[str], text: str) -> Candidate | None:
    season = lx.SEASONS[m["season"].lower()]
    if m["syear"] and (year := spelled_year_value(m["syear"])):
        return cand(m, "season", "season", season=season, year=year, mod=point_mod(m["mod"]))
    if _GAMES_AFTER.match(text, m.end()):
        return None  # "the Summer Games", "the Winter Olympics": an event's name
    if m["season"].lower() == "fall" and not (m["rel"] or m["year"] or m["mod"] or m["term"]):
        prev = text[max(0, m.start() - 10) : m.start()].lower().split()
        if not prev or prev[-1] not in ("the", "in", "this", "last", "next", "since", "until"):
            return None
    if not (m["rel"] or m["year"] or m["mod"] or m["mid"]):
        prev = text[max(0, m.start() - 10) : m.start()].lower().split()
        if not (
            m.group(0).lower().startswith("the")
            or _DETERMINER_ADJECTIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
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
    mod = point_mod(m["mod"]) or ("MID" if m["mid"] else None)
    return cand(m, "season", "season", rel=rel, mod=mod, **known)


_GAMES_AFTER = re.compile(r"\s+(?:Games|Olympics|Olympic|Paralympics|Paralympic)\b")
# "after a dry spring", "its wettest summer since 1976": a season told with an adjective
_DETERMINER_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:a|an|its|their|this|that|his|her|our|the)\s+(?:[a-z]+(?:est|y|ier|er|ing|ed)|"
    r"hot|cold|cool|warm|dry|wet|mild|long|short|record|busy|quiet|late|early)\s+$"
)


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
    if w == "now" and _DISCOURSE_NOW.match(text, m.start()) and _at_clause_start(text, m.start()):
        return None  # "Now, he says, ...": a discourse marker, not a time
    if w == "soon" and _NARRATIVE_PAST_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None  # "he was soon released": soon after the events told, not after today
    if w == "the future" and re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
        return None  # "the future of our peoples": what becomes of something
    coming = _COMING_UNITS.fullmatch(w)
    if coming is not None:
        # "in the coming weeks": a stretch of unstated length ahead, as TimeBank and AQUAINT
        # mark "coming weeks", "coming years"
        unit = coming["unit"]
        letter = {"days": "D", "weeks": "W", "months": "M", "years": "Y"}.get(unit)
        if letter is not None:
            c = cand(m, "duration", "coming-units", value=f"PX{letter}", unit=unit[:-1])
            c.start = start
            return c
    if w in lx.PRESENT_WORDS:
        value = "PRESENT_REF"
    elif w in lx.PAST_WORDS:
        value = "PAST_REF"
    else:
        value = "FUTURE_REF"
    c = cand(m, "ref", "reference", value=value, word=w)
    c.start = start
    return c


_DISCOURSE_NOW = re.compile(r"now\s*,|now\s+for\b", re.IGNORECASE)
_NARRATIVE_PAST_BEFORE = re.compile(r"\b(?:was|were|had|that|which)\s+$", re.IGNORECASE)


def _at_clause_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \"'`“‘")
    return not before or before[-1] in ".!?\n:;"


_COMING_UNITS = re.compile(r"(?:the\s+)?coming\s+(?P<unit>days|weeks|months|years)")


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
    "unit-before",
    r"\b(?P<the>the)\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|earlier|later)"
    r"(?=\s*(?:[,.;:!?)]|$))",
    priority=1,
)
def _unit_before(m: re.Match[str], text: str) -> Candidate | None:
    """ "The day before, rebels had fled", "$450 million the year before": the unit next to
    the last date mentioned."""
    rel = "the previous" if m["dir"].lower() in ("before", "earlier") else "the following"
    return cand(m, "relative", "unit-before", unit=m["unit"].lower(), rel=rel)


@rule(
    "year-period",
    rf"\bthe\s+(?P<year>{YEAR4})\s+(?:fiscal\s+)?(?P<what>quarter|period|half)\b",
    priority=1,
)
def _year_period(m: re.Match[str], text: str) -> Candidate | None:
    return cand(m, "year-period", "year-period", year=int(m["year"]), what=m["what"].lower())
