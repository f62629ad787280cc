"""What readers take and give: one input's bytes, the reading options, found documents, skips.

Every problem with an input is a ``SourceError`` (an ``InputError`` with a short ``reason``
such as ``"empty file"``) whose message is one line naming the file; a reader that can keep
going after a bad part (one JSON line, one feed entry) records a ``Skip`` instead of raising.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from timeline.documents import Document, InputError

UTC = ZoneInfo("UTC")

# Reasons a document or input is skipped, as grouped in the end-of-build summary.
NO_SUCH_FILE = "no such file"
UNREADABLE = "unreadable"
EMPTY = "empty file"
BINARY = "binary file"
UNDECODABLE = "undecodable text"
TOO_LARGE = "too large"
MALFORMED = "malformed input"
BAD_DATE = "unreadable date"
NO_DATE = "no publication date"
NO_TEXT = "no article text"
FETCH_FAILED = "download failed"


class SourceError(InputError):
    """An input that gives no document: ``str(exc)`` names the file, ``reason`` groups it."""

    def __init__(self, message: str, reason: str = MALFORMED) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read: the zone for times written without an offset (IANA name or None = UTC)."""

    timezone: str | None = None

    @property
    def zone(self) -> tzinfo:
        return ZoneInfo(self.timezone) if self.timezone else UTC


@dataclass(frozen=True, slots=True)
class Found:
    """A document as a reader found it, before the publication context is settled.

    ``reference`` is a date known to be near the publication without being it (a feed's
    own date, metadata without a day): it lends its year to a dateline that has none.
    ``date_error`` says why a date the document states could not be read (the document is
    then skipped unless ``--published`` overrides it).
    """

    doc: Document
    reference: datetime | None = None
    reference_has_day: bool = False
    date_error: str | None = None


@dataclass(frozen=True, slots=True)
class Skip:
    """One skipped document or input: its id, a one-line message naming it, a reason."""

    doc_id: str
    message: str
    reason: str


@dataclass
class Reading:
    """What one input gave: documents found and the parts of it that were skipped."""

    found: list[Found] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
