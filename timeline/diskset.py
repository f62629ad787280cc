"""Sets of string tuples that may outgrow memory: in memory, or in a SQLite file on disk.

A build counts distinct things over all its events (the articles a feed cites, the articles
published each day for the page's publication lane). Those grow with the corpus, so a build
keeps them in the SQLite file of its event store; rendering a list in memory uses plain sets.
Both iterate in sorted order (SQLite compares UTF-8 bytes, which orders like Python's
``str``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from itertools import count
from typing import Protocol

_BATCH = 4096
_names = count()


class TupleSet(Protocol):
    def add(self, item: tuple[str, ...]) -> None: ...

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[tuple[str, ...]]: ...


class MemorySet:
    """A plain set with the :class:`TupleSet` interface (sorted iteration)."""

    def __init__(self) -> None:
        self._items: set[tuple[str, ...]] = set()

    def add(self, item: tuple[str, ...]) -> None:
        self._items.add(item)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return iter(sorted(self._items))


class DiskSet:
    """A set of ``width``-tuples of strings in a table of ``db`` (created here)."""

    def __init__(self, db: sqlite3.Connection, width: int) -> None:
        self.db = db
        self.table = f"set_{next(_names)}"
        self.columns = [f"c{i}" for i in range(width)]
        cols = ", ".join(self.columns)
        db.execute(f"CREATE TABLE {self.table} ({cols}, PRIMARY KEY ({cols})) WITHOUT ROWID")
        self._insert = (f"INSERT OR IGNORE INTO {self.table} VALUES "
                        f"({', '.join('?' * width)})")
        self._pending: list[tuple[str, ...]] = []

    def add(self, item: tuple[str, ...]) -> None:
        self._pending.append(item)
        if len(self._pending) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self.db.executemany(self._insert, self._pending)
            self._pending = []

    def __len__(self) -> int:
        self._flush()
        (n,) = self.db.execute(f"SELECT count(*) FROM {self.table}").fetchone()
        return int(n)

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        self._flush()
        cols = ", ".join(self.columns)
        yield from self.db.execute(f"SELECT {cols} FROM {self.table} ORDER BY {cols}")


SetFactory = Callable[[int], TupleSet]


def memory_sets(width: int) -> TupleSet:
    return MemorySet()
