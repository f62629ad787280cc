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
import html
import textwrap
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

import plotly.graph_objects as go

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
    raw = {e.uid: (e.sources[0] if len(e.sources) == 1 else SEVERAL) for e in events}
    counts = Counter(v for v in raw.values() if v != SEVERAL)
    keep = {s for s, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_LANES]}
    return {uid: (lane if lane == SEVERAL or lane in keep else OTHER) for uid, lane in raw.items()}


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


def figure(events: Sequence[Event], *, name: str = "timeline") -> go.Figure:
    """The Plotly figure: lanes by source, colour by status, bars for spans."""
    ordered = sorted(events, key=lambda e: e.sort_key())
    lane_of = lanes_for(ordered)
    names = sorted({lane_of[e.uid] for e in ordered} - {SEVERAL, OTHER})
    lane_names = [OTHER] * (OTHER in lane_of.values()) + names[::-1]
    lane_names += [SEVERAL] * (SEVERAL in lane_of.values())
    has_pubs = any(e.mentions for e in ordered)
    lane_names = ([PUBLISHED] if has_pubs else []) + lane_names
    index = {lane: i for i, lane in enumerate(lane_names)}
    small = len(ordered) <= 200
    labelled = len(ordered) <= LABEL_LIMIT
    fig = go.Figure()

    for status in sorted({e.status for e in ordered}):
        colour = STATUS_COLOURS.get(status, "#8172b3")
        points = [e for e in ordered if e.status == status and not _is_span(e)]
        spans = [e for e in ordered if e.status == status and _is_span(e)]
        if spans:
            fig.add_trace(
                go.Bar(
                    orientation="h",
                    name=f"{status} (periods)",
                    legendgroup=status,
                    base=[_iso(e.start) for e in spans],
                    x=[(as_date(e.end) - e.start).days * 86_400_000 for e in spans],
                    y=[index[lane_of[e.uid]] + _jitter(e.uid) for e in spans],
                    width=0.14 if small else 0.06,
                    marker={"color": colour, "opacity": 0.55,
                            "line": {"color": colour, "width": 1}},
                    customdata=[_hover(e, ordered_mentions(e.mentions)) for e in spans],
                    hovertemplate=_HOVER,
                )
            )
        if points:
            fig.add_trace(
                go.Scatter(
                    mode="markers",
                    name=status,
                    legendgroup=status,
                    x=[_iso(e.start) for e in points],
                    y=[index[lane_of[e.uid]] + _jitter(e.uid) for e in points],
                    marker={"color": colour, "size": 10 if small else 6, "opacity": 0.8,
                            "symbol": ["diamond" if isinstance(e.start, datetime) else "circle"
                                       for e in points],
                            "line": {"color": "white", "width": 0.5}},
                    customdata=[_hover(e, ordered_mentions(e.mentions)) for e in points],
                    hovertemplate=_HOVER,
                )
            )

    if has_pubs:
        by_day: dict[str, list[Mention]] = defaultdict(list)
        for e in ordered:
            for m in e.mentions:
                if m.published:
                    by_day[m.published[:10]].append(m)
        days = sorted(by_day)
        texts = []
        for day in days:
            docs = sorted({(m.source, m.title or m.doc_id) for m in by_day[day]})
            lines = [f"{html.escape(s)}: {html.escape(t[:90])}" for s, t in docs[:10]]
            if len(docs) > 10:
                lines.append(f"\u2026 and {len(docs) - 10} more")
            texts.append(f"<b>Published {day}</b> ({len(docs)} articles)<br>" + "<br>".join(lines))
        fig.add_trace(
            go.Scatter(
                mode="markers",
                name="publication date",
                x=days,
                y=[index[PUBLISHED]] * len(days),
                marker={"symbol": "triangle-up", "size": 11, "color": "#333"},
                text=texts,
                hovertemplate="%{text}<extra></extra>",
            )
        )

    if labelled:
        # Few events: each carries its title beside it (annotations, so the range slider
        # stays clean); many events: hover only.
        for e in ordered:
            fig.add_annotation(
                x=_iso(e.start), y=index[lane_of[e.uid]] + _jitter(e.uid),
                text=html.escape(_short(e.title, 40)), showarrow=False, xanchor="left",
                xshift=8, yshift=9 if _is_span(e) else 0, font={"size": 11, "color": "#444"},
            )
    x_range = _initial_range(ordered, room_for_labels=labelled)
    fig.update_layout(
        template="plotly_white",
        height=int(min(1400, max(460, 170 + 56 * len(lane_names)))),
        margin={"l": 10, "r": 40, "t": 60, "b": 10},
        modebar={"orientation": "v"},
        hovermode="closest",
        hoverlabel={"align": "left"},
        dragmode="pan",
        barmode="overlay",
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 1, "xanchor": "right"},
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


