"""Which way an expression points, read from the verb group of its clause.

"will be signed on Wednesday" looks forward, "said Friday" looks back. The nearest tense cue
inside the clause (bounded by sentence punctuation and a small window) decides.
"""

from __future__ import annotations

import re
from typing import Literal

from timeline.temporal import lexicon as lx
from timeline.temporal.patterns import trie_regex

Tense = Literal["past", "future"]

_FUTURE = "(?:" + trie_regex(
    lx.FUTURE_CUES
    + ("set for", "scheduled for", "slated for", "booked for", "reserved for", "was to", "were to")
) + ")"
_PAST = "(?:" + trie_regex(lx.PAST_CUES) + ")"
_CUES_SOURCE = (
    rf"(?P<future>(?<![\w'’]){_FUTURE}(?![\w]))"
    rf"|(?P<past>(?<![\w'’]){_PAST}(?![\w]))"
    r"|(?P<ed>\b[a-z]{3,}ed\b)"
    r"|(?P<stop>[.!?;:\n]\s|[.!?,][\"“”]\s|\s(?:but|while|although)\s|\sand\s(?=(?:will|said)\b))"
)
_CUES = re.compile(_CUES_SOURCE, re.IGNORECASE)
_CUES_LOWER = re.compile(_CUES_SOURCE)  # on lower-cased text: faster than IGNORECASE
_WINDOW = 90
_AUXILIARIES = frozenset({"was", "were", "had", "has been", "have been"})
_WEAK = 40  # added to the distance of a weak cue
NO_CUE = 10_000  # the distance reported when no cue decided
_POSTPONED_TO = re.compile(
    r"\b(?:postponed|delayed|adjourned|extended|deferred|put\s+off|pushed\s+back|"
    r"rescheduled|moved|runs|lasts|continues|remains?\s+open|gave|given|giving|remanded|"
    r"funds|covers|extends|booked|reserved|sold\s+out|suspended|halted|grounded|moves|pushes|"
    r"pushed)"
    r"\s+(?:[\w'’]+\s+){0,8}?(?:until|till|through|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CALLED_FOR = re.compile(
    r"\b(?:called|convened|summoned|fixed|slated|penciled|pencilled)\s+for\s+$", re.I
)
_UNTIL_WORDS = frozenset({"until", "till", "through", "thru", "to"})
_EFFECTIVE_BEFORE = re.compile(r"\beffective\s+(?:on\s+|from\s+)?$", re.IGNORECASE)
_HOLIDAY_AFTER = re.compile(
    r"\s+(?:as\s+|is\s+)?an?\s+(?:public\s+|national\s+|bank\s+|special\s+|legal\s+|"
    r"federal\s+)?(?:holiday|day\s+off)\b",
    re.IGNORECASE,
)
_AND_BEFORE = re.compile(r"\band\s+$")
_WILL_THEN_AND = re.compile(r"\b(?:will|would|shall|['’]ll)\s+\w+\b[^.;:!?,]*\band\s+$")
_FOR_TO_AFTER = re.compile(r"\s+(?:for|to)\b")
_HAS_BEFORE = re.compile(r"\b(?:has|have)\s+$", re.IGNORECASE)
_BASELINE_BEFORE = re.compile(
    r"\b(?:up|down|higher|lower|rising|falling|unchanged)\s+from\s+[$€£¥]?[\d.,]+\s*"
    r"(?:%|percent|per\s+cent|points?|billion|million|trillion|cents?)?\s+(?:on\s+|at\s+)?$"
    r"|\b(?:closing|opening|settlement)\s+(?:share\s+)?(?:price|level|value)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_COPULA_BEFORE = re.compile(
    r"(?<![\w'’])(?:is|are)\s+(?:(?:closed|open|shut|off|back|due|in\s+session|possible|likely|"
    r"expected|forecast)\s+)?(?:on\s+)?$"
)
# A state that lasts until a day, told in the present: "the curfew remains in force until
# Sunday", "the exhibit is open through Sunday" look ahead.
_LASTS_UNTIL = re.compile(
    r"(?<![\w'’])(?:remains?|stays?|is|are|lasts?|runs?)\s+(?:[\w'’]+\s+){0,4}?"
    r"(?:until|till|through|thru)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(
    r"['’]s\s+(?!(?:meeting|vote|election|game|match|summit|deadline|session|talks|race|"
    r"finale|final|premiere|opening|show|debate|launch|kickoff|concert|ceremony|parade|rally|"
    r"hearing|trial|sentencing|(?:[\w-]+\s+)?(?:finale|final|premiere|game|race))\b)"
)
# "-ed" words that are not past verbs in news.
_NOT_PAST = frozenset({
    "scheduled", "expected", "planned", "proposed", "slated", "need", "needed", "based",
    "red", "bed", "speed", "seed", "feed", "hundred", "united", "limited", "related",
    "proceed", "exceed", "succeed", "indeed", "shed", "wed", "bred", "fled", "sped",
    "preferred", "unidentified", "unspecified", "undisclosed", "unnamed", "armed", "skilled",
    "detailed", "advanced", "experienced", "concerned", "interested", "qualified",
})  # fmt: skip


