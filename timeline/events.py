"""Events: what happens on a resolved date, with provenance, merged across documents."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from timeline.documents import Document
from timeline.temporal.model import Timex
from timeline.temporal.values import interval

Status = Literal["past", "scheduled", "ongoing"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One source's mention of an event: where and how the date was said."""

    doc_id: str
    source: str
    published: str  # ISO datetime with offset
    published_from: str
    sentence: str
    expression: str
    start: int
    end: int
    value: str
    title: str | None = None
    url: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc_id,
            "source": self.source,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "published_from": self.published_from,
            "sentence": self.sentence,
            "expression": self.expression,
            "start": self.start,
            "end": self.end,
            "value": self.value,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """A happening on a date (or a period, or a time of day), cited by one or more mentions.

    ``start``/``end`` are a half-open interval: dates for calendar periods, naive local
    datetimes (in ``timezone``) for times of day. ``granularity`` is the unit the date was
    stated at (day, week, month, quarter, year, minute, ...).
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
    kind: str = "event"
    keywords: frozenset[str] = field(default_factory=frozenset, compare=False)

    @property
    def uid(self) -> str:
        """Stable identifier: same value, title and sources give the same UID on every build."""
        first = min(self.mentions, key=lambda m: (m.doc_id, m.start))
        key = "\x1f".join([self.value, first.doc_id, str(first.start), first.expression])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@timeline"

    @property
    def sources(self) -> list[str]:
        return sorted({m.source for m in self.mentions})

    def sort_key(self) -> tuple[str, str, str]:
        return (_iso(self.start), self.title, self.uid)


def _iso(value: date | datetime) -> str:
    return value.isoformat()


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence containing ``text[start:end]``, whitespace folded."""
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), text.rfind("?", 0, start))
    stops = [i for i in (text.find(c, end) for c in ".\n?!") if i != -1]
    right = min(stops) + 1 if stops else len(text)
    return " ".join(text[left + 1 : right].split())


def status_of(timex: Timex, doc: Document) -> Status:
    if timex.direction == "future":
        return "scheduled"
    if timex.direction == "past":
        return "past"
    span = interval(timex.value)
    dct = doc.dct
    if span is None or dct is None:
        return "past"
    start = span.start.date() if isinstance(span.start, datetime) else span.start
    end = span.end.date() if isinstance(span.end, datetime) else span.end
    if start > dct:
        return "scheduled"
    if end <= dct:
        return "past"
    return "ongoing"


def mention_of(doc: Document, timex: Timex) -> Mention:
    assert doc.published is not None
    return Mention(
        doc_id=doc.doc_id,
        source=doc.outlet,
        published=doc.published.isoformat(),
        published_from=doc.published_from or "",
        sentence=sentence_around(doc.text, timex.start, timex.end),
        expression=timex.text,
        start=timex.start,
        end=timex.end,
        value=timex.value,
        title=doc.title,
        url=doc.url,
    )


def events_from_document(doc: Document, timexes: list[Timex]) -> list[Event]:
    """Candidate events of one document: every date or time that places a happening."""
    events: list[Event] = []
    for timex in timexes:
        if timex.type not in ("DATE", "TIME"):
            continue
        span = interval(timex.value)
        if span is None:
            continue
        mention = mention_of(doc, timex)
        events.append(
            Event(
                title=mention.sentence[:80],
                value=timex.value,
                start=span.start,
                end=span.end,
                granularity=span.granularity,
                status=status_of(timex, doc),
                mentions=(mention,),
                timezone=doc.timezone if span.is_timed else None,
            )
        )
    return events


def merge_events(candidates: list[Event]) -> list[Event]:
    """Merge mentions of the same happening; sorted, deterministic."""
    return sorted(candidates, key=Event.sort_key)
