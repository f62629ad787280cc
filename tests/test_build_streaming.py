"""Builds merge on disk and stream their outputs: same files as merging and rendering in
memory, nothing partial on disk when a build fails, no temporary files left behind."""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, vDuration

import timeline.eventing.store as store_module
from tests.conftest import SEEDS
from tests.export_samples import many_events, sample_events
from tests.test_engines import write_corpus
from timeline.atomic import AtomicFiles
from timeline.cli import cli
from timeline.eventing.store import EventStore, merge_stream
from timeline.events import Event, merge_events
from timeline.export import ics
from timeline.export.html import figure, render_html
from timeline.export.json import event_dict, pretty_json, render_json
from timeline.pipeline import BuildOptions, analyse, build, render_outputs
from timeline.sources import read_documents

OUTPUTS = ("events.ics", "events.json", "timeline.html")


def _analyses(paths: list[Path], options: BuildOptions | None = None) -> list:
    docs = read_documents(paths).documents
    return [analyse(d, options) for d in docs]


def _same(a: list[Event], b: list[Event]) -> None:
    assert [e.uid for e in a] == [e.uid for e in b]
    assert [e.as_dict() for e in a] == [e.as_dict() for e in b]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), 60)


# -- merging on disk -------------------------------------------------------------------------


def test_store_merges_like_merging_in_memory(corpus: Path) -> None:
    """Block by block on disk gives the very events merge_events gives over everything."""
    analyses = _analyses([corpus, SEEDS], BuildOptions(include=frozenset({"references"})))
    candidates = [e for a in analyses for e in a.events]
    assert len(candidates) > 100
    _same(merge_stream(a.events for a in analyses), merge_events(candidates))


def test_store_merges_the_timebank_corpus_like_memory(shared: Path) -> None:
    """The 256 TimeBank/AQUAINT articles with every kind of event: "now" lands on each
    publication day (one value, many blocks) and colliding UIDs get the same new keys."""
    tbaq = shared / "corpora" / "tbaq"
    options = BuildOptions(include=frozenset({"durations", "sets", "references",
                                              "publication"}))
    analyses = _analyses([tbaq / "TimeBank", tbaq / "AQUAINT"], options)
    reference = merge_events([e for a in analyses for e in a.events])
    assert any("|" in e.key and e.key.count("|") == 4 for e in reference)  # renamed keys
    _same(merge_stream(a.events for a in analyses), reference)


