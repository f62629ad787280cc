"""Write files so a reader never sees half of one: temporary file, fsync, rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO


def write_atomic(path: Path | str, data: bytes | str) -> Path:
    """Replace ``path`` with ``data`` in one step (same folder, then ``os.replace``)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return target


class AtomicFiles:
    """Several files written piece by piece and put in place together.

    Each file is written to a temporary file beside its target (``.<name>.<random>.tmp``);
    :meth:`commit` syncs them all, then renames each over its target. Until then the previous
    files stay as they were: leaving the ``with`` block on an error, or :meth:`discard`,
    removes the temporary files and nothing else. At most ``max_open`` files are open at once
    (a build may write a feed per source), the others are reopened to append.
    """

    def __init__(self, folder: Path | str, max_open: int = 32) -> None:
        self.folder = Path(folder)
        self.max_open = max_open
        self._temp: dict[str, str] = {}
        self._open: dict[str, BinaryIO] = {}  # least recently written first

    def write(self, name: str, data: bytes) -> None:
        """Append ``data`` to the file ``name`` (a plain name inside the folder)."""
        handle = self._open.pop(name, None)
        if handle is None:
            if name in self._temp:
                handle = open(self._temp[name], "ab")  # noqa: SIM115 - kept open, closed below
            else:
                if "/" in name or os.sep in name or name in ("", ".", ".."):
                    raise ValueError(f"not a file name: {name!r}")
                self.folder.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f".{name}.", suffix=".tmp")
                self._temp[name] = tmp
                handle = os.fdopen(fd, "wb")
            while len(self._open) >= self.max_open:
                oldest = next(iter(self._open))
                self._open.pop(oldest).close()
        self._open[name] = handle
        handle.write(data)

    def commit(self) -> list[Path]:
        """Sync every file, then rename each into place; returns the targets, sorted."""
        for handle in self._open.values():
            handle.close()
        self._open.clear()
        for tmp in self._temp.values():
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            os.chmod(tmp, 0o644)
        written = []
        for name in sorted(self._temp):
            os.replace(self._temp[name], self.folder / name)
            written.append(self.folder / name)
        self._temp.clear()
        return written

    def discard(self) -> None:
        """Remove every temporary file; the targets are left untouched."""
        for handle in self._open.values():
            with contextlib.suppress(OSError):
                handle.close()
        self._open.clear()
        for tmp in self._temp.values():
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        self._temp.clear()

    def __enter__(self) -> AtomicFiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()
