"""Publication dates as documents state them: parsed with their precision and settled in a zone.

Zone rule (the same for every format): a time with a UTC offset keeps that offset; a date or
time written without one is read in ``--timezone``, else UTC (``read_documents`` then moves
it into the zone of a known dateline city when no ``--timezone`` was given). Two
refinements: when the
offset is the one ``--timezone`` has at that instant, the named zone is used (so
``+09:00`` with ``--timezone Asia/Seoul`` becomes Asia/Seoul); and a zero offset (``Z``,
``+0000``, ``GMT``: how many feeds and CMSs store every time) is moved into ``--timezone``
when one is given, since it says how the time was stored rather than where it was written.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from timeline.sources.model import ReadOptions

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_ONLY = re.compile(r"^\d{4}$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class StatedDate:
    """A date as metadata states it: the value, and whether it has a time and a day."""

    value: datetime
    has_time: bool
    has_day: bool = True


def settle_zone(value: datetime, options: ReadOptions) -> datetime:
    """An aware datetime following the module's zone rule."""
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=options.zone)
    if not options.timezone:
        return value
    local = value.astimezone(options.zone)
    if value.utcoffset() == timedelta(0) or local.utcoffset() == value.utcoffset():
        return local
    return value


def parse_stated(raw: str, options: ReadOptions) -> StatedDate:
    """Parse a date from metadata (ISO 8601, RFC 822, or a written form), keeping its offset.

    Raises ValueError when it is no date. A value without a day (``2025-10``, ``Oct 2025``)
    is returned with ``has_day=False`` (its first day), for use as a reference only.
    """
    text = " ".join(raw.split())
    if not text:
        raise ValueError("empty date")
    if _ISO_DATE.match(text):
        day = date.fromisoformat(text)
        return StatedDate(settle_zone(datetime.combine(day, time()), options), False)
    if _YEAR_ONLY.match(text):
        return StatedDate(settle_zone(datetime(int(text), 1, 1), options), False, False)
    month = _YEAR_MONTH.match(text)
    if month:
        value = datetime(int(month[1]), int(month[2]), 1)
        return StatedDate(settle_zone(value, options), False, False)
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        value = None
    if value is not None:
        return StatedDate(settle_zone(value, options), True)
    try:
        value = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        value = None
    if value is not None:
        return StatedDate(settle_zone(value, options), True)
    return _parse_written(text, options)


def _parse_written(text: str, options: ReadOptions) -> StatedDate:
    """A written form dateutil understands; what it fills in from defaults is not stated."""
    from dateutil import parser as dateparser

    try:
        first = dateparser.parse(text, default=datetime(1, 1, 1, 0, 0, 0))
        second = dateparser.parse(text, default=datetime(2, 2, 2, 1, 1, 1))
    except (ValueError, OverflowError, TypeError) as exc:
        raise ValueError(f"cannot read date {text!r}") from exc
    if first.year != second.year:
        raise ValueError(f"date {text!r} has no year")
    has_day = first.month == second.month and first.day == second.day
    has_time = (first.hour, first.minute) == (second.hour, second.minute)
    value = settle_zone(first.replace(tzinfo=first.tzinfo), options)
    return StatedDate(value, has_time and has_day, has_day)
