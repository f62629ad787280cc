"""timeline.html in headless Chromium: renders offline, no JavaScript error, every mark drawn.

The page records what Plotly drew in ``#timeline-status`` and any error in ``data-errors``
(a ``window.onerror`` hook installed before plotly.js); ``--dump-dom`` after a virtual-time
budget gives the DOM once the scripts ran. Skips when Chromium is absent (``.ci/run``
installs Debian's ``chromium``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.export_samples import many_events, sample_events
from timeline.export.html import render_html

CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"),
                             "/usr/bin/chromium") if p and Path(p).exists()), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed "
                                "(apt-get install chromium; .ci/run does)")


def render_in_chromium(page: Path, profile: Path) -> tuple[dict[str, str], str, str]:
    """Load ``page`` from disk with the network off; the status attributes, the DOM, stderr."""
    command = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--mute-audio", f"--user-data-dir={profile}",
        "--enable-logging=stderr", "--v=0", "--virtual-time-budget=20000",
        # No network at all: the inline page must not need it.
        "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
        "--dump-dom", page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    match = re.search(r'<output id="timeline-status"([^>]*)>(.*?)</output>', done.stdout, re.S)
    assert match, f"no status element in the DOM: {done.stdout[:500]}"
    attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', match.group(1)))
    attrs["text"] = match.group(2)
    return attrs, done.stdout, done.stderr


def _console_errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if "CONSOLE" in line and ("Uncaught" in line or "Error" in line)]


@pytest.mark.parametrize("events", [sample_events()[:2], sample_events(), many_events(2000)],
                         ids=["2 events", "15 events", "2000 events"])
def test_page_renders_every_event_without_errors(events, tmp_path):
    page = tmp_path / "timeline.html"
    page.write_text(render_html(events, name="Browser test"), encoding="utf-8")
    status, dom, stderr = render_in_chromium(page, tmp_path / "profile")
    assert status["data-errors"] == "0", status["text"]
    assert not _console_errors(stderr), _console_errors(stderr)
    assert status["data-state"] == "rendered"
    assert int(status["data-event-marks"]) == len(events)
    published_days = {m.published[:10] for e in events for m in e.mentions}
    assert int(status["data-publication-marks"]) == len(published_days)
    assert "main-svg" in dom and "rangeslider" in dom


def test_a_broken_page_is_detected(tmp_path):
    """The error hook really reports errors (so the test above can fail)."""
    html = render_html(sample_events()[:2]).replace(
        "</main>", "<script>undefinedFunctionCall();</script></main>", 1)
    page = tmp_path / "broken.html"
    page.write_text(html, encoding="utf-8")
    status, _, _ = render_in_chromium(page, tmp_path / "profile")
    assert status["data-errors"] == "1"
    assert "undefinedFunctionCall" in status["text"]


def test_clicking_an_event_opens_its_source(tmp_path):
    """A click on a point opens its first source's URL in a new tab (window.open stubbed)."""
    probe = """<script>
    (function wait() {
      var st = document.getElementById('timeline-status');
      if (st.getAttribute('data-state') !== 'rendered') { return setTimeout(wait, 50); }
      var gd = document.getElementById('timeline');
      var opened = [];
      window.open = function (url, target, features) { opened.push([url, target, features]); };
      gd.data.forEach(function (trace) {
        (trace.customdata || []).forEach(function (row) {
          gd.emit('plotly_click', {points: [{customdata: row}]});
        });
      });
      st.setAttribute('data-opened', JSON.stringify(opened).replace(/"/g, "'"));
    })();
    </script>"""
    events = sample_events()[:3]
    html = render_html(events).replace("</body>", probe + "</body>", 1)
    page = tmp_path / "click.html"
    page.write_text(html, encoding="utf-8")
    status, _, _ = render_in_chromium(page, tmp_path / "profile")
    assert status["data-errors"] == "0", status["text"]
    opened = status["data-opened"]
    # Every event of the sample has a source URL; each click opens it in a new, unlinked tab.
    assert opened.count("'_blank','noopener'") == len(events)
    assert "https://example.com/a" in opened
