"""events.ics as calendar clients read it: four independent parsers, the RFC points, stability."""

from __future__ import annotations

import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
import vobject
from dateutil import tz as dateutil_tz
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.export_samples import EXPECTED_UTC, day_event, mention, sample_events
from timeline.events import Event
from timeline.export.ics import clean_text, feed_plan, render_feeds, render_ics
from timeline.export.timezones import continuing_rules, transitions, vtimezone, zone_of

pytest.importorskip("ics")


def _utc(value: date | datetime) -> str:
    if isinstance(value, datetime):
        assert value.tzinfo is not None, f"floating time {value} in the feed"
        return value.astimezone(UTC).isoformat()
    return value.isoformat()


def by_icalendar(data: bytes) -> dict[str, tuple[str, str]]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["uid"]): (_utc(e.decoded("dtstart")), _utc(e.decoded("dtend")))
            for e in cal.walk("VEVENT")}


def by_vobject(data: bytes) -> dict[str, tuple[str, str]]:
    cal = vobject.readOne(data.decode("utf-8"))
    return {e.uid.value: (_utc(e.dtstart.value), _utc(e.dtend.value)) for e in cal.vevent_list}


_ICS_PY = r"""
import json, sys
from datetime import timezone
sys.setrecursionlimit(50_000)
import ics
out = {}
for e in ics.Calendar(sys.stdin.read()).events:
    if e.all_day:
        out[e.uid] = [e.begin.date().isoformat(), e.end.date().isoformat()]
    else:
        out[e.uid] = [t.datetime.astimezone(timezone.utc).isoformat() for t in (e.begin, e.end)]
sys.stdout.write(json.dumps(out))
sys.stdout.flush()
"""


def by_ics(data: bytes) -> dict[str, tuple[str, str]]:
    # ics-py 0.7's grammar recurses once per content line: past about a thousand lines it
    # dies of RecursionError whoever wrote the file, and lowering the limit again after a
    # parse kills the interpreter. So it runs in its own process with room to recurse.
    done = subprocess.run([sys.executable, "-c", _ICS_PY], input=data.decode("utf-8"),
                          capture_output=True, text=True, timeout=120)
    start = done.stdout.find("{")
    assert start >= 0, done.stderr[-1000:]
    return {uid: tuple(pair) for uid, pair in json.loads(done.stdout[start:]).items()}


def by_recurring(data: bytes) -> dict[str, tuple[str, str]]:
    cal = icalendar.Calendar.from_ical(data)
    found = recurring_ical_events.of(cal).between(date(900, 1, 1), date(3000, 1, 1))
    return {str(e["uid"]): (_utc(e["dtstart"].dt), _utc(e["dtend"].dt)) for e in found}


PARSERS = {"icalendar": by_icalendar, "vobject": by_vobject, "ics": by_ics,
           "recurring-ical-events": by_recurring}


@pytest.fixture(scope="module")
def feed() -> bytes:
    return render_ics(sample_events(), name="Test feed")


def test_independent_parsers_agree_on_every_event(feed):
    events = sample_events()
    results = {name: parse(feed) for name, parse in PARSERS.items()}
    reference = results["icalendar"]
    assert len(reference) == len(events)
    for name, result in results.items():
        assert result == reference, f"{name} disagrees with icalendar"
    by_title = {e.title: e.uid for e in events}
    for title, expected in EXPECTED_UTC.items():
        assert reference[by_title[title]] == expected, title
    # Day and period events are all-day spans with an exclusive end.
    assert reference[by_title["Deal signed in Gyeongju"]] == ("2025-10-29", "2025-10-30")
    assert reference[by_title["UK deal concluded"]] == ("2025-09-01", "2025-10-01")
    assert reference[by_title["Earnings week"]] == ("2025-10-27", "2025-11-03")
    assert reference[by_title["Third-quarter growth"]] == ("2025-07-01", "2025-10-01")
    assert reference[by_title["Election year"]] == ("2026-01-01", "2027-01-01")
    assert reference[by_title["Talks run over three days"]] == ("2025-11-03", "2025-11-06")


ZONES = ["America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata",
         "America/St_Johns", "Pacific/Chatham", "Africa/Casablanca", "Asia/Seoul",
         "America/Sao_Paulo", "Europe/Dublin", "Asia/Jerusalem", "America/Santiago"]


def test_regular_zones_continue_with_yearly_rules():
    assert [r for _, r in continuing_rules(zone_of("America/New_York"), 2026)] == [
        "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"]
    assert [r for _, r in continuing_rules(zone_of("Europe/London"), 2026)] == [
        "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"]
    assert continuing_rules(zone_of("Asia/Seoul"), 2026) == []  # no change any more
    assert continuing_rules(zone_of("Africa/Casablanca"), 2026) is None  # Ramadan: irregular


