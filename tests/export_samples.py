"""Hand-made events for the export tests (no tagger involved), and helpers to read feeds."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from typing import Any

from timeline.events import Event, Mention


def mention(
    doc: str = "a.txt",
    source: str = "Outlet A",
    published: str = "2025-10-29T00:00:00+09:00",
    sentence: str = "The deal will be signed on Wednesday.",
    expression: str = "Wednesday",
    start: int = 10,
    value: str = "2025-10-29",
    url: str | None = "https://example.com/a",
    title: str | None = "Deal to be signed",
) -> Mention:
    return Mention(
        doc_id=doc,
        source=source,
        published=published,
        published_from="front matter",
        sentence=sentence,
        expression=expression,
        start=start,
        end=start + len(expression),
        value=value,
        title=title,
        url=url,
    )


def day_event(day: date, title: str = "Deal signed", **kw: Any) -> Event:
    m = kw.pop("mentions", None) or (mention(value=day.isoformat(), **kw),)
    return Event(title, day.isoformat(), day, day + timedelta(days=1), "day",
                 kw.pop("status", "scheduled"), tuple(m))


def timed_event(at: datetime, zone: str | None, title: str, granularity: str = "minute",
                length: timedelta = timedelta(minutes=1), **kw: Any) -> Event:
    value = at.strftime("%Y-%m-%dT%H:%M")
    return Event(title, value, at, at + length, granularity, "scheduled",
                 (mention(value=value, expression=at.strftime("%H:%M"), **kw),), timezone=zone)


def sample_events() -> list[Event]:
    """A small feed covering every kind of date the exports must handle."""
    signing = Event(
        "Deal signed in Gyeongju", "2025-10-29", date(2025, 10, 29), date(2025, 10, 30), "day",
        "scheduled",
        (
            mention(),
            mention(doc="b.txt", source="Outlet B, Inc.", published="2025-10-29T09:30:00+09:00",
                    sentence="Korea and the US sign the deal on the 29th.", expression="29th",
                    start=33, url="https://example.org/b"),
        ),
        place="Gyeongju",
    )
    return [
        signing,
        Event("UK deal concluded", "2025-09", date(2025, 9, 1), date(2025, 10, 1), "month", "past",
              (mention(value="2025-09", expression="last month", start=50,
                       sentence="A deal was concluded with the UK last month."),)),
        Event("Earnings week", "2025-W44", date(2025, 10, 27), date(2025, 11, 3), "week",
              "ongoing", (mention(value="2025-W44", expression="this week", start=70),)),
        Event("Third-quarter growth", "2025-Q3", date(2025, 7, 1), date(2025, 10, 1), "quarter",
              "past", (mention(value="2025-Q3", expression="third quarter", start=90),)),
        Event("Election year", "2026", date(2026, 1, 1), date(2027, 1, 1), "year", "scheduled",
              (mention(value="2026", expression="next year", start=110),)),
        timed_event(datetime(2025, 10, 30, 15, 0), "Asia/Seoul", "Trump-Xi talks in Busan",
                    start=130),
        timed_event(datetime(2025, 3, 10, 9, 0), "America/New_York", "Vote after DST starts",
                    granularity="hour", length=timedelta(hours=1), start=150),
        timed_event(datetime(2025, 1, 15, 10, 0), "America/New_York", "Winter hearing", start=170),
        # 01:30 on 2 Nov 2025 happens twice in New York; the first (EDT) is meant.
        timed_event(datetime(2025, 11, 2, 1, 30), "America/New_York", "Ambiguous hour",
                    start=190),
        timed_event(datetime(2025, 7, 1, 9, 0), "Australia/Sydney", "Sydney winter morning",
                    start=210),
        timed_event(datetime(2025, 12, 1, 9, 0), "Australia/Sydney", "Sydney summer morning",
                    start=230),
        timed_event(datetime(2025, 10, 30, 15, 0), "UTC+09:00", "Fixed offset", start=250),
        timed_event(datetime(2025, 10, 30, 6, 0), "UTC", "Plain UTC", start=270),
        timed_event(datetime(2025, 10, 30, 8, 0), None, "No zone known", start=290),
        Event("Talks run over three days", "2025-11-03", date(2025, 11, 3), date(2025, 11, 6),
              "day", "scheduled", (mention(value="2025-11-03", expression="3-5 November",
                                           start=310),)),
    ]


# UTC start and end each timed sample must have, by title (computed by hand).
EXPECTED_UTC = {
    "Trump-Xi talks in Busan": ("2025-10-30T06:00:00+00:00", "2025-10-30T07:00:00+00:00"),
    "Vote after DST starts": ("2025-03-10T13:00:00+00:00", "2025-03-10T14:00:00+00:00"),
    "Winter hearing": ("2025-01-15T15:00:00+00:00", "2025-01-15T16:00:00+00:00"),
    "Ambiguous hour": ("2025-11-02T05:30:00+00:00", "2025-11-02T06:30:00+00:00"),
    "Sydney winter morning": ("2025-06-30T23:00:00+00:00", "2025-07-01T00:00:00+00:00"),
    "Sydney summer morning": ("2025-11-30T22:00:00+00:00", "2025-11-30T23:00:00+00:00"),
    "Fixed offset": ("2025-10-30T06:00:00+00:00", "2025-10-30T07:00:00+00:00"),
    "Plain UTC": ("2025-10-30T06:00:00+00:00", "2025-10-30T07:00:00+00:00"),
    "No zone known": ("2025-10-30T08:00:00+00:00", "2025-10-30T09:00:00+00:00"),
}


def many_events(n: int, sources: int = 12) -> list[Event]:
    """``n`` distinct events over about two years, from ``sources`` outlets (deterministic)."""
    out = []
    for i in range(n):
        h = int(hashlib.sha256(str(i).encode()).hexdigest()[:8], 16)
        day = date(2024, 1, 1) + timedelta(days=h % 730)
        source = f"Outlet {h % sources:02d}"
        pub = datetime.combine(day, datetime.min.time(), UTC) + timedelta(days=h % 5)
        m = mention(doc=f"doc{i}.txt", source=source, published=pub.isoformat(),
                    sentence=f"Event number {i} happens on {day:%d %B %Y}.",
                    expression=f"{day:%d %B}", start=i, value=day.isoformat(),
                    url=f"https://example.com/{i}" if i % 3 else None)
        if i % 10 == 0:
            end = day.replace(day=1)
            month_end = (end + timedelta(days=32)).replace(day=1)
            out.append(Event(f"Month event {i}", f"{end:%Y-%m}", end, month_end, "month",
                             "past", (m,)))
        else:
            out.append(Event(f"Event {i}", day.isoformat(), day, day + timedelta(days=1), "day",
                             "past" if i % 2 else "scheduled", (m,)))
    return out
