"""Recognise an input's format from its first bytes, the extension only breaking ties.

A feed is a feed whatever its extension; a page is HTML by its doctype or ``<html>``, a
single-file saved page (MHTML) by its MIME headers;
JSON lines start with ``{``; a front-matter header (``---``) or anything else is text.
"""

from __future__ import annotations

import codecs
import re
from typing import Literal

Format = Literal["text", "html", "mhtml", "feed", "jsonl", "json", "timeml"]

EXTENSIONS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".tml": "timeml",
    ".timeml": "timeml",
}

_MIME_HEADER = re.compile(r"(?:From|MIME-Version|Snapshot-Content-Location|Content-Type):", re.I)
_PROLOGUE = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!\[CDATA\[.*?\]\]>)", re.S)
_DOCTYPE = re.compile(r"\s*<!doctype\s+([A-Za-z:_-]+)[^>]*>", re.I)
_ROOT = re.compile(r"\s*<([A-Za-z_][\w:.-]*)")
_HTML_ROOTS = {"html", "head", "body", "article", "div", "main", "section", "p", "h1", "meta",
               "title", "header", "span", "table"}
_FEED_ROOTS = {"rss", "feed", "rdf:rdf", "rdf", "channel"}


def head_text(head: bytes) -> str:
    """The first bytes as text good enough to read markup names (any ASCII-based encoding)."""
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):len(bom) + 4096].decode(codec, "replace")
    return head[:4096].decode("utf-8", "replace").lstrip("\ufeff")


def root_element(text: str) -> str | None:
    """Name of the first element after XML declarations, comments and a doctype."""
    rest = text
    while True:
        match = _PROLOGUE.match(rest) or _DOCTYPE.match(rest)
        if match is None:
            break
        if match.re is _DOCTYPE and match[1].lower() == "html":
            return "html"
        rest = rest[match.end():]
    root = _ROOT.match(rest)
    return root[1].lower() if root else None


def sniff(suffix: str, head: bytes) -> Format:
    """The format of an input named with ``suffix`` whose first bytes are ``head``."""
    by_extension = EXTENSIONS.get(suffix.lower())
    text = head_text(head)
    start = text.lstrip()
    if _MIME_HEADER.match(start) and "multipart/related" in start.lower():
        return "mhtml"
    if start.startswith("---"):
        return "text"
    if start.startswith("{"):
        return "json" if by_extension == "json" else "jsonl"
    if start.startswith("["):
        return "json"
    if start.startswith("<"):
        root = root_element(text)
        if root in _FEED_ROOTS:
            return "feed"
        if root == "timeml":
            return "timeml"
        if root in _HTML_ROOTS:
            return "html"
        if by_extension in ("timeml", "html", "feed"):
            return by_extension
        return "text"
    if by_extension in ("jsonl", "json", "timeml", "text"):
        return by_extension
    return "text"
