"""timeline.html: an interactive Plotly timeline of the events, self-contained."""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from timeline.events import Event


def render_html(events: Sequence[Event], *, name: str = "timeline") -> str:
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=[e.start.isoformat() for e in events],
            y=[e.sources[0] if e.sources else "" for e in events],
            mode="markers",
            text=[e.title for e in events],
            hovertemplate="%{text}<br>%{x}<extra></extra>",
        )
    )
    fig.update_layout(title=name, xaxis={"rangeslider": {"visible": True}})
    return fig.to_html(full_html=True, include_plotlyjs=True, div_id="timeline")
