"""Every output of a build rendered as a stream: the feeds, events.json and timeline.html.

:class:`Exports` bundles the three writers (:class:`~timeline.export.ics.FeedsWriter`,
:class:`~timeline.export.json.JsonWriter`, :class:`~timeline.export.html.HtmlWriter`): a build
shows it every merged event once, in any order (:meth:`Exports.observe`, for what headers and
layout depend on: counts, sources, lanes, time zones), then streams the events in
:meth:`Event.sort_key` order through :meth:`Exports.write`, which hands each file's bytes to a
sink piece by piece. The files are byte for byte what the in-memory ``render_*`` functions
return for the same events (they are built on the same writers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO

from timeline.diskset import SetFactory, memory_sets
from timeline.events import Event
from timeline.export.html import HtmlWriter
from timeline.export.ics import FeedsWriter
from timeline.export.json import JsonWriter

Sink = Callable[[str, bytes], None]


class Exports:
    """The feeds, events.json and timeline.html of one build, as streams."""

    def __init__(
        self,
        *,
        name: str = "timeline",
        feeds: str = "single",
        include_periods: bool = True,
        plotlyjs: str = "inline",
        shared_uids: set[str] | None = None,
        spool: Callable[[], IO[str]] | None = None,
        sets: SetFactory = memory_sets,
    ) -> None:
        """``shared_uids``, ``spool`` and ``sets``: see the writers (a build passes the UIDs
        its store found shared, and sets kept in the store's file)."""
        self.feeds = FeedsWriter(name=name, mode=feeds, include_periods=include_periods,
                                 shared_uids=shared_uids, sets=sets)
        self.json = JsonWriter(name=name)
        self.html = HtmlWriter(name=name, plotlyjs=plotlyjs, spool=spool,
                               shared_uids=shared_uids, sets=sets)

    def observe(self, event: Event) -> None:
        self.feeds.observe(event)
        self.json.observe(event)
        self.html.observe(event)

    def write(self, events: Iterable[Event], sink: Sink) -> list[str]:
        """Stream ``events`` (sorted by :meth:`Event.sort_key`) into every file; returns the
        file names written."""
        self.feeds.start(sink)
        self.json.start(lambda text: sink("events.json", text.encode("utf-8")))
        self.html.start(lambda text: sink("timeline.html", text.encode("utf-8")))
        try:
            for event in events:
                self.feeds.add(event)
                self.json.add(event)
                self.html.add(event)
            names = self.feeds.finish()
            self.json.finish()
            self.html.finish()
        finally:
            self.html.close()
        return sorted([*names, "events.json", "timeline.html"])