def test_a_client_caching_zones_by_tzid_still_reads_later_years_right():
    """vobject keeps the first VTIMEZONE it sees for a TZID for the whole process: after a
    feed of 2025 events, a feed of 2040 events in the same zone must still read right."""
    from tests.export_samples import timed_event

    early = timed_event(datetime(2025, 6, 1, 12, 0), "Europe/Madrid", "Early", start=1)
    late = timed_event(datetime(2040, 7, 1, 12, 0), "Europe/Madrid", "Late", start=2)
    by_vobject(render_ics([early]))
    assert by_vobject(render_ics([late]))[late.uid][0] == "2040-07-01T10:00:00+00:00"


@pytest.mark.parametrize("key", ZONES)
def test_written_vtimezone_gives_zoneinfo_offsets(key):
    """Parsers that read the VTIMEZONE itself (TZID renamed so none can look it up) agree
    with zoneinfo at every hour around each transition and every ten days."""
    component = vtimezone(key, 2024, 2026)
    text = component.to_ical().decode()
    assert "RDATE" not in text
    name = "X-Test-" + key.replace("/", "-")  # unique: parsers cache zones by TZID
    private = text.replace(f"TZID:{key}", f"TZID:{name}")
    zone = zone_of(key)
    # Inside the window; and, for zones with a regular yearly rule (RRULE after the window),
    # twenty years beyond it.
    # From 1970 (history as runs of yearly rules) to the window; for zones with a regular
    # final rule, twenty years beyond it.
    regular = continuing_rules(zone, 2027) is not None
    last = 2047 if regular else 2027
    instants = [datetime(1970, 1, 1, 12, tzinfo=UTC) + timedelta(days=10 * i)
                for i in range((last - 1970) * 365 // 10)]
    for change in transitions(zone, datetime(1970, 1, 1, tzinfo=UTC),
                              datetime(last, 1, 1, tzinfo=UTC)):
        instants += [change.at + timedelta(hours=h) for h in range(-3, 4)]
    via_dateutil = dateutil_tz.tzical(io.StringIO(private)).get(name)
    via_icalendar = icalendar.Timezone.from_ical(private).to_tz()
    checked = 0
    for at in instants:
        # What a parser does with DTSTART;TZID=...: a local wall time to a UTC instant.
        wall = at.astimezone(zone).replace(tzinfo=None, fold=0)
        if _ambiguous_or_skipped(wall, zone):
            continue
        expected = wall.replace(tzinfo=zone).astimezone(UTC)
        assert wall.replace(tzinfo=via_icalendar).astimezone(UTC) == expected, (key, wall)
        assert wall.replace(tzinfo=via_dateutil).astimezone(UTC) == expected, (key, wall)
        checked += 1
    assert checked > 1000


def _ambiguous_or_skipped(wall: datetime, zone) -> bool:
    first = wall.replace(tzinfo=zone, fold=0)
    second = wall.replace(tzinfo=zone, fold=1)
    if first.utcoffset() != second.utcoffset():
        return True
    return first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != wall


def test_private_tzids_read_from_the_file_agree():
    """icalendar and vobject read the zone rules from the file itself (no IANA lookup)."""
    feed = render_ics(sample_events())
    renamed = re.sub(rb"America/New_York|Australia/Sydney|Asia/Seoul",
                     lambda m: b"X-Private-" + m.group(0).replace(b"/", b"-"), feed)
    assert renamed != feed
    assert by_icalendar(renamed) == by_icalendar(feed)
    assert by_vobject(renamed) == by_icalendar(feed)


def test_timed_events_use_tzid_with_vtimezone_or_utc(feed):
    text = feed.decode()
    for key in ("America/New_York", "Asia/Seoul", "Australia/Sydney"):
        assert f"DTSTART;TZID={key}:" in text
        assert f"BEGIN:VTIMEZONE\r\nTZID:{key}\r\n" in text
    assert "DTSTART:20251030T060000Z" in text  # the fixed offset converted to UTC
    assert "DTSTART:20251030T080000Z" in text  # unknown zone: UTC
    assert "DTSTART:20251102T053000Z" in text  # 01:30 happens twice that night: UTC
    assert "RDATE" not in text
    # Every TZID a property uses has its VTIMEZONE.
    used = set(re.findall(r";TZID=([^:;]+)[:;]", text))
    defined = set(re.findall(r"BEGIN:VTIMEZONE\r\nTZID:([^\r]+)", text))
    assert used == defined


def test_day_events_are_dates_with_exclusive_end(feed):
    text = feed.decode()
    assert "DTSTART;VALUE=DATE:20251029\r\nDTEND;VALUE=DATE:20251030\r\n" in text


def test_periods_are_marked_and_can_be_left_out(feed):
    cal = icalendar.Calendar.from_ical(feed)
    summaries = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert "UK deal concluded [month: September 2025]" in summaries
    assert "Third-quarter growth [quarter: Q3 2025]" in summaries
    assert "Election year [year: 2026]" in summaries
    week = next(e for s, e in summaries.items() if s.startswith("Earnings week ["))
    assert "week" in [str(c) for c in week["categories"].cats]
    without = icalendar.Calendar.from_ical(render_ics(sample_events(), include_periods=False))
    kept = {str(e["summary"]) for e in without.walk("VEVENT")}
    assert len(kept) == len(summaries) - 4
    assert not any("[" in s for s in kept)
    assert "Talks run over three days" in kept  # a multi-day range is not a period


def test_calendar_properties(feed):
    text = feed.decode()
    cal = icalendar.Calendar.from_ical(feed)
    assert str(cal["version"]) == "2.0"
    assert str(cal["prodid"]).startswith("-//timeline//")
    assert str(cal["name"]) == "Test feed" and str(cal["x-wr-calname"]) == "Test feed"
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in text
    assert "X-PUBLISHED-TTL:PT1H\r\n" in text
    assert "events found in" in str(cal["description"])
    assert str(cal["method"]) == "PUBLISH"


def test_event_properties_cite_sentences_and_sources(feed):
    cal = icalendar.Calendar.from_ical(feed)
    signing = next(e for e in cal.walk("VEVENT") if str(e["summary"]) == "Deal signed in Gyeongju")
    description = str(signing["description"])
    assert "The deal will be signed on Wednesday." in description
    assert "Korea and the US sign the deal on the 29th." in description
    assert "Outlet A" in description and "Outlet B, Inc." in description
    assert str(signing["url"]) == "https://example.com/a"  # the first (oldest) source
    assert str(signing["location"]) == "Gyeongju"
    cats = [str(c) for c in signing["categories"].cats]
    assert cats == ["Outlet A", "Outlet B, Inc.", "scheduled"]
    assert str(signing["transp"]) == "TRANSPARENT"
    assert int(signing["sequence"]) == 1  # two mentions
    # DTSTAMP/LAST-MODIFIED: the newest mention's publication time, in UTC.
    assert signing.decoded("dtstamp") == datetime(2025, 10, 29, 0, 30, tzinfo=UTC)
    assert signing.decoded("last-modified") == datetime(2025, 10, 29, 0, 30, tzinfo=UTC)
    assert signing.decoded("created") == datetime(2025, 10, 28, 15, 0, tzinfo=UTC)
    assert "DTSTAMP:20251029T003000Z" in feed.decode()


def test_lines_are_crlf_and_folded_at_75_octets(feed):
    assert feed.endswith(b"\r\n")
    lines = feed.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75


def test_same_input_gives_byte_identical_feed_in_any_order():
    events = sample_events()
    first = render_ics(events, name="x")
    shuffled = list(events)
    random.Random(7).shuffle(shuffled)
    assert render_ics(shuffled, name="x") == first
    assert render_ics(sample_events(), name="x") == first


def _vevents(data: bytes) -> dict[str, bytes]:
    blocks = re.findall(rb"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", data, flags=re.S)
    return {re.search(rb"\r\nUID:([^\r]+)", b).group(1).decode(): b for b in blocks}


def test_refresh_updates_events_instead_of_duplicating():
    """A later build with one more article: known events keep their UID; only the event the
    new article mentions changes (SEQUENCE, LAST-MODIFIED, DTSTAMP); nothing else moves."""
    a = day_event(date(2025, 10, 29), title="Signing")
    b = day_event(date(2025, 10, 30), title="Talks", start=40, expression="Thursday")
    before = _vevents(render_ics([a, b]))
    later = mention(doc="c.txt", source="Outlet C", published="2025-10-30T08:00:00+00:00",
                    sentence="The signing took place on Wednesday.", start=3)
    a2 = Event(a.title, a.value, a.start, a.end, a.granularity, a.status, a.mentions + (later,))
    c = day_event(date(2025, 11, 1), title="New event", start=80, expression="Saturday")
    after = _vevents(render_ics([a2, b, c]))
    assert a2.uid == a.uid
    assert set(before) <= set(after) and len(after) == 3
    assert after[b.uid] == before[b.uid]
    changed = icalendar.Event.from_ical(after[a.uid])
    old = icalendar.Event.from_ical(before[a.uid])
    assert int(changed["sequence"]) == int(old["sequence"]) + 1
    assert changed.decoded("last-modified") > old.decoded("last-modified")
    assert changed.decoded("dtstamp") == datetime(2025, 10, 30, 8, 0, tzinfo=UTC)


def test_distinct_events_never_share_a_uid():
    events = sample_events()
    uids = list(by_icalendar(render_ics(events)))
    assert len(uids) == len(set(uids)) == len(events)


def test_per_source_feeds():
    events = sample_events()
    feeds = render_feeds(events, name="News", mode="per-source")
    assert [f.filename for f in feed_plan(events, "per-source")] == [
        "events.ics", "events-outlet-a.ics", "events-outlet-b-inc.ics"]
    assert feeds["events.ics"] == render_ics(events, name="News")
    b = icalendar.Calendar.from_ical(feeds["events-outlet-b-inc.ics"])
    raw = feeds["events-outlet-b-inc.ics"].decode()
    assert "\r\nNAME:News \u2014 Outlet B\\, Inc.\r\n" in raw  # TEXT: the comma escaped
    assert "\r\nX-WR-CALNAME:News \u2014 Outlet B\\, Inc.\r\n" in raw
    (only,) = b.walk("VEVENT")
    assert str(only["summary"]) == "Deal signed in Gyeongju"
    assert "Outlet A" not in str(only["description"])
    assert str(only["url"]) == "https://example.org/b"
    combined = set(by_icalendar(feeds["events.ics"]))
    assert str(only["uid"]) not in combined
    a = by_icalendar(feeds["events-outlet-a.ics"])
    assert len(a) == len(events)  # Outlet A mentions every sample event
    assert set(render_feeds(events, mode="single")) == {"events.ics"}
    with pytest.raises(ValueError, match="unknown feed mode"):
        feed_plan(events, "weekly")


def test_only_http_urls_are_written():
    bad = day_event(date(2025, 10, 29), url="javascript:alert(1)")
    cal = icalendar.Calendar.from_ical(render_ics([bad]))
    (event,) = cal.walk("VEVENT")
    assert "url" not in event
    assert "javascript:" not in str(event["description"])


def test_empty_feed_is_valid():
    data = render_ics([], name="Nothing yet")
    cal = icalendar.Calendar.from_ical(data)
    assert cal.walk("VEVENT") == []
    assert vobject.readOne(data.decode()).name == "VCALENDAR"


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1, max_size=200,
).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_text, sentence=_text, source=_text,
       day=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 30)))
