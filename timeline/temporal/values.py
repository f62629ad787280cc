"""Turn TIMEX3 values into calendar intervals (what a calendar or a chart can place)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta

Granularity = str  # "minute", "hour", "part-of-day", "day", "weekend", "week", "month", ...

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::(\d{2}))?(?::(\d{2}))?$")
_PART = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI|DT)$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")

# Parts of the day as hours [start, end); night runs into the next morning.
PARTS_OF_DAY: dict[str, tuple[int, int]] = {
    "MO": (6, 12),
    "AF": (12, 18),
    "EV": (18, 22),
    "NI": (22, 30),
    "DT": (9, 17),
}
# Meteorological seasons (northern hemisphere): first month and length in months.
SEASONS: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Interval:
    """A half-open span ``[start, end)`` with the granularity the value was stated at.

    ``start``/``end`` are dates for calendar periods and naive datetimes for times of day
    (their zone, if any, is the document's).
    """

    start: date | datetime
    end: date | datetime
    granularity: Granularity

    @property
    def is_timed(self) -> bool:
        return isinstance(self.start, datetime)


def interval(value: str) -> Interval | None:
    """The interval a TIMEX3 date/time value denotes, or None for durations, sets, references
    and values with unknown (``X``) digits.

    >>> interval("2025-10-29")
    Interval(start=datetime.date(2025, 10, 29), end=datetime.date(2025, 10, 30), granularity='day')
    >>> interval("2025-W44").start
    datetime.date(2025, 10, 27)
    """
    try:
        return _interval(value.strip())
    except (ValueError, OverflowError):
        return None


def _interval(value: str) -> Interval | None:
    if m := _DAY.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return Interval(d, d + timedelta(days=1), "day")
    if m := _TIME.match(value):
        y, mo, d, h = (int(m[i]) for i in range(1, 5))
        minute = int(m[5] or 0)
        second = int(m[6] or 0)
        if h == 24:
            start = datetime(y, mo, d) + timedelta(days=1)
        else:
            start = datetime(y, mo, d, h, minute, second)
        if m[6]:
            return Interval(start, start + timedelta(seconds=1), "second")
        if m[5]:
            return Interval(start, start + timedelta(minutes=1), "minute")
        return Interval(start, start + timedelta(hours=1), "hour")
    if m := _PART.match(value):
        base = datetime(int(m[1]), int(m[2]), int(m[3]))
        lo, hi = PARTS_OF_DAY[m[4]]
        return Interval(base + timedelta(hours=lo), base + timedelta(hours=hi), "part-of-day")
    if m := _MONTH.match(value):
        d = date(int(m[1]), int(m[2]), 1)
        return Interval(d, d + relativedelta(months=1), "month")
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            sat = monday + timedelta(days=5)
            return Interval(sat, sat + timedelta(days=2), "weekend")
        return Interval(monday, monday + timedelta(days=7), "week")
    if m := _QUARTER.match(value):
        d = date(int(m[1]), 3 * (int(m[2]) - 1) + 1, 1)
        return Interval(d, d + relativedelta(months=3), "quarter")
    if m := _HALF.match(value):
        d = date(int(m[1]), 6 * (int(m[2]) - 1) + 1, 1)
        return Interval(d, d + relativedelta(months=6), "half-year")
    if m := _SEASON.match(value):
        d = date(int(m[1]), SEASONS[m[2]], 1)
        return Interval(d, d + relativedelta(months=3), "season")
    if m := _YEAR.match(value):
        d = date(int(m[1]), 1, 1)
        return Interval(d, date(int(m[1]) + 1, 1, 1), "year")
    if m := _DECADE.match(value):
        y = int(m[1]) * 10
        if y == 0:
            return None
        end = date(y + 10, 1, 1) if y + 10 <= 9999 else date(9999, 12, 31)
        return Interval(date(y, 1, 1), end, "decade")
    if m := _CENTURY.match(value):
        y = int(m[1]) * 100
        if y == 0:
            return None
        end = date(y + 100, 1, 1) if y + 100 <= 9999 else date(9999, 12, 31)
        return Interval(date(y, 1, 1), end, "century")
    return None


def as_date(value: date | datetime) -> date:
    """The day of a datetime, a date unchanged."""
    return value.date() if isinstance(value, datetime) else value


def as_datetime(value: date | datetime) -> datetime:
    """A date as midnight, a datetime unchanged."""
    if isinstance(value, datetime):
        return value
    return datetime.combine(value, time())
