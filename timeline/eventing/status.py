"""Status of a mention: reported as past, scheduled/expected, or ongoing.

The date decides when it lies wholly before or after the publication day; when the date's period
contains the publication day ("on Wednesday" in a Wednesday paper, "this month"), the tense of the
clause decides: "will be signed" is scheduled, "is being held" ongoing, "signed" past.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Literal

from timeline.eventing import lexicon as lx
from timeline.temporal.values import as_date

Status = Literal["past", "scheduled", "ongoing"]


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(cues, key=len, reverse=True)
    alts = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in ordered)
    return re.compile(rf"(?<![\w’'])(?:{alts})(?![\w])", re.IGNORECASE)


_FUTURE = _cue_pattern(lx.FUTURE_CUES)
_ONGOING = _cue_pattern(lx.ONGOING_CUES)
_PAST = _cue_pattern(lx.PAST_CUES)
_PAST_VERB = re.compile(r"\b[a-z]{3,}ed\b")


def tense_of(clause: str) -> Status | None:
    """The tense a clause speaks in, from its cues; None when it gives none."""
    if _ONGOING.search(clause):
        return "ongoing"
    if _FUTURE.search(clause):
        return "scheduled"
    if _PAST.search(clause) or _PAST_VERB.search(clause):
        return "past"
    return None


def status_of(
    start: date | datetime, end: date | datetime, dct: date | None, clause: str
) -> Status:
    """Status of a happening over [start, end) reported on ``dct`` in ``clause``."""
    tense = tense_of(clause)
    if dct is None:
        return tense or "past"
    first, after = as_date(start), as_date(end)
    if isinstance(end, datetime) and end.time() != datetime.min.time():
        after = date.fromordinal(after.toordinal() + 1)
    if after <= dct:
        return "past"
    if first > dct:
        return "scheduled"
    if tense is not None:
        return tense
    # a period around the publication day with no tense cue speaks in the present ("voters
    # head to the polls on Wednesday" in a Wednesday paper, "this month"): under way
    return "ongoing"
