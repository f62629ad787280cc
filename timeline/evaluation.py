"""Score the temporal tagger against TimeML gold annotations (TempEval-3 Task A figures).

Reads TimeML ``.tml`` files (or folders of them) and the JSON-lines form
(``{"doc", "dct", "text", "gold": [{"start", "end", "text", "type", "value"}]}``), runs
:func:`timeline.temporal.tag` on every document and computes strict and relaxed
precision/recall/F1 for the spans plus attribute F1 for ``value`` and ``type``
(attribute F1 = relaxed F1 x attribute accuracy over the relaxed matches).
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from timeline.temporal import tag
from timeline.temporal.model import Timex

__all__ = [
    "Document",
    "GoldTimex",
    "Scores",
    "Mismatch",
    "read_timeml",
    "read_jsonl",
    "load",
    "score",
    "evaluate",
    "format_report",
]


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(slots=True)
class Document:
    name: str
    dct: date
    text: str
    gold: list[GoldTimex]


@dataclass(slots=True)
class Mismatch:
    """One error: ``kind`` is ``missed``, ``spurious``, ``value`` or ``type``."""

    kind: str
    doc: str
    context: str
    gold: GoldTimex | None = None
    system: Timex | None = None

    def as_dict(self) -> dict[str, Any]:
        def part(t: GoldTimex | Timex | None) -> dict[str, Any] | None:
            if t is None:
                return None
            return {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
            }

        return {
            "kind": self.kind,
            "doc": self.doc,
            "context": self.context,
            "gold": part(self.gold),
            "system": part(self.system),
        }

    def describe(self) -> str:
        g = f'"{self.gold.text}" {self.gold.type} {self.gold.value}' if self.gold else "-"
        s = f'"{self.system.text}" {self.system.type} {self.system.value}' if self.system else "-"
        return f"[{self.kind}] {self.doc}: gold {g} | system {s} | ...{self.context}..."


@dataclass(slots=True)
class Scores:
    """Counts and TempEval-3 figures for one set of documents."""

    label: str = ""
    documents: int = 0
    gold: int = 0
    system: int = 0
    strict_matches: int = 0
    relaxed_matches: int = 0
    value_correct: int = 0
    type_correct: int = 0
    errors: list[Mismatch] = field(default_factory=list)

    @staticmethod
    def _prf(matches: int, system: int, gold: int) -> tuple[float, float, float]:
        p = matches / system if system else 0.0
        r = matches / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def strict(self) -> tuple[float, float, float]:
        return self._prf(self.strict_matches, self.system, self.gold)

    @property
    def relaxed(self) -> tuple[float, float, float]:
        return self._prf(self.relaxed_matches, self.system, self.gold)

    @property
    def value_f1(self) -> float:
        if not self.relaxed_matches:
            return 0.0
        return self.relaxed[2] * self.value_correct / self.relaxed_matches

    @property
    def type_f1(self) -> float:
        if not self.relaxed_matches:
            return 0.0
        return self.relaxed[2] * self.type_correct / self.relaxed_matches

    def add(self, other: Scores) -> None:
        self.documents += other.documents
        self.gold += other.gold
        self.system += other.system
        self.strict_matches += other.strict_matches
        self.relaxed_matches += other.relaxed_matches
        self.value_correct += other.value_correct
        self.type_correct += other.type_correct
        self.errors.extend(other.errors)

    def as_dict(self) -> dict[str, Any]:
        sp, sr, sf = self.strict
        rp, rr, rf = self.relaxed
        return {
            "label": self.label,
            "documents": self.documents,
            "gold": self.gold,
            "system": self.system,
            "strict": {"precision": sp, "recall": sr, "f1": sf},
            "relaxed": {"precision": rp, "recall": rr, "f1": rf},
            "value_f1": self.value_f1,
            "type_f1": self.type_f1,
        }


# --------------------------------------------------------------------------- readers

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)((?:\s+[^<>]*?)?)\s*(/?)>", re.S)
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_DCT = re.compile(r"<DCT>(.*?)</DCT>", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


def _attrs(raw: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(raw)}


def _parse_dct(xml: str) -> date:
    m = _DCT.search(xml)
    if m:
        t = re.search(r"<TIMEX3([^>]*)>", m.group(1))
        if t:
            value = _attrs(t.group(1)).get("value", "")
            dm = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value)
            if dm:
                return date(int(dm[1]), int(dm[2]), int(dm[3]))
    raise ValueError("no document creation time (DCT) found")


def read_timeml(source: str | Path, name: str | None = None) -> Document:
    """A TimeML document from a ``.tml`` path or from the XML string itself.

    The text is the content of ``<TEXT>`` with every tag removed; gold TIMEX3 offsets point
    into that text.
    """
    if isinstance(source, Path) or (not source.lstrip().startswith("<") and Path(source).exists()):
        path = Path(source)
        xml = path.read_text(encoding="utf-8")
        name = name or path.stem
    else:
        xml = str(source)
    dct = _parse_dct(xml)
    if name is None:
        dm = re.search(r"<DOCID>(.*?)</DOCID>", xml, re.S)
        name = dm.group(1).strip() if dm else "document"
    tm = _TEXT.search(xml)
    body = tm.group(1) if tm else xml
    out: list[str] = []
    pos = 0
    length = 0
    gold: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag_name = m.group(1), m.group(2)
        if tag_name != "TIMEX3":
            continue
        if not closing and not m.group(4):
            open_timex = (length, _attrs(m.group(3)))
        elif closing and open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            gold.append((start, length, attrs))  # type: ignore[arg-type]
    chunk = html.unescape(body[pos:])
    out.append(chunk)
    text = "".join(out)
    spans = [
        GoldTimex(s, e, text[s:e], a.get("type", "DATE"), a.get("value", ""), a.get("mod") or None)
        for s, e, a in gold  # type: ignore[misc]
    ]
    return Document(name, dct, text, spans)


def read_jsonl(path: str | Path) -> list[Document]:
    docs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            dct = date.fromisoformat((d.get("dct_value") or d["dct"])[:10])
            gold = [
                GoldTimex(g["start"], g["end"], g["text"], g["type"], g["value"], g.get("mod"))
                for g in d.get("gold", [])
            ]
            docs.append(Document(d["doc"], dct, d["text"], gold))
    return docs


def load(path: str | Path) -> list[Document]:
    """Documents from a ``.tml`` file, a ``.jsonl`` file or a folder of ``.tml`` files."""
    p = Path(path)
    if p.is_dir():
        return [read_timeml(f) for f in sorted(p.rglob("*.tml"))]
    if p.suffix in (".jsonl", ".json"):
        return read_jsonl(p)
    return [read_timeml(p)]


# --------------------------------------------------------------------------- scoring


def _context(text: str, start: int, end: int, window: int = 50) -> str:
    left = text[max(0, start - window) : start]
    right = text[end : end + window]
    return f"{left}[{text[start:end]}]{right}".replace("\n", " ")


def score(
    gold: Sequence[GoldTimex],
    system: Sequence[Timex],
    *,
    text: str = "",
    doc: str = "",
    errors: bool = False,
) -> Scores:
    """Compare one document's system spans with its gold spans.

    Strict matches need identical offsets; relaxed matches any overlap. Matching is
    one-to-one: exact matches are paired first, then overlapping ones by largest overlap.
    """
    s = Scores(documents=1, gold=len(gold), system=len(system))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    exact = {(t.start, t.end): j for j, t in enumerate(system)}
    for i, g in enumerate(gold):
        j = exact.get((g.start, g.end))
        if j is not None and j not in used:
            pairs[i] = j
            used.add(j)
    s.strict_matches = len(pairs)
    candidates = []
    for i, g in enumerate(gold):
        if i in pairs:
            continue
        for j, t in enumerate(system):
            if j in used:
                continue
            overlap = min(g.end, t.end) - max(g.start, t.start)
            if overlap > 0:
                candidates.append((-overlap, i, j))
    for _, i, j in sorted(candidates):
        if i in pairs or j in used:
            continue
        pairs[i] = j
        used.add(j)
    s.relaxed_matches = len(pairs)
    for i, j in pairs.items():
        g, t = gold[i], system[j]
        value_ok = g.value == t.value
        type_ok = g.type == t.type
        s.value_correct += value_ok
        s.type_correct += type_ok
        if errors and not value_ok:
            s.errors.append(Mismatch("value", doc, _context(text, g.start, g.end), g, t))
        elif errors and not type_ok:
            s.errors.append(Mismatch("type", doc, _context(text, g.start, g.end), g, t))
    if errors:
        for i, g in enumerate(gold):
            if i not in pairs:
                s.errors.append(Mismatch("missed", doc, _context(text, g.start, g.end), g))
        for j, t in enumerate(system):
            if j not in used:
                s.errors.append(Mismatch("spurious", doc, _context(text, t.start, t.end), system=t))
    return s


def evaluate(
    documents: Iterable[Document],
    *,
    label: str = "",
    errors: bool = False,
    tagger: Callable[[str, date], list[Timex]] | None = None,
) -> Scores:
    """Tag every document and add up the scores."""
    run = tagger or (lambda text, dct: tag(text, dct))
    total = Scores(label=label)
    for d in documents:
        system = run(d.text, d.dct)
        total.add(score(d.gold, system, text=d.text, doc=d.name, errors=errors))
    return total


def format_report(results: Sequence[Scores], *, errors: bool = False, kinds: bool = False) -> str:
    """A plain-text report: one group of lines per scored set, the errors and the table of
    error kinds (most common first, with an example each) if asked. ``kinds`` needs the
    results to have been scored with ``errors=True``."""
    from timeline.error_kinds import kind_table

    lines: list[str] = []
    for s in results:
        sp, sr, sf = s.strict
        rp, rr, rf = s.relaxed
        lines.append(f"== {s.label}")
        lines.append(f"   documents {s.documents}  gold {s.gold}  system {s.system}")
        lines.append(f"   strict   P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}")
        lines.append(f"   relaxed  P {rp:.3f}  R {rr:.3f}  F1 {rf:.3f}")
        lines.append(f"   value F1 {s.value_f1:.3f}  type F1 {s.type_f1:.3f}")
        if errors:
            kinds = Counter(e.kind for e in s.errors)
            summary = ", ".join(f"{k} {kinds[k]}" for k in ("missed", "spurious", "value", "type"))
            lines.append(f"   errors: {summary}")
            for e in s.errors:
                lines.append("   " + e.describe())
        if kinds:
            lines.append(f"   error kinds ({len(s.errors)} errors):")
            for kind, count, example in kind_table(s.errors):
                lines.append(f"   {count:5d}  {kind}")
                lines.append(f"          e.g. {example.describe()}")
    return "\n".join(lines)


def evaluate_paths(paths: Sequence[str | Path], *, errors: bool = False) -> list[Scores]:
    """One :class:`Scores` per path (file or folder)."""
    return [evaluate(load(p), label=str(p), errors=errors) for p in paths]
