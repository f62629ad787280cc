"""TimeML documents (``.tml``, as in TimeBank and AQUAINT): the text and its creation time.

The text is what ``<TEXT>`` holds with its annotation tags stripped; the publication date is
the value of the ``TIMEX3`` whose ``functionInDocument`` is ``CREATION_TIME`` (normally in
``<DCT>``). The document id (``<DOCID>``) is kept as the title when there is no other.
"""

from __future__ import annotations

from lxml import etree

from timeline.documents import Document
from timeline.sources.dates import parse_stated
from timeline.sources.model import MALFORMED, NO_TEXT, Found, Reading, ReadOptions, SourceError


def read_timeml(name: str, data: bytes, options: ReadOptions) -> Reading:
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                             huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise SourceError(f"{name}: not a readable TimeML document ({exc})", MALFORMED) from None
    if root is None:
        raise SourceError(f"{name}: not a readable TimeML document", MALFORMED)
    body = _first(root, "TEXT")
    if body is None:
        raise SourceError(f"{name}: TimeML document without a <TEXT> element", NO_TEXT)
    text = "".join(body.itertext()).strip("\n")
    title = _first(root, "TITLE")
    docid = _first(root, "DOCID")
    doc = Document(
        doc_id=name,
        text=text,
        title=(" ".join(title.itertext()).strip() if title is not None else None)
        or (" ".join(docid.itertext()).strip() if docid is not None else None),
    )
    creation = next(
        (
            el for el in root.iter("{*}TIMEX3")
            if el.get("functionInDocument") == "CREATION_TIME"
        ),
        None,
    )
    if creation is None:
        return Reading(found=[Found(doc)])
    value = (creation.get("value") or "").strip()
    try:
        stated = parse_stated(value, options)
    except ValueError:
        return Reading(found=[Found(
            doc, date_error=f"{name}: creation-time TIMEX3 has no readable value {value!r}"
        )])
    if not stated.has_day:
        return Reading(found=[Found(doc, stated.value, False)])
    return Reading(found=[Found(doc.with_published(stated.value, stated.has_time, "timeml dct"))])


def _first(root: etree._Element, tag: str) -> etree._Element | None:
    return next(root.iter(f"{{*}}{tag}"), None)
