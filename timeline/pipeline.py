"""The one place the stages are strung together: documents → expressions → events → exports.

The CLI and every engine call these functions, so their outputs cannot drift apart.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from timeline.atomic import AtomicFiles
from timeline.documents import Document
from timeline.eventing.store import EventStore
from timeline.events import Event, events_from_document
from timeline.export.html import render_image
from timeline.export.outputs import Exports
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
    """What a build did. Documents and events are streamed, not kept: ``read.documents``
    stays empty, ``document_count`` says how many were analysed and ``event_count`` how many
    events the outputs hold; ``read.skipped`` lists unusable inputs."""

    read: ReadReport
    event_count: int = 0
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
    """The merged events of ``analyses`` in the date window, sorted (as the exports list them).
    Merged on disk like a build (see :class:`~timeline.eventing.store.EventStore`), but
    returned as a list: for the ``events`` command and small uses."""
    opts = options or BuildOptions()
    with EventStore() as store:
        for analysis in analyses:
            store.add(analysis.events)
        store.merge(keep=lambda e: in_window(e, opts))
        return list(store.events())


def _exports(options: BuildOptions, **kwargs: Any) -> Exports:
    return Exports(name=options.name, feeds=options.feeds,
                   include_periods=options.include_periods, plotlyjs=options.plotlyjs, **kwargs)


def render_outputs(
    events: Sequence[Event], options: BuildOptions | None = None
) -> dict[str, bytes]:
    """Every output file's bytes, rendered in memory (what a build streams to disk)."""
    opts = options or BuildOptions()
    exports = _exports(opts, spool=io.StringIO)
    ordered = sorted(events, key=Event.sort_key)
    for event in ordered:  # in order: of events sharing a UID, the last names its lane
        exports.observe(event)
    parts: dict[str, list[bytes]] = {}
    exports.write(ordered, lambda name, data: parts.setdefault(name, []).append(data))
    outputs = {name: b"".join(chunks) for name, chunks in parts.items()}
    if opts.image:
        outputs[f"timeline.{opts.image}"] = render_image(events, opts.image, name=opts.name)
    return outputs


# Per-source feeds a build writes; ones no longer produced are removed after a build so a
# subscriber never keeps receiving a feed whose source has gone.
PER_SOURCE_FEEDS = "events-*.ics"


def write_outputs(outputs: dict[str, bytes], out_dir: Path) -> list[Path]:
    """Write every output (all put in place together, see :class:`AtomicFiles`), then drop
    per-source feeds this build no longer makes."""
    with AtomicFiles(out_dir) as files:
        for name, data in sorted(outputs.items()):
            files.write(name, data)
        written = files.commit()
    _drop_stale_feeds(out_dir, set(outputs))
    return written


def write_exports(store: EventStore, exports: Exports, out_dir: Path,
                  options: BuildOptions) -> list[Path]:
    """Stream the merged events of ``store`` into every output in ``out_dir``: each file is
    written to a temporary file there and all are renamed into place only once every one is
    complete; on any error the temporary files are removed and the previous outputs stay."""
    with AtomicFiles(out_dir) as files:
        if options.image:
            # A static image is drawn from every event at once (kaleido): those are loaded.
            events = list(store.events())
            image = render_image(events, options.image, name=options.name)
            del events
            files.write(f"timeline.{options.image}", image)
        names = exports.write(store.events(), files.write)
        written = files.commit()
    _drop_stale_feeds(out_dir, set(names))
    return written


def _drop_stale_feeds(out_dir: Path, made: set[str]) -> None:
    for stale in sorted(Path(out_dir).glob(PER_SOURCE_FEEDS)):
        if stale.name not in made and stale.is_file():
            stale.unlink()


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

    Documents stream from the files through the engine (see :func:`analyse_many`), their
    candidate events go to an on-disk :class:`EventStore`, are merged one day at a time and
    streamed into the outputs (:func:`write_exports`): memory does not grow with the corpus
    or with the events found. ``on_analysis`` is called after each document (e.g. to report
    progress), and ``on_stage`` with ``"merge"`` then ``"write"`` as the later stages start.
    Nothing is written when no document is usable, or with ``strict`` when any input was skipped.
    ``timezone`` is the zone for dates the inputs state without an offset; ``allow_urls``
    lets http(s) URLs among ``paths`` be downloaded (for URLs a user named explicitly).
    """
    opts = options or BuildOptions()
    report = ReadReport(strict=strict)
    docs = iter_documents(
        paths, published=published, published_has_time=published_has_time,
        timezone=timezone, allow_urls=allow_urls, report=report,
    )
    result = BuildResult(report)

    def tally(analyses: Iterable[DocumentAnalysis]) -> Iterator[DocumentAnalysis]:
        for analysis in analyses:
            result.document_count += 1
            result.expression_count += len(analysis.timexes)
            if on_analysis is not None:
                on_analysis(analysis)
            yield analysis
        if on_stage is not None:
            on_stage("merge")

    with EventStore() as store:
        # Candidates go to disk as they come; the merge then runs block by block and the
        # outputs are streamed from the merged events (see docs/scale.md).
        for analysis in tally(
            analyse_many(docs, opts, jobs=jobs, engine=engine, scheduler=scheduler)
        ):
            store.add(analysis.events)
        if not (result.document_count and report.ok):
            return result
        exports = _exports(opts, shared_uids=set(), sets=store.disk_set)
        result.event_count = store.merge(keep=lambda e: in_window(e, opts),
                                         observe=exports.observe)
        if shared := store.shared_uids():
            # Two events with one UID (a hash collision): what the page and feeds number
            # by UID is gathered again knowing them, in the exports' order.
            exports = _exports(opts, shared_uids=shared, sets=store.disk_set)
            for event in store.events():
                exports.observe(event)
        if on_stage is not None:
            on_stage("write")
        result.written = write_exports(store, exports, Path(out_dir), opts)
    return result
