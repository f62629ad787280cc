"""Hand-written VTIMEZONE components from the IANA database (zoneinfo), one onset each.

Why not ``icalendar``'s ``add_missing_timezones``: it lists several onsets on one RDATE line,
which ical.js and vobject misread (events then show an hour off). Here every offset change
in the window the feed needs is its own STANDARD or DAYLIGHT sub-component with a single
DTSTART and no RDATE, the simplest form every parser reads the same way.

After the window, a zone with a regular yearly rule (checked against zoneinfo for 25 years)
gets one STANDARD and one DAYLIGHT sub-component with that rule as an RRULE, so the definition
stays right for later years wherever a client reuses it.

Transitions are found by sampling the zone's UTC offset every few hours and bisecting each
change to the second, so the result depends only on the zone, the years and tzdata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrulestr
from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

_STEP = timedelta(hours=6)
_HORIZON = 25  # years a yearly rule must match zoneinfo before it is written as an RRULE
_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$")


@dataclass(frozen=True, slots=True)
class Transition:
    """An offset change: at UTC instant ``at`` the zone goes from ``before`` to ``after``."""

    at: datetime
    before: timedelta
    after: timedelta
    name: str
    dst: bool


def zone_of(name: str | None) -> tzinfo | None:
    """The tzinfo a zone name denotes: an IANA zone, UTC, or a fixed offset like ``+09:00``.

    None when the name is empty or not a zone (the caller then treats the time as UTC).
    """
    if not name:
        return None
    text = name.strip()
    if text.upper() in ("UTC", "Z", "GMT", "ETC/UTC", "ETC/GMT"):
        return UTC
    if m := _OFFSET.match(text):
        sign = -1 if m[1] == "-" else 1
        delta = timedelta(hours=int(m[2]), minutes=int(m[3] or 0))
        if delta >= timedelta(hours=24):
            return None
        return timezone(sign * delta)
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError):
        return None


def is_iana(tz: tzinfo | None) -> bool:
    """True for a named IANA zone other than UTC (one that needs a VTIMEZONE)."""
    return isinstance(tz, ZoneInfo) and tz.key not in ("UTC", "Etc/UTC", "Etc/GMT", "GMT")


def _state(tz: tzinfo, at: datetime) -> tuple[timedelta, timedelta, str]:
    local = at.astimezone(tz)
    return (
        local.utcoffset() or timedelta(0),
        local.dst() or timedelta(0),
        local.tzname() or "",
    )


def transitions(tz: tzinfo, start: datetime, end: datetime) -> list[Transition]:
    """Every offset change of ``tz`` between the UTC instants ``start`` and ``end``."""
    found: list[Transition] = []
    t = start
    state = _state(tz, t)
    while t < end:
        nxt = min(t + _STEP, end)
        new = _state(tz, nxt)
        if new != state:
            lo, hi = t, nxt  # state(lo) == state, state(hi) != state
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if mid <= lo:
                    break
                if _state(tz, mid) == state:
                    lo = mid
                else:
                    hi = mid
            after = _state(tz, hi)
            if after[0] != state[0] or after[2] != state[2]:
                # dst() < 0 (Europe/Dublin's winter) is standard time, not daylight time.
                found.append(
                    Transition(hi, state[0], after[0], after[2], after[1] > timedelta(0))
                )
            state = after
            t = hi
            continue
        t = nxt
    return found


def _name(offset: timedelta, name: str) -> str:
    if name:
        return name
    total = int(offset.total_seconds()) // 60
    sign = "-" if total < 0 else "+"
    return f"UTC{sign}{abs(total) // 60:02d}{abs(total) % 60:02d}"


@lru_cache(maxsize=64)
def vtimezone(key: str, first_year: int, last_year: int) -> Timezone:
    """A VTIMEZONE for IANA zone ``key`` valid from 1 Jan ``first_year`` to 31 Dec ``last_year``.

    The first sub-component fixes the offset in force at the window's start; each later one
    is one transition. Raises ValueError for an unknown zone.
    """
    tz = zone_of(key)
    if not isinstance(tz, ZoneInfo):
        raise ValueError(f"not an IANA time zone: {key!r}")
    first_year = max(first_year, 1)
    last_year = min(max(last_year, first_year), 9998)
    start = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    component = Timezone()
    component.add("tzid", key)
    offset, dst, name = _state(tz, start)
    initial = TimezoneDaylight() if dst > timedelta(0) else TimezoneStandard()
    initial.add("dtstart", (start + offset).replace(tzinfo=None))
    initial.add("tzoffsetfrom", offset)
    initial.add("tzoffsetto", offset)
    initial.add("tzname", _name(offset, name))
    component.add_component(initial)
    for change in transitions(tz, start, end):
        component.add_component(_onset(change))
    # After the window: onsets until the zone's current yearly rule begins, then that rule
    # as RRULEs, so the definition stays right for later years too (vobject, for one, keeps
    # the first VTIMEZONE it sees for a TZID and applies it to every later calendar).
    onsets, rules = future_plan(tz, last_year + 1)
    for change in onsets:
        component.add_component(_onset(change))
    for change, rule in rules:
        component.add_component(_onset(change, rule))
    return component


def _jan1(year: int) -> datetime:
    return datetime(min(year, 9999), 1, 1, tzinfo=UTC)


def future_plan(
    tz: tzinfo, year: int, search: int = 60
) -> tuple[list[Transition], list[tuple[Transition, str]]]:
    """From ``year`` on: explicit onsets until the zone settles into a regular yearly rule
    (searched up to ``search`` years ahead), then that rule. ``([], [])`` when none is found
    (the explicit window must do)."""
    rules = continuing_rules(tz, year)
    if rules is not None:
        return [], rules
    changes = transitions(tz, _jan1(year), _jan1(year + search + _HORIZON))
    for y in range(year + 1, year + search):
        rules = _rules_in([c for c in changes if _jan1(y) <= c.at < _jan1(y + _HORIZON)], y)
        if rules is not None:
            return [c for c in changes if c.at < _jan1(y)], rules
    return [], []


def _onset(change: Transition, rule: str | None = None) -> TimezoneStandard | TimezoneDaylight:
    sub = TimezoneDaylight() if change.dst else TimezoneStandard()
    # DTSTART of an onset is the local wall time under the offset in force before it.
    sub.add("dtstart", _local_before(change))
    if rule:
        sub.add("rrule", vRecur.from_ical(rule))
    sub.add("tzoffsetfrom", change.before)
    sub.add("tzoffsetto", change.after)
    sub.add("tzname", _name(change.after, change.name))
    return sub


def _local_before(change: Transition) -> datetime:
    return (change.at + change.before).replace(tzinfo=None)


def _weekday_rules(local: datetime) -> list[str]:
    """BYDAY forms naming ``local``'s day: the last such weekday of the month, or the nth."""
    day = _BYDAY[local.weekday()]
    nth = (local.day - 1) // 7 + 1
    forms = []
    if (local + timedelta(days=7)).month != local.month:
        forms.append(f"-1{day}")
    forms.append(f"{nth}{day}")
    return forms


