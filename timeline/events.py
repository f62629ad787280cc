"""Events: what happens on a resolved date, with provenance, merged across documents.

The public face of :mod:`timeline.eventing`: :class:`Event` and :class:`Mention` (the model the
exports render), :func:`events_from_document` (one document's candidate events) and
:func:`merge_events` (one event per happening, every source kept). Field meanings, the merge
measure and its threshold are documented in ``docs/events.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from timeline.documents import Document
from timeline.eventing import lexicon as lx
from timeline.eventing.merge import cluster, combine, unique_keys
from timeline.eventing.model import Event, Kind, Mention, Status
from timeline.eventing.names import Name, attribution_spans, find_names
from timeline.eventing.selection import INCLUDE_CHOICES, parse_include, place, ranges
from timeline.eventing.similarity import Signature
from timeline.eventing.status import status_of as _status_of
from timeline.eventing.text import Sentence, Token, tokenize
from timeline.eventing.titles import DocContext, Happening, analyse_happening
from timeline.eventing.words import stem, verb_form
from timeline.temporal.model import Timex
from timeline.temporal.values import as_date

__all__ = [
    "INCLUDE_CHOICES",
    "Event",
    "Kind",
    "Mention",
    "Status",
    "events_from_document",
    "merge_events",
    "parse_include",
    "sentence_around",
]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence containing ``text[start:end]``, whitespace folded."""
    ctx = DocContext(text)
    sent = ctx.sentences.at(start)
    return sent.folded if sent else ""


def _keywords(tokens: Iterable[Token], skip: tuple[int, int] = (0, 0)) -> frozenset[str]:
    out: set[str] = set()
    for t in tokens:
        if skip[0] <= t.start < skip[1] or not t.text[:1].isalpha():
            continue
        low = t.lower
        if low in lx.STOP_WORDS or len(low) < 3 or low in lx.NOT_NAMES:
            continue
        out.add(stem(low))
    return frozenset(out)


def _display_keywords(tokens: Sequence[Token], skip: tuple[int, int],
                      attributions: Sequence[tuple[int, int]]) -> tuple[str, ...]:
    """Up to 8 content words of the sentence as written (lower case, no names, no dates, no
    attribution, no function words), event words first, then in order of appearance."""
    words: list[str] = []
    for t in tokens:
        if skip[0] <= t.start < skip[1] or any(a <= t.start < b for a, b in attributions):
            continue
        if not t.text[:1].isalpha() or t.is_capitalised:
            continue
        low = t.lower
        for suffix in ("'s", "’s", "’", "'"):
            low = low.removesuffix(suffix)
        if low in lx.STOP_WORDS or len(low) < 3 or low in words:
            continue
        words.append(low)
    words.sort(key=lambda w: 0 if (lx.EVENT_NOUNS.get(w) or verb_form(w)) else 1)
    return tuple(words[:8])


def _name_keys(names: Iterable[Name]) -> frozenset[str]:
    return frozenset(n.key for n in names)


def _participants(names: Sequence[Name]) -> tuple[str, ...]:
    ordered = [n.text for n in names if n.kind == "name"] + [
        n.text for n in names if n.kind == "country"
    ]
    out: list[str] = []
    for p in ordered:
        if any(p in q.split() or p == q for q in out):
            continue
        out = [q for q in out if q not in p.split()]
        out.append(p)
    return tuple(out[:8])


def _is_publication_mention(start: date | datetime, granularity: str, dct: date,
                            hap: Happening) -> bool:
    """A mention of the publication day whose happening is the report itself ("said on
    Tuesday" in a Tuesday paper) or that names no happening at all."""
    day = as_date(start)
    if day != dct or granularity not in ("day", "part-of-day", "hour", "minute", "second"):
        return False
    return hap.reporting or hap.trigger is None


