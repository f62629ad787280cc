"""Clustering candidate events into happenings, and combining each cluster into one event.

Candidates are grouped by the day they fall on (blocking), then, in a deterministic order (by
content, never by input position), each joins the existing cluster whose members it resembles
most on average (:func:`similarity.similarity` ≥ :data:`similarity.THRESHOLD`, no member vetoing
it), else starts a new one.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from timeline.eventing.model import Event, Mention, Status
from timeline.eventing.similarity import (
    THRESHOLD,
    Signature,
    name_weights,
    similarity,
    vetoed,
)
from timeline.temporal.values import interval

_SAMPLE = 8  # members a candidate is scored against (all are checked for vetoes)
_STATUS_RANK: dict[str, int] = {"past": 2, "ongoing": 1, "scheduled": 0}


def _order(e: Event) -> tuple[str, str, str, int, str]:
    first = min(e.mentions, key=Mention.order)
    return (e.value, first.published, first.doc_id, first.start, e.title)


def cluster(candidates: Sequence[Event]) -> list[list[Event]]:
    """Groups of candidates that speak of the same happening."""
    by_day: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for e in candidates:
        sig = e.signature
        block = sig.day if sig is not None else e.value
        by_day[(e.kind, block)].append(e)
    weights = name_weights(e.signature for e in candidates if e.signature is not None)
    groups: list[list[Event]] = []
    for key in sorted(by_day):
        groups.extend(_cluster_block(sorted(by_day[key], key=_order), weights))
    return groups


def _cluster_block(items: list[Event], weights: dict[str, float]) -> list[list[Event]]:
    clusters: list[list[Event]] = []
    index: dict[tuple[str, ...], set[int]] = defaultdict(set)  # see _index_keys
    # Per cluster: its members' signatures in order (scored against: the first _SAMPLE), and
    # one signature per distinct veto profile (a veto reads only those fields, so checking
    # one member per profile is checking them all: syndicated copies share one profile).
    signatures: list[list[Signature]] = []
    profiles: list[dict[tuple[object, ...], Signature]] = []
    # The first cluster opened by an item of each (value, content key).
    first_of: dict[tuple[str, str], int] = {}

    def open_cluster(item: Event) -> int:
        """A new, empty cluster that ``item`` is about to open."""
        clusters.append([])
        signatures.append([])
        profiles.append({})
        first_of.setdefault((item.value, item.key), len(clusters) - 1)
        return len(clusters) - 1

    def join(target: int, item: Event) -> None:
        clusters[target].append(item)
        sig = item.signature
        if sig is not None:
            signatures[target].append(sig)
            profiles[target].setdefault(_veto_profile(sig), sig)

    for item in items:
        sig = item.signature
        if sig is None or item.kind != "event":
            # durations, sets, references: merge only exact repeats of one value
            same = first_of.get((item.value, item.key))
            join(open_cluster(item) if same is None else same, item)
            continue
        keys = _index_keys(sig)
        candidates = sorted({i for k in _lookup_keys(sig) for i in index.get(k, ())})
        best: tuple[float, int] | None = None
        for i in candidates:
            if any(vetoed(sig, m) for m in profiles[i].values()):
                continue
            sample = signatures[i][:_SAMPLE]  # average over the first members: bounded work
            score = sum(similarity(sig, m, weights) for m in sample) / max(1, len(sample))
            if score >= THRESHOLD and (best is None or score > best[0]):
                best = (score, i)
        target = open_cluster(item) if best is None else best[1]
        join(target, item)
        for k in keys:
            index[k].add(target)
    return clusters


def _veto_profile(sig: Signature) -> tuple[object, ...]:
    """The fields :func:`similarity.vetoed` reads."""
    return (sig.day, sig.time, sig.classes, sig.agents, sig.place, sig.zone)


def _around(sig: Signature) -> set[str]:
    return {w for name in sig.names | sig.context_names for w in name.split()}


def _index_keys(sig: Signature) -> list[tuple[str, ...]]:
    """Where a clustered mention is filed: by happening class, and within it by every word of
    the names around it, by document, and (when it names nobody) as nameless."""
    keys: list[tuple[str, ...]] = []
    words = _around(sig)
    for cls in sig.classes or frozenset({""}):
        keys.append(("all", cls))
        keys.append(("doc", cls, sig.doc_id))
        keys.extend(("name", cls, w) for w in words)
        if not words:
            keys.append(("nameless", cls))
    return keys


def _lookup_keys(sig: Signature) -> list[tuple[str, ...]]:
    """The clusters that can reach the threshold: those sharing a happening class and, when
    both sides name parties, a word of a name (else P = -1 and the score stays below the
    threshold); same-document mentions compare sentences only, so they are always looked at."""
    keys: list[tuple[str, ...]] = []
    words = _around(sig)
    for cls in sig.classes or frozenset({""}):
        if not words:
            keys.append(("all", cls))
            continue
        keys.append(("doc", cls, sig.doc_id))
        keys.append(("nameless", cls))
        keys.extend(("name", cls, w) for w in words)
    return keys


def _representative(members: list[Event]) -> Event:
    """The member whose title names the cluster: the most complete title whose happening the
    other members share, earliest source first on ties."""
    shared: set[str] | None = None
    for m in members:
        classes = set(m.signature.classes) if m.signature else set()
        shared = classes if shared is None else shared & classes

    def rank(e: Event) -> tuple[int, int, str, str, int]:
        first = min(e.mentions, key=Mention.order)
        in_shared = 1 if (shared and e.happening in shared) else 0
        return (-in_shared, -e.quality, first.published, first.doc_id, first.start)

    return min(members, key=rank)


def _status(mentions: Sequence[Mention], fallback: Status) -> Status:
    """What the latest source says; on the same publication time, evidence it happened wins."""
    known = [m for m in mentions if m.status in _STATUS_RANK]
    if not known:
        return fallback
    latest = max(m.published for m in known)
    best = max((m for m in known if m.published == latest),
               key=lambda m: _STATUS_RANK[m.status or ""])
    return best.status  # type: ignore[return-value]


def _value(members: list[Event]) -> Event:
    """The member with the most precise date: a time of day beats its bare day."""
    timed = {e.value for e in members if "T" in e.value}
    if len(timed) == 1:
        value = next(iter(timed))
        return min((e for e in members if e.value == value), key=_order)
    return min(members, key=lambda e: (("T" in e.value), _order(e)))


def combine(members: list[Event]) -> Event:
    """One event from a cluster: every mention, the representative's title, the most precise
    date, the latest source's status, the place most sources name, the union of participants."""
    if len(members) == 1:
        return members[0]
    rep = _representative(members)
    dated = _value(members)
    mentions = tuple(sorted({m for e in members for m in e.mentions}, key=Mention.order))
    places = Counter(e.place for e in members if e.place)
    place = rep.place or (min(places, key=lambda p: (-places[p], p)) if places else None)
    zones = [e.timezone for e in members if e.timezone and "T" in e.value]
    timezone = dated.timezone or (zones[0] if zones else None)
    title = rep.title
    if place and place.lower() not in title.lower() and len(title) + len(place) + 4 <= 70:
        title = f"{title} in {place}"
    participants: list[str] = []
    for e in sorted(members, key=_order):
        for p in e.participants:
            if p in participants or any(p in q.split() for q in participants):
                continue  # "Xi" when "Xi Jinping" is there
            longer = [i for i, q in enumerate(participants) if q in p.split()]
            if longer:
                participants[longer[0]] = p  # "Xi" -> "Xi Jinping"
            else:
                participants.append(p)
    words = Counter(w for e in members for w in e.keywords)
    first = {w: i for i, w in reversed(list(enumerate(w for e in members for w in e.keywords)))}
    keywords = tuple(sorted(words, key=lambda w: (-words[w], first[w]))[:8])
    sig = _union([e.signature for e in members if e.signature is not None], rep.signature)
    return replace(
        dated,
        title=title,
        status=_status(mentions, rep.status),
        mentions=mentions,
        timezone=timezone if "T" in dated.value else None,
        place=place,
        participants=tuple(participants[:8]),
        keywords=keywords,
        happening=rep.happening,
        key=rep.key,
        included_because=rep.included_because,
        signature=sig,
        quality=rep.quality,
    )


def _union(sigs: list[Signature], base: Signature | None) -> Signature | None:
    if base is None or not sigs:
        return base
    return replace(
        base,
        classes=frozenset().union(*(s.classes for s in sigs)),
        names=frozenset().union(*(s.names for s in sigs)),
        context_names=frozenset().union(*(s.context_names for s in sigs)),
        agents=frozenset().union(*(s.agents for s in sigs)),
        keywords=frozenset().union(*(s.keywords for s in sigs)),
        context_keywords=frozenset().union(*(s.context_keywords for s in sigs)),
    )


def unique_keys(events: list[Event]) -> list[Event]:
    """Give events whose UIDs would collide (same date, same content key) distinct keys, using
    their first source's document and offset (stable: the same inputs give the same keys)."""
    seen: dict[str, int] = {}
    out: list[Event] = []
    for e in sorted(events, key=_order):
        uid = e.uid
        if uid in seen:
            first = min(e.mentions, key=Mention.order)
            digest = hashlib.sha256(f"{first.doc_id}:{first.start}".encode()).hexdigest()[:8]
            e = replace(e, key=f"{e.key}|{digest}")
        seen[e.uid] = 1
        out.append(e)
    return out


def placed(value: str) -> bool:
    return interval(value) is not None
