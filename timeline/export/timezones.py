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
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

_STEP = timedelta(days=1)  # offset changes less than a day apart would be missed
_HORIZON = 25  # years a yearly rule must match zoneinfo before it is written as an RRULE
_SEARCH = 60  # years past the last event in which a zone's final rule may begin
EARLIEST_YEAR = 1970  # VTIMEZONEs start no later than this
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
    """A VTIMEZONE for IANA zone ``key``, right from 1 Jan ``first_year`` (or 1970, if
    earlier) on, for good.

    The first sub-component fixes the offset in force at the start. The zone's final yearly
    rule (the one it follows to at least 85 years past ``last_year``, looked for from the
    start on) is written as open RRULEs from the year it began; the transitions before it
    as runs of yearly RRULEs with an UNTIL, or single onsets where no rule holds two years
    running. So New York is nine sub-components from 1970 on, the same whatever the
    events' years, and a client that reuses the first VTIMEZONE it saw for a TZID (vobject
    does, process-wide) still reads every other feed right. A zone without a regular
    final rule (Casablanca) gets its transitions to the end of ``last_year``. Raises
    ValueError for an unknown zone.
    """
    tz = zone_of(key)
    if not isinstance(tz, ZoneInfo):
        raise ValueError(f"not an IANA time zone: {key!r}")
    first_year = max(first_year, 1)
    last_year = min(max(last_year, first_year), 9000)
    begin = min(first_year, EARLIEST_YEAR)
    search_end = last_year + 1 + _SEARCH
    changes = transitions(tz, _jan1(begin), _jan1(search_end + _HORIZON))
    regime = _final_regime(changes, begin, search_end)
    end, rules = (last_year + 1, []) if regime is None else regime
    start = _jan1(begin)
    component = Timezone()
    component.add("tzid", key)
    offset, dst, name = _state(tz, start)
    initial = TimezoneDaylight() if dst > timedelta(0) else TimezoneStandard()
    initial.add("dtstart", (start + offset).replace(tzinfo=None))
    initial.add("tzoffsetfrom", offset)
    initial.add("tzoffsetto", offset)
    initial.add("tzname", _name(offset, name))
    component.add_component(initial)
    for change, rule in _runs([c for c in changes if c.at < _jan1(end)]):
        component.add_component(_onset(change, rule))
    for change, rule in rules:
        component.add_component(_onset(change, rule))
    return component


def _runs(onsets: list[Transition]) -> list[tuple[Transition, str | None]]:
    """Past transitions as compactly as they go: each run of consecutive years on one rule
    ("last Sunday of October", 1974 to 2006) becomes one onset with an RRULE ending (UNTIL,
    in UTC as RFC 5545 requires for time zones) after the run's last transition; the rest
    stay single onsets. Chronological."""
    kinds: dict[tuple[timedelta, timedelta, str], list[Transition]] = {}
    for change in onsets:
        kinds.setdefault((change.before, change.after, change.name), []).append(change)
    out: list[tuple[Transition, str | None]] = []
    for same in kinds.values():
        i = 0
        while i < len(same):
            local = _local_before(same[i])
            best, best_n = 1, 0
            for n in _week_numbers(local):
                length = 1
                while i + length < len(same):
                    day = _nth_weekday(local.year + length, local.month, local.weekday(), n)
                    if day is None or _local_before(same[i + length]) != datetime.combine(
                        day, local.time()
                    ):
                        break
                    length += 1
                if length > best:
                    best, best_n = length, n
            rule = None
            if best > 1:
                # A day after the run's last onset: past it whether a parser reads UNTIL as
                # UTC (RFC 5545) or, as dateutil does, as local wall time; a year short of
                # the next.
                until = (same[i + best - 1].at + timedelta(days=1)).strftime("%Y%m%dT%H%M%SZ")
                rule = (f"FREQ=YEARLY;BYMONTH={local.month};"
                        f"BYDAY={best_n}{_BYDAY[local.weekday()]};UNTIL={until}")
            out.append((same[i], rule))
            i += best
    return sorted(out, key=lambda item: item[0].at)


def _week_numbers(local: datetime) -> tuple[int, ...]:
    """How a rule can name ``local``'s day in its month: last (-1) and/or nth weekday."""
    nth = (local.day - 1) // 7 + 1
    return (-1, nth) if (local + timedelta(days=7)).month != local.month else (nth,)


def _final_regime(
    changes: list[Transition], first_year: int, search_end: int
) -> tuple[int, list[tuple[Transition, str]]] | None:
    """The earliest year from which every later transition (to ``search_end`` + the
    horizon) follows one yearly rule pair, or there are none, with those rules; None if no
    such year before ``search_end``."""
    for year in range(first_year, search_end):
        rules = _rules_in(changes, year, search_end + _HORIZON)
        if rules is not None:
            return year, rules
    return None


def _jan1(year: int) -> datetime:
    return datetime(min(year, 9999), 1, 1, tzinfo=UTC)


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


def continuing_rules(
    tz: tzinfo, year: int, horizon: int = _HORIZON
) -> list[tuple[Transition, str]] | None:
    """The zone's yearly transitions from ``year`` on as (first onset, RRULE) pairs.

    Each rule is checked against zoneinfo for ``horizon`` years; an empty list means the
    offset no longer changes, None that there is no regular yearly rule (Casablanca's
    Ramadan changes, a change already scheduled by law...) and the explicit onsets must do.
    """
    return _rules_in(transitions(tz, _jan1(year), _jan1(year + horizon)), year, year + horizon)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The ``n``th (``-1``: last) ``weekday`` of a month, or None if it has none."""
    if n > 0:
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        return day if day.month == month else None
    last = (date(year, month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _rules_in(
    changes: list[Transition], year: int, until: int
) -> list[tuple[Transition, str]] | None:
    """``continuing_rules`` on the transitions already found for the years ``[year, until)``:
    every one of them must fall on its rule's day and time, every year, and no other."""
    changes = [c for c in changes if _jan1(year) <= c.at < _jan1(until)]
    if not changes:
        return []
    first = [c for c in changes if c.at < _jan1(year + 1)]
    if len(first) != 2 or first[0].before != first[1].after:
        return None
    found: list[tuple[Transition, str]] = []
    for change in first:
        local = _local_before(change)
        same = [_local_before(c) for c in changes
                if (c.before, c.after, c.name) == (change.before, change.after, change.name)]
        for n in _week_numbers(local):
            days = [_nth_weekday(y, local.month, local.weekday(), n) for y in range(year, until)]
            expected = [datetime.combine(d, local.time()) for d in days if d is not None]
            if expected == same:
                byday = f"{n}{_BYDAY[local.weekday()]}"
                found.append((change, f"FREQ=YEARLY;BYMONTH={local.month};BYDAY={byday}"))
                break
        else:
            return None
    return found
