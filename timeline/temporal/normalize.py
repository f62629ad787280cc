"""The normalizer: turn what a candidate states (known) plus what the context implies into a
TIMEX3 value.

The anchor is the document creation time (DCT) for deictic expressions ("yesterday",
"last month") and the last specific time mentioned for anaphoric ones ("the next day",
"two days later", "that week").  Bare weekdays, months and days of the month are placed
before or after the anchor according to the tense of their clause.
"""

from __future__ import annotations

import calendar as _cal
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from dateutil.easter import easter

from timeline.temporal import lexicon as lx
from timeline.temporal.calendar import (
    DURATION_LETTERS,
    GRANULARITY_ORDER,
    TIME_UNITS,
    Period,
    period_of,
    season_period,
    shift_date,
    unit_granularity,
)
from timeline.temporal.model import Direction, Timex
from timeline.temporal.recognize import Candidate, recognize
from timeline.temporal.rules import number_value
from timeline.temporal.tense import NOT_SENTENCE_END, Tense

# A fractional amount of a unit spelled in the next unit down: letter -> (factor, letter,
# whether the smaller unit is a time-of-day unit written after "T").
_SPLIT_UNITS = {
    "year": (12, "M", False), "day": (24, "H", True), "hour": (60, "M", True),
    "hr": (60, "M", True), "minute": (60, "S", True), "min": (60, "S", True),
}  # fmt: skip
_YEARS_PER = {"decade": 10, "century": 100, "millennium": 1000}
_FAR_DAYS = 240
_FAR_MONTH_DAYS = 300
_NEAR_CUE = 20  # a past verb this close to a bare month decides alone ("took office in January")
_NEAR_DAY_CUE = 12  # the same for a stated day ("took effect on Jan. 1")
_FAR_CUE = 50  # a tense cue further away than this is a weak one
_NARRATIVE_REACH = 80  # characters from the last date to a bare month that continues it
_SCHEDULE_DAYS = 183  # a schedule told ahead goes on this far past its last stated date
_NEAR_ANAPHOR = 240  # characters from the last date to an anaphor that counts from its day
_FAR_HOLIDAY_DAYS = 360
_LONG_OVER_DAYS = 150  # a quarter or half over this long ago is next year's when looked ahead to
_JUST_ENDED_DAYS = 100  # a quarter or half that ended this recently is still reported on


_SENTENCE_END = re.compile(r"[.!?;]\s")
_RANGE_GAP = re.compile(r"\s*(?:to|through|thru|until|till|-|–)\s*(?:on\s+)?", re.IGNORECASE)


