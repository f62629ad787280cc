"""The one place the stages are strung together: documents → expressions → events → exports.

The CLI and every engine call these functions, so their outputs cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from timeline.atomic import write_atomic
from timeline.documents import Document
from timeline.events import Event, events_from_document, merge_events
from timeline.export.html import render_html
from timeline.export.ics import render_ics
from timeline.export.json import render_json
from timeline.sources import ReadReport, read_documents
from timeline.temporal import tag
from timeline.temporal.model import Timex

OUTPUT_FILES = ("events.ics", "timeline.html", "events.json")


@dataclass(frozen=True)
class BuildOptions:
    """What a build keeps and how it names its outputs."""

    name: str = "timeline"
    include: frozenset[str] = frozenset()
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class DocumentAnalysis:
    """One document's temporal expressions and the candidate events they anchor."""

    doc: Document
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...]


@dataclass
class BuildResult:
    read: ReadReport
    analyses: list[DocumentAnalysis]
    events: list[Event]
    written: list[Path] = field(default_factory=list)

    @property
    def expression_count(self) -> int:
        return sum(len(a.timexes) for a in self.analyses)


def extract(doc: Document) -> list[Timex]:
    """Temporal expressions of one document, resolved against its publication date."""
    if doc.published is None:
        raise ValueError(f"{doc.doc_id}: no publication date")
    return tag(doc.text, doc.published, timezone=doc.timezone)


def analyse(doc: Document, options: BuildOptions | None = None) -> DocumentAnalysis:
    timexes = extract(doc)
    return DocumentAnalysis(doc, tuple(timexes), tuple(events_from_document(doc, timexes)))


def analyse_many(
    docs: Iterable[Document], options: BuildOptions | None = None, *, jobs: int = 1
) -> Iterator[DocumentAnalysis]:
    """Analyse documents in input order, in ``jobs`` local processes when jobs > 1."""
    opts = options or BuildOptions()
    if jobs <= 1:
        for doc in docs:
            yield analyse(doc, opts)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(analyse, docs, _repeat(opts), chunksize=8)


def _repeat(value: BuildOptions) -> Iterator[BuildOptions]:
    while True:
        yield value


def in_window(event: Event, options: BuildOptions) -> bool:
    start = event.start.date() if isinstance(event.start, datetime) else event.start
    end = event.end.date() if isinstance(event.end, datetime) else event.end
    if options.date_from and end <= options.date_from:
        return False
    return not (options.date_to and start > options.date_to)


def collect_events(
    analyses: Iterable[DocumentAnalysis], options: BuildOptions | None = None
) -> list[Event]:
    opts = options or BuildOptions()
    candidates = [e for a in analyses for e in a.events]
    return [e for e in merge_events(candidates) if in_window(e, opts)]


def render_outputs(
    events: Sequence[Event], options: BuildOptions | None = None
) -> dict[str, bytes]:
    """Every output file's bytes, rendered in memory before anything is written."""
    opts = options or BuildOptions()
    return {
        "events.ics": render_ics(events, name=opts.name),
        "timeline.html": render_html(events, name=opts.name).encode("utf-8"),
        "events.json": render_json(events, name=opts.name).encode("utf-8"),
    }


def write_outputs(outputs: dict[str, bytes], out_dir: Path) -> list[Path]:
    return [write_atomic(out_dir / name, data) for name, data in sorted(outputs.items())]


def build(
    paths: Sequence[Path | str],
    out_dir: Path | str,
    options: BuildOptions | None = None,
    *,
    published: datetime | None = None,
    published_has_time: bool = False,
    jobs: int = 1,
) -> BuildResult:
    """Read, tag, build events and write every export to ``out_dir``."""
    opts = options or BuildOptions()
    report = read_documents(paths, published=published, published_has_time=published_has_time)
    analyses = list(analyse_many(report.documents, opts, jobs=jobs))
    events = collect_events(analyses, opts)
    result = BuildResult(report, analyses, events)
    if report.documents:
        result.written = write_outputs(render_outputs(events, opts), Path(out_dir))
    return result
