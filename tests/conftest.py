"""Shared test fixtures: where the repo, its seeds and the shared corpora are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


def shared_dir() -> Path:
    """``../shared`` beside the repo (CI puts it there), or $TIMELINE_SHARED."""
    return Path(os.environ.get("TIMELINE_SHARED") or REPO.parent / "shared")


@pytest.fixture
def shared() -> Path:
    path = shared_dir()
    if not (path / "corpora" / "tbaq").is_dir():
        pytest.skip(f"shared corpora not found at {path} (set TIMELINE_SHARED)")
    return path
