"""Engines: `--jobs N` and the process pool give byte-identical outputs to a serial build,
documents stream through a bounded window, and the progress line appears only on terminals."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from timeline.cli import cli
from timeline.documents import Document
from timeline.engines import EngineError, get_engine
from timeline.engines.batches import batched, ordered_window
from timeline.engines.local import LocalEngine
from timeline.pipeline import BuildOptions, analyse, analyse_many, build
from timeline.progress import Progress, wanted
from timeline.sources import iter_documents

OUTPUTS = ("events.ics", "events.json", "timeline.html")

SENTENCES = (
    "The treaty was signed on March 3, 2024, after talks that began last month.",
    "Ministers will meet again on Thursday and vote on the 28th.",
    "Two weeks ago the council said the plant would open in 2026.",
    "The summit scheduled for October 30 was moved to next week.",
    "Shares fell 3 percent yesterday; results are due on Wednesday at 3 p.m.",
)


def write_corpus(folder: Path, count: int) -> Path:
    """``count`` articles with front matter, varied dates and texts, in two subfolders."""
    for i in range(count):
        sub = folder / f"part{i % 2}"
        sub.mkdir(parents=True, exist_ok=True)
        published = date(2024, 1, 1) + timedelta(days=7 * i)
        body = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 4))
        (sub / f"article{i:03d}.txt").write_text(
            f"---\npublished: {published.isoformat()}\nsource: Outlet {i % 3}\n"
            f"title: Article {i}\n---\n{body}\n",
            encoding="utf-8",
        )
    return folder


def outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


def cli_build(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["build", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # 150 documents: more than two batches of 64, so the pool really runs.
    return write_corpus(tmp_path_factory.mktemp("corpus"), 150)


@pytest.fixture(scope="module")
def serial(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("serial")
    code, stdout, stderr = cli_build(str(corpus), "--out", str(out), "--jobs", "1")
    assert code == 0, stderr
    assert stdout.startswith("150 documents, ")
    return outputs(out)


def test_serial_build_finds_events(serial: dict[str, bytes]) -> None:
    events = json.loads(serial["events.json"])["events"]
    assert events, "the corpus states many dates: the comparison below must not be vacuous"
    assert b"BEGIN:VEVENT" in serial["events.ics"]


def test_jobs_output_is_byte_identical(corpus, serial, tmp_path) -> None:
    code, stdout, stderr = cli_build(str(corpus), "--out", str(tmp_path), "--jobs", "3")
    assert code == 0, stderr
    assert stdout.startswith("150 documents, ")
    assert outputs(tmp_path) == serial


def test_default_jobs_is_byte_identical(corpus, serial, tmp_path) -> None:
    code, _, stderr = cli_build(str(corpus), "--out", str(tmp_path))
    assert code == 0, stderr
    assert outputs(tmp_path) == serial


def test_pool_with_one_document_per_batch_keeps_input_order() -> None:
    docs = list(iter_documents([SEEDS]))
    engine = LocalEngine(jobs=2, batch_documents=1)
    pooled = list(engine.run(iter(docs * 5), BuildOptions()))
    assert [a.doc.doc_id for a in pooled] == [d.doc_id for d in docs * 5]
    assert [a.events for a in pooled] == [analyse(d).events for d in docs * 5]
    assert [a.timexes for a in pooled] == [analyse(d).timexes for d in docs * 5]


def test_pool_reads_input_lazily() -> None:
    """The pool pulls documents as workers free up, not the whole corpus up front."""
    doc = next(iter_documents([SEEDS]))
    pulled = 0

    def endless():
        nonlocal pulled
        while True:
            pulled += 1
            yield doc

    engine = LocalEngine(jobs=2, batch_documents=2)
    analyses = engine.run(endless(), BuildOptions())
    for _ in range(10):
        next(analyses)
    analyses.close()
    # window = 2 workers x 3 batches of 2 documents, plus the batch being refilled.
    assert pulled <= 2 * 3 * 2 + 2 + 10


def test_build_streams_and_counts(corpus, tmp_path) -> None:
    seen: list[str] = []
    result = build([corpus, tmp_path / "missing.txt"], tmp_path / "out",
                   on_analysis=lambda a: seen.append(a.doc.doc_id))
    assert result.document_count == 150 == len(seen)
    assert seen == sorted(seen), "documents arrive in the order they were read"
    assert result.expression_count > 0
    assert result.read.skipped == [
        (str(tmp_path / "missing.txt"), f"{tmp_path / 'missing.txt'}: no such file or folder")
    ]
    assert sorted(p.name for p in result.written) == sorted(OUTPUTS)


def test_analyse_many_rejects_unknown_engine() -> None:
    with pytest.raises(EngineError, match="unknown engine 'spark'"):
        list(analyse_many([], engine="spark"))
    with pytest.raises(EngineError, match="--scheduler needs --engine dask"):
        get_engine("local", scheduler="tcp://127.0.0.1:8786")


def test_cli_refuses_scheduler_without_dask(tmp_path) -> None:
    code, _, stderr = cli_build(str(SEEDS), "--out", str(tmp_path), "--scheduler", "tcp://x:1")
    assert code == 2
    assert stderr.strip() == "timeline: --scheduler needs --engine dask"
    assert not any(tmp_path.iterdir())


def test_cli_rejects_zero_jobs(tmp_path) -> None:
    code, _, stderr = cli_build(str(SEEDS), "--out", str(tmp_path), "--jobs", "0")
    assert code == 2
    assert "--jobs" in stderr


# ---- ordering and bounded window, on any batch sizes (no processes needed) ---------------


class Recorder:
    """A synchronous stand-in for an executor that records how many batches are pending."""

    def __init__(self) -> None:
        self.pending = 0
        self.most = 0

    def submit(self, batch: list[Document]) -> list[Document]:
        self.pending += 1
        self.most = max(self.most, self.pending)
        return batch

    def result(self, batch: list[Document]) -> list:
        self.pending -= 1
        return [((), ()) for _ in batch]


@settings(max_examples=60, deadline=None)
@given(
    count=st.integers(0, 60),
    per_batch=st.integers(1, 9),
    max_chars=st.integers(1, 400),
    window=st.integers(1, 6),
)
def test_window_keeps_order_and_bound(count, per_batch, max_chars, window) -> None:
    docs = [Document(doc_id=f"d{i}", text="x" * (i % 50 + 1)) for i in range(count)]
    batches = list(batched(iter(docs), per_batch, max_chars))
    assert [d for b in batches for d in b] == docs
    assert all(0 < len(b) <= per_batch for b in batches)
    recorder = Recorder()
    out = list(ordered_window(iter(batches), recorder.submit, recorder.result, window))
    assert [a.doc for a in out] == docs
    assert recorder.most <= window
    assert recorder.pending == 0


# ---- progress line -------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_quiet_off_terminal_and_in_ci(monkeypatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert not wanted(io.StringIO())
    assert wanted(Terminal())
    monkeypatch.setenv("CI", "true")
    assert not wanted(Terminal())
    stream = Terminal()
    with Progress(stream=stream) as bar:
        bar.advance(1, 1000)
    assert stream.getvalue() == "" and bar.documents == 1


def test_progress_draws_rate_and_erases_itself(monkeypatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    stream = Terminal()
    with Progress(stream=stream) as bar:
        bar.advance(1, 2_000_000)
        drawn = stream.getvalue()
    assert drawn.startswith("\r1 document analysed · ")
    assert "docs/s" in drawn and "MB/s" in drawn
    assert stream.getvalue().endswith("\r") and "\n" not in stream.getvalue()


def test_build_in_a_pipe_prints_no_progress(corpus, tmp_path) -> None:
    code, stdout, stderr = cli_build(str(corpus), "--out", str(tmp_path), "--jobs", "2")
    assert code == 0
    assert "\r" not in stderr and "docs/s" not in stderr
    code, _, stderr = cli_build(str(SEEDS), "--out", str(tmp_path), "--progress")
    assert code == 0 and "docs/s" in stderr


def test_events_command_jobs_match_serial(corpus) -> None:
    runner = CliRunner()
    one = runner.invoke(cli, ["events", str(corpus), "--format", "json", "--jobs", "1"])
    two = runner.invoke(cli, ["events", str(corpus), "--format", "json", "--jobs", "2"])
    assert one.exit_code == 0 == two.exit_code, one.stderr + two.stderr
    assert json.loads(one.stdout)["events"]
    assert two.stdout == one.stdout


def test_progress_names_the_stages_after_the_documents(tmp_path) -> None:
    stages: list[str] = []
    build([SEEDS], tmp_path, on_stage=stages.append)
    assert stages == ["merge", "write"]
    stream = Terminal()
    bar = Progress(stream=stream, enabled=True)
    bar.advance(3, 100)
    bar.set_stage("merging events")
    assert stream.getvalue().rstrip().endswith("· merging events…")
    bar.close()
