"""Recognizers for amounts of time and repetitions: durations ("three months"), shifts
("two days ago"), rates and sets ("every Monday", "twice a year", "daily")."""

from __future__ import annotations

import re
from typing import Any

from timeline.temporal import lexicon as lx
from timeline.temporal.patterns import (
    DAYNUM,
    DAYREF,
    MONTH,
    NUMBER,
    NUMWORD,
    ORDINAL,
    PART,
    QMOD,
    SEASON,
    UNIT,
    UNIT_PLURAL,
    UNIT_SINGULAR,
    WEEKDAY,
    alt,
)
from timeline.temporal.rules import (
    Candidate,
    cand,
    is_title,
    month_number,
    norm_space,
    number_value,
    rule,
    unit_name,
    weekday_number,
)

# --- quantities of time ----------------------------------------------------------------

_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")  # largest first
_COUNTED_UNITS_BEFORE = re.compile(
    r"(?:\b(?:at\s+least|up\s+to|about|nearly|almost|around|more\s+than|less\s+than)\s+)?"
    rf"\b(?P<n>\d+|{NUMWORD})\s+"
    r"(?P<u>years|months|weeks|days|nights|hours|minutes)\s+$",
    re.IGNORECASE,
)
# A count or a sum right before "a year"/"a day", with at most three words between that are
# no preposition ("in a year", "for a day" are stretches).
_COUNT_BEFORE = re.compile(
    r"\ban?\s+(?:inch|foot|mile|meter|metre|kilometer|kilometre|dollar|euro|pound|cent|penny|"
    r"glass|cup|pack|pill|meal|gallon|liter|litre|ton|tonne|barrel|degree)\s+$"
    r"|(?:[$£€]\s?[\d.,]*\d|\d[\d,.]*\s*(?:%|percent|per\s+cent)?|\b(?:hundreds|thousands|"
    r"dozens|millions|billions|several|many|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|fifty|hundred|thousand|million|billion|trillion))"
    r"(?:\s+(?:million|billion|trillion))?(?<![,;:.])(?:\s+of)?"
    r"(?:\s+(?!(?:in|for|within|over|after|than|on|at|by|from|with|about|nearly|"
    r"just|only|and|or|but|the|this|that)\b)[A-Za-z-]+){0,3}\s+$",
    re.IGNORECASE,
)
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:cents?|percent|points?|dollars|pounds|euros|higher|lower|more|less|fewer))"
    r"%?\s+$",
    re.IGNORECASE,
)
_COMPOUND_HEAD_AFTER = re.compile(
    r"\s+(?:train|trains|mode|watchman|shift|shifts|club|clubs|bus|flight|flights|nurse|"
    r"school|trip|trips|job|jobs|pass|passes|ticket|tickets|care|centre|center|market|"
    r"porter|guard|editor|manager|owl|sky|life|out|off|visit|visitor|visitors)\b"
)
_STRETCH_BEFORE = re.compile(
    r"\b(?P<word>for|every|each|last|lasts|lasted|lasting|run|runs|ran)\s+$", re.IGNORECASE
)
# an age: "children aged 6 months to 4 years", "as young as 6 months", "ages 5 to 11"
_AGE_BEFORE = re.compile(
    r"\b(?:aged?|ages|as\s+(?:young|old)\s+as)\s+(?:between\s+)?"
    r"(?:[\w.]+\s+(?:months?|years?|weeks?|days?)\s+(?:to|and|-|–)\s+)?$",
    re.IGNORECASE,
)

_QDET = (
    r"the\s+(?:first|last|past|next|previous|coming|latest|final|same|other|remaining|ensuing"
    r"|following)|the|another|those|these|its|their|his|her"
)
_QPREFIX = rf"(?:(?P<qmod>{QMOD})\s+)?(?:(?P<det>{_QDET})\s+)?"


