"""Where a happening takes place: a named place after a locative preposition, and its zone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timeline.eventing import lexicon as lx
from timeline.eventing.gazetteer import PLACES
from timeline.eventing.text import Token

_MAX_WORDS = max(len(k.split()) for k in PLACES)


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    timezone: str | None
    start: int  # document offsets of the name
    end: int
    known: bool  # found in the gazetteer


def _lookup(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    """The longest gazetteer key starting at token ``i``: (key, tokens used)."""
    for n in range(min(_MAX_WORDS, len(tokens) - i), 0, -1):
        words = [t.text for t in tokens[i : i + n]]
        if not all(w[:1].isalpha() or w in (",", ".") for w in words):
            continue
        if words[-1].endswith(("’s", "'s", "’", "'")):
            continue  # "China's expansion": a possessive, not a location
        key = " ".join(words).lower().replace(" ,", ",").replace(" .", ".")
        if key in PLACES and tokens[i].text[:1].isupper():
            return key, n
    return None


def find_places(tokens: Sequence[Token]) -> list[Place]:
    """Places introduced by a locative preposition ("in Busan", "at the White House in
    Washington"); unknown capitalised names count only after a venue verb ("held in
    Springfield"). In order of appearance."""
    out: list[Place] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.lower not in lx.PLACE_PREPOSITIONS or i + 1 >= n:
            continue
        j = i + 1
        if j < n and tokens[j].lower == "the":
            j += 1
        if j >= n:
            continue
        found = _lookup(tokens, j)
        if found:
            key, used = found
            name, zone = PLACES[key]
            out.append(Place(name, zone, tokens[j].start, tokens[j + used - 1].end, True))
            continue
        prev = tokens[i - 1].lower if i > 0 else ""
        if prev in lx.VENUE_VERBS and tokens[j].is_capitalised and tokens[j].is_word:
            k = j
            while k < n and tokens[k].is_word and tokens[k].is_capitalised:
                k += 1
            words = [t.text for t in tokens[j:k]]
            if words and words[0].lower() not in lx.NOT_NAMES:
                out.append(Place(" ".join(words), None, tokens[j].start, tokens[k - 1].end, False))
    return out


def place_zone(name: str) -> str | None:
    entry = PLACES.get(name.lower())
    return entry[1] if entry else None
