"""timeline.html: one self-contained interactive Plotly page of the events (works offline).

Layout: time on the x-axis (zoom, pan, range slider, quick range buttons); one horizontal
lane per source (events cited by several sources share a "Several sources" lane, and beyond
``MAX_LANES`` the rarest outlets share "Other sources"); colour = status. A day or a time of
day is a point, a week/month/quarter/range is a bar over its whole span. The bottom lane has
one triangle per publication date. Hover shows title, date, granularity, status, the
sentence(s) and sources; clicking an event opens its first source's http(s) URL.

After Plotly has drawn, the page records what it drew in ``#timeline-status``
(``data-state="rendered"``, ``data-event-marks``, ``data-publication-marks``) and any
JavaScript error in ``data-errors``; the browser test reads those with ``--dump-dom``.
"""

from __future__ import annotations

import hashlib
import heapq
import html
import io
import re
import tempfile
import textwrap
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from itertools import groupby
from typing import IO, Any

import plotly.graph_objects as go
import plotly.io as pio

from timeline.diskset import SetFactory, memory_sets
from timeline.events import Event, Mention
from timeline.export.ics import ordered_mentions, safe_url, when_text
from timeline.temporal.values import as_date

PLOTLYJS_MODES = ("inline", "cdn")
IMAGE_FORMATS = ("png", "svg")
MAX_LANES = 24
LABEL_LIMIT = 30  # up to this many events, titles are written beside their marks
SEVERAL = "Several sources"
OTHER = "Other sources"
PUBLISHED = "Publication dates"
STATUS_COLOURS = {"past": "#4c72b0", "scheduled": "#dd8452", "ongoing": "#55a868"}
DIV_ID = "timeline"

_HEAD_SCRIPT = """
window.__timelineErrors = [];
(function () {
  function record(message) {
    window.__timelineErrors.push(String(message));
    var el = document.getElementById('timeline-status');
    if (el) {
      el.setAttribute('data-errors', String(window.__timelineErrors.length));
      el.textContent = window.__timelineErrors.join('\\n');
    }
  }
  window.__timelineRecord = record;
  window.addEventListener('error', function (e) { record(e.message || e); });
  window.addEventListener('unhandledrejection', function (e) {
    record('unhandled rejection: ' + (e.reason && e.reason.message || e.reason));
  });
})();
"""

# Runs once Plotly.newPlot has resolved ({plot_id} is filled in by plotly).
_POST_SCRIPT = """
var gd = document.getElementById('{plot_id}');
gd.on('plotly_click', function (ev) {
  var p = ev && ev.points && ev.points[0];
  var url = p && p.customdata && p.customdata[5];
  if (url && /^https?:\\/\\//i.test(url)) { window.open(url, '_blank', 'noopener'); }
});
var main = gd.querySelector('.cartesianlayer .subplot.xy') || gd;
var scatter = main.querySelectorAll('.scatterlayer .trace');
var events = main.querySelectorAll('.barlayer .point').length, pubs = 0;
for (var i = 0; i < scatter.length; i++) {
  var n = scatter[i].querySelectorAll('.point').length;
  if (i === scatter.length - 1 && gd.getAttribute('data-has-publications') === '1') {
    pubs = n;
  } else { events += n; }
}
var st = document.getElementById('timeline-status');
st.setAttribute('data-event-marks', String(events));
st.setAttribute('data-publication-marks', String(pubs));
st.setAttribute('data-state', 'rendered');
"""

_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
       color: #222; background: #fff; }
