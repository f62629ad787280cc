"""A one-line progress report for long runs, on stderr, only when a person is watching.

It shows documents done, documents/s and MB/s (and the elapsed time), redrawn at most a few
times a second. It stays silent when stderr is not a terminal (pipes, files, CI logs) or when
``CI`` is set, so logs and captured output never fill with carriage returns.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

REDRAW_SECONDS = 0.25


def wanted(stream: TextIO | None = None) -> bool:
    """Whether a progress line belongs on ``stream`` (default stderr): an interactive
    terminal, not CI, not a dumb terminal."""
    out = stream if stream is not None else sys.stderr
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """Counts documents (and their size in bytes) and redraws a status line when enabled.

    Use as a context manager; ``advance`` after each document. Disabled instances only count.
    """

    def __init__(
        self,
        label: str = "analysed",
        *,
        stream: TextIO | None = None,
        enabled: bool | None = None,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self.label = label
        self.documents = 0
        self.size = 0
        self.started = time.monotonic()
        self._drawn_at = 0.0
        self._width = 0
        self.stage = ""

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def advance(self, documents: int = 1, size: int = 0) -> None:
        self.documents += documents
        self.size += size
        if self.enabled:
            now = time.monotonic()
            if now - self._drawn_at >= REDRAW_SECONDS:
                self._drawn_at = now
                self._draw(now)

    def set_stage(self, stage: str) -> None:
        """Name what runs after the documents (e.g. ``merging events``): shown at once, since
        the counts no longer move while it runs."""
        self.stage = stage
        if self.enabled:
            self._draw(time.monotonic())

    def line(self, now: float | None = None) -> str:
        """The status text: ``12,345 documents analysed · 810 docs/s · 1.9 MB/s · 0:15``."""
        elapsed = max((now or time.monotonic()) - self.started, 1e-9)
        minutes, seconds = divmod(int(elapsed), 60)
        hours, minutes = divmod(minutes, 60)
        clock = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
        text = (
            f"{self.documents:,} document{'' if self.documents == 1 else 's'} {self.label} · "
            f"{self.documents / elapsed:,.0f} docs/s · "
            f"{self.size / elapsed / 1e6:.1f} MB/s · {clock}"
        )
        return f"{text} · {self.stage}…" if self.stage else text

    def _draw(self, now: float) -> None:
        text = self.line(now)
        pad = max(0, self._width - len(text))
        self._width = len(text)
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()

    def close(self) -> None:
        """Erase the status line so the command's own report starts on a clean line."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
