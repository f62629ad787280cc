"""Getting an input's bytes and text safely: size cap, unreadable, empty, binary, encodings.

Every failure is a ``SourceError`` with a one-line message naming the file.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from timeline.sources.model import (
    BINARY,
    EMPTY,
    MALFORMED,
    NO_SUCH_FILE,
    TOO_LARGE,
    UNDECODABLE,
    UNREADABLE,
    SourceError,
)

MAX_BYTES = 50 * 1024 * 1024  # per file (JSON lines are streamed: the cap is per line)
HEAD_BYTES = 64 * 1024
_DETECT_SAMPLE = 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def human_size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def open_error(path: Path, exc: OSError) -> SourceError:
    if isinstance(exc, FileNotFoundError):
        return SourceError(f"{path}: no such file", NO_SUCH_FILE)
    if isinstance(exc, IsADirectoryError):
        return SourceError(f"{path}: is a folder", UNREADABLE)
    if isinstance(exc, PermissionError):
        return SourceError(f"{path}: cannot read (permission denied)", UNREADABLE)
    return SourceError(f"{path}: cannot read ({exc.strerror or exc})", UNREADABLE)


def is_gzip(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def inner_suffix(path: Path) -> str:
    """The extension that says the format: ``.jsonl`` for ``dump.jsonl.gz``."""
    return Path(path.stem).suffix if is_gzip(path) else path.suffix


def _open(path: Path) -> BinaryIO:
    """The file's bytes, decompressed on the fly for ``.gz``."""
    if is_gzip(path):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _gzip_error(path: Path, exc: Exception) -> SourceError:
    return SourceError(f"{path}: not a valid gzip file ({exc})", MALFORMED)


def read_head(path: Path) -> bytes:
    """The first bytes of a file (to recognise its format)."""
    try:
        with _open(path) as handle:
            return handle.read(HEAD_BYTES)
    except OSError as exc:
        if isinstance(exc, gzip.BadGzipFile):
            raise _gzip_error(path, exc) from None
        raise open_error(path, exc) from None
    except (EOFError, zlib.error) as exc:
        raise _gzip_error(path, exc) from None


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """A whole file, refusing one over ``limit`` (default ``MAX_BYTES``) before reading it."""
    limit = limit or MAX_BYTES
    try:
        size = path.stat().st_size
        if size > limit:
            raise SourceError(
                f"{path}: too large ({human_size(size)}; the limit is {human_size(limit)} "
                "per file, split it or use JSON lines)",
                TOO_LARGE,
            )
        with _open(path) as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        if isinstance(exc, gzip.BadGzipFile):
            raise _gzip_error(path, exc) from None
        raise open_error(path, exc) from None
    except (EOFError, zlib.error) as exc:
        raise _gzip_error(path, exc) from None
    if len(data) > limit:
        raise SourceError(f"{path}: too large (over {human_size(limit)} uncompressed; split "
                          "it or use JSON lines)", TOO_LARGE)
    return data


def check_content(name: str, data: bytes) -> None:
    """Refuse empty and binary inputs (judged on the first bytes)."""
    if not data.strip():
        raise SourceError(f"{name}: empty file", EMPTY)
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS if bom != codecs.BOM_UTF8):
        return
    if b"\x00" in head or _control_share(head) > 0.1:
        raise SourceError(f"{name}: binary file, not text", BINARY)


def _control_share(head: bytes) -> float:
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / max(len(head), 1)


def declared_encoding(data: bytes) -> str | None:
    """The encoding an XML declaration or an HTML ``<meta charset>`` states, if a known one."""
    head = data[:4096]
    match = _XML_DECL.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    name = match[1].decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(name: str, data: bytes, declared: str | None = None) -> str:
    """Text of an input: by its byte-order mark; UTF-8; the declared encoding; else detected.

    UTF-8 is tried before a declared encoding because a page that decodes as UTF-8 is
    almost always UTF-8 whatever its (often copied) ``<meta charset>`` says.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise SourceError(f"{name}: not valid {codec} text ({exc.reason})",
                                  UNDECODABLE) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared or declared_encoding(data)
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_DETECT_SAMPLE]).best()
    if best is not None:
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    said = f" (declared {declared})" if declared else ""
    raise SourceError(
        f"{name}: not UTF-8 and no text encoding fits{said}; re-save it as UTF-8", UNDECODABLE
    )


def iter_lines(path: Path, limit: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines of a file, streamed; a line over ``limit`` bytes (default
    ``MAX_BYTES``) comes as ``None``."""
    limit = limit or MAX_BYTES
    try:
        handle = _open(path)
    except OSError as exc:
        raise open_error(path, exc) from None
    with handle:
        lineno = 0
        while True:
            try:
                line = handle.readline(limit + 1)
            except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
                raise _gzip_error(path, exc) from None
            except OSError as exc:
                raise open_error(path, exc) from None
            if not line:
                return
            lineno += 1
            if len(line) > limit and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):
                    line = handle.readline(1024 * 1024)
                yield lineno, None
                continue
            yield lineno, line
