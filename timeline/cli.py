"""The `timeline` command: thin click wrappers over functions callable from Python."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import click

from timeline import __version__
from timeline.documents import parse_published


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
def cli() -> None:
    """Find the dates news articles speak of, resolve them, and export events."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default="exports", type=click.Path(path_type=Path),
              show_default=True, help="Folder to write events.ics, timeline.html, events.json.")
@click.option("--published", type=PUBLISHED,
              help="Publication date for every input (overrides the files').")
@click.option("--timezone", "tz", help="IANA time zone for --published (e.g. Asia/Seoul).")
@click.option("--name", default="timeline", show_default=True, help="Calendar and page name.")
@click.option("--jobs", type=int, default=1, show_default=True, help="Parallel processes.")
def build(paths: tuple[Path, ...], out_dir: Path, published, tz, name: str, jobs: int) -> None:
    """Read articles, resolve their dates, and write the calendar, page and JSON."""
    from timeline.pipeline import BuildOptions
    from timeline.pipeline import build as run_build

    pub = _with_zone(published, tz)
    inputs = list(paths) or [Path("seeds")]
    result = run_build(
        inputs,
        out_dir,
        BuildOptions(name=name),
        published=pub[0] if pub else None,
        published_has_time=pub[1] if pub else False,
        jobs=jobs,
    )
    for _, message in result.read.skipped:
        click.echo(f"timeline: skipped {message}", err=True)
    if not result.read.documents:
        fail("no usable document: nothing written")
    click.echo(
        f"{len(result.read.documents)} documents, {result.expression_count} expressions, "
        f"{len(result.events)} events"
    )
    for path in result.written:
        click.echo(f"wrote {path}")


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
@click.option("--timezone", "tz", help="IANA time zone for --published.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--jsonl", "jsonl", is_flag=True,
              help='Machine interface: read {"doc","dct","text"} lines from FILE or stdin.')
def extract(files: tuple[Path, ...], published, tz, fmt: str, jsonl: bool) -> None:
    """List every temporal expression with offsets, type and TIMEX3 value."""
    if jsonl:
        _extract_jsonl(files)
        return
    from timeline.pipeline import extract as extract_doc
    from timeline.sources import read_documents

    if not files:
        fail("extract needs FILE arguments (or --jsonl)")
    pub = _with_zone(published, tz)
    report = read_documents(files, published=pub[0] if pub else None,
                            published_has_time=pub[1] if pub else False)
    for _, message in report.skipped:
        click.echo(f"timeline: {message}", err=True)
    if not report.documents:
        fail("no usable document")
    rows = []
    for doc in report.documents:
        for t in extract_doc(doc):
            rows.append({"doc": doc.doc_id} | t.as_dict())
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        click.echo(f"{r['doc']}\t{r['start']}-{r['end']}\t{r['type']}\t{r['value']}\t{r['text']}")


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
            out.write(json.dumps({"doc": item.get("doc"), "timexes": timexes},
                                 ensure_ascii=False) + "\n")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--errors", is_flag=True, help="List every missed, spurious and wrong expression.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(paths: tuple[Path, ...], errors: bool, as_json: bool) -> None:
    """Score the temporal tagger on TimeML gold data (.tml files, folders of them, or .jsonl)."""
    from timeline.evaluation import evaluate_paths, format_report

    results = evaluate_paths(paths, errors=errors)
    if as_json:
        payload = []
        for s in results:
            item = s.as_dict()
            if errors:
                item["errors"] = [e.as_dict() for e in s.errors]
            payload.append(item)
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    click.echo(format_report(results, errors=errors))


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