def _initial_range(events: Sequence[Event], *, room_for_labels: bool = False) -> list[str] | None:
    if not events:
        return None
    starts = [_at_midnight(e.start) for e in events]
    ends = [_at_midnight(e.end) for e in events]
    for e in events:
        for m in e.mentions:
            try:
                published = datetime.fromisoformat(m.published).replace(tzinfo=None)
            except (TypeError, ValueError):
                continue
            starts.append(published)
            ends.append(published)
    instants = sorted(starts + ends)
    # Open on the bulk of the events: with many, a few far outliers (a date in 1000 AD, a
    # target for 2100) would squeeze the rest into a sliver. "all" and the slider show them.
    cut = len(instants) // 50 if len(events) >= 20 else 0
    lo, hi = instants[cut], instants[-1 - cut]
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


def _table(events: Sequence[Event]) -> str:
    rows = []
    for e in events:
        mentions = ordered_mentions(e.mentions)
        url = next((u for u in (safe_url(m.url) for m in mentions) if u), None)
        title = html.escape(e.title)
        if url:
            title = f'<a href="{html.escape(url)}" rel="noopener">{title}</a>'
        sentence = html.escape(mentions[0].sentence) if mentions else ""
        rows.append(
            f"<tr><td>{html.escape(when_text(e))}</td><td>{title}</td>"
            f"<td>{html.escape(e.status)}</td><td>{html.escape(', '.join(e.sources))}</td>"
            f"<td>{sentence}</td></tr>"
        )
    return (
        "<table><thead><tr><th>When</th><th>Event</th><th>Status</th><th>Sources</th>"
        "<th>Sentence</th></tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
    )


def render_html(
    events: Sequence[Event], *, name: str = "timeline", plotlyjs: str = "inline"
) -> str:
    """The page. ``plotlyjs="inline"`` embeds plotly.js (offline); ``"cdn"`` links it."""
    if plotlyjs not in PLOTLYJS_MODES:
        raise ValueError(f"unknown plotlyjs mode {plotlyjs!r} (expected inline or cdn)")
    ordered = sorted(events, key=lambda e: e.sort_key())
    fig = figure(ordered, name=name)
    has_pubs = any(e.mentions for e in ordered)
    div = fig.to_html(
        full_html=False,
        include_plotlyjs=True if plotlyjs == "inline" else "cdn",
        div_id=DIV_ID,
        config={"responsive": True, "scrollZoom": True, "displaylogo": False},
        post_script=_POST_SCRIPT,
    )
    div = div.replace(
        f'<div id="{DIV_ID}" ',
        f'<div id="{DIV_ID}" data-has-publications="{int(has_pubs)}" ',
        1,
    )
    sources = sorted({s for e in ordered for s in e.sources})
    span = ""
    if ordered:
        first = min(as_date(e.start) for e in ordered)
        last = max(as_date(e.start) for e in ordered)
        span = f" from {first.isoformat()} to {last.isoformat()}"
    meta = (
        f"{len(ordered)} events{span}, from {len(sources)} sources. "
        "Drag to pan, scroll or use the slider to zoom, hover an event for its sentence and "
        "sources, click it to open the article."
    )
    empty = '<p class="empty">No events in this build.</p>' if not ordered else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="timeline">\n<title>{html.escape(name)}</title>\n'
        f"<style>{_STYLE}</style>\n<script>{_HEAD_SCRIPT}</script>\n</head>\n<body>\n"
        f'<output id="timeline-status" data-state="loading" data-errors="0" '
        f'data-events="{len(ordered)}"></output>\n'
        f"<header><h1>{html.escape(name)}</h1><p class=\"meta\">{html.escape(meta)}</p></header>\n"
        "<noscript><p class=\"empty\">The interactive chart needs JavaScript; the list below "
        "has every event.</p></noscript>\n"
        f"<main>{empty}{div}</main>\n"
        f"<details><summary>All {len(ordered)} events as a list</summary>\n{_table(ordered)}\n"
        "</details>\n</body>\n</html>\n"
    )


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
