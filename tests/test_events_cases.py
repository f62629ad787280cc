"""Hand-written multi-article cases, tagged with the real tagger: the same happening worded
differently merges; two happenings on one day stay two; the same words on different dates stay
apart; status from tense; place and its zone; ranges; what --include keeps."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from timeline.documents import Document
from timeline.events import Event, merge_events
from timeline.pipeline import BuildOptions, analyse, collect_events


@dataclass(frozen=True)
class Article:
    source: str
    text: str
    published: str = "2025-10-29"  # a Wednesday
    zone: str = "Asia/Kolkata"


def events_of(*articles: Article, include: tuple[str, ...] = ()) -> list[Event]:
    options = BuildOptions(include=frozenset(include))
    docs = [
        Document(
            doc_id=f"case/{i:02d}.txt",
            text=a.text,
            published=datetime.fromisoformat(a.published).replace(tzinfo=ZoneInfo(a.zone)),
            published_from="front matter",
            source=a.source,
            title=None,
        )
        for i, a in enumerate(articles)
    ]
    return collect_events([analyse(d, options) for d in docs], options)


def on(events: list[Event], value: str) -> list[Event]:
    return [e for e in events if e.value.startswith(value)]


def docs_of(event: Event) -> list[str]:
    return event.documents


# -- the same happening, worded differently: one event citing every article ------------------


def test_climate_pact_signed_by_eu_and_china_worded_two_ways_merges() -> None:
    events = events_of(
        Article("Wire A", "The EU and China will sign a climate agreement in Brussels on Friday."),
        Article("Wire B", "Chinese and European negotiators are set to ink the climate pact in "
                          "Brussels on Oct. 31, officials said."),
    )
    [friday] = on(events, "2025-10-31")
    assert len(docs_of(friday)) == 2
    assert friday.place == "Brussels"
    assert "agreement" in friday.title.lower() or "pact" in friday.title.lower()


def test_putin_modi_talks_and_meeting_merge() -> None:
    events = events_of(
        Article("Paper A", "Russian President Vladimir Putin and Narendra Modi will hold talks "
                           "in New Delhi on Thursday."),
        Article("Paper B", "Prime Minister Modi is due to meet Putin in New Delhi on October 30 "
                           "to discuss oil purchases."),
    )
    [thursday] = on(events, "2025-10-30")
    assert len(docs_of(thursday)) == 2
    assert "Putin" in thursday.title and "Modi" in thursday.title


def test_irish_election_reported_three_ways_is_one_event() -> None:
    events = events_of(
        Article("Irish Times", "Voters will go to the polls in the presidential election "
                               "on Friday."),
        Article("BBC", "Ireland's presidential election will be held on October 31."),
        Article("RTE", "Irish voters elect a new president on Oct. 31, 2025."),
    )
    [election] = on(events, "2025-10-31")
    assert len(docs_of(election)) == 3
    assert "election" in election.title.lower() or "elect" in election.title.lower()


def test_fed_decision_with_and_without_a_time_merges_into_the_timed_event() -> None:
    events = events_of(
        Article("Markets desk", "The Fed will announce its interest rate decision at 2 p.m. ET "
                                "on Thursday.", zone="America/New_York"),
        Article("Wire", "The Federal Reserve's interest rate decision is due on Thursday, "
                        "economists expect a cut.", zone="Europe/London"),
    )
    [decision] = on(events, "2025-10-30")
    assert len(docs_of(decision)) == 2
    assert decision.value == "2025-10-30T14:00"
    assert decision.timezone == "America/New_York"
    assert isinstance(decision.start, datetime)


def test_bare_talks_merge_with_the_article_naming_the_parties_and_take_its_title() -> None:
    events = events_of(
        Article("Desk A", "Trump landed in South Korea on Wednesday for the APEC summit. "
                          "The talks with Xi are set for Thursday."),
        Article("Desk B", "Trump and Xi Jinping will hold talks in Busan on Thursday."),
    )
    [talks] = on(events, "2025-10-30")
    assert len(docs_of(talks)) == 2
    assert "Xi" in talks.title and "talks" in talks.title.lower()
    assert talks.place == "Busan"


# -- two happenings on one day: two events ---------------------------------------------------


def test_summit_and_earnings_on_the_same_thursday_stay_two() -> None:
    events = events_of(
        Article("Politics", "Trump will meet Xi in Busan on Thursday."),
        Article("Business", "Apple will release its quarterly earnings on Thursday."),
    )
    thursday = on(events, "2025-10-30")
    assert len(thursday) == 2
    assert all(len(docs_of(e)) == 1 for e in thursday)


def test_two_agreements_between_different_countries_on_one_day_stay_two() -> None:
    events = events_of(
        Article("Tokyo desk", "Japan and Vietnam will sign a defence agreement on Friday."),
        Article("LatAm desk", "Brazil and Argentina will sign a trade agreement on Friday."),
    )
    friday = on(events, "2025-10-31")
    assert len(friday) == 2
    titles = " | ".join(sorted(e.title for e in friday))
    assert "Japan" in titles and "Brazil" in titles


def test_same_leader_two_happenings_one_day_stay_two() -> None:
    events = events_of(
        Article("A", "Trump will meet Xi Jinping in Busan on Thursday."),
        Article("B", "Trump will sign an executive order on tariffs on Thursday."),
    )
    assert len(on(events, "2025-10-30")) == 2


def test_rallies_in_two_cities_on_one_day_stay_two() -> None:
    events = events_of(
        Article("Paris desk", "Thousands of protesters rallied in Paris on Tuesday."),
        Article("Tokyo desk", "Thousands of protesters rallied in Tokyo on Tuesday."),
    )
    tuesday = on(events, "2025-10-28")
    assert len(tuesday) == 2
    assert {e.place for e in tuesday} == {"Paris", "Tokyo"}


def test_two_happenings_in_one_article_on_one_day_stay_two() -> None:
    events = events_of(
        Article("Desk", "On Thursday, Trump will meet Xi in Busan. Separately, Japan and "
                        "Vietnam will sign a defence agreement on Thursday."),
    )
    assert len(on(events, "2025-10-30")) == 2


def test_share_prices_of_two_companies_on_one_day_stay_two() -> None:
    events = events_of(
        Article("WSJ", "In New York Stock Exchange composite trading yesterday, Compaq shares "
                       "fell $2 to $100."),
        Article("Dow Jones", "Du Pont's stock rose $2.50 a share to close at $117.375 in New "
                             "York Stock Exchange composite trading yesterday."),
    )
    assert len(on(events, "2025-10-28")) == 2


def test_quarterly_results_of_two_companies_stay_two() -> None:
    events = events_of(
        Article("A", "Aetna Life & Casualty Co.'s third-quarter net income fell 22% to $182.6 "
                     "million."),
        Article("B", "Travelers Corp.'s third-quarter net income rose 11% to $87 million."),
    )
    assert len(events) == 2
    assert all(len(e.documents) == 1 for e in events)


# -- the same words on different dates: apart ------------------------------------------------


def test_same_sentence_published_a_week_apart_gives_two_dates() -> None:
    sentence = "The central bank will announce its rate decision on Thursday."
    events = events_of(
        Article("Weekly A", sentence, published="2025-10-29"),
        Article("Weekly B", sentence, published="2025-11-05"),
    )
    assert [e.value for e in events] == ["2025-10-30", "2025-11-06"]
    assert all(len(docs_of(e)) == 1 for e in events)


def test_conflicting_dates_for_one_summit_are_not_merged() -> None:
    events = events_of(
        Article("A", "The summit will be held in Gyeongju on Friday."),
        Article("B", "The summit will be held in Gyeongju on Saturday."),
    )
    assert [e.value for e in events] == ["2025-10-31", "2025-11-01"]


# -- status from tense --------------------------------------------------------------------------


def test_status_from_tense_and_date() -> None:
    events = events_of(
        Article("A", "Parliament voted on the budget on Monday."),
        Article("B", "Parliament will vote on the pension reform on Friday."),
        Article("C", "The APEC summit is being held in Gyeongju this week."),
        Article("D", "The trade deal will be signed on Wednesday by the two ministers."),
        Article("E", "Chileans went to the polls in the regional election on Wednesday morning."),
    )
    by_value = {e.value: e for e in events}
    assert by_value["2025-10-27"].status == "past"
    assert by_value["2025-10-31"].status == "scheduled"
    assert by_value["2025-W44"].status == "ongoing"
    assert by_value["2025-10-29"].status == "scheduled"  # later on publication day
    morning = [e for e in events if e.value.startswith("2025-10-29T")]
    assert morning and morning[0].status == "past"


# -- place and its zone ---------------------------------------------------------------------


def test_timed_event_in_a_named_place_takes_the_place_zone() -> None:
    events = events_of(
        Article("Indian site", "Trump and Xi will meet at 11 a.m. on Thursday in Busan.",
                zone="Asia/Kolkata"),
    )
    [meeting] = events
    assert meeting.value == "2025-10-30T11:00"
    assert meeting.place == "Busan"
    assert meeting.timezone == "Asia/Seoul"  # not the paper's Asia/Kolkata
    assert meeting.start == datetime(2025, 10, 30, 11, 0)


def test_timed_event_without_place_keeps_the_paper_zone() -> None:
    [e] = events_of(Article("Indian site", "The cabinet will meet at 4 p.m. on Friday.",
                            zone="Asia/Kolkata"))
    assert e.timezone == "Asia/Kolkata" and e.place is None


def test_all_day_event_has_a_place_but_no_zone() -> None:
    [e] = events_of(Article("Korean daily", "Leaders will gather in Gyeongju on Friday."))
    assert e.place == "Gyeongju" and e.timezone is None
    assert e.start == date(2025, 10, 31)


# -- ranges -----------------------------------------------------------------------------------


def test_from_friday_to_sunday_is_one_event_spanning_the_range() -> None:
    [summit] = events_of(Article("A", "The APEC summit will run from Friday to Sunday in "
                                      "Gyeongju."))
    assert summit.value == "2025-10-31" and summit.end_value == "2025-11-02"
    assert summit.start == date(2025, 10, 31) and summit.end == date(2025, 11, 3)
    assert summit.mentions[0].expression == "Friday to Sunday"
    assert "summit" in summit.title.lower()


def test_range_and_single_day_of_its_start_are_kept_apart() -> None:
    events = events_of(
        Article("A", "The forum runs from Oct. 31 to Nov. 2 in Seoul."),
        Article("B", "The forum opens in Seoul on Oct. 31."),
    )
    assert len(events) == 2  # a three-day forum is not its opening day


# -- what becomes an event, and --include ----------------------------------------------------


SAID_TODAY = Article("Wire", "The minister said on Wednesday that the talks would continue.")


def test_said_on_publication_day_is_not_an_event_by_default() -> None:
    assert events_of(SAID_TODAY) == []


def test_said_on_publication_day_is_kept_with_include_publication() -> None:
    [e] = events_of(SAID_TODAY, include=("publication",))
    assert e.included_because == "publication" and e.value == "2025-10-29"


def test_said_on_another_day_is_an_event() -> None:
    [e] = events_of(Article("Wire", "The minister said on Monday that talks would resume."))
    assert e.value == "2025-10-27" and e.status == "past"


def test_durations_sets_and_now_only_with_include() -> None:
    text = ("Prices have risen over the past three months. The committee meets every Monday. "
            "Markets are now calmer.")
    assert events_of(Article("A", text)) == []
    kept = events_of(Article("A", text), include=("durations", "sets", "references"))
    kinds = {e.kind: e for e in kept}
    assert set(kinds) == {"duration", "set", "reference"}
    assert kinds["duration"].start == date(2025, 7, 30)
    assert kinds["duration"].end == date(2025, 10, 30)
    assert kinds["set"].recurrence == "FREQ=WEEKLY;BYDAY=MO"
    assert kinds["set"].start == date(2025, 11, 3)
    assert kinds["reference"].start == date(2025, 10, 29)
    assert all(e.included_because for e in kept)


def test_dateline_furniture_is_not_an_event() -> None:
    text = "Updated: Oct 29, 2025\n)\n)\nThe council will vote on the plan on Friday."
    events = events_of(Article("A", text))
    assert [e.value for e in events] == ["2025-10-31"]


# -- merging is a function of content, not of input order ------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_merge_does_not_depend_on_input_order(seed: int) -> None:
    articles = (
        Article("A", "Trump and Xi Jinping will hold talks in Busan on Thursday."),
        Article("B", "The talks between Xi and Trump are set for Thursday in Busan."),
        Article("C", "Apple will release its quarterly earnings on Thursday."),
        Article("D", "Japan and Vietnam will sign a defence agreement on Thursday."),
    )
    options = BuildOptions()
    docs = [
        Document(f"case/{i}.txt", a.text,
                 datetime(2025, 10, 29, tzinfo=ZoneInfo(a.zone)), False, "front matter", a.source)
        for i, a in enumerate(articles)
    ]
    candidates = [e for d in docs for e in analyse(d, options).events]
    reference = merge_events(candidates)
    shuffled = list(candidates)
    random.Random(seed).shuffle(shuffled)
    assert merge_events(shuffled) == reference
    assert len(reference) == 3
    assert sorted(len(e.documents) for e in reference) == [1, 1, 2]
