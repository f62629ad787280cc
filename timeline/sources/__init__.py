"""Read articles from files, folders and (for ``build``) feed URLs; settle publication context.

Formats are recognised by content whatever the extension (``sniff``): text and Markdown with
a front-matter header, saved HTML pages, RSS/Atom feeds, JSON lines / JSON, TimeML. Each
reader depends on ``timeline.documents`` only.

Publication context, strongest first: ``--published`` (in ``--timezone``); the document's
own metadata (front matter, page metadata, feed entry, JSON field, TimeML DCT); a dateline
in the text. A document with none is skipped with a one-line message, never dated by the
machine's clock. ``Document.published_from`` says which one gave the date. A document with
no outlet of its own takes its dateline's agency ("Reuters") as its source, and without
``--timezone`` a known dateline city gives the zone (``SEOUL`` → Asia/Seoul) for the dates
stated without an offset (see ``timeline.sources.dates`` for the zone rule).

``iter_documents`` streams usable documents and records every skipped one (with a reason
for the end-of-build summary); ``read_documents`` collects them into a ``ReadReport``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, time
from pathlib import Path

from timeline.documents import Document, InputError, zone
from timeline.sources import loading
from timeline.sources.dateline import find_dateline, zone_for_place
from timeline.sources.dates import settle_zone
from timeline.sources.loading import (
    HEAD_BYTES,
    check_content,
    decode,
    inner_suffix,
    iter_lines,
    read_bytes,
    read_head,
)
from timeline.sources.model import (
    BAD_DATE,
    FETCH_FAILED,
    MALFORMED,
    NO_DATE,
    NO_SUCH_FILE,
    NO_TEXT,
    Found,
    Reading,
    ReadOptions,
    Skip,
    SourceError,
)
from timeline.sources.sniff import EXTENSIONS, Format, sniff

__all__ = [
    "ReadReport",
    "iter_documents",
    "iter_files",
    "read_documents",
    "read_input",
]

SKIPPED_NAMES = {"readme", "readme.md", "readme.txt", "license", "license.txt"}
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".mhtml", ".mht")


@dataclass
class ReadReport:
    """What reading gave: usable documents, and per skipped input or entry why.

    ``skipped`` holds ``(id, one-line message naming it)``; ``reasons`` counts them by
    reason ("no publication date", "empty file" ...); ``read`` counts the usable documents
    (also when they were streamed rather than kept in ``documents``). With ``strict`` any
    skip makes the read a failure (``ok`` is False).
    """

    documents: list[Document] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    reasons: Counter[str] = field(default_factory=Counter)
    read: int = 0
    strict: bool = False

    def skip(self, doc_id: str, message: str, reason: str) -> None:
        self.skipped.append((doc_id, message))
        self.reasons[reason] += 1

    @property
    def ok(self) -> bool:
        """Something usable was read (and, when strict, nothing was skipped)."""
        return self.read > 0 and not (self.strict and self.skipped)

    def summary(self) -> list[str]:
        """``N documents read, M skipped`` and one line per reason, most frequent first."""
        noun = "document" if self.read == 1 else "documents"
        lines = [f"{self.read} {noun} read, {len(self.skipped)} skipped"]
        counted = sum(self.reasons.values())
        reasons = sorted(self.reasons.items(), key=lambda item: (-item[1], item[0]))
        if counted < len(self.skipped):
            reasons.append(("other", len(self.skipped) - counted))
        lines.extend(f"  {count} {reason}" for reason, count in reasons)
        return lines


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and under folders the files of a known format, sorted.

    Hidden files, README/LICENSE and the ``<page>_files`` folders browsers save next to a
    page (scripts, images, ad frames) are left out of folder walks.
    """
    for path in paths:
        if not path.is_dir():
            yield path
            continue
        for child in sorted(path.rglob("*")):
            parts = child.relative_to(path).parts
            if (
                child.is_file()
                and not any(part.startswith(".") for part in parts)
                and inner_suffix(child).lower() in EXTENSIONS
                and child.name.lower() not in SKIPPED_NAMES
                and not _inside_saved_page_assets(child, path)
            ):
                yield child


