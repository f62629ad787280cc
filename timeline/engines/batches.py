"""What every parallel engine shares: cutting a document stream into batches, the task a
worker runs on one batch, and an ordered window that bounds how much is in flight."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from timeline.pipeline import BuildOptions, DocumentAnalysis, analyse

if TYPE_CHECKING:
    from timeline.documents import Document
    from timeline.events import Event
    from timeline.temporal.model import Timex

# A batch is cut at whichever comes first: this many documents or this many characters. Big
# enough to amortise inter-process traffic, small enough to keep every worker busy and the
# documents in flight few.
BATCH_DOCUMENTS = 64
BATCH_CHARACTERS = 256 * 1024

# What a worker sends back for one document: the document stays with the caller, so its text
# does not make the round trip.
Outcome = tuple[tuple["Timex", ...], tuple["Event", ...]]

T = TypeVar("T")
F = TypeVar("F")


def batched(
    documents: Iterable[Document],
    max_documents: int = BATCH_DOCUMENTS,
    max_characters: int = BATCH_CHARACTERS,
) -> Iterator[list[Document]]:
    """Consecutive, non-empty runs of ``documents``, read lazily."""
    batch: list[Document] = []
    size = 0
    for doc in documents:
        batch.append(doc)
        size += len(doc.text)
        if len(batch) >= max_documents or size >= max_characters:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def analyse_batch(documents: list[Document], options: BuildOptions) -> list[Outcome]:
    """The worker's task: :func:`timeline.pipeline.analyse` on each document of a batch."""
    outcomes: list[Outcome] = []
    for doc in documents:
        analysis = analyse(doc, options)
        outcomes.append((analysis.timexes, analysis.events))
    return outcomes


def rejoin(documents: list[Document], outcomes: list[Outcome]) -> Iterator[DocumentAnalysis]:
    """The analyses of a batch, in order, from its documents and what the worker sent back."""
    if len(outcomes) != len(documents):
        raise RuntimeError(
            f"engine returned {len(outcomes)} analyses for a batch of {len(documents)} documents"
        )
    for doc, (timexes, events) in zip(documents, outcomes, strict=True):
        yield DocumentAnalysis(doc, timexes, events)


def ordered_window(
    batches: Iterable[list[Document]],
    submit: Callable[[list[Document]], F],
    result: Callable[[F], list[Outcome]],
    window: int,
    cancel: Callable[[F], object] | None = None,
) -> Iterator[DocumentAnalysis]:
    """Submit batches, keeping at most ``window`` pending, and yield analyses in input order.

    Unlike ``Executor.map`` or ``Pool.imap`` (which read their whole input up front), this pulls
    the next batch only when the oldest one is done, so memory is bounded by the window.
    """
    pending: deque[tuple[list[Document], F]] = deque()
    source = iter(batches)
    try:
        while True:
            while len(pending) < window:
                batch = next(source, None)
                if batch is None:
                    break
                pending.append((batch, submit(batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            yield from rejoin(batch, result(future))
    finally:
        if cancel is not None:
            for _, future in pending:
                cancel(future)
