"""`timeline serve`: a small read-only HTTP server for the exports (feed, page, JSON).

- Serves only regular files inside DIR: the request path is percent-decoded, normalised and
  resolved (symlinks too) and must stay inside DIR; dot-files (e.g. the temporary files of
  an atomic write) and anything else are 404. Only GET and HEAD; other methods get 405.
- Every file is read whole in one go, so a client never gets half of a feed even while a
  rebuild replaces it (outputs are renamed into place atomically).
- ``ETag`` is a hash of the content, ``Last-Modified`` the file's mtime; ``If-None-Match``
  (which wins when present) and ``If-Modified-Since`` give ``304 Not Modified``.
  ``Cache-Control: no-cache`` makes clients revalidate, cheaply, on every refresh.
- Text (feed, page, JSON) is sent gzip-compressed to clients that accept it (the 5 MB
  offline page shrinks to about 1.5 MB), with its own ETag and ``Vary: Accept-Encoding``.
- ``/`` is an index page linking the page, the JSON and every feed, with ``webcal://`` links.
- ``ThreadingHTTPServer``: one thread per connection, so many clients are served at once;
  idle connections time out.
- ``Watcher`` polls the articles' mtimes and rebuilds the exports when they change.
"""

from __future__ import annotations

import contextlib
import email.utils
import gzip
import hashlib
import html
import mimetypes
import os
import posixpath
import re
import socket
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

MIME_TYPES = {
    ".ics": "text/calendar; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
}
_HOST = re.compile(r"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")


def content_type(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in MIME_TYPES:
        return MIME_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def resolve_inside(root: Path, url_path: str) -> Path | None:
    """The file under ``root`` a request path names, or None if it would leave ``root``.

    ``root`` must already be resolved. Percent-decoding happens once, before the checks, so
    ``..%2f`` and ``%2e%2e/`` are caught like ``../``; NUL bytes, backslashes and dot-files
    are refused.
    """
    raw = unquote(urlsplit(url_path).path, errors="strict")
    if "\x00" in raw or "\\" in raw:
        return None
    parts = [p for p in raw.split("/") if p not in ("", ".")]
    if any(p == ".." or p.startswith(".") for p in parts):
        return None
    normal = posixpath.normpath("/" + "/".join(parts)).lstrip("/")
    candidate = (root / normal) if normal else root
    try:
        resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if resolved != root and not resolved.is_relative_to(root):
        return None
    return resolved


@dataclass(frozen=True)
class Snapshot:
    """One file's bytes as served, with its validators."""

    body: bytes
    etag: str
    mtime: float

    @property
    def last_modified(self) -> str:
        return email.utils.formatdate(int(self.mtime), usegmt=True)


@dataclass
class FileCache:
    """Content hashes by (inode, size, mtime_ns), so a big page is hashed once per version,
    and gzip bodies by ETag, so it is compressed once per version."""

    _etags: dict[tuple[str, int, int, int], str] = field(default_factory=dict)
    _gzipped: dict[str, bytes] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def gzipped(self, snapshot: Snapshot) -> bytes:
        with self._lock:
            body = self._gzipped.get(snapshot.etag)
        if body is None:
            body = gzip.compress(snapshot.body, compresslevel=6, mtime=0)
            with self._lock:
                if len(self._gzipped) > 32:
                    self._gzipped.clear()
                self._gzipped[snapshot.etag] = body
        return body

    def read(self, path: Path) -> Snapshot:
        with open(path, "rb") as handle:
            st = os.fstat(handle.fileno())
            body = handle.read()
        key = (str(path), st.st_ino, st.st_size, st.st_mtime_ns)
        with self._lock:
            etag = self._etags.get(key)
        if etag is None or len(body) != st.st_size:
            etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
            with self._lock:
                if len(self._etags) > 256:
                    self._etags.clear()
                self._etags[key] = etag
        return Snapshot(body, etag, st.st_mtime)


def accepts_gzip(accept_encoding: str | None) -> bool:
    """True when Accept-Encoding lists gzip (or ``*``) without ``q=0``."""
    for item in (accept_encoding or "").split(","):
        name, _, params = item.strip().partition(";")
        if name.strip().lower() in ("gzip", "*"):
            q = params.replace(" ", "").lower()
            if not q.startswith("q="):
                return True
            try:
                return float(q[2:]) > 0
            except ValueError:
                return False
    return False


def compressible(path: Path) -> bool:
    kind = content_type(path)
    return kind.startswith("text/") or kind.startswith(("application/json", "image/svg"))


def gzip_etag(etag: str) -> str:
    return etag[:-1] + '-gzip"'


def not_modified(
    snapshot: Snapshot, if_none_match: str | None, if_modified_since: str | None
) -> bool:
    """RFC 9110 §13.1: If-None-Match decides when present, else If-Modified-Since.

    Both the identity and the gzip ETag of the current content match.
    """
    if if_none_match is not None:
        tags = [t.strip() for t in if_none_match.split(",")]
        weak = [t[2:] if t.startswith("W/") else t for t in tags]
        return "*" in tags or snapshot.etag in weak or gzip_etag(snapshot.etag) in weak
    if if_modified_since:
        try:
            since = email.utils.parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError, IndexError):
            return False
        if since is None:
            return False
        return int(snapshot.mtime) <= since.timestamp()
    return False


