"""English language data for the temporal tagger: words only, no matching logic.

The recognizers (:mod:`timeline.temporal.recognize`) build their patterns from these tables
and the normalizer (:mod:`timeline.temporal.normalize`) reads their meanings from them, so
another language would supply its own copy of this module.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
# Month names that are also ordinary words: only read as months in a dated context.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "jan", "jun", "dec"})

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1,
    "tuesday": 2, "tues": 2, "tue": 2,
    "wednesday": 3, "wed": 3,
    "thursday": 4, "thurs": 4, "thu": 4,
    "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}  # fmt: skip
# Abbreviations that are ordinary words too (need a following period to count).
WEEKDAY_ABBREVIATIONS: frozenset[str] = frozenset(
    {"mon", "tues", "tue", "wed", "thurs", "thu", "fri", "sat", "sun"}
)

UNITS_ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Quantity words that give a number (None: an unspecified number, written X in TIMEX3).
QUANTITY_WORDS: dict[str, float | None] = {
    "a": 1, "an": 1, "one": 1, "a single": 1, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a dozen": 12, "a hundred": 100, "a thousand": 1000, "half a": 0.5, "half an": 0.5,
    "a half": 0.5,
    "several": None, "a few": None, "few": None, "many": None, "some": None,
    "dozens of": None, "hundreds of": None, "thousands of": None, "a number of": None,
    "numerous": None, "multiple": None, "a couple more": 2,
}  # fmt: skip
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "last": -1, "final": -1,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6,
}  # fmt: skip

# Calendar units: the TIMEX3 duration letter and whether it is a time-of-day unit.
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "sec": ("S", True), "minute": ("M", True), "min": ("M", True),
    "hour": ("H", True), "hr": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False),
    "fortnight": ("W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
    "millennium": ("ML", False), "weekend": ("WE", False),
}  # fmt: skip
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "secs": "sec", "minutes": "minute", "mins": "min", "hours": "hour",
    "hrs": "hr", "days": "day", "nights": "night", "weeks": "week", "fortnights": "fortnight",
    "months": "month", "quarters": "quarter", "years": "year", "decades": "decade",
    "centuries": "century", "millennia": "millennium", "weekends": "weekend",
}  # fmt: skip
# Multipliers for units expressed through another unit.
UNIT_SCALE: dict[str, tuple[str, int]] = {"fortnight": ("week", 2)}

# Seasons and their TIMEX3 codes.
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip
# Parts of the day and their TIMEX3 codes.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "daytime": "DT", "midday": "MI", "mid-day": "MI",
}  # fmt: skip

# Deictic day words: offset in days from the anchor and an implied part of the day.
DEICTIC_DAYS: dict[str, tuple[int, str | None]] = {
    "today": (0, None), "tonight": (0, "NI"), "yesterday": (-1, None),
    "tomorrow": (1, None), "overnight": (0, "NI"),
}  # fmt: skip

# Words that place a named period relative to the anchor: offset in units.
RELATIVE_DETERMINERS: dict[str, int] = {
    "this": 0, "current": 0, "the current": 0, "the present": 0, "present": 0,
    "next": 1, "the next": 1, "coming": 1, "the coming": 1, "the upcoming": 1,
    "upcoming": 1, "this coming": 1, "last": -1, "the last": -1, "past": -1, "the past": -1,
    "previous": -1, "the previous": -1, "the preceding": -1, "this past": -1,
    "the latest": 0, "latest": 0, "the most recent": -1, "the same": 0, "that": 0,
    "the following": 1, "the ensuing": 1, "the prior": -1, "prior": -1,
}  # fmt: skip
# Determiners that refer back to an earlier mentioned time rather than to the DCT.
ANAPHORIC_DETERMINERS: frozenset[str] = frozenset(
    {"the following", "the ensuing", "the same", "that", "the previous", "the preceding",
     "the prior", "prior"}
)  # fmt: skip

# Modifiers placed before a period ("early next year", "mid-November").
POINT_MODIFIERS: dict[str, str] = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "beginning of": "START", "start of": "START", "the dawn of": "START",
    "late": "END", "later": "END", "the end of": "END", "end of": "END", "the close of": "END",
    "mid": "MID", "the middle of": "MID", "middle of": "MID", "mid-": "MID",
}  # fmt: skip
# Approximation modifiers for quantities ("about three years", "more than a decade").
QUANTITY_MODIFIERS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "nearly": "LESS_THAN",
    "almost": "LESS_THAN", "approximately": "APPROX", "some": "APPROX",
    "more than": "MORE_THAN", "less than": "LESS_THAN", "no more than": "EQUAL_OR_LESS",
    "not more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE",
    "not less than": "EQUAL_OR_MORE", "no fewer than": "EQUAL_OR_MORE",
    "under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "just over": "MORE_THAN", "just under": "LESS_THAN",
    "the first": "", "the last": "", "the past": "", "the next": "", "the previous": "",
    "the coming": "",
}  # fmt: skip

# Frequency adverbs: TIMEX3 SET values.
FREQUENCY_ADVERBS: dict[str, str] = {
    "daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
    "hourly": "PT1H", "biweekly": "P2W", "annually": "P1Y", "semiannually": "P6M",
    "fortnightly": "P2W",
}  # fmt: skip
# Times per period ("twice a year").
TIMES_WORDS: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}

# Words for the general present, past and future (TIMEX3 reference values).
PRESENT_WORDS: tuple[str, ...] = (
    "now", "right now", "just now", "currently", "current", "nowadays", "these days",
    "at present", "presently", "the present", "at the moment", "at this time",
    "at this point", "to date",
)  # fmt: skip
PAST_WORDS: tuple[str, ...] = (
    "recently", "the past", "formerly", "in the past", "lately", "the old days",
    "in the old days", "past years", "years past",
)  # fmt: skip
FUTURE_WORDS: tuple[str, ...] = (
    "the future", "future", "soon", "someday", "in the future", "the near future",
    "the near term", "the short term", "the long term", "coming months", "coming weeks",
    "coming years", "coming days", "coming quarters", "the coming months", "the coming weeks",
    "the coming years", "the coming days", "future quarters", "future years",
)  # fmt: skip

# Time zone abbreviations and IANA names (only those that are unambiguous in English news).
TIME_ZONES: dict[str, str] = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles", "GMT": "UTC", "UTC": "UTC", "Z": "UTC",
    "BST": "Europe/London", "CET": "Europe/Paris", "CEST": "Europe/Paris",
    "KST": "Asia/Seoul", "JST": "Asia/Tokyo", "IST": "Asia/Kolkata",
    "HKT": "Asia/Hong_Kong", "SGT": "Asia/Singapore", "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney", "MSK": "Europe/Moscow", "EET": "Europe/Athens",
    "WIB": "Asia/Jakarta", "PHT": "Asia/Manila",
}  # fmt: skip

# Zones named in words ("12:01 a.m. Eastern time").
TIME_ZONE_NAMES: dict[str, str] = {
    "eastern time": "America/New_York", "eastern standard time": "America/New_York",
    "eastern daylight time": "America/New_York", "central time": "America/Chicago",
    "central standard time": "America/Chicago", "central daylight time": "America/Chicago",
    "mountain time": "America/Denver", "pacific time": "America/Los_Angeles",
    "pacific standard time": "America/Los_Angeles",
    "pacific daylight time": "America/Los_Angeles", "greenwich mean time": "UTC",
    "british summer time": "Europe/London", "tokyo time": "Asia/Tokyo",
    "seoul time": "Asia/Seoul", "beijing time": "Asia/Shanghai",
    "hong kong time": "Asia/Hong_Kong", "singapore time": "Asia/Singapore",
    "moscow time": "Europe/Moscow", "london time": "Europe/London",
    "paris time": "Europe/Paris", "berlin time": "Europe/Berlin",
    "new york time": "America/New_York", "washington time": "America/New_York",
    "sydney time": "Australia/Sydney", "delhi time": "Asia/Kolkata",
    "indian standard time": "Asia/Kolkata", "korea standard time": "Asia/Seoul",
    "japan standard time": "Asia/Tokyo", "central european time": "Europe/Berlin",
}  # fmt: skip

# Fixed-date holidays (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "independence day": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
    "boxing day": (12, 26), "canada day": (7, 1), "australia day": (1, 26),
    "anzac day": (4, 25), "bastille day": (7, 14), "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "remembrance day": (11, 11),
    "armistice day": (11, 11), "juneteenth": (6, 19),
    "fourth of july": (7, 4),
}  # fmt: skip
# Holidays whose name takes "the" ("the Fourth of July").
HOLIDAYS_WITH_THE: frozenset[str] = frozenset({"fourth of july"})
# Holidays on the n-th weekday of a month: (month, weekday 1-7, n; -1 = last).
FLOATING_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "martin luther king day": (1, 1, 3),
    "presidents day": (2, 1, 3), "presidents' day": (2, 1, 3), "mother's day": (5, 7, 2),
    "father's day": (6, 7, 3), "columbus day": (10, 1, 2),
}  # fmt: skip
# Holidays computed from other dates.
COMPUTED_HOLIDAYS: frozenset[str] = frozenset({
    "easter", "easter sunday", "election day", "good friday", "easter monday", "black friday",
    "cyber monday", "lunar new year", "chinese new year",
})  # fmt: skip
# Holidays computed from another holiday: (that holiday, days after it).
RELATIVE_HOLIDAYS: dict[str, tuple[str, int]] = {
    "good friday": ("easter", -2), "easter monday": ("easter", 1),
    "black friday": ("thanksgiving", 1), "cyber monday": ("thanksgiving", 4),
}  # fmt: skip
# The first day of the Chinese lunisolar year (Lunar New Year, Seollal), 1990-2050, as
# (month, day): calendar data, checked against the lunisolar tables of the `holidays` package.
LUNAR_NEW_YEAR: dict[int, tuple[int, int]] = {
    1990: (1, 27), 1991: (2, 15), 1992: (2, 4), 1993: (1, 23), 1994: (2, 10), 1995: (1, 31),
    1996: (2, 19), 1997: (2, 7), 1998: (1, 28), 1999: (2, 16), 2000: (2, 5), 2001: (1, 24),
    2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29), 2007: (2, 18),
    2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
    2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
    2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23),
    2032: (2, 11), 2033: (1, 31), 2034: (2, 19), 2035: (2, 8), 2036: (1, 28), 2037: (2, 15),
    2038: (2, 4), 2039: (1, 24), 2040: (2, 12), 2041: (2, 1), 2042: (1, 22), 2043: (2, 10),
    2044: (1, 30), 2045: (2, 17), 2046: (2, 6), 2047: (1, 26), 2048: (2, 14), 2049: (2, 2),
    2050: (1, 23),
}  # fmt: skip
# Decade words ("the nineties") and the decade value they take in the 20th century.
DECADE_WORDS: dict[str, str] = {
    "thirties": "193", "forties": "194", "fifties": "195", "sixties": "196",
    "seventies": "197", "eighties": "198", "nineties": "199",
}  # fmt: skip

# Tense cues for the verb group around an expression.
FUTURE_CUES: tuple[str, ...] = (
    "will", "'ll", "’ll", "shall", "going to", "is to", "are to", "set to", "scheduled",
    "expected", "expects", "plans", "planned", "planning", "slated", "due", "to be",
    "upcoming", "as soon as", "as early as", "intends", "aims", "hopes", "next", "would",
    "ahead of",
    "is set", "are set", "to begin", "to start", "to meet", "to hold", "to visit",
    # the present tense of scheduled events ("the summit opens Monday")
    "opens", "begins", "starts", "resumes", "plays", "takes effect", "take effect",
    "expires", "ends", "closes", "meets", "arrives", "visits", "go to the polls",
    "goes to the polls", "kicks off", "convenes", "premieres", "debuts", "departs",
    "gets under way", "get under way",
    # the same with a plural subject ("the two leaders meet Monday")
    "meet", "begin", "resume", "arrive", "visit", "kick off", "convene", "reopens", "reopen",
    "open", "close", "start", "end",
    # more scheduled presents of public life ("Congress returns Monday", "the court hears
    # arguments Wednesday", "the Senate votes Thursday", "new fares apply from Monday")
    "returns", "hears", "votes", "holds", "hosts", "faces", "travels", "testifies",
    "reconvenes", "launches", "apply", "applies", "return", "vote", "travel", "gather",
    "gathers",
    # a forecast or an obligation looks ahead ("is forecast to make landfall Wednesday",
    # "must pass the budget by Friday")
    "forecast to", "predicted to", "projected to", "likely to", "poised to", "on track to",
    "about to", "must", "needs to", "need to", "has until", "have until", "wants to",
    "want to", "expect", "should", "forecast for", "host", "face", "play", "is forecast",
    "are forecast", "falls on", "fall on", "turns",
    # what may yet happen ("the eye could reach land early Thursday", "the storm might turn
    # north overnight"); "could not", "could have" are read apart
    "could", "might",
    # more scheduled presents ("the president speaks on Wednesday")
    "speaks", "addresses", "performs", "competes", "headlines", "flies", "heads", "sails",
    "breaks camp", "follows on", "leaves", "won't", "won’t", "go on sale", "goes on sale",
)  # fmt: skip
# Plural-present future cues that are also nouns or adjectives ("an open letter", "the end of",
# "close to"): cues only after a noun, not a determiner, and not before "of"/"to".
NOUN_LIKE_CUES: frozenset[str] = frozenset({
    "open", "close", "start", "end", "return", "vote", "travel", "gather", "host", "face",
    "play",
})  # fmt: skip
# Noun-like cues that still read as verbs before "to" ("the players travel to Madrid on
# Saturday", "MPs return to Westminster on Monday"), unlike "close to", "an end to".
MOTION_CUES: frozenset[str] = frozenset({"travel", "return"})
# Third-person cues that are also plural nouns ("tax returns", "the votes", "new faces"):
# cues only when no determiner, possessive or number comes right before them.
PLURAL_NOUN_CUES: frozenset[str] = frozenset({
    "returns", "votes", "holds", "faces", "launches", "hosts", "travels", "gathers", "turns",
    "addresses", "headlines", "flies", "heads", "leaves",
})  # fmt: skip
# Present forms among the future cues that a negated past ("did not meet") turns around.
PLAIN_PRESENT_CUES: frozenset[str] = frozenset({"meet", "begin", "resume", "arrive", "visit"})
PAST_CUES: tuple[str, ...] = (
    "said", "was", "were", "had", "did", "ago", "told", "reported", "announced", "came",
    "went", "met", "held", "began", "took", "made", "rose", "fell", "won", "lost", "got",
    "earlier", "since", "previously", "last", "has been", "have been", "saw", "gave", "left",
    "spent", "sold", "paid", "led", "became", "ran", "kept", "found", "brought", "put",
    "closed", "ended", "dropped", "climbed", "slipped", "gained", "jumped", "declined",
    # irregular past forms (the "-ed" reader misses them)
    "fought", "thought", "bought", "caught", "sought", "taught", "wrote", "spoke", "broke",
    "chose", "drove", "grew", "threw", "flew", "drew", "knew", "blew", "stood", "heard",
    "felt", "dealt", "meant", "sent", "built", "lent", "struck", "swore", "stole", "froze",
    "shook", "fled", "withdrew", "oversaw", "overtook", "undertook", "sank", "swept", "slept",
    "forgot", "arose", "laid", "woke", "sprang", "swung", "hid", "fed",
    # forms shared with the present: past unless a modal or "to" comes before them
    "hit", "cut", "set", "shut", "quit", "let", "spread", "hurt", "cost", "burst",
)  # fmt: skip
# Past cues that are also present or infinitive forms ("will cut", "to hit", "will last").
SHARED_PAST_FORMS: frozenset[str] = frozenset(
    {"hit", "cut", "put", "set", "shut", "quit", "let", "spread", "hurt", "cost", "burst",
     "last"}
)  # fmt: skip