def test_small_write_batches_change_nothing(corpus: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Candidates written to disk a few at a time (as when they exceed a batch many times
    over) give the same files."""
    build([corpus], tmp_path / "default", BuildOptions(plotlyjs="cdn", feeds="per-source"))
    monkeypatch.setattr(store_module, "_BATCH", 3)
    build([corpus], tmp_path / "small", BuildOptions(plotlyjs="cdn", feeds="per-source"))
    names = sorted(p.name for p in (tmp_path / "default").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "small").iterdir())
    assert len(names) == 6  # three outputs and three per-source feeds
    for name in names:
        default, small = tmp_path / "default" / name, tmp_path / "small" / name
        assert default.read_bytes() == small.read_bytes()


def test_the_build_writes_what_rendering_in_memory_gives(corpus: Path, tmp_path: Path) -> None:
    options = BuildOptions(name="Streams", plotlyjs="cdn", feeds="per-source")
    result = build([corpus], tmp_path, options)
    events = merge_events([e for a in _analyses([corpus]) for e in a.events])
    expected = render_outputs(events, options)
    assert result.event_count == len(events) > 30
    assert sorted(p.name for p in result.written) == sorted(expected)
    for name, data in expected.items():
        assert (tmp_path / name).read_bytes() == data, name


# -- the streamed files are those the whole-list renderers made ------------------------------


@pytest.mark.parametrize("events", [sample_events(), many_events(300)],
                         ids=["labelled", "many"])
def test_streamed_page_holds_the_figure_plotly_serialises(events: list[Event]) -> None:
    """The arrays spliced into the page chunk by chunk are Plotly's own JSON of the figure."""
    from plotly.io.json import to_json_plotly

    page = render_html(events, plotlyjs="cdn")
    call = re.search(r'Plotly\.newPlot\(\s*"timeline",\s*(\[.*?\]),\s*(\{"template".*?\}),'
                     r'\s*\{"responsive"', page, re.S)
    assert call is not None
    fig = figure(events).to_dict()
    assert call.group(1) == to_json_plotly(fig["data"])
    assert call.group(2) == to_json_plotly(fig["layout"])
    assert page.count("<tr><td>") == len(events)


def test_streamed_feed_is_the_calendar_icalendar_writes() -> None:
    """Header, VEVENTs and footer written apart are the bytes of one icalendar Calendar."""
    events = sorted(sample_events(), key=Event.sort_key)
    cal = Calendar()
    for prop, value in (("prodid", ics.PRODID), ("version", "2.0"),
                        ("calscale", "GREGORIAN"), ("method", "PUBLISH")):
        cal.add(prop, value)
    text = ics.clean_text(ics.default_description(events))
    cal.add("name", ics.Text("News"))
    cal.add("x-wr-calname", ics.Text("News"))
    cal.add("description", ics.Text(text))
    cal.add("x-wr-caldesc", ics.Text(text))
    cal.add("refresh-interval", ics.REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(ics.REFRESH_INTERVAL))
    years: dict[str, list[int]] = {}
    for event in events:
        ics._zone_years(event, years)
    assert years  # the samples have times in IANA zones
    for component in ics._vtimezones(years):
        cal.add_component(component)
    for event in events:
        cal.add_component(ics.vevent(event, uid=event.uid,
                                     mentions=ics.ordered_mentions(event.mentions)))
    assert ics.render_ics(events, name="News") == cal.to_ical()


def test_streamed_json_is_the_whole_payload_dumped() -> None:
    events = sorted(many_events(40), key=Event.sort_key)
    payload = {"schema": "timeline.events", "version": 1, "name": "N", "count": len(events),
               "sources": sorted({s for e in events for s in e.sources}),
               "events": [event_dict(e) for e in events]}
    assert render_json(events, name="N") == json.dumps(payload, ensure_ascii=False,
                                                       indent=2) + "\n"
    assert render_json([], name="N") == json.dumps(
        {**payload, "count": 0, "sources": [], "events": []}, ensure_ascii=False, indent=2
    ) + "\n"


def test_feeds_number_a_shared_uid_the_same_whether_known_or_tracked() -> None:
    """Two events with one UID: a build names the shared UIDs (from its store) instead of
    tracking every UID; the feed is the same and the second gets "-2"."""
    event = replace(many_events(3)[1], key="one key")
    twin = replace(event, title=event.title + " again")
    assert twin.uid == event.uid
    events = sorted([event, twin, *many_events(3)[2:]], key=Event.sort_key)
    outputs = []
    for shared in (None, {event.uid}):
        writer = ics.FeedsWriter(name="N", shared_uids=shared)
        for e in events:
            writer.observe(e)
        parts: list[bytes] = []
        writer.write(events, lambda _, data, into=parts: into.append(data))
        outputs.append(b"".join(parts))
    assert outputs[0] == outputs[1] == ics.render_ics(events, name="N")
    local = event.uid.split("@")[0]
    assert f"UID:{local}@timeline-2".encode() in outputs[0]


# -- all or nothing --------------------------------------------------------------------------


def _previous(folder: Path) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    for name in OUTPUTS:
        (folder / name).write_bytes(f"previous {name}".encode())
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_an_error_while_writing_leaves_the_previous_outputs(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure half-way through the events (here a disk error while the page is written):
    the previous files stay byte for byte, no temporary file stays in the folder or in the
    temporary directory."""
    from timeline.export.html import HtmlWriter

    out = tmp_path / "exports"
    before = _previous(out)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    original = HtmlWriter.add
    calls = {"n": 0}

    def failing(self: HtmlWriter, event: Event) -> None:
        calls["n"] += 1
        if calls["n"] == 20:
            raise OSError(28, "No space left on device")
        original(self, event)

    monkeypatch.setattr(HtmlWriter, "add", failing)
    with pytest.raises(OSError, match="No space"):
        build([corpus], out, BuildOptions(plotlyjs="cdn", feeds="per-source"))
    assert calls["n"] == 20
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert list(scratch.iterdir()) == []


def test_a_build_that_completes_replaces_every_output(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "exports"
    _previous(out)
    (out / "events-gone.ics").write_text("a source no longer in the build", encoding="utf-8")
    code = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "--jobs", "1",
                                    "--plotlyjs", "cdn", "--no-progress"])
    assert code.exit_code == 0, code.output
    events = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert f"{events['count']} events" in code.stdout
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)
    assert (out / "events.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_atomic_files_appear_together_and_reopen_beyond_the_open_limit(tmp_path: Path) -> None:
    names = [f"feed-{i}.ics" for i in range(7)]
    with AtomicFiles(tmp_path, max_open=2) as files:
        for round_ in range(3):
            for name in names:
                files.write(name, f"{name}:{round_};".encode())
        assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".tmp")) == []
        written = files.commit()
    assert [p.name for p in written] == sorted(names)
    for name in names:
        assert (tmp_path / name).read_text() == f"{name}:0;{name}:1;{name}:2;"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)


def test_atomic_files_discard_on_error(tmp_path: Path) -> None:
    (tmp_path / "events.ics").write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), AtomicFiles(tmp_path) as files:
        files.write("events.ics", b"new")
        files.write("events.json", b"{}")
        raise RuntimeError("stop")
    assert [p.name for p in tmp_path.iterdir()] == ["events.ics"]
    assert (tmp_path / "events.ics").read_text() == "old"


def test_store_removes_its_folder(tmp_path: Path) -> None:
    with EventStore(tmp_path) as store:
        store.add(sample_events())
        expected = merge_events(sample_events())
        assert store.merge() == len(expected)
        _same(list(store.events()), expected)
        assert list(store.events()) == list(store.events())
    assert list(tmp_path.iterdir()) == []


# -- faster equivalents of library routines ---------------------------------------------------

_FOLD_TEXT = st.text(alphabet=st.sampled_from(list("ab\\^;, :") + ["é", "“", "€", "𝄞"]),
                     max_size=400)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_FOLD_TEXT, st.text(max_size=300)))
def test_lines_fold_as_icalendar_folds_them(line: str) -> None:
    from icalendar.parser.string import _foldline

    line = line.replace("\n", "").replace("\r", "")
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate is no text a feed holds
        return
    assert ics.fold(line) == _foldline(line).encode("utf-8")
    assert all(len(piece) <= 75 for piece in ics.fold(line).split(b"\r\n"))


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=4),
    max_leaves=25,
)


@settings(max_examples=500, deadline=None)
@given(_JSON)
def test_pretty_json_is_json_dumps_with_indent(value: object) -> None:
    expected = json.dumps(value, ensure_ascii=False, indent=2)
    assert pretty_json(value) == expected
    assert pretty_json(value, "    ") == expected.replace("\n", "\n    ")


def test_events_survive_pickling_whole(corpus: Path) -> None:
    """Events cross to worker processes and the on-disk store pickled: every field, the
    merge signature included, comes back."""
    import pickle

    events = [e for a in _analyses([corpus]) for e in a.events][:50]
    for event in events:
        back = pickle.loads(pickle.dumps(event))
        assert back == event and back.uid == event.uid
        assert back.signature == event.signature and back.quality == event.quality
        assert back.mentions == event.mentions


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=6), st.text(max_size=6)), max_size=40))
def test_disk_sets_count_and_order_as_python_sets(items: list[tuple[str, str]]) -> None:
    """Distinct counts a build keeps on disk: SQLite's byte order is Python's str order."""
    import sqlite3

    from timeline.diskset import DiskSet, MemorySet

    items = [t for t in items if all(_encodable(s) for s in t)]
    disk, memory = DiskSet(sqlite3.connect(":memory:"), 2), MemorySet()
    for item in items:
        disk.add(item)
        memory.add(item)
    assert len(disk) == len(memory) == len(set(items))
    assert list(disk) == list(memory) == sorted(set(items))


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _plain_cluster_block(items: list[Event], weights: dict[str, float]) -> list[list[Event]]:
    """The clustering as first written (every member checked for vetoes, the cluster list
    scanned for repeats): the oracle for the indexed version."""
    from collections import defaultdict

    from timeline.eventing import merge
    from timeline.eventing.similarity import THRESHOLD, similarity, vetoed

    clusters: list[list[Event]] = []
    index: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for item in items:
        sig = item.signature
        if sig is None or item.kind != "event":
            same = [i for i, c in enumerate(clusters)
                    if c[0].value == item.value and c[0].key == item.key]
            if same:
                clusters[same[0]].append(item)
            else:
                clusters.append([item])
            continue
        candidates = sorted({i for k in merge._lookup_keys(sig) for i in index.get(k, ())})
        best = None
        for i in candidates:
            members = [m.signature for m in clusters[i] if m.signature is not None]
            if any(vetoed(sig, m) for m in members):
                continue
            sample = members[:8]
            score = sum(similarity(sig, m, weights) for m in sample) / max(1, len(sample))
            if score >= THRESHOLD and (best is None or score > best[0]):
                best = (score, i)
        if best is None:
            clusters.append([item])
            target = len(clusters) - 1
        else:
            target = best[1]
            clusters[target].append(item)
        for k in merge._index_keys(sig):
            index[k].add(target)
    return clusters


def test_clustering_equals_the_plain_algorithm_on_syndicated_copies(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many copies of the same stories on the same days (wire copy syndicated under other
    ids), durations and "now" included: the same clusters as checking every member."""
    from timeline.eventing import merge

    options = BuildOptions(include=frozenset({"durations", "sets", "references"}))
    base = [e for a in _analyses([corpus, SEEDS], options) for e in a.events]
    candidates = []
    for copy in range(6):
        for e in base:
            sig = replace(e.signature, doc_id=f"{e.signature.doc_id}#{copy}")
            mentions = tuple(replace(m, doc_id=f"{m.doc_id}#{copy}") for m in e.mentions)
            candidates.append(replace(e, signature=sig, mentions=mentions))
    indexed = merge_events(candidates)
    monkeypatch.setattr(merge, "_cluster_block", _plain_cluster_block)
    _same(indexed, merge_events(candidates))
    assert max(len(e.mentions) for e in indexed) >= 6


def test_an_output_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(blocker / "out"),
                                      "--no-progress"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == (
        f"timeline: {blocker / 'out'}: Not a directory: nothing written"
    )
    assert "Traceback" not in result.output
    assert blocker.read_text(encoding="utf-8") == "not a folder"
