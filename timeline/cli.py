"""The `timeline` command: thin click wrappers over functions callable from Python."""

from __future__ import annotations

import contextlib
import json
import signal
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from timeline import __version__
from timeline.documents import parse_published, zone

if TYPE_CHECKING:
    from timeline.sources import ReadReport


class PublishedType(click.ParamType):
    """A publication date or datetime (ISO or written form); checked, kept as typed."""

    name = "DATE"

    def convert(self, value, param, ctx):  # type: ignore[no-untyped-def]
        try:
            parse_published(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)
        return str(value)


PUBLISHED = PublishedType()
# What the progress line says while a build merges and writes (its counts stop moving then).
STAGE_LABELS = {"merge": "merging events", "write": "writing outputs"}


class TimezoneType(click.ParamType):
    """An IANA time zone name (Asia/Seoul), checked."""

    name = "ZONE"

    def convert(self, value, param, ctx):  # type: ignore[no-untyped-def]
        try:
            zone(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)
        return str(value)


TIMEZONE = TimezoneType()


def _with_zone(raw: str | None, tz: str | None) -> tuple[datetime, bool] | None:
    """``--published`` read in ``--timezone`` (a time without offset is local to that zone)."""
    if raw is None:
        return None
    try:
        return parse_published(raw, tz)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--timezone") from None


def fail(message: str, code: int = 2) -> None:
    click.echo(f"timeline: {message}", err=True)
    sys.exit(code)


def _report_reading(report: ReadReport, strict: bool, summary: bool = True) -> None:
    """Each skipped input on its own line, then (for build) the counts by reason, on stderr."""
    label = "error" if strict else "skipped"
    for _, message in report.skipped:
        click.echo(f"timeline: {label} {message}", err=True)
    if summary:
        for line in report.summary():
            click.echo(f"timeline: {line}", err=True)


