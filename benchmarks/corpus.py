"""Generate benchmark corpora from the TimeBank/AQUAINT texts (../shared/corpora/tbaq).

A corpus of N MB holds the 256 TimeBank + AQUAINT articles repeated in rounds until their text
reaches N × 10^6 UTF-8 bytes. Round k gives every article a new id (``<doc>#r<k>``) and moves
its publication date k days later, so relative expressions resolve to new dates and the
repeats are not exact duplicates. Each corpus is written twice, with the same documents:

- ``articles.jsonl``: one ``{"doc", "dct", "text"}`` line per article (``extract --jsonl``);
- ``articles/r<k>/<doc>.txt``: one text file per article with a front-matter header
  (``build``).

Corpora are deterministic and cached: a complete one is not written again.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "benchmarks" / "data"
SOURCES = ("timebank.jsonl", "aquaint.jsonl")
MB = 1_000_000


def shared_dir() -> Path:
    return Path(os.environ.get("TIMELINE_SHARED") or REPO.parent / "shared")


@dataclass(frozen=True)
class Article:
    doc: str
    dct: date
    text: str


@dataclass(frozen=True)
class Corpus:
    """A generated corpus on disk and what it holds."""

    megabytes: float
    root: Path
    documents: int
    text_bytes: int

    @property
    def jsonl(self) -> Path:
        return self.root / "articles.jsonl"

    @property
    def folder(self) -> Path:
        return self.root / "articles"


def load_articles(shared: Path | None = None) -> list[Article]:
    """The TimeBank and AQUAINT articles, in file order."""
    base = (shared or shared_dir()) / "corpora" / "tbaq"
    missing = [name for name in SOURCES if not (base / name).is_file()]
    if missing:
        raise SystemExit(
            f"benchmark: {base}: missing {', '.join(missing)} (set TIMELINE_SHARED to the "
            "folder holding corpora/tbaq)"
        )
    articles = []
    for name in SOURCES:
        with open(base / name, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    item = json.loads(line)
                    dct = date.fromisoformat(str(item["dct"])[:10])
                    articles.append(Article(item["doc"], dct, item["text"]))
    return articles


def rounds(articles: list[Article], megabytes: float) -> Iterator[tuple[int, Article]]:
    """(round, article) pairs until the texts reach ``megabytes``."""
    target = int(megabytes * MB)
    size = 0
    k = 0
    while size < target:
        for article in articles:
            if size >= target:
                return
            yield k, Article(
                f"{article.doc}#r{k}", article.dct + timedelta(days=k), article.text
            )
            size += len(article.text.encode("utf-8"))
        k += 1


def _front_matter(article: Article) -> str:
    outlet = re.match(r"[A-Za-z]+", article.doc)
    title = " ".join(article.text.split()[:8])
    return (
        "---\n"
        f"published: {article.dct.isoformat()}\n"
        f"source: {outlet.group(0).upper() if outlet else 'TBAQ'}\n"
        f"title: {title.replace(chr(34), '')}\n"
        "---\n"
    )


def generate(megabytes: float, data: Path = DATA, shared: Path | None = None) -> Corpus:
    """The corpus of ``megabytes`` MB under ``data`` (written unless already complete)."""
    label = f"{megabytes:g}mb"
    root = data / f"corpus-{label}"
    manifest = root / "manifest.json"
    if manifest.is_file():
        info = json.loads(manifest.read_text(encoding="utf-8"))
        return Corpus(megabytes, root, info["documents"], info["text_bytes"])
    articles = load_articles(shared)
    root.mkdir(parents=True, exist_ok=True)
    documents = 0
    text_bytes = 0
    with open(root / "articles.jsonl", "w", encoding="utf-8") as jsonl:
        for k, article in rounds(articles, megabytes):
            jsonl.write(
                json.dumps(
                    {"doc": article.doc, "dct": article.dct.isoformat(), "text": article.text},
                    ensure_ascii=False,
                )
                + "\n"
            )
            folder = root / "articles" / f"r{k:04d}"
            folder.mkdir(parents=True, exist_ok=True)
            name = article.doc.split("#", 1)[0] + ".txt"
            (folder / name).write_text(_front_matter(article) + article.text, encoding="utf-8")
            documents += 1
            text_bytes += len(article.text.encode("utf-8"))
    manifest.write_text(
        json.dumps({"documents": documents, "text_bytes": text_bytes}) + "\n", encoding="utf-8"
    )
    return Corpus(megabytes, root, documents, text_bytes)
