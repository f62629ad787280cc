"""Saved web pages: the article's main text and its publication context from the page itself.

trafilatura extracts the main text (navigation, ads, related links and comments left out)
and the title, site name and canonical URL. htmldate finds the publication date in the
page's metadata: ``<meta>`` tags (``article:published_time``, Dublin Core ...), JSON-LD
``datePublished``, ``<time>`` elements, a date in the canonical URL, a dated byline. The
original date is preferred over "last modified". htmldate runs without its opportunistic
text search and only sees the page with its paragraphs' prose removed, so a date merely
mentioned in the article ("on 2025-10-28 the ministry said") is never taken for the
publication date; its date bounds are fixed (no "today"), so the result does not depend on
the day the build runs. Neither library is given anything it could fetch: both get parsed
markup only.

Single-file saved pages (``.mhtml``, Chrome's "Webpage, Single File") are read the same way
from their HTML part. Their ``Date:`` header is when the page was saved, not published, and
is not used.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import replace
from datetime import datetime

import lxml.html
from lxml import etree

from timeline.documents import Document
from timeline.sources.dates import settle_zone
from timeline.sources.model import (
    MALFORMED,
    NO_TEXT,
    Found,
    Reading,
    ReadOptions,
    SourceError,
)

DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
EARLIEST = "1990-01-01"
LATEST = "2100-12-31"
_DATE_MARK = re.compile(r"date|time|byline|publish|posted|dateline", re.I)
_PROSE = ("p", "li", "td", "th", "blockquote", "pre", "dd", "figcaption", "caption")


def parse_page(name: str, text: str) -> lxml.html.HtmlElement:
    """The page's element tree (an XML declaration in the text is fine)."""
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise SourceError(f"{name}: not a readable HTML page ({exc})", MALFORMED) from None
    return tree


def page_date(tree: lxml.html.HtmlElement, options: ReadOptions) -> tuple[datetime, bool] | None:
    """The publication date the page's metadata states, and whether it has a time."""
    from htmldate import find_date

    found = find_date(
        _without_prose(tree),
        extensive_search=False,
        original_date=True,
        outputformat=DATE_FORMAT,
        min_date=EARLIEST,
        max_date=LATEST,
    )
    if not found:
        return None
    value = datetime.strptime(found, DATE_FORMAT) if found[-5:-4] in "+-" and len(found) > 19 \
        else datetime.fromisoformat(found)
    has_time = value.tzinfo is not None or (value.hour, value.minute, value.second) != (0, 0, 0)
    return settle_zone(value, options), has_time


def _without_prose(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of the page whose paragraphs keep only their ``<time>`` elements, except
    those marked as a byline or date (``<p class="byline">Published Oct. 28, 2025</p>``)."""
    copy = deepcopy(tree)
    for element in list(copy.iter(*_PROSE)):
        if _marked_as_date(element):
            continue
        times = [deepcopy(t) for t in element.iter("time")]
        tail = element.tail
        for child in list(element):
            element.remove(child)
        element.text = None
        for kept in times:
            kept.tail = None
            element.append(kept)
        element.tail = tail
    return copy


def _marked_as_date(element: lxml.html.HtmlElement) -> bool:
    marks = " ".join(element.get(a, "") for a in ("class", "id", "itemprop"))
    return bool(marks.strip()) and _DATE_MARK.search(marks) is not None


def read_html(name: str, text: str, options: ReadOptions) -> Reading:
    """One article from a saved page."""
    import trafilatura

    tree = parse_page(name, text)
    extracted = None
    for recall in (False, True):
        extracted = trafilatura.bare_extraction(
            deepcopy(tree),
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_recall=recall,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "min_date": EARLIEST,
                "max_date": LATEST,
            },
        )
        if extracted is not None and (extracted.text or "").strip():
            break
    if extracted is None or not (extracted.text or "").strip():
        raise SourceError(f"{name}: no article text found in the page", NO_TEXT)
    doc = Document(
        doc_id=name,
        text=extracted.text.strip(),
        source=extracted.sitename or extracted.hostname or None,
        title=extracted.title or None,
        url=extracted.url or None,
    )
    dated = page_date(tree, options)
    if dated is not None:
        doc = doc.with_published(dated[0], dated[1], "page metadata")
    return Reading(found=[Found(doc)])


def read_mhtml(name: str, data: bytes, options: ReadOptions) -> Reading:
    """One article from a single-file saved page: its first HTML part, read as a page."""
    import email
    from email import policy

    from timeline.sources.loading import decode

    message = email.message_from_bytes(data, policy=policy.compat32)
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    payload = part.get_payload(decode=True) if part is not None else None
    if not isinstance(payload, bytes) or not payload.strip():
        raise SourceError(f"{name}: saved page (MHTML) without an HTML part", MALFORMED)
    assert part is not None
    text = decode(name, payload, part.get_content_charset())
    reading = read_html(name, text, options)
    location = part.get("Content-Location") or message.get("Snapshot-Content-Location")
    if location and location.startswith(("http://", "https://")):
        reading.found = [
            replace(f, doc=replace(f.doc, url=f.doc.url or location)) for f in reading.found
        ]
    return reading
