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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from urllib.parse import urlsplit

from icalendar import Calendar, vCategory, vDuration, vRecur, vText
from icalendar import Event as VEvent

from timeline import __version__
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
    return (
        f"{len(events)} events found in {len(docs)} news articles from {len(sources)} sources "
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
    chosen: list[tuple[Event, list[Mention]]] = []
    for event in sorted(events, key=lambda e: e.sort_key()):
        if not include_periods and is_period(event):
            continue
        mentions = ordered_mentions(event.mentions)
        if source is not None:
            mentions = [m for m in mentions if m.source == source]
            if not mentions:
                continue
        chosen.append((event, mentions))

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    title = clean_text(name if source is None else f"{name} \u2014 {source}")
    text = clean_text(description or default_description([e for e, _ in chosen]))
    cal.add("name", Text(title))
    cal.add("x-wr-calname", Text(title))
    cal.add("description", Text(text))
    cal.add("x-wr-caldesc", Text(text))
    cal.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(refresh))

    for component in _timezones(e for e, _ in chosen):
        cal.add_component(component)
    seen: dict[str, int] = {}
    suffix = f"-{feed_slug(source)}" if source is not None else ""
    for event, mentions in chosen:
        base = event.uid
        local, at, domain = base.partition("@")
        uid = f"{local}{suffix}{at}{domain}" if at else f"{base}{suffix}"
        # Two distinct events must never share a UID (a client would merge them).
        count = seen.get(uid, 0)
        seen[uid] = count + 1
        if count:
            uid = f"{uid}-{count + 1}"
        cal.add_component(vevent(event, uid=uid, mentions=mentions))
    return cal.to_ical()


def _timezones(events: Iterable[Event]) -> list:
    years: dict[str, list[int]] = {}
    for event in events:
        if not isinstance(event.start, datetime) or event.start.tzinfo is not None:
            continue
        zone = zone_of(event.timezone)
        if not is_iana(zone):
            continue
        end = event.end if isinstance(event.end, datetime) else event.start
        span = years.setdefault(zone.key, [event.start.year, end.year])  # type: ignore[union-attr]
        span[0] = min(span[0], event.start.year)
        span[1] = max(span[1], end.year)
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
    if mode not in FEED_MODES:
        raise ValueError(f"unknown feed mode {mode!r} (expected one of {', '.join(FEED_MODES)})")
    plan = [Feed("events.ics", None)]
    if mode == "per-source":
        used: set[str] = {"events.ics"}
        for source in sorted({m.source for e in events for m in e.mentions if m.source}):
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
    return {
        feed.filename: render_ics(
            events, name=name, include_periods=include_periods, source=feed.source
        )
        for feed in feed_plan(events, mode)
    }