def tense_at(text: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``text[start:end]``: "past", "future" or None."""
    return tense_cue(text, start, end)[0]


class CueIndex:
    """The tense cues of one text, read in the window of each expression from a lower-cased
    copy made once (a case-sensitive scan is faster), each cue's reading kept once made."""

    __slots__ = ("text", "low", "read")

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        self.low = low if len(low) == len(text) else None  # "İ" changes length: scan as is
        self.read: dict[int, tuple[int, int, str | None, bool]] = {}

    def between(self, lo: int, hi: int) -> list[tuple[int, int, str | None, bool]]:
        """(start, end, kind, is an auxiliary) of the cues inside ``[lo, hi)``."""
        found = (
            _CUES_LOWER.finditer(self.low, lo, hi)
            if self.low is not None
            else _CUES.finditer(self.text, lo, hi)
        )
        out = []
        read = self.read
        for m in found:
            cue = read.get(m.start())
            if cue is None or cue[1] != m.end():
                cue = (m.start(), m.end(), _kind(m, self.text), m.group().lower() in _AUXILIARIES)
                read[m.start()] = cue
            out.append(cue)
        return out


def tense_cue(
    text: str, start: int, end: int, index: CueIndex | None = None
) -> tuple[Tense | None, int]:
    """The tense of the clause around ``text[start:end]`` and how far away (in characters)
    the cue that decided it stands (a large number when there is none).  ``index`` (built
    once per text) makes repeated calls on one text cheap."""
    if _POSSESSIVE.match(text, end):
        return "past", 0  # "Tuesday's ruling": an event already reported
    if _HOLIDAY_AFTER.match(text, end):
        return "future", 0  # "declared Thursday a public holiday": the day still to come
    # the phrases right before the expression that decide alone; cheap substring tests first
    before = text[max(0, start - 64) : start].lower()
    last_word = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
    if last_word in _UNTIL_WORDS or last_word == "the":
        if _POSTPONED_TO.search(text, max(0, start - 72), start):
            return "future", 0  # "postponed until Friday", "runs through Sunday": ahead
        if _LASTS_UNTIL.search(text, max(0, start - 64), start):
            return "future", 0  # "remains in force until Sunday": a state that runs ahead
    if "for" in before and _CALLED_FOR.search(text, max(0, start - 24), start):
        return "future", 5  # "a meeting has been called for Sunday": the day it will sit
    if "effective" in before and _EFFECTIVE_BEFORE.search(text, max(0, start - 16), start):
        return "future", 0  # "lowered the rate, effective Thursday": when it takes hold
    if ("from" in before or "price" in before or "level" in before or "value" in before) and (
        _BASELINE_BEFORE.search(text, max(0, start - 48), start)
    ):
        return "past", 0  # "up from 40% on Thursday": a figure already seen
    if ("is " in before or "are " in before) and _COPULA_BEFORE.search(
        text, max(0, start - 24), start
    ):
        return "future", 0  # "the vote is Thursday", "the deadline is on Oct. 30": a day ahead
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    if index is None or index.text is not text:
        index = CueIndex(text)
    best: tuple[int, Tense] | tuple[int, Tense, int] | None = None
    # left side: scan the window, keep cues after the last sentence stop
    left: list[tuple[int, Tense, int]] = []
    aux_end = -2
    for c_start, c_end, kind, is_aux in index.between(lo, start):
        if kind and kind != "stop" and c_start == aux_end + 1 and left:
            left.pop()  # "was planned": the participle, not the auxiliary, carries the tense
        aux_end = c_end if is_aux else -2
        if kind == "stop":
            left.clear()
        elif kind == "plan":  # a plan made in the past: past, but a weak cue
            left.append((start - c_end + _WEAK, "past", c_start))
        elif kind:
            left.append((start - c_end, kind, c_start))  # type: ignore[arg-type]
    if left:
        best = min(left)
        if best[1] == "past" and _WOULD_IF.search(text, max(lo, start - 160), start):
            # "would cancel more games if no deal was reached by Thursday": the past of an
            # "if" clause after "would" is the future seen from then
            best = (best[0], "future", best[2])
        if best[1] == "past" and (
            _INTENT_TO.search(text, max(lo, best[2] - 8), start)
            or (
                _DEADLINE_BEFORE.search(text, max(lo, start - 12), start)
                and _DIRECTIVE_TO.search(text, max(lo, best[2] - 8), start)
            )
        ):
            # "did not plan to remove him on Thursday", "agreed to buy it in February": the
            # time belongs to the intended act, which lies ahead of the intention
            best = (best[0], "future", best[2])
    right = iter(index.between(end, hi))
    for c_start, c_end, kind, is_aux in right:
        if kind == "stop":
            break
        if kind == "future" and index.text[c_start:c_end].lower() in _LEFT_ONLY:
            continue  # "mats that could trap the pedal": a modal of another clause
        if kind and is_aux:
            nxt = next(right, None)  # "were planning": the verb after the auxiliary decides
            if nxt is not None and nxt[0] == c_end + 1:
                kind = nxt[2] or kind
                kind = kind if kind != "stop" else "past"
        if kind:
            kind = "past" if kind == "plan" else kind
            dist = c_start - end + 30  # the governing verb is usually on the left
            if best is None or dist < best[0]:
                best = (dist, kind)  # type: ignore[assignment]
            break
    return (best[1], best[0]) if best else (None, NO_CUE)


# "ordered both sides to file witness lists by Friday", "told the bank to repay it in June":
# the time of the act asked for, which lies ahead of the asking
_DIRECTIVE_TO = re.compile(
    r"\b(?:order(?:s|ed)?|ask(?:s|ed)?|told|tells?|urg(?:es|ed)|requir(?:es|ed)|"
    r"direct(?:s|ed)|instruct(?:s|ed)|invit(?:es|ed)|summon(?:s|ed)|allow(?:s|ed)|"
    r"permit(?:s|ted))\s+(?:[\w'’-]+\s+){1,4}?to\s+[a-z]+\b",
    re.IGNORECASE,
)
# a deadline or an appointment: "file lists by Friday", "told them to return at 9 a.m. Monday"
_WOULD_IF = re.compile(
    r"\b(?:would|will|could|threaten(?:s|ed)?\s+to)\b[^.;:!?]*\b(?:if|unless)\b[^.;:!?,]*$",
    re.IGNORECASE,
)
_DEADLINE_BEFORE = re.compile(r"\b(?:by|before|until|within|at)\s+$", re.IGNORECASE)
_INTENT_TO = re.compile(
    r"\b(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|aim(?:s|ed|ing)?|agree(?:s|d|ing)?|"
    r"vot(?:es|ed|ing)|decid(?:es|ed|ing)|"
    r"vow(?:s|ed|ing)?|promis(?:es|ed|ing)|pledg(?:es|ed|ing)|threaten(?:s|ed|ing)?|"
    r"hop(?:es|ed|ing))\s+to\s+(?!(?:a|an|the|his|her|its|their|our|this|that|these|those|"
    r"some|any|all|one|two|three|an?other)\b)[a-z]+\b",
    re.IGNORECASE,
)
_FUTURE_PARTICIPLES = frozenset({
    "due", "scheduled", "expected", "planned", "slated", "set to", "about to", "poised to",
    "likely to", "forecast to", "predicted to", "projected to", "on track to",
})
_PLUPERFECT = re.compile(
    r"\b(?:had\s+been|had|was|were|previously)\s+"
    r"(?:\w+ly\s+|first\s+|once\s+|still\s+|already\s+)?$",
    re.IGNORECASE,
)
_NOT_VERB_AFTER = re.compile(
    r"\s+(?:of|to|up|down|out|in|higher|lower|flat|mixed|sharply|slightly|ended)\b|-", re.I
)
# "polls open", "schools close", "talks end": a plural noun right before the verb
_PLURAL_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?!(?:is|was|has|its|his|hers|this|thus|always|perhaps|as|us|yes|does|news|"
    r"plans|sets|gets|goes|says|runs)\s)\w{2,}s|\b(?:who|which|they|we|you)"
    r"|(?<![.!?]\s)(?<!^)\b(?-i:[A-Z][a-z]+)"
    r"|(?:^|(?<=[.!?]\s))(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|"
    r"some|any|each|every|no|in|on|at|for|with|and|but|or|if|when|as|after|before|by|from|to|"
    r"of|air|rail|road|sea|foreign|business|holiday|summer|winter|overseas)\b)"
    r"(?-i:[A-Z][a-z]+))\s+$",
    re.IGNORECASE,
)
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|my|your|this|these|those|some|many|more|most|"
    r"no|of|for|in|on|with|and|or|[\d,.]+|two|three|four|five|several|new|final|latest|"
    r"early|recent|first|last|other|key|popular|electoral|tax|party|income|space|rocket)"
    r"|['’]s?)\s+$",
    re.IGNORECASE,
)
_WANTED_DONE = re.compile(
    r"\b(?:wants?|needs?|would\s+like|hopes?\s+to\s+(?:see|get|have))\s+(?:[\w'’-]+\s+){1,3}$",
    re.IGNORECASE,
)
_OPEN_QUOTE = re.compile(r"[“\"][^”\"]*$")
_SENTENCE_START = re.compile(r"(?:[.!?:;\"“(]|``|\n)\s*$")
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|another|the|its|their|his|her|our|this|these|those|newly|still|un)\s+"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_MODAL_BEFORE = re.compile(
    r"(?:\b(?:will|would|to|can|could|may|might|must|should|shall|does|do|did|not|never)"
    r"|n't|['’](?:ll|d))\s+(?:(?:\w+ly|also|still|not|never|then|only|just|soon|even)\s+)?$",
    re.IGNORECASE,
)
_THAN_AFTER = re.compile(r"\s+than\b")
_LEFT_ONLY = frozenset({"could", "might"})  # modal cues that govern only what follows them
_NEGATOR_BEFORE = re.compile(
    r"\b(?:nor|neither|no\s+one|nobody|none|nothing)\b[^.;:!?]*$", re.IGNORECASE
)
_NOT_HAVE_AFTER = re.compile(r"\s+(?:not\s+|never\s+)?have\b|n['’]t\b|\s+not\b", re.I)
_STAY_BEFORE = re.compile(r"\b(?:stay|stays|remain|remains|keep|keeps)\s+$", re.IGNORECASE)
_NEGATED_PAST = re.compile(r"\b(?:did|didn['’]t|did\s+not|never)\s+(?:\w+ly\s+)?$", re.I)
# the word before a period that does not end a sentence: a single letter ("p.m.", "U.S.") or
# a short abbreviation of a title, month or company
NOT_SENTENCE_END = re.compile(
    r"(?:\b|\.)(?:[A-Za-z]|mr|mrs|ms|dr|st|jr|sr|gov|sen|rep|gen|col|lt|sgt|prof|rev|jan|feb|"
    r"mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|corp|inc|co|ltd|no|vs|mt|ft|ave|bros)$",
    re.IGNORECASE,
)
_PASSIVE_AUX = re.compile(
    r"\b(?:be|being|been|is|are|am|to|stay|stays|stayed|remain|remains|remained|keep|kept)\s+"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def _kind(m: re.Match[str], text: str) -> Tense | Literal["stop", "plan"] | None:
    if m.group("stop"):
        if m.group("stop")[0] == ":" and _OPEN_QUOTE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            return None  # "“Top Gun: Maverick”": a colon inside a quoted title
        if m.group("stop")[0] == "." and NOT_SENTENCE_END.search(
            text, max(0, m.start() - 6), m.start()
        ):
            return None  # "3 p.m. Friday", "the U.S. will", "Oct. 10": an abbreviation
        return "stop"
    if m.group("future"):
        if m.group("future").lower() == "next" and text.startswith(" to ", m.end()):
            return None  # "next to the embassy": a place
        if m.group("future").lower() in lx.NOUN_LIKE_CUES and (
            (
                _NOT_VERB_AFTER.match(text, m.end())
                and not (
                    m.group("future").lower() in lx.MOTION_CUES
                    and text.startswith(" to ", m.end())
                )
            )
            or not _PLURAL_SUBJECT_BEFORE.search(text, max(0, m.start() - 24), m.start())
        ):
            return None  # "the end of", "a good start", "stocks close higher": not a schedule
        if m.group("future").lower() in lx.PLURAL_NOUN_CUES and (
            _NOUN_BEFORE.search(text, max(0, m.start() - 24), m.start())
            or _NOT_VERB_AFTER.match(text, m.end())
        ):
            return None  # "tax returns", "the votes of", "two launches": nouns
        if m.group("future").lower() in ("could", "might") and _NOT_HAVE_AFTER.match(
            text, m.end()
        ):
            return "past"  # "could not reach him Monday", "might have left on Friday"
        if m.group("future").lower() in _LEFT_ONLY and _NEGATOR_BEFORE.search(
            text, max(0, m.start() - 48), m.start()
        ):
            return "past"  # "no one could be reached Wednesday", "nor ... could be located"
        if m.group("future").lower() in ("must", "should") and text.startswith(" have", m.end()):
            return "past"  # "must have known", "should have acted": a past inferred
        if m.group("future").lower() in lx.PLAIN_PRESENT_CUES and _NEGATED_PAST.search(
            text, max(0, m.start() - 16), m.start()
        ):
            return "past"  # "did not meet Monday"
        if m.group("future").lower() in ("was to", "were to"):
            return "plan"  # "the season was to open on Oct. 11": a plan told in the past
        if m.group("future").lower() in _FUTURE_PARTICIPLES and _PLUPERFECT.search(
            text, max(0, m.start() - 24), m.start()
        ):
            return "plan"  # "had been scheduled to expire Friday": a plan in the past
        return "future"
    if m.group("past") and m.group("past").lower() == "earlier" and _THAN_AFTER.match(
        text, m.end()
    ):
        return None  # "no earlier than Monday": a bound, not a past
    if (m.group("ed") or m.group("past")) and text[m.start()].isupper() and not (
        _SENTENCE_START.search(text, max(0, m.start() - 4), m.start()) or m.start() == 0
    ):
        return None  # "the Fed", "Reed", "United": a name, not a verb
    if m.group("ed"):
        word = m.group("ed").lower()
        if word in _NOT_PAST:
            return None
        if m.start() > 0 and text[m.start() - 1] == "-":
            return None  # "longer-dated notes", "a split-adjusted basis": an adjective
        if _DETERMINER_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            return None  # "a still unspecified date", "the revised plan": an adjective
        if _WANTED_DONE.search(text, max(0, m.start() - 40), m.start()):
            return None  # "want the bill passed before Easter": a result wished for
    elif m.group("past") and m.group("past").lower() in lx.SHARED_PAST_FORMS:
        if _MODAL_BEFORE.search(text, max(0, m.start() - 24), m.start()) or _STAY_BEFORE.search(
            text, max(0, m.start() - 12), m.start()
        ):
            return None  # "will cut", "to hit", "stay shut": not a past tense
        if _AND_BEFORE.search(text, max(0, m.start() - 5), m.start()) and _WILL_THEN_AND.search(
            text, max(0, m.start() - 80), m.start()
        ):
            return None  # "will begin ... and spread east": the tense of the first verb
        if _DETERMINER_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            return None  # "a cut", "the hit": a noun
        if _FOR_TO_AFTER.match(text, m.end(), m.end() + 5):
            return None  # "set for", "set to": a schedule, read by the future cues
        if m.group().lower() == "set" and _HAS_BEFORE.search(
            text, max(0, m.start() - 6), m.start()
        ):
            return None  # "has set Nov. 10 as the deadline": a date fixed for later
    # a participle after an auxiliary ("to be held", "is expected") takes the auxiliary's tense
    if _PASSIVE_AUX.search(text, max(0, m.start() - 20), m.start()):
        return None
    return "past"
