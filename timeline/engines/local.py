"""The local engine: this process (``jobs=1``) or a pool of worker processes on this machine.

Outputs are identical whatever ``jobs`` is: batches are analysed by the same
:func:`timeline.pipeline.analyse` and handed back in input order.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from timeline.documents import Document
from timeline.engines.batches import (
    BATCH_CHARACTERS,
    BATCH_DOCUMENTS,
    Outcome,
    analyse_batch,
    batched,
    ordered_window,
)
from timeline.pipeline import BuildOptions, DocumentAnalysis, analyse

# Batches in flight per worker: enough that no worker waits for the next one.
BATCHES_PER_WORKER = 3


def _warm_up() -> None:
    """Worker initialiser, run once per process. Ctrl-C is the parent's to handle (it stops
    the pool), so workers ignore SIGINT instead of each printing a traceback. Then the tagger
    is loaded and its patterns compiled before the first batch arrives."""
    import signal
    from datetime import date

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from timeline.temporal import tag

    with contextlib.suppress(Exception):  # a failure here will surface on the real documents
        tag("It was signed on Wednesday, 29 October 2025, two weeks ago.", date(2025, 10, 29))


@dataclass
class LocalEngine:
    """Analyse documents here (``jobs=1``) or in ``jobs`` worker processes."""

    jobs: int = 1
    batch_documents: int = BATCH_DOCUMENTS
    batch_characters: int = BATCH_CHARACTERS

    def run(
        self, documents: Iterable[Document], options: BuildOptions
    ) -> Iterator[DocumentAnalysis]:
        if self.jobs <= 1:
            for doc in documents:
                yield analyse(doc, options)
            return
        batches = batched(documents, self.batch_documents, self.batch_characters)
        head = list(itertools.islice(batches, 2))
        if len(head) < 2:
            # One batch or none: starting processes would cost more than it saves.
            for batch in head:
                for doc in batch:
                    yield analyse(doc, options)
            return
        with ProcessPoolExecutor(max_workers=self.jobs, initializer=_warm_up) as pool:

            def submit(batch: list[Document]) -> Future[list[Outcome]]:
                return pool.submit(analyse_batch, batch, options)

            try:
                yield from ordered_window(
                    itertools.chain(head, batches),
                    submit,
                    Future.result,
                    window=self.jobs * BATCHES_PER_WORKER,
                    cancel=Future.cancel,
                )
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise
