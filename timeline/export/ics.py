"""events.ics: a subscribable iCalendar feed (RFC 5545, with RFC 7986 calendar properties).

What a calendar client sees, and why:

- ``UID`` is the event's content-derived ``Event.uid``, so a refreshed subscription updates
  events instead of duplicating them. In a per-source feed the source's slug is appended, so
  the same happening in two subscribed feeds stays two distinct entries.
- ``DTSTAMP`` and ``LAST-MODIFIED`` are the newest publication time among the event's
  mentions, ``CREATED`` the oldest (all UTC). ``SEQUENCE`` is the number of mentions beyond
  the first. None of them depends on when the build ran: the same input gives a
  byte-identical file, and they move only when a new article mentions the event.
- A day is ``DTSTART;VALUE=DATE`` with the exclusive next day as ``DTEND``. A week, month,
  quarter, half-year, season, year... is an all-day span over the whole period, its SUMMARY
  names the period and its CATEGORIES carry the granularity (``include_periods=False``
  leaves them out of the feed).
- A time of day in an IANA zone is written with ``TZID`` and a VTIMEZONE from
  ``timeline.export.timezones`` (one onset per sub-component, no multi-date RDATE lines);
  other times (UTC, fixed offsets, unknown zone), and wall times a DST change makes
  ambiguous or non-existent, are converted to UTC so every client reads the same instant.
  A time stated only to the minute or second is shown as a one-hour slot from that time.
- Every event is ``TRANSP:TRANSPARENT``: news events never make the subscriber look busy.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from urllib.parse import urlsplit

from icalendar import Calendar, Component, vCategory, vDuration, vRecur, vText
from icalendar import Event as VEvent

from timeline import __version__
from timeline.diskset import SetFactory, memory_sets
from timeline.events import Event, Mention
from timeline.export.timezones import is_iana, vtimezone, zone_of
from timeline.temporal.values import as_date

PRODID = f"-//timeline//timeline {__version__}//EN"
REFRESH_INTERVAL = timedelta(hours=1)
FEED_MODES = ("single", "per-source")
# Date granularities coarser than a day: rendered as all-day spans over the whole period.
PERIOD_GRANULARITIES = frozenset(
    {"week", "weekend", "month", "quarter", "half-year", "season", "year", "decade", "century",
     "millennium"}
)
POINT_TIME_GRANULARITIES = frozenset({"minute", "second"})
POINT_TIME_SLOT = timedelta(hours=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text: str) -> str:
    """TEXT as RFC 5545 allows it: newlines as LF, no other control characters."""
    return _CONTROL.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))


class Text(vText):
    """TEXT escaped exactly as RFC 5545 §3.3.11 says.

    icalendar's own escaper first turns a literal backslash-N into a line break, so a text
    containing ``C:\\News`` would reach the client changed; this one escapes every backslash.
    """

    def to_ical(self) -> bytes:
        text = (
            str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n")
        )
        return text.encode(self.encoding)


def categories(values: Iterable[str]) -> vCategory:
    prop = vCategory([])
    prop.cats = [Text(v) for v in values]
    return prop


def is_period(event: Event) -> bool:
    """True for an all-day event standing for a week, month, quarter, year..."""
    return not isinstance(event.start, datetime) and event.granularity in PERIOD_GRANULARITIES


def published_at(mention: Mention) -> datetime | None:
    """The mention's publication time in UTC (a naive time is taken as UTC), or None."""
    try:
        value = datetime.fromisoformat(str(mention.published))
    except (TypeError, ValueError):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def published_text(mention: Mention) -> str:
    """The publication date as the article gave it: its own day, with the time if known."""
    try:
        value = datetime.fromisoformat(str(mention.published))
    except (TypeError, ValueError):
        return str(mention.published or "")
    if (value.hour, value.minute, value.second) == (0, 0, 0):
        return value.date().isoformat()
    offset = value.strftime("%z")
    offset = f" UTC{offset[:3]}:{offset[3:]}" if offset else ""
    return f"{value:%Y-%m-%d %H:%M}{offset}"


