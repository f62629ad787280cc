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
from datetime import UTC, date, datetime, time, timedelta

from timeline.sources.model import ReadOptions

_ISO_DATE = re.compile(r"^\d{4}-?\d{2}-?\d{2}$")
_EPOCH = re.compile(r"^\d{9,10}(?:\.\d+)?$|^\d{12,13}$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\b")
# Zone abbreviations news and feeds write, read as the offsets they stand for (dateutil
# knows none but UTC/GMT). CST is US Central, as in US news; IST is left out (ambiguous).
ABBREVIATIONS = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
    "MSK": 3, "KST": 9, "JST": 9, "HKT": 8, "SGT": 8, "AWST": 8, "ACST": 9.5, "AEST": 10,
    "AEDT": 11, "NZST": 12, "NZDT": 13, "AST": -4, "EST": -5, "EDT": -4, "CDT": -5, "CST": -6,
    "MDT": -6, "MST": -7, "PDT": -7, "PST": -8, "AKST": -9, "AKDT": -8, "HST": -10,
}
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
        day = date.fromisoformat(text.replace("-", "")[:4] + "-" + text.replace("-", "")[4:6]
                                 + "-" + text.replace("-", "")[6:])
        return StatedDate(settle_zone(datetime.combine(day, time()), options), False)
    if _EPOCH.match(text):
        seconds = float(text) / (1000 if len(text.split(".")[0]) >= 12 else 1)
        value = datetime.fromtimestamp(seconds, tz=UTC)
        return StatedDate(settle_zone(value, options), True)
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
    """A written form dateutil understands; what it fills in from defaults is not stated.
    An all-numeric day/month order that could be read both ways is refused, not guessed."""
    import warnings

    numeric = _NUMERIC_DATE.match(text)
    if numeric and int(numeric[1]) <= 12 and int(numeric[2]) <= 12 and numeric[1] != numeric[2]:
        raise ValueError(f"ambiguous date {text!r}: day or month first? write it as YYYY-MM-DD")

    from dateutil import parser as dateparser

    zones = {name: int(hours * 3600) for name, hours in ABBREVIATIONS.items()}
    try:
        with warnings.catch_warnings():  # an unknown zone name leaves the time zone-less
            warnings.simplefilter("ignore")
            first = dateparser.parse(text, default=datetime(1, 1, 1, 0, 0, 0), tzinfos=zones)
            second = dateparser.parse(text, default=datetime(2, 2, 2, 1, 1, 1), tzinfos=zones)
    except (ValueError, OverflowError, TypeError) as exc:
        raise ValueError(f"cannot read date {text!r}") from exc
    if first.year != second.year:
        raise ValueError(f"date {text!r} has no year")
    has_day = first.month == second.month and first.day == second.day
    has_time = first.hour == second.hour
    return StatedDate(settle_zone(first, options), has_time and has_day, has_day)
