"""News datelines at the head of an article: "SEOUL, Oct. 28 (Yonhap) --".

Recognised shapes (place, optional date, optional agency, then a dash)::

    SEOUL, Oct. 28 (Yonhap) --
    WASHINGTON (AP) —
    NEW YORK, October 28, 2025 /PRNewswire/ --
    LONDON, 28 Oct 2025 (Reuters) -
    SAN FRANCISCO, Calif., Oct. 28, 2025 /PRNewswire/ --

The place is in capitals, or any case when an agency follows. A dateline gives a
publication date only when it has a day and month and a year is known: its own, else the
year of a ``reference`` (a date known to be near the publication, such as a feed's own
date or page metadata without a day; with a full reference date the year putting the
dateline nearest to it is chosen, so "Dec. 31" near 2026-01-02 is 2025-12-31). Without
either there is no date: the machine's clock is never used.

The place also says where the article was written: ``zone_for_place`` finds its time zone
when the place is a city the tz database names (``SEOUL`` → Asia/Seoul, ``NEW YORK`` →
America/New_York) or one of a few frequent news datelines it does not (``WASHINGTON``,
``BEIJING``, ``NEW DELHI`` ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
_DATE = (
    rf"{_WEEKDAY}(?:(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH})\.?)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
)
_PLACE = r"(?P<place>[A-Z][A-Za-z.'’\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30}?){0,2})"
_AGENCY = r"(?P<agency>\((?P<agency_paren>[^()\n]{1,40})\)|/(?P<agency_slash>[^/\n]{1,40})/)"
_DASH = r"(?:--|-|—|–|:)"
DATELINE = re.compile(
    rf"^[ \t]*{_PLACE}(?:,\s*{_DATE})?\s*{_AGENCY}?\s*{_DASH}(?=\s)",
    re.MULTILINE,
)
_SEARCH_CHARS = 600


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline found in a text: what it says, where (``text[start:end]``), and the date
    it gives if any. A date inside the dateline is the publication date, not an event."""

    text: str
    start: int
    end: int
    place: str
    agency: str | None
    month: int | None
    day: int | None
    year: int | None

    @property
    def has_day(self) -> bool:
        return self.month is not None and self.day is not None

    def date(self, reference: datetime | None = None,
             reference_has_day: bool = False) -> date | None:
        """The date it gives, its year taken from ``reference`` when it states none."""
        if not self.has_day:
            return None
        assert self.month is not None and self.day is not None
        if self.year is not None:
            return _valid(self.year, self.month, self.day)
        if reference is None:
            return None
        if not reference_has_day:
            return _valid(reference.year, self.month, self.day)
        near = reference.date()
        options = [
            d for y in (near.year - 1, near.year, near.year + 1)
            if (d := _valid(y, self.month, self.day)) is not None
        ]
        if not options:
            return None
        best = min(options, key=lambda d: abs(d - near))
        return best if abs(best - near) <= timedelta(days=183) else None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening one of the first lines of ``text``, if there is one."""
    for match in DATELINE.finditer(text[:_SEARCH_CHARS]):
        place = match["place"].strip(" ,")
        agency = match["agency_paren"] or match["agency_slash"]
        has_date = bool(match["month"] or match["month2"])
        if not place.replace(",", " ").split():
            continue
        first_part = place.split(",")[0]
        if not (first_part.isupper() or agency):
            continue
        if not (has_date or agency or _looks_like_place(first_part)):
            continue
        month_name = match["month"] or match["month2"]
        day = match["day"] or match["day2"]
        lead = len(match[0]) - len(match[0].lstrip())
        return Dateline(
            text=match[0].strip(),
            start=match.start() + lead,
            end=match.end(),
            place=place,
            agency=agency.strip() if agency else None,
            month=MONTHS[month_name[:3].lower()] if month_name else None,
            day=int(day) if day else None,
            year=int(match["year"]) if match["year"] else None,
        )
    return None


def _looks_like_place(words: str) -> bool:
    """An all-capitals run of at most four words: a dateline place, not a shouted heading."""
    return words.isupper() and 1 <= len(words.split()) <= 4 and len(words) >= 3


# Frequent dateline cities the tz database does not name (it names one city per zone).
PLACE_ZONES = {
    "WASHINGTON": "America/New_York",
    "BOSTON": "America/New_York",
    "ATLANTA": "America/New_York",
    "MIAMI": "America/New_York",
    "PHILADELPHIA": "America/New_York",
    "SAN FRANCISCO": "America/Los_Angeles",
    "SEATTLE": "America/Los_Angeles",
    "HOUSTON": "America/Chicago",
    "DALLAS": "America/Chicago",
    "OTTAWA": "America/Toronto",
    "BEIJING": "Asia/Shanghai",
    "NEW DELHI": "Asia/Kolkata",
    "MUMBAI": "Asia/Kolkata",
    "BENGALURU": "Asia/Kolkata",
    "BUSAN": "Asia/Seoul",
    "GYEONGJU": "Asia/Seoul",
    "INCHEON": "Asia/Seoul",
    "OSAKA": "Asia/Tokyo",
    "GENEVA": "Europe/Zurich",
    "FRANKFURT": "Europe/Berlin",
    "MILAN": "Europe/Rome",
    "THE HAGUE": "Europe/Amsterdam",
    "HANOI": "Asia/Bangkok",
    "ABU DHABI": "Asia/Dubai",
    "CANBERRA": "Australia/Sydney",
}


@cache
def _tz_cities() -> dict[str, str]:
    from zoneinfo import available_timezones

    cities: dict[str, str] = {}
    for key in sorted(available_timezones()):
        area, _, city = key.rpartition("/")
        if area and not area.startswith("Etc") and area.split("/")[0] != "US":
            cities.setdefault(city.replace("_", " ").upper(), key)
    return cities


def zone_for_place(place: str) -> str | None:
    """The IANA zone of a dateline's city, if it is known (see the module's docstring)."""
    city = " ".join(place.split(",")[0].replace(".", " ").split()).upper()
    return PLACE_ZONES.get(city) or _tz_cities().get(city)
