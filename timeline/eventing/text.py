"""Sentences and word tokens with character offsets into the document text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

# Abbreviations whose period does not end a sentence.
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt",
    "gov", "sen", "rep", "rev", "hon", "pres", "no", "vs", "v", "etc", "inc", "ltd", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "a.m", "p.m", "u.s",
    "u.k", "u.n", "e.g", "i.e", "approx", "est", "dept", "univ", "fig", "ft", "ave",
})  # fmt: skip

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n\s*\n|\n")
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S. / a.m.
    r"|(?:Corp|Inc|Co|Ltd|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|Sr|Lt|Col|Capt|Prof|Bros|Md)\."
    r"|\d+(?:-[A-Za-z]+)+"  # 6-year-old, 3-for-2
    r"|[$£€¥]?\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s)?(?![A-Za-z])"  # $175.5, 1,850, 4.5%, 1990s
    r"|[A-Za-z0-9\u00C0-\u024F]+(?:[-'’][A-Za-z0-9\u00C0-\u024F]+)*"  # words, Lee Jae-myung, 6G
    r"|[–—]|[^\sA-Za-z0-9]"
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its offsets in the document and its tokens (document offsets)."""

    index: int
    start: int
    end: int
    text: str  # the raw slice text[start:end]
    tokens: tuple[Token, ...]

    @property
    def folded(self) -> str:
        """Whitespace folded, as shown to users."""
        return " ".join(self.text.split())

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indexes [i, j) of the tokens overlapping the document span [start, end)."""
        i = 0
        while i < len(self.tokens) and self.tokens[i].end <= start:
            i += 1
        j = i
        while j < len(self.tokens) and self.tokens[j].start < end:
            j += 1
        return i, j


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    return tuple(
        Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)
    )


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    mark = match.group()
    if "\n" in mark:
        return True
    if mark.startswith("."):
        # the word before the period: abbreviations and initials do not end sentences
        before = text[: match.start()]
        word = re.search(r"([A-Za-z.]+)$", before)
        if word:
            w = word.group(1).lower().rstrip(".")
            # "U.S. President", "Oct. 29", "J. Smith": the sentence goes on ("in the U.S. The
            # talks" is read as one sentence: a missed boundary costs less than a false one)
            if w in _ABBREVIATIONS or (len(w) == 1 and word.group(1)[:1].isupper()):
                return False
    return True


class SentenceIndex:
    """The sentences of one document, found once and looked up by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        spans: list[tuple[int, int]] = []
        start = 0
        for m in _BOUNDARY.finditer(text):
            if not _ends_sentence(text, m):
                continue
            end = m.end()
            spans.append((start, end))
            start = end
        if start < len(text):
            spans.append((start, len(text)))
        sentences: list[Sentence] = []
        for s, e in spans:
            # trim whitespace at the edges so offsets point at the words
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                sentences.append(Sentence(len(sentences), s, e, text[s:e], tokenize(text[s:e], s)))
        self.sentences: tuple[Sentence, ...] = tuple(sentences)
        self._starts = [s.start for s in self.sentences]

    def at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset`` (or the nearest one before it)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return self.sentences[0] if self.sentences else None
        return self.sentences[i]

    def neighbours(self, sentence: Sentence, before: int = 1, after: int = 1) -> list[Sentence]:
        lo = max(0, sentence.index - before)
        hi = min(len(self.sentences), sentence.index + after + 1)
        return [s for s in self.sentences[lo:hi] if s.index != sentence.index]

    @cached_property
    def word_counts(self) -> dict[str, int]:
        """How often each lower-cased word occurs (used to pick short forms of names)."""
        counts: dict[str, int] = {}
        for s in self.sentences:
            for t in s.tokens:
                if t.is_word:
                    counts[t.text] = counts.get(t.text, 0) + 1
        return counts
