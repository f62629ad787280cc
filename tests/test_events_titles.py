"""Titles, places, status and participants of single mentions, with hand-made expressions (so
these hold whatever the tagger does), plus a fuzz test of the title invariants."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents import Document
from timeline.eventing.similarity import Signature, similarity
from timeline.eventing.status import status_of, tense_of
from timeline.eventing.titles import MAX_TITLE, tidy
from timeline.events import Event, events_from_document, merge_events, parse_include
from timeline.temporal.model import Timex

DCT = datetime(2025, 10, 29, tzinfo=ZoneInfo("Asia/Seoul"))  # a Wednesday


def doc(text: str, title: str | None = None, doc_id: str = "t.txt") -> Document:
    return Document(doc_id, text, DCT, False, "front matter", "Test wire", title)


def timex(text: str, expression: str, value: str, type_: str = "DATE", nth: int = 0) -> Timex:
    start = -1
    for _ in range(nth + 1):
        start = text.index(expression, start + 1)
    return Timex(start, start + len(expression), expression, type_, value)  # type: ignore[arg-type]


def one(text: str, expression: str, value: str, **kw: object) -> Event:
    events = events_from_document(doc(text, **kw), [timex(text, expression, value)])  # type: ignore[arg-type]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize(
    ("text", "expression", "value", "wanted", "unwanted"),
    [
        ("The deal will be signed on Wednesday by Michael Kratsios.", "Wednesday", "2025-10-29",
         ["signed", "Michael Kratsios"], ["Wednesday"]),
        ("All eyes will be on the talks between Trump and Xi set for Thursday.", "Thursday",
         "2025-10-30", ["talks", "Trump", "Xi"], ["eyes"]),
        ("A summit with Chinese President Xi Jinping will be held in Busan on the 30th.",
         "the 30th", "2025-10-30", ["Summit", "Xi Jinping", "Busan"], ["Chinese President"]),
        ("The European Parliament voted on Tuesday to ban new combustion engines.", "Tuesday",
         "2025-10-28", ["European Parliament", "voted"], []),
        ("Bloomberg reported on the 28th that Korea and the US will sign a technology "
         "agreement.", "the 28th", "2025-10-28", ["Bloomberg", "report", "agreement"], []),
        ("Castro attended a rally Thursday organised by media workers.", "Thursday",
         "2025-10-23", ["Castro", "attended", "rally"], []),
        ("President Bush on Tuesday said the United States may extend its naval quarantine.",
         "Tuesday", "2025-10-28", ["Bush"], ["President"]),
        ("Savin Corp. reported a third-quarter net loss of $35.2 million.", "third-quarter",
         "2025-Q3", ["Savin"], []),
        ("Thursday's vote in the Senate was delayed by a procedural dispute.", "Thursday",
         "2025-10-30", ["vote"], []),
        ("Leaders of 21 economies gathered in Gyeongju on Friday for the summit.", "Friday",
         "2025-10-31", ["Gyeongju"], []),
        ("The agreement follows the one concluded with the United Kingdom last month.",
         "last month", "2025-09", ["Agreement concluded with the United Kingdom"], []),
        ("Under an accord signed yesterday, the government will become a shareholder.",
         "yesterday", "2025-10-28", ["Accord signed"], ["yesterday"]),
        ("Czech Foreign Minister Jan Kavan said on Monday that talks would resume.", "Monday",
         "2025-10-27", ["Jan Kavan"], ["Foreign"]),
        ("Dresdner Bank said it will buy the remaining shares on Friday.", "Friday",
         "2025-10-31", ["Dresdner Bank"], []),
        ("Hurricane Melissa made landfall in Jamaica on Tuesday as a Category 5 storm.",
         "Tuesday", "2025-10-28", ["Hurricane Melissa made landfall in Jamaica"], []),
        ("The ceasefire between Israel and Hamas took effect on October 10.", "October 10",
         "2025-10-10", ["Ceasefire between Israel and Hamas"], []),
        ("The trial of the former president opened in Brasilia on Monday.", "Monday",
         "2025-10-27", ["Trial of the former president opened in Brasilia"], []),
        ("Nvidia's market value topped $5 trillion on Wednesday.", "Wednesday", "2025-10-29",
         ["Nvidia", "topped $5 trillion"], []),
        ("On Friday, the Senate voted 52-48 to confirm the nominee.", "Friday", "2025-10-24",
         ["Senate voted 52-48"], []),
        ("Sanae Takaichi met Trump in Tokyo on Tuesday and signed a minerals framework.",
         "Tuesday", "2025-10-28", ["met Trump in Tokyo"], []),
        ("Markets now expect a cut in December.", "December", "2025-12",
         ["expect a cut"], []),
        ("A summit with Chinese President Xi Jinping will be held in Busan on the 30th.",
         "the 30th", "2025-10-30", ["Summit with Xi Jinping in Busan"], ["China"]),
    ],
)
def test_title_names_the_happening(
    text: str, expression: str, value: str, wanted: list[str], unwanted: list[str]
) -> None:
    title = one(text, expression, value).title
    for w in wanted:
        assert w.lower() in title.lower(), (title, w)
    for w in unwanted:
        assert w not in title, (title, w)
    assert len(title) <= MAX_TITLE and not re.search(r"[\s,.;:]$", title)


def test_bare_definite_noun_borrows_the_modifier_the_article_uses() -> None:
    text = "Officials met on Monday. The deal will be signed on Wednesday in Seoul."
    e = one(text, "Wednesday", "2025-10-29", title="US and Korea to sign 6G technology deal")
    assert e.title.startswith("Technology deal signed")
    assert e.place == "Seoul"


def test_participants_exclude_attribution_sources() -> None:
    e = one("According to Reuters, Trump will meet Xi Jinping on Thursday.", "Thursday",
            "2025-10-30")
    assert "Reuters" not in e.participants
    assert "Xi Jinping" in e.participants and "Trump" in e.participants


def test_mention_offsets_and_sentence() -> None:
    text = "Markets fell.\nThe vote will take place on Friday in Paris.\n"
    e = one(text, "Friday", "2025-10-31")
    m = e.mentions[0]
    assert text[m.start : m.end] == "Friday"
    assert text[m.sentence_start : m.sentence_end] == "The vote will take place on Friday in Paris."
    assert m.source == "Test wire" and m.published == DCT.isoformat()


def test_furniture_lines_give_no_event() -> None:
    text = "Published: Oct 29, 2025\n)\n)\nShare this\n"
    assert events_from_document(doc(text), [timex(text, "Oct 29, 2025", "2025-10-29")]) == []


def test_expressions_that_are_not_dates_give_no_event_by_default() -> None:
    text = "The effort was pursued for years. It is now calmer. They meet every Monday."
    exprs = [timex(text, "years", "PXY", "DURATION"), timex(text, "now", "PRESENT_REF"),
             timex(text, "every Monday", "XXXX-WXX-1", "SET")]
    assert events_from_document(doc(text), exprs) == []
    kept = events_from_document(doc(text), exprs, include=parse_include("all"))
    assert sorted(e.kind for e in kept) == ["reference", "set"]  # "for years" has no place


def test_parse_include() -> None:
    assert parse_include("durations, sets") == {"durations", "sets"}
    assert parse_include("duration,reference") == {"durations", "references"}
    assert parse_include("all") == {"durations", "sets", "references", "publication"}
    with pytest.raises(ValueError, match="holidays"):
        parse_include("holidays")


@pytest.mark.parametrize(
    ("clause", "tense"),
    [
        ("will be signed on Wednesday", "scheduled"),
        ("the talks set for Thursday", "scheduled"),
        ("the summit is being held this week", "ongoing"),
        ("the deal was signed on Wednesday", "past"),
        ("signed the deal", "past"),
        ("the weather", None),
    ],
)
def test_tense_cues(clause: str, tense: str | None) -> None:
    assert tense_of(clause) == tense


def test_status_prefers_the_date_when_it_is_clearly_past_or_future() -> None:
    from datetime import date

    d = date(2025, 10, 29)
    assert status_of(date(2025, 10, 27), date(2025, 10, 28), d, "will meet") == "past"
    assert status_of(date(2025, 10, 30), date(2025, 10, 31), d, "met") == "scheduled"
    assert status_of(date(2025, 10, 29), date(2025, 10, 30), d, "will meet") == "scheduled"
    assert status_of(date(2025, 10, 1), date(2025, 11, 1), d, "prices") == "ongoing"


def _sig(**kw: object) -> Signature:
    base: dict[str, object] = dict(doc_id="a", day="2025-10-30", time=None,
                                   classes=frozenset({"meet"}), names=frozenset({"xi jinping"}),
                                   context_names=frozenset(), place=None, zone=None,
                                   keywords=frozenset({"talk", "xi"}),
                                   context_keywords=frozenset())
    base.update(kw)
    return Signature(**base)  # type: ignore[arg-type]


def test_similarity_vetoes() -> None:
    a = _sig()
    assert similarity(a, _sig(doc_id="b", names=frozenset({"xi"}))) >= 0.5
    assert similarity(a, _sig(doc_id="b", classes=frozenset({"sign"}))) == 0
    assert similarity(a, _sig(doc_id="b", day="2025-10-31")) == 0
    assert similarity(_sig(place="Busan", zone="Asia/Seoul"),
                      _sig(doc_id="b", place="Paris", zone="Europe/Paris")) == 0
    assert similarity(_sig(time="2025-10-30T10:00"), _sig(doc_id="b", time="2025-10-30T15:00")) == 0
    assert similarity(a, _sig(doc_id="b", names=frozenset({"narendra modi"}))) < 0.5


def test_merge_is_idempotent_and_keeps_every_mention() -> None:
    t1 = "Trump and Xi Jinping will hold talks in Busan on Thursday."
    t2 = "All eyes are on the talks between Xi and Trump set for Thursday."
    cands = events_from_document(doc(t1, doc_id="a"), [timex(t1, "Thursday", "2025-10-30")])
    cands += events_from_document(doc(t2, doc_id="b"), [timex(t2, "Thursday", "2025-10-30")])
    merged = merge_events(cands)
    assert len(merged) == 1 and len(merged[0].mentions) == 2
    assert merge_events(merged) == merged


_VOCABULARY = (
    "the a of in on to with by and said will be signed talks summit deal Trump Xi Busan Seoul "
    ", . ( ) ; — officials agreement vote held set for meeting President The It “ ” 's was "
    "were that which $ 5.5 million 6G U.S. Dr. according"
)
_WORDS = st.sampled_from(_VOCABULARY.split(" "))


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=40), st.integers(min_value=0, max_value=40))
def test_titles_are_clean_for_any_sentence(words: list[str], at: int) -> None:
    at = min(at, len(words))
    before = " ".join(words[:at])
    text = (before + " " if before else "") + "on Friday " + " ".join(words[at:])
    start = text.index("Friday")
    found = events_from_document(doc(text), [Timex(start, start + 6, "Friday", "DATE",
                                                   "2025-10-31")])
    for e in found:
        assert e.title and len(e.title) <= MAX_TITLE
        assert e.title == tidy(e.title)
        assert not re.search(r"[\s,.;:(\[“\"—–-]$", e.title), e.title
        assert e.start.isoformat() == "2025-10-31"


def test_every_gazetteer_zone_exists() -> None:
    from timeline.eventing.gazetteer import PLACES

    for key, (_name, zone) in PLACES.items():
        if zone is not None:
            ZoneInfo(zone)  # raises for an unknown zone
        assert key == key.lower()


def test_run_on_text_is_cut_into_bounded_sentences() -> None:
    from timeline.eventing.text import MAX_SENTENCE

    text = "the minister will meet officials in Seoul on Friday and discuss trade " * 400
    exprs = []
    start = -1
    for _ in range(20):
        start = text.index("Friday", start + 1)
        exprs.append(Timex(start, start + 6, "Friday", "DATE", "2025-10-31"))
    found = events_from_document(doc(text), exprs)
    assert found
    for e in found:
        for m in e.mentions:
            assert m.sentence_end - m.sentence_start <= MAX_SENTENCE
            assert text[m.start : m.end] == "Friday"
