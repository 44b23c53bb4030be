"""Long single inputs through the whole pipeline: each must stay linear in its size.

    python benchmarks/long_inputs.py [--mb 1.0]

Cases that were once quadratic or worse: many dates in one sentence (the overlap test of
find_times), many event triggers in one sentence (an anchored search over the whole prefix), ". "
repeated (a sentence per two characters), one huge quote, a run of spaces inside a title; and a
rule set with a people file of --people-mb (loading and validating it). Prints the time of each at
the given size and at half of it: a ratio near 2 is linear.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.corpus.markdown import load  # noqa: E402
from factcheck.engine import run  # noqa: E402
from factcheck.fuzzing import FRAGMENTS  # noqa: E402
from factcheck.ruleset import load_ruleset  # noqa: E402

CASES: dict[str, Callable[[int], str]] = {
    "dates in one sentence": lambda n: ", ".join(f"May {i % 28 + 1}" for i in range(n // 7)) + ".",
    "news fragments": lambda n: " ".join(random.Random(1).choices(FRAGMENTS, k=n // 38)),
    "'. ' repeated": lambda n: ". " * (n // 2),
    "one quote": lambda n: "“" + "word " * (n // 5) + "” Bessent said.",
    "spaces in a title": lambda n: "Treasury" + " " * n + "Secretary Yellen.",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--people-mb", type=float, default=14.0, help="size of the people file; 0 to skip")
    args = parser.parse_args()
    ruleset = load_ruleset([ROOT / "rules"])
    size = int(args.mb * 1_000_000)
    for name, make in CASES.items():
        times = []
        for n in (size // 2, size):
            text = make(n)
            started = time.perf_counter()
            run([load("a.md", "a.md", text, None)], ruleset)
            times.append(time.perf_counter() - started)
        ratio = times[1] / max(times[0], 1e-9)
        half, full = f"{args.mb / 2:.2f} MB {times[0]:6.2f} s", f"{args.mb:.2f} MB {times[1]:6.2f} s"
        print(f"{name:24} {half}   {full}   ratio {ratio:.1f}")
    if args.people_mb:
        times = [_people_file(int(mb * 1_000_000)) for mb in (args.people_mb / 2, args.people_mb)]
        half, full = f"{args.people_mb / 2:.2f} MB {times[0]:6.2f} s", f"{args.people_mb:.2f} MB {times[1]:6.2f} s"
        print(f"{'people file':24} {half}   {full}   ratio {times[1] / times[0]:.1f}")


def _people_file(size: int) -> float:
    """Seconds to load the shipped rules with a people file of about `size` bytes beside them."""
    rng = random.Random(1)
    entries, total, i = [], 0, 0
    while total < size:
        entry = (
            f"  person-{i}:\n    name: Person{i} Surname{rng.randint(0, 10**6)}\n    aliases: [P{i} S{i}, Mr. S{i}]\n"
        )
        entries.append(entry)
        total, i = total + len(entry), i + 1
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "people.yaml").write_text("people:\n" + "".join(entries), encoding="utf-8")
        started = time.perf_counter()
        load_ruleset([ROOT / "rules", Path(tmp)])
        return time.perf_counter() - started


if __name__ == "__main__":
    main()
