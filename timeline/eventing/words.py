"""Word classes looked up from the lexicon: event verbs with their inflections, event nouns."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from timeline.eventing import lexicon as lx

_VOWELS = "aeiou"


@dataclass(frozen=True, slots=True)
class VerbForm:
    base: str
    cls: str
    form: str  # "base" | "s" | "past" | "ing"


def _regular_forms(base: str) -> dict[str, str]:
    forms = {base: "base"}
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        forms[base[:-1] + "ies"] = "s"
        forms[base[:-1] + "ied"] = "past"
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms[base + "es"] = "s"
        forms[base + "ed"] = "past"
    else:
        forms[base + "s"] = "s"
        forms[base + ("d" if base.endswith("e") else "ed")] = "past"
    forms[(base[:-1] if base.endswith("e") and not base.endswith("ee") else base) + "ing"] = "ing"
    # short consonant-vowel-consonant verbs double the last letter: ban -> banned
    if (
        len(base) <= 4
        and base[-1] not in _VOWELS + "wxy"
        and base[-2] in _VOWELS
        and base[-3:-2] not in _VOWELS
    ):
        forms[base + base[-1] + "ed"] = "past"
        forms[base + base[-1] + "ing"] = "ing"
    return forms


@lru_cache(maxsize=1)
def verb_table() -> dict[str, VerbForm]:
    table: dict[str, VerbForm] = {}
    for base, (cls, irregular) in lx.EVENT_VERBS.items():
        for form, kind in _regular_forms(base).items():
            table.setdefault(form, VerbForm(base, cls, kind))
        for form in irregular:
            table[form] = VerbForm(base, cls, "past")
    return table


def verb_form(word: str) -> VerbForm | None:
    return verb_table().get(word.lower())


def noun_class(word: str) -> str | None:
    return lx.EVENT_NOUNS.get(word.lower())


def looks_like_past_verb(word: str) -> bool:
    """An -ed word not in the lexicon that is probably a verb ("pursued", "concluded")."""
    w = word.lower()
    return len(w) > 4 and w.endswith("ed") and w not in lx.STOP_WORDS and w.isalpha()


def stem(word: str) -> str:
    """A crude stem for keyword matching: signing/signed/signs -> sign."""
    w = word.lower().strip("'’")
    vf = verb_table().get(w)
    if vf:
        return vf.base
    for suffix in ("ings", "ing", "ies", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if suffix == "ies":
                w += "y"
            break
    return w
