"""The temporal tagger on the seed articles and on hand-made cases for every kind of expression."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest

from timeline.temporal import tag

DCT = date(2025, 10, 29)  # a Wednesday
SHARED = Path(
    os.environ.get("TIMELINE_SHARED") or Path(__file__).resolve().parents[1] / "../shared"
)
SEEDS = SHARED / "seeds"


def values(text: str, dct: date | datetime = DCT) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def one(text: str, dct: date | datetime = DCT):
    found = tag(text, dct)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- seeds


def _seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (set TIMELINE_SHARED)")
    path = next(SEEDS.glob(prefix + "_*.txt"), None)
    if path is None:
        pytest.skip(f"seed {prefix} missing in {SEEDS}")
    return path.read_text(encoding="utf-8")


def _find(found, needle: str, context: str):
    for t in found:
        if t.text == needle and context in found_text[0][max(0, t.start - 80) : t.end + 80]:
            return t
    raise AssertionError(
        f"{needle!r} not found near {context!r}: {[(t.text, t.value) for t in found]}"
    )


found_text: list[str] = [""]


def test_seed_000() -> None:
    text = _seed("000")
    found_text[0] = text
    found = tag(text, DCT)
    assert _find(found, "Wednesday", "will be signed on").value == "2025-10-29"
    assert _find(found, "Thursday", "talks set for").value == "2025-10-30"
    # the trailing ")" page furniture produces nothing
    tail_start = text.rstrip().rfind("With inputs from agencies")
    assert not [t for t in found if t.start > tail_start]


def test_seed_001() -> None:
    text = _seed("001")
    found_text[0] = text
    found = tag(text, DCT)
    t28 = _find(found, "the 28th", "reported on")
    assert t28.value == "2025-10-28"
    assert t28.known.get("local_time") is True
    assert _find(found, "the 29th", "scheduled for").value == "2025-10-29"
    assert _find(found, "the 30th", "Busan").value == "2025-10-30"
    last_month = _find(found, "last month", "United Kingdom")
    assert (last_month.value, last_month.type) == ("2025-09", "DATE")
    years = _find(found, "years", "pursued for")
    assert (years.type, years.value) == ("DURATION", "PXY")


def test_seed_cases_inline() -> None:
    text = (
        "The deal will be signed on Wednesday by Michael Kratsios. All eyes will be on the talks "
        "set for Thursday. Bloomberg News reported on the 28th (local time) that they will sign. "
        "The summit scheduled for the 29th. A summit to be held in Busan on the 30th. The one "
        "concluded with the United Kingdom last month. The U.S. effort, pursued for years, "
        "to check."
    )
    got = [(t.text, t.type, t.value) for t in tag(text, DCT)]
    assert got == [
        ("Wednesday", "DATE", "2025-10-29"),
        ("Thursday", "DATE", "2025-10-30"),
        ("the 28th", "DATE", "2025-10-28"),
        ("the 29th", "DATE", "2025-10-29"),
        ("the 30th", "DATE", "2025-10-30"),
        ("last month", "DATE", "2025-09"),
        ("years", "DURATION", "PXY"),
    ]


# --------------------------------------------------------------------------- DATE

DATES = [
    ("It happened on Oct. 29, 2025.", "Oct. 29, 2025", "2025-10-29"),
    ("It happened on 29 October.", "29 October", "2025-10-29"),
    ("It was filed 10/29/2025 in court.", "10/29/2025", "2025-10-29"),
    ("The file is dated 2025-10-29.", "2025-10-29", "2025-10-29"),
    ("Sales rose in October 2025.", "October 2025", "2025-10"),
    ("He was born in 1998.", "1998", "1998"),
    ("Prices soared in the 1990s.", "the 1990s", "199"),
    ("Prices soared in the '90s.", "the '90s", "199"),
    ("He said Tuesday that he would go.", "Tuesday", "2025-10-28"),
    ("He will arrive Friday.", "Friday", "2025-10-31"),
    ("They met last Friday.", "last Friday", "2025-10-24"),
    ("They meet next Monday.", "next Monday", "2025-11-03"),
    ("It rained yesterday.", "yesterday", "2025-10-28"),
    ("We publish today.", "today", "2025-10-29"),
    ("We fly tomorrow.", "tomorrow", "2025-10-30"),
    ("Prices fell last week.", "last week", "2025-W43"),
    ("Prices fell this week.", "this week", "2025-W44"),
    ("Prices will fall next month.", "next month", "2025-11"),
    ("Prices fell last year.", "last year", "2024"),
    ("Profit rose in the third quarter.", "the third quarter", "2025-Q3"),
    ("Profit rose in the first half.", "the first half", "2025-H1"),
    ("Third-quarter profit rose.", "Third-quarter", "2025-Q3"),
    ("It was hot this summer.", "this summer", "2025-SU"),
    ("It was hot last winter.", "last winter", "2024-WI"),
    ("He left two days ago.", "two days ago", "2025-10-27"),
    ("He left three years ago.", "three years ago", "2022"),
    ("The vote is a week from Friday.", "a week from Friday", "2025-11-07"),
    ("They met on Thanksgiving Day.", "Thanksgiving Day", "2024-11-28"),
    ("Parties are planned for New Year’s Eve.", "New Year’s Eve", "2025-12-31"),
    ("Apple will report Q4 2025 results.", "Q4 2025", "2025-Q4"),
    ("A hearing is set for the week of Nov. 10.", "the week of Nov. 10", "2025-W46"),
    ("Sales rose in the last half of 2024.", "the last half of 2024", "2024-H2"),
    ("It was settled in nineteen ninety-six.", "nineteen ninety-six", "1996"),
    ("They will meet in January next year.", "January next year", "2026-01"),
    ("Talks resume in mid-November.", "mid-November", "2025-11"),
    ("Talks resume early next year.", "early next year", "2026"),
    ("It happened in late 1997.", "late 1997", "1997"),
    ("He will stay through the end of the year.", "the end of the year", "2025"),
    ("It was announced in September.", "September", "2025-09"),
    ("It will be announced in February.", "February", "2026-02"),
    ("The vote is set for Nov. 4.", "Nov. 4", "2025-11-04"),
    ("He was shot last Oct. 23 at home.", "last Oct. 23", "2025-10-23"),
    ("Shares closed at $5 on Oct. 2.", "Oct. 2", "2025-10-02"),
    ("Profit fell in fiscal 2024.", "fiscal 2024", "2024"),
]


@pytest.mark.parametrize(("text", "span", "value"), DATES, ids=[d[1] for d in DATES])
def test_dates(text: str, span: str, value: str) -> None:
    got = values(text)
    assert got.get(span) == value, got


def test_mod_mid() -> None:
    t = one("Talks resume in mid-November.")
    assert (t.value, t.mod) == ("2025-11", "MID")


def test_mod_early_next_year() -> None:
    t = one("Talks resume early next year.")
    assert (t.value, t.mod) == ("2026", "START")


REFS = [
    ("Prices are now higher.", "now", "PRESENT_REF"),
    ("He currently lives in Seoul.", "currently", "PRESENT_REF"),
    ("He recently moved.", "recently", "PAST_REF"),
    ("Things were different in the past.", "the past", "PAST_REF"),
    ("It will change in the future.", "the future", "FUTURE_REF"),
    ("It will change soon.", "soon", "FUTURE_REF"),
]


@pytest.mark.parametrize(("text", "span", "value"), REFS, ids=[r[1] for r in REFS])
def test_references(text: str, span: str, value: str) -> None:
    assert values(text).get(span) == value


def test_generic_today_is_not_a_time() -> None:
    # "today" for the present age is neither a date nor marked by TimeML annotators
    # (TimeBank/AQUAINT leave every "today's world/youth" unannotated)
    assert tag("The problems of today are different.", DCT) == []
    assert tag("It matters to today's youth.", DCT) == []
    assert values("Today's vote was close.") == {"Today": "2025-10-29"}


def test_as_soon_as_is_not_temporal() -> None:
    assert tag("They left as soon as they could.", DCT) == []


# --------------------------------------------------------------------------- TIME

TIMES = [
    ("The vote is at 3 p.m. today.", "3 p.m. today", "2025-10-29T15:00"),
    ("They meet at 3:30 pm.", "3:30 pm", "2025-10-29T15:30"),
    ("Lunch is at noon.", "noon", "2025-10-29T12:00"),
    ("It rained this morning.", "this morning", "2025-10-29TMO"),
    ("He spoke Thursday evening.", "Thursday evening", "2025-10-23TEV"),
    ("He will speak Thursday evening.", "Thursday evening", "2025-10-30TEV"),
    ("The show airs tonight.", "tonight", "2025-10-29TNI"),
    ("He will leave at 4 in the morning.", "4 in the morning", "2025-10-29T04:00"),
    ("It happened last night.", "last night", "2025-10-28TNI"),
]


@pytest.mark.parametrize(("text", "span", "value"), TIMES, ids=[t[1] for t in TIMES])
def test_times(text: str, span: str, value: str) -> None:
    found = {t.text: t for t in tag(text, DCT)}
    assert span in found, found
    assert found[span].value == value
    assert found[span].type == "TIME"


@pytest.mark.parametrize(
    ("text", "span", "zone"),
    [
        ("The market opens at 9:30 a.m. ET.", "9:30 a.m. ET", "America/New_York"),
        ("The summit starts at 3 p.m. KST.", "3 p.m. KST", "Asia/Seoul"),
        ("The launch is at 14:00 GMT.", "14:00 GMT", "UTC"),
    ],
)
def test_time_zones(text: str, span: str, zone: str) -> None:
    t = one(text)
    assert t.text == span
    assert t.known["timezone"] == zone
    assert "T" in t.value and "+" not in t.value  # local wall time


# --------------------------------------------------------------------------- DURATION

DURATIONS = [
    ("It took three months.", "three months", "P3M"),
    ("It took two and a half years.", "two and a half years", "P2Y6M"),
    ("It took a minute and a half.", "a minute and a half", "PT1M30S"),
    ("It took 2.5 months.", "2.5 months", "P2.5M"),
    ("They fought for years.", "years", "PXY"),
    ("Prices rose over the past 24 hours.", "the past 24 hours", "PT24H"),
    ("It lasted several weeks.", "several weeks", "PXW"),
    ("He signed a two-year contract.", "two-year", "P2Y"),
    ("He waited twenty four hours.", "twenty four hours", "PT24H"),
    ("It took a dozen years.", "a dozen years", "P12Y"),
    ("It took two decades.", "two decades", "P20Y"),
    ("After a day-long meeting they left.", "day-long", "P1D"),
    ("They will stay for a while.", "a while", "PXX"),
    ("They ruled for centuries.", "centuries", "PXY"),
    ("Profit rose in the first nine months.", "the first nine months", "P9M"),
]


@pytest.mark.parametrize(("text", "span", "value"), DURATIONS, ids=[d[1] for d in DURATIONS])
def test_durations(text: str, span: str, value: str) -> None:
    found = {t.text: t for t in tag(text, DCT)}
    assert span in found, found
    assert (found[span].type, found[span].value) == ("DURATION", value)


def test_duration_modifier() -> None:
    t = one("It took about three years.")
    assert (t.text, t.value, t.mod) == ("about three years", "P3Y", "APPROX")


# --------------------------------------------------------------------------- SET

SETS = [
    ("They meet every Monday.", "every Monday", "XXXX-WXX-1"),
    ("It is published daily.", "daily", "P1D"),
    ("It is renewed each year.", "each year", "P1Y"),
    ("The list is updated weekly.", "weekly", "P1W"),
]


@pytest.mark.parametrize(("text", "span", "value"), SETS, ids=[s[1] for s in SETS])
def test_sets(text: str, span: str, value: str) -> None:
    found = {t.text: t for t in tag(text, DCT)}
    assert span in found, found
    assert (found[span].type, found[span].value) == ("SET", value)


def test_set_with_part_of_day() -> None:
    assert values("They meet every Monday morning.")["every Monday morning"] == "XXXX-WXX-1TMO"
    assert values("It resets each month.")["each month"] == "P1M"


def test_twice_a_year() -> None:
    t = one("They meet twice a year.")
    assert (t.text, t.type, t.value, t.freq) == ("twice a year", "SET", "P1Y", "2X")


# --------------------------------------------------------------------------- anaphora & tense


def test_anaphoric_next_day() -> None:
    got = values("The talks began on March 3, 2024. The next day, they collapsed.")
    assert got["March 3, 2024"] == "2024-03-03"
    assert got["The next day"] == "2024-03-04"


def test_anaphoric_later() -> None:
    # the day it names, counted from the last date mentioned (TimeBank would tag only the
    # "two days" duration; a calendar needs the day)
    found = tag("He arrived on May 2, 2020. Two days later he left.", DCT)
    assert [(t.text, t.type, t.value) for t in found][1] == ("Two days later", "DATE", "2020-05-04")
    found = tag("He arrived on May 2, 2020. A week later he left.", DCT)
    assert [(t.text, t.value) for t in found][1] == ("A week later", "2020-05-09")
    # with no date before it, only the stretch is known
    found = tag("Two days later he left.", DCT)
    assert [(t.text, t.type, t.value) for t in found] == [("Two days later", "DURATION", "P2D")]


def test_anaphoric_next_morning_and_day_ranges() -> None:
    got = values("He appeared in court on Feb. 22, 2000. The next morning he left.")
    assert got["The next morning"] == "2000-02-23TMO"
    got = values("The summit is on April 24 and 25, 2026.")
    assert (got["April 24"], got["25"]) == ("2026-04-24", "2026-04-25")


def test_the_following_month() -> None:
    got = values("In March 2020 the plant closed. The following month, workers left.")
    assert got["The following month"] == "2020-04"


def test_weekday_tense_future_and_past() -> None:
    dct = date(2025, 10, 29)
    assert values("The vote will take place on Friday.", dct)["Friday"] == "2025-10-31"
    assert values("The vote took place on Friday.", dct)["Friday"] == "2025-10-24"
    assert values("He said Wednesday that it was over.", dct)["Wednesday"] == "2025-10-29"


def test_year_over_year_comparison() -> None:
    got = values("Third-quarter profit rose 5% from $3 million a year earlier.")
    assert got["Third-quarter"] == "2025-Q3"
    assert got["a year earlier"] == "2024-Q3"


def test_relative_expression_reports_implied_components() -> None:
    t = one("Prices fell last month.")
    assert t.known["relation"] == "last"
    assert t.implied == {"year": 2025, "month": 9}


def test_datetime_dct_accepted() -> None:
    assert (
        values("It rained yesterday.", datetime(2025, 10, 29, 8, 30))["yesterday"] == "2025-10-28"
    )


def test_known_and_implied() -> None:
    t = one("He will arrive on Friday.")
    assert t.known == {"weekday": 5}
    assert t.implied == {"year": 2025, "month": 10, "day": 31}
    assert t.anchor == "2025-10-29"
    assert t.direction == "future"
    assert t.explanation


def test_offsets_consistent_and_sorted() -> None:
    text = (
        "On Monday, Oct. 27, he said that next week and in 1999 and for two years it rained daily."
    )
    found = tag(text, DCT)
    assert found
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    for t in found:
        assert text[t.start : t.end] == t.text


def test_no_false_positives_on_plain_text() -> None:
    assert tag("The cat sat on the mat and may go to March Street with 1,998 people.", DCT) == []
