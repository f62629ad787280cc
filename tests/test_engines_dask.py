"""The Dask engine: on a local cluster its outputs are byte-identical to the serial engine's;
a missing extra, an unreachable scheduler or a bad scheduler file is a one-line error."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SEEDS
from tests.test_engines import OUTPUTS, cli_build, outputs, write_corpus
from timeline.cli import cli
from timeline.engines import EngineError
from timeline.engines.dask import DaskEngine, code_fingerprint
from timeline.pipeline import BuildOptions, collect_events, render_outputs
from timeline.sources import iter_documents

distributed = pytest.importorskip(
    "distributed", reason="dask extra not installed (pip install '.[dask]')"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), 90)


@pytest.fixture(scope="module")
def serial(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("serial")
    code, _, stderr = cli_build(str(corpus), "--out", str(out), "--jobs", "1")
    assert code == 0, stderr
    return outputs(out)


def test_threaded_local_cluster_matches_serial(corpus, serial) -> None:
    engine = DaskEngine(workers=2, processes=False, batch_documents=7, timeout=30)
    analyses = engine.run(iter_documents([corpus]), BuildOptions())
    rendered = render_outputs(collect_events(analyses))
    assert rendered == serial


def test_cli_dask_engine_on_local_cluster_is_byte_identical(corpus, serial, tmp_path) -> None:
    code, stdout, stderr = cli_build(
        str(corpus), "--out", str(tmp_path), "--engine", "dask", "--jobs", "2"
    )
    assert code == 0, stderr
    assert stdout.startswith("90 documents, ")
    assert outputs(tmp_path) == serial


def test_existing_cluster_by_address(corpus, serial, tmp_path) -> None:
    """What `--scheduler tcp://host:8786` does, against a cluster started beforehand."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        code, _, stderr = cli_build(
            str(corpus), "--out", str(tmp_path), "--engine", "dask",
            "--scheduler", cluster.scheduler_address,
        )
        assert code == 0, stderr
    assert outputs(tmp_path) == serial


def test_unreachable_scheduler_is_one_line() -> None:
    engine = DaskEngine(scheduler="tcp://127.0.0.1:9", timeout=1)
    with pytest.raises(EngineError, match=r"^cannot reach the Dask scheduler at tcp://127"):
        list(engine.run(iter_documents([SEEDS]), BuildOptions()))


def test_missing_scheduler_file(tmp_path) -> None:
    missing = tmp_path / "scheduler.json"
    code, stdout, stderr = cli_build(
        str(SEEDS), "--out", str(tmp_path / "out"), "--engine", "dask", "--scheduler",
        str(missing),
    )
    assert code == 2
    assert stderr == f"timeline: {missing}: no such Dask scheduler file\n"
    assert not (tmp_path / "out").exists()


def test_missing_extra_names_it(monkeypatch, tmp_path) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    result = CliRunner().invoke(
        cli, ["build", str(SEEDS), "--out", str(tmp_path), "--engine", "dask"]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        "timeline: --engine dask needs the dask extra: pip install 'timeline[dask]'\n"
    )
    assert not any((tmp_path / name).exists() for name in OUTPUTS)


def test_fingerprint_names_version_and_code() -> None:
    from timeline import __version__

    assert code_fingerprint().startswith(f"{__version__}+")
    assert code_fingerprint() == code_fingerprint()
