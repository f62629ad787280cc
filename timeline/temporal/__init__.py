"""Temporal tagging: find TIMEX3 expressions in English news text and resolve them.

How the package is laid out (language data apart from the engine):

- :mod:`lexicon` - English words only: months, weekdays, numbers, units, seasons, parts of the
  day, holidays, deictic and reference words, zone abbreviations, tense cue words.
- :mod:`patterns` - regular-expression building blocks compiled from the lexicon.
- :mod:`rules` and ``rules_*`` - recognizers: each rule is a pattern plus a function saying
  what the match states (``known``); :mod:`recognize` runs them near their trigger words and
  keeps the longest non-overlapping candidates.
- :mod:`tense` - which way the clause points ("will be signed" / "said").
- :mod:`normalize` - the one normalizer: known + anchor (document date, or the last date
  mentioned for anaphoric expressions) + tense -> TIMEX3 value, with the steps explained.
- :mod:`calendar` - period arithmetic (``relativedelta``) and TIMEX3 spelling.
- :mod:`model` / :mod:`values` - the :class:`Timex` result and value -> interval.

>>> from datetime import date
>>> [t.value for t in tag("It will be signed on Wednesday.", date(2025, 10, 29))]
['2025-10-29']
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from typing import Literal

from timeline.temporal.model import Timex
from timeline.temporal.normalize import Context, needs_tense, normalize, to_timex
from timeline.temporal.recognize import recognize
from timeline.temporal.tense import NO_CUE, CueIndex, tense_at, tense_cue
from timeline.temporal.values import as_date

__all__ = ["Timex", "tag", "resolve"]

_log = logging.getLogger(__name__)

_LOCAL_TIME = re.compile(r"\s*\(\s*local\s+time\s*\)", re.IGNORECASE)
_FILLER = re.compile(
    r"(?:\b(?:on|in|at|by|for|of|during|since|until|from|the|a|an)\b|[\s,.;:!?()'\"])*",
    re.IGNORECASE,
)


def tag(text: str, dct: date | datetime, *, timezone: str | None = None) -> list[Timex]:
    """Every TIMEX3 in ``text``, resolved against the document creation time ``dct``.

    The result is sorted by start offset, spans never overlap and
    ``text[t.start:t.end] == t.text`` always holds.  ``timezone`` (an IANA name) is the
    document's zone, recorded as implied for clock times that state none.
    """
    if not isinstance(text, str) or not text:
        return []
    ctx = Context(as_date(dct), weekday_default="past")
    out: list[Timex] = []
    try:
        found = recognize(text)
    except Exception:  # never let a pathological input crash the caller
        _log.warning("temporal recognition failed; no expressions returned", exc_info=True)
        return []
    try:
        cues: CueIndex | None = CueIndex(text)
    except Exception:  # the cues are only a help: without them each expression scans alone
        cues = None
    for c in found:
        try:
            if needs_tense(c):
                # a range's start reads the tense where its day is told ("from 3am until 3pm
                # on Thursday")
                start, end = c.known.get("tense_at") or (c.start, c.end)
                tense, ctx.cue_distance = tense_cue(text, start, end, cues)
            else:
                tense, ctx.cue_distance = None, NO_CUE  # nothing to place: skip the reading
            ctx.move_to(text, c.start)
            res = normalize(c, text, ctx, tense)
            if res is None or not res.value:
                continue
            if _LOCAL_TIME.match(text, c.end):
                c.known["local_time"] = True
            if res.type == "TIME" and timezone and "timezone" not in c.known:
                res.implied["timezone"] = timezone
            out.append(to_timex(c, text, res, ctx))
            if res.updates_anchor and res.period is not None:
                ctx.remember(res.period, c, text)
        except Exception:
            _log.debug("could not normalize %r", text[c.start : c.end], exc_info=True)
            continue
    return out


def resolve(
    expression: str,
    published: date | datetime,
    *,
    tense: Literal["past", "future"] | None = None,
) -> Timex | None:
    """Resolve one expression typed by a user against the publication date ``published``.

    ``tense`` forces the direction for bare weekdays, days of the month and months; with None
    the expression's own words decide ("next Friday", "last month") or else the nearest
    sensible reading.  Returns None when the expression is not a temporal expression.
    """
    if not isinstance(expression, str) or not expression.strip():
        return None
    ctx = Context(as_date(published), forced=tense is not None)
    try:
        found = recognize(expression)
    except Exception:
        return None
    if not found:
        return None
    best = max(found, key=lambda c: c.end - c.start)
    rest = expression[: best.start] + " " + expression[best.end :]
    rest = _LOCAL_TIME.sub(" ", rest)
    leftover = _FILLER.sub(" ", rest).strip()
    if len(leftover) > max(12, (best.end - best.start)):
        return None
    direction = tense if tense is not None else tense_at(expression, best.start, best.end)
    res = normalize(best, expression, ctx, direction)
    if res is None or not res.value:
        return None
    if _LOCAL_TIME.search(expression):
        best.known["local_time"] = True
    timex = to_timex(best, expression, res, ctx)
    why = (
        "forced by the caller"
        if tense
        else ("from the expression's words" if direction else "none stated")
    )
    steps = (
        *timex.explanation[:1],
        f"anchor: publication date {ctx.dct.isoformat()}",
        f"tense: {direction or 'none'} ({why})",
        *timex.explanation[1:],
    )
    return Timex(
        timex.start,
        timex.end,
        timex.text,
        timex.type,
        timex.value,
        timex.mod,
        timex.quant,
        timex.freq,
        timex.anchor,
        timex.direction,
        timex.rule,
        timex.known,
        timex.implied,
        steps,
    )
