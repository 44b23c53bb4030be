"""Whole `factcheck check` runs on generated corpora, against the targets of the performance issue.

    python benchmarks/run.py [--sizes 1000,10000] [--corpora DIR]

For each size it generates a corpus (kept under --corpora to reuse, default a temporary folder),
times a plain `re.findall(r"\\w+")` pass over the same files, then runs `factcheck check` as a
subprocess: --jobs 1 and --jobs 2 without the cache, then --jobs 2 cold and warm with one (a warm
run of an unchanged corpus replays the cold run's report), then with one article changed (only the
claim cache helps: that article is extracted again and every rule checked). Each
run's time and the peak RSS of its largest process (the CLI itself) are measured with wait4, so
they are the figures a user sees; the runs without a cache also print where their time went, per
stage and for the slowest rules (`--timings`). It prints MB/s, articles/s, the ratios the targets name, and
whether every planted contradiction (the generator's Yellen in 2025) was found. Every run must
write the same report, byte for byte; a difference is an error.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
WORD = re.compile(r"\w+")


def timed(argv: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MiB) of one command, its own process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(argv)}: exit {proc.returncode}\n{err}")
    return seconds, usage.ru_maxrss / 1024


def word_pass(folder: Path) -> tuple[float, int]:
    start = time.perf_counter()
    size = 0
    for path in sorted(folder.iterdir()):
        text = path.read_text(encoding="utf-8")
        size += len(text.encode())
        WORD.findall(text)
    return time.perf_counter() - start, size


def planted(folder: Path, report: Path) -> tuple[int, int]:
    """(articles flagged for Janet Yellen as Treasury Secretary, articles that say so): every
    generated article is of 2025, when she no longer held the office, so each is a planted error."""
    said = {p.name for p in folder.glob("*.txt") if "Janet Yellen" in p.read_text(encoding="utf-8")}
    data = json.loads(report.read_text(encoding="utf-8"))
    flagged = {
        claim["article"]
        for conflict in data["conflicts"]
        if conflict["rule"] == "office-vs-reference"
        for claim in conflict["claims"]
        if claim["value"].get("person") == "janet-yellen"
    }
    return len(flagged & said), len(said)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--corpora", type=Path, default=None, help="keep generated corpora here")
    args = parser.parse_args()
    keep = args.corpora
    scratch = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    base = keep or scratch
    try:
        for size in (int(s) for s in args.sizes.split(",")):
            folder = base / f"gen{size}"
            if not folder.is_dir():
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), str(folder), "--articles", str(size)], check=True
                )
            bench(folder, size, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def show(name: str, result: tuple[float, float], mb: float, size: int) -> None:
    seconds, rss = result
    print(f"  {name:<20} {seconds:8.1f} s  {mb / seconds:6.2f} MB/s  {size / seconds:7.0f} articles/s  {rss:7.0f} MiB")


def stages(record: dict[str, Any]) -> None:
    """Where a run's time went (its --timings): each stage, and the slowest rules of the check stage."""
    print("    stages: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in record["stages"].items()))
    slowest = list(record["rules"].items())[:5]
    print("    slowest rules: " + ", ".join(f"{rule} {seconds:.2f} s" for rule, seconds in slowest))


def bench(folder: Path, size: int, scratch: Path) -> None:
    words, nbytes = word_pass(folder)
    mb = nbytes / 1e6
    cache = scratch / f"cache{size}.sqlite"
    cache.unlink(missing_ok=True)
    exe = [sys.executable, "-m", "factcheck", "check", str(folder), "--format", "json", "--quiet"]
    runs = {
        "jobs 1, no cache": ["--jobs", "1", "--no-cache"],
        "jobs 2, no cache": ["--jobs", "2", "--no-cache"],
        "jobs 2, cold cache": ["--jobs", "2", "--cache", str(cache)],
        "jobs 2, warm cache": ["--jobs", "2", "--cache", str(cache)],
    }
    print(f"\n{size} articles, {mb:.1f} MB; the \\w+ pass: {words:.2f} s ({mb / words:.1f} MB/s)")
    results: dict[str, tuple[float, float]] = {}
    reports: list[bytes] = []
    for name, extra in runs.items():
        # the cached runs write one path, as a user's re-run does: a warm run replays that run's report
        out = scratch / (f"report{size}-cached.json" if "--cache" in extra else f"report{size}-{len(reports)}.json")
        timings = scratch / f"timings{size}-{len(reports)}.json"
        results[name] = timed([*exe, *extra, "--report", str(out), "--timings", str(timings)])
        reports.append(out.read_bytes())
        show(name, results[name], mb, size)
        if "--no-cache" in extra:
            stages(json.loads(timings.read_text(encoding="utf-8")))
    # one article changed: the run is no replay; that article alone is extracted again, all rules checked
    first = sorted(folder.glob("*.txt"))[0]
    kept = first.read_bytes()
    try:
        first.write_bytes(kept + b"\nThe S&P 500 rose 0.1% on Friday.\n")
        out = scratch / f"report{size}-cached.json"
        results["one article changed"] = timed([*exe, "--jobs", "2", "--cache", str(cache), "--report", str(out)])
        show("one article changed", results["one article changed"], mb, size)
    finally:
        first.write_bytes(kept)
    same = all(r == reports[0] for r in reports)
    one, two = results["jobs 1, no cache"][0], results["jobs 2, no cache"][0]
    cold, warm = results["jobs 2, cold cache"][0], results["jobs 2, warm cache"][0]
    peak = max(rss for _, rss in results.values())
    flagged, plants = planted(folder, scratch / f"report{size}-0.json")
    print(f"  one process / \\w+ pass: {words / one:.3f} (target 0.2)")
    changed = results["one article changed"][0]
    print(f"  2 workers / 1: {one / two:.2f} (target 1.6); warm / cold: {cold / warm:.1f}x faster (target 10)")
    print(f"  one article changed / cold: {cold / changed:.1f}x faster (the claim cache alone)")
    print(f"  peak RSS {peak:.0f} MiB (target under 1,024 at 100k); planted errors found: {flagged} of {plants}")
    print(f"  every run wrote the same report: {'yes' if same else 'NO'}")
    if not same:
        sys.exit("the reports differ between runs")


if __name__ == "__main__":
    main()
