"""Calendar arithmetic on periods of a given granularity, and their TIMEX3 spelling.

A :class:`Period` is a granularity ("day", "week", "quarter" ...) and the first day of the
period.  Shifting uses :class:`dateutil.relativedelta.relativedelta`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from timeline.temporal import lexicon as lx

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU",
                    8: "SU", 9: "FA", 10: "FA", 11: "FA"}  # fmt: skip
# The TIMEX3 duration letter of each unit word ("P3D", "PT2H"), and the units written after "T".
DURATION_LETTERS: dict[str, str] = {
    "second": "S", "sec": "S", "minute": "M", "min": "M", "hour": "H", "hr": "H",
    "day": "D", "night": "D", "week": "W", "fortnight": "W", "weekend": "WE", "month": "M",
    "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "millennium": "ML",
}  # fmt: skip
TIME_UNITS = frozenset({"second", "sec", "minute", "min", "hour", "hr"})
GRANULARITY_ORDER = ("day", "weekend", "week", "month", "season", "quarter", "half", "year",
                     "decade", "century")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Period:
    granularity: str
    start: date

    @property
    def end(self) -> date:
        """First day after the period."""
        return self.start + step(self.granularity)

    def value(self) -> str:
        return spell(self)

    def shift(self, n: int) -> Period:
        return Period(self.granularity, self.start + step(self.granularity) * n)

    def coarsen(self, granularity: str) -> Period:
        return period_of(granularity, self.start)


_STEPS: dict[str, relativedelta] = {
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "weekend": relativedelta(weeks=1),
    "month": relativedelta(months=1),
    "quarter": relativedelta(months=3),
    "season": relativedelta(months=3),
    "half": relativedelta(months=6),
    "year": relativedelta(years=1),
    "decade": relativedelta(years=10),
    "century": relativedelta(years=100),
}


def step(granularity: str) -> relativedelta:
    """The length of one period of ``granularity``."""
    return _STEPS[granularity]


def period_of(granularity: str, d: date) -> Period:
    """The period of the given granularity that contains ``d``."""
    if granularity == "day":
        return Period("day", d)
    if granularity in ("week", "weekend"):
        return Period(granularity, d - timedelta(days=d.weekday()))
    if granularity == "month":
        return Period("month", d.replace(day=1))
    if granularity == "quarter":
        return Period("quarter", date(d.year, 3 * ((d.month - 1) // 3) + 1, 1))
    if granularity == "half":
        return Period("half", date(d.year, 1 if d.month <= 6 else 7, 1))
    if granularity == "season":
        s = _SEASON_OF_MONTH[d.month]
        y = d.year - 1 if d.month < 3 else d.year
        return Period("season", date(y, _SEASON_START[s], 1))
    if granularity == "year":
        return Period("year", date(d.year, 1, 1))
    if granularity == "decade":
        return Period("decade", date(max(1, d.year // 10 * 10), 1, 1))
    if granularity == "century":
        return Period("century", date(max(1, d.year // 100 * 100), 1, 1))
    raise ValueError(granularity)


def season_period(code: str, year: int) -> Period:
    return Period("season", date(year, _SEASON_START[code], 1))


def spell(p: Period) -> str:
    """The TIMEX3 value of a period."""
    d = p.start
    g = p.granularity
    if g == "day":
        return d.isoformat()
    if g in ("week", "weekend"):
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}" + ("-WE" if g == "weekend" else "")
    if g == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if g == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if g == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if g == "season":
        return f"{d.year:04d}-{_SEASON_OF_MONTH[d.month]}"
    if g == "year":
        return f"{d.year:04d}"
    if g == "decade":
        return f"{d.year // 10:03d}"
    if g == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(g)


def unit_granularity(unit: str) -> str:
    """The calendar granularity named by a unit word ("fortnight" counts as a week)."""
    unit = lx.UNIT_SCALE.get(unit, (unit, 1))[0]
    return {"night": "day", "weekend": "weekend"}.get(unit, unit)


def shift_date(d: date, unit: str, amount: float) -> date:
    """``d`` moved by ``amount`` units (fractions are spread over smaller units)."""
    unit, scale = lx.UNIT_SCALE.get(unit, (unit, 1))
    amount *= scale
    whole = int(amount)
    frac = amount - whole
    if unit in ("day", "night"):
        return d + timedelta(days=round(amount))
    if unit in ("week", "weekend"):
        return d + timedelta(days=round(amount * 7))
    if unit == "month":
        return d + relativedelta(months=whole, days=round(frac * 30))
    if unit == "quarter":
        return d + relativedelta(months=round(amount * 3))
    if unit == "year":
        return d + relativedelta(years=whole, months=round(frac * 12))
    if unit == "decade":
        return d + relativedelta(years=round(amount * 10))
    if unit == "century":
        return d + relativedelta(years=round(amount * 100))
    return d


def season_of(d: date) -> str:
    return _SEASON_OF_MONTH[d.month]
