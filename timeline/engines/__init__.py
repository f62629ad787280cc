"""Engines: where documents are analysed (this process, local processes, a Dask cluster).

Every engine has one job: ``run(documents, options)`` yields one
:class:`~timeline.pipeline.DocumentAnalysis` per document, **in input order**, by calling
:func:`timeline.pipeline.analyse` (never a copy of the stages). The pipeline merges and exports
what they yield, so every engine produces byte-identical outputs.

Engines consume their input lazily and keep only a bounded number of documents in flight, so a
build over an archive of any size never holds its texts (their candidate events go to the
build's on-disk store as they arrive).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from timeline.documents import Document
    from timeline.pipeline import BuildOptions, DocumentAnalysis

ENGINES = ("local", "dask")


class EngineError(Exception):
    """The engine cannot run as asked (missing extra, unreachable scheduler): one line."""


class Engine(Protocol):
    def run(
        self, documents: Iterable[Document], options: BuildOptions
    ) -> Iterator[DocumentAnalysis]:
        """One analysis per document, in input order."""
        ...


def default_jobs() -> int:
    """Cores this process may use (the affinity mask in containers, else the CPU count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def get_engine(name: str = "local", *, jobs: int | None = None,
               scheduler: str | None = None) -> Engine:
    """The engine called ``name``: ``local`` (``jobs`` processes; 1 = this process) or ``dask``
    (the cluster at ``scheduler``, else a local cluster of ``jobs`` workers)."""
    workers = default_jobs() if jobs is None or jobs < 1 else jobs
    if name == "local":
        if scheduler:
            raise EngineError("--scheduler needs --engine dask")
        from timeline.engines.local import LocalEngine

        return LocalEngine(jobs=workers)
    if name == "dask":
        from timeline.engines.dask import DaskEngine

        return DaskEngine(scheduler=scheduler, workers=workers)
    raise EngineError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
