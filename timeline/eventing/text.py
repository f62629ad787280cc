"""Sentences and word tokens with character offsets into the document text."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cached_property

# Abbreviations whose period does not end a sentence.
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt",
    "gov", "sen", "rep", "rev", "hon", "pres", "no", "vs", "v", "etc", "inc", "ltd", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "a.m", "p.m", "u.s",
    "u.k", "u.n", "e.g", "i.e", "approx", "est", "dept", "univ", "fig", "ft", "ave",
})  # fmt: skip

_LAST_WORD = re.compile(r"([A-Za-z.]+)$")
_WORD = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:[-'’][A-Za-z0-9\u00C0-\u024F]+)*")
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n\s*\n|\n")
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S. / a.m.
    r"|(?:Corp|Inc|Co|Ltd|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|Sr|Lt|Col|Capt|Prof|Bros|Md)\.(?:['’]s)?"
    r"|\d+(?:-[A-Za-z]+)+"  # 6-year-old, 3-for-2
    r"|\d+(?:[-–]\d+)+(?![\d.,])"  # 52-48
    r"|[$£€¥]?\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s)?(?![A-Za-z])"  # $175.5, 1,850, 4.5%, 1990s
    r"|[A-Za-z0-9\u00C0-\u024F]+(?:[-'’][A-Za-z0-9\u00C0-\u024F]+)*"  # words, Lee Jae-myung, 6G
    r"|[–—]|[^\sA-Za-z0-9]"
)


class Token:
    """A word or punctuation mark with its document offsets (lower case and shape precomputed:
    titles look at them many times)."""

    __slots__ = ("text", "start", "end", "lower", "is_word", "is_capitalised")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lower = text.lower()
        self.is_word = text[:1].isalnum()
        self.is_capitalised = text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start) == (other.text, other.start)

    def __hash__(self) -> int:
        return hash((self.text, self.start))


class Sentence:
    """One sentence: its offsets in the document and its tokens (document offsets), tokenised
    on first use."""

    __slots__ = ("index", "start", "end", "text", "_tokens")

    def __init__(self, index: int, start: int, end: int, text: str) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.text = text  # the raw slice text[start:end]
        self._tokens: tuple[Token, ...] | None = None

    @property
    def tokens(self) -> tuple[Token, ...]:
        if self._tokens is None:
            self._tokens = tokenize(self.text, self.start)
        return self._tokens

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
        before = text[max(0, match.start() - 40) : match.start()]
        word = _LAST_WORD.search(before)
        if word:
            w = word.group(1).lower().rstrip(".")
            # "U.S. President", "Oct. 29", "J. Smith": the sentence goes on ("in the U.S. The
            # talks" is read as one sentence: a missed boundary costs less than a false one)
            if w in _ABBREVIATIONS or (len(w) == 1 and word.group(1)[:1].isupper()):
                return False
    return True


MAX_SENTENCE = 600  # characters: a run-on "sentence" (a table, a list) is cut into pieces


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut into pieces of at most MAX_SENTENCE characters, at a semicolon or comma
    if there is one in the second half of a piece, else at a space: keeps title building linear
    on text without sentence ends."""
    out: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        half = start + MAX_SENTENCE // 2
        cut = max(text.rfind("; ", half, limit), text.rfind(", ", half, limit))
        if cut == -1:
            cut = text.rfind(" ", half, limit)
        cut = limit if cut == -1 else cut + 1
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


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
        spans = [piece for span in spans for piece in _bounded(text, *span)]
        sentences: list[Sentence] = []
        for s, e in spans:
            # trim whitespace at the edges so offsets point at the words
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                sentences.append(Sentence(len(sentences), s, e, text[s:e]))
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
        return dict(Counter(_WORD.findall(self.text)))
