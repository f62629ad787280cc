"""Plain text and Markdown articles, with an optional front-matter header.

The header is a block of ``key: value`` lines between two ``---`` lines at the very top::

    ---
    published: 2025-10-29
    timezone: Asia/Seoul
    source: Example Daily
    title: Korea and US to sign technology pact
    url: https://example.com/article
    ---
    Article text ...

Keys: ``published`` (or ``date``: a date or datetime; without it a dateline or
``--published`` dates the article), ``timezone`` (IANA name), ``source`` (outlet),
``title``, ``url``. Other keys, as static-site generators write them (``layout``,
``tags``, ``author`` ...), are ignored, so Jekyll/Hugo Markdown reads as is.
"""

from __future__ import annotations

from timeline.documents import Document, InputError, zone
from timeline.sources.dates import parse_stated
from timeline.sources.model import BAD_DATE, MALFORMED, Found, Reading, ReadOptions, SourceError

KEYS = {"published", "timezone", "source", "title", "url"}
ALIASES = {"date": "published", "outlet": "source", "tz": "timezone", "link": "url"}


def split_front_matter(raw: str, name: str) -> tuple[dict[str, str], str]:
    """Split a header off the text; returns (fields, body). No header gives ({}, raw)."""
    text = raw[1:] if raw.startswith("\ufeff") else raw
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text
    fields: dict[str, str] = {}
    for index, line in enumerate(lines[1:], start=2):
        stripped = line.strip()
        if stripped == "---":
            return fields, "".join(lines[index:])
        if not stripped or stripped.startswith("#"):
            continue
        if line[:1].isspace() or stripped.startswith("-"):
            continue  # a YAML continuation or list item (tags: ...) of a key we do not use
        key, sep, value = stripped.partition(":")
        if not sep or not key.strip():
            raise InputError(f"{name}: line {index}: front matter wants 'key: value' lines")
        key = ALIASES.get(key.strip().lower(), key.strip().lower())
        if key in KEYS:  # other keys (layout, tags, author ... of static-site headers) ignored
            fields[key] = value.strip().strip('"').strip("'")
    raise InputError(f"{name}: front matter opened with '---' on line 1 is never closed")


def read_text(name: str, raw: str, options: ReadOptions) -> Reading:
    """A text or Markdown article. A front-matter date is read like any stated date
    (``timeline.sources.dates``) in its ``timezone:``, else ``options.timezone``
    (``--timezone``), else UTC; an unreadable one is kept as ``date_error`` so that
    ``--published`` can still override it."""
    fields, body = split_front_matter(raw, name)
    doc = Document(
        doc_id=name,
        text=body,
        source=fields.get("source") or None,
        title=fields.get("title") or None,
        url=fields.get("url") or None,
    )
    date_error = None
    stated = fields.get("published")
    tz = fields.get("timezone")
    if tz:
        try:
            zone(tz)
        except ValueError as exc:
            raise SourceError(f"{name}: front matter: {exc}", BAD_DATE) from None
    if stated:
        try:
            found = parse_stated(stated, ReadOptions(timezone=tz or options.timezone))
        except ValueError as exc:
            date_error = f"{name}: front matter: {exc}"
        else:
            if not found.has_day:  # "published: 2025-10" only lends its year to a dateline
                return Reading(found=[Found(doc, found.value, False)])
            doc = doc.with_published(found.value, found.has_time, "front matter")
    elif tz:
        raise SourceError(f"{name}: front matter gives a timezone but no 'published' date",
                          MALFORMED)
    return Reading(found=[Found(doc, date_error=date_error)])
