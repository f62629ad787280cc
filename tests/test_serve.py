"""`timeline serve` over real HTTP on 127.0.0.1: types, validators, 304, no traversal, index."""

from __future__ import annotations

import email.utils
import http.client
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REPO, SEEDS
from tests.export_samples import sample_events
from timeline.cli import cli
from timeline.pipeline import BuildOptions, render_outputs, write_outputs
from timeline.serve import ExportServer, Watcher, resolve_inside


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    out = tmp_path / "exports"
    write_outputs(render_outputs(sample_events(), BuildOptions(name="Served", plotlyjs="cdn")),
                  out)
    (tmp_path / "secret.txt").write_text("do not serve", encoding="utf-8")
    (out / ".events.ics.123.tmp").write_text("half a feed", encoding="utf-8")
    os.symlink(tmp_path / "secret.txt", out / "link-out.txt")
    return out


@pytest.fixture
def server(exports: Path) -> Iterator[ExportServer]:
    srv = ExportServer(exports, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join()


def request(server: ExportServer, path: str, method: str = "GET",
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.putrequest(method, path, skip_accept_encoding=True,
                        skip_host="Host" in (headers or {}))
        for key, value in (headers or {}).items():
            conn.putheader(key, value)
        conn.endheaders()
        response = conn.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        conn.close()


def test_feed_is_served_as_calendar_with_validators(server, exports):
    status, headers, body = request(server, "/events.ics")
    assert status == 200
    assert headers["content-type"] == "text/calendar; charset=utf-8"
    assert body == (exports / "events.ics").read_bytes()
    assert headers["content-length"] == str(len(body))
    assert headers["etag"].startswith('"') and headers["cache-control"] == "no-cache"
    mtime = email.utils.parsedate_to_datetime(headers["last-modified"]).timestamp()
    assert mtime == int((exports / "events.ics").stat().st_mtime)


def test_conditional_requests_get_304(server):
    _, headers, _ = request(server, "/events.ics")
    status, again, body = request(server, "/events.ics",
                                  headers={"If-None-Match": headers["etag"]})
    assert (status, body) == (304, b"")
    assert again["etag"] == headers["etag"]
    status, _, body = request(server, "/events.ics",
                              headers={"If-Modified-Since": headers["last-modified"]})
    assert (status, body) == (304, b"")
    # If-None-Match wins over If-Modified-Since; a stale tag gets the full feed.
    status, _, body = request(server, "/events.ics", headers={
        "If-None-Match": '"stale"', "If-Modified-Since": headers["last-modified"]})
    assert status == 200 and body
    status, _, _ = request(server, "/events.ics",
                           headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})
    assert status == 200


def test_changed_feed_gets_a_new_etag(server, exports):
    _, before, _ = request(server, "/events.ics")
    write_outputs(render_outputs(sample_events()[:3], BuildOptions(plotlyjs="cdn")), exports)
    status, after, body = request(server, "/events.ics",
                                  headers={"If-None-Match": before["etag"]})
    assert status == 200 and after["etag"] != before["etag"]
    assert body == (exports / "events.ics").read_bytes()


@pytest.mark.parametrize("path", [
    "/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
    "/x/../../secret.txt", "/link-out.txt", "/.events.ics.123.tmp", "/nope.ics",
    "/%00events.ics", "/..\\secret.txt", "/%ff%fe.ics",
])
def test_nothing_outside_dir_and_no_hidden_files(server, path):
    status, _, body = request(server, path)
    assert status == 404
    assert b"do not serve" not in body and b"half a feed" not in body


def test_resolve_inside_keeps_to_the_folder(tmp_path):
    root = tmp_path.resolve()
    (root / "a.ics").write_text("x")
    assert resolve_inside(root, "/a.ics?x=1") == root / "a.ics"
    assert resolve_inside(root, "/./a.ics") == root / "a.ics"
    assert resolve_inside(root, "/../" + root.name + "/a.ics") is None


def test_page_json_and_head(server, exports):
    status, headers, body = request(server, "/timeline.html")
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert b"Plotly.newPlot" in body
    status, headers, _ = request(server, "/events.json")
    assert status == 200 and headers["content-type"].startswith("application/json")
    status, headers, body = request(server, "/events.ics", method="HEAD")
    assert status == 200 and body == b""
    assert headers["content-length"] == str((exports / "events.ics").stat().st_size)


def test_index_links_page_and_webcal_feed(server):
    status, headers, body = request(server, "/", headers={"Host": "calendar.example:8080"})
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    page = body.decode()
    assert 'href="/timeline.html"' in page and 'href="/events.ics"' in page
    assert 'href="webcal://calendar.example:8080/events.ics"' in page
    # A forged Host header cannot inject markup into the page.
    _, _, body = request(server, "/", headers={"Host": 'x"><script>alert(1)</script>'})
    assert b"<script>" not in body
    host, port = server.server_address[:2]
    assert f"webcal://{host}:{port}/events.ics".encode() in body


def test_only_get_and_head(server):
    status, headers, _ = request(server, "/events.ics", method="POST")
    assert status == 405 and headers["allow"] == "GET, HEAD"
    status, _, _ = request(server, "/events.ics", method="DELETE")
    assert status == 405


def test_many_concurrent_clients_get_the_whole_feed(server, exports):
    expected = (exports / "events.ics").read_bytes()

    def fetch(_: int) -> tuple[int, bytes]:
        status, _, body = request(server, "/events.ics")
        return status, body

    with ThreadPoolExecutor(max_workers=32) as pool:
        results = list(pool.map(fetch, range(200)))
    assert all(r == (200, expected) for r in results)


def test_watcher_rebuilds_only_when_articles_change(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    note = articles / "a.txt"
    note.write_text("first", encoding="utf-8")
    calls: list[int] = []
    messages: list[str] = []
    watcher = Watcher([articles], lambda: calls.append(1), log=messages.append)
    assert watcher.check() is False and calls == []
    note.write_text("second, longer", encoding="utf-8")
    assert watcher.check() is True and calls == [1]
    assert watcher.check() is False
    (articles / "b.txt").write_text("new", encoding="utf-8")
    assert watcher.check() is True and calls == [1, 1]
    (articles / ".hidden.swp").write_text("editor junk", encoding="utf-8")
    assert watcher.check() is False

    def broken() -> None:
        raise ValueError("bad article")

    failing = Watcher([articles], broken, log=messages.append)
    note.write_text("third version", encoding="utf-8")
    assert failing.check() is False
    assert "rebuild failed" in messages[-1] and "bad article" in messages[-1]


def test_watch_rebuilds_the_exports_from_articles(tmp_path):
    """The real rebuild `serve --watch` runs: pipeline.build into the served folder."""
    from timeline.pipeline import build

    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    out = tmp_path / "exports"
    watcher = Watcher([articles], lambda: build([articles], out, BuildOptions(plotlyjs="cdn")))
    first = next(articles.glob("*.txt"))
    first.write_text(first.read_text(encoding="utf-8") + "\nThe vote is set for Friday.\n",
                     encoding="utf-8")
    assert watcher.check() is True
    assert (out / "events.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_serve_cli_rejects_a_missing_folder(tmp_path):
    result = CliRunner().invoke(cli, ["serve", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert "no such folder" in result.stderr and "Traceback" not in result.output


def test_serve_command_end_to_end(exports):
    """`timeline serve DIR --port 0` in its own process: prints its URL, serves the feed."""
    proc = subprocess.Popen(
        [sys.executable, "-u", "-m", "timeline.cli", "serve", str(exports), "--port", "0",
         "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
    )
    try:
        line = proc.stdout.readline()
        assert line.startswith("serving "), (line, proc.stderr.read() if proc.poll() else "")
        url = line.split(" at ", 1)[1].split()[0]
        assert "webcal://127.0.0.1:" in line
        host, port = url.removeprefix("http://").rstrip("/").rsplit(":", 1)
        conn = http.client.HTTPConnection(host, int(port), timeout=10)
        conn.request("GET", "/events.ics")
        response = conn.getresponse()
        assert response.status == 200
        assert response.read() == (exports / "events.ics").read_bytes()
        conn.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_gzip_for_clients_that_accept_it(server, exports):
    import gzip

    _, plain, _ = request(server, "/timeline.html")
    status, headers, body = request(server, "/timeline.html",
                                    headers={"Accept-Encoding": "br, gzip;q=0.8"})
    assert status == 200 and headers["content-encoding"] == "gzip"
    assert headers["vary"] == "Accept-Encoding"
    assert gzip.decompress(body) == (exports / "timeline.html").read_bytes()
    assert headers["etag"] != plain["etag"] and "content-encoding" not in plain
    status, again, body = request(server, "/timeline.html", headers={
        "Accept-Encoding": "gzip", "If-None-Match": headers["etag"]})
    assert (status, body) == (304, b"") and again["etag"] == headers["etag"]
    status, headers, _ = request(server, "/events.ics", headers={"Accept-Encoding": "gzip;q=0"})
    assert status == 200 and "content-encoding" not in headers


_SEGMENTS = ["..", ".", "%2e%2e", "%2E%2e", "..%2f", "%2f", "%5c", "\\", "exports", "secret.txt",
             "events.ics", "%00", "//", "link-out.txt", ".events.ics.123.tmp", "%252e%252e", "~"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.sampled_from(_SEGMENTS), min_size=1, max_size=8))
def test_no_request_path_escapes_the_folder(exports, parts):
    root = exports.resolve()
    path = "/" + "/".join(parts)
    try:
        found = resolve_inside(root, path)
    except UnicodeDecodeError:
        return
    if found is not None:
        assert found == root or found.is_relative_to(root)
        assert not any(p.startswith(".") for p in found.relative_to(root).parts)
        assert found.name != "secret.txt"
