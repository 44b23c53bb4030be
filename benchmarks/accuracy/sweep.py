"""Run factcheck on a fresh sweep of real pages, one story at a time, and list every conflict.

    python benchmarks/accuracy/sweep.py SWEEP_DIR [--pages benchmarks/accuracy/sweeps/sweep2.pages.yaml]

SWEEP_DIR holds one folder per story (`<story>/` with the saved pages and their sources.yaml), as
the pages file lists them; the pages are third-party text and are never committed. A sweep has no
gold labels: it is a precision check. Each conflict is printed with its rule, severity, file:line
and message, for a reader to judge; the judgements of past runs are in sweeps/<name>.verdicts.yaml.
With --pages, pages missing or differing from their recorded sha256 are reported first.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from factcheck import engine  # noqa: E402
from factcheck.corpus import load_corpus  # noqa: E402
from factcheck.ruleset import load_ruleset  # noqa: E402
from factcheck.settings import default_rules_dir  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sweep", type=Path)
    parser.add_argument("--pages", type=Path, default=None, help="a sweeps/<name>.pages.yaml to verify against")
    args = parser.parse_args()
    if args.pages is not None:
        pages = yaml.safe_load(args.pages.read_text(encoding="utf-8"))["pages"]
        bad = [p for p in pages if not _matches(args.sweep / p["story"] / p["file"], p["sha256"])]
        for page in bad:
            print(f"missing or differs: {page['story']}/{page['file']} ({page['url']})")
        print(f"{len(pages) - len(bad)}/{len(pages)} pages match")
    ruleset = load_ruleset([default_rules_dir()])
    stories = sorted(d for d in args.sweep.iterdir() if d.is_dir() and (d / "sources.yaml").is_file())
    tally: Counter[str] = Counter()
    claims = 0
    for story in stories:
        articles = load_corpus([story]).articles
        result = engine.run(articles, ruleset)
        claims += result.summary.claims
        for c in result.conflicts:
            tally[c.severity.value] += 1
            first = c.claims[0].evidence
            print(
                f"{story.name}  {c.rule}  {c.severity.value}  {Path(first.path).name}:{first.line}  {c.message[:160]}"
            )
    shown = ", ".join(f"{n} {s}" for s, n in sorted(tally.items())) or "none"
    print(f"{len(stories)} stories, {claims} claims; conflicts: {shown}")
    return 0


def _matches(path: Path, sha256: str) -> bool:
    return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == sha256


if __name__ == "__main__":
    sys.exit(main())
