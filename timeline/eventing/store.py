"""Merging candidate events in bounded memory: an on-disk store, one day's block at a time.

A build over an archive finds hundreds of thousands of candidate events, each carrying its
mention's sentence. Instead of holding them all for :func:`timeline.events.merge_events`, an
:class:`EventStore` spills them to a temporary SQLite file as they stream out of the engine,
keyed by their merge block (kind, day or value), and counts on the side what the merge needs
over all of them (the documents naming each participant, for
:func:`~timeline.eventing.similarity.name_weights`). :meth:`EventStore.merge` then loads one
block at a time, clusters and combines it exactly as :func:`merge_events` does, and files the
merged events by their sort key, so :meth:`EventStore.events` can hand them to the exports in
order, one at a time. Memory is bounded by the largest block and the name vocabulary, not by
the corpus; the outputs are the same as merging everything in memory.

Why per-block merging is exact: a candidate is compared only with candidates of its own block,
and :func:`~timeline.eventing.merge.unique_keys` only renames events whose UIDs collide, a UID
being derived from the date value, end value, kind and content key. For dated events (kind
``event``) the value determines the block, so collisions stay within a block and are resolved
there; durations, sets and references are placed from the publication date (``PRESENT_REF``
on every publication day), so theirs are resolved after the blocks, among the merged events
sharing their value, in the same order as a merge of everything in memory.
"""

from __future__ import annotations

import math
import pickle
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from pathlib import Path

from timeline.diskset import DiskSet
from timeline.eventing.merge import _cluster_block, _order, combine, unique_keys
from timeline.eventing.model import Event

_PROTOCOL = pickle.HIGHEST_PROTOCOL
_BATCH = 2048  # rows written per executemany


def _block(event: Event) -> tuple[str, str]:
    """The merge block of a candidate (as :func:`timeline.eventing.merge.cluster` groups)."""
    sig = event.signature
    return (event.kind, sig.day if sig is not None else event.value)