def export_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The export options shared by ``build`` and ``serve --watch`` (fields of BuildOptions)."""
    day = click.DateTime(formats=["%Y-%m-%d"])
    options = [
        click.option(
            "--feeds",
            type=click.Choice(["single", "per-source"]),
            default="single",
            show_default=True,
            help="events.ics only, or also one events-<source>.ics per source.",
        ),
        click.option(
            "--from",
            "date_from",
            type=day,
            metavar="YYYY-MM-DD",
            help="Keep only events that end on or after this day.",
        ),
        click.option(
            "--to",
            "date_to",
            type=day,
            metavar="YYYY-MM-DD",
            help="Keep only events that start on or before this day.",
        ),
        click.option(
            "--no-periods",
            is_flag=True,
            help="Leave week/month/quarter/year events out of the calendar feed.",
        ),
        click.option(
            "--plotlyjs",
            type=click.Choice(["inline", "cdn"]),
            default="inline",
            show_default=True,
            help="Embed plotly.js in timeline.html (works offline) or link the CDN.",
        ),
        click.option(
            "--image",
            type=click.Choice(["png", "svg"]),
            help="Also write timeline.png/.svg (needs the [image] extra: kaleido).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _export_settings(export: dict[str, Any]) -> dict[str, Any]:
    """BuildOptions fields from the export options; fails with one line when they clash."""
    date_from = export["date_from"].date() if export.get("date_from") else None
    date_to = export["date_to"].date() if export.get("date_to") else None
    if date_from and date_to and date_from > date_to:
        fail(f"--from {date_from} is after --to {date_to}")
    image = export.get("image")
    if image:
        from timeline.export.html import image_renderer_available

        if not image_renderer_available():
            fail(
                f"--image {image} needs a static image renderer: "
                "pip install 'timeline[image]' (kaleido); nothing written"
            )
    return {
        "feeds": export["feeds"],
        "date_from": date_from,
        "date_to": date_to,
        "include_periods": not export["no_periods"],
        "plotlyjs": export["plotlyjs"],
        "image": image,
    }


def _parse_include(ctx: click.Context, param: click.Parameter, value: str | None) -> frozenset[str]:
    from timeline.events import parse_include

    try:
        return parse_include(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def include_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--include durations,sets,references,publication`` (shared by build and events)."""
    return click.option(
        "--include",
        callback=_parse_include,
        metavar="KINDS",
        help="Also make events of what is left out by default, comma-separated: durations "
        "(counted from publication), sets (first occurrence, with RRULE), references "
        '("now" on the publication day), publication ("said on Tuesday" in a '
        "Tuesday paper), or all.",
    )(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
def cli() -> None:
    """Find the dates news articles speak of, resolve them, and export events."""


@cli.command()
@click.argument("paths", nargs=-1, type=str)
@click.option(
    "--out",
    "out_dir",
    default="exports",
    type=click.Path(path_type=Path),
    show_default=True,
    help="Folder to write events.ics, timeline.html, events.json.",
)
@click.option(
    "--published", type=PUBLISHED, help="Publication date for every input (overrides the files')."
)
@click.option(
    "--timezone",
    "tz",
    type=TIMEZONE,
    help="IANA time zone for --published and "
    "for dates the inputs state without an offset (e.g. Asia/Seoul).",
)
@click.option(
    "--strict", is_flag=True, help="Fail (write nothing) if any input or entry has to be skipped."
)
@click.option("--name", default="timeline", show_default=True, help="Calendar and page name.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Documents analysed in parallel: processes (local engine) or workers of a "
    "local Dask cluster.  [default: every core]",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where documents are analysed; dask needs the [dask] extra.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Dask scheduler (tcp://host:8786 or a scheduler file) for --engine dask; "
    "without it a local cluster is started.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress line on stderr.  [default: only on a terminal, not in CI]",
)
@include_option
@export_options
def build(
    paths: tuple[str, ...],
    out_dir: Path,
    published,
    tz,
    strict: bool,
    name: str,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    progress: bool | None,
    include: frozenset[str],
    **export: Any,
) -> None:
    """Read articles, resolve their dates, and write the calendar, page and JSON.

    PATHS are files, folders, or http(s) URLs of feeds/pages: text/Markdown with front
    matter, saved HTML pages, RSS/Atom feeds, JSON lines, TimeML."""
    from timeline.engines import EngineError
    from timeline.pipeline import BuildOptions, DocumentAnalysis
    from timeline.pipeline import build as run_build
    from timeline.progress import Progress

    pub = _with_zone(published, tz)
    if scheduler and engine != "dask":
        fail("--scheduler needs --engine dask")
    inputs: list[str | Path] = list(paths) or [Path("seeds")]
    with Progress("analysed", enabled=progress) as bar, _terminate_as_interrupt():

        def advance(analysis: DocumentAnalysis) -> None:
            bar.advance(1, len(analysis.doc.text.encode("utf-8")) if bar.enabled else 0)

        try:
            result = run_build(
                inputs,
                out_dir,
                BuildOptions(name=name, include=include, **_export_settings(export)),
                published=pub[0] if pub else None,
                published_has_time=pub[1] if pub else False,
                jobs=jobs,
                engine=engine,
                scheduler=scheduler,
                on_analysis=advance,
                timezone=tz,
                strict=strict,
                allow_urls=True,
                on_stage=lambda stage: bar.set_stage(STAGE_LABELS.get(stage, stage)),
            )
        except EngineError as exc:
            bar.close()
            fail(str(exc))
            return
        except KeyboardInterrupt:
            bar.close()
            fail("interrupted: nothing written", 130)
            return
        except OSError as exc:  # the output folder, or the merge store's disk, fails us
            bar.close()
            fail(f"{exc.filename or out_dir}: {exc.strerror or exc}: nothing written")
            return
        except sqlite3.Error as exc:  # the on-disk merge store ($TMPDIR full, say)
            bar.close()
            fail(f"the merge store in {tempfile.gettempdir()} failed ({exc}): nothing written")
            return
    _report_reading(result.read, strict)
    if not result.document_count:
        fail("no usable document: nothing written")
    if strict and result.read.skipped:
        fail("--strict: some inputs were skipped: nothing written")
    click.echo(
        f"{result.document_count} documents, {result.expression_count} expressions, "
        f"{result.event_count} events"
    )
    for path in result.written:
        click.echo(f"wrote {path}")


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (a job stopped by a scheduler or ``kill``) ends a build like Ctrl-C: the
    temporary files and the on-disk merge store are removed, previous outputs stay."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@cli.command()
@click.argument("expression")
@click.option("--published", type=PUBLISHED, required=True, help="The date to resolve against.")
@click.option("--tense", type=click.Choice(["past", "future"]), help="Force the direction.")
@click.option("--explain", is_flag=True, help="Say how the value was reached.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def resolve(expression: str, published, tense: str | None, explain: bool, as_json: bool) -> None:
    """Resolve one temporal expression against a publication date."""
    from timeline.temporal import resolve as resolve_expression

    value, _ = parse_published(published)
    timex = resolve_expression(expression, value, tense=tense)  # type: ignore[arg-type]
    if timex is None:
        fail(f"cannot resolve {expression!r}: not a temporal expression I know", 1)
        return
    if as_json:
        payload = timex.as_dict() | {
            "anchor": timex.anchor,
            "direction": timex.direction,
            "known": timex.known,
            "implied": timex.implied,
            "explanation": list(timex.explanation),
        }
        click.echo(json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str))
        return
    click.echo(timex.value)
    if explain:
        for line in timex.explanation:
            click.echo(f"  {line}")


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--published", type=PUBLISHED, help="Publication date (overrides the files').")
@click.option(
    "--timezone",
    "tz",
    type=TIMEZONE,
    help="IANA time zone for --published and for dates the inputs state without an offset.",
)
@click.option("--strict", is_flag=True, help="Fail if any input or entry has to be skipped.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option(
    "--jsonl",
    "jsonl",
    is_flag=True,
    help='Machine interface: read {"doc","dct","text"} lines from FILE or stdin.',
)
def extract(files: tuple[Path, ...], published, tz, strict: bool, fmt: str, jsonl: bool) -> None:
    """List every temporal expression with offsets, type and TIMEX3 value."""
    if jsonl:
        _extract_jsonl(files)
        return
    from timeline.pipeline import extract as extract_doc
    from timeline.sources import ReadReport, iter_documents

    if not files:
        fail("extract needs FILE arguments (or --jsonl)")
    pub = _with_zone(published, tz)
    report = ReadReport(strict=strict)
    docs = iter_documents(
        files,
        published=pub[0] if pub else None,
        published_has_time=pub[1] if pub else False,
        timezone=tz,
        report=report,
    )
    if strict:
        # nothing is printed unless every input is usable: read them all first
        docs = iter(list(docs))
        _report_reading(report, strict, summary=False)
        if not report.read:
            fail("no usable document")
        if report.skipped:
            fail("--strict: some inputs were skipped")
    # Streamed: each document's rows are printed as soon as it is tagged, so memory stays
    # flat however many files there are (the JSON array is written item by item).
    count = 0
    for doc in docs:
        for t in extract_doc(doc):
            row = {"doc": doc.doc_id} | t.as_dict()
            if fmt == "json":
                item = json.dumps(row, ensure_ascii=False, indent=2).replace("\n", "\n  ")
                click.echo(("[\n  " if count == 0 else ",\n  ") + item, nl=False)
            else:
                click.echo(
                    f"{row['doc']}\t{row['start']}-{row['end']}\t{row['type']}\t"
                    f"{row['value']}\t{row['text']}"
                )
            count += 1
    if not strict:
        _report_reading(report, strict, summary=False)
    if fmt == "json" and report.read:
        click.echo("\n]" if count else "[]")
    if not report.read:
        fail("no usable document")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", type=PUBLISHED, help="Publication date (overrides the files').")
@click.option(
    "--timezone",
    "tz",
    type=TIMEZONE,
    help="IANA time zone for --published and for dates the inputs state without an offset.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def documents(paths: tuple[Path, ...], published, tz, fmt: str) -> None:
    """List the documents PATHS hold and the publication context each was given (date,
    where it came from, source, title, URL), without analysing them."""
    from timeline.sources import read_documents

    pub = _with_zone(published, tz)
    report = read_documents(
        paths,
        published=pub[0] if pub else None,
        published_has_time=pub[1] if pub else False,
        timezone=tz,
    )
    rows = [
        {
            "doc": d.doc_id,
            "published": d.published.isoformat() if d.published else None,
            "has_time": d.published_has_time,
            "timezone": d.timezone,
            "published_from": d.published_from,
            "source": d.source,
            "title": d.title,
            "url": d.url,
            "chars": len(d.text),
        }
        for d in report.documents
    ]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            day = r["published"] if r["has_time"] else str(r["published"])[:10]
            click.echo(
                f"{r['doc']}\t{day} {r['timezone']}\t{r['published_from']}\t"
                f"{r['source'] or ''}\t{r['title'] or ''}"
            )
    _report_reading(report, strict=False)
    if not report.documents:
        fail("no usable document")


def _extract_jsonl(files: tuple[Path, ...]) -> None:
    from datetime import date

    from timeline.temporal import tag

    if len(files) > 1:
        fail("--jsonl reads one FILE or - (stdin)")
    name = str(files[0]) if files else "-"
    stream = sys.stdin if name == "-" else None
    try:
        handle = stream or open(name, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        fail(f"{name}: cannot read ({exc.strerror or exc})")
        return
    out = sys.stdout
    with handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                dct = date.fromisoformat(str(item["dct"])[:10])
                text = item["text"]
                if not isinstance(text, str):
                    raise TypeError("text is not a string")
            except (ValueError, KeyError, TypeError) as exc:
                fail(f"{name}: line {lineno}: bad input line ({exc})")
                return
            timexes = [t.as_dict() for t in tag(text, dct)]
            out.write(
                json.dumps({"doc": item.get("doc"), "timexes": timexes}, ensure_ascii=False) + "\n"
            )


@cli.command()
@click.argument(
    "directory", default="exports", required=False, type=click.Path(path_type=Path, file_okay=False)
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8080,
    show_default=True,
    help="Port to listen on (0: any free port).",
)
@click.option(
    "--watch",
    "watch",
    multiple=True,
    type=click.Path(path_type=Path, exists=True),
    metavar="ARTICLES",
    help="Articles (files or folders, repeatable) to rebuild DIRECTORY from now and "
    "whenever they change.",
)
@click.option(
    "--interval",
    type=click.FloatRange(min=0.2),
    default=2.0,
    show_default=True,
    help="Seconds between checks for changed articles (--watch).",
)
@click.option(
    "--name",
    default="timeline",
    show_default=True,
    help="Calendar and page name for --watch rebuilds.",
)
@click.option("--quiet", is_flag=True, help="Do not log requests.")
@export_options
def serve(
    directory: Path,
    host: str,
    port: int,
    watch: tuple[Path, ...],
    interval: float,
    name: str,
    quiet: bool,
    **export: Any,
) -> None:
    """Serve the exports in DIRECTORY over HTTP (feed, page, JSON and an index page)."""
    from timeline.pipeline import BuildOptions
    from timeline.pipeline import build as run_build
    from timeline.serve import ExportServer, Watcher

    watcher = None
    if watch:
        options = BuildOptions(name=name, **_export_settings(export))

        def rebuild() -> None:
            result = run_build(list(watch), directory, options, jobs=1)
            if not result.document_count:
                raise ValueError("no usable document among the watched articles")

        try:
            rebuild()
        except Exception as exc:  # the server can still serve what is there
            click.echo(f"timeline: first build failed ({exc})", err=True)
        watcher = Watcher(list(watch), rebuild, interval=interval)
    if not directory.is_dir():
        fail(f"{directory}: no such folder (run `timeline build --out {directory}` first)")
    try:
        server = ExportServer(directory, host, port, quiet=quiet)
    except OSError as exc:
        fail(f"cannot listen on {host}:{port} ({exc.strerror or exc})")
        return
    url = server.url
    webcal = url.replace("http://", "webcal://", 1) + "events.ics"
    click.echo(f"serving {directory} at {url}  (subscribe: {webcal}; Ctrl-C to stop)")
    if watcher is not None:
        watcher.start()
    try:
        server.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        if watcher is not None:
            watcher.stop()
        server.server_close()


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="A readable table, or exactly what events.json holds.",
)
@click.option(
    "--from",
    "date_from",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="Keep only events that end on or after this day.",
)
@click.option(
    "--to",
    "date_to",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="Keep only events that start on or before this day.",
)
@click.option(
    "--published", type=PUBLISHED, help="Publication date for every input (overrides the files')."
)
@click.option(
    "--timezone",
    "tz",
    type=TIMEZONE,
    help="IANA time zone for --published and for dates the inputs state without an offset.",
)
@click.option("--strict", is_flag=True, help="Fail if any input or entry has to be skipped.")
@click.option("--name", default="timeline", show_default=True, help="Name put in the JSON.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Documents analysed in parallel (as for build).  [default: every core]",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where documents are analysed (as for build).",
)
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler for --engine dask.")
@include_option
def events(
    paths: tuple[Path, ...],
    fmt: str,
    date_from,
    date_to,
    published,
    tz,
    strict: bool,
    name: str,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    include: frozenset[str],
) -> None:
    """List the events of PATHS (default: seeds/): the same list the exports are built from."""
    from timeline.engines import EngineError
    from timeline.eventing.store import EventStore
    from timeline.export.json import JsonWriter
    from timeline.pipeline import BuildOptions, analyse_many, in_window
    from timeline.sources import ReadReport, iter_documents

    start = date_from.date() if date_from else None
    end = date_to.date() if date_to else None
    if start and end and start > end:
        fail(f"--from {start} is after --to {end}")
    pub = _with_zone(published, tz)
    options = BuildOptions(name=name, include=include, date_from=start, date_to=end)
    report = ReadReport(strict=strict)
    docs = iter_documents(
        list(paths) or [Path("seeds")],
        published=pub[0] if pub else None,
        published_has_time=pub[1] if pub else False,
        timezone=tz,
        report=report,
    )
    count = 0

    def counted(items):  # type: ignore[no-untyped-def]
        nonlocal count
        for item in items:
            count += 1
            yield item

    if scheduler and engine != "dask":
        fail("--scheduler needs --engine dask")
    # Merged on disk and printed as a stream, like a build's outputs: the same list as
    # collect_events, in bounded memory however large the archive.
    with EventStore() as store, _terminate_as_interrupt():
        try:
            for analysis in counted(
                analyse_many(docs, options, jobs=jobs, engine=engine, scheduler=scheduler)
            ):
                store.add(analysis.events)
        except EngineError as exc:
            fail(str(exc))
            return
        _report_reading(report, strict, summary=False)
        if not count:
            fail("no usable document")
        if strict and report.skipped:
            fail("--strict: some inputs were skipped")
        if fmt == "json":
            writer = JsonWriter(name=name)
            store.merge(keep=lambda e: in_window(e, options), observe=writer.observe)
            writer.write(store.events(), lambda text: click.echo(text, nl=False))
            return
        width = 0

        def measure(event: Any) -> None:
            nonlocal width
            width = max(width, len(_when(event)))

        if not store.merge(keep=lambda e: in_window(e, options), observe=measure):
            click.echo("no events")
        for event in store.events():
            click.echo(_event_lines(event, width))


def format_event_table(found: list[Any]) -> str:
    """The event list as the `events` command prints it: one line per event (date, status,
    number of sources, title, place), then one indented line per source."""
    if not found:
        return "no events"
    width = max(len(_when(e)) for e in found)
    return "\n".join(_event_lines(e, width) for e in found)


def _when(e: Any) -> str:
    when = e.value if not e.end_value else f"{e.value}/{e.end_value}"
    return f"{when} {e.timezone}" if e.timezone else when


def _event_lines(e: Any, width: int) -> str:
    """One event of the table: its line, then one indented line per source."""
    where = f"  [{e.place}]" if e.place and e.place not in e.title else ""
    n = len(e.documents)
    lines = [
        f"{_when(e):<{width}}  {e.status:<9}  {n} source{'s' if n != 1 else ' '}  {e.title}{where}"
    ]
    for m in e.mentions:
        lines.append(
            f"{'':<{width}}    {m.source}, {m.published[:10]}: "
            f"\u201c{m.expression}\u201d  ({Path(m.doc_id).name}:{m.start}-{m.end})"
        )
    return "\n".join(lines)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--errors", is_flag=True, help="List every missed, spurious and wrong expression.")
@click.option(
    "--kinds", is_flag=True, help="Count the errors by kind, most common first, with examples."
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(paths: tuple[Path, ...], errors: bool, kinds: bool, as_json: bool) -> None:
    """Score the temporal tagger on TimeML gold data (.tml files, folders of them, or .jsonl)."""
    from timeline.error_kinds import error_kind, kind_table
    from timeline.evaluation import evaluate_paths, format_report

    results = evaluate_paths(paths, errors=errors or kinds)
    if as_json:
        payload = []
        for s in results:
            item = s.as_dict()
            if errors:
                item["errors"] = [{**e.as_dict(), "error_kind": error_kind(e)} for e in s.errors]
            if kinds:
                item["error_kinds"] = {kind: n for kind, n, _ in kind_table(s.errors)}
            payload.append(item)
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    click.echo(format_report(results, errors=errors, kinds=kinds))


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
