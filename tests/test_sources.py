"""Reading articles as people have them: pages, feeds, JSON lines, TimeML, text; and bad input."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.sources import loading, read_documents
from timeline.sources.dateline import find_dateline

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
PAGES = FIXTURES / "pages"


def one(path: Path | str, **kwargs):
    report = read_documents([path], **kwargs)
    assert len(report.documents) == 1, report.skipped
    return report.documents[0]


def skipped(path: Path | str, **kwargs) -> list[str]:
    report = read_documents([path], **kwargs)
    assert not report.documents
    return [message for _, message in report.skipped]


# --- HTML pages ---------------------------------------------------------------------------


def test_page_main_text_without_furniture_and_metadata_from_the_page():
    doc = one(PAGES / "tech-pact.html")
    assert "will sign a science and technology agreement on Wednesday" in doc.text
    assert "set for Thursday in Busan" in doc.text
    for furniture in ("Subscribe now", "Markets close on Friday", "tariffs due on Sunday",
                      "All rights reserved", "Home"):
        assert furniture not in doc.text
    assert doc.title == "Korea, US to sign tech pact"
    assert doc.source == "Example Herald"
    assert doc.url == "https://herald.example/news/tech-pact"
    # the original publication time, not the modification time, with its offset
    assert doc.published == datetime.fromisoformat("2025-10-29T08:30:00+09:00")
    assert doc.published_has_time
    assert doc.published_from == "page metadata"
    assert doc.dct == date(2025, 10, 29)


def test_page_date_from_json_ld_is_a_day_in_the_given_zone():
    doc = one(PAGES / "summit-jsonld.htm", timezone="Asia/Seoul")
    assert doc.dct == date(2025, 10, 28)
    assert not doc.published_has_time
    assert doc.timezone == "Asia/Seoul"
    assert doc.published_from == "page metadata"
    assert doc.source == "Gyeongju Daily"


def test_page_without_metadata_is_dated_by_its_dateline():
    doc = one(PAGES / "wire-dateline.html")
    assert doc.dct == date(2025, 10, 28)
    assert doc.published_from == "dateline"
    assert doc.published.utcoffset() == timedelta(0)  # no --timezone: UTC
    assert doc.source == "Reuters"  # no site name: the dateline's agency


def test_date_mentioned_in_page_prose_is_never_taken_for_the_publication_date():
    [message] = skipped(FIXTURES / "undated-page.html")
    assert "undated-page.html" in message and "no publication date" in message


def test_page_in_declared_legacy_encoding_is_decoded():
    doc = one(FIXTURES / "cp1252-page.html")
    assert "Café Central on Tuesday – “the talks went well”" in doc.text
    assert doc.title == "Café summit"
    assert doc.dct == date(2025, 10, 29)


def test_single_file_saved_page_is_read_from_its_html_part():
    doc = one(PAGES / "tech-pact-chrome.mhtml")
    assert "set for Thursday in Busan, the café owners" in doc.text
    assert doc.published == datetime.fromisoformat("2025-10-29T08:30:00+09:00")
    assert doc.published_from == "page metadata"  # not the MHTML Date: header (saved at 10:00)
    assert doc.url == "https://herald.example/news/tech-pact"


def test_html_is_recognised_whatever_the_extension(tmp_path):
    copy = tmp_path / "saved-article.txt"
    shutil.copy(PAGES / "tech-pact.html", copy)
    doc = one(copy)
    assert doc.published_from == "page metadata"
    assert "<p>" not in doc.text


# --- feeds --------------------------------------------------------------------------------


def test_rss_entries_are_documents_with_their_own_context():
    report = read_documents([FIXTURES / "feed.rss"])
    docs = {d.doc_id.split("#", 1)[1]: d for d in report.documents}
    pact = docs["https://herald.example/news/tech-pact"]
    assert pact.published == datetime.fromisoformat("2025-10-29T08:30:00+09:00")
    assert pact.published_from == "feed entry"
    assert pact.source == "Example Herald - World"
    assert pact.title == "Korea, US to sign technology pact"
    assert pact.url == "https://herald.example/news/tech-pact"
    assert pact.text == ("Korea and the United States will sign a technology agreement on "
                         "Wednesday.\n\nThe talks with China are set for Thursday.")
    # an undated entry: its dateline's year comes from the feed's own date
    summit = docs["summit-2"]
    assert summit.published_from == "dateline"
    assert summit.dct == date(2025, 10, 28)


def test_feed_entry_with_a_broken_date_is_skipped_naming_feed_and_entry():
    report = read_documents([FIXTURES / "feed.rss"])
    assert len(report.documents) == 2
    [(doc_id, message)] = report.skipped
    assert doc_id.endswith("feed.rss#broken-3")
    assert "feed.rss: entry 3 ('Broken date')" in message and "Octember" in message
    assert report.reasons == {"unreadable date": 1}


def test_command_line_date_overrides_every_entry_even_a_broken_one():
    published = datetime.fromisoformat("2025-11-01T00:00:00+00:00")
    report = read_documents([FIXTURES / "feed.rss"], published=published)
    assert len(report.documents) == 3 and not report.skipped
    assert {d.published_from for d in report.documents} == {"command line"}
    assert {d.published for d in report.documents} == {published}


def test_atom_entries_keep_their_offset_and_utc_moves_into_the_given_zone():
    report = read_documents([FIXTURES / "feed.atom"], timezone="Asia/Seoul")
    by_title = {d.title: d for d in report.documents}
    busan = by_title["Leaders meet in Busan"]
    assert busan.published == datetime.fromisoformat("2025-10-30T11:15:00+09:00")
    assert busan.timezone == "Asia/Seoul"
    assert busan.text == "Trump and Xi meet in Busan on Thursday, a day after the signing."
    markets = by_title["Markets close higher"]  # only <updated>, in UTC
    assert markets.dct == date(2025, 10, 30)  # 22:40Z is 07:40 the next day in Seoul
    assert markets.published_from == "feed entry"
    without_zone = read_documents([FIXTURES / "feed.atom"]).documents
    assert {d.title: d.dct for d in without_zone}["Markets close higher"] == date(2025, 10, 29)


@pytest.mark.parametrize("name", ["news.xml", "news.txt", "news", "news.html"])
def test_feed_is_a_feed_whatever_its_extension(tmp_path, name):
    copy = tmp_path / name
    shutil.copy(FIXTURES / "feed.atom", copy)
    report = read_documents([copy])
    assert [d.published_from for d in report.documents] == ["feed entry", "feed entry"]


def test_feed_with_no_readable_content_is_reported(tmp_path):
    broken = tmp_path / "broken.rss"
    broken.write_text("<rss version='2.0'><channel><title>x</title></channel></rss>",
                      encoding="utf-8")
    [message] = skipped(broken)
    assert "broken.rss" in message and "no entries" in message


# --- JSON lines, JSON, TimeML, text -------------------------------------------------------


def test_json_lines_keep_good_lines_and_report_bad_ones_by_number():
    report = read_documents([FIXTURES / "articles.jsonl"])
    ids = [d.doc_id.rsplit("#", 1)[1] for d in report.documents]
    assert ids == ["pact", "8"]
    pact, wire = report.documents
    assert pact.published == datetime.fromisoformat("2025-10-29T09:00:00+09:00")
    assert (pact.title, pact.source, pact.url) == ("Pact", "Example Herald",
                                                   "https://herald.example/pact")
    assert pact.published_from == "json field"
    assert wire.timezone == "America/New_York" and wire.dct == date(2025, 10, 28)
    messages = "\n".join(m for _, m in report.skipped)
    assert "articles.jsonl:line 3: invalid JSON" in messages
    assert "articles.jsonl:line 4: expected a JSON object" in messages
    assert "articles.jsonl:line 5: no 'text'" in messages
    assert "articles.jsonl:line 6: 'published'" in messages
    assert "gives no year" in messages  # line 2: dateline without year, nothing else
    assert len(report.skipped) == 5


def test_json_lines_are_recognised_by_content(tmp_path):
    dump = tmp_path / "dump.txt"
    dump.write_text(json.dumps({"text": "Vote on Friday.", "published": "2025-10-29"}) + "\n",
                    encoding="utf-8")
    assert one(dump).published_from == "json field"


def test_json_array_of_records(tmp_path):
    dump = tmp_path / "dump.json"
    dump.write_text(json.dumps([{"text": "Vote on Friday.", "published": "2025-10-29"},
                                {"text": "Vote on Monday.", "date": "2025-10-30"}]),
                    encoding="utf-8")
    report = read_documents([dump])
    assert [d.dct for d in report.documents] == [date(2025, 10, 29), date(2025, 10, 30)]


def test_timeml_text_without_tags_and_its_dct():
    doc = one(FIXTURES / "article.tml")
    assert doc.text.strip() == ("The agreement will be signed on Wednesday, and the talks "
                                "are set for Thursday.")
    assert doc.dct == date(2025, 10, 29)
    assert doc.published_from == "timeml dct"
    assert doc.title == "Pact to be signed"


def test_text_with_front_matter_and_its_zone():
    doc = one(Path(__file__).parent.parent / "seeds" / "001_78b44be79ad1fe25.txt")
    assert doc.published_from == "front matter"
    assert doc.timezone == "Asia/Seoul"


def test_front_matter_date_without_zone_takes_the_given_timezone(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("---\npublished: 2025-10-29 08:00\n---\nVote on Friday.\n",
                       encoding="utf-8")
    doc = one(article, timezone="Europe/Paris")
    assert doc.timezone == "Europe/Paris" and doc.published.hour == 8


def test_text_dated_by_its_dateline():
    doc = one(FIXTURES / "dateline.txt")
    assert doc.published_from == "dateline"
    assert doc.dct == date(2025, 10, 28)
    assert not doc.published_has_time


def test_yearless_dateline_gives_no_date_and_the_clock_is_never_used():
    [message] = skipped(FIXTURES / "yearless-dateline.txt")
    assert "yearless-dateline.txt" in message and "gives no year" in message


def test_command_line_beats_metadata():
    published = datetime.fromisoformat("2025-01-02T00:00:00+00:00")
    doc = one(PAGES / "tech-pact.html", published=published)
    assert doc.published == published and doc.published_from == "command line"


# --- bad input ----------------------------------------------------------------------------


def test_each_bad_input_gets_one_line_and_the_rest_of_the_batch_goes_on(tmp_path, monkeypatch):
    (tmp_path / "empty.txt").write_bytes(b"  \n\n")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "huge.txt").write_text("---\npublished: 2025-10-29\n---\n" + "x" * 5000,
                                       encoding="utf-8")
    (tmp_path / "secret.txt").write_text("---\npublished: 2025-10-29\n---\nhi\n",
                                         encoding="utf-8")
    (tmp_path / "bad-front.txt").write_text("---\npublished: 2025-10-29\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("---\npublished: 2025-10-29\n---\nTalks on Friday.\n", encoding="utf-8")
    monkeypatch.setattr(loading, "MAX_BYTES", 1000)
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    report = read_documents([tmp_path, tmp_path / "missing.txt"])
    assert [d.doc_id for d in report.documents] == [str(good)]
    messages = {Path(doc_id).name: message for doc_id, message in report.skipped}
    assert "empty file" in messages["empty.txt"]
    assert "binary file" in messages["image.html"]
    assert "too large" in messages["huge.txt"] and "limit" in messages["huge.txt"]
    assert "permission denied" in messages["secret.txt"]
    assert "never closed" in messages["bad-front.txt"]
    assert "no such file" in messages["missing.txt"]
    for name, message in messages.items():
        assert name in message and "\n" not in message
    assert report.reasons == {"empty file": 1, "binary file": 1, "too large": 1,
                              "unreadable": 1, "malformed input": 1, "no such file": 1}
    assert report.summary()[0] == "1 document read, 6 skipped"


def test_non_utf8_text_is_decoded_by_detection(tmp_path):
    article = tmp_path / "latin.txt"
    body = ("---\npublished: 2025-10-29\n---\nLe président a déclaré que la réunion "
            "aura lieu vendredi à Genève, après les négociations de la semaine dernière.\n")
    article.write_bytes(body.encode("latin-1"))
    assert "président a déclaré" in one(article).text


def test_stray_undecodable_json_line_is_reported_with_its_number(tmp_path):
    dump = tmp_path / "dump.jsonl"
    good = json.dumps({"text": "Vote on Friday. " * 20, "published": "2025-10-29"}).encode()
    head = b"\n".join([good] * 300)  # over the sample the encoding is judged on: UTF-8
    dump.write_bytes(head + b'\n{"text": "\xff\xfe\xfa\x81", "published": "2025-10-30"}\n')
    report = read_documents([dump])
    assert len(report.documents) == 300
    [(_, message)] = report.skipped
    assert "dump.jsonl:line 301: not valid utf-8 text" in message


def test_json_lines_in_a_legacy_encoding_are_decoded(tmp_path):
    dump = tmp_path / "dump.jsonl"
    text = ("Le président sera à Genève vendredi, a déclaré le ministère. Les négociations "
            "reprendront après la fête, où les élèves étaient très nombreux. Ça été une "
            "journée très chargée à l'Élysée, où le chef de l'État a reçu ses homologues.")
    lines = [{"text": text, "published": "2025-10-29"}] * 3
    dump.write_bytes("\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
                     .encode("cp1252"))
    report = read_documents([dump])
    assert [d.text for d in report.documents] == [lines[0]["text"]] * 3


def test_json_lines_are_streamed_and_an_overlong_line_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setattr(loading, "MAX_BYTES", 200)
    dump = tmp_path / "big.jsonl"
    lines = [json.dumps({"text": f"Vote number {i} on Friday.", "published": "2025-10-29"})
             for i in range(50)]
    lines[10] = json.dumps({"text": "x" * 500, "published": "2025-10-29"})
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = read_documents([dump])  # 50 lines: far over the cap as a whole file
    assert len(report.documents) == 49
    [(_, message)] = report.skipped
    assert "big.jsonl:line 11: line too long" in message


def test_folder_walk_skips_saved_page_assets(tmp_path):
    shutil.copy(PAGES / "tech-pact.html", tmp_path / "pact.html")
    assets = tmp_path / "pact_files"
    assets.mkdir()
    (assets / "ad-frame.html").write_text("<html><body><p>Buy now</p></body></html>")
    (assets / "style.css").write_text("body {}")
    report = read_documents([tmp_path])
    assert [Path(d.doc_id).name for d in report.documents] == ["pact.html"]
    assert not report.skipped


def test_strict_report_is_not_ok_when_anything_was_skipped():
    report = read_documents([FIXTURES / "feed.rss"], strict=True)
    assert report.read == 2 and not report.ok
    assert read_documents([FIXTURES / "feed.rss"]).ok


# --- datelines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "agency", "day"),
    [
        ("SEOUL, Oct. 28 (Yonhap) -- South Korea said", "SEOUL", "Yonhap", (None, 10, 28)),
        ("WASHINGTON (AP) — The Senate voted", "WASHINGTON", "AP", None),
        ("NEW YORK, October 28, 2025 /PRNewswire/ -- Acme", "NEW YORK", "PRNewswire",
         (2025, 10, 28)),
        ("LONDON, 28 Oct 2025 (Reuters) - Britain", "LONDON", "Reuters", (2025, 10, 28)),
        ("SAN FRANCISCO, Calif., Oct. 28, 2025 /PRNewswire/ -- X", "SAN FRANCISCO, Calif.",
         "PRNewswire", (2025, 10, 28)),
        ("Headline\n\nGYEONGJU, South Korea, Oct. 29 (AP) — Leaders", "GYEONGJU, South Korea",
         "AP", (None, 10, 29)),
    ],
)
def test_datelines(text, place, agency, day):
    found = find_dateline(text)
    assert found is not None
    assert text[found.start:found.end] == found.text
    assert (found.place, found.agency) == (place, agency)
    assert ((found.year, found.month, found.day) if found.has_day else None) == day


@pytest.mark.parametrize("text", ["However, Oct. 28 - the vote", "The talks - which began",
                                  "On Oct. 28 (Tuesday) - nothing"])
def test_sentences_are_not_datelines(text):
    assert find_dateline(text) is None


def test_dateline_year_from_a_nearby_reference_crosses_new_year():
    found = find_dateline("SEOUL, Dec. 31 (Yonhap) -- Fireworks")
    assert found is not None
    assert found.date(datetime(2026, 1, 2), reference_has_day=True) == date(2025, 12, 31)
    assert found.date(datetime(2026, 1, 1), reference_has_day=False) == date(2026, 12, 31)
    assert found.date(None) is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_dateline_search_never_fails_on_any_text(text):
    found = find_dateline(text)
    if found is not None:
        assert found.text in text


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_reading_never_raises_on_arbitrary_bytes(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    for suffix in (".txt", ".html", ".rss", ".jsonl", ".tml"):
        (folder / f"input{suffix}").write_bytes(data)
    report = read_documents([folder])
    for doc_id, message in report.skipped:
        assert "\n" not in message and Path(doc_id.split("#")[0].split(":line")[0]).name
    for doc in report.documents:
        assert doc.published is not None and doc.published.tzinfo is not None


def test_timeml_corpus_texts_and_creation_times_match_the_shared_gold(shared):
    """Every TimeBank/AQUAINT document reads with the DCT and text the gold JSON lines give."""
    corpus = shared / "corpora" / "tbaq"
    gold = {}
    for name in ("timebank.jsonl", "aquaint.jsonl"):
        for line in (corpus / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            gold[record["doc"]] = record
    report = read_documents([corpus / "TimeBank", corpus / "AQUAINT"])
    assert not report.skipped
    assert len(report.documents) == len(gold)
    for doc in report.documents:
        record = gold[Path(doc.doc_id).stem]
        assert doc.published_from == "timeml dct"
        assert str(doc.dct) == record["dct"], doc.doc_id
        assert doc.text.strip() == record["text"].strip(), doc.doc_id


def test_feed_entries_without_ids_or_with_repeated_ids_stay_distinct(tmp_path):
    feed = tmp_path / "feed.xml"
    items = "".join(
        f"<item><title>T{i}</title><guid>same</guid><pubDate>Wed, 29 Oct 2025 0{i}:00:00 GMT"
        f"</pubDate><description>Vote number {i} on Friday.</description></item>"
        for i in range(3)
    ) + ("<item><title>No id</title><pubDate>Wed, 29 Oct 2025 09:00:00 GMT</pubDate>"
         "<description>Vote on Monday.</description></item>")
    feed.write_text(f"<rss version='2.0'><channel><title>F</title>{items}</channel></rss>",
                    encoding="utf-8")
    ids = [d.doc_id.split("#", 1)[1] for d in read_documents([feed]).documents]
    assert ids == ["same", "same#2", "same#3", "4"]


def test_gzipped_dumps_and_feeds_are_read_and_a_corrupt_one_reported(tmp_path):
    import gzip

    lines = [json.dumps({"text": f"Vote {i} on Friday.", "published": "2025-10-29"})
             for i in range(3)]
    with gzip.open(tmp_path / "dump.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    (tmp_path / "feed.rss.gz").write_bytes(gzip.compress((FIXTURES / "feed.rss").read_bytes()))
    (tmp_path / "broken.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n')[:12])
    (tmp_path / "photo.jpg.gz").write_bytes(gzip.compress(b"\xff\xd8\xff" + bytes(100)))
    report = read_documents([tmp_path])
    origins = sorted(d.published_from for d in report.documents)
    assert origins == ["dateline"] + ["feed entry"] + ["json field"] * 3
    messages = dict(report.skipped)
    assert "not a valid gzip file" in messages[str(tmp_path / "broken.jsonl.gz")]
    assert not any("photo" in m for m in messages)  # not an article format: not walked


def test_metadata_without_a_day_lends_its_year_to_a_dateline(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"text": "SEOUL, Oct. 28 (Yonhap) -- Talks on Friday.",
                                "published": "2025-10"}) + "\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: October 2025\n---\nSEOUL, Oct. 27 (Yonhap) -- Vote.\n",
                       encoding="utf-8")
    report = read_documents([dump, article])
    assert [(d.dct, d.published_from) for d in report.documents] == [
        (date(2025, 10, 28), "dateline"), (date(2025, 10, 27), "dateline")]


def test_metadata_without_a_day_and_no_dateline_is_skipped(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 2025-10\n---\nThe vote is on Friday.\n",
                       encoding="utf-8")
    [message] = skipped(article)
    assert "a.txt" in message and "no publication date" in message


def test_a_byline_marked_as_such_dates_the_page_but_prose_does_not(tmp_path):
    body = ("<p>The ministers will meet again in Tokyo on Friday, officials told reporters "
            "after the session of 2025-10-20, to settle the remaining details.</p>"
            "<p>Officials said the agreement had been negotiated for months and would be "
            "reviewed again next year, according to a statement released to reporters.</p>")
    page = tmp_path / "byline.html"
    page.write_text(f"<html><head><title>Ministers</title></head><body><article>"
                    f"<h1>Ministers meet</h1><p class='article-date'>Published: 27.10.2025</p>"
                    f"{body}</article></body></html>", encoding="utf-8")
    doc = one(page)
    assert (doc.dct, doc.published_from) == (date(2025, 10, 27), "page metadata")
    assert "Tokyo on Friday" in doc.text


def test_a_known_dateline_city_gives_the_zone_when_none_is_given(tmp_path):
    dump = tmp_path / "dump.jsonl"
    records = [
        {"text": "WASHINGTON (AP) — The Senate votes on Friday.", "published": "2025-10-28"},
        {"text": "WASHINGTON (AP) — The House votes on Friday.",
         "published": "2025-10-29T02:00:00Z"},
        {"text": "SEOUL, Oct. 28, 2025 (Yonhap) -- Talks on Friday."},
        {"text": "GYEONGJU, South Korea (AP) — Leaders meet.", "published": "2025-10-29",
         "timezone": "Asia/Kolkata"},
    ]
    dump.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    docs = read_documents([dump]).documents
    assert [(d.timezone, d.dct) for d in docs] == [
        ("America/New_York", date(2025, 10, 28)),
        ("America/New_York", date(2025, 10, 28)),  # 02:00Z is 22:00 the day before
        ("Asia/Seoul", date(2025, 10, 28)),
        ("Asia/Kolkata", date(2025, 10, 29)),  # a zone the record states is kept
    ]
    given = read_documents([dump], timezone="Europe/Paris").documents
    assert [d.timezone for d in given] == ["Europe/Paris"] * 3 + ["Asia/Kolkata"]
    summit = {d.title: d for d in read_documents([FIXTURES / "feed.rss"]).documents}
    assert summit["Summit schedule"].timezone == "Asia/Seoul"


@pytest.mark.parametrize(
    ("published", "expected", "has_time"),
    [
        (1761701400, "2025-10-29T01:30:00+00:00", True),  # epoch seconds (a JSON number)
        ("1761701400000", "2025-10-29T01:30:00+00:00", True),  # epoch milliseconds
        ("20251029", "2025-10-29T00:00:00+00:00", False),  # ISO basic date
        ("Oct 29, 2025 3pm EST", "2025-10-29T15:00:00-05:00", True),  # hour and zone name
        ("2025-10-29 08:30 KST", "2025-10-29T08:30:00+09:00", True),
        ("Wed, 29 Oct 2025 08:30:00 +0900", "2025-10-29T08:30:00+09:00", True),  # RFC 822
        ("29 October 2025", "2025-10-29T00:00:00+00:00", False),
    ],
)
def test_stated_dates_in_the_forms_dumps_use(tmp_path, published, expected, has_time):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"text": "Vote on Friday.", "published": published}) + "\n",
                    encoding="utf-8")
    doc = one(dump)
    assert doc.published == datetime.fromisoformat(expected)
    assert doc.published.utcoffset() == datetime.fromisoformat(expected).utcoffset()
    assert doc.published_has_time is has_time


def test_reading_pages_and_feeds_never_opens_a_connection(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    report = read_documents([FIXTURES])
    assert report.read == 14
    assert not any("AssertionError" in message for _, message in report.skipped)


def test_an_ambiguous_numeric_date_is_refused_not_guessed(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 10/11/2025\n---\nThe vote is on Friday.\n",
                       encoding="utf-8")
    [message] = skipped(article)
    assert "a.txt" in message and "ambiguous date '10/11/2025'" in message
    article.write_text("---\npublished: 27/10/2025\n---\nThe vote is on Friday.\n",
                       encoding="utf-8")
    assert one(article).dct == date(2025, 10, 27)


def test_json_feed_items_are_entries():
    report = read_documents([FIXTURES / "feed.json"])
    [doc] = report.documents
    assert doc.doc_id.endswith("feed.json#live-1")
    assert (doc.source, doc.title, doc.url) == ("Gyeongju Summit Live", "Leaders arrive",
                                                "https://summit.example/live/1")
    assert doc.text == "The leaders arrive today; the gala dinner is on Thursday."
    assert doc.published == datetime.fromisoformat("2025-10-29T18:00:00+09:00")
    assert doc.published_from == "feed entry"
    [(_, message)] = report.skipped
    assert "feed.json: entry 2 ('Schedule'): unreadable date 'not a date'" in message


def test_static_site_markdown_front_matter_is_read(tmp_path):
    post = tmp_path / "2025-10-29-summit.md"
    post.write_text("---\nlayout: post\ntitle: \"Summit: day one\"\n"
                    "date: 2025-10-29 08:00:00 +0900\ntags:\n  - apec\n  - korea\n"
                    "author: Jane Roe\n---\nThe leaders meet again on Thursday.\n",
                    encoding="utf-8")
    doc = one(post)
    assert doc.title == "Summit: day one"
    assert doc.published == datetime.fromisoformat("2025-10-29T08:00:00+09:00")
    assert doc.published_from == "front matter"