class EventStore:
    """Candidate events on disk, merged block by block into events sorted for export.

    Use as a context manager (the temporary folder is removed on exit, also on error)::

        with EventStore() as store:
            for analysis in analyses:
                store.add(analysis.events)
            store.merge(keep=lambda e: True)
            for event in store.events():
                ...
    """

    def __init__(self, directory: Path | str | None = None) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="timeline-merge-", dir=directory))
        self._db = sqlite3.connect(self.folder / "events.sqlite", isolation_level=None)
        self._db.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            PRAGMA temp_store = FILE;
            PRAGMA cache_size = -16384;
            CREATE TABLE candidates (seq INTEGER PRIMARY KEY, kind TEXT, block TEXT, data BLOB);
            CREATE TABLE docs (doc TEXT);
            CREATE TABLE doc_names (name TEXT, doc TEXT);
            CREATE TABLE merged (k_start TEXT, k_end TEXT, title TEXT, uid TEXT, data BLOB);
            CREATE TABLE undated (value TEXT, end_value TEXT, kind TEXT, data BLOB);
            """
        )
        self._db.execute("BEGIN")
        self._rows: list[tuple[int, str, str, bytes]] = []
        self._docs: list[tuple[str]] = []
        self._names: list[tuple[str, str]] = []
        self.candidate_count = 0
        self.event_count = 0
        self._merged = False

    # -- candidates --------------------------------------------------------------------------

    def add(self, candidates: Iterable[Event]) -> None:
        """File candidate events (one document's, or any run of them) in arrival order."""
        names: set[tuple[str, str]] = set()
        docs: set[str] = set()
        for event in candidates:
            kind, block = _block(event)
            self._rows.append(
                (self.candidate_count, kind, block, pickle.dumps(event, _PROTOCOL))
            )
            self.candidate_count += 1
            sig = event.signature
            if sig is not None:
                docs.add(sig.doc_id)
                names.update((name, sig.doc_id) for name in sig.names | sig.context_names)
        self._docs.extend((doc,) for doc in docs)
        self._names.extend(names)
        if len(self._rows) >= _BATCH or len(self._names) >= 8 * _BATCH:
            self._flush()

    def _flush(self) -> None:
        db = self._db
        if self._rows:
            db.executemany("INSERT INTO candidates VALUES (?, ?, ?, ?)", self._rows)
        if self._docs:
            db.executemany("INSERT INTO docs VALUES (?)", self._docs)
        if self._names:
            db.executemany("INSERT INTO doc_names VALUES (?, ?)", self._names)
        self._rows, self._docs, self._names = [], [], []

    def name_weights(self) -> dict[str, float]:
        """:func:`~timeline.eventing.similarity.name_weights` over every candidate filed, from
        the counts on disk (the same floats: log(1 + N/df))."""
        self._flush()
        db = self._db
        (n,) = db.execute("SELECT count(DISTINCT doc) FROM docs").fetchone()
        rows = db.execute("SELECT name, count(DISTINCT doc) FROM doc_names GROUP BY name")
        return {name: math.log(1 + n / df) for name, df in rows}

    def blocks(self) -> Iterator[list[Event]]:
        """The candidates block by block, blocks in key order, each in arrival order."""
        self._flush()
        db = self._db
        db.execute("CREATE INDEX candidates_block ON candidates (kind, block, seq)")
        rows = db.execute("SELECT kind, block, data FROM candidates ORDER BY kind, block, seq")
        for _, group in groupby(rows, key=lambda row: (row[0], row[1])):
            yield [pickle.loads(row[2]) for row in group]

    # -- merging -----------------------------------------------------------------------------

    def merge(
        self,
        keep: Callable[[Event], bool] = lambda event: True,
        observe: Callable[[Event], None] | None = None,
    ) -> int:
        """Merge every block (see :func:`timeline.events.merge_events`) and file the merged
        events that ``keep`` accepts, calling ``observe`` on each. Returns how many were kept."""
        if self._merged:
            raise RuntimeError("the store is already merged")
        self._merged = True
        weights = self.name_weights()
        db = self._db
        pending: list[tuple[str, str, str, str, bytes]] = []

        def file(events: list[Event]) -> None:
            nonlocal pending
            for event in unique_keys(events):
                if not keep(event):
                    continue
                start, end, title, uid = event.sort_key()
                pending.append((start, end, title, uid, pickle.dumps(event, _PROTOCOL)))
                self.event_count += 1
                if observe is not None:
                    observe(event)
            if len(pending) >= _BATCH:
                db.executemany("INSERT INTO merged VALUES (?, ?, ?, ?, ?)", pending)
                pending = []

        undated: list[tuple[str, str, str, bytes]] = []
        for block in self.blocks():
            merged = [combine(group) for group in _cluster_block(sorted(block, key=_order),
                                                                  weights)]
            file([e for e in merged if e.kind == "event"])
            undated.extend((e.value, e.end_value or "", e.kind, pickle.dumps(e, _PROTOCOL))
                           for e in merged if e.kind != "event")
            if len(undated) >= _BATCH:
                db.executemany("INSERT INTO undated VALUES (?, ?, ?, ?)", undated)
                undated = []
        db.executemany("INSERT INTO undated VALUES (?, ?, ?, ?)", undated)
        rows = db.execute("SELECT value, end_value, kind, data FROM undated "
                          "ORDER BY value, end_value, kind, rowid")
        for _, group in groupby(rows, key=lambda row: row[:3]):
            file([pickle.loads(row[3]) for row in group])
        db.executemany("INSERT INTO merged VALUES (?, ?, ?, ?, ?)", pending)
        db.execute("DROP TABLE candidates")
        db.execute("DROP TABLE undated")
        db.execute("CREATE INDEX merged_order ON merged (k_start, k_end, title, uid)")
        db.execute("COMMIT")
        return self.event_count

    def events(self) -> Iterator[Event]:
        """The merged events in :meth:`Event.sort_key` order (again on every call)."""
        if not self._merged:
            raise RuntimeError("merge() first")
        rows = self._db.execute(
            "SELECT data FROM merged ORDER BY k_start, k_end, title, uid, rowid"
        )
        for (data,) in rows:
            yield pickle.loads(data)

    def disk_set(self, width: int) -> DiskSet:
        """A set of ``width``-tuples of strings kept in the store's file (for the exports'
        distinct counts: they grow with the corpus)."""
        return DiskSet(self._db, width)

    def shared_uids(self) -> set[str]:
        """UIDs more than one merged event carries (none, unless a content hash collides)."""
        rows = self._db.execute("SELECT uid FROM merged GROUP BY uid HAVING count(*) > 1")
        return {uid for (uid,) in rows}

    # -- lifetime ----------------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def merge_stream(
    candidates: Iterable[Iterable[Event]], directory: Path | str | None = None
) -> list[Event]:
    """:func:`timeline.events.merge_events` through an :class:`EventStore` (for tests and small
    uses: the result is a list)."""
    with EventStore(directory) as store:
        for run in candidates:
            store.add(run)
        store.merge()
        return list(store.events())
