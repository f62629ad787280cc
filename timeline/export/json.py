"""events.json: the event list in one documented, versioned schema."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from timeline.events import Event

SCHEMA_VERSION = 1


def event_dict(event: Event) -> dict[str, Any]:
    return {
        "uid": event.uid,
        "title": event.title,
        "value": event.value,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "granularity": event.granularity,
        "timezone": event.timezone,
        "status": event.status,
        "place": event.place,
        "kind": event.kind,
        "sources": event.sources,
        "mentions": [m.as_dict() for m in event.mentions],
    }


def render_json(events: Sequence[Event], *, name: str = "timeline") -> str:
    payload = {
        "schema": "timeline.events",
        "version": SCHEMA_VERSION,
        "name": name,
        "events": [event_dict(e) for e in events],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
