"""Throughput and memory of timeline on generated corpora, side by side with dateparser.

    python benchmarks/run.py                     # sizes 1,10,100 MB, every core
    python benchmarks/run.py --sizes 1,10 --dask # smaller, and the Dask engine too

For each corpus size it times, as subprocesses (so peak memory is the command's own):

- ``timeline extract --jsonl`` (the tagger alone, one process);
- ``timeline build`` with ``--jobs 1`` and ``--jobs N`` (and ``--engine dask`` with --dask),
  checking that their outputs are byte-identical;

then tags the 256 TimeBank/AQUAINT articles once with timeline's tagger and once with
dateparser's ``search_dates`` in this process, and reports the speed ratio. Prints markdown
tables and writes them, with the raw figures as JSON, to ``benchmarks/results/``.

MB are 10^6 bytes of article text (UTF-8), not of files on disk. CPU seconds are user + system
time of the command and every process it waited for; "MB/s per core" divides by CPU time,
so it stays meaningful on a busy machine where wall-clock time does not.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DATA, MB, REPO, Corpus, generate, load_articles  # noqa: E402

RESULTS = REPO / "benchmarks" / "results"
TIMELINE = [sys.executable, "-m", "timeline.cli"]
# The code under test: the working tree, or a snapshot of a commit (--rev).
CODE = REPO


@dataclass
class Run:
    """One timed command on one corpus."""

    label: str
    size_mb: float
    documents: int
    text_bytes: int
    wall_s: float
    cpu_s: float
    peak_rss_mb: float  # largest single process (the command or one of its workers)
    tree_rss_mb: float | None  # sum over the process tree, sampled every 50 ms
    identical: bool | None = None
    events: int | None = None  # events a build wrote (its memory grows with them)
    note: str = ""

    @property
    def mb_per_s(self) -> float:
        return self.text_bytes / MB / self.wall_s

    @property
    def mb_per_cpu_s(self) -> float:
        return self.text_bytes / MB / self.cpu_s

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.wall_s


@dataclass
class Comparison:
    """Two taggers on the same texts, in this process."""

    tagger: str
    documents: int
    text_bytes: int
    seconds: float  # CPU time of this process (robust on a busy machine)
    expressions: int
    wall_s: float = 0.0
    note: str = ""

    @property
    def mb_per_s(self) -> float:
        return self.text_bytes / MB / self.seconds


@dataclass
class Report:
    machine: dict[str, str]
    runs: list[Run] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)


def tree_rss(pid: int) -> float | None:
    try:
        import psutil
    except ImportError:
        return None
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0.0
    total = 0
    for proc in procs:
        with contextlib.suppress(psutil.Error):
            total += proc.memory_info().rss
    return total / MB


# Runs a command and reports its rusage. A child's ru_maxrss counts the pages it had between
# fork and exec, i.e. a copy of whoever forked it: measured from this small launcher, not from
# the benchmark process (which grows while it checks big outputs), the figure is the command's.
LAUNCHER = """
import os, sys
report, command = sys.argv[1], sys.argv[2:]
pid = os.fork()
if pid == 0:
    os.execvp(command[0], command)
_, status, usage = os.wait4(pid, 0)
with open(report, "w") as handle:
    handle.write(f"{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}")
