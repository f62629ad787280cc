"""Read articles from files and folders: pick a reader per file, apply publication context.

Readers take a path and its decoded text and return Documents; they depend on
``timeline.documents`` only. ``read_documents`` is the one entry point.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from timeline.documents import Document, InputError
from timeline.sources.text import read_text_file

Reader = Callable[[Path, str], list[Document]]

# Extension → reader. Other formats register here.
READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".md": read_text_file,
    ".text": read_text_file,
}
SKIPPED_NAMES = {"readme", "readme.md", "readme.txt", "license", "license.txt"}


@dataclass
class ReadReport:
    """What reading gave: usable documents and, per skipped input, why."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and the readable files under folders, in sorted order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and not any(part.startswith(".") for part in child.relative_to(path).parts)
                    and child.suffix.lower() in READERS
                    and child.name.lower() not in SKIPPED_NAMES
                ):
                    yield child
        else:
            yield path


def decode(path: Path, data: bytes) -> str:
    """Text of a file: UTF-8 (with or without BOM), else a detected encoding."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{path}: not UTF-8 and no text encoding could be detected")
    return str(best)


def read_file(path: Path) -> list[Document]:
    """Documents in one file (one for an article, many for a feed or JSON lines)."""
    reader = READERS.get(path.suffix.lower(), read_text_file)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{path}: empty file")
    return reader(path, decode(path, data))


def apply_context(
    doc: Document, published: datetime | None, has_time: bool = False
) -> Document:
    """Command-line publication context overrides what the document says."""
    if published is not None:
        return doc.with_published(published, has_time, "command line")
    return doc


def iter_documents(
    paths: Iterable[Path | str],
    *,
    published: datetime | None = None,
    published_has_time: bool = False,
    skipped: list[tuple[str, str]] | None = None,
) -> Iterator[Document]:
    """Usable documents under ``paths``, read lazily file by file (a corpus is never held in
    memory). Never raises for bad input: each unusable input is appended to ``skipped`` as
    ``(id, one-line reason naming the file)``."""
    skips = skipped if skipped is not None else []
    for path in iter_files(Path(p) for p in paths):
        if not path.exists():
            skips.append((str(path), f"{path}: no such file or folder"))
            continue
        try:
            docs = read_file(path)
        except InputError as exc:
            skips.append((str(path), str(exc)))
            continue
        for doc in docs:
            doc = apply_context(doc, published, published_has_time)
            if doc.published is None:
                skips.append(
                    (
                        doc.doc_id,
                        f"{doc.doc_id}: no publication date (add 'published:' front matter "
                        "or pass --published)",
                    )
                )
                continue
            if not doc.text.strip():
                skips.append((doc.doc_id, f"{doc.doc_id}: no article text"))
                continue
            yield doc


def read_documents(
    paths: Iterable[Path | str],
    *,
    published: datetime | None = None,
    published_has_time: bool = False,
) -> ReadReport:
    """Read every article under ``paths``. Never raises for bad input: unusable inputs are
    listed in ``skipped`` with a one-line reason (the message names the file)."""
    report = ReadReport()
    report.documents.extend(
        iter_documents(
            paths,
            published=published,
            published_has_time=published_has_time,
            skipped=report.skipped,
        )
    )
    return report
