"""Git, for `--changed-since REF`: the articles changed since a ref (committed, staged, unstaged
or untracked), as the corpus shows their paths. An edge: it runs git and nothing else does."""

from __future__ import annotations

import subprocess
from pathlib import Path

from factcheck.errors import UsageError
from factcheck.io import display_path


def changed_since(ref: str, cwd: Path | None = None) -> set[str]:
    here = cwd or Path.cwd()
    top = Path(_git(["rev-parse", "--show-toplevel"], here).strip())
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], here, f"unknown git ref {ref!r}")
    names = _git(["diff", "--name-only", "-z", ref, "--"], top).split("\0")
    names += _git(["ls-files", "--others", "--exclude-standard", "-z"], top).split("\0")
    return {display_path(top / name) for name in names if name}


def _git(args: list[str], cwd: Path, failure: str | None = None) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False, timeout=60)
    except FileNotFoundError:
        raise UsageError("--changed-since needs git, which is not installed") from None
    except subprocess.TimeoutExpired:
        raise UsageError(f"git {args[0]} did not answer within 60 s") from None
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"
        raise UsageError(failure or f"--changed-since: git {args[0]} failed: {detail}")
    return done.stdout
