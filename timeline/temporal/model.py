"""The result of tagging: one temporal expression with what the text states and what was implied."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Direction = Literal["past", "future", "same"]


@dataclass(frozen=True, slots=True)
class Timex:
    """A TimeML TIMEX3 found in a text.

    ``start``/``end`` are character offsets into the text (``text[start:end] == self.text``).
    ``value`` is the TIMEX3 value (``2025-10-29``, ``2025-W43``, ``P3M``, ``PRESENT_REF`` ...).
    ``known`` holds the components the expression states itself (e.g. ``{"weekday": 3}``);
    ``implied`` holds those taken from the anchor or context (e.g. ``{"year": 2025}``).
    ``anchor`` is the value the expression was resolved against (the document date or an
    earlier expression), ``direction`` which way a bare expression was resolved, and
    ``explanation`` the human-readable steps of the resolution.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchor: str | None = None
    direction: Direction | None = None
    rule: str = ""
    known: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    implied: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    explanation: tuple[str, ...] = field(default=(), compare=False, hash=False)

    def as_dict(self) -> dict[str, Any]:
        """The machine form used by ``timeline extract --jsonl`` (stable keys)."""
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }
        if self.mod:
            out["mod"] = self.mod
        return out
