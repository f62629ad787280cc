"""The event model: a happening on a date, with every source that reports it (schema v1)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any, Literal

from timeline.eventing.similarity import Signature

Status = Literal["past", "scheduled", "ongoing"]
Kind = Literal["event", "duration", "set", "reference"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One source's mention of an event: where and how the date was said.

    ``start``/``end`` are the expression's character offsets in the document text,
    ``sentence_start``/``sentence_end`` the sentence's; ``sentence`` is that sentence with
    whitespace folded. ``value`` is the TIMEX3 value this mention resolved to (for a range,
    ``end_value`` the value of its end). ``status`` is the tense this source reports it in.
    """

    doc_id: str
    source: str
    published: str  # ISO datetime with offset
    published_from: str
    sentence: str
    expression: str
    start: int
    end: int
    value: str
    title: str | None = None  # the document's title
    url: str | None = None
    sentence_start: int = 0
    sentence_end: int = 0
    end_value: str | None = None
    status: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc_id,
            "source": self.source,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "published_from": self.published_from,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "expression": self.expression,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "end_value": self.end_value,
            "status": self.status,
        }

    def order(self) -> tuple[str, str, int]:
        return (self.published, self.doc_id, self.start)

    def __reduce__(self) -> tuple[type[Mention], tuple[Any, ...]]:
        return (Mention, tuple(getattr(self, name) for name in _MENTION_FIELDS))


@dataclass(frozen=True, slots=True)
class Event:
    """A happening on a date (or a period, or a time of day), cited by one or more mentions.

    ``start``/``end`` are a half-open interval: dates for calendar periods, naive local
    datetimes (in ``timezone``) for times of day. ``granularity`` is the unit the date was
    stated at (day, week, month, quarter, year, minute, ...). For a range ("from Monday to
    Wednesday") ``value``/``end_value`` are its two ends and ``end`` closes the last one.
    ``key`` is the canonical content key the UID is derived from (with ``value``).
    """

    title: str
    value: str
    start: date | datetime
    end: date | datetime
    granularity: str
    status: Status
    mentions: tuple[Mention, ...]
    timezone: str | None = None
    place: str | None = None
    kind: Kind = "event"
    keywords: tuple[str, ...] = ()
    end_value: str | None = None
    participants: tuple[str, ...] = ()
    happening: str | None = None
    included_because: str | None = None
    recurrence: str | None = None
    key: str = ""
    signature: Signature | None = field(default=None, compare=False, repr=False)
    quality: int = field(default=0, compare=False, repr=False)

    @property
    def uid(self) -> str:
        """Stable identifier: derived from the date value and the canonical content key, so it
        is the same on every build and does not move when unrelated articles are added."""
        key = "\x1f".join([self.value, self.end_value or "", self.kind, self.key or self.title])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@timeline"

    @property
    def sources(self) -> list[str]:
        return sorted({m.source for m in self.mentions})

    @property
    def documents(self) -> list[str]:
        return sorted({m.doc_id for m in self.mentions})

    def __reduce__(self) -> tuple[type[Event], tuple[Any, ...]]:
        # Pickled as its fields in order (the dataclass default looks the fields up on every
        # object): events cross process boundaries and the build's on-disk store by the
        # hundred thousand.
        return (Event, tuple(getattr(self, name) for name in _EVENT_FIELDS))

    def sort_key(self) -> tuple[str, str, str, str]:
        return (_iso(self.start), _iso(self.end), self.title, self.uid)

    def as_dict(self) -> dict[str, Any]:
        """The events.json (schema v1) form of this event; see docs/events.md."""
        return {
            "uid": self.uid,
            "title": self.title,
            "value": self.value,
            "end_value": self.end_value,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "granularity": self.granularity,
            "timezone": self.timezone,
            "status": self.status,
            "place": self.place,
            "kind": self.kind,
            "happening": self.happening,
            "participants": list(self.participants),
            "keywords": list(self.keywords),
            "included_because": self.included_because,
            "recurrence": self.recurrence,
            "sources": self.sources,
            "mentions": [m.as_dict() for m in self.mentions],
        }


_MENTION_FIELDS = tuple(f.name for f in fields(Mention))
_EVENT_FIELDS = tuple(f.name for f in fields(Event))


def _iso(value: date | datetime) -> str:
    return value.isoformat()