def _inside_saved_page_assets(child: Path, root: Path) -> bool:
    for folder in child.relative_to(root).parents:
        if folder.name.endswith("_files"):
            page = (root / folder).parent / folder.name[: -len("_files")]
            if any(page.with_name(page.name + s).exists() for s in PAGE_SUFFIXES):
                return True
    return False


def read_input(path: Path, options: ReadOptions) -> Reading:
    """What one file holds (raises SourceError for a file that gives nothing)."""
    head = read_head(path)
    fmt = sniff(inner_suffix(path), head)
    name = str(path)
    if fmt == "jsonl":
        from timeline.sources.jsonl import lines_encoding, read_json_lines

        check_content(name, head)
        return read_json_lines(name, iter_lines(path), options, lines_encoding(head))
    whole = len(head) < HEAD_BYTES and len(head) <= loading.MAX_BYTES  # small: read already
    data = head if whole else read_bytes(path)
    return _read_format(name, fmt, data, options)


def read_url(url: str, options: ReadOptions) -> Reading:
    from urllib.parse import urlsplit

    from timeline.sources.remote import fetch

    download = fetch(url)
    suffix = Path(urlsplit(url).path).suffix
    fmt = sniff(suffix, download.data[:65536])
    return _read_format(url, fmt, download.data, options, charset=download.charset,
                        headers=download.headers)


