"""The long fuzz run: generated articles through the whole pipeline, mutated rule sets through the CLI.

    python benchmarks/fuzz.py [--articles 300] [--rules 100] [--seed 1] [--timeout 10]

Articles run in this process (extract, check, every report format), each under a time limit: a
traceback or a run over the limit is counted and its input kept in the output. Rule sets run
through `factcheck rules validate` in a subprocess: the only acceptable outcomes are exit 0, or
exit 2 with every problem line naming file:line. Prints inputs tried, tracebacks, hangs, bad exits
and the slowest inputs; exits 1 when anything went wrong.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.corpus.markdown import load as load_markdown  # noqa: E402
from factcheck.engine import run  # noqa: E402
from factcheck.fuzzing import article, mutate_rules  # noqa: E402
from factcheck.report import RENDERERS, RenderOptions  # noqa: E402
from factcheck.ruleset import load_ruleset  # noqa: E402

RULES = ROOT / "rules"
WHERE = re.compile(r"^\S+:\d+(?::\d+)?: ")
SUMMARY = re.compile(r"\d+ problems?")  # the count line after the problems


class Hang(Exception):
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise Hang


def fuzz_articles(count: int, seed: int, timeout: int) -> dict[str, list[tuple[float, str]]]:
    ruleset = load_ruleset([RULES])
    out: dict[str, list[tuple[float, str]]] = {"tracebacks": [], "hangs": [], "times": []}
    signal.signal(signal.SIGALRM, _alarm)
    for n in range(count):
        text = article(random.Random(seed * 100_003 + n))
        started = time.perf_counter()
        signal.alarm(timeout)
        try:
            report = run([load_markdown("a.md", "a.md", text, None)], ruleset)
            for render in RENDERERS.values():
                render(report, RenderOptions())
        except Hang:
            out["hangs"].append((timeout, text))
        except Exception:
            out["tracebacks"].append((0.0, traceback.format_exc() + "\n--- input ---\n" + text))
        finally:
            signal.alarm(0)
        out["times"].append((time.perf_counter() - started, text))
    return out


def fuzz_rules(count: int, seed: int, timeout: int) -> dict[str, list[str]]:
    files = sorted(RULES.rglob("*.yaml"))
    out: dict[str, list[str]] = {"bad_exits": [], "hangs": [], "exit0": [], "exit2": []}
    for n in range(count):
        rng = random.Random(seed * 7919 + n)
        source = rng.choice(files)
        with tempfile.TemporaryDirectory() as tmp:
            layer = Path(tmp) / "rules"
            shutil.copytree(RULES, layer)
            target = layer / source.relative_to(RULES)
            target.write_text(mutate_rules(source.read_text(encoding="utf-8"), rng), encoding="utf-8")
            cmd = [sys.executable, "-m", "factcheck", "rules", "validate", "--no-default-rules", str(layer)]
            try:
                done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=tmp, check=False)
            except subprocess.TimeoutExpired:
                out["hangs"].append(str(target))
                continue
            lines = [line for line in done.stderr.splitlines() if line and not SUMMARY.fullmatch(line)]
            if done.returncode == 0:
                out["exit0"].append(str(source))
            elif done.returncode == 2 and lines and all(WHERE.match(line) for line in lines):
                out["exit2"].append(str(source))
            else:
                out["bad_exits"].append(f"{source.relative_to(RULES)}: exit {done.returncode}: {done.stderr[-400:]}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rules", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=int, default=10)
    args = parser.parse_args()
    started = time.perf_counter()
    arts = fuzz_articles(args.articles, args.seed, args.timeout)
    rules = fuzz_rules(args.rules, args.seed, args.timeout * 3)
    slowest = sorted(arts["times"], key=lambda t: -t[0])[:3]
    print(f"articles: {args.articles} tried, {len(arts['tracebacks'])} tracebacks, {len(arts['hangs'])} hangs")
    for seconds, text in slowest:
        print(f"  slowest {seconds * 1000:.0f} ms: {text[:80]!r}")
    print(
        f"rule sets: {args.rules} tried, {len(rules['exit0'])} valid, {len(rules['exit2'])} exit 2 with file:line, "
        f"{len(rules['bad_exits'])} other exits, {len(rules['hangs'])} hangs"
    )
    for item in arts["tracebacks"][:3] + [(0.0, b) for b in rules["bad_exits"][:3]]:
        print("----\n" + item[1][-1500:])
    print(f"{time.perf_counter() - started:.0f} s")
    failed = arts["tracebacks"] or arts["hangs"] or rules["bad_exits"] or rules["hangs"]
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