def continuing_rules(
    tz: tzinfo, year: int, horizon: int = _HORIZON
) -> list[tuple[Transition, str]] | None:
    """The zone's yearly transitions from ``year`` on as (first onset, RRULE) pairs.

    Each rule is checked against zoneinfo for ``horizon`` years; an empty list means the
    offset no longer changes, None that there is no regular yearly rule (Casablanca's
    Ramadan changes, a change already scheduled by law...) and the explicit onsets must do.
    """
    return _rules_in(transitions(tz, _jan1(year), _jan1(year + horizon)), year)


def _rules_in(changes: list[Transition], year: int) -> list[tuple[Transition, str]] | None:
    """``continuing_rules`` on transitions already found (those of the checked years)."""
    if not changes:
        return []
    first = [c for c in changes if c.at < _jan1(year + 1)]
    if len(first) != 2 or first[0].before != first[1].after:
        return None
    found: list[tuple[Transition, str]] = []
    for change in first:
        same = [_local_before(c) for c in changes
                if (c.before, c.after, c.name) == (change.before, change.after, change.name)]
        local = _local_before(change)
        for byday in _weekday_rules(local):
            rule = f"FREQ=YEARLY;BYMONTH={local.month};BYDAY={byday}"
            made = list(rrulestr(rule, dtstart=local).between(local, same[-1], inc=True))
            if made == same:
                found.append((change, rule))
                break
        else:
            return None
    if sum(1 for c in changes if any((c.before, c.after) == (f.before, f.after)
                                     for f, _ in found)) != len(changes):
        return None
    return found
