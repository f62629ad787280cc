"""Which resolved expressions become calendar events, and where on the calendar they go.

By default only dates and times that anchor a happening become events. ``--include`` keeps more:

* ``durations``: a duration counted from the publication date ("the past three months" → the
  three months up to publication; "for the next two weeks" → the two weeks after it); durations
  without a number or direction ("for years") cannot be placed and stay out;
* ``sets``: a recurrence ("every Wednesday", "weekly"), placed at its first occurrence on or
  after publication, with an RFC 5545 RRULE in ``recurrence``;
* ``references``: deictic "now"/"currently" (PRESENT_REF), placed on the publication day;
* ``publication``: mentions of the publication day whose happening is the report itself ("said
  on Tuesday" in a Tuesday paper) or that name no happening.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from timeline.temporal.model import Timex
from timeline.temporal.values import interval

INCLUDE_CHOICES: tuple[str, ...] = ("durations", "sets", "references", "publication")

_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?)([YMWD])|T(\d+(?:\.\d+)?)([HMS]))$")
_WEEKDAY_SET = re.compile(r"^XXXX-WXX-([1-7])$")
_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_FREQ = {"P1D": "DAILY", "P1W": "WEEKLY", "P1M": "MONTHLY", "P1Y": "YEARLY",
         "XXXX-XX-XX": "DAILY", "XXXX-WXX": "WEEKLY", "XXXX-XX": "MONTHLY", "XXXX": "YEARLY"}
_PAST_WORDS = frozenset({"past", "last", "previous", "preceding", "recent", "ago"})
_FUTURE_WORDS = frozenset({"next", "coming", "following", "upcoming"})
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|until|till|through|thru|and)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"(?:\bfrom|\bbetween)\s*$", re.IGNORECASE)


def parse_include(text: str | None) -> frozenset[str]:
    """``"durations,sets"`` -> frozenset; ``"all"`` keeps everything. ValueError names the bad
    choice."""
    if not text:
        return frozenset()
    out: set[str] = set()
    for part in text.replace(" ", ",").split(","):
        part = part.strip().lower()
        if not part:
            continue
        if part == "all":
            out.update(INCLUDE_CHOICES)
            continue
        singular = {c.rstrip("s"): c for c in INCLUDE_CHOICES}
        choice = part if part in INCLUDE_CHOICES else singular.get(part.rstrip("s"))
        if choice is None:
            raise ValueError(
                f"unknown --include choice {part!r} (choose from {', '.join(INCLUDE_CHOICES)}, all)"
            )
        out.add(choice)
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an expression goes on the calendar."""

    start: date | datetime
    end: date | datetime
    granularity: str
    kind: str  # "event" | "duration" | "set" | "reference"
    included_because: str | None = None
    recurrence: str | None = None


def place(timex: Timex, dct: date, include: frozenset[str]) -> Placement | None:
    """The calendar placement of one expression, or None when it does not become an event."""
    value = timex.value
    if timex.type in ("DATE", "TIME"):
        span = interval(value)
        if span is not None:
            return Placement(span.start, span.end, span.granularity, "event")
        if value == "PRESENT_REF" and "references" in include:
            return Placement(dct, dct + timedelta(days=1), "day", "reference", "references")
        return None
    if timex.type == "DURATION" and "durations" in include:
        return _place_duration(timex, dct)
    if timex.type == "SET" and "sets" in include:
        return _place_set(timex, dct)
    return None


def _place_duration(timex: Timex, dct: date) -> Placement | None:
    m = _DURATION.match(timex.value)
    direction = timex.direction
    if direction not in ("past", "future"):
        words = set(timex.text.lower().split())
        if words & _PAST_WORDS:
            direction = "past"
        elif words & _FUTURE_WORDS:
            direction = "future"
    if not m or direction not in ("past", "future"):
        return None
    amount = float(m[1] or m[3])
    unit = m[2] or ("T" + m[4])
    if amount != int(amount):
        return None
    n = int(amount)
    step = {
        "Y": relativedelta(years=n), "M": relativedelta(months=n), "W": relativedelta(weeks=n),
        "D": relativedelta(days=n), "TH": relativedelta(hours=n), "TM": relativedelta(minutes=n),
        "TS": relativedelta(seconds=n),
    }[unit]
    if unit.startswith("T"):
        return None  # hours counted from a publication day have no anchor time
    granularity = {"Y": "year", "M": "month", "W": "week", "D": "day"}[unit]
    if direction == "past":
        return Placement(dct + timedelta(days=1) - step, dct + timedelta(days=1), granularity,
                         "duration", "durations")
    return Placement(dct, dct + step, granularity, "duration", "durations")


def _place_set(timex: Timex, dct: date) -> Placement | None:
    value = timex.value
    if m := _WEEKDAY_SET.match(value):
        weekday = int(m[1])
        first = dct + timedelta(days=(weekday - dct.isoweekday()) % 7)
        return Placement(first, first + timedelta(days=1), "day", "set", "sets",
                         f"FREQ=WEEKLY;BYDAY={_BYDAY[weekday - 1]}")
    freq = _FREQ.get(value)
    if freq is None:
        return None
    return Placement(dct, dct + timedelta(days=1), "day", "set", "sets", f"FREQ={freq}")


def ranges(text: str, timexes: list[Timex]) -> list[tuple[Timex, Timex | None]]:
    """Pair "from Monday to Wednesday", "between Oct. 29 and Nov. 1", "Oct. 29 – Nov. 2" into
    (start, end); every other expression stands alone as (timex, None). In text order."""
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    out: list[tuple[Timex, Timex | None]] = []
    i = 0
    while i < len(ordered):
        a = ordered[i]
        b = ordered[i + 1] if i + 1 < len(ordered) else None
        if b is not None and _is_range(text, a, b):
            out.append((a, b))
            i += 2
            continue
        out.append((a, None))
        i += 1
    return out


def _is_range(text: str, a: Timex, b: Timex) -> bool:
    if a.type not in ("DATE", "TIME") or b.type not in ("DATE", "TIME"):
        return False
    between = text[a.end : b.start]
    if not _RANGE_JOIN.match(between):
        return False
    opener = _RANGE_OPEN.search(text[max(0, a.start - 12) : a.start])
    word = between.strip().lower()
    if word == "and" and not (opener and "between" in opener.group().lower()):
        return False
    if word in ("to", "until", "till") and not opener:
        return False
    sa, sb = interval(a.value), interval(b.value)
    if sa is None or sb is None:
        return False
    return _as_dt(sb.start) >= _as_dt(sa.start)


def _as_dt(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