code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)
"""


def timed(command: list[str], stdout: int | None = subprocess.DEVNULL) -> tuple[float, float, float,
                                                                               float | None]:
    """Run ``command``; (wall s, CPU s, peak RSS MB of its largest process, peak tree RSS MB)."""
    env = dict(os.environ, CI="1")  # no progress line
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(CODE), env.get("PYTHONPATH")]))
    handle, report = tempfile.mkstemp(prefix="timeline-bench-rusage-")
    os.close(handle)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", LAUNCHER, report, *command], stdout=stdout,
                            stderr=subprocess.PIPE, env=env, cwd=CODE)
    peak: list[float | None] = [None]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            value = tree_rss(proc.pid)
            if value is not None:
                peak[0] = max(peak[0] or 0.0, value)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = proc.stderr.read() if proc.stderr else b""
    proc.wait()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    figures = Path(report).read_text().split()
    os.unlink(report)
    if proc.returncode != 0 or len(figures) != 2:
        raise SystemExit(
            f"benchmark: {' '.join(command[2:])} failed ({proc.returncode}):\n"
            + stderr.decode(errors="replace")[-2000:]
        )
    # ru_maxrss is in KiB on Linux; it covers the child and the descendants it waited for.
    return wall, float(figures[1]), int(figures[0]) * 1024 / MB, peak[0]


def digest(folder: Path) -> str:
    sha = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        sha.update(path.name.encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()


def bench_extract(corpus: Corpus) -> Run:
    wall, cpu, rss, tree = timed([*TIMELINE, "extract", "--jsonl", str(corpus.jsonl)])
    return Run("extract --jsonl", corpus.megabytes, corpus.documents, corpus.text_bytes,
               wall, cpu, rss, tree)


def event_count(path: Path) -> int:
    """The ``count`` events.json states in its header (no need to load 100s of MB)."""
    with path.open(encoding="utf-8") as handle:
        head = handle.read(1 << 16)
    found = re.search(r'^  "count": (\d+),$', head, re.M)
    if found is None:
        return len(json.loads(path.read_text(encoding="utf-8"))["events"])
    return int(found.group(1))


def bench_build(corpus: Corpus, jobs: int, engine: str, reference: str | None,
                scratch: Path) -> tuple[Run, str]:
    out = scratch / f"build-{engine}-{jobs}"
    shutil.rmtree(out, ignore_errors=True)
    command = [*TIMELINE, "build", str(corpus.folder), "--out", str(out), "--jobs", str(jobs),
               "--no-progress"]
    if engine != "local":
        command += ["--engine", engine]
    wall, cpu, rss, tree = timed(command)
    got = digest(out)
    events = event_count(out / "events.json")
    label = f"build --jobs {jobs}" + (f" --engine {engine}" if engine != "local" else "")
    note = "CPU s exclude Dask worker processes" if engine == "dask" else ""
    run = Run(label, corpus.megabytes, corpus.documents, corpus.text_bytes, wall, cpu, rss, tree,
              identical=None if reference is None else got == reference, events=events,
              note=note)
    shutil.rmtree(out, ignore_errors=True)
    return run, got


def compare_taggers(limit_mb: float) -> list[Comparison]:
    """timeline's tagger and dateparser's search_dates on the same TimeBank/AQUAINT texts."""
    from datetime import date

    from timeline.temporal import tag

    articles = []
    size = 0
    for article in load_articles():
        if size >= limit_mb * MB:
            break
        articles.append(article)
        size += len(article.text.encode("utf-8"))
    tag("warm up on Wednesday, 29 October 2025.", date(2025, 10, 29))
    wall, cpu = time.perf_counter(), time.process_time()
    ours = sum(len(tag(a.text, a.dct)) for a in articles)
    results = [Comparison("timeline (timeline.temporal.tag)", len(articles), size,
                          time.process_time() - cpu, ours, time.perf_counter() - wall)]
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("benchmark: dateparser not installed (pip install '.[bench]'): comparison skipped",
              file=sys.stderr)
        return results
    import dateparser

    search_dates("warm up on 29 October 2025", languages=["en"])
    wall, cpu = time.perf_counter(), time.process_time()
    theirs = 0
    for a in articles:
        found = search_dates(
            a.text, languages=["en"],
            settings={"RELATIVE_BASE": datetime.combine(a.dct, datetime.min.time())},
        )
        theirs += len(found or [])
    results.append(Comparison(
        f"dateparser {dateparser.__version__} (search_dates, languages=['en'])", len(articles),
        size, time.process_time() - cpu, theirs, time.perf_counter() - wall,
        note="language given, so no detection cost"))
    return results


def snapshot(rev: str, into: Path) -> str:
    """Export commit ``rev`` of the repository into ``into`` (the working tree is untouched),
    so the code cannot change under a long run; returns the short commit id."""
    commit = subprocess.run(["git", "rev-parse", "--short", rev], cwd=REPO, capture_output=True,
                            text=True)
    if commit.returncode != 0:
        raise SystemExit(f"benchmark: --rev {rev}: {commit.stderr.strip()}")
    archive = subprocess.run(["git", "archive", rev], cwd=REPO, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return commit.stdout.strip()


def machine() -> dict[str, str]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO,
                            capture_output=True, text=True).stdout.strip()
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else ""
    return {"cores": str(cores), "cpu": cpu or platform.processor(),
            "python": platform.python_version(), "commit": commit,
            "load_before": load, "date": datetime.now().strftime("%Y-%m-%d %H:%M")}


def table(report: Report) -> str:
    m = report.machine
    lines = [
        f"Machine: {m['cores']} cores ({m['cpu']}), Python {m['python']}, commit {m['commit']}, "
        f"load average before the run {m['load_before']}. Corpus repeats spread over "
        f"{m.get('spread', 'years')}.",
        "",
        "| command | corpus | docs | wall s | MB/s | docs/s | CPU s | MB/s per core "
        "| peak RSS MB | tree RSS MB | events | = --jobs 1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|",
    ]
    for r in report.runs:
        same = "" if r.identical is None else ("yes" if r.identical else "**NO**")
        tree = "" if r.tree_rss_mb is None else f"{r.tree_rss_mb:.0f}"
        lines.append(
            f"| `{r.label}` | {r.size_mb:g} MB | {r.documents:,} | {r.wall_s:.1f} | "
            f"{r.mb_per_s:.2f} | {r.docs_per_s:,.0f} | {r.cpu_s:.1f} | {r.mb_per_cpu_s:.2f} | "
            f"{r.peak_rss_mb:.0f} | {tree} | {'' if r.events is None else f'{r.events:,}'} "
            f"| {same} |"
        )
    lines += ["", *scaling(report.runs)]
    if report.comparisons:
        ours = report.comparisons[0]
        lines += [
            "",
            f"Same texts, in one process: {ours.documents} TimeBank/AQUAINT articles, "
            f"{ours.text_bytes / MB:.2f} MB.",
            "",
            "| tagger | CPU s | wall s | MB/s per core | expressions found "
            "| timeline is × faster |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for c in report.comparisons:
            ratio = c.seconds / ours.seconds
            lines.append(f"| {c.tagger} | {c.seconds:.2f} | {c.wall_s:.2f} | {c.mb_per_s:.3f} | "
                         f"{c.expressions:,} | {ratio:.1f} |")
    return "\n".join(lines) + "\n"


def scaling(runs: list[Run]) -> list[str]:
    """How time and memory grow from the smallest corpus to the largest, per command."""
    out = ["Growth from the smallest to the largest corpus (linear time: s/MB stays put; "
           "flat memory: peak RSS stays put):", ""]
    by_label: dict[str, list[Run]] = {}
    for r in runs:
        by_label.setdefault(r.label, []).append(r)
    for label, rs in by_label.items():
        if len(rs) < 2:
            continue
        a, b = min(rs, key=lambda r: r.size_mb), max(rs, key=lambda r: r.size_mb)
        out.append(
            f"- `{label}`: {b.size_mb / a.size_mb:g}× the text took "
            f"{b.wall_s / a.wall_s:.1f}× the time ({a.cpu_s / a.size_mb:.2f} → "
            f"{b.cpu_s / b.size_mb:.2f} CPU s/MB) and {b.peak_rss_mb / a.peak_rss_mb:.2f}× "
            f"the peak memory ({a.peak_rss_mb:.0f} → {b.peak_rss_mb:.0f} MB)."
        )
    return out


def main() -> None:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,100",
                        help="corpus sizes in MB, comma-separated (default 1,10,100)")
    parser.add_argument("--jobs", type=int, default=cores,
                        help=f"--jobs N for the parallel build (default: every core, {cores})")
    parser.add_argument("--dask", action="store_true",
                        help="also build with --engine dask (a local cluster of N workers)")
    parser.add_argument("--dask-max-mb", type=float, default=10,
                        help="largest corpus built with --dask (default 10)")
    parser.add_argument("--rev", help="benchmark this commit (exported to a temporary folder) "
                        "instead of the working tree, e.g. HEAD while others edit the tree")
    parser.add_argument("--no-build", action="store_true", help="time extract only")
    parser.add_argument("--compare-mb", type=float, default=1.0,
                        help="text for the dateparser comparison, in MB (default: all 256 "
                             "TimeBank/AQUAINT articles, 0.53 MB)")
    parser.add_argument("--no-compare", action="store_true", help="skip the dateparser run")
    parser.add_argument("--data", type=Path, default=DATA, help="where corpora are generated")
    parser.add_argument("--spread", choices=["years", "days"], default="years",
                        help="repeats move k years, text included (an archive spanning years; "
                             "default) or only the publication date k days (every story "
                             "repeated in every round: a merge stress test)")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]

    global CODE
    report = Report(machine())
    report.machine["spread"] = args.spread
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        scratch = Path(tmp)
        if args.rev:
            CODE = scratch / "code"
            CODE.mkdir()
            report.machine["commit"] = snapshot(args.rev, CODE) + " (snapshot)"
            sys.path.insert(0, str(CODE))
            os.environ.setdefault("TIMELINE_SHARED", str(REPO.parent / "shared"))
        print(f"benchmark: {report.machine['cores']} cores; code {CODE}; corpora under "
              f"{args.data}", file=sys.stderr)
        for size in sizes:
            corpus = generate(size, args.data, spread=args.spread)
            print(f"benchmark: {size:g} MB: {corpus.documents:,} documents", file=sys.stderr)
            report.runs.append(bench_extract(corpus))
            if args.no_build:
                continue
            serial, reference = bench_build(corpus, 1, "local", None, scratch)
            report.runs.append(serial)
            if args.jobs > 1:
                report.runs.append(bench_build(corpus, args.jobs, "local", reference, scratch)[0])
            if args.dask and size <= args.dask_max_mb:
                report.runs.append(bench_build(corpus, args.jobs, "dask", reference, scratch)[0])
            print(table(Report(report.machine, report.runs)).split("\n\n")[1], file=sys.stderr)
            save(report, stamp)
        if not args.no_compare:
            print("benchmark: comparing taggers on the same texts", file=sys.stderr)
            report.comparisons = compare_taggers(args.compare_mb)

    print(table(report))
    print(f"benchmark: wrote {save(report, stamp)} and .json", file=sys.stderr)


def save(report: Report, stamp: str) -> Path:
    """Write the tables and raw figures so far (after each corpus: a long run that dies
    keeps what it measured)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"results-{stamp}.md"
    path.write_text(table(report), encoding="utf-8")
    raw = {"machine": report.machine,
           "runs": [asdict(r) | {"mb_per_s": r.mb_per_s, "mb_per_cpu_s": r.mb_per_cpu_s,
                                 "docs_per_s": r.docs_per_s} for r in report.runs],
           "comparisons": [asdict(c) | {"mb_per_s": c.mb_per_s} for c in report.comparisons]}
    path.with_suffix(".json").write_text(json.dumps(raw, indent=2) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    main()
