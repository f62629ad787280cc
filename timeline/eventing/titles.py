"""The happening a date anchors, and a short title for it.

Pure heuristics over tokens (no model): from the date expression, find the word that governs it
(the verb it attaches to, "signed on Wednesday"; the event noun a scheduling verb points back to,
"the talks set for Thursday", "a summit ... to be held in Busan on the 30th"), else the nearest
event word in the clause; then build a headline around it: the event noun with its modifiers and
participants ("Summit between Lee Jae-myung and Donald Trump", "Xi–Trump talks"), or the verb with
its subject/object and agent ("Technology deal signed by Michael Kratsios").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline.eventing import lexicon as lx
from timeline.eventing.names import Name, attribution_spans, country_of, find_names, short_form
from timeline.eventing.places import Place, find_places
from timeline.eventing.text import Sentence, SentenceIndex, Token
from timeline.eventing.words import looks_like_past_verb, noun_class, verb_form

MAX_TITLE = 70
_HARD = frozenset({";", ":", "—", "–", "(", ")", "[", "]", "“", "”", '"', "?", "!"})
_PUNCT = _HARD | frozenset({",", ".", "‘", "’", "'"})
_REPORT_NOUNS = {
    "report": "report", "reports": "report", "reported": "report", "said": "statement",
    "says": "statement", "say": "statement", "told": "statement", "stated": "statement",
    "warned": "warning", "confirmed": "confirmation", "revealed": "disclosure",
    "disclosed": "disclosure", "wrote": "article", "predicted": "forecast",
    "estimated": "estimate",
}
_POSSESSIVE = ("'s", "’s")
_VERB_OPENERS = frozenset(
    {"to", "will", "would", "could", "can", "should", "may", "might", "must", "did", "not"}
)


@dataclass(frozen=True, slots=True)
class Happening:
    """What a date expression anchors in its sentence."""

    title: str
    trigger: str | None  # the word the title is built around
    cls: str | None  # its happening class (lexicon), None for unknown words
    classes: frozenset[str]  # every happening class in the sentence (attributions left out)
    participants: tuple[Name, ...]
    place: Place | None
    reporting: bool = False  # the happening is the act of saying or reporting
    furniture: bool = False  # a byline/dateline or a line without a sentence
    quality: int = 0  # how complete the title is; the best mention titles a merged event
    scope: tuple[int, int] = (0, 0)  # document span read for tense cues
    agents: tuple[Name, ...] = ()  # names in the subject: who does the happening
    extras: dict[str, str] = field(default_factory=dict, compare=False)


class DocContext:
    """What title building needs to know about the whole document (built once per document)."""

    def __init__(self, text: str, title: str | None = None) -> None:
        self.text = text
        self.title = title or ""
        self.sentences = SentenceIndex(text)
        self._modifiers: dict[str, str | None] = {}
        self._names: dict[int, list[Name]] = {}
        self._attributions: dict[int, list[tuple[int, int]]] = {}

    def names_in(self, sent: Sentence) -> list[Name]:
        """The names of a sentence (found once per sentence)."""
        if sent.index not in self._names:
            self._names[sent.index] = find_names(sent.tokens, sent.start)
        return self._names[sent.index]

    def attributions_in(self, sent: Sentence) -> list[tuple[int, int]]:
        if sent.index not in self._attributions:
            self._attributions[sent.index] = attribution_spans(sent.tokens)
        return self._attributions[sent.index]

    def modifier_for(self, head: str) -> str | None:
        """A content word the document puts before ``head`` elsewhere ("technology" for "the
        deal" in an article titled "... 6G technology deal ..."), for a bare definite head."""
        key = head.lower()
        if key in self._modifiers:
            return self._modifiers[key]
        found: str | None = None
        pattern = re.compile(rf"\b([a-z][a-z0-9-]*)\s+{re.escape(key)}\b")
        for stream in (self.title, self.text):
            for m in pattern.finditer(stream):
                low = m.group(1)
                if (
                    low not in lx.STOP_WORDS
                    and not verb_form(low)
                    and not low.endswith(("ed", "ing", "ly"))
                    and low.isalpha()
                ):
                    found = low
                    break
            if found:
                break
        self._modifiers[key] = found
        return found


# ---------------------------------------------------------------------------------------------
# token classes


def _is_verbish(tok: Token) -> bool:
    low = tok.lower
    return bool(
        verb_form(low)
        or low in lx.SCHEDULING_VERBS
        or low in lx.REPORTING_VERBS
        or looks_like_past_verb(low)
    )


def _event_class(toks: Sequence[Token], k: int) -> tuple[str | None, str]:
    """(class, "noun"|"verb"|"") of token k read in context."""
    tok = toks[k]
    low = tok.lower
    prev = toks[k - 1].lower if k > 0 else ""
    vf = verb_form(low)
    nc = noun_class(low)
    if vf and nc:
        # "the vote" / "to vote", "talks" after a name is a noun, "reported" a verb
        nounish = prev in lx.DETERMINERS or prev.endswith(_POSSESSIVE) or (
            vf.form == "base" and prev not in _VERB_OPENERS
        )
        if nounish and vf.form in ("base", "s"):
            return nc, "noun"
        return vf.cls, "verb"
    if nc:
        return nc, "noun"
    if vf:
        return vf.cls, "verb"
    return None, ""


def _bigram_class(toks: Sequence[Token], k: int) -> str | None:
    if k + 1 < len(toks):
        return lx.EVENT_NOUNS.get(f"{toks[k].lower} {toks[k + 1].lower}")
    return None


# ---------------------------------------------------------------------------------------------


def analyse_happening(
    ctx: DocContext,
    sent: Sentence,
    start: int,
    end: int,
    others: Sequence[tuple[int, int]] = (),
) -> Happening:
    """The happening the expression at document span [start, end) anchors in ``sent``.

    ``others`` are the document spans of the other date expressions: they are never part of a
    title nor read as the happening.
    """
    toks = sent.tokens
    ti, tj = sent.token_range(start, end)
    attrib = ctx.attributions_in(sent)
    skip: set[int] = set(range(ti, tj))
    skip |= _parenthetical(toks, ti)
    for k, t in enumerate(toks):
        if any(a <= t.start < b for a, b in attrib) or any(
            a <= t.start < b for a, b in others if sent.start <= a < sent.end
        ):
            skip.add(k)
    names = [
        n for n in ctx.names_in(sent)
        if not any(a <= n.start < b for a, b in attrib) and not (start <= n.start < end)
    ]
    places = [p for p in find_places(toks) if not (start <= p.start < end)]
    classes: set[str] = set()
    for k, _t in enumerate(toks):
        if k in skip:
            continue
        cls, kind = _event_class(toks, k)
        if cls and not (kind == "verb" and toks[k].lower in lx.SCHEDULING_VERBS):
            classes.add(cls)
        big = _bigram_class(toks, k)
        if big:
            classes.add(big)

    words_outside = [t for k, t in enumerate(toks) if k not in skip and t.text[:1].isalpha()]
    furniture = len(words_outside) < 2 or _furniture_near(toks, ti)
    trig = _governor(toks, ti, tj, skip)
    if trig is None:
        trig = _possessive_noun(toks, tj)
    if trig is None:
        trig = _nearest_trigger(toks, ti, tj, skip)
    place = _place_near(places, toks, ti, trig)
    h_names = tuple(names)
    if trig is None:
        title = _fallback_title(toks, ti, tj, skip)
        return Happening(title, None, None, frozenset(classes), h_names, place,
                         furniture=furniture or not title, quality=-3,
                         scope=(sent.start, toks[tj - 1].end if tj else sent.end))
    k, kind = trig
    tok = toks[k]
    cls, _ = _event_class(toks, k)
    reporting = (
        tok.lower in lx.REPORTING_VERBS and kind == "verb" and not _has_object(toks, k, skip)
    )
    builder = _Title(ctx, sent, toks, skip, names, ti, tj)
    if reporting:
        title, quality = builder.report(k)
    elif kind == "noun":
        title, quality = builder.noun(k, place)
        verb_at = builder.verb_governing(k)
        if verb_at is not None and quality <= 3:
            # "Castro attended a rally Thursday": the bare noun says less than its clause
            v_title, v_quality = builder.verb(verb_at, place)
            if len(v_title.split()) > len(title.split()):
                title, quality = v_title, v_quality
    else:
        title, quality = builder.verb(k, place)
    title = tidy(title)
    if len(title.split()) <= 1:
        # "Markets now expect a cut in December": the clause says more than "Cut"
        clause = _fallback_title(toks, ti, tj, skip)
        if tok.text.lower() in clause.lower() and 3 <= len(clause.split()) <= 10:
            title = clause
    agents = _agents(toks, k, kind, builder.subject_start, names, (ti, tj))
    scope_lo = min(toks[k].start, toks[ti].start if ti < len(toks) else sent.start)
    scope_lo = toks[builder.subject_start].start if builder.subject_start is not None else scope_lo
    # the tense is read from the start of the clause: "Chileans went to the polls in the
    # election on Wednesday" (past), "the talks set for Thursday"
    i = next((x for x, t in enumerate(toks) if t.start >= scope_lo), 0)
    while i > 0 and toks[i - 1].text not in _HARD and toks[i - 1].text != "," \
            and toks[i - 1].lower not in lx.SUBORDINATORS:
        i -= 1
    scope_lo = min(scope_lo, toks[i].start) if toks else scope_lo
    scope_hi = max(toks[k].end, toks[tj - 1].end if tj else sent.end)
    return Happening(
        title=title or _fallback_title(toks, ti, tj, skip) or tidy(tok.text),
        trigger=tok.text,
        cls=cls or (_bigram_class(toks, k)),
        classes=frozenset(classes),
        participants=h_names,
        place=place,
        reporting=reporting,
        furniture=furniture,
        quality=quality + (1 if place and place.name in title else 0),
        scope=(min(scope_lo, sent.start if builder.subject_start is None else scope_lo), scope_hi),
        agents=agents,
    )


def _agents(
    toks: Sequence[Token],
    k: int,
    kind: str,
    subject_start: int | None,
    names: list[Name],
    date: tuple[int, int],
) -> tuple[Name, ...]:
    """Who does the happening: the names in the verb's subject ("Compaq shares fell", "Aetna
    Co.'s third-quarter net income fell"), or those right before an event noun ("Du Pont's
    results", "APEC summit")."""
    if kind == "verb" and subject_start is not None and subject_start < k:
        i = subject_start
        # the subject may run on leftwards over the date and a possessive owner
        while i > 0 and (date[0] <= i - 1 < date[1] or toks[i - 1].text in _POSSESSIVE
                         or toks[i - 1].text.endswith(_POSSESSIVE)
                         or (toks[i - 1].is_capitalised and toks[i - 1].is_word)):
            i -= 1
        lo, hi = toks[i].start, toks[k].start
    else:
        j = k - 1
        while j >= 0 and toks[j].is_word and toks[j].lower not in lx.DETERMINERS \
                and toks[j].lower not in lx.PREPOSITIONS and k - j <= 4:
            j -= 1
        if j == k - 1:
            return ()
        lo, hi = toks[j + 1].start, toks[k].start
    return tuple(n for n in names if lo <= n.start and n.end <= hi)


def _has_object(toks: Sequence[Token], k: int, skip: set[int]) -> bool:
    """"reported a third-quarter loss", "announced its results": a reporting verb with a noun
    object reports a fact (a happening), not speech."""
    j = k + 1
    while j < len(toks) and j in skip:
        j += 1
    if j >= len(toks):
        return False
    nxt = toks[j]
    return nxt.lower in ("a", "an", "its", "their", "his", "her", "record") or (
        nxt.text[:1] in "$£€¥"
    )


def _parenthetical(toks: Sequence[Token], ti: int) -> set[int]:
    """Token indexes inside parentheses that do not hold the expression: "(local time)"."""
    out: set[int] = set()
    depth_start: int | None = None
    for k, t in enumerate(toks):
        if t.text == "(":
            depth_start = k
        elif t.text == ")" and depth_start is not None:
            if not (depth_start < ti < k):
                out.update(range(depth_start, k + 1))
            depth_start = None
    return out


def _furniture_near(toks: Sequence[Token], ti: int) -> bool:
    """"Published: Oct 29, 2025", "Updated 10:30 IST": a furniture word just before the date."""
    lo = max(0, ti - 3)
    return any(t.lower in lx.FURNITURE_WORDS for t in toks[lo:ti]) and ti - lo <= 3 and (
        ti == 0 or toks[0].lower in lx.FURNITURE_WORDS or toks[ti - 1].text == ":"
        or toks[max(0, ti - 1)].lower in lx.FURNITURE_WORDS
    )


def _skip_left_phrase(toks: Sequence[Token], k: int) -> int:
    """From k (the word left of the date and its preposition), skip a prepositional phrase of
    names: "in Busan", "with the United Kingdom", "in the city of Gyeongju"."""
    j = k
    steps = 0
    while j >= 0 and steps < 7:
        t = toks[j]
        low = t.lower
        if low in ("with", "in", "at", "between", "against", "to", "from", "near"):
            between = toks[j + 1 : k + 1]
            if between and all(
                x.is_capitalised or x.lower in ("the", "of", "and", "city") or x.text in (".", "-")
                for x in between
            ):
                return j - 1
            return k
        if not (t.is_capitalised or low in ("the", "of", "and", "city")):
            return k
        j -= 1
        steps += 1
    return k


def _governor(
    toks: Sequence[Token], ti: int, tj: int, skip: set[int]
) -> tuple[int, str] | None:
    """The word the date attaches to on its left: a verb ("signed on Wednesday"), an event noun
    ("the vote on Tuesday"), or through a scheduling verb the noun before it ("the talks set for
    Thursday")."""
    k = ti - 1
    while k >= 0 and k in skip:
        k -= 1
    if k >= 0 and toks[k].lower in lx.PREPOSITIONS and toks[k].lower not in ("of",):
        k -= 1
    if k >= 0 and toks[k].text == ",":
        return None  # a date set off by a comma modifies the clause, not the word before
    k = _skip_left_phrase(toks, k)
    while k >= 0 and k in skip:
        k -= 1
    if k > 0 and toks[k].is_capitalised and toks[k].is_word and k != ti - 1:
        # "met Trump in Tokyo on Tuesday": an object name between the verb and the phrase
        j = k
        while j > 0 and toks[j].is_capitalised and toks[j].is_word and k - j < 4:
            j -= 1
        if _is_verbish(toks[j]) or verb_form(toks[j].lower):
            k = j
    if k < 0:
        return None
    tok = toks[k]
    low = tok.lower
    cls, kind = _event_class(toks, k)
    if low in lx.SCHEDULING_VERBS:
        noun = _noun_before(toks, k, skip)
        if noun is not None:
            return noun, "noun"
        if kind == "verb":
            return k, "verb"
        return None
    if kind == "noun":
        return k, "noun"
    if kind == "verb" or low in lx.REPORTING_VERBS or looks_like_past_verb(low):
        return k, "verb"
    return None


def _noun_before(toks: Sequence[Token], k: int, skip: set[int], limit: int = 16) -> int | None:
    """The nearest event noun left of a scheduling verb, inside the clause."""
    j = k - 1
    while j >= 0 and k - j <= limit:
        t = toks[j]
        if t.text in _HARD or t.lower in ("that", "which", "who", "while", "although"):
            return None
        if j not in skip:
            cls, kind = _event_class(toks, j)
            if kind == "noun" or _bigram_class(toks, j):
                return j
        j -= 1
    return None


def _possessive_noun(toks: Sequence[Token], tj: int) -> tuple[int, str] | None:
    """"Thursday's summit": the event noun right after a possessive date."""
    k = tj
    if k < len(toks) and toks[k].text in _POSSESSIVE:
        k += 1
    if tj > 0 and toks[tj - 1].text.endswith(_POSSESSIVE) or (k != tj):
        for j in range(k, min(k + 3, len(toks))):
            cls, kind = _event_class(toks, j)
            if kind == "noun":
                return j, "noun"
    return None


def _nearest_trigger(
    toks: Sequence[Token], ti: int, tj: int, skip: set[int]
) -> tuple[int, str] | None:
    """The closest event word, penalising commas and clause openers crossed."""
    best: tuple[float, int, str] | None = None
    date_first = ti == 0 or (ti <= 2 and toks[0].lower in ("on", "in", "by", "at", "since"))
    for k, t in enumerate(toks):
        if k in skip or not t.is_word:
            continue
        cls, kind = _event_class(toks, k)
        if not kind:
            if looks_like_past_verb(t.lower) or t.lower in lx.REPORTING_VERBS:
                kind, weight = "verb", 4.0
            else:
                continue
        else:
            weight = 0.0
        lo, hi = (k, ti) if k < ti else (tj, k + 1)
        crossed = toks[lo:hi]
        if any(x.text in _HARD for x in crossed):
            weight += 12
        weight += 3 * sum(1 for x in crossed if x.text == ",")
        weight += 3 * sum(1 for x in crossed if x.lower in lx.SUBORDINATORS)
        dist = (ti - k) if k < ti else (k - tj + 1) * (1.0 if date_first else 1.5)
        if k > tj and toks[k - 1].lower == "to":
            weight += 4  # "on October 30 to discuss": a purpose, not the happening dated
        score = dist + weight
        if best is None or score < best[0]:
            best = (score, k, kind)
    if best is None or best[0] > 20:
        return None
    return best[1], best[2]


def _place_near(
    places: list[Place], toks: Sequence[Token], ti: int, trig: tuple[int, str] | None
) -> Place | None:
    """The place of the happening: named within a few words of the happening word or the date,
    with no clause boundary between."""
    if not places:
        return None
    anchors = [ti] + ([trig[0]] if trig is not None else [])
    best: tuple[int, int, Place] | None = None
    for p in places:
        at = next((i for i, t in enumerate(toks) if t.start >= p.start), len(toks))
        for a in anchors:
            lo, hi = sorted((a, at))
            between = toks[lo:hi]
            if hi - lo > 12 or any(t.text in _HARD or t.lower in ("which", "who", "while",
                                                                  "although", "but")
                                   for t in between):
                continue
            if sum(1 for t in between if t.text == ",") > 1:
                continue
            if best is None or (hi - lo, p.start) < best[:2]:
                best = (hi - lo, p.start, p)
    return best[2] if best else None


def _fallback_title(toks: Sequence[Token], ti: int, tj: int, skip: set[int]) -> str:
    """The words of the date's clause when no happening word was found: the side of the date
    with more content words, without other dates, cut where a skipped word would leave a gap."""
    lo = ti
    while lo > 0 and toks[lo - 1].text not in _HARD and toks[lo - 1].text != "," and ti - lo < 9:
        lo -= 1
    hi = tj
    while hi < len(toks) and toks[hi].text not in _HARD and toks[hi].text not in (",", ".") \
            and hi - tj < 9:
        hi += 1

    def run(indexes: range) -> list[str]:
        words: list[str] = []
        for k in indexes:
            if k in skip:
                # another date or an attribution: leave it out with its preposition
                if words and words[-1].lower() in lx.PREPOSITIONS:
                    words.pop()
                continue
            if toks[k].is_word:
                words.append(toks[k].text)
        return words

    left = run(range(lo, ti))
    right = run(range(tj, hi))

    def content(ws: list[str]) -> int:
        return sum(1 for w in ws if w.lower() not in lx.STOP_WORDS)

    words = left if content(left) >= content(right) else right
    return tidy(" ".join(words))


class _Title:
    """Builds the title around a trigger word."""

    def __init__(
        self,
        ctx: DocContext,
        sent: Sentence,
        toks: Sequence[Token],
        skip: set[int],
        names: list[Name],
        ti: int,
        tj: int,
    ) -> None:
        self.ctx = ctx
        self.sent = sent
        self.toks = toks
        self.skip = skip
        self.names = names
        self.ti = ti
        self.tj = tj
        self.subject_start: int | None = None

    # -- pieces ---------------------------------------------------------------------------

    def short(self, name: Name) -> str:
        return short_form(name, self.ctx.sentences.word_counts)

    def premodifiers(self, k: int, limit: int = 3) -> list[str]:
        """Modifiers left of a head noun: "face-to-face", "APEC", "technology"."""
        out: list[str] = []
        j = k - 1
        while j >= 0 and len(out) < limit and j not in self.skip:
            t = self.toks[j]
            low = t.lower
            if (
                not t.is_word
                or low in lx.DETERMINERS
                or low in lx.PREPOSITIONS
                or low in lx.CONJUNCTIONS
                or low in lx.AUXILIARIES
                or low in lx.SUBORDINATORS
                or low in lx.PRONOUNS
                or (verb_form(low) and verb_form(low).form != "base")  # type: ignore[union-attr]
                or low in lx.SCHEDULING_VERBS
                or low in lx.REPORTING_VERBS
                or looks_like_past_verb(low)
            ):
                break
            if t.text.endswith(_POSSESSIVE) and not t.is_capitalised:
                break
            out.insert(0, t.text)
            j -= 1
        while out and out[0].lower() in lx.STOP_WORDS:
            out.pop(0)
        return out

    def phrase_after(self, k: int, preps: tuple[str, ...]) -> tuple[str, int]:
        """A prepositional phrase right after token k naming participants: ("between Lee
        Jae-myung and Donald Trump", end index) or ("", k+1)."""
        j = k + 1
        while j < len(self.toks) and j in self.skip and j < self.ti:
            j += 1
        if j >= len(self.toks) or self.toks[j].lower not in preps:
            return "", k + 1
        prep = self.toks[j].lower
        e = j + 1
        while e < len(self.toks) and e - j <= 10:
            t = self.toks[e]
            low = t.lower
            if (
                e in self.skip
                or t.text in _PUNCT
                or low in lx.SUBORDINATORS
                or low in lx.AUXILIARIES
                or (low in lx.PREPOSITIONS and low not in ("of",))
                or (not t.is_capitalised and _is_verbish(t))
            ):
                break
            e += 1
        span_toks = self.toks[j + 1 : e]
        if not span_toks:
            return "", k + 1
        lo, hi = span_toks[0].start, span_toks[-1].end
        inside = [n for n in self.names if lo <= n.start < hi
                  and not self._nationality_of_person(n)]
        persons = [n.text for n in inside if n.kind == "name"]
        if persons and len(persons) == len(inside):
            body = _join(persons)
        elif persons:
            body = _join([n.text for n in inside])  # "between Israel and Hamas"
        elif inside:
            words = [t.text for t in span_toks if t.is_word]
            body = " ".join(words)
            if len(body) > 40:
                body = _join([n.text for n in inside])
        elif prep in ("of", "on", "over") and len(span_toks) <= 4:
            body = " ".join(t.text for t in span_toks if t.is_word)
        else:
            return "", k + 1
        return f"{prep} {body}", e

    def _nationality_of_person(self, name: Name) -> bool:
        """"Chinese" in "Chinese President Xi Jinping": a country that only qualifies a role."""
        if name.kind != "country":
            return False
        after = [t for t in self.toks if t.start >= name.end]
        roles = 0
        for t in after:
            if t.lower.rstrip(".") in lx.ROLE_WORDS:
                roles += 1
                continue
            return roles > 0 and t.is_capitalised
        return False

    def agent(self, k: int) -> str:
        """"by Michael Kratsios" after a passive verb (the date may stand between)."""
        j = k + 1
        limit = max(self.tj, k + 1) + 2
        while j < len(self.toks) and j <= limit:
            t = self.toks[j]
            if t.lower == "by" and j not in self.skip:
                inside = [n for n in self.names if n.start >= t.end]
                e = j + 1
                while e < len(self.toks) and self.toks[e].text not in _PUNCT and e - j < 8:
                    e += 1
                end = self.toks[e - 1].end
                inside = [n for n in inside if n.start < end]
                if inside:
                    return "by " + _join([n.text for n in inside if n.kind == "name"]
                                         or [n.text for n in inside])
                return ""
            if t.text in _PUNCT and j not in self.skip:
                return ""
            j += 1
        return ""

    def bare_head(self, k: int) -> str:
        """The head noun with a modifier borrowed from the document when it stands bare
        after "the"/"this" ("the deal" -> "technology deal")."""
        head = self.toks[k].text
        prev = self.toks[k - 1].lower if k > 0 else ""
        if prev in ("the", "this", "that") and self.toks[k].lower in lx.EVENT_NOUNS:
            mod = self.ctx.modifier_for(self.toks[k].lower)
            if mod:
                return f"{mod} {head}"
        return head

    def verb_governing(self, k: int) -> int | None:
        """The verb whose object the noun at k is: "attended a rally", "shot to death"."""
        j = k - 1
        steps = 0
        while j >= 0 and steps < 4:
            t = self.toks[j]
            low = t.lower
            if low in lx.DETERMINERS or low == "to" or (
                t.is_word and not _is_verbish(t) and low not in lx.PREPOSITIONS
                and low not in lx.AUXILIARIES and not t.is_capitalised
                and low not in lx.CONJUNCTIONS and low not in lx.SUBORDINATORS
            ):
                j -= 1
                steps += 1
                continue
            break
        if j < 0 or j in self.skip:
            return None
        t = self.toks[j]
        if t.is_capitalised:
            return None
        if t.lower in lx.LIGHT_VERBS:
            return j  # "made landfall", "gave a speech"
        if t.lower in lx.REPORTING_VERBS:
            return j if _has_object(self.toks, j, self.skip) else None
        if _is_verbish(t) and t.lower not in lx.SCHEDULING_VERBS:
            return j
        return None

    def pronoun_referent(self, k: int) -> str | None:
        """For a pronoun subject at k: the nearest name before it ("Dresdner Bank said it
        will buy" -> Dresdner Bank), else the last name of the previous sentence."""
        pron = self.toks[k].lower
        before = [n for n in self.names if n.end <= self.toks[k].start]
        if pron in ("he", "she"):
            before = [n for n in before if n.kind == "name"]
        if before:
            return self.short(before[-1])
        # "The company said it was informed": the subject of the verb before the pronoun
        for r in range(k - 1, -1, -1):
            if self.toks[r].lower in lx.REPORTING_VERBS:
                saved = self.subject_start
                subj, _ = self.subject(r)
                self.subject_start = saved
                if subj and subj.lower() not in lx.PRONOUNS:
                    return subj
                break
        for s in self.ctx.sentences.neighbours(self.sent, before=1, after=0):
            found = list(self.ctx.names_in(s))
            if pron in ("he", "she"):
                found = [n for n in found if n.kind == "name"]
            if found:
                return self.short(found[-1])
        return None

    def antecedent(self, k: int) -> str | None:
        """For "the one", "it": the first event noun earlier in the sentence or the one before."""
        for j in range(0, k):
            if j in self.skip:
                continue
            cls, kind = _event_class(self.toks, j)
            if kind == "noun":
                return self.toks[j].text
        prev = self.ctx.sentences.neighbours(self.sent, before=1, after=0)
        for s in prev:
            for j, t in enumerate(s.tokens):
                cls, kind = _event_class(s.tokens, j)
                if kind == "noun":
                    return t.text
        return None

    def subject(self, k: int) -> tuple[str, int | None]:
        """The noun phrase before the verb at k (skipping auxiliaries and an appositive)."""
        toks = self.toks
        j = k - 1
        while j >= 0 and (
            self.ti <= j < self.tj  # "President Bush on Tuesday said"
            or (toks[j].lower in lx.PREPOSITIONS and j + 1 == self.ti and k == self.tj)
            or toks[j].lower in lx.AUXILIARIES
            or toks[j].lower in lx.SCHEDULING_VERBS
            or toks[j].lower in lx.CATENATIVES and j + 1 < len(toks) and toks[j + 1].lower == "to"
            or (toks[j].lower.endswith("ly") and len(toks[j].lower) > 4)
        ):
            j -= 1
        if j >= 0 and toks[j].text == ",":
            p = j - 1
            while p >= 0 and j - p < 30 and toks[p].text != "," and toks[p].text not in _HARD:
                p -= 1
            if p >= 0 and toks[p].text == ",":
                j = p - 1
        end = j
        words: list[int] = []
        while j >= 0 and len(words) < 7:
            t = toks[j]
            low = t.lower
            if j in self.skip or not t.is_word:
                break
            if low in lx.CONJUNCTIONS and words and j > 0 and (
                toks[j - 1].is_capitalised and toks[words[0]].is_capitalised
                or toks[words[0]].lower == "the"
            ):
                words.insert(0, j)
                j -= 1
                continue
            if low == "the" and words and toks[words[0]].is_capitalised and j > 0 \
                    and toks[j - 1].lower == "and":
                words.insert(0, j)
                j -= 1
                continue
            if (
                low in ("to", "of", "for", "from", "at")
                and words
                and j > 0
                and toks[j - 1].is_word
                and toks[j - 1].lower not in lx.STOP_WORDS
                and not _is_verbish(toks[j - 1])
                and len(words) <= 3
            ):
                words.insert(0, j)  # "ambassador to Venezuela", "chief of staff"
                j -= 1
                continue
            if (
                low in ("the", "a", "an")
                and words
                and j > 1
                and toks[j - 1].lower in ("of", "to", "for")
                and toks[j - 2].is_word
                and toks[j - 2].lower not in lx.STOP_WORDS
                and len(words) <= 3
            ):
                words[:0] = [j - 1, j]  # "trial of the former president"
                j -= 2
                continue
            if (
                low in lx.DETERMINERS
                or low in lx.PREPOSITIONS
                or low in lx.SUBORDINATORS
                or low in lx.CONJUNCTIONS
                or (low in lx.AUXILIARIES)
                or (_is_verbish(t) and not t.is_capitalised and noun_class(low) is None)
            ):
                break
            words.insert(0, j)
            j -= 1
        if not words or end < 0:
            return "", None
        self.subject_start = words[0]
        lo, hi = toks[words[0]].start, toks[words[-1]].end
        persons = [n for n in self.names if lo <= n.start < hi and n.kind == "name"]
        if len(persons) == 1 and toks[words[-1]].end == persons[0].end:
            # "Czech Foreign Minister Jan Kavan" -> "Jan Kavan"
            return persons[0].text, words[0]
        text = " ".join(toks[i].text for i in words)
        return _strip_roles(text), words[0]

    def obj(self, k: int) -> tuple[str, int]:
        """The object after an active verb: "a trade deal" -> "trade deal"."""
        toks = self.toks
        j = k + 1
        while j < len(toks) and (j in self.skip or toks[j].lower in lx.PREPOSITIONS and
                                 j + 1 < len(toks) and j + 1 in self.skip):
            j += 1
        while j < len(toks) and (toks[j].lower in lx.DETERMINERS or j in self.skip):
            j += 1  # "reported a third-quarter net loss": the date inside the object
        words: list[str] = []
        e = j
        while e < len(toks) and len(words) < 5:
            t = toks[e]
            low = t.lower
            money = t.text[:1] in "$£€¥" and len(t.text) > 1
            if (
                e in self.skip
                or not (t.is_word or money)
                or low in lx.PREPOSITIONS
                or low in lx.SUBORDINATORS
                or low in lx.AUXILIARIES
                or low in lx.CONJUNCTIONS and not (words and e + 1 < len(toks)
                                                   and toks[e + 1].is_capitalised)
                or (_is_verbish(t) and noun_class(low) is None and not t.is_capitalised)
            ):
                break
            words.append(t.text)
            e += 1
            if noun_class(low) and (e >= len(toks) or not toks[e].is_word
                                    or toks[e].lower in lx.PREPOSITIONS):
                break
        return " ".join(words), e - 1

    # -- titles ---------------------------------------------------------------------------

    def noun(self, k: int, place: Place | None) -> tuple[str, int]:
        toks = self.toks
        head = self.bare_head(k)
        mods = self.premodifiers(k)
        if toks[k].is_capitalised:
            e = k + 1
            while e < len(toks) and toks[e].is_capitalised and toks[e].is_word and e - k < 4 \
                    and e not in self.skip:
                e += 1
            if e > k + 1:  # "Hurricane Melissa", "Operation Midnight Hammer"
                head = " ".join(t.text for t in toks[k:e])
                k = e - 1
        if k + 1 < len(toks) and _bigram_class(toks, k):
            head = f"{head} {toks[k + 1].text}"
            k += 1
        mods = [m for m in mods if m.lower() not in head.lower().split()]
        pp, _ = self.phrase_after(k, ("with", "between", "among", "of", "on", "over", "to",
                                      "against"))
        quality = 3 + (1 if mods else 0)
        parts = mods + [head]
        if pp:
            quality += 2
            title = " ".join(parts + [pp])
        else:
            cls = noun_class(toks[k].lower) or _bigram_class(toks, k - 1)
            title = " ".join(parts)
            title, added = self._with_participants(title, cls)
            quality += 2 if added else 0
        if place and place.name.lower() not in title.lower():
            title = f"{title} in {place.name}"
        return title, quality

    def _with_participants(self, title: str, cls: str | None) -> tuple[str, bool]:
        """"talks" -> "Xi–Trump talks" when the clause names the parties."""
        if cls not in ("meet", "agreement", "sign", "visit", "vote", "win", "match", "attack"):
            return title, False
        persons = _unique([self.short(n) for n in self.names if n.kind == "name"])
        countries = _unique([n.text for n in self.names if n.kind == "country"])
        if cls == "meet" and persons:
            if len(persons) >= 2:
                return f"{'–'.join(persons[:3])} {title}", True
            return f"{title} with {persons[0]}", True
        if cls in ("agreement", "sign") and len(countries) >= 2:
            return f"{'–'.join(countries[:3])} {title}", True
        if persons and cls in ("visit", "win"):
            return f"{persons[0]} {title}", True
        if len(countries) >= 2:
            return f"{'–'.join(countries[:3])} {title}", True
        return title, False

    def verb(self, k: int, place: Place | None) -> tuple[str, int]:
        toks = self.toks
        tok = toks[k]
        vf = verb_form(tok.lower)
        passive = any(toks[j].lower in lx.BE_FORMS for j in range(max(0, k - 3), k)) or (
            k > 0 and toks[k - 1].is_word and not toks[k - 1].is_capitalised
            and toks[k - 1].lower not in lx.AUXILIARIES and vf is not None
            and vf.form == "past" and toks[k - 1].lower not in lx.PRONOUNS - {"one"}
        )
        subj, subj_at = self.subject(k)
        quality = 3 if vf else 1
        last_at = subj_at + len(subj.split()) - 1 if subj and subj_at is not None else subj_at
        if last_at is not None and toks[last_at].lower in lx.WEAK_HEADS | {"one"}:
            ante = self.antecedent(last_at)
            subj = ante or subj
        elif subj and subj_at is not None:
            last = subj.split()[-1]
            if len(subj.split()) == 1 and noun_class(last):
                subj = self.bare_head(subj_at)
        if subj.lower() in ("he", "she", "it", "they", "we") and subj_at is not None:
            subj = self.pronoun_referent(subj_at) or ""
        elif subj.lower() in lx.PRONOUNS or subj.lower() in lx.WEAK_HEADS:
            subj = self.antecedent(k) or ""
        verb_text = tok.text
        pp, _ = self.phrase_after(k, ("with", "between", "against", "to", "on", "over"))
        if passive:
            agent = self.agent(k)
            parts = [subj, verb_text, pp, agent]
            quality += (1 if subj else -2) + (2 if agent or pp else 0)
        else:
            obj, _ = self.obj(k)
            if not pp and obj:
                pp, _ = self.phrase_after(_, ("with", "between", "against", "to", "on"))
            base = vf.base if vf else None
            verb_shown = verb_text
            if base and tok.lower == base and k > 0 and toks[k - 1].lower in _VERB_OPENERS:
                verb_shown = f"to {base}"
            parts = [subj, verb_shown, obj, pp]
            quality += (1 if subj else -1) + (1 if obj else 0) + (2 if pp else 0)
        title = " ".join(p for p in parts if p)
        if place and place.name.lower() not in title.lower():
            title = f"{title} in {place.name}"
        return title, quality

    def report(self, k: int) -> tuple[str, int]:
        """"Bloomberg News reported on the 28th that ..." -> "Bloomberg News report on
        Korea–US technology agreement"."""
        subj, _ = self.subject(k)
        noun = _REPORT_NOUNS.get(self.toks[k].lower, "statement")
        toks = self.toks
        about = ""
        for j in range(max(k + 1, self.tj), len(toks)):
            if j in self.skip:
                continue
            cls, kind = _event_class(toks, j)
            if kind == "noun" and cls:
                mods = self.premodifiers(j, limit=2)
                lo = toks[max(k + 1, self.tj)].start
                names = [n for n in self.names if lo <= n.start < toks[j].start]
                countries = _unique([n.text for n in names if n.kind == "country"])
                persons = _unique([self.short(n) for n in names if n.kind == "name"])
                parties = persons if persons else countries
                lead = "–".join(parties[:3])
                about = " ".join(x for x in [lead, *mods, toks[j].text] if x)
                break
        if about:
            title = f"{subj} {noun} on {about}" if subj else f"{noun} on {about}"
            return title, 3 + (1 if subj else 0)
        said = self.complement(k)
        if said and subj:
            return f"{subj} says {said}", 3
        return (f"{subj} {noun}" if subj else noun.capitalize()), 1 + (1 if subj else 0)

    def complement(self, k: int) -> str:
        """The first words of what was said: "... said on Tuesday that Iraq would retaliate
        against Venezuela" -> "Iraq would retaliate against Venezuela"."""
        toks = self.toks
        j = max(k + 1, self.tj)
        while j < len(toks) and (j in self.skip or toks[j].lower in ("that", ",")):
            j += 1
        words: list[str] = []
        while j < len(toks) and len(words) < 9:
            t = toks[j]
            if t.text in _PUNCT or j in self.skip:
                break
            words.append(t.text)
            j += 1
        return " ".join(words) if len(words) >= 2 else ""


def _join(items: list[str]) -> str:
    items = _unique(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for it in items:
        if it and it not in seen and not any(it in s.split() for s in seen):
            seen.append(it)
    return seen


_ROLE_RE = re.compile(
    r"\b(?:(?:U\.S\.|US|Chinese|Korean|South Korean|Japanese|British|French|German|Russian)\s+)?"
    r"(?:President|Vice President|Prime Minister|Secretary|Chancellor|Premier|Director|"
    r"Minister|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+(?=[A-Z])"
)


def _strip_roles(text: str) -> str:
    return _ROLE_RE.sub("", text).strip()


# Words a title never starts or ends with (content verbs such as "held" may end one).
_EDGE_WORDS = (
    lx.PREPOSITIONS | lx.DETERMINERS | lx.CONJUNCTIONS | lx.SUBORDINATORS | lx.BE_FORMS
    | frozenset({"to", "will", "would", "shall", "should", "can", "could", "may", "might",
                 "must", "has", "have", "had", "do", "does", "did", "not", "also", "than",
                 "its", "their", "his", "her", "our", "my", "your", "very", "more", "most"})
) - {"us"}


def tidy(title: str) -> str:
    """A clean headline: roles dropped before names, no dangling function words or punctuation
    at either end, balanced quotes and brackets, first letter capitalised, at most 70 chars."""
    t = _strip_roles(" ".join(title.split()))
    t = t.replace(" ,", ",").replace("( ", "(").replace(" )", ")")
    t = re.sub(r"[\"“”‘’()\[\]]", "", t)
    words = t.split()
    while words and (words[-1].lower().strip(",.;:") in _EDGE_WORDS or not words[-1].strip(
            ",.;:!?-–—")):
        words.pop()
    while words and words[0].lower() in ("the", "a", "an", "and", "or", "but", "of", "to", "by",
                                         "in", "on", "at", "for", "with"):
        words.pop(0)
    t = " ".join(words).strip(" ,.;:!?-–—")
    if len(t) > MAX_TITLE:
        cut = t[: MAX_TITLE + 1].rsplit(" ", 1)[0]
        words = cut.split()
        while words and (words[-1].lower().strip(",.;:") in _EDGE_WORDS
                         or words[-1].lower() in ("and", "with", "between")):
            words.pop()
        t = " ".join(words).strip(" ,.;:!?-–—")
    if t and t[0].islower():
        t = t[0].upper() + t[1:]
    return t


def country_or_none(text: str) -> str | None:
    return country_of(text)