@rule(
    "quantity",
    rf"\b{_QPREFIX}(?P<num>{NUMBER})(?P<sep>[-\s]+)(?:(?P<kind>more|full|straight|consecutive|"
    rf"long|additional|extra|further|fiscal|calendar|school|academic|financial|business|working|"
    rf"trading)\s+)?(?P<unit>{UNIT})(?P<adj>-(?:long|olds?)|\s+or\s+so|\s+and\s+a\s+half)?(?![\w])"
    rf"(?:\s+(?P<fdir>from|after|before)\s+(?P<dayref>{DAYREF})(?!\w)"
    rf"|\s+(?P<after>ago|earlier|later|hence|from\s+now|back|before\s+that|after\s+that|"
    rf"old|running|in\s+a\s+row|straight|on))?",
)
def _quantity(m: re.Match[str], text: str) -> Candidate | None:
    num_text = m["num"]
    if (m["kind"] or "").lower() in _KIND_OF_YEAR and norm_space(num_text).lower() in (
        "a",
        "an",
    ):
        return None  # "changed from a fiscal year to a calendar year": a kind of year
    if (m["kind"] or "").lower() in ("trading", "business", "working", "school"):
        # "eight trading days": days the market is open, no calendar arithmetic to do
        c = cand(m, "duration", "quantity", amount=number_value(num_text),
                 unit=unit_name(m["unit"]))
        c.start, c.end = m.start("num") if not m["qmod"] else m.start(), m.end("unit")
        return c
    if m["dayref"]:  # "a week from Friday"
        if (
            m["fdir"].lower() == "from"
            and norm_space(num_text).lower() in ("a", "an")
            and _COUNT_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            # "$96 more a year from July 1": a rate that starts on that day
            c = cand(m, "set", "per-unit", unit=unit_name(m["unit"]))
            c.end = m.end("unit")
            return c
        lead = _STRETCH_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if lead is not None and m["fdir"].lower() == "from":
            # "strike for 48 hours from Tuesday", "tested every two weeks from Oct. 1": a
            # stretch (or a rate) that starts on that day, not a day counted from it
            if lead["word"].lower() in ("every", "each"):
                return None
            c = cand(m, "duration", "quantity", amount=number_value(num_text),
                     unit=unit_name(m["unit"]))
            c.end = m.end("unit")
            return c
        sign = -1 if m["fdir"].lower() == "before" else 1
        return cand(
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
    if _MONTH_BEFORE.search(text, max(0, m.start("num") - 12), m.start("num")):
        # "begins May 1 to five days": the first number is a date's day; the count is after it
        rng = re.search(r"\s+(?:to|or)\s+", num_text)
        second = number_value(num_text[rng.end() :]) if rng else None
        if rng is None or second is None:
            return None
        c = cand(m, "duration", "quantity", amount=second, unit=unit_name(m["unit"]))
        c.start, c.end = m.start("num") + rng.end(), m.end("unit")
        return c
    amount = number_value(num_text)
    if amount is not None and m["adj"] and m["adj"].split()[-1].lower() == "half":
        amount += 0.5  # "a minute and a half"
    unit = unit_name(m["unit"])
    after = norm_space(m["after"]) if m["after"] else None
    if after in ("later", "earlier") and re.match(r"\s+than\b", text[m.end() : m.end() + 6]):
        # "three months later than planned": a delay, a stretch of time
        c = cand(m, "duration", "quantity", amount=amount, unit=unit)
        c.end = m.end("unit")
        return c
    if (m["adj"] or "").lower() in ("-old", "-olds") or after == "old":
        return None
    if _AGE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return None  # "children aged 6 months to 4 years", "as young as 6 months": ages
    if (m["adj"] or "").lower() == "-long" and norm_space(num_text) in ("a", "an"):
        return None  # "a day-long meeting": the article belongs to the noun; see "unit-long"
    if is_title(m, "unit", text):
        return None
    det = norm_space(m["det"]) if m["det"] else None
    start = m.start()
    qmod = m["qmod"]
    adjectival = bool(m["adj"]) or "-" in m["sep"]
    if det in ("those", "these", "its", "their", "his", "her") or (
        det in ("the", "another") and adjectival
    ):
        start, det = m.start("num"), None  # "its two-year contract": the span is the quantity
        qmod = None
    if qmod and det and norm_space(qmod) in ("over", "under", "some"):
        start, qmod = m.start("det"), None  # "over the past 24 hours": a preposition
    if (
        qmod
        and after in ("ago", "earlier")
        and norm_space(qmod).lower() in ("less than", "more than", "fewer than")
        and _AMOUNT_BEFORE.search(text, max(0, m.start() - 24), m.start())
    ):
        start, qmod = m.start("num"), None  # "5 cents less than a year ago": a comparison
    low = norm_space(num_text)
    if low in ("a", "an", "one") and after is None and det is None:
        prev = text[max(0, m.start() - 12) : m.start()].lower()
        prev_m = re.search(r"\b(once|twice|thrice|(\w+)\s+times)\s*$", prev)
        if prev_m:  # "twice a year"
            c = cand(m, "set", "per-unit", unit=unit, times=prev_m.group(1))
            c.start = m.start() - (len(prev) - prev_m.start())
            return c
        per = _COUNTED_UNITS_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if (
            per is not None
            and number_value(per["n"]) is not None
            and unit in _ORDER
            and unit_name(per["u"]) in _ORDER
            and _ORDER.index(unit_name(per["u"])) > _ORDER.index(unit)
        ):
            # "three days a week", "at least 60 minutes a day": one rate, on so much of each
            c = cand(m, "set", "per-unit", unit=unit, times=f"{per['n']} {per['u']}")
            c.start = per.start()
            return c
    after_text = text[m.end("unit") : m.end("unit") + 6]
    if unit == "quarter" and (
        (re.match(r"\s+of\b", after_text) and low in ("a", "an", "one", "three", "two"))
        or ("-" in m["sep"] and low in ("three", "two", "one"))
    ):
        return None  # "three-quarters of its food"
    if unit == "second" and low in ("a", "an"):
        return None  # "a second group"
    if low in ("a", "an") and not m["adj"] and _COMPOUND_HEAD_AFTER.match(text, m.end("unit")):
        return None  # "a night train", "a night watchman", "a day trip": a kind of thing
    if unit == "quarter" and _POINT_AFTER.match(text, m.end("unit")):
        return None  # "a quarter point", "a quarter of a percentage point": a size, no time
    if low in ("a", "an") and after in (None, "on") and det is None and not qmod:
        prev_words = text[max(0, m.start() - 40) : m.start()]
        if _COUNT_BEFORE.search(prev_words):
            # a rate: "$33 million a year", "3.5% a year", "four flights a week", "358,000 a
            # month", "8,000 seats a day on its trains", "$40 million to their costs a year"
            c = cand(m, "set", "per-unit", unit=unit)
            c.end = m.end("unit")
            return c
    if after == "on" and re.match(r"[,;.]", text[m.end() : m.end() + 1]):
        after = "later"  # "a decade on, envoys urged calm": a decade later
    if after in ("earlier", "before") and _THAN_BEFORE.search(text, max(0, m.start() - 8), start):
        after = "ago"  # "fewer riders than a decade earlier": counted from now
    if after == "later" and (amount is None or unit == "second"):
        after = None  # "a few days later": a stretch of unstated length, "later" a signal
    if after in ("after", "before", "after that", "before that") and _GIVEN_BEFORE.search(
        text, max(0, start - 16), start
    ):
        # "owners will have 90 days after that to register": a stretch given, not a date
        c = cand(m, "duration", "quantity", amount=amount, unit=unit, qmod=qmod, det=det)
        c.start, c.end = start, m.end("unit")
        return c
    if after in (
        "later",
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
        c = cand(
            m,
            "shift",
            "shift",
            amount=amount,
            unit=unit,
            sign=sign,
            anaphoric=anaphoric or None,
            later=after == "later" or None,
            unit_end=(m.end("adj") if m["adj"] else m.end("unit"))
            if after == "later" and unit in ("minute", "hour")
            else None,
            qmod=qmod,
            det=det,
        )
        c.start = start
        return c
    end = m.end("adj") if m["adj"] else m.end("unit")
    c = cand(
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
    "day-before-day",
    rf"\bthe\s+(?P<unit>day|week)\s+(?P<fdir>before|after)\s+(?P<dayref>{DAYREF})(?![\w])",
    priority=1,
)
def _day_before_day(m: re.Match[str], text: str) -> Candidate | None:
    """ "the day before last Tuesday", "the week after Nov. 3": one unit from a stated day."""
    sign = -1 if m["fdir"].lower() == "before" else 1
    unit = m["unit"].lower()
    return cand(
        m, "shift", "from-day", amount=1, unit=unit, sign=sign, dayref=m["dayref"], whole=True
    )


@rule("unit-long", rf"\b(?P<unit>{UNIT})-long\b")
def _unit_long(m: re.Match[str], text: str) -> Candidate | None:
    """ "a day-long meeting", "a decades-long battle"."""
    word = m["unit"].lower()
    amount = None if word in lx.UNIT_PLURALS else 1.0
    return cand(m, "duration", "unit-long", amount=amount, unit=unit_name(word))


@rule(
    "vague-while",
    r"\b(?:for|in|after|within)\s+(?P<span>(?:quite\s+)?(?:a\s+while|some\s+time|a\s+long\s+time|"
    r"a\s+short\s+time|a\s+(?:fairly\s+)?(?:long|lengthy|short|brief)\s+period))\b",
)
def _vague_while(m: re.Match[str], text: str) -> Candidate | None:
    """ "for a while", "for some time": a stretch of unstated length (PXX)."""
    return cand(m, "duration", "vague-while", group="span", amount=None, unit="unknown")


@rule(
    "around-event",
    r"\b(?:(?:in|during|over)\s+)?the\s+(?P<unit>days|weeks|months)\s+(?:just\s+|immediately\s+)?"
    r"(?P<dir>before|after|following|preceding|leading\s+up\s+to)\s+(?:the|his|her|their|a|an)\b",
    priority=1,
)
def _around_event(m: re.Match[str], text: str) -> Candidate | None:
    """ "in the weeks before the shooting": a stretch of time next to an event, placed at the
    month (or year) of the last date mentioned."""
    return cand(m, "around-event", "around-event", group="unit", unit=unit_name(m["unit"]))


@rule(
    "bare-units",
    rf"\b(?P<prep>for|in|over|within|after|take|took|takes|lasted|last|spent|spend|of|follows|"
    rf"following|followed|amid|despite|ends|ended|ending|caps|capped|capping)\s+"
    rf"(?P<span>(?:(?:many|several|recent|the\s+past\s+few|the\s+last\s+few|a\s+few|the)\s+)?"
    rf"(?P<unit>{UNIT_PLURAL}))(?![\w-])"
    rf"(?!\s+(?:ago|earlier|later))",
)
def _bare_units(m: re.Match[str], text: str) -> Candidate | None:
    unit = unit_name(m["unit"])
    if _OF_THE_AFTER.match(text, m.end()) and not (
        m["prep"].lower() == "within" and m["span"] == m["unit"]
    ):
        return None  # "the days of the week"; but "within minutes of the decision"
    span = norm_space(m["span"])
    if span.startswith("recent "):
        return None  # the "recent-units" rule reads these
    if span.startswith("the ") and (
        m["prep"].lower() not in ("over", "through") or unit not in ("year", "decade", "century")
    ):
        return None  # only "over the years": a long stretch up to now
    if unit in ("second", "sec", "min", "hr", "night", "weekend", "quarter"):
        return None
    return cand(m, "duration", "bare-units", group="span", amount=None, unit=unit)


_OF_THE_AFTER = re.compile(r"\s+of\s+(?:the|his|her|their)\b")


@rule(
    "recent-units",
    rf"\b(?P<span>(?:in\s+)?recent\s+(?P<unit>{UNIT_PLURAL}))(?![\w-])",
)
def _recent_units(m: re.Match[str], text: str) -> Candidate | None:
    span_start = m.start("span")
    unit = unit_name(m["unit"])
    if unit in ("year", "decade", "century"):
        c = cand(m, "ref", "recent-units", value="PAST_REF")  # "in recent years": the past
    else:  # "in recent weeks": a stretch of weeks up to now
        c = cand(m, "duration", "recent-units", amount=None, unit=unit)
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
    "period-year-ago",
    rf"\b(?:(?P<the>the)\s+)?(?:(?:same|corresponding|comparable|year-ago)\s+)?"
    rf"(?:(?P<ord>{ORDINAL})[-\s]+)?(?P<what>quarter|period|half)\s+"
    rf"(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+(?:previous|prior)\s+year)"
    rf"(?![\w-])"
    rf"|\blast\s+year['’]s\s+(?:(?P<ord2>{ORDINAL})[-\s]+)?(?P<what2>quarter|period|half)\b",
    priority=1,
)
def _period_year_ago(m: re.Match[str], text: str) -> Candidate | None:
    """ "the quarter a year ago", "the corresponding period last year", "last year's
    quarter": the period under discussion, one year back."""
    what = (m["what"] or m["what2"]).lower()
    ordinal = m["ord"] or m["ord2"]
    known: dict[str, Any] = {"amount": 1, "unit": "year", "sign": -1, "anaphoric": True}
    known["of"] = "quarter" if what == "period" else what
    if ordinal:
        n = lx.ORDINALS[ordinal.lower()]
        if n <= 0:
            return None
        known["ordinal"] = n
    return Candidate(m.start(), m.end(), "shift", "adj-shift", known)


@rule(
    "year-end",
    r"\b(?P<span>(?:(?P<rel>this|last|next)\s+)?(?P<unit>year|month|quarter)(?:-end|\s+end|'s\s+end))\b",
)
def _year_end(m: re.Match[str], text: str) -> Candidate | None:
    return cand(
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
    rf"{WEEKDAY}|{MONTH}|{SEASON}|{PART})(?![\w-])(?:\s+(?P<part>{PART})|\s+(?P<mday>{DAYNUM}))?",
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
        if m["mday"]:
            known["mday"] = int(re.match(r"\d+", m["mday"]).group())  # type: ignore[union-attr]
    elif what.lower() in lx.SEASONS:
        known["season"] = lx.SEASONS[what.lower()]
    elif what.lower() in lx.PARTS_OF_DAY and not (what.lower() == "night" and m["other"]):
        known["part"] = lx.PARTS_OF_DAY[what.lower()]  # "every night": XXXX-XX-XXTNI
    else:
        known["unit"] = unit_name(what)
    if m["part"]:
        known["part"] = lx.PARTS_OF_DAY[m["part"].lower()]
    return cand(m, "set", "every", **known)


_MONTH_BEFORE = re.compile(rf"\b{MONTH}\s+$", re.IGNORECASE)
_POINT_AFTER = re.compile(r"\s+(?:of\s+a\s+)?(?:percentage\s+)?points?\b", re.IGNORECASE)


@rule(
    "first-hours",
    r"\bthe\s+(?P<which>first|final|last|opening|closing)\s+(?P<n>few\s+)?(?P<unit>hours?|minutes?)"
    r"\s+of\b",
    priority=2,
)
def _first_hours(m: re.Match[str], text: str) -> Candidate | None:
    """ "in the final hour of trading", "the first hours of the war": a stretch within it."""
    plural = m["unit"].lower().endswith("s")
    c = cand(m, "duration", "first-hours", unit=unit_name(m["unit"]),
             amount=None if plural or m["n"] else 1.0)
    c.end = m.end("unit")
    return c


@rule(
    "unit-period",
    rf"\b(?:(?P<det>an?)\s+)?(?P<num>\d{{1,3}}|{NUMWORD})-(?P<unit>{UNIT_SINGULAR})\s+"
    rf"(?P<noun>period|term)\b",
    priority=3,
)
def _unit_period(m: re.Match[str], text: str) -> Candidate | None:
    """ "a three-year period", "a one-year term": the stretch, named whole (as TimeBank)."""
    amount = number_value(m["num"])
    if amount is None:
        return None
    c = cand(m, "duration", "unit-period", amount=amount, unit=unit_name(m["unit"]))
    if m["noun"].lower() == "term" and m["det"]:
        c.start = m.start("num")  # "a one-year term": TimeBank leaves the article out
    return c


@rule(
    "every-n",
    rf"\b(?P<q>every)\s+(?P<n>\d{{1,3}}|{NUMWORD})\s+(?P<unit>{UNIT_PLURAL})(?![\w-])",
    priority=1,
)
def _every_n(m: re.Match[str], text: str) -> Candidate | None:
    """ "every six weeks", "every 15 minutes": one time in each stretch of that length."""
    n = number_value(m["n"])
    if n is None or n < 1 or not float(n).is_integer():
        return None
    return cand(m, "set", "every", quant="EVERY", unit=unit_name(m["unit"]), n=int(n))


@rule(
    "units-around-event",
    r"(?<![\w-])(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades))\s+"
    r"(?=(?:before|after|earlier|later)\b)",
)
def _units_around_event(m: re.Match[str], text: str) -> Candidate | None:
    """ "lined the streets hours before the first pitch", "weeks after troops entered": a
    stretch of unstated length next to an event."""
    prev = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if prev is None:
        if not _SENTENCE_START_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            return None  # "Years later, he returned" opens a sentence; else no word before
    elif not prev.group().rstrip().endswith((",", ";")) and (
        prev["w"].lower() in _NOT_BEFORE_BARE_UNITS
        or number_value(prev["w"]) is not None
        or _COUNTED_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ):
        return None  # "the days before", "eight trading days after": other rules read these
    c = cand(m, "duration", "units-around-event", amount=None, unit=unit_name(m["unit"]))
    c.end = m.end("unit")
    return c


_KIND_OF_YEAR = frozenset({"fiscal", "calendar", "school", "academic", "financial"})
_THAN_BEFORE = re.compile(r"\bthan\s+$", re.IGNORECASE)
_GIVEN_BEFORE = re.compile(
    r"\b(?:have|has|had|having|given|gives|give|get|gets|got|allowed|allow|allows|within)\s+$",
    re.I,
)
_WORD_BEFORE = re.compile(r"(?P<w>[\w'’-]+)\)?[,;]?\s+$")
_COUNTED_BEFORE = re.compile(rf"\b(?:\d+|{NUMWORD})\s+[a-z-]+\s+$", re.IGNORECASE)
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?]\s+|[\"“]\s*)$")
_NOT_BEFORE_BARE_UNITS = frozenset({
    "the", "a", "an", "few", "several", "many", "some", "those", "these", "its", "their",
    "his", "her", "our", "of", "recent", "coming", "past", "last", "next", "first", "final",
    "two", "three", "couple", "dozen", "more", "fewer", "other", "same", "earlier", "later",
    "in", "for", "within", "over", "after", "before", "following", "preceding",
})  # fmt: skip


@rule("weekends", r"\b(?:on|at|over|during)\s+(?P<w>weekends)\b")
def _weekends(m: re.Match[str], text: str) -> Candidate | None:
    """ "shut on weekends": every weekend, a repetition."""
    c = cand(m, "set", "weekends", value="XXXX-WXX-WE")
    c.start = m.start("w")
    return c


@rule("frequency-adverb", rf"\b(?P<w>{alt(lx.FREQUENCY_ADVERBS)})(?![\w-])")
def _frequency(m: re.Match[str], text: str) -> Candidate | None:
    if m["w"].lower() == "daily" and re.search(
        r"\baverage\s+$", text[max(0, m.start() - 10) : m.start()], re.I
    ):
        return None  # "average daily volume": a mean per day, not a repetition
    return cand(m, "set", "frequency-adverb", value=lx.FREQUENCY_ADVERBS[m["w"].lower()])
