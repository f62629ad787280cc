"""The seed articles' events, through the CLI and through Python: titles readable, merges right,
nothing from the page furniture, durations left out."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SEEDS
from timeline.cli import cli
from timeline.pipeline import BuildOptions, analyse, collect_events, render_outputs
from timeline.sources import read_documents

SIGNING = "2025-10-29"
TALKS = "2025-10-30"


def _cli_events(*args: str) -> dict:
    result = CliRunner().invoke(cli, ["events", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture(scope="module")
def seed_json() -> dict:
    return _cli_events(str(SEEDS), "--format", "json")


@pytest.fixture(scope="module")
def seed_events() -> list:
    docs = read_documents([SEEDS]).documents
    return collect_events([analyse(d) for d in docs])


def _by_value(events: list[dict]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for e in events:
        assert e["value"] not in out, f"two events on {e['value']}: {e['title']!r}"
        out[e["value"]] = e
    return out


def test_seed_event_list_is_exactly_the_four_happenings(seed_json: dict) -> None:
    assert [e["value"] for e in seed_json["events"]] == ["2025-09", "2025-10-28", SIGNING, TALKS]


def test_signing_on_the_29th_is_one_event_citing_both_articles(seed_json: dict) -> None:
    e = _by_value(seed_json["events"])[SIGNING]
    docs = {Path(m["doc"]).name[:3] for m in e["mentions"]}
    assert docs == {"000", "001"}
    assert len(e["sources"]) == 2
    assert re.search(r"\bsign", e["title"], re.I) and re.search(r"deal|agreement", e["title"], re.I)
    assert e["status"] == "scheduled"
    assert e["start"] == SIGNING and e["end"] == "2025-10-30" and e["granularity"] == "day"
    expressions = sorted(m["expression"] for m in e["mentions"])
    assert expressions == ["Wednesday", "the 29th"]


def test_trump_xi_meeting_on_the_30th_is_one_event_citing_both(seed_json: dict) -> None:
    e = _by_value(seed_json["events"])[TALKS]
    assert {Path(m["doc"]).name[:3] for m in e["mentions"]} == {"000", "001"}
    assert "Xi" in e["title"]
    assert re.search(r"talks|summit|meeting", e["title"], re.I)
    assert e["place"] == "Busan"
    assert e["status"] == "scheduled"


def test_bloomberg_report_and_uk_agreement_come_from_one_article_each(seed_json: dict) -> None:
    events = _by_value(seed_json["events"])
    report, uk = events["2025-10-28"], events["2025-09"]
    assert [Path(m["doc"]).name[:3] for m in report["mentions"]] == ["001"]
    assert [Path(m["doc"]).name[:3] for m in uk["mentions"]] == ["001"]
    assert "Bloomberg" in report["title"] and report["status"] == "past"
    assert "United Kingdom" in uk["title"] and re.search(r"agreement|concluded", uk["title"], re.I)
    assert uk["granularity"] == "month" and uk["start"] == "2025-09-01"


def test_titles_are_short_headlines_without_dangling_ends(seed_json: dict) -> None:
    for e in seed_json["events"]:
        title = e["title"]
        assert 8 <= len(title) <= 70, title
        assert title[0].isupper(), title
        assert not re.search(r"[\s,.;:!?(\-–—]$", title), title
        last = title.split()[-1].lower()
        assert last not in {"the", "a", "an", "of", "to", "with", "and", "by", "on", "in", "for"}


def test_provenance_points_at_the_expression_in_the_article(seed_json: dict) -> None:
    texts = {Path(d.doc_id).name: d.text for d in read_documents([SEEDS]).documents}
    for e in seed_json["events"]:
        for m in e["mentions"]:
            text = texts[Path(m["doc"]).name]  # offsets into the article body
            assert text[m["sentence_start"] : m["sentence_end"]].split() == m["sentence"].split()
            assert text[m["start"] : m["end"]] == m["expression"]
            assert m["expression"] in m["sentence"]
            assert m["published"].startswith("2025-10-29")
            assert m["published_from"] == "front matter"


def test_no_event_from_furniture_or_the_duration(seed_json: dict) -> None:
    for e in seed_json["events"]:
        for m in e["mentions"]:
            assert re.search(r"[A-Za-z]{3}", m["sentence"]), m
            assert m["expression"] != "years"
            assert m["sentence"].strip() != ")"


def test_python_pipeline_and_cli_give_the_same_events(seed_events: list, seed_json: dict) -> None:
    assert [e.uid for e in seed_events] == [e["uid"] for e in seed_json["events"]]
    exported = json.loads(render_outputs(seed_events, BuildOptions())["events.json"])
    assert [e["uid"] for e in exported["events"]] == [e["uid"] for e in seed_json["events"]]


def test_durations_are_kept_with_include_but_only_when_placeable() -> None:
    data = _cli_events(str(SEEDS), "--format", "json", "--include", "durations")
    # "for years" (PXY) has no number: it cannot be placed on a calendar even when asked for
    assert all(m["expression"] != "years" for e in data["events"] for m in e["mentions"])


def test_from_to_window() -> None:
    data = _cli_events(str(SEEDS), "--format", "json", "--from", "2025-10-29", "--to",
                       "2025-10-29")
    assert [e["value"] for e in data["events"]] == [SIGNING]


def test_table_lists_every_event_and_its_sources() -> None:
    result = CliRunner().invoke(cli, ["events", str(SEEDS)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    heads = [ln for ln in lines if ln[:4].isdigit()]
    assert len(heads) == 4
    assert any(ln.startswith(SIGNING) and "2 sources" in ln for ln in heads)
    assert any("“Wednesday”" in ln and "000_" in ln for ln in lines)


def test_uids_do_not_move_when_an_unrelated_article_is_added(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    before = {e["value"]: e["uid"] for e in _cli_events(str(folder), "--format", "json")["events"]}
    (folder / "002_unrelated.txt").write_text(
        "---\npublished: 2025-10-29\ntimezone: Europe/London\nsource: Sports desk\n---\n"
        "Arsenal will play Chelsea at the Emirates on Saturday. The club held a vote on its "
        "new kit on Tuesday.\n",
        encoding="utf-8",
    )
    after = _cli_events(str(folder), "--format", "json")["events"]
    for e in after:
        if e["value"] in before and "Sports desk" not in e["sources"]:
            assert e["uid"] == before[e["value"]]
    assert len(after) > len(before)


def test_same_input_gives_byte_identical_output() -> None:
    runner = CliRunner()
    a = runner.invoke(cli, ["events", str(SEEDS), "--format", "json"]).output
    b = runner.invoke(cli, ["events", str(SEEDS), "--format", "json"]).output
    assert a == b


def test_bad_include_choice_is_a_one_line_error() -> None:
    result = CliRunner().invoke(cli, ["events", str(SEEDS), "--include", "holidays"])
    assert result.exit_code == 2
    assert "holidays" in result.output and "Traceback" not in result.output


def test_missing_path_is_an_error_without_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["events", str(tmp_path / "nope")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_docs_show_the_seed_event_list_as_the_cli_prints_it() -> None:
    docs = (SEEDS.parent / "docs" / "events.md").read_text(encoding="utf-8")
    block = docs.split("$ timeline events seeds\n", 1)[1].split("```", 1)[0]
    result = CliRunner().invoke(cli, ["events", str(SEEDS)])
    assert result.output.strip() == block.strip()


def test_published_and_timezone_options_place_a_plain_file(tmp_path: Path) -> None:
    article = tmp_path / "plain.txt"
    article.write_text("Leaders will gather in Gyeongju on Friday for the summit.\n",
                       encoding="utf-8")
    data = _cli_events(str(article), "--format", "json", "--published", "2025-10-29",
                       "--timezone", "Asia/Seoul")
    [event] = data["events"]
    assert event["value"] == "2025-10-31" and event["place"] == "Gyeongju"
    assert event["mentions"][0]["published"] == "2025-10-29T00:00:00+09:00"
    assert event["mentions"][0]["published_from"] == "command line"


def test_build_include_publication_keeps_said_today(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 2025-10-29\nsource: Wire\n---\n"
                       "The minister said on Wednesday that the talks would continue.\n",
                       encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(cli, ["build", str(article), "--out", str(tmp_path / "a"),
                                "--no-progress"])
    assert plain.exit_code == 0, plain.output
    assert json.loads((tmp_path / "a" / "events.json").read_text())["events"] == []
    kept = runner.invoke(cli, ["build", str(article), "--out", str(tmp_path / "b"),
                               "--include", "publication", "--no-progress"])
    assert kept.exit_code == 0, kept.output
    [event] = json.loads((tmp_path / "b" / "events.json").read_text())["events"]
    assert event["included_because"] == "publication" and event["value"] == "2025-10-29"
