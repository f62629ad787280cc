"""The product end to end on the seed articles: build, extract, resolve, and bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from icalendar import Calendar

from tests.conftest import SEEDS
from timeline.cli import cli

SEED_000 = str(SEEDS / "000_aa69440053d7fdf1.txt")
SEED_001 = str(SEEDS / "001_78b44be79ad1fe25.txt")

# (seed file, words that must surround the expression, expression text, TIMEX3 value)
SEED_TABLE = [
    (SEED_000, "will be signed on", "Wednesday", "2025-10-29"),
    (SEED_000, "the talks set for", "Thursday", "2025-10-30"),
    (SEED_001, "reported on the 28th", "28th", "2025-10-28"),
    (SEED_001, "scheduled for the 29th", "29th", "2025-10-29"),
    (SEED_001, "in Busan on the 30th", "30th", "2025-10-30"),
    (SEED_001, "United Kingdom last month", "last month", "2025-09"),
]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[dict]]:
    code, out, err = run("extract", SEED_000, SEED_001, "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    by_doc: dict[str, list[dict]] = {}
    for row in rows:
        by_doc.setdefault(row["doc"], []).append(row)
    return by_doc


@pytest.mark.parametrize(("seed", "context", "expression", "value"), SEED_TABLE)
def test_seed_expressions_resolve(extracted, seed, context, expression, value):
    text = Path(seed).read_text(encoding="utf-8")
    rows = extracted[seed]
    matching = [r for r in rows if expression in r["text"] and value == r["value"]]
    assert matching, f"{expression!r} not resolved to {value}: {rows}"
    # The match is the one in the expected context, and offsets point into the article body.
    body_start = text.index("---", 3) + 4
    body = text[body_start:]
    assert any(
        context in body[max(0, r["start"] - 40) : r["end"] + 40] for r in matching
    ), "resolved at the wrong place in the text"
    assert all(body[r["start"] : r["end"]] == r["text"] for r in rows)


def test_years_is_a_duration_not_a_date(extracted):
    rows = [r for r in extracted[SEED_001] if r["text"].endswith("years")]
    assert rows and all(r["type"] == "DURATION" for r in rows)
    assert rows[0]["value"] == "PXY"


def test_page_furniture_gives_nothing(extracted):
    text = Path(SEED_000).read_text(encoding="utf-8")
    body = text[text.index("---", 3) + 4 :]
    tail_start = body.index("With inputs from agencies")
    assert not [r for r in extracted[SEED_000] if r["start"] >= tail_start]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("exports")
    code, stdout, err = run("build", str(SEEDS), "--out", str(out))
    assert code == 0, err
    return out, stdout


def test_build_writes_three_files_and_summary(built):
    out, stdout = built
    for name in ("events.ics", "timeline.html", "events.json"):
        assert (out / name).stat().st_size > 0
        assert name in stdout
    assert "2 documents" in stdout
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "temporary files left"


def test_calendar_holds_shared_events_once_citing_both(built):
    out, _ = built
    cal = Calendar.from_ical((out / "events.ics").read_bytes())
    days: dict[date, list] = {}
    for ev in cal.walk("VEVENT"):
        start = ev.decoded("dtstart")
        days.setdefault(start, []).append(ev)
    for day in (date(2025, 10, 29), date(2025, 10, 30)):
        summaries = [str(e["summary"]) for e in days.get(day, [])]
        assert len(summaries) == 1, f"{day}: {summaries}"
    events = json.loads((out / "events.json").read_text(encoding="utf-8"))["events"]
    for value in ("2025-10-29", "2025-10-30"):
        [event] = [e for e in events if e["value"] == value]
        assert len({m["doc"] for m in event["mentions"]}) == 2
    assert [e for e in events if e["value"] == "2025-10-28"]
    assert [e for e in events if e["value"] == "2025-09"]
    assert not [e for e in events if e["value"].startswith("P")], "a duration became an event"


def test_build_is_byte_identical(built, tmp_path):
    out, _ = built
    code, _, err = run("build", str(SEEDS), "--out", str(tmp_path))
    assert code == 0, err
    for name in ("events.ics", "timeline.html", "events.json"):
        assert (out / name).read_bytes() == (tmp_path / name).read_bytes(), name


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["the 28th", "--published", "2025-10-29"], "2025-10-28"),
        (["Wednesday", "--published", "2025-10-28", "--tense", "future"], "2025-10-29"),
        (["Wednesday", "--published", "2025-10-30", "--tense", "past"], "2025-10-29"),
        (["last month", "--published", "2025-10-29"], "2025-09"),
        (["next Friday", "--published", "2025-10-29"], "2025-10-31"),
    ],
)
def test_resolve(args, expected):
    code, out, err = run("resolve", *args)
    assert code == 0, err
    assert out.strip() == expected


def test_resolve_explain_and_json():
    code, out, _ = run("resolve", "the 28th", "--published", "2025-10-29", "--explain")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "2025-10-28" and len(lines) > 1
    assert "2025-10-29" in out  # the anchor is named
    code, out, _ = run("resolve", "Wednesday", "--published", "2025-10-28", "--json",
                       "--tense", "future")
    payload = json.loads(out)
    assert payload["value"] == "2025-10-29" and payload["direction"] == "future"


def test_resolve_unresolvable_exits_1():
    code, out, err = run("resolve", "the purple elephant", "--published", "2025-10-29")
    assert code == 1 and out == ""
    assert "purple elephant" in err and len(err.strip().splitlines()) == 1


def test_resolve_bad_published_date():
    code, _, err = run("resolve", "the 28th", "--published", "not-a-date")
    assert code == 2 and "Traceback" not in err


def test_missing_publication_date_is_an_error_naming_the_file(tmp_path):
    article = tmp_path / "undated.txt"
    article.write_text("The vote will be held on Thursday, officials said.\n", encoding="utf-8")
    out_dir = tmp_path / "out"
    code, _, err = run("build", str(article), "--out", str(out_dir))
    assert code == 2
    assert str(article) in err and "publication date" in err
    assert "Traceback" not in err
    assert not out_dir.exists(), "nothing may be written"
    code, stdout, err = run("build", str(article), "--out", str(out_dir),
                            "--published", "2025-10-28")
    assert code == 0, err
    events = json.loads((out_dir / "events.json").read_text(encoding="utf-8"))["events"]
    assert [e["value"] for e in events] == ["2025-10-30"]


def test_undated_file_beside_dated_ones_is_skipped_with_a_message(tmp_path):
    (tmp_path / "a.txt").write_text("Talks resume on Friday.\n", encoding="utf-8")
    dated = tmp_path / "b.txt"
    dated.write_text("---\npublished: 2025-10-29\n---\nTalks resume on Friday.\n", encoding="utf-8")
    code, out, err = run("build", str(tmp_path), "--out", str(tmp_path / "out"))
    assert code == 0
    assert "a.txt" in err
    assert out.startswith("1 document")


def test_extract_jsonl_interface():
    line = json.dumps({"doc": "d1", "dct": "2025-10-29", "text": "He arrived on Monday."})
    result = CliRunner().invoke(cli, ["extract", "--jsonl", "-"], input=line + "\n")
    assert result.exit_code == 0, result.stderr
    [row] = [json.loads(x) for x in result.stdout.splitlines()]
    assert row["doc"] == "d1"
    [timex] = row["timexes"]
    assert timex == {"start": 14, "end": 20, "text": "Monday", "type": "DATE",
                     "value": "2025-10-27"}


def test_extract_jsonl_bad_line_names_the_line():
    result = CliRunner().invoke(cli, ["extract", "--jsonl", "-"], input="{not json\n")
    assert result.exit_code == 2
    assert "line 1" in result.stderr and "Traceback" not in result.stderr


def test_extract_json_is_one_array_of_every_row(tmp_path):
    """extract streams its rows; the JSON it prints is still exactly one indented array."""
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("---\npublished: 2025-10-29\n---\nNothing dated here.\n", encoding="utf-8")
    code, out, err = run("extract", SEED_000, str(quiet), SEED_001, "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert out == json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    assert {r["doc"] for r in rows} == {SEED_000, SEED_001}
    code, out, err = run("extract", str(quiet), "--format", "json")
    assert (code, json.loads(out)) == (0, [])