def ordered_mentions(mentions: Iterable[Mention]) -> list[Mention]:
    """Mentions oldest publication first, then by document and offset (deterministic)."""

    def key(m: Mention) -> tuple[str, str, int, int, str, str, str, str]:
        at = published_at(m)
        return (at.isoformat() if at else "", m.doc_id, m.start, m.end, m.expression,
                m.value, m.source, m.sentence)

    # The same mention listed twice counts once (keyed, so no field needs to be hashable).
    unique = {key(m): m for m in mentions}
    return [unique[k] for k in sorted(unique)]


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL, else None (no javascript:, no relative)."""
    if not url:
        return None
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(c.isspace() or ord(c) < 32 for c in text):
        return None
    return text


def first_url(mentions: Sequence[Mention]) -> str | None:
    for m in mentions:
        if url := safe_url(m.url):
            return url
    return None


def _last_day(event: Event) -> date:
    end = event.end if isinstance(event.end, date) else event.start
    start = event.start
    if isinstance(end, datetime):
        end = end.date()
    if isinstance(start, datetime):
        start = start.date()
    return max(start, end - timedelta(days=1))


def period_label(event: Event) -> str:
    """Human name of the period an all-day event covers (``month: October 2025``)."""
    start = as_date(event.start)
    last = _last_day(event)
    g = event.granularity
    if g in ("week", "weekend"):
        iso = start.isocalendar()
        return f"{g} {iso[1]} of {iso[0]}: {_day(start)} to {_day(last)}"
    if g == "month":
        return f"month: {start:%B %Y}"
    if g == "quarter":
        return f"quarter: Q{(start.month - 1) // 3 + 1} {start.year}"
    if g == "half-year":
        return f"half-year: H{(start.month - 1) // 6 + 1} {start.year}"
    if g == "year":
        return f"year: {start.year}"
    if g == "decade":
        return f"decade: {start.year}s"
    if g == "century":
        return f"century: {start.year} to {last.year}"
    return f"{g}: {_day(start)} to {_day(last)}"


def _day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def when_text(event: Event) -> str:
    """The date as a reader says it, with its granularity."""
    start = event.start
    if isinstance(start, datetime):
        zone = event.timezone or "UTC"
        text = f"{start:%A} {_day(start.date())}, {start:%H:%M} {zone}"
        if isinstance(event.end, datetime) and event.granularity not in POINT_TIME_GRANULARITIES:
            text += f" to {event.end:%H:%M}"
        return f"{text} ({event.granularity})"
    if is_period(event):
        return period_label(event)
    last = _last_day(event)
    if last > start:
        return f"{_day(start)} to {_day(last)}"
    return f"{start:%A} {_day(start)}"


def describe(event: Event, mentions: Sequence[Mention]) -> str:
    """DESCRIPTION: what, when, where, then every source with its sentence."""
    lines = [event.title, "", f"When: {when_text(event)}; {event.status}"]
    place = getattr(event, "place", None)
    if place:
        lines.append(f"Where: {place}")
    lines += ["", f"Sources ({len(mentions)}):"]
    for m in mentions:
        stamp = f", published {local}" if (local := published_text(m)) else ""
        lines.append(f"- {m.source}{stamp}")
        if m.title:
            lines.append(f"  {m.title}")
        lines.append(f"  \u201c{m.sentence}\u201d")
        lines.append(f"  \u201c{m.expression}\u201d \u2192 {m.value}")
        if url := safe_url(m.url):
            lines.append(f"  {url}")
    lines += ["", "Found by timeline from the publication context of each article."]
    return "\n".join(lines)


def _utc_times(mentions: Sequence[Mention]) -> list[datetime]:
    return sorted(t for t in (published_at(m) for m in mentions) if t is not None)


def _timed_bounds(event: Event) -> tuple[datetime, datetime, tzinfo | None]:
    """DTSTART/DTEND as aware datetimes: in the IANA zone, else converted to UTC."""
    start, end = event.start, event.end
    assert isinstance(start, datetime)
    if not isinstance(end, datetime):
        end = start
    zone = zone_of(event.timezone) if start.tzinfo is None else start.tzinfo
    if start.tzinfo is None:
        start = start.replace(tzinfo=zone or UTC)
    if end.tzinfo is None:
        end = end.replace(tzinfo=zone or UTC)
    # Arithmetic on UTC instants (aware datetimes sharing a tzinfo compare by wall time).
    start_utc, end_utc = start.astimezone(UTC), end.astimezone(UTC)
    if event.granularity in POINT_TIME_GRANULARITIES or end_utc <= start_utc:
        end_utc = max(end_utc, start_utc + POINT_TIME_SLOT)
    if is_iana(zone) and start.tzinfo is zone:
        end = end_utc.astimezone(zone)
        if not (_unclear(start) or _unclear(end)):
            return start, end, zone
    return start_utc, end_utc, None


def _unclear(value: datetime) -> bool:
    """A wall time that happens twice (clocks go back) or never (clocks go forward).

    RFC 5545 says the first occurrence is meant, but ical.js (Thunderbird) takes the second;
    such times are written in UTC, the instant Python's zoneinfo gives (fold=0).
    """
    other = value.replace(fold=1 - value.fold)
    if other.utcoffset() != value.utcoffset():
        return True
    return value.astimezone(UTC).astimezone(value.tzinfo).replace(tzinfo=None) != value.replace(
        tzinfo=None
    )


def recurrence_rule(event: Event) -> vRecur | None:
    """The event's RFC 5545 RRULE (``Event.recurrence``, e.g. ``FREQ=WEEKLY;BYDAY=WE``), or
    None when it has none or it does not parse (the first occurrence is still written)."""
    text = getattr(event, "recurrence", None)
    if not text:
        return None
    try:
        rule = vRecur.from_ical(str(text).removeprefix("RRULE:"))
    except (ValueError, TypeError):
        return None
    return rule if rule.get("FREQ") else None


def vevent(event: Event, *, uid: str, mentions: Sequence[Mention]) -> VEvent:
    """The VEVENT for ``event`` citing ``mentions`` (all of them, or one source's)."""
    component = VEvent()
    summary = clean_text(event.title).strip() or event.value
    if is_period(event):
        summary = f"{summary} [{period_label(event)}]"
    component.add("summary", Text(summary))
    component.add("uid", uid)
    times = _utc_times(mentions)
    newest = times[-1] if times else _EPOCH
    oldest = times[0] if times else _EPOCH
    component.add("dtstamp", newest)
    component.add("created", oldest)
    component.add("last-modified", newest)
    component.add("sequence", max(len(mentions) - 1, 0))
    if isinstance(event.start, datetime):
        start, end, _ = _timed_bounds(event)
        component.add("dtstart", start)
        component.add("dtend", end)
    else:
        day = event.start
        end = as_date(event.end)
        if not isinstance(end, date) or end <= day:
            end = day + timedelta(days=1)
        component.add("dtstart", day)
        component.add("dtend", end)
    if rule := recurrence_rule(event):
        component.add("rrule", rule)
    component.add("description", Text(clean_text(describe(event, mentions))))
    if url := first_url(mentions):
        component.add("url", url)
    place = getattr(event, "place", None)
    if place:
        component.add("location", Text(clean_text(place)))
    tags = sorted({clean_text(m.source) for m in mentions if clean_text(m.source)})
    tags.append(event.status)
    if is_period(event) or event.granularity not in ("day",):
        tags.append(event.granularity)
    kind = getattr(event, "kind", "event")
    if kind and kind != "event":
        tags.append(kind)
    component.add("categories", categories(dict.fromkeys(tags)))
    component.add("transp", "TRANSPARENT")
    component.add("x-timeline-value", event.value)
    component.add("x-timeline-granularity", event.granularity)
    return component


def default_description(events: Sequence[Event]) -> str:
    docs = {m.doc_id for e in events for m in e.mentions}
    sources = {m.source for e in events for m in e.mentions}
    return _description(len(events), len(docs), len(sources))


def _description(events: int, docs: int, sources: int) -> str:
    return (
        f"{events} events found in {docs} news articles from {sources} sources "
        "by timeline; each event cites the sentence and source it came from."
    )


def render_ics(
    events: Sequence[Event],
    *,
    name: str = "timeline",
    description: str | None = None,
    include_periods: bool = True,
    source: str | None = None,
    refresh: timedelta = REFRESH_INTERVAL,
) -> bytes:
    """The iCalendar feed of ``events`` (CRLF lines folded at 75 octets).

    ``source`` restricts the feed to one outlet's mentions (a per-source feed).
    ``include_periods=False`` drops week/month/quarter/year... events.
    """
    feed = FeedBuilder(source, include_periods=include_periods)
    ordered = sorted(events, key=lambda e: e.sort_key())
    for event in ordered:
        feed.observe(event)
    parts = [feed.header(name, description=description, refresh=refresh)]
    parts.extend(feed.entry(event) for event in ordered)
    parts.append(FOOTER)
    return b"".join(parts)


FOOTER = b"END:VCALENDAR\r\n"


class FeedBuilder:
    """One feed written as a stream: :meth:`observe` every event first (in any order) for
    what the header says (event, article and source counts, time zones), then
    :meth:`header`, :meth:`entry` for each event in :meth:`Event.sort_key` order, and
    :data:`FOOTER`. The bytes are those of :func:`render_ics` on the same events.

    ``shared_uids``: the UIDs that more than one event carries, when known (a build knows
    them from its event store); only those are tracked to number repeats ("-2"). None tracks
    every UID (in-memory rendering).
    """

    def __init__(self, source: str | None = None, *, include_periods: bool = True,
                 shared_uids: set[str] | None = None, sets: SetFactory = memory_sets) -> None:
        self.source = source
        self.include_periods = include_periods
        self.count = 0
        self.docs = sets(1)  # the articles the feed's events cite (on disk in a build)
        self.sources: set[str] = set()
        self.years: dict[str, list[int]] = {}
        self.shared_uids = shared_uids
        self.seen: dict[str, int] = {}
        self.suffix = f"-{feed_slug(source)}" if source is not None else ""

    def takes(self, event: Event) -> bool:
        if not self.include_periods and is_period(event):
            return False
        return self.source is None or any(m.source == self.source for m in event.mentions)

    def observe(self, event: Event) -> None:
        if not self.takes(event):
            return
        self.count += 1
        for m in event.mentions:
            self.docs.add((m.doc_id,))
            self.sources.add(m.source)
        _zone_years(event, self.years)

    def header(self, name: str, *, description: str | None = None,
               refresh: timedelta = REFRESH_INTERVAL) -> bytes:
        """Everything before the first VEVENT (calendar properties and VTIMEZONEs)."""
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        title = clean_text(name if self.source is None else f"{name} \u2014 {self.source}")
        text = clean_text(description or _description(self.count, len(self.docs),
                                                      len(self.sources)))
        cal.add("name", Text(title))
        cal.add("x-wr-calname", Text(title))
        cal.add("description", Text(text))
        cal.add("x-wr-caldesc", Text(text))
        cal.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
        cal.add("x-published-ttl", vDuration(refresh))
        for component in _vtimezones(self.years):
            cal.add_component(component)
        data = cal.to_ical()
        assert data.endswith(FOOTER)
        return data[: -len(FOOTER)]

    def entry(self, event: Event) -> bytes:
        """The event's VEVENT in this feed, or nothing when the feed leaves it out."""
        if not self.takes(event):
            return b""
        mentions = ordered_mentions(event.mentions)
        if self.source is not None:
            mentions = [m for m in mentions if m.source == self.source]
        base = event.uid
        local, at, domain = base.partition("@")
        uid = f"{local}{self.suffix}{at}{domain}" if at else f"{base}{self.suffix}"
        # Two distinct events must never share a UID (a client would merge them).
        if self.shared_uids is None or base in self.shared_uids:
            count = self.seen.get(uid, 0)
            self.seen[uid] = count + 1
            if count:
                uid = f"{uid}-{count + 1}"
        return component_bytes(vevent(event, uid=uid, mentions=mentions))


_FOLD_LIMIT = 75  # octets per line, the line break excluded (RFC 5545 §3.1)
_FOLD = b"\r\n "


def fold(line: str) -> bytes:
    """One content line folded as icalendar folds it (``Contentline.to_ical``), in bytes:
    a piece ends before the character that would reach 75 octets, never inside a UTF-8
    sequence, and an escaping backslash or caret moves to the next piece with what it
    escapes (icalendar issue #1501). The same bytes, an order of magnitude faster than
    icalendar's character-by-character loop (the largest single cost of writing a feed)."""
    data = line.encode("utf-8")
    if len(data) < _FOLD_LIMIT:
        return data
    pieces: list[bytes] = []
    start = 0
    while len(data) - start >= _FOLD_LIMIT:
        cut = start + _FOLD_LIMIT - 1  # the character holding this octet would reach 75
        while data[cut] & 0xC0 == 0x80:  # back to the start of its UTF-8 sequence
            cut -= 1
        if data[cut - 1] in b"\\^":
            cut -= 1
        pieces.append(data[start:cut])
        start = cut
    pieces.append(data[start:])
    return _FOLD.join(pieces)


def component_bytes(component: Component) -> bytes:
    """``component.to_ical()``, folded by :func:`fold`."""
    return b"\r\n".join(fold(line) for line in component.content_lines() if line) + b"\r\n"


def _zone_years(event: Event, years: dict[str, list[int]]) -> None:
    """Widen ``years`` (zone -> [first, last] year) by a timed event in an IANA zone."""
    if not isinstance(event.start, datetime) or event.start.tzinfo is not None:
        return
    zone = zone_of(event.timezone)
    if not is_iana(zone):
        return
    end = event.end if isinstance(event.end, datetime) else event.start
    span = years.setdefault(zone.key, [event.start.year, end.year])  # type: ignore[union-attr]
    span[0] = min(span[0], event.start.year)
    span[1] = max(span[1], end.year)


def _vtimezones(years: dict[str, list[int]]) -> list:
    # From a year early: an onset must precede every event, whatever the zone's offset.
    return [vtimezone(key, lo - 1, hi) for key, (lo, hi) in sorted(years.items())]


def feed_slug(source: str) -> str:
    """A file-name-safe, lower-case ASCII name for a source (``Yonhap News`` → ``yonhap-news``)."""
    text = unicodedata.normalize("NFKD", source).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")
    return slug or "source"


@dataclass(frozen=True, slots=True)
class Feed:
    filename: str
    source: str | None


def feed_plan(events: Sequence[Event], mode: str = "single") -> list[Feed]:
    """Which feed files a build writes: ``events.ics`` always, plus one per source."""
    return plan_feeds({m.source for e in events for m in e.mentions if m.source}, mode)


def plan_feeds(sources: Iterable[str], mode: str = "single") -> list[Feed]:
    """:func:`feed_plan` from the sources the events cite."""
    if mode not in FEED_MODES:
        raise ValueError(f"unknown feed mode {mode!r} (expected one of {', '.join(FEED_MODES)})")
    plan = [Feed("events.ics", None)]
    if mode == "per-source":
        used: set[str] = {"events.ics"}
        for source in sorted(set(sources)):
            base = f"events-{feed_slug(source)}"
            filename, n = f"{base}.ics", 2
            while filename in used:
                filename, n = f"{base}-{n}.ics", n + 1
            used.add(filename)
            plan.append(Feed(filename, source))
    return plan


def render_feeds(
    events: Sequence[Event],
    *,
    name: str = "timeline",
    mode: str = "single",
    include_periods: bool = True,
) -> dict[str, bytes]:
    """Every feed file's bytes: ``events.ics`` (everything) and, per source, its own feed."""
    writer = FeedsWriter(name=name, mode=mode, include_periods=include_periods)
    for event in events:
        writer.observe(event)
    out: dict[str, list[bytes]] = {}
    writer.write(sorted(events, key=lambda e: e.sort_key()),
                 lambda filename, data: out.setdefault(filename, []).append(data))
    return {filename: b"".join(parts) for filename, parts in out.items()}


class FeedsWriter:
    """Every feed file of a build as a stream: :meth:`observe` each event (any order), then
    :meth:`write` them in :meth:`Event.sort_key` order, chunk by chunk to ``sink(filename,
    bytes)``; each file's chunks concatenate to what :func:`render_feeds` returns."""

    def __init__(self, *, name: str = "timeline", mode: str = "single",
                 include_periods: bool = True, shared_uids: set[str] | None = None,
                 sets: SetFactory = memory_sets) -> None:
        plan_feeds((), mode)  # an unknown mode fails before any work
        self.sets = sets
        self.name = name
        self.mode = mode
        self.include_periods = include_periods
        self.shared_uids = shared_uids
        self.main = FeedBuilder(None, include_periods=include_periods, shared_uids=shared_uids,
                                sets=sets)
        self.by_source: dict[str, FeedBuilder] = {}

    def observe(self, event: Event) -> None:
        self.main.observe(event)
        for source in {m.source for m in event.mentions if m.source}:
            feed = self.by_source.get(source)
            if feed is None:
                # Created at the source's first event: earlier events do not cite it.
                feed = self.by_source[source] = FeedBuilder(
                    source, include_periods=self.include_periods, shared_uids=self.shared_uids,
                    sets=self.sets,
                )
            feed.observe(event)

    def plan(self) -> list[Feed]:
        return plan_feeds(self.by_source, self.mode)

    def write(self, events: Iterable[Event], sink: Callable[[str, bytes], None]) -> list[str]:
        """Write every feed; returns their file names."""
        self.start(sink)
        for event in events:
            self.add(event)
        return self.finish()

    def start(self, sink: Callable[[str, bytes], None]) -> None:
        """Begin writing (after every :meth:`observe`): each feed's header."""
        self._plan = self.plan()
        self._sink = sink
        self._feeds = {
            f.source: (f.filename, self.main if f.source is None else self.by_source[f.source])
            for f in self._plan
        }
        for filename, feed in self._feeds.values():
            sink(filename, feed.header(self.name))

    def add(self, event: Event) -> None:
        """The next event, in :meth:`Event.sort_key` order."""
        self._sink("events.ics", self.main.entry(event))
        if self.mode == "per-source":
            for source in sorted({m.source for m in event.mentions if m.source}):
                filename, feed = self._feeds[source]
                if data := feed.entry(event):
                    self._sink(filename, data)

    def finish(self) -> list[str]:
        for filename, _ in self._feeds.values():
            self._sink(filename, FOOTER)
        return [f.filename for f in self._plan]
