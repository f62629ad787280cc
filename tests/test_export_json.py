"""events.json: one versioned schema carrying every public Event and Mention field."""

from __future__ import annotations

import dataclasses
import json
import random
from datetime import date

from tests.export_samples import sample_events
from timeline.events import Event, Mention
from timeline.export.json import SCHEMA, SCHEMA_VERSION, event_dict, render_json


def test_schema_header_and_counts():
    events = sample_events()
    payload = json.loads(render_json(events, name="News"))
    assert payload["schema"] == SCHEMA == "timeline.events"
    assert payload["version"] == SCHEMA_VERSION == 1
    assert payload["name"] == "News"
    assert payload["count"] == len(payload["events"]) == len(events)
    assert payload["sources"] == ["Outlet A", "Outlet B, Inc."]


def test_every_public_field_is_serialised():
    events = sample_events()
    payload = json.loads(render_json(events))
    public_event = {f.name for f in dataclasses.fields(Event) if f.repr}
    public_mention = {f.name for f in dataclasses.fields(Mention) if f.repr}
    for item in payload["events"]:
        assert public_event <= set(item), public_event - set(item)
        assert {"uid", "sources"} <= set(item)
        for m in item["mentions"]:
            assert public_mention <= set(m), public_mention - set(m)
    signing = next(e for e in payload["events"] if e["title"] == "Deal signed in Gyeongju")
    assert signing["start"] == "2025-10-29" and signing["end"] == "2025-10-30"
    assert signing["place"] == "Gyeongju"
    assert [m["source"] for m in signing["mentions"]] == ["Outlet A", "Outlet B, Inc."]
    assert signing["mentions"][1]["sentence"] == "Korea and the US sign the deal on the 29th."
    timed = next(e for e in payload["events"] if e["title"] == "Trump-Xi talks in Busan")
    assert timed["start"] == "2025-10-30T15:00:00" and timed["timezone"] == "Asia/Seoul"


def test_uid_matches_the_calendar_and_events_are_sorted():
    events = sample_events()
    payload = json.loads(render_json(events))
    assert [e["uid"] for e in payload["events"]] == [
        e.uid for e in sorted(events, key=lambda e: e.sort_key())]


def test_a_field_added_to_the_model_appears_without_code_changes():
    @dataclasses.dataclass(frozen=True, slots=True)
    class Extended(Event):
        audience: tuple[str, ...] = ()
        internal: int = dataclasses.field(default=0, repr=False)

    base = sample_events()[0]
    extended = Extended(**{f.name: getattr(base, f.name) for f in dataclasses.fields(Event)},
                        audience=("press", "public"), internal=7)
    item = event_dict(extended)
    assert item["audience"] == ["press", "public"]
    assert "internal" not in item
    json.dumps(item)  # plain JSON


def test_byte_identical_in_any_order():
    events = sample_events()
    first = render_json(events, name="x")
    shuffled = list(events)
    random.Random(3).shuffle(shuffled)
    assert render_json(shuffled, name="x") == first
    assert first.endswith("}\n")


def test_non_ascii_kept_readable():
    event = sample_events()[0]
    m = dataclasses.replace(event.mentions[0], sentence="서울에서 29일 서명한다 — “quoted”")
    text = render_json([dataclasses.replace(event, mentions=(m,), start=date(2025, 10, 29))])
    assert "서울에서 29일 서명한다 — “quoted”" in text
