"""Participants: the people, countries and organisations a clause names.

Pure heuristics over capitalisation: a name is a run of capitalised words (joined by "of"/"for"
inside organisation names), minus role words in front ("U.S. President Donald Trump" -> "Donald
Trump") and minus sources of attribution ("according to Bloomberg").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timeline.eventing import lexicon as lx
from timeline.eventing.gazetteer import PLACES
from timeline.eventing.text import Token

_CONNECTORS = frozenset({"of", "for", "de", "del", "da", "von", "van", "al", "bin", "el"})


@dataclass(frozen=True, slots=True)
class Name:
    """A named participant. ``key`` is the canonical lower-case form used for matching."""

    text: str
    key: str
    kind: str  # "country" | "name"
    start: int
    end: int

    @property
    def parts(self) -> frozenset[str]:
        return frozenset(self.key.split())


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _is_name_word(tok: Token, first_in_sentence: bool) -> bool:
    if not tok.is_word or not tok.is_capitalised:
        return False
    low = _strip_possessive(tok.lower)
    if low in lx.NOT_NAMES:
        return False
    return not (first_in_sentence and low in lx.STOP_WORDS)


def _common_word_opening(tok: Token) -> bool:
    """A capitalised sentence opener that reads as a common word ("Voters", "Separately",
    "Analysts"), not a name, unless it names a country."""
    low = _strip_possessive(tok.lower)
    if country_of(low):
        return False
    return low.endswith(("s", "ly", "ing", "ed")) and not tok.text.isupper()


def country_of(text: str) -> str | None:
    return lx.COUNTRY_ALIASES.get(text.lower().strip().rstrip("."))


def find_names(tokens: Sequence[Token], sentence_start: int | None = None) -> list[Name]:
    """Names in ``tokens`` (document offsets), in order of appearance, role words removed.

    Countries and nationality adjectives become ``kind="country"`` with their canonical name.
    """
    names: list[Name] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        first = sentence_start is not None and tok.start == sentence_start
        if not _is_name_word(tok, first):
            i += 1
            continue
        j = i + 1
        if first and (j >= n or not _is_name_word(tokens[j], False)) \
                and _common_word_opening(tok):
            i += 1
            continue
        while j < n:
            t = tokens[j]
            if _is_name_word(t, False) and not tokens[j - 1].text.endswith(("'s", "’s")):
                j += 1
                continue
            joins = t.lower in _CONNECTORS or (
                t.lower == "and" and any(x.lower == "of" for x in tokens[i:j])
            )
            if (
                joins
                and j + 1 < n
                and _is_name_word(tokens[j + 1], False)
                and j - i >= 1
            ):
                j += 2
                continue
            break
        names.extend(_split_run(tokens[i:j]))
        i = j
    return names


def _split_run(run: Sequence[Token]) -> list[Name]:
    """One capitalised run -> names: leading countries/roles peeled off, the rest a name."""
    out: list[Name] = []
    words = list(run)
    # peel leading countries and role words: "U.S. President Donald Trump", "Chinese President Xi"
    while words:
        w = _strip_possessive(words[0].text)
        two = " ".join(_strip_possessive(t.text) for t in words[:2]) if len(words) > 1 else ""
        if two and country_of(two) and (len(words) == 2 or words[2].lower in lx.ROLE_WORDS):
            out.append(Name(country_of(two) or two, (country_of(two) or two).lower(), "country",
                            words[0].start, words[1].end))
            words = words[2:]
            continue
        if country_of(w) and (len(words) == 1 or words[1].lower in lx.ROLE_WORDS
                              or words[1].lower in lx.NOT_NAMES):
            c = country_of(w) or w
            out.append(Name(c, c.lower(), "country", words[0].start, words[0].end))
            words = words[1:]
            continue
        if (w.lower().rstrip(".") in lx.ROLE_WORDS or w.lower() in _CONNECTORS) and len(words) > 1:
            words = words[1:]
            continue
        break
    # a role word inside the run separates an organisation from a person:
    # "White House Office of Science and Technology Policy Director Michael Kratsios"
    for k in range(1, len(words) - 1):
        if words[k].lower.rstrip(".") in lx.ROLE_WORDS and words[k - 1].lower not in _CONNECTORS \
                and words[k + 1].lower.rstrip(".") not in lx.ROLE_WORDS:
            plain = [w for w in words[:k] if not country_of(_strip_possessive(w.text))]
            qualifier = len(plain) <= 1 or words[k - 1].lower.rstrip(".") in lx.ROLE_WORDS
            # "Commerce Secretary", "Czech Foreign Minister": part of the role, not a party
            left = [] if qualifier else _split_run(words[:k])
            return out + left + _split_run(words[k:])
    if not words:
        return out
    text = " ".join(t.text for t in words)
    text = _strip_possessive(text)
    whole = country_of(text)
    if whole:
        out.append(Name(whole, whole.lower(), "country", words[0].start, words[-1].end))
    elif all(t.lower.rstrip(".") in lx.ROLE_WORDS for t in words):
        pass
    elif len(text) <= 2 and text.isupper() or text.lower() in PLACES:
        pass  # "AI", "6G"; cities are places, not participants
    else:
        out.append(Name(text, text.lower(), "name", words[0].start, words[-1].end))
    return out


def attribution_spans(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Document spans of attribution phrases ("according to a report by Bloomberg", "cited
    anonymously by Bloomberg", ", he said"): names inside them are sources, not participants."""
    spans: list[tuple[int, int]] = []
    lows = [t.lower for t in tokens]
    n = len(tokens)
    for i, w in enumerate(lows):
        if w == "according" and i + 1 < n and lows[i + 1] == "to":
            j = i + 2
        elif w in ("cited", "quoted") or (w == "citing"):
            j = i + 1
        elif w == "report" and i + 1 < n and lows[i + 1] == "by":
            j = i + 2
        else:
            continue
        k = j
        while k < n and tokens[k].text not in (",", ";", ".", "—", "–", ":"):
            k += 1
        spans.append((tokens[i].start, tokens[k - 1].end if k > i else tokens[i].end))
    spans.extend(_trailing_attribution(tokens))
    return spans


_SAYS = frozenset({"said", "says", "told", "added", "noted", "reported", "stated", "wrote",
                   "explained", "confirmed", "announced"})


def _trailing_attribution(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """", the company said." / ", said Jane Doe, a spokeswoman." at the end of a sentence."""
    n = len(tokens)
    end = n
    while end > 0 and not tokens[end - 1].is_word:
        end -= 1
    for c in range(end - 1, max(-1, end - 14), -1):
        if tokens[c].text != ",":
            continue
        tail = tokens[c + 1 : end]
        verbs = [t for t in tail if t.lower in _SAYS]
        if verbs and len(tail) <= 12 and (tail[0].lower in _SAYS or tail[-1].lower in _SAYS
                                          or len(tail) <= 6):
            return [(tokens[c].start, tokens[end - 1].end)]
        return []
    return []


def short_form(name: Name, word_counts: dict[str, int]) -> str:
    """The form a headline would use: the single word of a person's name the text uses alone
    ("Xi" for Xi Jinping, "Trump" for Donald Trump), else the full name."""
    if name.kind == "country":
        return name.text
    words = name.text.split()
    if len(words) < 2:
        return name.text
    alone = [w for w in (words[0], words[-1]) if word_counts.get(w, 0) > 1]
    if alone:
        # the text uses the word on its own somewhere (more often than within the full name)
        return alone[-1] if words[-1] in alone else alone[0]
    return name.text
