"""The Dask engine: the same pipeline on a Dask cluster (``pip install 'timeline[dask]'``).

Documents are cut into batches on the client, each batch is analysed on a worker by
:func:`timeline.pipeline.analyse`, and the analyses come back in input order; the pipeline then
merges and exports them exactly as the local engine's. Without a scheduler address a local
cluster of ``workers`` processes is started (and stopped) for the run.

Workers of an existing cluster must have the same version of ``timeline`` installed: the run
checks this first and refuses to mix versions, which could make outputs differ.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline import __version__
from timeline.documents import Document
from timeline.engines import EngineError
from timeline.engines.batches import (
    BATCH_CHARACTERS,
    BATCH_DOCUMENTS,
    Outcome,
    analyse_batch,
    batched,
    ordered_window,
)
from timeline.pipeline import BuildOptions, DocumentAnalysis

EXTRA_HINT = "pip install 'timeline[dask]'"
# Batches in flight per worker thread.
BATCHES_PER_WORKER = 4


def code_fingerprint() -> str:
    """Version and a digest of the ``timeline`` package's source: equal fingerprints analyse
    alike. Runs on the client and on each worker."""
    import hashlib

    import timeline

    digest = hashlib.sha256()
    root = Path(timeline.__file__).parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:12]}"


@dataclass
class DaskEngine:
    """Analyse documents on the Dask cluster at ``scheduler`` (``tcp://host:8786`` or a
    scheduler file written by ``dask scheduler --scheduler-file``), else on a local cluster of
    ``workers`` worker processes (threads when ``processes`` is false)."""

    scheduler: str | None = None
    workers: int = 1
    processes: bool = True
    timeout: float = 15.0
    batch_documents: int = BATCH_DOCUMENTS
    batch_characters: int = BATCH_CHARACTERS

    def run(
        self, documents: Iterable[Document], options: BuildOptions
    ) -> Iterator[DocumentAnalysis]:
        try:
            from distributed import Future
        except ImportError:
            raise EngineError(f"--engine dask needs the dask extra: {EXTRA_HINT}") from None
        with ExitStack() as stack:
            client = self._connect(stack)
            self._check_workers(client)
            threads = sum(client.nthreads().values()) or 1

            def submit(batch: list[Document]) -> Future:
                return client.submit(analyse_batch, batch, options, pure=False)

            def result(future: Future) -> list[Outcome]:
                return future.result()

            yield from ordered_window(
                batched(documents, self.batch_documents, self.batch_characters),
                submit,
                result,
                window=threads * BATCHES_PER_WORKER,
                cancel=lambda future: future.cancel(),
            )

    def _connect(self, stack: ExitStack) -> Any:
        from distributed import Client, LocalCluster

        quiet = logging.ERROR
        if not self.scheduler:
            try:
                cluster = stack.enter_context(
                    LocalCluster(
                        n_workers=max(1, self.workers),
                        threads_per_worker=1,
                        processes=self.processes,
                        dashboard_address=None,
                        silence_logs=quiet,
                    )
                )
            except Exception as exc:  # noqa: BLE001 - any start-up failure is one line
                raise EngineError(f"cannot start a local Dask cluster: {_one_line(exc)}") from None
            return stack.enter_context(Client(cluster, set_as_default=False))
        target = self.scheduler
        is_file = "://" not in target and (Path(target).suffix == ".json" or Path(target).is_file())
        if is_file and not Path(target).is_file():
            raise EngineError(f"{target}: no such Dask scheduler file")
        try:
            if is_file:
                client = Client(scheduler_file=target, timeout=self.timeout,
                                set_as_default=False)
            else:
                client = Client(target, timeout=self.timeout, set_as_default=False)
        except Exception as exc:  # noqa: BLE001 - unreachable, refused, bad address, bad file
            raise EngineError(
                f"cannot reach the Dask scheduler at {target}: {_one_line(exc)}"
            ) from None
        return stack.enter_context(client)

    def _check_workers(self, client: Any) -> None:
        try:
            client.wait_for_workers(1, timeout=self.timeout)
        except Exception:  # noqa: BLE001
            raise EngineError(
                f"the Dask cluster has no worker after {self.timeout:g} s"
            ) from None
        here = code_fingerprint()
        try:
            versions = client.run(code_fingerprint)
        except Exception as exc:  # noqa: BLE001 - workers without timeline fail to unpickle
            raise EngineError(
                "Dask workers cannot run timeline "
                f"({_one_line(exc)}): install timeline {here} on every worker"
            ) from None
        wrong = sorted(f"{w} has {v}" for w, v in versions.items() if v != here)
        if wrong:
            raise EngineError(
                f"Dask workers run other timeline code than this client ({here}): "
                + "; ".join(wrong)
            )


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."
