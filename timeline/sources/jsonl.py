"""JSON lines (one article per line) and JSON files holding an array of the same records
(or a JSON Feed, handed to ``feeds``).

A record is ``{"text", "published", "title", "source", "url"}``; ``timezone`` (IANA) and
``id`` are optional, as are the aliases ``date``, ``outlet``, ``link`` and ``content``.
A bad line is skipped as ``file:line N: reason`` and the rest of the file is kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from timeline.documents import Document, parse_published, zone
from timeline.sources.dates import parse_stated
from timeline.sources.model import (
    MALFORMED,
    TOO_LARGE,
    UNDECODABLE,
    Found,
    Reading,
    ReadOptions,
    Skip,
    SourceError,
)

ALIASES = {"date": "published", "outlet": "source", "link": "url", "content": "text",
           "body": "text"}
TEXT_FIELDS = ("text", "published", "title", "source", "url", "timezone", "id")

# (line number, raw bytes) or (line number, None) for a line over the size limit
Line = tuple[int, bytes | None]


def lines_encoding(head: bytes) -> str:
    """The encoding of a JSON-lines file judged on its first bytes: UTF-8 (as JSON should
    be) unless they are not, then the detected one."""
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # a character cut by the end of the sample
            return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    return best.encoding if best is not None else "utf-8"


def read_json_lines(
    name: str, lines: Iterable[Line], options: ReadOptions, encoding: str = "utf-8"
) -> Reading:
    """Documents of a JSON-lines file; ``lines`` is streamed, never held whole. Each line
    is decoded with ``encoding`` (see ``lines_encoding``); one that does not decode is
    skipped by number."""
    reading = Reading()
    for lineno, raw in lines:
        where = f"{name}:line {lineno}"
        if raw is None:
            reading.skips.append(Skip(where, f"{where}: line too long, skipped", TOO_LARGE))
            continue
        if not raw.strip():
            continue
        try:
            text = (raw.lstrip(b"\xef\xbb\xbf") if lineno == 1 else raw).decode(encoding)
            item = json.loads(text.strip())
        except UnicodeDecodeError as exc:
            reading.skips.append(Skip(
                where, f"{where}: not valid {encoding} text ({exc.reason} at byte {exc.start})",
                UNDECODABLE,
            ))
            continue
        except json.JSONDecodeError as exc:
            reading.skips.append(
                Skip(where, f"{where}: invalid JSON ({exc.msg} at column {exc.colno})",
                     MALFORMED)
            )
            continue
        _add(reading, where, f"{name}#{lineno}", item, options)
    return reading


def read_json(name: str, text: str, options: ReadOptions) -> Reading:
    """A ``.json`` file: an array of records, one record, or JSON lines after all."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            return read_json_lines(name, _numbered(text), options)
        raise SourceError(
            f"{name}: invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})",
            MALFORMED,
        ) from None
    if isinstance(value, dict) and "jsonfeed.org" in str(value.get("version", "")):
        from timeline.sources.feeds import read_json_feed

        return read_json_feed(name, value, options)
    reading = Reading()
    if isinstance(value, dict) and not ("text" in value or "content" in value):
        value = next((v for v in value.values() if isinstance(v, list)), value)
    records = value if isinstance(value, list) else [value]
    for index, item in enumerate(records, start=1):
        where = f"{name}: record {index}"
        _add(reading, where, f"{name}#{index}", item, options)
    return reading


def _numbered(text: str) -> Iterator[Line]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        yield lineno, line.encode("utf-8")


def _add(reading: Reading, where: str, default_id: str, item: Any, options: ReadOptions) -> None:
    try:
        reading.found.append(_record(where, default_id, item, options))
    except SourceError as exc:
        reading.skips.append(Skip(where, str(exc), exc.reason))


def _record(where: str, default_id: str, item: Any, options: ReadOptions) -> Found:
    if not isinstance(item, dict):
        raise SourceError(f"{where}: expected a JSON object, got {type(item).__name__}",
                          MALFORMED)
    record = {ALIASES.get(k, k): v for k, v in item.items() if isinstance(k, str)}
    for key in TEXT_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str | int | float):
            raise SourceError(f"{where}: '{key}' must be a string", MALFORMED)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SourceError(f"{where}: no 'text'", MALFORMED)
    record_id = record.get("id")
    doc = Document(
        doc_id=f"{default_id.rsplit('#', 1)[0]}#{record_id}" if record_id else default_id,
        text=text,
        title=_string(record.get("title")),
        source=_string(record.get("source")),
        url=_string(record.get("url")),
    )
    published = _string(record.get("published"))
    tz = _string(record.get("timezone"))
    if tz:
        try:
            zone(tz)
        except ValueError as exc:
            raise SourceError(f"{where}: {exc}", MALFORMED) from None
    if not published:
        return Found(doc)
    try:
        if tz:
            value, has_time = parse_published(published, tz)
            return Found(doc.with_published(value, has_time, "json field"))
        stated = parse_stated(published, options)
    except ValueError as exc:
        return Found(doc, date_error=f"{where}: 'published': {exc}")
    if not stated.has_day:
        return Found(doc, stated.value, False)
    return Found(doc.with_published(stated.value, stated.has_time, "json field"))


def _string(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