class _DocumentEvents:
    """Candidate events of one document (sentences and context are computed once)."""

    def __init__(self, doc: Document, include: frozenset[str]) -> None:
        if doc.published is None or doc.dct is None:
            raise ValueError(f"{doc.doc_id}: no publication date")
        self.doc = doc
        self.dct: date = doc.dct
        self.include = include
        self.ctx = DocContext(doc.text, doc.title)
        self.title_tokens = tokenize(doc.title or "")
        self._context: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self.spans: list[tuple[int, int]] = []
        self._facts: dict[int, tuple[frozenset[str], frozenset[str]]] = {}

    def context(self, sent: Sentence) -> tuple[frozenset[str], frozenset[str]]:
        """(names, keywords) of the neighbouring sentences and the document title."""
        if sent.index not in self._context:
            names: set[str] = set()
            words: set[str] = set()
            for other in [*self.ctx.sentences.neighbours(sent), None]:
                key = other.index if other is not None else -1
                if key not in self._facts:
                    if other is not None:
                        found, spans = self.ctx.names_in(other), self.ctx.attributions_in(other)
                        toks = other.tokens
                    else:
                        toks = self.title_tokens
                        found = find_names(toks, toks[0].start if toks else None)
                        spans = attribution_spans(toks)
                    self._facts[key] = (
                        frozenset(n.key for n in found
                                  if not any(a <= n.start < b for a, b in spans)),
                        _keywords(toks),
                    )
                names |= self._facts[key][0]
                words |= self._facts[key][1]
            self._context[sent.index] = (frozenset(names), frozenset(words))
        return self._context[sent.index]

    def events(self, timexes: Sequence[Timex]) -> list[Event]:
        out: list[Event] = []
        self.spans = sorted((t.start, t.end) for t in timexes)
        for first, last in ranges(self.doc.text, list(timexes)):
            event = self.event(first, last)
            if event is not None:
                out.append(event)
        return out

    def event(self, timex: Timex, range_end: Timex | None) -> Event | None:
        doc = self.doc
        placement = place(timex, self.dct, self.include)
        if placement is None:
            return None
        end = placement.end
        end_value: str | None = None
        if range_end is not None:
            closing = place(range_end, self.dct, self.include)
            if closing is not None:
                end, end_value = closing.end, range_end.value
        span = (timex.start, range_end.end if range_end else timex.end)
        sent = self.ctx.sentences.at(timex.start)
        if sent is None:
            return None
        others = [s for s in self.spans
                  if sent.start <= s[0] < sent.end and not span[0] <= s[0] < span[1]]
        hap = analyse_happening(self.ctx, sent, span[0], span[1], others)
        if hap.furniture:
            return None
        included_because = placement.included_because
        if placement.kind == "event" and _is_publication_mention(
            placement.start, placement.granularity, self.dct, hap
        ):
            if "publication" not in self.include:
                return None
            included_because = "publication"
        clause = doc.text[hap.scope[0] : max(hap.scope[1], span[1])]
        status = _status_of(placement.start, end, self.dct, clause)
        timed = isinstance(placement.start, datetime)
        zone = None
        if timed:
            zone = (
                (timex.known or {}).get("timezone")
                or (hap.place.timezone if hap.place else None)
                or doc.timezone
            )
        assert doc.published is not None
        expression = doc.text[span[0] : span[1]] if range_end else timex.text
        mention = Mention(
            doc_id=doc.doc_id,
            source=doc.outlet,
            published=doc.published.isoformat(),
            published_from=doc.published_from or "",
            sentence=sent.folded,
            expression=expression,
            start=span[0],
            end=span[1],
            value=timex.value,
            title=doc.title,
            url=doc.url,
            sentence_start=sent.start,
            sentence_end=sent.end,
            end_value=end_value,
            status=status,
        )
        context_names, context_words = self.context(sent)
        day = as_date(placement.start)
        block = day.isoformat() if placement.granularity in (
            "day", "part-of-day", "hour", "minute", "second") else timex.value
        if end_value:
            block = f"{block}/{end_value}"
        signature = Signature(
            doc_id=doc.doc_id,
            day=block,
            time=timex.value if timed else None,
            classes=hap.classes,
            names=_name_keys(hap.participants),
            context_names=context_names,
            place=hap.place.name if hap.place else None,
            zone=hap.place.timezone if hap.place else None,
            keywords=_keywords(sent.tokens, span),
            context_keywords=context_words,
            agents=_name_keys(hap.agents),
        )
        names = sorted(n.key for n in hap.participants)[:3]
        key = "|".join([hap.cls or "", "/".join(names), hap.place.name if hap.place else "",
                        "" if hap.cls else hap.title.lower()])
        return Event(
            title=hap.title,
            value=timex.value,
            start=placement.start,
            end=end,
            granularity=placement.granularity,
            status=status,
            mentions=(mention,),
            timezone=zone,
            place=hap.place.name if hap.place else None,
            kind=placement.kind,  # type: ignore[arg-type]
            keywords=_display_keywords(sent.tokens, span, self.ctx.attributions_in(sent)),
            end_value=end_value,
            participants=_participants(hap.participants),
            happening=hap.cls,
            included_because=included_because,
            recurrence=placement.recurrence,
            key=key,
            signature=signature,
            quality=hap.quality,
        )


def events_from_document(
    doc: Document, timexes: Sequence[Timex], include: Iterable[str] = ()
) -> list[Event]:
    """Candidate events of one document: every date or time that anchors a happening.

    ``include`` keeps what is left out by default (see ``INCLUDE_CHOICES``): ``durations``,
    ``sets``, ``references`` (deictic now) and ``publication`` (the publication day's own
    mentions, "said on Tuesday").
    """
    if doc.published is None:
        return []
    return _DocumentEvents(doc, frozenset(include)).events(timexes)


def merge_events(candidates: Sequence[Event]) -> list[Event]:
    """One event per happening: mentions on the same date that speak of the same happening
    (see :mod:`timeline.eventing.similarity`) are merged, every source kept. Sorted by date,
    then title, then UID; the same input gives the same output whatever its order."""
    merged = [combine(group) for group in cluster(candidates)]
    return sorted(unique_keys(merged), key=Event.sort_key)


def status_of(timex: Timex, doc: Document) -> Status:
    """Status of one expression in its document (tense of its sentence, date vs publication)."""
    from timeline.temporal.values import interval

    span = interval(timex.value)
    if span is None or doc.dct is None:
        return "past"
    text = sentence_around(doc.text, timex.start, timex.end)
    return _status_of(span.start, span.end, doc.dct, text)