def _read_format(
    name: str,
    fmt: Format,
    data: bytes,
    options: ReadOptions,
    *,
    charset: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> Reading:
    check_content(name, data)
    if fmt == "jsonl":
        from timeline.sources.jsonl import lines_encoding, read_json_lines

        lines = ((n, line) for n, line in enumerate(data.splitlines(), start=1))
        return read_json_lines(name, lines, options, charset or lines_encoding(data[:65536]))
    if fmt == "feed":
        from timeline.sources.feeds import read_feed

        return read_feed(name, data, options, headers)
    if fmt == "mhtml":
        from timeline.sources.html import read_mhtml

        return read_mhtml(name, data, options)
    if fmt == "timeml":
        from timeline.sources.timeml import read_timeml

        return read_timeml(name, data, options)
    text = decode(name, data, charset)
    if fmt == "html":
        from timeline.sources.html import read_html

        return read_html(name, text, options)
    if fmt == "json":
        from timeline.sources.jsonl import read_json

        return read_json(name, text, options)
    from timeline.sources.text import read_text

    return read_text(name, text, options)


def settle(
    found: Found, published: datetime | None, has_time: bool, options: ReadOptions
) -> Document | Skip:
    """The document with its publication context settled, or why it is skipped."""
    doc = found.doc
    dateline = find_dateline(doc.text)
    if dateline is not None and dateline.agency and not doc.source:
        doc = replace(doc, source=dateline.agency)
    place_zone = zone_for_place(dateline.place) if dateline is not None else None
    if place_zone and not options.timezone:
        options = ReadOptions(timezone=place_zone)
        if published is None and doc.published is not None:
            doc = _in_place_zone(doc, options)
    if published is not None:
        doc = doc.with_published(published, has_time, "command line")
    elif doc.published is None:
        if found.date_error:
            return Skip(doc.doc_id, f"{found.date_error} (pass --published to date it)",
                        BAD_DATE)
        day = dateline.date(found.reference, found.reference_has_day) if dateline else None
        if day is None:
            why = "no publication date in its metadata or a dateline"
            if dateline is not None and dateline.has_day:
                why = f"its dateline {dateline.text!r} gives no year"
            return Skip(doc.doc_id, f"{doc.doc_id}: {why}; pass --published", NO_DATE)
        value = settle_zone(datetime.combine(day, time()), options)
        doc = doc.with_published(value, False, "dateline")
    if not doc.text.strip():
        return Skip(doc.doc_id, f"{doc.doc_id}: no article text", NO_TEXT)
    return doc


def _in_place_zone(doc: Document, options: ReadOptions) -> Document:
    """A stated date moved into the zone of the dateline's city (no ``--timezone`` given):
    a time by the usual zone rule, a bare day only when it was put in UTC for want of one."""
    assert doc.published is not None and doc.published_from is not None
    if doc.published_has_time:
        value = settle_zone(doc.published, options)
    elif doc.timezone == "UTC":
        value = doc.published.replace(tzinfo=options.zone)
    else:
        return doc
    return doc.with_published(value, doc.published_has_time, doc.published_from)


def _as_input(raw: Path | str) -> str | Path:
    """URLs stay strings (a Path would fold ``https://`` into ``https:/``)."""
    text = str(raw)
    for scheme in ("http:/", "https:/"):
        if text.lower().startswith(scheme) and not text.lower().startswith(scheme + "/"):
            return scheme + "/" + text[len(scheme):]
    if text.lower().startswith(("http://", "https://")):
        return text
    return Path(raw)


def iter_documents(
    paths: Iterable[Path | str],
    *,
    published: datetime | None = None,
    published_has_time: bool = False,
    timezone: str | None = None,
    allow_urls: bool = False,
    skipped: list[tuple[str, str]] | None = None,
    report: ReadReport | None = None,
) -> Iterator[Document]:
    """Usable documents under ``paths``, read lazily file by file. Never raises for bad
    input: each unusable input or entry is recorded in ``report`` (or appended to
    ``skipped`` as ``(id, one-line reason naming it)``). ``timezone`` is the zone for dates
    and times stated without an offset; ``allow_urls`` lets ``http(s)://`` inputs be
    downloaded (only for URLs given explicitly)."""
    if report is None:
        report = ReadReport(skipped=skipped if skipped is not None else [])
    if timezone:
        zone(timezone)  # ValueError for an unknown zone, before anything is read
    options = ReadOptions(timezone=timezone)
    for raw in paths:
        item = _as_input(raw)
        if isinstance(item, str):
            yield from _from_reading(item, report, options, published, published_has_time,
                                     allow_urls)
            continue
        for path in iter_files([item]):
            yield from _from_reading(path, report, options, published, published_has_time)


def _from_reading(
    item: Path | str,
    report: ReadReport,
    options: ReadOptions,
    published: datetime | None,
    has_time: bool,
    allow_urls: bool = False,
) -> Iterator[Document]:
    name = str(item)
    try:
        if isinstance(item, str):
            if not allow_urls:
                raise SourceError(f"{name}: URLs are only read by 'timeline build'",
                                  FETCH_FAILED)
            reading = read_url(item, options)
        elif not item.exists() and not item.is_symlink():
            raise SourceError(f"{name}: no such file or folder", NO_SUCH_FILE)
        else:
            reading = read_input(item, options)
        for found in reading.found:
            settled = settle(found, published, has_time, options)
            if isinstance(settled, Skip):
                report.skip(settled.doc_id, settled.message, settled.reason)
                continue
            report.read += 1
            yield settled
        for skip in reading.skips:
            report.skip(skip.doc_id, skip.message, skip.reason)
    except SourceError as exc:
        report.skip(name, str(exc), exc.reason)
    except InputError as exc:
        report.skip(name, str(exc), MALFORMED)
    except Exception as exc:  # a parser failing on odd input must not stop the batch
        report.skip(name, f"{name}: could not be read ({type(exc).__name__}: {exc})",
                    MALFORMED)


def read_documents(
    paths: Iterable[Path | str],
    *,
    published: datetime | None = None,
    published_has_time: bool = False,
    timezone: str | None = None,
    strict: bool = False,
    allow_urls: bool = False,
) -> ReadReport:
    """Read every article under ``paths`` into a report. Never raises for bad input:
    unusable inputs are listed in ``skipped`` with a one-line reason naming the file."""
    report = ReadReport(strict=strict)
    report.documents.extend(
        iter_documents(
            paths,
            published=published,
            published_has_time=published_has_time,
            timezone=timezone,
            allow_urls=allow_urls,
            report=report,
        )
    )
    return report
