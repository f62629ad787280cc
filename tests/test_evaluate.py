"""The TempEval-3 scorer, the TimeML reader and a regression test on the TBAQ corpora."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.error_kinds import error_kind
from timeline.evaluation import (
    Document,
    GoldTimex,
    Mismatch,
    evaluate,
    evaluate_paths,
    format_report,
    load,
    read_jsonl,
    read_timeml,
    score,
)
from timeline.temporal.model import Timex

SHARED = Path(
    os.environ.get("TIMELINE_SHARED") or Path(__file__).resolve().parents[1] / "../shared"
)
TBAQ = SHARED / "corpora" / "tbaq"


def g(start: int, end: int, value: str = "2025-10-29", type_: str = "DATE") -> GoldTimex:
    return GoldTimex(start, end, "x" * (end - start), type_, value)


def s(start: int, end: int, value: str = "2025-10-29", type_: str = "DATE") -> Timex:
    return Timex(start, end, "x" * (end - start), type_, value)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- scorer


def test_perfect_match() -> None:
    r = score([g(0, 5), g(10, 15)], [s(0, 5), s(10, 15)])
    assert r.strict == (1.0, 1.0, 1.0)
    assert r.relaxed == (1.0, 1.0, 1.0)
    assert r.value_f1 == 1.0 and r.type_f1 == 1.0


def test_partial_overlap_counts_only_relaxed() -> None:
    # gold [0,10) vs system [3,10): relaxed match, not strict
    r = score([g(0, 10)], [s(3, 10)])
    assert r.strict == (0.0, 0.0, 0.0)
    assert r.relaxed == (1.0, 1.0, 1.0)


def test_exact_figures_mixed_case() -> None:
    gold = [g(0, 5), g(10, 20, "P3M", "DURATION"), g(30, 35), g(50, 55)]
    system = [
        s(0, 5),  # strict, value ok
        s(12, 20, "P2M", "DURATION"),  # relaxed, wrong value, right type
        s(30, 35, "2025-10", "DATE"),  # strict, wrong value
        s(40, 45),  # spurious
    ]
    r = score(gold, system)
    assert (r.gold, r.system) == (4, 4)
    assert r.strict_matches == 2 and r.relaxed_matches == 3
    assert r.strict == (0.5, 0.5, 0.5)
    assert r.relaxed == (0.75, 0.75, 0.75)
    assert r.value_f1 == pytest.approx(0.75 * 1 / 3)
    assert r.type_f1 == pytest.approx(0.75)


def test_matching_is_one_to_one() -> None:
    # one long system span overlapping two gold spans matches only one of them
    r = score([g(0, 5), g(6, 10)], [s(0, 10)])
    assert r.relaxed_matches == 1
    p, rec, f = r.relaxed
    assert (p, rec) == (1.0, 0.5)
    assert f == pytest.approx(2 / 3)


def test_empty_inputs() -> None:
    r = score([], [])
    assert r.strict == (0.0, 0.0, 0.0)
    assert r.value_f1 == 0.0
    r = score([g(0, 3)], [])
    assert r.relaxed == (0.0, 0.0, 0.0)


def test_errors_listed() -> None:
    text = "On Friday and in May we met 3 times."
    gold = [
        GoldTimex(3, 9, "Friday", "DATE", "2025-10-24"),
        GoldTimex(17, 20, "May", "DATE", "2025-05"),
    ]
    system = [s(3, 9, "2025-10-31"), s(28, 35, "P1D", "SET")]
    r = score(gold, system, text=text, doc="d1", errors=True)
    kinds = sorted(e.kind for e in r.errors)
    assert kinds == ["missed", "spurious", "value"]
    value_error = next(e for e in r.errors if e.kind == "value")
    assert "[Friday]" in value_error.context
    assert "d1" in value_error.describe()


# --------------------------------------------------------------------------- readers

TML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>demo</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false"\n'
    ' functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>\n'
    "<TEXT>\n"
    'Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT>'
    ' <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> after a'
    ' <TIMEX3 tid="t2" type="DURATION" value="P5Y">five year</TIMEX3> high &amp; more'
    ' <SIGNAL sid="s1">on</SIGNAL>'
    ' <TIMEX3 tid="t3" type="DATE" value="1998-01-09" mod="START">Friday</TIMEX3>.\n'
    "</TEXT>\n</TimeML>\n"
)


def test_read_timeml_inline_string() -> None:
    doc = read_timeml(TML)
    assert doc.name == "demo"
    assert doc.dct == date(1998, 1, 8)
    assert [(t.text, t.type, t.value) for t in doc.gold] == [
        ("yesterday", "DATE", "1998-01-07"),
        ("five year", "DURATION", "P5Y"),
        ("Friday", "DATE", "1998-01-09"),
    ]
    for t in doc.gold:
        assert doc.text[t.start : t.end] == t.text
    assert "<" not in doc.text and "&amp;" not in doc.text and "high & more on Friday" in doc.text
    assert doc.gold[2].mod == "START"


def test_read_timeml_file_and_folder(tmp_path: Path) -> None:
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    (tmp_path / "b.tml").write_text(TML.replace("demo", "other"), encoding="utf-8")
    docs = load(tmp_path)
    assert [d.name for d in docs] == ["a", "b"]
    assert load(tmp_path / "a.tml")[0].gold == docs[0].gold


def test_read_jsonl(tmp_path: Path) -> None:
    line = {
        "doc": "d",
        "dct": "2025-10-29",
        "text": "It rained yesterday.",
        "gold": [
            {
                "start": 10,
                "end": 19,
                "text": "yesterday",
                "type": "DATE",
                "value": "2025-10-28",
                "tid": "t1",
            }
        ],
    }
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    docs = read_jsonl(path)
    assert docs[0].dct == date(2025, 10, 29)
    result = evaluate(docs, label="x")
    assert result.strict == (1.0, 1.0, 1.0)
    assert result.value_f1 == 1.0
    report = format_report([result])
    assert "documents 1" in report and "value F1 1.000" in report


def test_evaluate_with_custom_tagger() -> None:
    doc = Document("d", date(2025, 10, 29), "abc", [GoldTimex(0, 3, "abc", "DATE", "2025")])
    result = evaluate([doc], tagger=lambda text, dct: [])
    assert result.relaxed == (0.0, 0.0, 0.0)


# --------------------------------------------------------------------------- corpus regression

# Figures reached on the TBAQ corpora (TempEval-3 Task A); the test guards against regressions.
TARGETS = {
    "TimeBank": {"relaxed": 0.95, "strict": 0.91, "value": 0.84, "type": 0.925},
    "AQUAINT": {"relaxed": 0.945, "strict": 0.855, "value": 0.78, "type": 0.865},
}


@pytest.mark.parametrize("corpus", sorted(TARGETS))
def test_corpus_regression(corpus: str) -> None:
    folder = TBAQ / corpus
    if not folder.is_dir():
        pytest.skip(f"TBAQ corpus not found at {folder} (set TIMELINE_SHARED to the shared folder)")
    (result,) = evaluate_paths([folder])
    target = TARGETS[corpus]
    assert result.relaxed[2] >= target["relaxed"]
    assert result.strict[2] >= target["strict"]
    assert result.value_f1 >= target["value"]
    assert result.type_f1 >= target["type"]


# --------------------------------------------------------------------------- error kinds


def _kind(gold: GoldTimex | None, system: Timex | None) -> str:
    kind = "missed" if system is None else "spurious" if gold is None else "value"
    if gold is not None and system is not None and gold.value == system.value:
        kind = "type"
    return error_kind(Mismatch(kind, "d", "", gold, system))


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        (None, s(0, 3, "PRESENT_REF"), "spurious reference word"),
        (g(0, 3, "P3D", "DURATION"), None, "missed duration"),
        (g(0, 3, "1989-WXX"), s(0, 3, "1989-W43"), "gold leaves X placeholders"),
        (g(0, 3, "1968-XX"), s(0, 3, "1968"), "gold leaves X placeholders"),
        (g(0, 3, "2000-W7"), s(0, 3, "2000-W07"), "another notation"),
        (g(0, 3, "1989-10-27T24"), s(0, 3, "1989-10-27T24:00", "TIME"), "another notation"),
        (g(0, 3, "1988-Q3"), s(0, 3, "1988"), "the gold finer than the tagger"),
        (g(0, 3, "1988"), s(0, 3, "1988-Q3"), "the tagger finer than the gold"),
        (g(0, 3, "2000-01-07"), s(0, 3, "2000-01-07TNI", "TIME"), "a time of day kept"),
        (g(0, 3, "1990-08-07"), s(0, 3, "1990-08-14"), "a weekday a week off"),
        (g(0, 3, "1999-02-09"), s(0, 3, "1999-02-10"), "another day of the same week"),
        (g(0, 3, "1999-01"), s(0, 3, "1999-W02"), "another granularity"),
        (g(0, 3, "P1D", "DURATION"), s(0, 3, "PT24H", "DURATION"), "another unit"),
        (g(0, 3, "P1W", "DURATION"), s(0, 3, "1998-W33"), "gold reads a duration"),
        (g(0, 3, "1998-12"), s(0, 3, "1999-12"), "of another year"),
        (g(0, 3, "1998-W33", "DURATION"), s(0, 3, "1998-W33"), "type: DATE where the gold"),
    ],
)
def test_error_kind_names_how_values_differ(
    gold: GoldTimex | None, system: Timex | None, expected: str
) -> None:
    assert expected in _kind(gold, system)


def test_evaluate_kinds_counts_errors_most_common_first(tmp_path: Path) -> None:
    text = "He left last week and returned on Friday. Now he rests."
    gold = [
        {"start": 8, "end": 17, "text": "last week", "type": "DATE", "value": "2025-WXX"},
        {"start": 34, "end": 40, "text": "Friday", "type": "DATE", "value": "2025-10-17"},
    ]
    line = {"doc": "d1", "dct": "2025-10-29", "text": text, "gold": gold}
    path = tmp_path / "k.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(path), "--kinds"])
    assert result.exit_code == 0, result.output
    lines = [x.strip() for x in result.output.splitlines()]
    assert "error kinds (3 errors):" in lines
    counted = [x for x in lines if x[:1].isdigit()]
    assert counted == [
        "1  spurious reference word (now, recently, the future)",
        "1  value: a weekday a week off",
        "1  value: gold leaves X placeholders where the tagger resolves (1989-WXX, 1968-XX)",
    ]
    as_json = CliRunner().invoke(cli, ["evaluate", str(path), "--kinds", "--json"])
    (item,) = json.loads(as_json.output)
    assert sum(item["error_kinds"].values()) == 3
