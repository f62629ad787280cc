"""The article as the rest of the pipeline sees it: text plus publication context."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Where a document's publication date came from, strongest first.
PUBLISHED_FROM = (
    "command line",
    "front matter",
    "page metadata",
    "feed entry",
    "json field",
    "timeml dct",
    "dateline",
)


class InputError(Exception):
    """Bad input: the message names the file and the problem in one line."""


@dataclass(frozen=True, slots=True)
class Document:
    """One article.

    ``published`` is timezone-aware; ``published_has_time`` says whether the time of day is
    known or the datetime is midnight of a known day. ``published_from`` says where the date
    came from (one of ``PUBLISHED_FROM``), ``None`` when there is no publication context.
    ``doc_id`` identifies the document within a build (a path, or path#entry).
    """

    doc_id: str
    text: str
    published: datetime | None = None
    published_has_time: bool = False
    published_from: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None

    @property
    def dct(self) -> date | None:
        """The document creation date, in the document's own zone."""
        return self.published.date() if self.published else None

    @property
    def timezone(self) -> str | None:
        if self.published is None:
            return None
        key = getattr(self.published.tzinfo, "key", None)
        return key or self.published.tzname()

    @property
    def outlet(self) -> str:
        return self.source or self.doc_id

    def with_published(self, published: datetime, has_time: bool, origin: str) -> Document:
        return replace(
            self, published=published, published_has_time=has_time, published_from=origin
        )


def zone(name: str) -> ZoneInfo:
    """An IANA time zone, or ValueError with a readable message."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


def parse_published(text: str, tz: str | None = None) -> tuple[datetime, bool]:
    """Parse a publication date or datetime given by a user.

    Accepts ISO forms (``2025-10-29``, ``2025-10-29T08:30``, ``2025-10-29 08:30+09:00``) and the
    common written forms dateutil understands (``Oct 29, 2025``). A value without a zone takes
    ``tz`` (an IANA name), else UTC. Returns the aware datetime and whether a time was given.
    Raises ValueError with a readable message.
    """
    from dateutil import parser as dateparser

    raw = text.strip()
    if not raw:
        raise ValueError("empty publication date")
    try:
        parsed_date = date.fromisoformat(raw)
    except ValueError:
        parsed_date = None
    if parsed_date is not None:
        value = datetime.combine(parsed_date, time())
        has_time = False
    else:
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            try:
                default = datetime(1, 1, 1)
                value = dateparser.parse(raw, default=default)
            except (ValueError, OverflowError) as exc:
                raise ValueError(f"cannot read publication date {raw!r}") from exc
            if value.year == 1 and "1" not in raw:
                raise ValueError(f"publication date {raw!r} has no year") from None
        has_time = (value.hour, value.minute, value.second) != (0, 0, 0) or ":" in raw
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone(tz) if tz else ZoneInfo("UTC"))
    elif tz:
        value = value.astimezone(zone(tz))
    return value, has_time