def _sentence_break(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence ends between ``lo`` and ``hi`` (not at "Sept. 30" or "U.S. ")."""
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if m.group()[0] != "." or not NOT_SENTENCE_END.search(
            text, max(0, m.start() - 6), m.start()
        ):
            return True
    return False


_INTRO_BEFORE = re.compile(r"(?:^|[.!?;:]\s+|\n\s*)(?:In|By|During)\s+$")
_COORDINATION = re.compile(r",?\s+(?:and|or)\s+(?:on\s+)?")
_SAID_BETWEEN = re.compile(r",\s+(?:said|says|told|added|warned|noted)\b")
# a day told as when something was said: "police said on Monday", "Monday, officials said"
_REPORTED_BEFORE = re.compile(
    r"\b(?:(?:said|says|announced|told\s+\w+|reported|confirmed|added|stated)\s+(?:on\s+)?"
    r"|since\s+)$"
)
_REPORTED_AFTER = re.compile(r",?\s+(?:\w+\s+){0,2}(?:said|announced|reported|confirmed)\b")


@dataclass(slots=True)
class Context:
    """What the normalizer knows about the document so far."""

    dct: date
    last: Period | None = None
    last_end: int = -1
    last_day: Period | None = None  # the last single day mentioned (clock times go on it)
    last_is_bound: bool = False  # the last date closes a reporting period ("ended Jan. 30")
    range_from: Period | None = None  # the day a range began ("from Monday to Wednesday")
    next_day_told: Period | None = None  # the last day mentioned that lies after the DCT
    sentence_period: Period | None = None  # a quarter or half named earlier in this sentence
    period_end: int = -1  # where that quarter or half ends in the text
    forced: bool = False  # the caller fixed the tense (resolve --past/--future)
    weekday_default: Tense | None = None  # reading of a bare weekday with no tense cue
    cue_distance: int = 0  # characters between the expression and its tense cue
    position: int = 0  # where the expression being normalized starts
    same_sentence: bool = False  # the last date mentioned is in the same sentence
    story_day: Period | None = None  # the first day told within a week of the DCT: the news
    # the last day is when something was said ("said Monday") or a bound ("since Dec. 31")
    last_day_reported: bool = False
    said_since_last: bool = False  # "who took over in June 2017, said ...": a new clause
    # day, hour, end and minute of the last clock time
    last_clock: tuple[date, int, int, int] | None = None
    coordinated: bool = False  # joined to the last date by "and"/"or" ("15 December and the 20th")
    last_past_day: Period | None = None  # the last day told that is not after the DCT
    last_intro_year: bool = False  # the last date is a year that opens its clause ("In 2022,")

    def move_to(self, text: str, position: int) -> None:
        """Make ready for the expression starting at ``position``: which sentence it is in
        relative to the last date, and whether it ends a range that date began."""
        self.position = position
        self.same_sentence = self.last_end >= 0 and not _SENTENCE_END.search(
            text, self.last_end, position
        )
        self.coordinated = self.last_end >= 0 and bool(
            _COORDINATION.fullmatch(text, self.last_end, position)
        )
        self.said_since_last = self.same_sentence and bool(
            _SAID_BETWEEN.search(text, self.last_end, position)
        )
        if self.period_end >= 0 and _sentence_break(text, self.period_end, position):
            self.sentence_period, self.period_end = None, -1
        self.range_from = (
            self.last
            if self.last_end >= 0 and _RANGE_GAP.fullmatch(text, self.last_end, position)
            else None
        )

    def remember(self, period: Period, c: Candidate, text: str = "") -> None:
        """``period``, just resolved for ``c``, becomes what later expressions count from."""
        self.last, self.last_end = period, c.end
        self.last_intro_year = (
            bool(text)
            and period.granularity == "year"
            and _INTRO_BEFORE.search(text, max(0, c.start - 12), c.start) is not None
            and text.startswith(",", c.end)
        )
        self.last_is_bound = bool(c.known.get("period_end"))

        if c.kind == "time" and period.granularity == "day" and "hour" in c.known:
            self.last_clock = (period.start, c.known["hour"], c.end, c.known.get("minute") or 0)
        elif period.granularity == "day" and c.known.get("part") == "NI":
            self.last_clock = (period.start, 22, c.end, 0)  # "reopened Monday night": late
        if period.granularity == "day":
            self.last_day = period
            self.last_day_reported = bool(text) and (
                _REPORTED_BEFORE.search(text, max(0, c.start - 24), c.start) is not None
                or _REPORTED_AFTER.match(text, c.end) is not None
            )
            if period.start <= self.dct:
                self.last_past_day = period
            if self.story_day is None and abs((period.start - self.dct).days) <= 7:
                self.story_day = period
            if period.start > self.dct:
                self.next_day_told = period
        elif period.granularity in ("quarter", "half"):
            self.sentence_period, self.period_end = period, c.end

    def anchor_for(self, anaphoric: bool) -> tuple[Period, str]:
        if anaphoric and self.last is not None:
            return self.last, "the last date mentioned"
        return Period("day", self.dct), "the document date"


@dataclass(slots=True)
class Result:
    type: str
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchor: str | None = None
    direction: Direction | None = None
    implied: dict[str, Any] = field(default_factory=dict)
    steps: list[str] = field(default_factory=list)
    period: Period | None = None
    updates_anchor: bool = True


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


# ----------------------------------------------------------------------------- direction


def _choose(
    periods: list[Period], ref: date, tense: Tense | None, nearest_default: bool = True
) -> tuple[Period, Direction]:
    """Pick among candidate periods: the latest not after ``ref`` (past), the earliest not
    ended before ``ref`` (future), or the nearest one."""
    if tense == "past":
        ok = [p for p in periods if p.start <= ref]
        if ok:
            p = max(ok, key=lambda p: p.start)
            return p, "same" if p.start <= ref < p.end else "past"
    if tense == "future":
        ok = [p for p in periods if p.end > ref]
        if ok:
            p = min(ok, key=lambda p: p.start)
            return p, "same" if p.start <= ref < p.end else "future"

    def distance(p: Period) -> tuple[int, int]:
        if p.start <= ref < p.end:
            return (0, 0)
        if p.end <= ref:
            return ((ref - p.end).days + 1, 1)
        return ((p.start - ref).days, 2)

    p = min(periods, key=distance)
    direction: Direction = (
        "same" if p.start <= ref < p.end else ("past" if p.end <= ref else "future")
    )
    return p, direction


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# ----------------------------------------------------------------------------- kinds


def _date(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    k = c.known
    dct = ctx.dct
    r = Result("DATE", "", mod=k.get("mod"))
    year, month, day = k.get("year"), k.get("month"), k.get("day")
    if year is None and "year_rel" in k:
        year = dct.year + k["year_rel"]
        r.implied = {"year": year}
        r.steps.append(f"year {year}: {k['year_rel']:+d} from the document date")
    # "the strikes on 15 December and the 20th": the month of the day it is joined to; "in
    # March 2019, on the 15th": that day of the month just mentioned
    month_source = (
        "the day it is joined to"
        if ctx.coordinated and ctx.last is not None and ctx.last.granularity == "day"
        else "the month just mentioned"
        if ctx.same_sentence and ctx.last is not None and ctx.last.granularity == "month"
        else None
    )
    if (
        month is None
        and day is not None
        and month_source is not None
        and ctx.last is not None
        and (d := _safe_date(ctx.last.start.year, ctx.last.start.month, day)) is not None
    ):
        p = Period("day", d)
        r.implied = {"year": d.year, "month": d.month}
        r.anchor, r.period = ctx.last.value(), p
        r.direction = "past" if d <= dct else "future"
        r.steps.append(f"day {day} stated; month and year taken from {ctx.last.value()}, "
                       f"{month_source}")
    elif month is None and day is not None:  # "the 28th"
        anchor, why = ctx.anchor_for(False)
        base = anchor.start
        options = []
        for delta in (-1, 0, 1):
            first = (
                (base.replace(day=1) + timedelta(days=32 * delta)).replace(day=1)
                if delta
                else base.replace(day=1)
            )
            if delta == -1:
                first = (base.replace(day=1) - timedelta(days=1)).replace(day=1)
            d = _safe_date(first.year, first.month, day)
            if d:
                options.append(Period("day", d))
        if not options:
            return None
        p, direction = _choose(options, base, tense)
        r.implied = {"year": p.start.year, "month": p.start.month}
        r.anchor, r.direction, r.period = anchor.value(), direction, p
        r.steps += [
            f"day {day} stated; month and year taken from {why} {anchor.value()}",
            f"direction {direction} ({_tense_reason(tense, ctx.forced)})",
        ]
    elif year is None:
        gran = "day" if day is not None else "month"
        options = []
        for y in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1):
            d = _safe_date(y, month, day or 1)
            if d:
                options.append(Period(gran, d))
        if not options:
            return None
        rel = k.get("rel")
        if k.get("deadline") and not ctx.forced and (tense is None or ctx.cue_distance > _FAR_CUE):
            tense = "future"  # "by February", no verb close by to say otherwise: a deadline ahead
        if rel in ("last", "past", "this past", "previous"):
            ok = [p for p in options if p.end <= dct]
            if rel == "last" and gran == "month" and _months_before(dct, month) <= 1:
                # "last February" said on March 1: the month just gone would be "last month",
                # so the one a year before
                ok = [p for p in ok if _months_before(dct, p.start.month, p.start.year) > 1]
            p, direction = (
                (max(ok, key=lambda p: p.start), "past") if ok else _choose(options, dct, "past")
            )
        elif rel in ("next", "coming", "this coming"):
            ok = [p for p in options if p.start > dct]
            p, direction = (
                (min(ok, key=lambda p: p.start), "future")
                if ok
                else _choose(options, dct, "future")
            )
        elif rel == "this":
            p = Period(gran, _safe_date(dct.year, month, day or 1) or options[0].start)
            direction = "same"
        elif ctx.last is not None and (
            rel in ("that", "the same")
            or (
                not ctx.forced
                and ctx.same_sentence
                and ctx.last.granularity == "year"
                and not ctx.said_since_last
                and ctx.position - ctx.last_end <= 80
                and ctx.last_intro_year
            )
        ):
            # "In 2008 the company moved ... that June", "In 2022, the holiday will be
            # observed on June 20": the year of the date just mentioned
            y = ctx.last.start.year
            p = Period(gran, _safe_date(y, month, day or 1) or date(y, month, 1))
            direction = "past" if p.start <= dct else "future"
        elif gran == "month" and tense is None and ctx.forced:
            p = Period(gran, date(dct.year, month, 1))
            direction = "same"
        elif ctx.forced:
            p, direction = _choose(options, dct, tense)
        elif gran == "month" and tense != "future" and (narrative := _narrative_year(ctx)):
            # "elected in November 2020 and took office in January": a story told in
            # another year goes on from the date just mentioned
            last = narrative
            if gran == "month" and last.granularity != "year" and month < last.start.month:
                p = Period(gran, date(last.start.year + 1, month, 1))
            else:
                p = Period(gran, _safe_date(last.start.year, month, day or 1) or last.start)
            direction = "past" if p.start <= dct else "future"
        elif (
            gran == "day"
            and not ctx.forced
            and ctx.last is not None
            and ctx.last.granularity == "day"
            and ctx.last.start.year != dct.year
            and ctx.last.start < dct
            and ctx.position - ctx.last_end <= _NEAR_ANAPHOR
            and abs(month - ctx.last.start.month) <= 1
            and tense != "future"
        ):
            # "at 1:23 a.m. on April 26, 1986 ... did not acknowledge it until April 28":
            # a story told in another year goes on in that year
            p = Period(gran, _safe_date(ctx.last.start.year, month, day) or ctx.last.start)
            direction = "past"
        elif (
            tense is None
            and ctx.same_sentence
            and ctx.last is not None
            and ctx.last.granularity in ("month", "day")
            and ctx.last.start <= dct
        ):
            # "in June from $29.75 in March": no verb to say, so the reading nearest the date
            # just mentioned in the same sentence
            p, _ = _choose(options, ctx.last.start, None)
            direction = "past" if p.start <= dct else "future"
        else:
            # a stated month and day: the tense decides unless that puts it most of a year
            # away, in which case the nearest reading wins ("payable Nov. 21" said Nov. 2)
            p, direction = _choose(options, dct, tense)
            far = _FAR_DAYS if gran == "day" else _FAR_MONTH_DAYS
            near = _NEAR_CUE if gran == "month" else _NEAR_DAY_CUE
            if (
                abs((p.start - dct).days) > far
                and not (tense == "past" and ctx.cue_distance <= near and not k.get("deadline"))
                # "the transition runs until Dec. 31": a phrase that alone says ahead
                and not (tense == "future" and ctx.cue_distance == 0)
                # "classes resume on Jan. 5. Classes end on May 29": a schedule told ahead
                and not (tense == "future" and ctx.last is not None
                         and dct < ctx.last.start <= p.start
                         and ((p.start - ctx.last.start).days <= _SCHEDULE_DAYS
                              or p.start < ctx.last.end))
            ):
                p, direction = _choose(options, dct, None)
        wd = k.get("weekday")
        if wd and gran == "day" and p.start.isoweekday() != wd and not rel:
            # "Saturday, April 25": the year in which that day is a Saturday, if one is near
            fits = [o for o in options if o.start.isoweekday() == wd]
            if fits:
                p = min(fits, key=lambda o: abs((o.start - dct).days))
                direction = "past" if p.start < dct else ("same" if p.start == dct else "future")
        r.implied = {"year": p.start.year}
        r.anchor, r.direction, r.period = Period("day", dct).value(), direction, p
        r.steps += [
            f"year not stated: taken from the document date {dct.isoformat()}",
            f"direction {direction} ({repr(rel) if rel else _tense_reason(tense, ctx.forced)})",
        ]
    else:
        if day is not None:
            d = _safe_date(year, month, day)
            if d is None:
                return None
            p = Period("day", d)
        elif month is not None:
            p = Period("month", date(year, month, 1))
        else:
            if not 1 <= year <= 9999:
                return None
            p = Period("year", date(year, 1, 1))
        r.period = p
        r.steps.append("all components stated")
    if k.get("nth_week") and p.granularity == "month":
        # a week counted within the month: the one holding the 4th (first) or the
        # 4th-last day (last), so that most of it lies in the month
        n = k["nth_week"]
        if n > 0:
            inside = p.start + timedelta(days=3 + 7 * (n - 1))
        else:
            inside = date(p.start.year, p.start.month,
                          month_length(p.start.year, p.start.month)) - timedelta(days=3)
        p = period_of("weekend" if k.get("nth_unit") == "weekend" else "week", inside)
        r.period = p
        r.steps.append(f"week {n if n > 0 else 'last'} of the month -> {p.value()}")
    if k.get("week_of") or k.get("weekend_of"):
        p = period_of("week" if k.get("week_of") else "weekend", p.start)
        r.period = p
        r.steps.append(f"the week holding that day -> {p.value()}")
    r.value = p.value()
    if "hour" in k:
        r.type = "TIME"
        r.value += f"T{k['hour']:02d}:{k.get('minute') or 0:02d}"
    elif k.get("part"):
        r.type = "TIME"
        r.value += "T" + k["part"]
    return r


def _months_before(dct: date, month: int, year: int | None = None) -> int:
    """How many months ``month`` (of ``year``, else of the latest year not after ``dct``)
    lies before the document's month."""
    if year is None:
        year = dct.year if month <= dct.month else dct.year - 1
    return (dct.year - year) * 12 + dct.month - month


def _narrative_year(ctx: Context) -> Period | None:
    """The date just mentioned (in the same or previous sentence) when it lies in another year
    than the document date: a story about that time, which bare months continue."""
    last = ctx.last
    if (
        last is None
        or ctx.forced
        or not ctx.same_sentence
        or ctx.said_since_last  # "who took over in June 2017, said orders rose in April"
        or ctx.position - ctx.last_end > _NARRATIVE_REACH
        or last.granularity not in ("year", "month", "day")
        or last.start.year == ctx.dct.year
        or last.start > ctx.dct
    ):
        return None
    return last


def _tense_reason(tense: Tense | None, forced: bool = False) -> str:
    if tense is None:
        return "no tense cue: nearest reading"
    if forced:
        return f"{tense}, as the caller asked"
    return f"{tense} tense in the clause"


def _weekday(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    k = c.known
    wd = k["weekday"]
    dct = ctx.dct
    rel = k.get("rel")
    today = dct.isoweekday()
    r = Result("DATE", "", mod=None)
    if k.get("week_offset") is not None and not rel:
        # "Wednesday next week": that day in the week before/after the document's
        week = period_of("week", dct).shift(k["week_offset"])
        d = week.start + timedelta(days=wd - 1)
        r.period, r.value, r.anchor = Period("day", d), d.isoformat(), dct.isoformat()
        r.direction = "same" if d == dct else ("past" if d < dct else "future")
        r.steps.append(f"weekday {wd} in the week {week.value()}")
        return _with_part(r, k)
    if rel in ("the previous", "the preceding", "the prior") and (
        ctx.last is not None and ctx.last.granularity == "day"
    ):
        # "the previous Friday": the one before the last day mentioned
        base = ctx.last.start
        d = base - timedelta(days=(base.isoweekday() - wd) % 7 or 7)
        r.period, r.value = Period("day", d), d.isoformat()
        r.anchor, r.direction = base.isoformat(), "past"
        r.steps.append(f"{rel!r}: the one before the last date mentioned ({base.isoformat()})")
        return _with_part(r, k)
    if rel in ("last", "past", "this past", "previous", "the previous", "the last", "the past"):
        delta = -((today - wd) % 7 or 7)
        direction: Direction = "past"
        why = f"{rel!r}: the one before the document date"
    elif rel in ("next", "coming", "this coming", "the next", "the coming", "upcoming"):
        delta = (wd - today) % 7 or 7
        direction = "future"
        why = f"{rel!r}: the one after the document date"
    elif rel == "this":
        delta = wd - today
        direction = "same" if delta == 0 else ("past" if delta < 0 else "future")
        why = "'this': the same week as the document date"
    elif rel in ("the following", "the same", "that"):
        base = ctx.last.start if ctx.last else dct
        delta = (wd - base.isoweekday()) % 7 or (0 if rel != "the following" else 7)
        d = base + timedelta(days=delta)
        r.period = Period("day", d)
        r.value = d.isoformat()
        r.anchor, r.direction = base.isoformat(), "future"
        r.steps.append(f"{rel!r}: the first such day after the last date mentioned")
        return _with_part(r, k)
    else:
        options = [
            Period("day", dct - timedelta(days=(today - wd) % 7)),
            Period("day", dct + timedelta(days=(wd - today) % 7)),
        ]
        if k.get("deadline") and not ctx.forced and (tense is None or ctx.cue_distance > _FAR_CUE):
            tense = "future"  # "finished by Friday", no verb close by: a limit still ahead
        cue_tense = tense
        if tense is None and ctx.weekday_default:
            tense = ctx.weekday_default
        if k.get("week_after"):
            tense = "future"  # "Tuesday week": the coming Tuesday, then a week on
        p, direction = _choose(options, dct, tense)
        week = ctx.last
        if (
            week is not None
            and week.granularity == "week"
            and ctx.same_sentence
            and not ctx.said_since_last
            and cue_tense != "past"
            and not ctx.forced
            and not k.get("week_after")
        ):
            # "will sell debt this week, starting with notes on Tuesday": the day of the
            # week just named in the sentence
            p = Period("day", week.start + timedelta(days=wd - 1))
            direction = "past" if p.start < dct else ("same" if p.start == dct else "future")
            tense = None
        start = ctx.range_from
        if start is not None and start.granularity == "day" and p.start < start.start:
            # "from Monday to Wednesday": the range's end is the first such day after its start
            p = Period("day", start.start + timedelta(days=(wd - start.start.isoweekday()) % 7))
            direction = "past" if p.start < dct else ("same" if p.start == dct else "future")
        if k.get("week_after"):
            p = Period("day", p.start + timedelta(days=7))
        delta = (p.start - dct).days
        why = _tense_reason(tense, ctx.forced)
    d = dct + timedelta(days=delta)
    r.period = Period("day", d)
    r.value = d.isoformat()
    r.anchor, r.direction = dct.isoformat(), direction
    r.implied = {"year": d.year, "month": d.month, "day": d.day}
    r.steps += [
        f"weekday {wd} stated; anchor the document date {dct.isoformat()}",
        f"direction {direction}: {why}",
        f"{delta:+d} days -> {d.isoformat()}",
    ]
    return _with_part(r, k)


def _with_part(r: Result, k: dict[str, Any]) -> Result:
    if k.get("part"):
        r.type = "TIME"
        r.value += "T" + k["part"]
    return r


def _deictic(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    k = c.known
    anaphoric = bool(k.get("anaphoric"))
    if anaphoric and (ctx.last is None or ctx.last.granularity != "day"):
        anchor, why = ctx.anchor_for(False)
    else:
        anchor, why = ctx.anchor_for(anaphoric)
    if (
        anaphoric
        and tense == "future"
        and ctx.next_day_told is not None
        and anchor.start <= ctx.dct
    ):
        # "Prince Charles will host a dinner that evening": on the day ahead just told
        anchor, why = ctx.next_day_told, "the day ahead last mentioned"
    base = anchor.start if anchor.granularity == "day" else ctx.dct
    offset = k.get("offset", 0)
    part = k.get("part")
    if part == "NI" and k.get("word") == "last":
        offset = -1
    if k.get("word") == "overnight" and not anaphoric and tense == "past":
        offset = -1  # "rain fell overnight": the night before the day of the story
    d = base + timedelta(days=offset)
    r = Result("DATE", d.isoformat(), period=Period("day", d), anchor=base.isoformat())
    r.direction = "same" if offset == 0 else ("past" if offset < 0 else "future")
    r.steps.append(f"{offset:+d} days from {why} {base.isoformat()}")
    if part:
        r.type = "TIME"
        r.value += "T" + part
    if k.get("word") in ("bare", "overnight"):
        r.updates_anchor = False  # "overnight losses": too vague to anchor what follows
    return r


_PAST_RELS = (
    "last",
    "past",
    "the past",
    "the last",
    "previous",
    "the previous",
    "the preceding",
    "the prior",
    "prior",
    "this past",
    "the most recent",
)


def _relative(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    k = c.known
    unit = k["unit"]
    rel = k.get("rel", "the")
    if unit == "period":
        # "the latest period": the reporting period under discussion
        r = Result("DATE", "")
        if ctx.last is not None and ctx.last.granularity in ("quarter", "half", "month"):
            p, why = ctx.last, "the last period mentioned"
        else:
            p, why = period_of("quarter", ctx.dct).shift(-1), "the latest completed quarter"
        r.period, r.value = p, p.value()
        r.steps.append(f"{rel!r} period: {why} -> {p.value()}")
        return r
    gran = unit_granularity(unit)
    offset = lx.RELATIVE_DETERMINERS.get(rel, 0) + k.get("extra_offset", 0)
    anaphoric = rel in lx.ANAPHORIC_DETERMINERS or rel == "the"
    if (
        rel == "the"
        and anaphoric
        and ctx.last is not None
        and not ctx.same_sentence
        and (
            (gran == "week" and ctx.last.start > ctx.dct)
            or (gran == "month" and k.get("mod") == "END"
                and ctx.position - ctx.last_end > _NARRATIVE_REACH
                and ctx.last.start < period_of("month", ctx.dct).start)
        )
    ):
        # "trading resumes Monday. For the week, the Dow lost": this week; "hit the ceiling
        # on May 16. ... a deal by the end of the month" (said in July): this month
        anaphoric = False
    if gran == "day" and rel in ("the next", "the following", "the previous", "the prior"):
        anaphoric = True  # "the next day": the day after the last one mentioned
    elif (
        rel in ("the next", "the following", "the previous", "the prior")
        and ctx.same_sentence
        and ctx.last is not None
        and ctx.last.granularity == "day"
        and ctx.last.start != ctx.dct
    ):
        anaphoric = True  # "adjourned on Oct. 16 until the next week": after that day
    r = Result("DATE", "", mod=k.get("mod"))
    if unit in ("decade", "century") and rel in _PAST_RELS + (
        "next",
        "the next",
        "the coming",
        "coming",
    ):
        r.type = "DURATION"
        r.value = "P10Y" if unit == "decade" else "P100Y"
        r.updates_anchor = False
        return r
    if k.get("ended_on") and gran == "quarter":
        # "the quarter ended July 31": the three months before that day, mostly in the
        # calendar quarter holding the day six weeks earlier
        month, day = k["ended_on"]
        options = [
            Period("day", d)
            for y in (ctx.dct.year - 1, ctx.dct.year)
            if (d := _safe_date(y, month, day)) is not None
        ]
        if options:
            end_day, _ = _choose(options, ctx.dct, "past")
            p = period_of("quarter", end_day.start - timedelta(days=45))
            r.period, r.value = p, p.value()
            r.steps.append(f"the quarter ending {end_day.value()} -> {p.value()}")
            return r
    if k.get("ended") and gran == "year":
        r.type, r.value, r.updates_anchor = "DURATION", "P1Y", False
        r.steps.append("a year ending on a stated day: a one-year period (duration)")
        return r
    if "year" in k:
        base_period = period_of(gran, date(k["year"], 1, 1))
        r.period = base_period
        r.value = base_period.value()
        return r
    if anaphoric:
        if (
            ctx.last is not None
            and tense == "future"
            and gran in ("week", "weekend")
            and 0 < (ctx.dct - ctx.last.start).days < 7
        ):
            # "Conditions should improve by the weekend" after a day of this week gone by:
            # the week or weekend ahead of the paper, not the one of the day just told
            base = ctx.dct
            why = "the document date (a future told after a day just gone by)"
        elif (
            ctx.last is not None
            and GRANULARITY_ORDER.index(ctx.last.granularity)
            <= GRANULARITY_ORDER.index(gran if gran != "weekend" else "week")
            # "will decide by the end of the year" after "in October 2015": the paper's year
            and not (gran == "year" and tense == "future" and ctx.last.start.year != ctx.dct.year)
        ):
            base = ctx.last.start
            why = f"the last date mentioned ({ctx.last.value()})"
        else:
            base = ctx.dct
            why = "the document date"
            if rel in ("the", "the latest") and gran == "quarter" and tense != "future":
                # "the quarter" in a past-tense report: the latest completed quarter
                offset = -1
                why += " (latest completed quarter)"
    else:
        base = ctx.dct
        why = "the document date"
    if rel in ("the latest", "latest") and gran == "quarter" and anaphoric is False:
        offset = -1
    if gran == "weekend":
        p = period_of("weekend", base)
        if rel in ("the", "this") and offset == 0:
            if tense == "past" and base.isoweekday() < 6:
                p = p.shift(-1)
        else:
            p = p.shift(offset)
        r.period = p
        r.value = p.value()
    elif gran == "day":
        if rel == "the":
            return None
        p = Period("day", base + timedelta(days=offset))
        r.period = p
        r.value = p.value()
    else:
        p = period_of(gran, base).shift(offset)
        r.period = p
        r.value = p.value()
    r.anchor = base.isoformat()
    r.direction = "same" if offset == 0 else ("past" if offset < 0 else "future")
    r.steps.append(f"{rel!r} {unit}: {offset:+d} {gran} from {why} -> {r.value}")
    return r


def _ordinal(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    k = c.known
    unit, n = k["unit"], k["n"]
    if n == -1 and ("year" in k or "year_rel" in k):
        n = 4 if unit == "quarter" else 2  # "the last half of 1989": its second half
    if n == -1:
        c2 = Candidate(c.start, c.end, "relative", c.rule, {"unit": unit, "rel": "last"})
        return _relative(c2, ctx, tense)
    dct = ctx.dct
    months = 3 if unit == "quarter" else 6
    if unit == "quarter" and n > 4 or unit == "half" and n > 2:
        return None
    if "year" in k:
        year = k["year"]
        why = "year stated"
    elif "year_rel" in k:
        year = dct.year + {"this": 0, "last": -1, "next": 1, "the": 0}[k["year_rel"]]
        why = f"{k['year_rel']!r} year"
    else:
        rel = k.get("rel")
        year = dct.year
        if True:
            why = "year of the document date"
            first_month = (n - 1) * months + 1
            if rel in ("last", "past", "previous") or (
                date(dct.year, first_month, 1) > dct and tense == "past"
            ):
                year -= 1
                why += ", previous year (that period is still to come this year)"
            elif rel in ("next", "coming"):
                year += 1
            elif (
                not rel
                and (tense is None or k.get("results"))
                and date(dct.year, first_month, 1) > dct
                and (dct - _period_end(dct.year - 1, first_month, months)).days <= _JUST_ENDED_DAYS
            ):
                # "fourth-quarter results" in January: the period just ended, not this
                # year's, which has not begun
                year -= 1
                why += ", previous year (just ended; this year's has not begun)"
            elif (
                tense == "future"
                and (dct - _period_end(dct.year, first_month, months)).days > _LONG_OVER_DAYS
            ):
                # "expected to close by the end of the first quarter", said in October: next
                # year's (a period just ended may still be reported on: "will report Q3")
                year += 1
                why += ", next year (long over this year and the clause looks ahead)"
    g = "quarter" if unit == "quarter" else "half"
    p = Period(g, date(year, (n - 1) * months + 1, 1))
    r = Result("DATE", p.value(), mod=k.get("mod"), period=p, anchor=dct.isoformat())
    r.implied = {} if "year" in k else {"year": year}
    r.steps.append(f"{unit} {n} stated; {why} -> {p.value()}")
    return r


def _period_end(year: int, first_month: int, months: int) -> date:
    """The last day of the ``months``-long period starting on the first of ``first_month``."""
    last_month = first_month + months - 1
    return date(year, last_month, month_length(year, last_month))


def _season(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    k = c.known
    code = k["season"]
    dct = ctx.dct
    r = Result("DATE", "", mod=k.get("mod"))
    if "year" in k:
        p = season_period(code, k["year"])
    else:
        options = [season_period(code, y) for y in (dct.year - 1, dct.year, dct.year + 1)]
        rel = k.get("rel")
        if rel in _PAST_RELS:
            ok = [p for p in options if p.end <= dct]
            p = max(ok, key=lambda p: p.start)
            if rel == "last" and (dct - p.end).days < 30:
                # "last summer" said on Sept. 1: the summer just ended is still "this summer"
                p = season_period(code, p.start.year - 1)
        elif rel in ("next", "coming", "the coming", "the next", "this coming"):
            ok = [p for p in options if p.start > dct]
            p = min(ok, key=lambda p: p.start)
        elif rel in ("that", "the same") and ctx.last is not None:
            p = season_period(code, ctx.last.start.year)  # "in March 2011 ... since that summer"
        elif rel in ("the following", "the next") and ctx.last is not None and ctx.last.end <= dct:
            # "made his debut in 1947; the following summer": the first such season after it
            later = [season_period(code, y) for y in (ctx.last.start.year, ctx.last.start.year + 1)]
            p = next((o for o in later if o.start >= ctx.last.end), later[-1])
        elif (
            rel in (None, "the")
            and tense == "past"
            and ctx.same_sentence
            and ctx.last is not None
            and ctx.last.granularity == "year"
            and ctx.last.start.year < dct.year
        ):
            # "since 2017, when blazes burned a million acres over the summer": that year's
            p = season_period(code, ctx.last.start.year)
        elif rel == "this" or tense is None:
            p = season_period(code, dct.year)
        else:
            p, _ = _choose(options, dct, tense)
        r.implied = {"year": p.start.year}
    r.period = p
    r.value = p.value()
    return r


def _shift(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    k = c.known
    unit = k["unit"]
    amount = k.get("amount")
    sign = k["sign"]
    anaphoric = bool(k.get("anaphoric"))
    r = Result("DATE", "", mod=None, updates_anchor=sign > 0)
    clock = ctx.last_clock
    if (
        unit in ("minute", "hour")
        and anaphoric
        and amount is not None
        and float(amount).is_integer()
        and clock is not None
        and ctx.last is not None
        and ctx.last.start == clock[0]
        and ctx.last_end == clock[2]
        and ctx.position - clock[2] <= _NEAR_ANAPHOR
    ):
        # "At 10:41 p.m. ... About 20 minutes later": the clock time just told, moved on
        moved = datetime(clock[0].year, clock[0].month, clock[0].day) + timedelta(
            hours=clock[1], minutes=clock[3]
        ) + sign * timedelta(**{unit + "s": int(amount)})
        r.type, r.value = "TIME", moved.strftime("%Y-%m-%dT%H:%M")
        r.period = Period("day", moved.date())
        r.updates_anchor = False
        r.steps.append(f"{_num(amount)} {unit}(s) {'after' if sign > 0 else 'before'} the "
                       f"clock time just told -> {r.value}")
        return r
    if k.get("later") and not _later_anchor_ok(ctx, unit):
        # "two days later" with no day before it to count from, "an hour later" with no
        # clock time: only the stretch is known (for hours, "later" a signal out of the extent)
        c.end = k.get("unit_end", c.end)
        c2 = Candidate(c.start, c.end, "duration", c.rule, {"amount": amount, "unit": unit})
        res = _duration(c2, ctx, tense)
        if res is not None and "unit_end" in k:
            res.steps.append("no clock time just told to count from: the stretch")
        return res
    if unit in TIME_UNITS:
        anchor, why = ctx.anchor_for(anaphoric)
        r.value = anchor.value() if anchor.granularity == "day" else ctx.dct.isoformat()
        r.steps.append(f"a few {unit}s from {why}: the same day")
        return r
    if k.get("dayref") and amount is not None:
        base_day = _resolve_dayref(k["dayref"], ctx, tense, nearest=True)
        if base_day is None:
            return None
        moved = shift_date(base_day, unit, sign * amount)
        # "the week after Nov. 3": that whole week; "a week from Friday": the day
        whole = bool(k.get("whole"))
        p = period_of(unit_granularity(unit), moved) if whole else Period("day", moved)
        r.period, r.value, r.anchor = p, p.value(), base_day.isoformat()
        r.direction = "past" if sign < 0 else "future"
        r.steps.append(
            f"{_num(amount)} {unit}(s) {'before' if sign < 0 else 'after'} "
            f"{k['dayref']!r} ({base_day.isoformat()}) -> {p.value()}"
        )
        r.updates_anchor = True
        return r
    gran = "day" if k.get("same_day") else k.get("anniversary") or unit_granularity(unit)
    if k.get("anniversary"):
        # "20 years ago today": counted from the paper's day, kept at the day (week, month)
        moved = shift_date(ctx.dct, unit, sign * (amount or 0))
        p = period_of(gran, moved)
        r.period, r.value, r.anchor = p, p.value(), ctx.dct.isoformat()
        r.direction = "past"
        r.updates_anchor = True
        r.steps.append(f"{_num(amount or 0)} {unit}(s) before the document date, the same {gran}")
        return r
    if (
        gran == "week"
        and anaphoric
        and ctx.last is not None
        and ctx.last.granularity == "day"
        and (k.get("later") or ctx.position - ctx.last_end <= _NEAR_ANAPHOR)
    ):
        gran = "day"  # "a week later"/"a week earlier" after a stated day: the day a week off
    if gran in ("decade", "century") and amount is not None and float(amount).is_integer():
        gran = "year"  # "a decade ago": the year ten years back
    anchor, why = ctx.anchor_for(anaphoric)
    if (
        anaphoric
        and tense == "past"
        and not ctx.same_sentence
        and ctx.last is not None
        and ctx.last.start > ctx.dct
        and ctx.last_past_day is not None
    ):
        # "The Commons rose on Thursday and will not sit until Sept. 6. The Lords rose a day
        # later": a past event counts from the last day gone by, not from one still to come
        anchor, why = ctx.last_past_day, "the last past day mentioned"
    if c.rule == "adj-shift":
        anchor, why = Period("day", ctx.dct), "the document date"
        if k.get("of") in ("quarter", "period") and not k.get("ordinal") and unit == "year":
            if ctx.last is not None and ctx.last.granularity in ("quarter", "half"):
                base = ctx.last
            else:
                base = period_of("quarter", ctx.dct).shift(-1)
            p = Period(base.granularity, base.start.replace(year=base.start.year - 1))
            r.period, r.value = p, p.value()
            r.steps.append(f"the same period a year before {base.value()} -> {p.value()}")
            return r
        if k.get("of") == "half" and not k.get("ordinal") and unit == "year":
            if ctx.last is not None and ctx.last.granularity == "half":
                base = ctx.last
            else:
                base = period_of("half", ctx.dct).shift(-1)
            p = Period("half", base.start.replace(year=base.start.year - 1))
            r.period, r.value = p, p.value()
            r.steps.append(f"the same half a year before {base.value()} -> {p.value()}")
            return r
        if k.get("ordinal") and k.get("of") in ("quarter", "half") and unit == "year":
            n = k["ordinal"]
            months = 3 if k["of"] == "quarter" else 6
            if n > 12 // months:
                return None
            p = Period(k["of"], date(ctx.dct.year - 1, months * (n - 1) + 1, 1))
            r.period, r.value = p, p.value()
            r.steps.append(f"the year-earlier quarter {n} -> {p.value()}")
            return r
    period = (
        ctx.last
        if ctx.last is not None and ctx.last.granularity in ("quarter", "half")
        else ctx.sentence_period
    )
    if (
        unit == "year"
        and period is not None
        and amount == 1
        and period.start <= ctx.dct
        and period.start.year >= ctx.dct.year - 1
    ):
        # year-on-year comparison: the same period one year before ("revenue rose in the
        # quarter ended Sept. 30 from $2 billion a year earlier")
        anchor, why = period, f"the last period mentioned ({period.value()})"
        gran = period.granularity
    elif (
        unit == "year"
        and amount == 1
        and ctx.last is not None
        and ctx.last.granularity == "month"
        and ctx.same_sentence
        and ctx.last.start <= ctx.dct
        and ctx.last.start.year >= ctx.dct.year - 1
    ):
        # "sales fell 4% in April from a year earlier": the same month one year before
        anchor, why = ctx.last, f"the month just mentioned ({ctx.last.value()})"
        gran = "month"
    if amount is None:
        base = anchor.start
        if gran == "year":
            y = base.year - 3 if sign < 0 else base.year + 3  # "a few years ago"
            r.value = f"{y // 10:03d}X"
        else:
            r.value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        r.steps.append(f"an unspecified number of {unit}s from {why}")
        r.updates_anchor = False
        return r
    if anchor.granularity != gran and GRANULARITY_ORDER.index(
        anchor.granularity
    ) > GRANULARITY_ORDER.index(gran if gran != "weekend" else "week"):
        anchor = Period("day", ctx.dct)
        why = "the document date"
    moved = shift_date(anchor.start, unit, sign * amount)
    p = period_of(gran, moved)
    r.period = p
    r.value = p.value()
    r.anchor = anchor.value()
    r.direction = "past" if sign < 0 else "future"
    r.steps.append(
        f"{_num(amount)} {unit}(s) {'before' if sign < 0 else 'after'} {why} "
        f"{anchor.value()} -> {p.value()} (granularity {gran})"
    )
    return r


def _later_anchor_ok(ctx: Context, unit: str) -> bool:
    """Whether the last date mentioned is fine enough to count "<n> <unit>s later" from
    (a day for days, a month or finer for months, a year or finer for years)."""
    if ctx.last is None or unit in TIME_UNITS:
        return False
    gran = unit_granularity(unit)
    if gran in ("decade", "century"):
        gran = "year"
    if gran not in GRANULARITY_ORDER:
        return False
    order = GRANULARITY_ORDER.index
    return order(ctx.last.granularity) <= order(gran)


def _duration(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    k = c.known
    if "value" in k:  # spelled out whole by its recognizer ("four hours and 42 minutes")
        qmod = k.get("qmod")
        mod = lx.QUANTITY_MODIFIERS.get(re.sub(r"\s+", " ", qmod.lower())) if qmod else None
        return Result("DURATION", k["value"], mod=mod or None, updates_anchor=False)
    unit = k["unit"]
    amount = k.get("amount")
    letter = DURATION_LETTERS.get(unit)
    if unit == "unknown":
        letter = "X"
    if letter is None:
        return None
    if unit == "fortnight" and amount is not None:
        amount *= 2
    if unit in _YEARS_PER:  # decades and centuries are written in years (P20Y), as in TimeBank
        amount = None if amount is None else amount * _YEARS_PER[unit]
        unit, letter = "year", "Y"
    n = "X" if amount is None else _num(amount)
    value = ("PT" if unit in TIME_UNITS else "P") + n + letter
    if amount is not None and not float(amount).is_integer() and unit in _SPLIT_UNITS:
        # "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S: whole units, as TimeML
        # annotators write them, when the fraction comes out whole in the next unit down
        factor, smaller, time_part = _SPLIT_UNITS[unit]
        whole, rest = int(amount), (amount - int(amount)) * factor
        if float(rest).is_integer():
            head = ("PT" if unit in TIME_UNITS else "P") + (f"{whole}{letter}" if whole else "")
            if time_part and not head.startswith("PT"):
                head += "T"
            value = f"{head}{int(rest)}{smaller}"
    qmod = k.get("qmod")
    mod = lx.QUANTITY_MODIFIERS.get(re.sub(r"\s+", " ", qmod.lower())) if qmod else None
    r = Result("DURATION", value, mod=mod or None, updates_anchor=False)
    r.steps.append(f"{n} {unit}(s) -> {value}")
    return r


def _set(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    k = c.known
    r = Result("SET", "", updates_anchor=False)
    if "value" in k:
        r.value = k["value"]
        return r
    if c.rule == "per-unit":
        unit = k["unit"]
        letter = DURATION_LETTERS.get(unit, "X")
        r.value = ("PT1" if unit in TIME_UNITS else "P1") + letter
        times = k.get("times", "")
        n = lx.TIMES_WORDS.get(times)
        if n is None:
            m = re.match(r"(\w+)\s+(times|days|nights)", times)
            n = m and _word_number(m.group(1))
            if n and m.group(2) != "times":
                r.freq = f"{n}D"  # "three days a week": on three days of each
                return r
        if n:
            r.freq = f"{n}X"
        return r
    if "weekday" in k:
        r.value = f"XXXX-WXX-{k['weekday']}"
    elif "month" in k:
        r.value = f"XXXX-{k['month']:02d}"
        if k.get("mday"):
            r.value += f"-{k['mday']:02d}"  # "every Aug. 29"
    elif "season" in k:
        r.value = f"XXXX-{k['season']}"
    elif k.get("unit") == "weekend" and not k.get("other"):
        r.value = "XXXX-WXX-WE"  # "every weekend", as "every Monday" is XXXX-WXX-1
    elif "unit" in k:
        unit = k["unit"]
        letter = DURATION_LETTERS.get(unit, "X")
        n = k.get("n") or (
            2 if k.get("other") in ("other", "two") else (3 if k.get("other") == "three" else 1)
        )
        r.value = ("PT" if unit in TIME_UNITS else "P") + f"{n}{letter}"
    elif "part" in k:
        r.value = "XXXX-XX-XX"
    else:
        return None
    if k.get("part") and r.value.startswith("XXXX") and "T" not in r.value:
        r.value += "T" + k["part"]
    if "quant" in k:
        r.quant = k["quant"]
    return r


def _word_number(w: str) -> int | None:
    v = number_value(w)
    return int(v) if v else None


def _ref(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    return Result("DATE", c.known["value"], updates_anchor=False)


def _year_period(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    """ "the 1988 quarter": the period under discussion, in the stated year."""
    k = c.known
    year = k["year"]
    last = ctx.last
    r = Result("DATE", "", updates_anchor=False)
    if last is not None and last.granularity in ("quarter", "half", "month"):
        p = Period(last.granularity, last.start.replace(year=year))
        r.steps.append(f"the period last mentioned ({last.value()}) in {year}")
    elif k["what"] == "quarter":
        p = Period("quarter", period_of("quarter", ctx.dct).shift(-1).start.replace(year=year))
        r.steps.append(f"the latest completed quarter, in {year}")
    else:
        p = Period("year", date(year, 1, 1))
    r.period, r.value = p, p.value()
    return r


def _around_event(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    """ "the weeks before the shooting": the month (for days and weeks) or the year (for
    months) of the last date mentioned; the general past if nothing was mentioned."""
    unit = c.known["unit"]
    r = Result("DATE", "", updates_anchor=False)
    if ctx.last is None:
        r.value = "PAST_REF"
        r.steps.append("no date mentioned before: the past in general")
        return r
    gran = "year" if unit == "month" else "month"
    if GRANULARITY_ORDER.index(ctx.last.granularity) > GRANULARITY_ORDER.index(gran):
        gran = ctx.last.granularity
    p = period_of(gran, ctx.last.start)
    r.period, r.value, r.anchor = p, p.value(), ctx.last.value()
    r.steps.append(f"{unit}s around an event: the {gran} of the last date mentioned")
    return r


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The ``n``-th ``weekday`` (1-7) of a month, ``n`` = -1 for the last; None past its end."""
    if n > 0:
        first = date(year, month, 1)
        d = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
        return d if d.month == month else None
    last = date(year, month, month_length(year, month))
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_date(name: str, year: int) -> date | None:
    """The date of a named holiday in ``year``."""
    if name in lx.HOLIDAYS:
        month, day = lx.HOLIDAYS[name]
        return date(year, month, day)
    if name in lx.FLOATING_HOLIDAYS:
        return nth_weekday(year, *lx.FLOATING_HOLIDAYS[name])
    if name in lx.RELATIVE_HOLIDAYS:
        base, days = lx.RELATIVE_HOLIDAYS[name]
        d = holiday_date(base, year)
        return None if d is None else d + timedelta(days=days)
    if name in ("lunar new year", "chinese new year"):
        md = lx.LUNAR_NEW_YEAR.get(year)
        return None if md is None else date(year, *md)
    if name.startswith("easter"):
        return easter(year)
    if name == "election day":  # the Tuesday after the first Monday of November
        first = date(year, 11, 1)
        monday = first + timedelta(days=(1 - first.isoweekday()) % 7)
        return monday + timedelta(days=1)
    return None


def _holiday(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    k = c.known
    name = k["holiday"]
    dct = ctx.dct
    r = Result("DATE", "")
    floating = k.get("floating")  # "the second Sunday of June": (month, weekday, n)

    def on(year: int) -> date | None:
        return nth_weekday(year, *floating) if floating else holiday_date(name, year)

    if "year" in k:
        d = on(k["year"])
        if d is None:
            return None
        p = Period("day", d)
    else:
        options = [
            Period("day", d) for y in (dct.year - 1, dct.year, dct.year + 1) if (d := on(y))
        ]
        if not options:
            return None
        rel = k.get("rel")
        if rel in ("last", "this past"):
            p = max((o for o in options if o.start < dct), key=lambda o: o.start)
        elif rel in ("next", "this coming"):
            p = min((o for o in options if o.start > dct), key=lambda o: o.start)
        elif rel == "this":
            p = next(o for o in options if o.start.year == dct.year)
        else:
            if k.get("deadline") and not ctx.forced and (
                tense is None or ctx.cue_distance > _FAR_CUE
            ):
                tense = "future"  # "by Christmas", no verb close by: a deadline ahead
            p, _ = _choose(options, dct, tense)
            if abs((p.start - dct).days) > _FAR_HOLIDAY_DAYS:  # a year off: trust the nearest
                p, _ = _choose(options, dct, None)
        r.implied = {"year": p.start.year, "month": p.start.month, "day": p.start.day}
        r.anchor = dct.isoformat()
    if k.get("weekend"):
        # the weekend the holiday belongs to: the one before a Monday holiday, else the one
        # of its own week (Thanksgiving, Easter)
        d = p.start - timedelta(days=2) if p.start.weekday() == 0 else p.start
        p = period_of("weekend", d)
    r.period = p
    r.value = p.value()
    r.steps.append(f"holiday {name!r} -> {p.value()}")
    return r


def _new_year(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    """ "in the new year": the coming year near a year's end, the current one early in it."""
    dct = ctx.dct
    if dct.month >= 10:
        year = dct.year + 1
    elif dct.month <= 2:
        year = dct.year
    else:
        return None  # mid-year, "the new year" is no time ("a new year of growth")
    p = Period("year", date(year, 1, 1))
    r = Result("DATE", p.value(), period=p, anchor=dct.isoformat())
    r.implied = {"year": year}
    r.steps.append(f"'the new year' said in month {dct.month} -> {year}")
    return r


def _decade(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    return Result("DATE", c.known["decade"], mod=c.known.get("mod"), updates_anchor=False)


def _century(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    return Result("DATE", f"{c.known['century']:02d}", mod=c.known.get("mod"), updates_anchor=False)


def _resolve_dayref(
    dayref: str, ctx: Context, tense: Tense | None, *, nearest: bool = False
) -> date | None:
    """The day a short day reference ("Friday", "Nov. 6", "tomorrow") names; ``nearest``
    reads a bare weekday as the nearest one rather than by the document's default."""
    found = recognize(dayref)
    default = None if nearest else ctx.weekday_default
    sub_ctx = Context(
        ctx.dct,
        ctx.last,
        forced=ctx.forced,
        weekday_default=default,
        cue_distance=ctx.cue_distance,
        same_sentence=ctx.same_sentence,
        said_since_last=ctx.said_since_last,
    )
    res = normalize(found[0], dayref, sub_ctx, tense) if found else None
    if res is None or res.period is None or res.period.granularity != "day":
        return None
    return res.period.start


def _time(c: Candidate, ctx: Context, tense: Tense | None) -> Result | None:
    k = c.known
    day: date
    if k.get("dayref"):
        found_day = _resolve_dayref(k["dayref"], ctx, tense)
        if found_day is None:
            return None
        day = found_day
        why = f"the day stated ({k['dayref']})"
        start = ctx.range_from
        if start is not None and start.granularity == "day" and day < start.start:
            # "a curfew from 10 p.m. Sunday to 5 a.m. Monday": the end comes after the start
            while day < start.start:
                day += timedelta(days=7)
            why += ", the first after the range's start"
    elif (
        tense == "future"
        and ctx.next_day_told is not None
        and (ctx.last is None or ctx.last.start <= ctx.dct)
        and not (ctx.same_sentence and ctx.last is not None and ctx.last.granularity == "day")
    ):
        # "will marry at 11 a.m. Friday, and the palace on Wednesday released the programme.
        # Guests will begin arriving at 8:15 a.m.": the day ahead the story is about
        day = ctx.next_day_told.start
        why = f"the day ahead last mentioned ({day.isoformat()})"
    elif (
        ctx.last is not None
        and ctx.last.granularity == "day"
        and not ctx.same_sentence
        and ctx.story_day is not None
        and ctx.story_day != ctx.last
        and ctx.last_day_reported
        and not (tense == "past" and ctx.story_day.start > ctx.dct)
    ):
        # "The nurses had worked without a contract since Dec. 31. Union members voted in
        # balloting that ran from 7 a.m.", "police said on Monday ... were called at 2:30
        # a.m.": a time told in a new sentence belongs to the day of the news, not to a date
        # in the background or to the day it was reported
        day = ctx.story_day.start
        why = f"the day of the news ({day.isoformat()})"
    elif (
        ctx.last is not None
        and ctx.last.granularity == "day"
        and not (tense == "past" and ctx.last.start > ctx.dct)
        and not ctx.last_is_bound  # "the 12 months ended Jan. 30 ... at 9:30 a.m.": not then
    ):
        # (a past event's clock time never goes on a day still to come: "would be finished
        # by Thursday. Gore, who called Bush at 2:30 a.m. ...")
        day = ctx.last.start
        why = f"the last day mentioned ({day.isoformat()})"
    elif (
        ctx.last is not None
        and ctx.last_day is not None
        and ctx.last.granularity != "day"
        and ctx.last.start <= ctx.last_day.start < ctx.last.end
        and not (tense == "past" and ctx.last_day.start > ctx.dct)
    ):
        # "on Monday night, the company's 165th launch of the year ... at 10:07 p.m.":
        # the day told, which the coarser period since mentioned still holds
        day = ctx.last_day.start
        why = f"the last day mentioned ({day.isoformat()})"
    else:
        day = ctx.dct
        why = "the document date"
        if k["hour"] == 24 and tense == "past" and not k.get("next_day"):
            day -= timedelta(days=1)  # "exploded shortly after midnight": the one that began it
            why = "the night before the document date"
    if k.get("next_day"):
        day += timedelta(days=1)
        why += ", the next day (a range that runs past midnight)"
    elif (
        k["hour"] == 24
        and not k.get("dayref")
        and ctx.last_clock is not None
        and ctx.last_clock[0] == day
        and ctx.last_clock[1] < 8
    ):
        # "called at 2:30 a.m. ... an argument had started shortly before midnight": the
        # midnight that began that day
        day -= timedelta(days=1)
        why += ", the midnight that began it (after a small hour of that day)"
    elif (
        not k.get("dayref")
        and ctx.last_clock is not None
        and ctx.last_day is not None
        and ctx.last_day.start == ctx.last_clock[0]
        and ctx.last_clock[1] >= 20
        and k["hour"] < 8
        and ctx.position - ctx.last_clock[2] <= 2 * _NEAR_ANAPHOR
    ):
        # "the window shut at 23:00 on Thursday ... had until 01:00 to send the papers":
        # a small hour told after a late one is the night going on into the next day
        day = ctx.last_clock[0] + timedelta(days=1)
        why = f"the day after {ctx.last_clock[0].isoformat()} (after the late hour just told)"
    hour, minute = k["hour"], k.get("minute")
    value = f"{day.isoformat()}T{hour:02d}:{minute or 0:02d}"
    r = Result("TIME", value, period=Period("day", day), anchor=day.isoformat())
    r.updates_anchor = not k.get("bracketed")  # "(1842 GMT Friday)": the same moment again
    r.implied = {} if k.get("dayref") else {"year": day.year, "month": day.month, "day": day.day}
    r.steps.append(f"clock time {hour:02d}:{minute or 0:02d} on {why}")
    if k.get("timezone"):
        r.steps.append(
            f"zone {k.get('zone_word')} -> {k['timezone']} (value kept as local wall time)"
        )
    return r


_KINDS = {
    "date": _date,
    "weekday": _weekday,
    "deictic": _deictic,
    "relative": _relative,
    "ordinal": _ordinal,
    "season": _season,
    "shift": _shift,
    "duration": _duration,
    "set": _set,
    "ref": _ref,
    "decade": _decade,
    "new-year": _new_year,
    "holiday": _holiday,
    "around-event": _around_event,
    "year-period": _year_period,
    "century": _century,
    "time": _time,
}


# Kinds whose value never depends on the tense around them.
_TENSELESS_KINDS = frozenset({"duration", "set", "ref", "decade", "century", "new-year"})


def needs_tense(c: Candidate) -> bool:
    """Whether the tense around ``c`` can change its value: not for a duration, a set, a
    reference, a date that states its year or a deictic day ("yesterday"; but "overnight" and
    "that evening" do depend on it)."""
    if c.kind in _TENSELESS_KINDS:
        return False
    if c.kind == "date":
        return "year" not in c.known and "year_rel" not in c.known
    return not (
        c.kind == "deictic" and c.known.get("word") != "overnight" and not c.known.get("anaphoric")
    )


def normalize(c: Candidate, text: str, ctx: Context, tense: Tense | None) -> Result | None:
    """The TIMEX3 reading of one candidate (None when it turns out not to be temporal)."""
    fn = _KINDS.get(c.kind)
    if fn is None:
        return None
    try:
        return fn(c, ctx, tense)
    except (ValueError, OverflowError, KeyError, IndexError):
        return None


def to_timex(c: Candidate, text: str, res: Result, ctx: Context) -> Timex:
    if c.known.get("approx") and res.mod is None:
        res.mod = "APPROX"
    if c.known.get("near") and res.mod is None:
        res.mod = c.known["near"]
    if not res.implied and res.period is not None and res.type in ("DATE", "TIME"):
        # what the anchor supplied: every component of the resolved period not in the text
        p = res.period.start
        parts = {"year": p.year, "month": p.month, "day": p.day}
        keep = {"day": 3, "weekend": 3, "week": 3, "month": 2}.get(res.period.granularity, 1)
        res.implied = {k: v for k, v in list(parts.items())[:keep] if k not in c.known}
    known = {
        k: v
        for k, v in c.known.items()
        if k
        not in (
            "qmod",
            "det",
            "word",
            "rel",
            "anaphoric",
            "dayref",
            "zone_word",
            "adjectival",
            "deadline",
            "later",
            "results",
            "weekend_of",
            "nth_week",
            "same_day",
            "anniversary",
            "parts",
            "tense_at",
            "near",
            "floating",
            "unit_end",
            "mday",
            "next_day",
            "bracketed",
            "period_end",
            "nth_unit",
            "week_after",
            "extra_offset",
        )
    }
    if c.known.get("rel"):
        known["relation"] = c.known["rel"]
    steps = [f"rule {c.rule}: {text[c.start : c.end]!r}", *res.steps]
    if res.period is not None:
        steps.append(f"granularity {res.period.granularity}")
    steps.append(f"value {res.value} ({res.type})")
    return Timex(
        start=c.start,
        end=c.end,
        text=text[c.start : c.end],
        type=res.type,  # type: ignore[arg-type]
        value=res.value,
        mod=res.mod,
        quant=res.quant,
        freq=res.freq,
        anchor=res.anchor,
        direction=res.direction,
        rule=c.rule,
        known=known,
        implied=res.implied,
        explanation=tuple(steps),
    )


def month_length(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]
