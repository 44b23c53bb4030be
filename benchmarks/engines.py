"""The local engine with --jobs 2 against the Dask engine on a LocalCluster of 2 workers, in one run,
on one generated corpus; both reports must be byte-identical.

    python benchmarks/engines.py [--articles 100000] [--scheduler tcp://HOST:PORT]

Each engine runs as `factcheck check` in a subprocess, without the claim cache, so the times are
whole runs (start-up, reading, extraction, checks, report) and the memory is the peak resident
set of the largest process of each run (the run itself or one of its workers). Needs the dask
extra: pip install 'factcheck[dask]'.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(args: list[str], cwd: Path) -> tuple[float, float]:
    """Seconds and peak RSS in MiB (the largest of the run and its children) of one command."""
    script = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=False, stdout=subprocess.DEVNULL)\n"
        "seconds = time.perf_counter() - t\n"
        "peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, 0) / 1024\n"
        "print(seconds, peak)\n"
    )
    # standard error passes through: a run that fails says why
    out = subprocess.run([sys.executable, "-c", script, *args], cwd=cwd, stdout=subprocess.PIPE, text=True, check=True)
    seconds, peak = out.stdout.split()
    return float(seconds), float(peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--scheduler", default=None, help="a running Dask scheduler instead of a LocalCluster")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generator = Path(__file__).with_name("generate.py")
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, str(generator), str(root / "corpus"), "--articles", str(args.articles)], check=True
        )
        size = sum(f.stat().st_size for f in (root / "corpus").rglob("*") if f.is_file()) / 1e6
        print(f"{args.articles} articles ({size:.1f} MB) generated in {time.perf_counter() - t:.0f} s")
        base = [sys.executable, "-m", "factcheck", "check", "corpus", "--no-cache", "--format", "json", "--quiet"]
        local = [*base, "--jobs", "2", "--report", "local.json"]
        dask = [*base, "--engine", "dask", "--jobs", "2", "--report", "dask.json"]
        if args.scheduler:
            dask += ["--scheduler", args.scheduler]
        for name, command in (("local --jobs 2", local), ("dask, 2 workers", dask)):
            seconds, peak = timed(command, root)
            print(
                f"{name:>16}: {seconds:7.1f} s  ({args.articles / seconds:6.0f} articles/s), peak RSS {peak:6.0f} MiB"
            )
        missing = [name for name in ("local.json", "dask.json") if not (root / name).is_file()]
        if missing:
            raise SystemExit(f"no report written: {', '.join(missing)} (see the errors above)")
        same = (root / "local.json").read_bytes() == (root / "dask.json").read_bytes()
        print("reports byte-identical:", same)
        if not same:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