def index_page(root: Path, host: str) -> bytes:
    """The index: links to the page, the JSON and every feed (http and webcal://)."""
    files = sorted(p for p in root.iterdir() if p.is_file() and not p.name.startswith("."))
    feeds = [p for p in files if p.suffix == ".ics"]
    pages = [p for p in files if p.suffix in (".html", ".htm") and p.name != "index.html"]
    data = [p for p in files if p.suffix in (".json", ".png", ".svg")]
    esc = html.escape

    def link(p: Path) -> str:
        return f'<a href="/{esc(quote(p.name))}">{esc(p.name)}</a>'

    items = []
    for p in feeds:
        webcal = f"webcal://{host}/{quote(p.name)}"
        items.append(
            f"<li>{link(p)} \u2014 <a href=\"{esc(webcal)}\">subscribe ({esc(webcal)})</a></li>"
        )
    body = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>timeline exports</title>',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:50em}"
        "li{margin:.4em 0}code{background:#f3f3f3;padding:0 .3em}</style></head><body>",
        "<h1>timeline exports</h1>",
    ]
    if pages:
        body.append("<h2>Timeline page</h2><ul>")
        body += [f"<li>{link(p)}</li>" for p in pages]
        body.append("</ul>")
    body.append("<h2>Calendar feeds</h2>")
    if items:
        body.append(
            "<p>Subscribe in Apple Calendar, Outlook or Thunderbird with the webcal:// link; in "
            "Google Calendar use <i>Other calendars \u2192 From URL</i> with the http:// link."
            "</p><ul>"
        )
        body += items
        body.append("</ul>")
    else:
        body.append("<p>No feed yet: run <code>timeline build</code> into this folder.</p>")
    if data:
        body.append("<h2>Data</h2><ul>")
        body += [f"<li>{link(p)}</li>" for p in data]
        body.append("</ul>")
    body.append("</body></html>\n")
    return "\n".join(body).encode("utf-8")


