"""RSS and Atom feeds (feedparser): every entry is a document with its own publication context.

An entry's date is its ``published`` (``pubDate``), else ``updated`` (``dc:date``), read
from the string the feed gives so its UTC offset is kept. The feed's own date never dates an
entry; it only lends a year to an undated entry's dateline. An entry whose date cannot be
read is skipped (naming the feed and the entry) unless ``--published`` overrides it. The
text is the entry's content, else its summary, else its title, with the HTML stripped; the
source is the feed's title and the URL the entry's link. JSON Feeds (jsonfeed.org) are read
the same way.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from timeline.documents import Document
from timeline.sources.dates import StatedDate, parse_stated, settle_zone
from timeline.sources.markup import html_to_text
from timeline.sources.model import MALFORMED, Found, Reading, ReadOptions, SourceError


def read_feed(
    name: str, data: bytes, options: ReadOptions, headers: Mapping[str, str] | None = None
) -> Reading:
    """Every entry of a feed file (or downloaded feed) as a document."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data), response_headers=dict(headers or {}))
    version = parsed.get("version") or ""
    if not parsed.entries:
        if parsed.get("bozo") and not version:
            problem = parsed.get("bozo_exception")
            raise SourceError(f"{name}: not a readable RSS or Atom feed ({problem})", MALFORMED)
        if not version:
            raise SourceError(f"{name}: not an RSS or Atom feed", MALFORMED)
        raise SourceError(f"{name}: feed has no entries", MALFORMED)
    feed = parsed.feed
    source = html_to_text(feed.get("title", "")) or None
    reference = _feed_date(feed, options)
    reading = Reading()
    seen: set[str] = set()
    for index, entry in enumerate(parsed.entries, start=1):
        found = _entry(name, index, entry, source, reference, options)
        if found.doc.doc_id in seen:  # a repeated entry id still names one document
            found = replace(found, doc=replace(found.doc, doc_id=f"{found.doc.doc_id}#{index}"))
        seen.add(found.doc.doc_id)
        reading.found.append(found)
    return reading


def read_json_feed(name: str, feed: Mapping[str, Any], options: ReadOptions) -> Reading:
    """A JSON Feed (jsonfeed.org): each item is an entry, read like an RSS/Atom entry."""
    items = feed.get("items")
    if not isinstance(items, list) or not items:
        raise SourceError(f"{name}: feed has no entries", MALFORMED)
    source = html_to_text(str(feed.get("title") or "")) or None
    reading = Reading()
    seen: set[str] = set()
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            continue
        html = item.get("content_html")
        entry = {
            "id": item.get("id"),
            "link": item.get("url") or item.get("external_url"),
            "title": item.get("title") or "",
            "summary": item.get("content_text") or item.get("summary") or "",
            "content": [{"value": html}] if isinstance(html, str) else [],
            "published": item.get("date_published"),
            "updated": item.get("date_modified"),
        }
        found = _entry(name, index, entry, source, None, options)
        if found.doc.doc_id in seen:
            found = replace(found, doc=replace(found.doc, doc_id=f"{found.doc.doc_id}#{index}"))
        seen.add(found.doc.doc_id)
        reading.found.append(found)
    return reading


def _feed_date(feed: Mapping[str, Any], options: ReadOptions) -> StatedDate | None:
    for key in ("published", "updated"):
        raw = feed.get(key)
        if raw:
            try:
                return parse_stated(str(raw), options)
            except ValueError:
                continue
    return None


def _entry(
    name: str,
    index: int,
    entry: Mapping[str, Any],
    source: str | None,
    reference: StatedDate | None,
    options: ReadOptions,
) -> Found:
    key = str(entry.get("id") or entry.get("link") or index).strip()
    title = html_to_text(entry.get("title", "")) or None
    doc = Document(
        doc_id=f"{name}#{key}",
        text=_entry_text(entry) or (title or ""),
        source=source,
        title=title,
        url=entry.get("link") or None,
    )
    label = f"{name}: entry {index}" + (f" ({title[:60]!r})" if title else "")
    for field in ("published", "updated", "created"):
        raw = entry.get(field)
        if not raw:
            continue
        try:
            stated = parse_stated(str(raw), options)
        except ValueError:
            fallback = entry.get(f"{field}_parsed")
            if fallback is None:
                return Found(doc, date_error=f"{label}: unreadable date {str(raw)[:60]!r}")
            stated = StatedDate(
                settle_zone(datetime(*fallback[:6], tzinfo=UTC), options), True
            )
        if not stated.has_day:
            return Found(doc, stated.value, False)
        return Found(doc.with_published(stated.value, stated.has_time, "feed entry"))
    if reference is None:
        return Found(doc)
    return Found(doc, reference.value, reference.has_day)


def _entry_text(entry: Mapping[str, Any]) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) or []]
    best = max(contents, key=len, default="")
    text = html_to_text(best) if best.strip() else ""
    if not text:
        text = html_to_text(entry.get("summary", "") or "")
    return text
