"""Time a full `factcheck check` on a generated corpus and report throughput and peak memory.

    python benchmarks/run.py [--articles 2000] [--repeat 3]

Prints articles per second for each stage (load, extract, check, render) and the peak resident
memory. Numbers vary by machine; compare runs on the same machine.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factcheck import engine
from factcheck.corpus import load_corpus
from factcheck.extract import extract_claims
from factcheck.report import RENDERERS, RenderOptions
from factcheck.ruleset import load_ruleset
from factcheck.settings import default_rules_dir


def main() -> None:
    parser = argparse.ArgumentParser(description="factcheck benchmark")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus_dir = Path(tmp) / "corpus"
        generator = Path(__file__).with_name("generate.py")
        subprocess.run([sys.executable, str(generator), str(corpus_dir), "--articles", str(args.articles)], check=True)
        ruleset = load_ruleset([default_rules_dir()])
        best: dict[str, float] = {}
        for _ in range(args.repeat):
            timings: dict[str, float] = {}
            t = time.perf_counter()
            articles = load_corpus([corpus_dir]).articles
            timings["load"] = time.perf_counter() - t
            t = time.perf_counter()
            claims = [c for a in articles for c in extract_claims(a, ruleset)]
            timings["extract"] = time.perf_counter() - t
            t = time.perf_counter()
            report = engine.run(articles, ruleset)
            timings["extract+check"] = time.perf_counter() - t
            t = time.perf_counter()
            RENDERERS["markdown"](report, RenderOptions())
            RENDERERS["json"](report, RenderOptions())
            timings["render"] = time.perf_counter() - t
            for stage, seconds in timings.items():
                best[stage] = min(best.get(stage, seconds), seconds)
        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{len(articles)} articles, {len(claims)} claims, {len(report.conflicts)} conflicts")
        for stage, seconds in best.items():
            print(f"{stage:>14}: {seconds:7.2f} s  ({len(articles) / seconds:8.0f} articles/s)")
        print(f"{'peak memory':>14}: {peak_mib:7.0f} MiB")


if __name__ == "__main__":
    main()