class ExportHandler(BaseHTTPRequestHandler):
    """GET/HEAD of the files in ``server.root``; everything else 404/405."""

    server_version = "timeline-serve"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = 30  # seconds an idle keep-alive connection may hold a thread
    server: ExportServer

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._serve(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(head=True)

    def _refuse(self) -> None:
        self._send_simple(HTTPStatus.METHOD_NOT_ALLOWED, extra={"Allow": "GET, HEAD"})

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _refuse  # noqa: N815

    def _send_simple(
        self, status: HTTPStatus, *, head: bool = False, extra: dict[str, str] | None = None
    ) -> None:
        body = f"{status.value} {status.phrase}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _host(self) -> str:
        host = (self.headers.get("Host") or "").strip()
        if host and _HOST.match(host):
            return host
        address, port = self.server.server_address[:2]
        return f"{address}:{port}"

    def _serve(self, *, head: bool) -> None:
        root = self.server.root
        try:
            path = urlsplit(self.path).path
        except ValueError:
            self._send_simple(HTTPStatus.BAD_REQUEST, head=head)
            return
        if path in ("/", "/index.html") and not (root / "index.html").is_file():
            body = index_page(root, self._host())
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            if not head:
                self.wfile.write(body)
            return
        try:
            target = resolve_inside(root, self.path)
        except UnicodeDecodeError:
            target = None
        if target is None or not target.is_file():
            self._send_simple(HTTPStatus.NOT_FOUND, head=head)
            return
        try:
            snapshot = self.server.cache.read(target)
        except OSError:
            self._send_simple(HTTPStatus.NOT_FOUND, head=head)
            return
        body, etag = snapshot.body, snapshot.etag
        headers = {"Last-Modified": snapshot.last_modified, "Cache-Control": "no-cache"}
        if compressible(target):
            headers["Vary"] = "Accept-Encoding"
            if len(body) > 1024 and accepts_gzip(self.headers.get("Accept-Encoding")):
                body, etag = self.server.cache.gzipped(snapshot), gzip_etag(etag)
                headers["Content-Encoding"] = "gzip"
        headers["ETag"] = etag
        if not_modified(
            snapshot, self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
        ):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            for key, value in headers.items():
                if key != "Content-Encoding":
                    self.send_header(key, value)
            self.end_headers()
            return
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type(target))
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        if target.suffix == ".ics":
            self.send_header("Content-Disposition", f'inline; filename="{target.name}"')
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        if not self.server.quiet:
            super().log_message(format, *args)


class ExportServer(ThreadingHTTPServer):
    """The threaded server, holding the served folder and the ETag cache."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, root: Path | str, host: str = "127.0.0.1", port: int = 8080,
                 *, quiet: bool = False) -> None:
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise NotADirectoryError(f"{root}: not a folder")
        self.cache = FileCache()
        self.quiet = quiet
        if ":" in host:  # an IPv6 address such as ::1 or ::
            self.address_family = socket.AF_INET6
        super().__init__((host, port), ExportHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}/"


def _mtimes(paths: Iterable[Path]) -> dict[str, int]:
    """mtime_ns and size of every file under ``paths`` (folders walked, dot-files skipped)."""
    seen: dict[str, int] = {}
    for path in paths:
        if path.is_dir():
            files = [p for p in sorted(path.rglob("*")) if p.is_file()
                     and not any(part.startswith(".") for part in p.relative_to(path).parts)]
        else:
            files = [path]
        for f in files:
            with contextlib.suppress(OSError):
                st = f.stat()
                seen[str(f)] = st.st_mtime_ns ^ (st.st_size << 1)
    return seen


class Watcher:
    """Rebuilds the exports when the watched articles change (polling their mtimes)."""

    def __init__(self, paths: Sequence[Path], rebuild: Callable[[], object],
                 *, interval: float = 2.0, log: Callable[[str], None] | None = None) -> None:
        self.paths = [Path(p) for p in paths]
        self.rebuild = rebuild
        self.interval = interval
        self.log = log or (lambda message: print(message, file=sys.stderr))
        self._state = _mtimes(self.paths)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def check(self) -> bool:
        """Rebuild if anything changed since the last check; True when a rebuild ran."""
        state = _mtimes(self.paths)
        if state == self._state:
            return False
        self._state = state
        try:
            self.rebuild()
        except Exception as exc:  # a bad edit must not stop the server; the old files stay
            self.log(f"timeline serve: rebuild failed, still serving the previous files ({exc})")
            return False
        self.log("timeline serve: articles changed, exports rebuilt")
        return True

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.check()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="timeline-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
