"""timeline.html without a browser: self-contained, deterministic, the right marks and hovers."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from tests.export_samples import day_event, many_events, sample_events
from timeline.export.html import (
    MAX_LANES,
    OTHER,
    PUBLISHED,
    SEVERAL,
    ImageUnavailable,
    figure,
    image_renderer_available,
    render_html,
    render_image,
)


def _marks(fig) -> tuple[int, int]:
    events = pubs = 0
    for trace in fig.data:
        n = len(trace.x)
        if trace.name == "publication date":
            pubs += n
        else:
            events += n
    return events, pubs


def test_inline_page_is_self_contained():
    page = render_html(sample_events(), name="Test")
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script[^>]+src=", page)  # nothing fetched: works offline
    assert "Plotly.newPlot" in page and len(page) > 1_000_000  # plotly.js inlined
    assert "<title>Test</title>" in page
    assert 'id="timeline-status"' in page and "plotly_click" in page


def test_cdn_page_is_small_and_links_a_pinned_plotly():
    page = render_html(sample_events(), plotlyjs="cdn")
    assert len(page) < 200_000
    src = re.search(r'<script[^>]+src="([^"]+)"', page)
    assert src and src.group(1).startswith("https://cdn.plot.ly/plotly-")
    with pytest.raises(ValueError, match="plotlyjs"):
        render_html(sample_events(), plotlyjs="local")


def test_same_input_gives_byte_identical_page():
    events = sample_events()
    shuffled = list(events)
    random.Random(5).shuffle(shuffled)
    assert render_html(events, name="x") == render_html(shuffled, name="x")


def test_points_for_days_bars_for_periods_and_publication_markers():
    events = sample_events()
    fig = figure(events)
    kinds = {trace.type for trace in fig.data}
    assert kinds == {"scatter", "bar"}
    n_events, n_pubs = _marks(fig)
    assert n_events == len(events)
    published_days = {m.published[:10] for e in events for m in e.mentions}
    assert n_pubs == len(published_days)
    bars = sum(len(t.x) for t in fig.data if t.type == "bar")
    # month, week, quarter, year and the three-day range are spans.
    assert bars == 5
    assert fig.layout.xaxis.rangeslider.visible is True
    assert fig.layout.xaxis.type == "date"


def test_hover_has_title_date_granularity_sentence_sources_and_url():
    fig = figure(sample_events())
    rows = [row for t in fig.data if t.customdata is not None for row in t.customdata]
    signing = next(r for r in rows if r[0] == "Deal signed in Gyeongju")
    assert "Wednesday 29 Oct 2025" in signing[1] and "Gyeongju" in signing[1]
    assert signing[2] == "day" and signing[3] == "scheduled"
    assert "The deal will be signed on Wednesday." in signing[4]
    assert "Outlet B, Inc." in signing[4]
    assert signing[5] == "https://example.com/a"
    template = next(t.hovertemplate for t in fig.data if t.customdata is not None)
    assert "customdata[4]" in template


def test_lanes_group_by_source():
    fig = figure(sample_events())
    lanes = list(fig.layout.yaxis.ticktext)
    assert lanes[0] == PUBLISHED and lanes[-1] == SEVERAL
    assert "Outlet A" in lanes


def test_text_is_escaped_and_urls_are_only_http():
    evil = day_event(date(2025, 10, 29), title="<img src=x onerror=alert(1)></script>",
                     sentence="<b>bold</b> & co", url="javascript:alert(1)")
    page = render_html([evil])
    assert "</script><" not in page.split("Plotly.newPlot", 1)[1].split("</script>", 1)[0]
    assert "<img src=x" not in page
    fig = figure([evil])
    row = fig.data[0].customdata[0]
    assert row[5] == "" and "&lt;b&gt;bold&lt;/b&gt; &amp; co" in row[4]


def test_two_thousand_events_stay_readable():
    events = many_events(2000, sources=40)
    fig = figure(events)
    assert _marks(fig)[0] == 2000
    lanes = list(fig.layout.yaxis.ticktext)
    assert len(lanes) <= MAX_LANES + 3 and OTHER in lanes
    scatter = next(t for t in fig.data if t.type == "scatter")
    assert scatter.marker.size <= 6  # small marks when there are many
    assert fig.layout.height <= 1400


def test_empty_build_still_gives_a_page():
    page = render_html([], name="Nothing")
    assert "No events in this build." in page
    assert 'data-events="0"' in page and "Plotly.newPlot" in page


def test_image_needs_a_renderer():
    if image_renderer_available():
        pytest.skip("kaleido is installed: the failure path cannot be exercised")
    with pytest.raises(ImageUnavailable, match=r"pip install 'timeline\[image\]'"):
        render_image(sample_events(), "png")
    with pytest.raises(ValueError, match="png or svg"):
        render_image(sample_events(), "gif")


def test_image_when_a_renderer_is_installed():
    if not image_renderer_available():
        pytest.skip("no static image renderer (pip install '.[image]': kaleido 1.x + Chromium)")
    png = render_image(sample_events(), "png", name="Static")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    svg = render_image(sample_events(), "svg", name="Static")
    assert b"<svg" in svg[:500] and b"Static" in svg


def test_outliers_do_not_squeeze_the_initial_view():
    from datetime import date as day

    from tests.export_samples import day_event as make

    events = many_events(200) + [make(day(1000, 1, 1), title="Millennium", start=9999)]
    fig = figure(events)
    start = fig.layout.xaxis.range[0]
    assert start.startswith("2023") or start.startswith("2024")
    assert fig.layout.xaxis.rangeslider.autorange is True  # the slider still shows it all
    few = figure(sample_events())
    assert few.layout.xaxis.range[0] < "2025-07-01"  # few events: everything in view


def test_path_like_sources_keep_their_file_name_in_lane_labels():
    from timeline.export.html import _short

    assert _short("/work/shared/corpora/tbaq/TimeBank/wsj_0568.tml") == "\u2026/wsj_0568.tml"
    long_name = "Korean business daily (AI-translated)"
    assert _short(long_name) == "Korean business daily (AI-trans\u2026"
