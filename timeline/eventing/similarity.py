"""When two mentions of one date speak of the same happening: the merge measure.

Each mention carries a :class:`Signature`: the happening classes of its sentence ("sign",
"agreement", "meet"...), the participants it names, its place, and its content words, plus the
same for the sentences around it (context). The score of two mentions on the same date is

    score = 0.40·H + 0.35·P + 0.25·K (+0.10 when both name the same place; capped at 1)

* H: overlap coefficient |A∩B| / min(|A|,|B|) of the happening classes of the two sentences;
* P: participants matched (a name matches when one's words are a subset of the other's: "Xi" ~
  "Xi Jinping"; countries by canonical name: "U.S." ~ "United States"), over the smaller set;
  when the sentences alone share none, the sentence±1 context counts at 0.6 (never within one
  document, where contexts overlap by construction); when both sentences name parties and
  none match even in context, P = −1 (different parties: "Japan and Vietnam" vs "Brazil and
  Argentina" signing on one day);
* K: Dice coefficient of content-word stems (sentence and context).

Vetoes (precision first: two different events on one day must stay two): different times of day;
disjoint happening classes when both sentences have one; subjects naming different actors
("Compaq shares fell" / "Du Pont's stock rose"); for prices and results (classes ``market``,
``earnings``, ``close``) subjects that do not name the same actor; places in different time zones.
Mentions merge when the score reaches :data:`THRESHOLD` (average over the cluster's members).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

THRESHOLD = 0.5
# Happening classes that are facts about one actor (a share price, quarterly results): two
# mentions only merge when their subjects name the same actor.
ACTOR_FACTS = frozenset({"market", "earnings", "close"})
W_HAPPENING, W_PARTICIPANTS, W_KEYWORDS, W_PLACE = 0.40, 0.35, 0.25, 0.10
CONTEXT_FACTOR = 0.6


@dataclass(frozen=True, slots=True)
class Signature:
    """What the merge measure compares, for one mention (or a merged event's union)."""

    doc_id: str
    day: str  # the date the mention falls on: blocking key
    time: str | None  # the time of day for timed values
    classes: frozenset[str]
    names: frozenset[str]  # canonical keys of the participants named in the sentence
    context_names: frozenset[str]
    place: str | None
    zone: str | None
    keywords: frozenset[str]
    context_keywords: frozenset[str]
    agents: frozenset[str] = frozenset()  # names in the subject ("Compaq" in "Compaq fell")

    def __reduce__(self) -> tuple[type[Signature], tuple[Any, ...]]:
        return (Signature, tuple(getattr(self, name) for name in _SIGNATURE_FIELDS))


_SIGNATURE_FIELDS = tuple(f.name for f in fields(Signature))


@lru_cache(maxsize=65536)
def _words(name: str) -> frozenset[str]:
    return frozenset(name.split())


def _name_match(a: str, b: str) -> bool:
    if a == b:
        return True
    wa, wb = _words(a), _words(b)
    return wa <= wb or wb <= wa


def _matched(a: frozenset[str], b: frozenset[str]) -> list[str]:
    """Names of ``a`` that match one of ``b`` (exact first, then by words)."""
    out = [x for x in a if x in b]
    rest = b - a
    out.extend(x for x in a if x not in b and any(_name_match(x, y) for y in rest))
    return out


Weights = Mapping[str, float]


def name_overlap(a: frozenset[str], b: frozenset[str], weights: Weights | None = None) -> float:
    """Weight of one side's names matched in the other over that side's weight, the larger
    of the two ratios (so: relative to the smaller set; 0 when either is empty). ``weights``
    make a name found in many documents ("New York Stock Exchange") count less than one found
    in few ("Conseco"); unweighted names count 1."""
    if not a or not b:
        return 0.0
    w = weights or {}
    best = 0.0
    for one, other in ((a, b), (b, a)):
        total = sum(w.get(x, 1.0) for x in one)
        if total:
            best = max(best, sum(w.get(x, 1.0) for x in _matched(one, other)) / total)
    return best


def name_weights(signatures: Iterable[Signature]) -> dict[str, float]:
    """Inverse document frequency of each name over the documents being merged:
    log(1 + N/df), N the number of documents, df those naming it."""
    docs: dict[str, set[str]] = {}
    all_docs: set[str] = set()
    for s in signatures:
        all_docs.add(s.doc_id)
        for name in s.names | s.context_names:
            docs.setdefault(name, set()).add(s.doc_id)
    n = len(all_docs)
    return {name: math.log(1 + n / len(ids)) for name, ids in docs.items()}


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def vetoed(a: Signature, b: Signature) -> bool:
    """Evidence that two mentions are different happenings, whatever else they share."""
    if a.day != b.day:
        return True
    if a.time and b.time and a.time != b.time:
        return True
    if a.classes and b.classes and not (a.classes & b.classes):
        return True
    same_agents = bool(a.agents and b.agents and name_overlap(a.agents, b.agents) > 0)
    if a.agents and b.agents and not same_agents:
        return True  # "Compaq shares fell" / "Du Pont's stock rose": different actors
    if (a.classes | b.classes) <= ACTOR_FACTS and not same_agents:
        return True  # a price or a result is one company's: same day is not enough
    if a.place and b.place and a.place != b.place:
        return not (a.zone and b.zone and a.zone == b.zone)
    return False


def similarity(a: Signature, b: Signature, weights: Weights | None = None) -> float:
    """Score in [0, 1] that two mentions on one date speak of the same happening."""
    if vetoed(a, b):
        return 0.0
    h = overlap(a.classes, b.classes)
    p = name_overlap(a.names, b.names, weights)
    same_doc = a.doc_id == b.doc_id
    if not same_doc:
        around_a, around_b = a.names | a.context_names, b.names | b.context_names
        p = max(p, CONTEXT_FACTOR * name_overlap(around_a, around_b, weights))
        k = dice(a.keywords | a.context_keywords, b.keywords | b.context_keywords)
        if p == 0 and around_a and around_b:
            p = -1.0  # both articles name parties here and none match: different parties
    else:
        k = dice(a.keywords, b.keywords)
    if p == 0 and a.names and b.names:
        p = -1.0  # both name their parties and none match: different parties
    score = W_HAPPENING * h + W_PARTICIPANTS * p + W_KEYWORDS * k
    if a.place and a.place == b.place:
        score += W_PLACE
    return max(0.0, min(score, 1.0))
