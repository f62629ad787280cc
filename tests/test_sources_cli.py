"""`timeline build` and `extract` on pages, feeds and mixed folders, as a user runs them."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from datetime import date
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from icalendar import Calendar

from timeline.cli import cli

FIXTURES = Path(__file__).parent / "fixtures" / "sources"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def event_days(out: Path) -> set[date]:
    cal = Calendar.from_ical((out / "events.ics").read_bytes())
    days = set()
    for event in cal.walk("VEVENT"):
        start = event.decoded("dtstart")
        days.add(start if isinstance(start, date) else start.date())
    return days


def test_build_a_calendar_from_a_feed_file(tmp_path):
    out = tmp_path / "out"
    code, stdout, err = run("build", str(FIXTURES / "feed.rss"), "--out", str(out))
    assert code == 0, err
    assert "2 documents" in stdout
    assert "2 documents read, 1 skipped" in err
    assert "1 unreadable date" in err
    assert "feed.rss: entry 3 ('Broken date')" in err
    # "will sign ... on Wednesday" in the entry of Wed 29 Oct; "set for Thursday" → 30 Oct
    assert {date(2025, 10, 29), date(2025, 10, 30)} <= event_days(out)
    events = json.loads((out / "events.json").read_text(encoding="utf-8"))["events"]
    # each event's provenance says where its article's publication date came from
    origins = {(m["doc_id"].rsplit("#", 1)[1], m["published_from"])
               for e in events for m in e["mentions"]}
    assert ("https://herald.example/news/tech-pact", "feed entry") in origins
    assert origins <= {("https://herald.example/news/tech-pact", "feed entry"),
                       ("summit-2", "dateline")}


def test_build_a_calendar_from_a_folder_of_saved_pages(tmp_path):
    out = tmp_path / "out"
    code, stdout, err = run("build", str(FIXTURES / "pages"), "--out", str(out),
                            "--timezone", "Asia/Seoul")
    assert code == 0, err
    assert "4 documents read, 0 skipped" in err
    days = event_days(out)
    # tech-pact.html (29 Oct): "on Wednesday" → 29 Oct, "set for Thursday" → 30 Oct
    assert {date(2025, 10, 29), date(2025, 10, 30)} <= days
    # wire-dateline.html, dated 28 Oct by its dateline: "in Tokyo on Friday" → 31 Oct
    assert date(2025, 10, 31) in days
    events = json.loads((out / "events.json").read_text(encoding="utf-8"))["events"]
    origins = {Path(m["doc_id"]).name: m["published_from"] for e in events for m in e["mentions"]}
    assert origins["wire-dateline.html"] == "dateline"
    assert origins["tech-pact.html"] == "page metadata"


def test_mixed_folder_reads_every_format_and_sums_up_the_skips(tmp_path):
    out = tmp_path / "out"
    code, stdout, err = run("build", str(FIXTURES), "--out", str(out))
    assert code == 0, err
    assert "14 documents read, 9 skipped" in err
    assert "3 malformed input" in err and "3 no publication date" in err
    assert "articles.jsonl:line 3: invalid JSON" in err
    assert "Traceback" not in err
    assert (out / "events.ics").exists()


def test_strict_fails_and_writes_nothing_when_anything_is_skipped(tmp_path):
    out = tmp_path / "out"
    code, _, err = run("build", str(FIXTURES / "feed.rss"), "--out", str(out), "--strict")
    assert code != 0
    assert "error" in err and "Octember" in err and "nothing written" in err
    assert not out.exists()
    code, _, err = run("build", str(FIXTURES / "feed.atom"), "--out", str(out), "--strict")
    assert code == 0, err


def test_nothing_usable_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    out = tmp_path / "out"
    code, _, err = run("build", str(tmp_path / "empty.txt"), str(FIXTURES / "undated-page.html"),
                       "--out", str(out))
    assert code != 0
    assert "empty.txt: empty file" in err and "undated-page.html" in err
    assert "0 documents read, 2 skipped" in err
    assert not out.exists()


def test_published_on_the_command_line_dates_an_undated_page(tmp_path):
    out = tmp_path / "out"
    code, _, err = run("build", str(FIXTURES / "undated-page.html"), "--out", str(out),
                       "--published", "2025-10-27", "--timezone", "Asia/Seoul")
    assert code == 0, err
    assert date(2025, 10, 29) in event_days(out)  # "signed on Wednesday" after Mon 27 Oct


def test_extract_reads_pages_and_feeds(tmp_path):
    code, out, err = run("extract", str(FIXTURES / "pages" / "tech-pact.html"),
                         str(FIXTURES / "feed.atom"), "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    docs = {r["doc"] for r in rows}
    assert str(FIXTURES / "pages" / "tech-pact.html") in docs
    assert any(d.startswith(str(FIXTURES / "feed.atom") + "#") for d in docs)
    values = {(r["text"], r["value"]) for r in rows}
    assert ("Wednesday", "2025-10-29") in values


def test_extract_refuses_urls_without_touching_the_network():
    code, _, err = run("extract", "https://example.invalid/feed.xml")
    assert code != 0
    assert "only read by 'timeline build'" in err


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def local_server(tmp_path) -> Iterator[str]:
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(FIXTURES / "feed.atom", site / "feed")  # no extension: sniffed
    handler = partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_build_downloads_a_feed_url_given_explicitly(tmp_path, local_server):
    out = tmp_path / "out"
    code, stdout, err = run("build", f"{local_server}/feed", f"{local_server}/missing.xml",
                            "--out", str(out))
    assert code == 0, err
    assert "2 documents read, 1 skipped" in err
    assert "missing.xml: download failed (HTTP 404" in err
    events = json.loads((out / "events.json").read_text(encoding="utf-8"))["events"]
    assert events
    assert date(2025, 10, 30) in event_days(out)  # "meet in Busan on Thursday"


@pytest.mark.parametrize("command", ["build", "extract", "events"])
def test_unknown_timezone_is_a_one_line_usage_error(command, tmp_path):
    code, _, err = run(command, str(FIXTURES / "feed.atom"), "--timezone", "Nowhere/City")
    assert code == 2
    assert "unknown time zone 'Nowhere/City'" in err and "Traceback" not in err


@pytest.mark.parametrize("command", ["extract", "events"])
def test_strict_extract_and_events_fail_on_a_skipped_entry(command):
    code, out, err = run(command, str(FIXTURES / "feed.rss"), "--strict")
    assert code != 0
    assert "error" in err and "Octember" in err
    code, out, err = run(command, str(FIXTURES / "feed.rss"))
    assert code == 0, err
    assert "skipped" in err and "Octember" in err


def _documented_builds() -> list[str]:
    docs = Path(__file__).parent.parent / "docs" / "sources.md"
    return [line for line in docs.read_text(encoding="utf-8").splitlines()
            if line.startswith("timeline build tests/fixtures/")]


@pytest.mark.parametrize("command", _documented_builds())
def test_the_documented_example_commands_work(command, tmp_path, monkeypatch):
    monkeypatch.chdir(Path(__file__).parent.parent)
    args = command.split()[1:]
    args[args.index("--out") + 1] = str(tmp_path / "out")
    code, stdout, err = run(*args)
    assert code == 0, err
    assert (tmp_path / "out" / "events.ics").exists() and "wrote" in stdout


def test_documentation_shows_both_examples():
    commands = _documented_builds()
    assert any("feed.rss" in c for c in commands)
    assert any(c.split()[2].endswith("pages") for c in commands)


def test_documents_lists_each_document_with_its_publication_context():
    code, out, err = run("documents", str(FIXTURES), "--format", "json")
    assert code == 0, err
    rows = {Path(r["doc"].split("#")[0]).name + ("#" + r["doc"].split("#", 1)[1]
            if "#" in r["doc"] else ""): r for r in json.loads(out)}
    assert rows["tech-pact.html"]["published"] == "2025-10-29T08:30:00+09:00"
    assert rows["tech-pact.html"]["published_from"] == "page metadata"
    assert rows["wire-dateline.html"]["published_from"] == "dateline"
    assert rows["wire-dateline.html"]["source"] == "Reuters"
    assert rows["feed.rss#summit-2"]["timezone"] == "Asia/Seoul"
    assert rows["article.tml"]["published_from"] == "timeml dct"
    assert "14 documents read, 9 skipped" in err
    code, out, _ = run("documents", str(FIXTURES / "feed.atom"))
    assert code == 0
    assert out.splitlines()[0].split("\t")[2] == "feed entry"