header { padding: 12px 20px 0; }
h1 { font-size: 1.35rem; margin: 0 0 4px; }
p.meta { margin: 0; color: #555; font-size: .9rem; }
main { padding: 0 8px; }
details { margin: 8px 20px 24px; font-size: .88rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 3px 8px; border-bottom: 1px solid #eee; }
th { background: #fafafa; position: sticky; top: 0; }
#timeline-status { display: none; }
.empty { padding: 40px 20px; color: #555; }
"""


def _iso(value: date | datetime) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return value.isoformat()


def _jitter(uid: str) -> float:
    """A stable vertical offset in [-0.32, 0.32] so same-day events in a lane separate."""
    h = int(hashlib.sha256(uid.encode("utf-8")).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.64


def _is_span(event: Event) -> bool:
    """Drawn as a bar: an all-day event longer than one day (week, month, range...)."""
    if isinstance(event.start, datetime):
        return False
    end = as_date(event.end) if isinstance(event.end, date) else event.start
    return (end - event.start).days > 1


def _wrap(text: str, width: int = 90) -> str:
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, width) or [""])


def _mention_lines(mentions: Sequence[Mention], limit: int = 3) -> str:
    parts = []
    for m in mentions[:limit]:
        published = m.published[:10] if m.published else "?"
        parts.append(
            f"<i>{html.escape(m.source)}</i> ({html.escape(published)}): "
            f"\u201c{_wrap(m.sentence)}\u201d"
        )
    if len(mentions) > limit:
        parts.append(f"\u2026 and {len(mentions) - limit} more")
    return "<br>".join(parts)


def lanes_for(events: Sequence[Event]) -> dict[str, str]:
    """Each event's lane (by uid): its source, "Several sources", or "Other sources"."""
    raw = {e.uid: _raw_lane(e) for e in events}
    keep = _kept_lanes(Counter(v for v in raw.values() if v != SEVERAL))
    return {uid: _lane(lane, keep) for uid, lane in raw.items()}


def _raw_lane(event: Event) -> str:
    sources = event.sources
    return sources[0] if len(sources) == 1 else SEVERAL


def _kept_lanes(counts: Counter[str]) -> set[str]:
    """The outlets with a lane of their own: the MAX_LANES with most events."""
    return {s for s, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_LANES]}


def _lane(raw: str, keep: set[str]) -> str:
    return raw if raw == SEVERAL or raw in keep else OTHER


def _hover(event: Event, mentions: Sequence[Mention]) -> list[Any]:
    sources = ", ".join(event.sources)
    url = next((u for u in (safe_url(m.url) for m in mentions) if u), None)
    place = getattr(event, "place", None)
    where = f"<br>Where: {html.escape(place)}" if place else ""
    return [
        _wrap(event.title, 80),
        html.escape(when_text(event)) + where,
        html.escape(event.granularity),
        html.escape(event.status),
        _mention_lines(mentions) + f"<br>Sources: {html.escape(sources)}",
        url or "",
    ]


_HOVER = (
    "<b>%{customdata[0]}</b><br>%{customdata[1]}<br>"
    "granularity: %{customdata[2]} \u00b7 status: %{customdata[3]}<br>"
    "%{customdata[4]}<extra></extra>"
)
# The arrays of a trace drawn from the events: a bar's (periods) and a marker's (points).
SPAN_ARRAYS = ("base", "x", "y", "customdata")
POINT_ARRAYS = ("x", "y", "symbol", "customdata")
PUBLICATION_ARRAYS = ("x", "y", "text")
_PLACEHOLDER = "@@timeline-array-{}@@"
_PLACEHOLDER_RE = re.compile(r'"@@timeline-array-(\d+)@@"')
_CHUNK = 512  # array elements serialised at a time


class FigurePlan:
    """What the figure's layout depends on, gathered from every event in any order:
    :meth:`observe` each event, then :meth:`arrays` gives the values of each event's marks
    (in :meth:`Event.sort_key` order) and :meth:`build` the Plotly figure.

    ``shared_uids``: UIDs more than one event carries, when known; None (in-memory rendering)
    keeps every event's lane by UID, as :func:`lanes_for` does."""

    def __init__(self, shared_uids: set[str] | None = None,
                 sets: SetFactory = memory_sets) -> None:
        self.count = 0
        self.sources: set[str] = set()
        self.lane_counts: Counter[str] = Counter()
        self.several = False
        self.traces: set[tuple[str, bool]] = set()
        self.has_pubs = False
        # (publication day, source, title or document) of every mention, on disk in a build
        self.pub_docs = sets(3)
        self.first: date | None = None
        self.last: date | None = None
        self.instant_count = 0
        self.shared_uids = shared_uids
        self._by_uid: dict[str, str] = {}
        self._keep: set[str] | None = None
        self._index: dict[str, int] | None = None

    def observe(self, event: Event) -> None:
        self.count += 1
        self.sources.update(event.sources)
        raw = _raw_lane(event)
        if self.shared_uids is None or event.uid in self.shared_uids:
            self._by_uid[event.uid] = raw
        elif raw == SEVERAL:
            self.several = True
        else:
            self.lane_counts[raw] += 1
        self.traces.add((event.status, _is_span(event)))
        self.has_pubs = self.has_pubs or bool(event.mentions)
        for m in event.mentions:
            if m.published:
                self.pub_docs.add((m.published[:10], m.source, m.title or m.doc_id))
        day = as_date(event.start)
        self.first = day if self.first is None else min(self.first, day)
        self.last = day if self.last is None else max(self.last, day)
        # Its start and end, and each publication time twice (as a start and as an end).
        self.instant_count += 2 + 2 * sum(1 for m in event.mentions
                                          if _published(m) is not None)

    @property
    def small(self) -> bool:
        return self.count <= 200

    @property
    def cut(self) -> int:
        """Instants left out at each end of the opening range: 2% of them, from 20 events."""
        return self.instant_count // 50 if self.count >= 20 else 0

    @property
    def labelled(self) -> bool:
        return self.count <= LABEL_LIMIT

    def lane_names(self) -> list[str]:
        counts = self.lane_counts.copy()
        several = self.several
        for raw in self._by_uid.values():
            if raw == SEVERAL:
                several = True
            else:
                counts[raw] += 1
        self._keep = _kept_lanes(counts)
        lanes = {_lane(raw, self._keep) for raw in counts}
        names = sorted(lanes - {SEVERAL, OTHER})
        lane_names = [OTHER] * (OTHER in lanes) + names[::-1] + [SEVERAL] * several
        return ([PUBLISHED] if self.has_pubs else []) + lane_names

    def trace_keys(self) -> list[tuple[str, bool]]:
        """(status, is a span) of each event trace, in drawing order."""
        return [(status, span) for status in sorted({s for s, _ in self.traces})
                for span in (True, False) if (status, span) in self.traces]

    def lane_y(self, event: Event) -> float:
        if self._index is None:
            self._index = {lane: i for i, lane in enumerate(self.lane_names())}
        assert self._keep is not None
        raw = self._by_uid.get(event.uid) or _raw_lane(event)
        return self._index[_lane(raw, self._keep)] + _jitter(event.uid)

    def marks(self, event: Event) -> tuple[tuple[str, bool], list[Any]]:
        """The event's trace and its values for that trace's arrays (SPAN_ARRAYS or
        POINT_ARRAYS)."""
        span = _is_span(event)
        y = self.lane_y(event)
        hover = _hover(event, ordered_mentions(event.mentions))
        if span:
            width = (as_date(event.end) - event.start).days * 86_400_000  # type: ignore[operator]
            values = [_iso(event.start), width, y, hover]
        else:
            symbol = "diamond" if isinstance(event.start, datetime) else "circle"
            values = [_iso(event.start), y, symbol, hover]
        return (event.status, span), values

    def annotation(self, event: Event) -> dict[str, Any]:
        return {
            "x": _iso(event.start), "y": self.lane_y(event),
            "text": html.escape(_short(event.title, 40)), "showarrow": False,
            "xanchor": "left", "xshift": 8, "yshift": 9 if _is_span(event) else 0,
            "font": {"size": 11, "color": "#444"},
        }

    def publication_marks(self) -> Iterator[list[Any]]:
        """The publication lane's marks, a day at a time: [day, y, hover text]."""
        y = self.lane_names().index(PUBLISHED)
        for day, docs in groupby(self.pub_docs, key=lambda item: item[0]):
            seen = [(source, title) for _, source, title in docs]
            lines = [f"{html.escape(s)}: {html.escape(t[:90])}" for s, t in seen[:10]]
            if len(seen) > 10:
                lines.append(f"\u2026 and {len(seen) - 10} more")
            yield [day, y,
                   f"<b>Published {day}</b> ({len(seen)} articles)<br>" + "<br>".join(lines)]

    def build(self, arrays: dict[tuple[str, bool], dict[str, Any]],
              annotations: list[dict[str, Any]], x_range: list[str] | None,
              pubs: dict[str, Any] | None) -> go.Figure:
        """The figure with each event trace's ``arrays`` and the publication lane's ``pubs``
        (None: no lane; real lists, or empty ones to be filled in)."""
        lane_names = self.lane_names()
        small = self.small
        fig = go.Figure()
        for status, span in self.trace_keys():
            colour = STATUS_COLOURS.get(status, "#8172b3")
            data = arrays[(status, span)]
            if span:
                fig.add_trace(
                    go.Bar(
                        orientation="h",
                        name=f"{status} (periods)",
                        legendgroup=status,
                        base=data["base"],
                        x=data["x"],
                        y=data["y"],
                        width=0.14 if small else 0.06,
                        marker={"color": colour, "opacity": 0.55,
                                "line": {"color": colour, "width": 1}},
                        customdata=data["customdata"],
                        hovertemplate=_HOVER,
                    )
                )
            else:
                fig.add_trace(
                    go.Scatter(
                        mode="markers",
                        name=status,
                        legendgroup=status,
                        x=data["x"],
                        y=data["y"],
                        marker={"color": colour, "size": 10 if small else 6, "opacity": 0.8,
                                "symbol": data["symbol"],
                                "line": {"color": "white", "width": 0.5}},
                        customdata=data["customdata"],
                        hovertemplate=_HOVER,
                    )
                )

        if pubs is not None:
            fig.add_trace(
                go.Scatter(
                    mode="markers",
                    name="publication date",
                    x=pubs["x"],
                    y=pubs["y"],
                    marker={"symbol": "triangle-up", "size": 11, "color": "#333"},
                    text=pubs["text"],
                    hovertemplate="%{text}<extra></extra>",
                )
            )

        # Few events: each carries its title beside it (annotations, so the range slider
        # stays clean); many events: hover only.
        for note in annotations:
            fig.add_annotation(**note)
        fig.update_layout(
            template="plotly_white",
            height=int(min(1400, max(460, 170 + 56 * len(lane_names)))),
            margin={"l": 10, "r": 40, "t": 60, "b": 10},
            modebar={"orientation": "v"},
            hovermode="closest",
            hoverlabel={"align": "left"},
            dragmode="pan",
            barmode="overlay",
            legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 1,
                    "xanchor": "right"},
            xaxis={
                "type": "date",
                "range": x_range,
                "rangeslider": {"visible": True, "thickness": 0.08, "autorange": True},
                "rangeselector": {"buttons": [
                    {"count": 7, "label": "1w", "step": "day", "stepmode": "backward"},
                    {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                    {"count": 6, "label": "6m", "step": "month", "stepmode": "backward"},
                    {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
                    {"step": "all", "label": "all"},
                ]},
                "showgrid": True,
            },
            yaxis={
                "tickmode": "array",
                "tickvals": list(range(len(lane_names))),
                "ticktext": [html.escape(_short(lane)) for lane in lane_names],
                "range": [-0.6, max(len(lane_names), 1) - 0.4],
                "fixedrange": True,
                "automargin": True,
                "zeroline": False,
            },
        )
        return fig


def figure(events: Sequence[Event], *, name: str = "timeline") -> go.Figure:
    """The Plotly figure: lanes by source, colour by status, bars for spans."""
    ordered = sorted(events, key=lambda e: e.sort_key())
    plan = FigurePlan()
    for event in ordered:
        plan.observe(event)
    arrays: dict[tuple[str, bool], dict[str, list[Any]]] = {
        key: {a: [] for a in (SPAN_ARRAYS if key[1] else POINT_ARRAYS)}
        for key in plan.trace_keys()
    }
    instants = _Instants(plan.cut)
    for event in ordered:
        key, values = plan.marks(event)
        for array, value in zip(arrays[key], values, strict=True):
            arrays[key][array].append(value)
        instants.add_event(event)
    annotations = [plan.annotation(e) for e in ordered] if plan.labelled else []
    pubs = None
    if plan.has_pubs:
        pubs = {a: [] for a in PUBLICATION_ARRAYS}
        for values in plan.publication_marks():
            for array, value in zip(PUBLICATION_ARRAYS, values, strict=True):
                pubs[array].append(value)
    return plan.build(arrays, annotations, instants.range(room_for_labels=plan.labelled), pubs)


def _short(text: str, width: int = 32) -> str:
    """``text`` cut to ``width`` characters; a path keeps its end (the file name)."""
    if len(text) <= width:
        return text
    if "/" in text:
        text = "\u2026/" + text.rstrip("/").rsplit("/", 1)[-1]
        if len(text) <= width:
            return text
    return text[: width - 1] + "\u2026"


def _at_midnight(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime.combine(value, datetime.min.time())


def _published(mention: Mention) -> datetime | None:
    try:
        return datetime.fromisoformat(mention.published).replace(tzinfo=None)
    except (TypeError, ValueError):
        return None


_ONE_MICROSECOND = timedelta(microseconds=1)


class _Instants:
    """Where the figure opens, in bounded memory: of every event's start and end and every
    mention's publication time, the ``cut``-th from each end (a few far outliers, a date in
    1000 AD or a target for 2100, would otherwise squeeze the rest into a sliver)."""

    def __init__(self, cut: int) -> None:
        self.cut = cut
        self._low: list[int] = []  # the cut + 1 smallest, negated (a max-heap)
        self._high: list[int] = []  # the cut + 1 largest

    def add(self, value: datetime) -> None:
        k = (value - datetime.min) // _ONE_MICROSECOND
        if len(self._low) <= self.cut:
            heapq.heappush(self._low, -k)
            heapq.heappush(self._high, k)
        else:
            heapq.heappushpop(self._low, -k)
            heapq.heappushpop(self._high, k)

    def add_event(self, event: Event) -> None:
        self.add(_at_midnight(event.start))
        self.add(_at_midnight(event.end))
        for m in event.mentions:
            if (published := _published(m)) is not None:
                self.add(published)
                self.add(published)

    def range(self, *, room_for_labels: bool = False) -> list[str] | None:
        if not self._low:
            return None
        lo = datetime.min + (-self._low[0]) * _ONE_MICROSECOND
        hi = datetime.min + self._high[0] * _ONE_MICROSECOND
        pad = max((hi - lo) * 0.04, timedelta(days=2))
        right = pad + ((hi - lo) * 0.2 + timedelta(days=3) if room_for_labels else timedelta(0))
        return [_stamp(lo, -pad), _stamp(hi, right)]


def _stamp(value: datetime, shift: timedelta) -> str:
    try:
        value = value + shift
    except OverflowError:
        value = datetime.min if shift < timedelta(0) else datetime.max
    return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
            f"{value.hour:02d}:{value.minute:02d}")


def _table_row(e: Event) -> str:
    mentions = ordered_mentions(e.mentions)
    url = next((u for u in (safe_url(m.url) for m in mentions) if u), None)
    title = html.escape(e.title)
    if url:
        title = f'<a href="{html.escape(url)}" rel="noopener">{title}</a>'
    sentence = html.escape(mentions[0].sentence) if mentions else ""
    return (
        f"<tr><td>{html.escape(when_text(e))}</td><td>{title}</td>"
        f"<td>{html.escape(e.status)}</td><td>{html.escape(', '.join(e.sources))}</td>"
        f"<td>{sentence}</td></tr>"
    )


def render_html(
    events: Sequence[Event], *, name: str = "timeline", plotlyjs: str = "inline"
) -> str:
    """The page. ``plotlyjs="inline"`` embeds plotly.js (offline); ``"cdn"`` links it."""
    writer = HtmlWriter(name=name, plotlyjs=plotlyjs, spool=io.StringIO)
    ordered = sorted(events, key=lambda e: e.sort_key())
    for event in ordered:  # in order: of events sharing a UID, the last names its lane
        writer.observe(event)
    parts: list[str] = []
    writer.write(ordered, parts.append)
    return "".join(parts)


class HtmlWriter:
    """timeline.html as a stream: :meth:`observe` each event (any order), then :meth:`write`
    them in :meth:`Event.sort_key` order, piece by piece to ``sink``. The pieces concatenate
    to :func:`render_html`'s page: the figure's arrays are serialised by Plotly's own JSON
    encoder a chunk at a time into ``spool`` files (temporary files by default) and put in
    place of placeholders in the page Plotly renders around them, so neither the events nor
    the page are held in memory."""

    def __init__(self, *, name: str = "timeline", plotlyjs: str = "inline",
                 spool: Callable[[], IO[str]] | None = None,
                 shared_uids: set[str] | None = None, sets: SetFactory = memory_sets) -> None:
        if plotlyjs not in PLOTLYJS_MODES:
            raise ValueError(f"unknown plotlyjs mode {plotlyjs!r} (expected inline or cdn)")
        self.name = name
        self.plotlyjs = plotlyjs
        self.spool = spool or _text_spool
        self.plan = FigurePlan(shared_uids, sets)

    def observe(self, event: Event) -> None:
        self.plan.observe(event)

    def write(self, events: Iterable[Event], sink: Callable[[str], None]) -> None:
        self.start(sink)
        try:
            for event in events:
                self.add(event)
            self.finish()
        finally:
            self.close()

    def start(self, sink: Callable[[str], None]) -> None:
        """Begin writing (after every :meth:`observe`); :meth:`close` ends it, also on error."""
        from plotly.io.json import to_json_plotly

        self._sink = sink
        self._keys = self.plan.trace_keys()
        # One spool per array of each event trace, numbered as its placeholder.
        self._spools: dict[tuple[str, bool], list[_ArraySpool]] = {}
        self._numbered: list[_ArraySpool] = []
        self._table = self.spool()
        for key in self._keys:
            self._spools[key] = []
            for _ in SPAN_ARRAYS if key[1] else POINT_ARRAYS:
                self._numbered.append(_ArraySpool(self.spool(), to_json_plotly))
                self._spools[key].append(self._numbered[-1])
        self._instants = _Instants(self.plan.cut)
        self._annotations: list[dict[str, Any]] = []
        self._rows = 0

    def add(self, event: Event) -> None:
        """The next event, in :meth:`Event.sort_key` order."""
        plan = self.plan
        key, values = plan.marks(event)
        for array, value in zip(self._spools[key], values, strict=True):
            array.add(value)
        self._instants.add_event(event)
        if plan.labelled:
            self._annotations.append(plan.annotation(event))
        self._table.write(("\n" if self._rows else "") + _table_row(event))
        self._rows += 1

    def finish(self) -> None:
        """The page, now that every event's marks are spooled."""
        plan, sink, keys = self.plan, self._sink, self._keys
        # The figure with empty arrays, validated by Plotly, then a placeholder for each
        # array (a string Plotly would refuse) in its plain form.
        empty = {key: {a: [] for a in (SPAN_ARRAYS if key[1] else POINT_ARRAYS)}
                 for key in keys}
        pubs = {a: [] for a in PUBLICATION_ARRAYS} if plan.has_pubs else None
        fig = plan.build(empty, self._annotations,
                         self._instants.range(room_for_labels=plan.labelled), pubs)
        fig_dict = fig.to_dict()
        number = 0
        for trace, key in zip(fig_dict["data"], keys, strict=False):
            for array in SPAN_ARRAYS if key[1] else POINT_ARRAYS:
                holder = trace["marker"] if array == "symbol" else trace
                holder[array] = _PLACEHOLDER.format(number)
                number += 1
        if pubs is not None:
            from plotly.io.json import to_json_plotly

            trace = fig_dict["data"][len(keys)]
            spools = []
            for array in PUBLICATION_ARRAYS:
                trace[array] = _PLACEHOLDER.format(number)
                number += 1
                self._numbered.append(_ArraySpool(self.spool(), to_json_plotly))
                spools.append(self._numbered[-1])
            for values in plan.publication_marks():
                for spool, value in zip(spools, values, strict=True):
                    spool.add(value)
        div = pio.to_html(
            fig_dict,
            validate=False,
            full_html=False,
            include_plotlyjs=True if self.plotlyjs == "inline" else "cdn",
            div_id=DIV_ID,
            config={"responsive": True, "scrollZoom": True, "displaylogo": False},
            post_script=_POST_SCRIPT,
        )
        div = div.replace(
            f'<div id="{DIV_ID}" ',
            f'<div id="{DIV_ID}" data-has-publications="{int(plan.has_pubs)}" ',
            1,
        )
        sink(self._head())
        for i, piece in enumerate(_PLACEHOLDER_RE.split(div)):
            if i % 2 == 0:
                sink(piece)
            else:
                self._numbered[int(piece)].copy_to(sink)
        sink(f"</main>\n<details><summary>All {plan.count} events as a list</summary>\n"
             "<table><thead><tr><th>When</th><th>Event</th><th>Status</th><th>Sources</th>"
             "<th>Sentence</th></tr></thead><tbody>\n")
        _copy(self._table, sink)
        sink("\n</tbody></table>\n</details>\n</body>\n</html>\n")

    def close(self) -> None:
        """Drop the spools."""
        for array in getattr(self, "_numbered", []):
            array.close()
        if table := getattr(self, "_table", None):
            table.close()

    def _head(self) -> str:
        plan, name = self.plan, self.name
        span = ""
        if plan.first is not None and plan.last is not None:
            span = f" from {plan.first.isoformat()} to {plan.last.isoformat()}"
        meta = (
            f"{plan.count} events{span}, from {len(plan.sources)} sources. "
            "Drag to pan, scroll or use the slider to zoom, hover an event for its sentence and "
            "sources, click it to open the article."
        )
        empty = '<p class="empty">No events in this build.</p>' if not plan.count else ""
        return (
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="timeline">\n<title>{html.escape(name)}</title>\n'
            f"<style>{_STYLE}</style>\n<script>{_HEAD_SCRIPT}</script>\n</head>\n<body>\n"
            f'<output id="timeline-status" data-state="loading" data-errors="0" '
            f'data-events="{plan.count}"></output>\n'
            f"<header><h1>{html.escape(name)}</h1><p class=\"meta\">{html.escape(meta)}</p>"
            "</header>\n"
            "<noscript><p class=\"empty\">The interactive chart needs JavaScript; the list below "
            "has every event.</p></noscript>\n"
            f"<main>{empty}"
        )


def _text_spool() -> IO[str]:
    """An anonymous temporary text file (the writer closes it; the system deletes it)."""
    return tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115


class _ArraySpool:
    """One JSON array written element by element to a text file, serialised a chunk at a
    time by ``encode`` (Plotly's encoder: a list's JSON is its elements' joined by commas)."""

    def __init__(self, handle: IO[str], encode: Callable[[Any], str]) -> None:
        self.handle = handle
        self.encode = encode
        self.pending: list[Any] = []
        self.empty = True
        handle.write("[")

    def add(self, value: Any) -> None:
        self.pending.append(value)
        if len(self.pending) >= _CHUNK:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        text = self.encode(self.pending)
        self.handle.write(("" if self.empty else ",") + text[1:-1])
        self.empty = False
        self.pending = []

    def copy_to(self, sink: Callable[[str], None]) -> None:
        self.flush()
        _copy(self.handle, sink)
        sink("]")

    def close(self) -> None:
        self.handle.close()


def _copy(handle: IO[str], sink: Callable[[str], None], size: int = 1 << 20) -> None:
    """Everything written to ``handle`` so far, to ``sink`` in pieces of ``size``."""
    handle.seek(0)
    while piece := handle.read(size):
        sink(piece)


class ImageUnavailable(RuntimeError):
    """No static-image renderer (the ``image`` extra, kaleido) is installed or usable."""


def image_renderer_available() -> bool:
    """kaleido 1.x (what plotly 6+ drives; it uses an installed Chrome/Chromium)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        major = version("kaleido").split(".", 1)[0]
    except PackageNotFoundError:
        return False
    return major.isdigit() and int(major) >= 1


def render_image(events: Sequence[Event], fmt: str, *, name: str = "timeline") -> bytes:
    """A static PNG or SVG of the timeline via kaleido; ImageUnavailable without it."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"unknown image format {fmt!r} (expected png or svg)")
    if not image_renderer_available():
        raise ImageUnavailable(
            f"--image {fmt} needs a static image renderer: pip install 'timeline[image]' "
            "(kaleido 1.x)"
        )
    fig = figure(events, name=name)
    fig.update_layout(
        title={"text": html.escape(name), "x": 0.01},
        xaxis={"rangeslider": {"visible": False}, "rangeselector": {"visible": False}},
    )
    try:
        return fig.to_image(format=fmt, width=1400, height=fig.layout.height or 600)
    except Exception as exc:  # kaleido raises many kinds (missing Chrome, timeouts)
        raise ImageUnavailable(f"--image {fmt}: the renderer failed ({exc})") from exc
