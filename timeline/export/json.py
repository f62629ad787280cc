"""events.json: the event list in one documented, versioned schema.

Schema ``timeline.events`` version 1 (UTF-8, two-space indent, trailing newline)::

    {
      "schema": "timeline.events",
      "version": 1,
      "name": "<calendar/page name>",
      "count": <number of events>,
      "sources": ["<outlet>", ...],             # sorted, distinct
      "events": [                               # sorted by Event.sort_key()
        {
          "uid": "<stable id, same as the iCalendar UID>",
          <Event.as_dict(): the fields docs/events.md documents>,
          <any other public field of timeline.events.Event not covered there>,
          "sources": ["<outlet>", ...],
          "mentions": [ {<Mention.as_dict()> + every other public Mention field}, ... ]
        }, ...
      ]
    }

Every public dataclass field of ``Event`` and ``Mention`` (``repr=False`` marks internal
ones such as the similarity signature) is serialised under its own name, so a field added to
the dataclass appears here without a change to this module (docs/events.md describes them).
Values map as: ``date``/``datetime``/``time`` → ISO 8601 string; ``Mention`` (and any nested
dataclass) → object of its fields; tuples/lists → arrays in order; sets/frozensets → sorted
arrays; mappings → objects with sorted keys; None → null. Each mention also carries
``doc`` (= ``doc_id``) for readers of the first skeleton's files.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Any

from timeline.events import Event

SCHEMA = "timeline.events"
_encode_string = json.encoder.encode_basestring  # type: ignore[attr-defined]  # C when there
SCHEMA_VERSION = 1


def to_jsonable(value: Any) -> Any:
    """Plain JSON data for ``value``, deterministic (sets sorted, mapping keys sorted)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Enum):
        return to_jsonable(value.value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: to_jsonable(getattr(value, f.name)) for f in _fields(value)}
        return out
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, set | frozenset):
        items = [to_jsonable(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    return str(value)


def _fields(obj: Any) -> list[dataclasses.Field[Any]]:
    """The public dataclass fields (``repr=False`` marks internal ones, e.g. a signature)."""
    return [f for f in dataclasses.fields(obj) if f.repr]


def _merge(base: Any, obj: Any) -> dict[str, Any]:
    """``obj.as_dict()`` (the model's own documented form) plus every public field it lacks."""
    out = {str(k): to_jsonable(v) for k, v in base.items()} if isinstance(base, Mapping) else {}
    for f in _fields(obj):
        if f.name not in out:
            out[f.name] = to_jsonable(getattr(obj, f.name))
    return out


def mention_dict(mention: Any) -> dict[str, Any]:
    as_dict = getattr(mention, "as_dict", None)
    out = _merge(as_dict() if callable(as_dict) else None, mention)
    out.setdefault("doc", out.get("doc_id"))
    return out


def event_dict(event: Event) -> dict[str, Any]:
    """One event: ``uid``, the model's ``as_dict()`` form, then any field it does not cover."""
    as_dict = getattr(event, "as_dict", None)
    out: dict[str, Any] = {"uid": event.uid}
    out.update(_merge(as_dict() if callable(as_dict) else None, event))
    out["uid"] = event.uid
    out.setdefault("sources", list(event.sources))
    out["mentions"] = [mention_dict(m) for m in event.mentions]
    return out


def render_json(events: Sequence[Event], *, name: str = "timeline") -> str:
    writer = JsonWriter(name=name)
    for event in events:
        writer.observe(event)
    parts: list[str] = []
    writer.write(sorted(events, key=lambda e: e.sort_key()), parts.append)
    return "".join(parts)


class JsonWriter:
    """events.json as a stream: :meth:`observe` each event (any order) for the header's count
    and sources, then :meth:`write` them in :meth:`Event.sort_key` order, piece by piece to
    ``sink``; the pieces concatenate to :func:`render_json`'s text (``json.dumps`` of the
    whole payload, two-space indent)."""

    def __init__(self, *, name: str = "timeline") -> None:
        self.name = name
        self.count = 0
        self.sources: set[str] = set()

    def observe(self, event: Event) -> None:
        self.count += 1
        self.sources.update(event.sources)

    def write(self, events: Iterable[Event], sink: Callable[[str], None]) -> None:
        self.start(sink)
        for event in events:
            self.add(event)
        self.finish()

    def start(self, sink: Callable[[str], None]) -> None:
        """Begin writing (after every :meth:`observe`)."""
        payload = {
            "schema": SCHEMA,
            "version": SCHEMA_VERSION,
            "name": self.name,
            "count": self.count,
            "sources": sorted(self.sources),
            "events": [],
        }
        self._head = json.dumps(payload, ensure_ascii=False, indent=2)
        assert self._head.endswith(_NO_EVENTS)
        self._sink = sink
        self._first = True

    def add(self, event: Event) -> None:
        """The next event, in :meth:`Event.sort_key` order."""
        if self._first:
            self._sink(self._head[: -len(_NO_EVENTS)] + '\n  "events": [\n')
        # An element of "events" sits two levels deep: its lines are indented by four.
        text = pretty_json(event_dict(event), "    ")
        self._sink(("    " if self._first else ",\n    ") + text)
        self._first = False

    def finish(self) -> None:
        self._sink(self._head + "\n" if self._first else "\n  ]\n}\n")


_NO_EVENTS = '\n  "events": []\n}'


def _pretty(value: Any, indent: str, out: list[str]) -> None:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` at nesting ``indent``, appended to
    ``out`` in pieces. The standard library pretty-prints in pure Python (its C encoder only
    serves compact output); this does the same with the C string encoder, several times
    faster on the event dicts. TypeError for what JSON cannot hold, as ``json.dumps``."""
    if isinstance(value, str):
        out.append(_encode_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int | float):
        out.append(json.dumps(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        separator = "{\n" + inner
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"keys must be str, not {type(key).__name__}")
            out.append(separator + _encode_string(key) + ": ")
            _pretty(item, inner, out)
            separator = ",\n" + inner
        out.append("\n" + indent + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        separator = "[\n" + inner
        for item in value:
            out.append(separator)
            _pretty(item, inner, out)
            separator = ",\n" + inner
        out.append("\n" + indent + "]")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def pretty_json(value: Any, indent: str = "") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` for a value nested at ``indent``
    (its first line is not indented)."""
    out: list[str] = []
    try:
        _pretty(value, indent, out)
    except TypeError:
        text = json.dumps(value, ensure_ascii=False, indent=2)  # its own error, or str keys
        return text.replace("\n", "\n" + indent)
    return "".join(out)
