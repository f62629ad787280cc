"""The machinery the held-out tagger checks share: sentence cases, whole annotated articles and
their strict-xfail lists of known tagger errors. The test files hold only the cases."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

import pytest

from timeline.temporal import tag
from timeline.temporal.model import Timex

# ----------------------------------------------------------------------------- sentences


def xfail_params(cases: list[tuple], known_wrong: dict[str, str]) -> list:
    """Each case as a pytest param, strictly xfailed when ``known_wrong`` names its sentence."""
    params = []
    for case in cases:
        reason = known_wrong.get(case[1])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(*case, marks=marks, id=f"{case[0]}:{case[2]}"))
    return params


def check_sentence(dct: date, text: str, span: str, type_: str, value: str) -> None:
    """``span`` is tagged in ``text`` exactly, with that type and value."""
    found = tag(text, dct)
    got = [(t.text, t.type, t.value) for t in found]
    assert (span, type_, value) in got, f"{text!r} (DCT {dct:%a %Y-%m-%d}): got {got}"
    (timex,) = [t for t in found if t.text == span]
    assert text[timex.start : timex.end] == span


def check_not_temporal(dct: date, text: str, word: str) -> None:
    """Nothing tagged in ``text`` overlaps ``word``."""
    start = text.index(word)
    end = start + len(word)
    inside = [(t.text, t.value) for t in tag(text, dct) if t.start < end and start < t.end]
    assert inside == [], f"{word!r} in {text!r} must not be tagged"


# ----------------------------------------------------------------------------- articles

# article id -> (publication date, text with every expected TIMEX3 in braces, the expected
# (span, type, value) in the order they appear)
Article = tuple[date, str, list[tuple[str, str, str]]]

_MARKED = re.compile(r"\{([^{}]+)\}")


class ArticleSuite:
    """Hand-annotated articles with the tagger errors known in them: ``known_wrong`` maps
    (article id, expected span) to why the tagger is wrong there, ``known_spurious`` maps
    (article id, tagged text) to why that tag is no TIMEX3."""

    def __init__(
        self,
        articles: dict[str, Article],
        known_wrong: dict[tuple[str, str], str],
        known_spurious: dict[tuple[str, str], str],
    ) -> None:
        self.articles = articles
        self.known_wrong = known_wrong
        self.known_spurious = known_spurious
        self.article: Callable[[str], tuple[str, tuple[tuple[int, int, str], ...]]] = cache(
            self._article
        )
        self.tagged: Callable[[str], tuple[Timex, ...]] = cache(self._tagged)

    def _article(self, article_id: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
        """The article's plain text and the (start, end, text) of each braced span in order."""
        marked = self.articles[article_id][1]
        plain: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = length = 0
        for match in _MARKED.finditer(marked):
            plain.append(marked[pos : match.start()])
            length += match.start() - pos
            spans.append((length, length + len(match.group(1)), match.group(1)))
            plain.append(match.group(1))
            length += len(match.group(1))
            pos = match.end()
        plain.append(marked[pos:])
        return "".join(plain), tuple(spans)

    def _tagged(self, article_id: str) -> tuple[Timex, ...]:
        text, _ = self.article(article_id)
        return tuple(tag(text, self.articles[article_id][0]))

    def expression_params(self) -> list:
        params = []
        for article_id, (_, _, expected) in self.articles.items():
            seen: dict[str, int] = {}
            for index, (span, _, _) in enumerate(expected):
                seen[span] = seen.get(span, 0) + 1
                # "Wednesday#2": the second "Wednesday" only; a bare span names every one
                reason = self.known_wrong.get(
                    (article_id, f"{span}#{seen[span]}")
                ) or self.known_wrong.get((article_id, span))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                params.append(
                    pytest.param(article_id, index, marks=marks, id=f"{article_id}:{span}")
                )
        return params


def article_tests(suite: ArticleSuite) -> tuple[Callable[..., None], ...]:
    """The three tests of an article file, to be bound to ``test_*`` names in it."""

    @pytest.mark.parametrize(("article_id", "index"), suite.expression_params())
    def test_article_expression_found(article_id: str, index: int) -> None:
        """Each expected TIMEX3 is tagged with exactly its span, its type and its value."""
        dct, _, expected = suite.articles[article_id]
        text, spans = suite.article(article_id)
        start, end, span = spans[index]
        _, type_, value = expected[index]
        overlapping = [
            (t.text, t.type, t.value)
            for t in suite.tagged(article_id)
            if t.start < end and start < t.end
        ]
        sentence_start = max(text.rfind(". ", 0, start) + 2, 0)
        context = text[sentence_start : end + 60]
        assert (span, type_, value) in overlapping, (
            f"{article_id} (DCT {dct:%a %Y-%m-%d}) {span!r} should be {type_} {value}; "
            f"tagged there: {overlapping} in {context!r}"
        )
        (exact,) = [t for t in suite.tagged(article_id) if (t.start, t.end) == (start, end)]
        assert (exact.type, exact.value) == (type_, value)

    @pytest.mark.parametrize("article_id", list(suite.articles))
    def test_article_nothing_spurious(article_id: str) -> None:
        """Everything the tagger marks in the article is one of the expected spans."""
        _, spans = suite.article(article_id)
        expected = {(start, end) for start, end, _ in spans}
        extra = [t for t in suite.tagged(article_id) if (t.start, t.end) not in expected]
        known = {text for (aid, text) in suite.known_spurious if aid == article_id}
        stale = known - {t.text for t in extra}
        assert not stale, f"no longer tagged, take off KNOWN_SPURIOUS: {sorted(stale)}"
        unexpected = [(t.text, t.type, t.value) for t in extra if t.text not in known]
        assert unexpected == [], f"{article_id}: spurious tags {unexpected}"

    def test_articles_are_well_formed_and_varied() -> None:
        articles: dict[str, Any] = suite.articles
        assert len(articles) >= 20
        for article_id, (_, _, expected) in articles.items():
            text, spans = suite.article(article_id)
            assert "{" not in text and "}" not in text, article_id
            assert [s for _, _, s in spans] == [e[0] for e in expected], article_id
            # TimeML leaves a leading preposition (a signal) out of the extent
            assert not [
                s for _, _, s in spans if re.match(r"(in|on|at|by|since|until) (?!least )", s)
            ]
            sentences = len(re.findall(r"[.!?”)](?=\s+[A-Z“(])|[.!?]”?$", text))
            assert 6 <= sentences <= 14, (article_id, sentences)
        named = {(aid, span.split("#")[0]) for aid, span in suite.known_wrong}
        assert named <= {
            (aid, span) for aid, (_, _, exp) in articles.items() for span, _, _ in exp
        }, "a KNOWN_WRONG entry names no expected expression"
        assert {aid for aid, _ in suite.known_spurious} <= set(articles)
        types = {type_ for _, _, exp in articles.values() for _, type_, _ in exp}
        assert types == {"DATE", "TIME", "DURATION", "SET"}
        assert {dct.weekday() for dct, _, _ in articles.values()} == set(range(7))

    return (
        test_article_expression_found,
        test_article_nothing_spurious,
        test_articles_are_well_formed_and_varied,
    )
