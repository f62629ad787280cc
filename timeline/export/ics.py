"""events.ics: an iCalendar (RFC 5545) feed of the events."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from icalendar import Calendar
from icalendar import Event as VEvent

from timeline.events import Event


def render_ics(events: Sequence[Event], *, name: str = "timeline") -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//timeline//timeline 0.1//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    for event in events:
        vevent = VEvent()
        vevent.add("uid", event.uid)
        vevent.add("summary", event.title)
        published = max(datetime.fromisoformat(m.published) for m in event.mentions)
        vevent.add("dtstamp", published)
        if isinstance(event.start, datetime):
            vevent.add("dtstart", event.start)
            vevent.add("dtend", event.end)
        else:
            assert isinstance(event.start, date)
            vevent.add("dtstart", event.start)
            vevent.add("dtend", event.end)
        vevent.add(
            "description",
            "\n".join(f"{m.source}: {m.sentence}" for m in event.mentions),
        )
        cal.add_component(vevent)
    return cal.to_ical()