def test_any_text_round_trips_through_the_feed(title, sentence, source, day):
    """Commas, semicolons, backslashes, newlines, emoji, control characters: what a client
    reads back is what the article said, and every line stays within 75 octets."""
    event = day_event(day, title=title, sentence=sentence, source=source)
    data = render_ics([event])
    assert max(len(line) for line in data.split(b"\r\n")) <= 75
    (parsed,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    # Newlines become LF and other control characters (not allowed in TEXT) are dropped.
    assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", data.replace(b"\r\n", b""))
    assert str(parsed["summary"]) == (clean_text(title).strip() or event.value)
    assert clean_text(sentence) in str(parsed["description"])
    if clean_text(source):
        assert clean_text(source) in [str(c) for c in parsed["categories"].cats]
    if title.isprintable():
        assert str(parsed["summary"]) == title.strip()
    assert parsed.decoded("dtstart") == day
    assert by_vobject(data) == by_icalendar(data)


def test_recurring_events_carry_their_rrule():
    import dataclasses

    weekly = dataclasses.replace(day_event(date(2025, 10, 29), title="Weekly briefing"),
                                 kind="set", recurrence="FREQ=WEEKLY;BYDAY=WE")
    data = render_ics([weekly])
    assert "\r\nRRULE:FREQ=WEEKLY;BYDAY=WE\r\n" in data.decode()
    found = recurring_ical_events.of(icalendar.Calendar.from_ical(data)).between(
        date(2025, 10, 1), date(2025, 12, 1))
    assert [e.decoded("dtstart") for e in found] == [
        date(2025, 10, 29), date(2025, 11, 5), date(2025, 11, 12), date(2025, 11, 19),
        date(2025, 11, 26)]
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert "set" in [str(c) for c in event["categories"].cats]
    broken = dataclasses.replace(weekly, recurrence="not a rule")
    assert b"RRULE" not in render_ics([broken])


def _icaljs() -> tuple[str, dict[str, str]] | None:
    node = shutil.which("node")
    if node is None:
        return None
    env = dict(os.environ)
    module = env.get("ICALJS", "ical.js")
    probe = subprocess.run([node, "-e", f"require({json.dumps(module)})"], capture_output=True,
                           env=env, timeout=30)
    return (node, env) if probe.returncode == 0 else None


def test_icaljs_agrees_when_available(tmp_path):
    """ical.js (Thunderbird's parser) with the file's VTIMEZONEs registered reads the same
    UTC instants. Optional: needs node and ical.js (ICALJS=/path/to/node_modules/ical.js)."""
    found = _icaljs()
    if found is None:
        pytest.skip("node with ical.js not available (npm install ical.js; set ICALJS)")
    node, env = found
    feed = tmp_path / "events.ics"
    feed.write_bytes(render_ics(sample_events()))
    script = Path(__file__).with_name("icaljs_dump.cjs")
    done = subprocess.run([node, str(script), str(feed)], capture_output=True, text=True,
                          env=env, timeout=60, check=True)
    via_js = {uid: tuple(_js_utc(v) for v in pair) for uid, pair in json.loads(done.stdout).items()}
    assert via_js == by_icalendar(feed.read_bytes())


def _js_utc(value: str) -> str:
    if "T" not in value:
        return value
    return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()


def test_parsers_agree_at_scale():
    """500 events with times in several zones: icalendar, vobject and recurring-ical-events
    read the same UTC instants. (ics-py 0.7 is left out here: its grammar recurses once per
    content line and dies on any calendar of a few thousand lines, whoever wrote it.)"""
    from tests.export_samples import many_events, timed_event

    zones = ["America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Sydney",
             "America/Sao_Paulo", "Asia/Seoul"]
    timed = [
        timed_event(datetime(2024, 1, 1, 9, 30) + timedelta(days=37 * i, hours=i % 11),
                    zones[i % len(zones)], f"Timed {i}", start=1000 + i)
        for i in range(100)
    ]
    data = render_ics(many_events(400) + timed)
    reference = by_icalendar(data)
    assert len(reference) == 500
    assert by_vobject(data) == reference
    assert by_recurring(data) == reference
    for event in timed:
        zone = zone_of(event.timezone)
        expected = event.start.replace(tzinfo=zone).astimezone(UTC).isoformat()
        assert reference[event.uid][0] == expected, event.title


def test_history_is_written_as_runs_of_yearly_rules():
    """New York from 1970: the old rules as RRULEs ending (UNTIL, UTC) where they ended,
    1974-75's emergency dates as single onsets, the 2007 rule open-ended; the same text
    whatever years the events fall in."""
    text = vtimezone("America/New_York", 1997, 1998).to_ical().decode()
    assert text == vtimezone("America/New_York", 2023, 2025).to_ical().decode()
    assert "RRULE:FREQ=YEARLY;UNTIL=20060403T070000Z;BYDAY=1SU;BYMONTH=4" in text
    assert "DTSTART:19740106T020000\r\nTZNAME:EDT" in text
    assert "DTSTART:20070311T020000\r\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\n" in text
    assert text.count("BEGIN:DAYLIGHT") + text.count("BEGIN:STANDARD") == 9
    private = text.replace("TZID:America/New_York", "TZID:X-Old-Window-NY")
    via = dateutil_tz.tzical(io.StringIO(private)).get("X-Old-Window-NY")
    zone = zone_of("America/New_York")
    for year in (1998, 2003, 2006, 2007, 2019, 2040):
        for month in (3, 4, 10, 11):
            wall = datetime(year, month, 8, 12, 0)
            assert (wall.replace(tzinfo=via).astimezone(UTC)
                    == wall.replace(tzinfo=zone).astimezone(UTC)), wall


def test_parsers_agree_on_the_timebank_feed(shared, tmp_path):
    """The real feed of 256 TimeBank/AQUAINT articles (events from 1000 AD to 2011, times in
    several zones): icalendar, vobject and recurring-ical-events read the same instants."""
    from timeline.pipeline import BuildOptions, build

    corpus = shared / "corpora" / "tbaq"
    result = build([corpus / "TimeBank", corpus / "AQUAINT"], tmp_path,
                   BuildOptions(plotlyjs="cdn"), jobs=1)
    data = (tmp_path / "events.ics").read_bytes()
    reference = by_icalendar(data)
    assert len(reference) == result.event_count > 500
    assert by_vobject(data) == reference
    assert by_recurring(data) == reference
