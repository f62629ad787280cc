"""Generate benchmark corpora from the TimeBank/AQUAINT texts (../shared/corpora/tbaq).

A corpus of N MB holds the 256 TimeBank + AQUAINT articles repeated in rounds until their text
reaches N × 10^6 UTF-8 bytes. Round k gives every article a new id (``<doc>#r<k>``) and, with
the default ``spread="years"``, moves the article k years later: its publication date and every
year written in its text (1998 → 1998 + k), so an N MB corpus reads like an archive spanning
years, each day holding about as many mentions as the original corpus does. With
``spread="days"`` the text is unchanged and only the publication date moves k days: every
absolute date of round 0 recurs in every round, as if each story were syndicated N × 2 times
(a stress test for merging: hundreds of mentions of one happening on one day). Each corpus is
written twice, with the same documents:

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
from typing import Literal

Spread = Literal["years", "days"]
YEAR = re.compile(r"(?<![\d.,$])(19[5-9]\d|20[0-4]\d)(?![\d,]\d)")

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


def shifted(article: Article, k: int, spread: Spread) -> Article:
    """Round ``k``'s copy of ``article`` (see the module docstring)."""
    doc = f"{article.doc}#r{k}"
    if spread == "days":
        return Article(doc, article.dct + timedelta(days=k), article.text)
    dct = article.dct
    try:
        dct = dct.replace(year=dct.year + k)
    except ValueError:  # 29 February
        dct = dct.replace(year=dct.year + k, day=28)
    text = YEAR.sub(lambda m: str(int(m.group(1)) + k), article.text) if k else article.text
    return Article(doc, dct, text)


def rounds(
    articles: list[Article], megabytes: float, spread: Spread = "years"
) -> Iterator[tuple[int, Article]]:
    """(round, article) pairs until the texts reach ``megabytes``."""
    target = int(megabytes * MB)
    size = 0
    k = 0
    while size < target:
        for article in articles:
            if size >= target:
                return
            copy = shifted(article, k, spread)
            yield k, copy
            size += len(copy.text.encode("utf-8"))
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


def generate(
    megabytes: float, data: Path = DATA, shared: Path | None = None, spread: Spread = "years"
) -> Corpus:
    """The corpus of ``megabytes`` MB under ``data`` (written unless already complete)."""
    label = f"{megabytes:g}mb" + ("" if spread == "days" else f"-{spread}")
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
        for k, article in rounds(articles, megabytes, spread):
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
