"""``resolve``: one expression typed by a user, resolved against a publication date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline.temporal import resolve

DCT = date(2025, 10, 29)  # a Wednesday


def test_resolve_seed_semantics() -> None:
    t = resolve("the 28th", date(2025, 10, 29))
    assert t is not None and t.value == "2025-10-28"
    t = resolve("Wednesday", date(2025, 10, 28), tense="future")
    assert t is not None and t.value == "2025-10-29"
    t = resolve("Wednesday", date(2025, 10, 30), tense="past")
    assert t is not None and t.value == "2025-10-29"


@pytest.mark.parametrize(
    ("expr", "tense", "value"),
    [
        ("next Friday", None, "2025-10-31"),
        ("last month", None, "2025-09"),
        ("Friday", "past", "2025-10-24"),
        ("Friday", "future", "2025-10-31"),
        ("Friday", None, "2025-10-31"),
        ("March", "future", "2026-03"),
        ("March", "past", "2025-03"),
        ("the 5th", "future", "2025-11-05"),
        ("the 5th", "past", "2025-10-05"),
        ("on the 28th (local time)", None, "2025-10-28"),
        ("tomorrow", None, "2025-10-30"),
        ("three weeks", None, "P3W"),
        ("every Monday", None, "XXXX-WXX-1"),
        ("Oct. 29, 2025", None, "2025-10-29"),
    ],
)
def test_resolve(expr: str, tense, value: str) -> None:
    t = resolve(expr, DCT, tense=tense)
    assert t is not None, expr
    assert t.value == value


@pytest.mark.parametrize("expr", ["banana", "", "   ", "the cat sat on the mat for a while"])
def test_resolve_non_temporal(expr: str) -> None:
    assert resolve(expr, DCT) is None


def test_resolve_explanation() -> None:
    t = resolve("Wednesday", date(2025, 10, 30), tense="past")
    assert t is not None
    text = "\n".join(t.explanation)
    assert "2025-10-30" in text and "past" in text


def test_resolve_accepts_datetime_and_reports_known_and_implied() -> None:
    t = resolve("next Friday", datetime(2025, 10, 29, 9, 0))
    assert t is not None
    assert (t.value, t.direction, t.anchor) == ("2025-10-31", "future", "2025-10-29")
    assert t.known == {"weekday": 5, "relation": "next"}
    assert t.implied == {"year": 2025, "month": 10, "day": 31}


@pytest.mark.parametrize(
    ("expr", "published", "tense", "value"),
    [
        ("Wednesday", date(2025, 10, 29), "past", "2025-10-29"),  # the publication day counts
        ("Wednesday", date(2025, 10, 29), "future", "2025-10-29"),
        ("the 31st", date(2025, 11, 5), "past", "2025-10-31"),
        ("the 31st", date(2025, 11, 5), "future", "2025-12-31"),  # November has no 31st
        ("December", date(2025, 1, 10), "past", "2024-12"),
        ("December", date(2025, 1, 10), "future", "2025-12"),
    ],
)
def test_resolve_direction_edges(expr: str, published: date, tense, value: str) -> None:
    t = resolve(expr, published, tense=tense)
    assert t is not None and t.value == value


def test_resolve_local_time_marker() -> None:
    t = resolve("the 28th (local time)", DCT)
    assert t is not None and t.value == "2025-10-28"
    assert t.known.get("local_time") is True
