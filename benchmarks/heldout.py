"""Write the held-out news articles of the test suite as evaluation JSON lines.

The articles in ``tests/test_tagger_articles*.py`` were written and annotated by hand
(TimeML/TempEval-3 conventions) apart from TimeBank and AQUAINT. This script turns them into
the ``{"doc", "dct", "text", "gold"}`` lines that ``timeline evaluate`` reads::

    python benchmarks/heldout.py heldout.jsonl && timeline evaluate heldout.jsonl
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

TESTS = Path(__file__).resolve().parent.parent / "tests"


def _load(path: Path) -> ModuleType:
    if str(TESTS.parent) not in sys.path:
        sys.path.insert(0, str(TESTS.parent))  # the files import tests.tagger_cases
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise ImportError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def articles() -> list[dict[str, object]]:
    """Every held-out article with its gold expressions, in file then article order."""
    rows: list[dict[str, object]] = []
    for path in sorted(TESTS.glob("test_tagger_articles*.py")):
        module = _load(path)
        for article_id, (dct, _, expected) in module.ARTICLES.items():
            text, spans = module.SUITE.article(article_id)
            gold = [
                {"start": start, "end": end, "text": span, "type": type_, "value": value}
                for (start, end, span), (_, type_, value) in zip(spans, expected, strict=True)
            ]
            rows.append(
                {
                    "doc": f"{path.stem}:{article_id}",
                    "dct": dct.isoformat(),
                    "text": text,
                    "gold": gold,
                }
            )
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python benchmarks/heldout.py OUT.jsonl", file=sys.stderr)
        return 2
    lines = [json.dumps(row, ensure_ascii=False) for row in articles()]
    Path(argv[0]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} articles written to {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
