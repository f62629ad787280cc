"""Property tests: the tagger never crashes and always returns consistent, well-formed TIMEX3."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.temporal import resolve, tag

_VALUE = re.compile(
    r"^(?:"
    r"\d{2,4}X*"  # century, decade, year (with unknown digits)
    r"|\d{4}-(?:\d{2}|W\d{2}(?:-WE|-\d)?|Q[1-4X]|H[12]|SP|SU|FA|WI)"
    r"|\d{4}-\d{2}-\d{2}(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI|DT|MI))?"
    r"|P(?:T?(?:[\dX.]+(?:Y|M|W|D|H|S|DE|CE|ML|Q|WE))+)"
    r"|XXXX(?:-WXX-(?:\d|WE)|-\d{2}(?:-\d{2})?|-SP|-SU|-FA|-WI|-XX-XX)?(?:T(?:MO|AF|EV|NI|DT|MI))?"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF"
    r")$"
)

WORDS = [
    "Monday", "Friday", "next", "last", "this", "the", "week", "weekend", "month", "year",
    "years", "ago", "later", "earlier", "yesterday", "today", "tomorrow", "tonight", "morning",
    "evening", "Oct.", "October", "May", "March", "29", "28th", "the 30th", "1998", "'90s",
    "1990s", "mid-", "early", "late", "quarter", "third", "first", "half", "summer", "every",
    "daily", "twice", "a", "two", "and a half", "three", "several", "for", "in", "on", "at",
    "3", "p.m.", "noon", "ET", "KST", "(local time)", "now", "recently", "soon", ",", ".", "-",
    "'s", "of", "since", "until", "Thanksgiving", "nineteen", "ninety-six", "year-earlier",
    "fiscal", "10/29/2025", "2025-10-29", "12:30", "hours", "the past", "future", "said",
    "will", "\n", "’", "\u00a0", "日本", "🙂",
]  # fmt: skip

DCTS = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


def _check(text: str, found) -> None:
    prev_end = -1
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.start >= prev_end, "spans overlap or are unsorted"
        prev_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert _VALUE.match(t.value), t.value


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300), DCTS)
def test_random_unicode_never_crashes(text: str, dct: date) -> None:
    _check(text, tag(text, dct))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=25),
    st.sampled_from([" ", "  ", ""]),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
)
def test_random_date_word_mixes(words: list[str], sep: str, dct: date) -> None:
    text = sep.join(words) if sep else " ".join(words)
    _check(text, tag(text, dct))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=6),
    DCTS,
    st.sampled_from([None, "past", "future"]),
)
def test_resolve_never_crashes(words: list[str], dct: date, tense) -> None:
    t = resolve(" ".join(words), dct, tense=tense)
    if t is not None:
        assert _VALUE.match(t.value), t.value
        assert t.explanation


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)))
def test_weekday_directions_hold_for_any_dct(dct: date) -> None:
    past = resolve("Wednesday", dct, tense="past")
    future = resolve("Wednesday", dct, tense="future")
    assert past is not None and future is not None
    p = date.fromisoformat(past.value)
    f = date.fromisoformat(future.value)
    assert p.isoweekday() == 3 and f.isoweekday() == 3
    assert 0 <= (dct - p).days <= 6
    assert 0 <= (f - dct).days <= 6
