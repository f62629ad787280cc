"""The one place the stages are strung together: documents → expressions → events → exports.

The CLI and every engine call these functions, so their outputs cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from timeline.atomic import write_atomic
from timeline.documents import Document
from timeline.events import Event, events_from_document, merge_events
from timeline.export.html import render_html, render_image
from timeline.export.ics import render_feeds
from timeline.export.json import render_json
from timeline.sources import ReadReport, iter_documents
from timeline.temporal import tag
from timeline.temporal.model import Timex
from timeline.temporal.values import as_date

OUTPUT_FILES = ("events.ics", "timeline.html", "events.json")


@dataclass(frozen=True)
class BuildOptions:
    """What a build keeps and how it names its outputs."""

    name: str = "timeline"
    include: frozenset[str] = frozenset()
    date_from: date | None = None
    date_to: date | None = None
    # Exports: "single" feed or also one "per-source"; keep week/month/quarter/year events
    # in the feed; plotly.js "inline" (offline) or "cdn"; optional static "png"/"svg".
    feeds: str = "single"
    include_periods: bool = True
    plotlyjs: str = "inline"
    image: str | None = None


@dataclass(frozen=True)
class DocumentAnalysis:
    """One document's temporal expressions and the candidate events they anchor."""

    doc: Document
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...]


@dataclass
class BuildResult:
    """What a build did. Documents are streamed, not kept: ``read.documents`` stays empty and
    ``document_count`` says how many were analysed; ``read.skipped`` lists unusable inputs."""

    read: ReadReport
    events: list[Event]
    document_count: int = 0
    expression_count: int = 0
    written: list[Path] = field(default_factory=list)


def extract(doc: Document) -> list[Timex]:
    """Temporal expressions of one document, resolved against its publication date."""
    if doc.published is None:
        raise ValueError(f"{doc.doc_id}: no publication date")
    return tag(doc.text, doc.published, timezone=doc.timezone)


def analyse(doc: Document, options: BuildOptions | None = None) -> DocumentAnalysis:
    """One document's expressions and candidate events (``options.include`` keeps durations,
    sets, references or publication-day mentions as events too)."""
    opts = options or BuildOptions()
    timexes = extract(doc)
    events = events_from_document(doc, timexes, include=opts.include)
    return DocumentAnalysis(doc, tuple(timexes), tuple(events))


def analyse_many(
    docs: Iterable[Document],
    options: BuildOptions | None = None,
    *,
    jobs: int | None = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[DocumentAnalysis]:
    """Analyse documents lazily, yielding in input order whatever the engine: ``local`` runs
    ``jobs`` processes (1: this one; None: every core), ``dask`` runs on the cluster at
    ``scheduler`` (else a local one of ``jobs`` workers). Raises ``EngineError``."""
    from timeline.engines import get_engine

    runner = get_engine(engine, jobs=jobs, scheduler=scheduler)
    return runner.run(docs, options or BuildOptions())


def in_window(event: Event, options: BuildOptions) -> bool:
    start = as_date(event.start)
    end = as_date(event.end)
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
    outputs = render_feeds(
        events, name=opts.name, mode=opts.feeds, include_periods=opts.include_periods
    )
    outputs["timeline.html"] = render_html(
        events, name=opts.name, plotlyjs=opts.plotlyjs
    ).encode("utf-8")
    outputs["events.json"] = render_json(events, name=opts.name).encode("utf-8")
    if opts.image:
        outputs[f"timeline.{opts.image}"] = render_image(events, opts.image, name=opts.name)
    return outputs


# Per-source feeds a build writes; ones no longer produced are removed after a build so a
# subscriber never keeps receiving a feed whose source has gone.
PER_SOURCE_FEEDS = "events-*.ics"


def write_outputs(outputs: dict[str, bytes], out_dir: Path) -> list[Path]:
    """Write every output atomically, then drop per-source feeds this build no longer makes."""
    written = [write_atomic(out_dir / name, data) for name, data in sorted(outputs.items())]
    for stale in sorted(out_dir.glob(PER_SOURCE_FEEDS)):
        if stale.name not in outputs and stale.is_file():
            stale.unlink()
    return written


def build(
    paths: Sequence[Path | str],
    out_dir: Path | str,
    options: BuildOptions | None = None,
    *,
    published: datetime | None = None,
    published_has_time: bool = False,
    jobs: int | None = 1,
    engine: str = "local",
    scheduler: str | None = None,
    on_analysis: Callable[[DocumentAnalysis], None] | None = None,
    timezone: str | None = None,
    strict: bool = False,
    allow_urls: bool = False,
    on_stage: Callable[[str], None] | None = None,
) -> BuildResult:
    """Read, tag, build events and write every export to ``out_dir``.

    Documents stream from the files through the engine (see :func:`analyse_many`) and only
    their candidate events are kept, so memory grows with the events found, not with the
    corpus. ``on_analysis`` is called after each document (e.g. to report progress), and
    ``on_stage`` with ``"merge"`` then ``"write"`` as the later stages start. Nothing
    is written when no document is usable, or with ``strict`` when any input was skipped.
    ``timezone`` is the zone for dates the inputs state without an offset; ``allow_urls``
    lets http(s) URLs among ``paths`` be downloaded (for URLs a user named explicitly).
    """
    opts = options or BuildOptions()
    report = ReadReport(strict=strict)
    docs = iter_documents(
        paths, published=published, published_has_time=published_has_time,
        timezone=timezone, allow_urls=allow_urls, report=report,
    )
    result = BuildResult(report, [])

    def tally(analyses: Iterable[DocumentAnalysis]) -> Iterator[DocumentAnalysis]:
        for analysis in analyses:
            result.document_count += 1
            result.expression_count += len(analysis.timexes)
            if on_analysis is not None:
                on_analysis(analysis)
            yield analysis
        if on_stage is not None:
            on_stage("merge")

    result.events = collect_events(
        tally(analyse_many(docs, opts, jobs=jobs, engine=engine, scheduler=scheduler)), opts
    )
    if result.document_count and report.ok:
        if on_stage is not None:
            on_stage("write")
        result.written = write_outputs(render_outputs(result.events, opts), Path(out_dir))
    return result
