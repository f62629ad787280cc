"""`timeline build` export options as a user runs them, and what lands on disk."""

from __future__ import annotations

import os
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner

from tests.conftest import SEEDS
from tests.export_samples import sample_events
from timeline.cli import cli
from timeline.export.html import image_renderer_available
from timeline.pipeline import BuildOptions, render_outputs, write_outputs


def build(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["build", str(SEEDS), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_two_builds_are_byte_identical(tmp_path):
    for name in ("one", "two"):
        code, _, err = build("--out", str(tmp_path / name))
        assert code == 0, err
    for filename in ("events.ics", "events.json", "timeline.html"):
        first = (tmp_path / "one" / filename).read_bytes()
        assert first == (tmp_path / "two" / filename).read_bytes(), filename
        assert first
    # No leftover temporary files from the atomic writes.
    assert sorted(p.name for p in (tmp_path / "one").iterdir()) == [
        "events.ics", "events.json", "timeline.html"]


def test_input_order_and_jobs_do_not_change_a_byte(tmp_path):
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    runner = CliRunner()
    for name, args in (("a", [*seeds, "-j", "1"]), ("b", [*seeds[::-1], "-j", "2"])):
        result = runner.invoke(cli, ["build", *args, "--out", str(tmp_path / name)],
                               catch_exceptions=False)
        assert result.exit_code == 0, result.stderr
    for filename in ("events.ics", "events.json", "timeline.html"):
        assert (tmp_path / "a" / filename).read_bytes() == (tmp_path / "b" / filename).read_bytes()


def test_per_source_feeds_and_cdn_page(tmp_path):
    code, out, err = build("--out", str(tmp_path), "--feeds", "per-source", "--plotlyjs", "cdn")
    assert code == 0, err
    feeds = sorted(p.name for p in tmp_path.glob("*.ics"))
    assert feeds[0].startswith("events-") and "events.ics" in feeds and len(feeds) == 3
    for feed in feeds:
        assert f"wrote {tmp_path / feed}" in out
        icalendar.Calendar.from_ical((tmp_path / feed).read_bytes())
    assert (tmp_path / "timeline.html").stat().st_size < 200_000


def _starts(path: Path) -> list:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return sorted(str(e.decoded("dtstart")) for e in cal.walk("VEVENT"))


def test_date_window_and_no_periods(tmp_path):
    code, _, err = build("--out", str(tmp_path / "all"))
    assert code == 0, err
    everything = _starts(tmp_path / "all" / "events.ics")
    assert "2025-09-01" in everything  # "last month" in seed 001
    code, _, err = build("--out", str(tmp_path / "oct"), "--from", "2025-10-01",
                         "--to", "2025-10-31")
    assert code == 0, err
    window = _starts(tmp_path / "oct" / "events.ics")
    assert window and all("2025-10-" in s for s in window)
    code, _, err = build("--out", str(tmp_path / "np"), "--no-periods")
    assert code == 0, err
    no_periods = _starts(tmp_path / "np" / "events.ics")
    assert "2025-09-01" not in no_periods and len(no_periods) < len(everything)


def test_bad_window_is_one_line_error_and_writes_nothing(tmp_path):
    code, _, err = build("--out", str(tmp_path / "x"), "--from", "2025-11-01",
                         "--to", "2025-10-01")
    assert code == 2
    assert err.strip() == "timeline: --from 2025-11-01 is after --to 2025-10-01"
    assert not (tmp_path / "x").exists()
    code, _, err = build("--out", str(tmp_path / "x"), "--from", "last week")
    assert code == 2 and "Invalid value for '--from'" in err
    assert not (tmp_path / "x").exists()


@pytest.mark.skipif(image_renderer_available(), reason="kaleido installed")
def test_image_without_renderer_says_how_to_get_one(tmp_path):
    code, _, err = build("--out", str(tmp_path / "x"), "--image", "png")
    assert code == 2
    assert "pip install 'timeline[image]'" in err and "Traceback" not in err
    assert not (tmp_path / "x").exists()


def test_a_failed_write_leaves_the_previous_feed_whole(tmp_path, monkeypatch):
    """A crash while writing never leaves half a feed: the old file stays until the rename."""
    write_outputs(render_outputs(sample_events(), BuildOptions(plotlyjs="cdn")), tmp_path)
    before = (tmp_path / "events.ics").read_bytes()

    def crash(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="No space"):
        write_outputs(render_outputs(sample_events()[:2], BuildOptions(plotlyjs="cdn")),
                      tmp_path)
    assert (tmp_path / "events.ics").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_switching_per_source_feeds_off_removes_them(tmp_path):
    code, _, err = build("--out", str(tmp_path), "--feeds", "per-source")
    assert code == 0, err
    assert len(list(tmp_path.glob("events-*.ics"))) == 2
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    code, _, err = build("--out", str(tmp_path))
    assert code == 0, err
    assert not list(tmp_path.glob("events-*.ics")), "a stale per-source feed is still served"
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
