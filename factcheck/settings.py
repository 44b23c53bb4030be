"""Run settings: where the rules are and what fails a run."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from factcheck.models import Severity, Suppression


def default_rules_dir() -> Path:
    """The shipped rules: inside the package when installed, at the repository top in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    return here / "rules"


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    rules: tuple[Path, ...] = ()
    default_rules: bool = True  # the shipped rules come first; `rules` are layered over them
    fail_on: Severity | None = Severity.ERROR
    ignores: tuple[Suppression, ...] = ()  # from the configuration: per path and rule
    published: str | None = None  # publication date for articles that give none
    timezone: str | None = None  # the zone publication times with an offset are read in
    fields: dict[str, tuple[str, ...]] = {}  # field names in JSON and JSON Lines exports, per field
    max_file_size: int = 5 * 1024 * 1024  # bytes; larger files are skipped, named
    jobs: int = 1  # processes extracting claims; 1: this one
    cache: Path | None = None  # the claim cache file (SQLite); None: no cache
    engine: Literal["local", "dask"] = "local"
    scheduler: str | None = None  # a Dask scheduler's address; None: a LocalCluster of `jobs` workers

    def rule_dirs(self) -> tuple[Path, ...]:
        if not self.default_rules and self.rules:
            return self.rules
        shipped = default_rules_dir()
        return (shipped, *(r for r in self.rules if r.resolve() != shipped.resolve()))


def cores() -> int:
    """The cores this process may run on: the default number of extraction processes."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def failed(counts: dict[str, int], fail_on: Severity | None) -> bool:
    """True when a conflict at or above `fail_on` was found."""
    if fail_on is None:
        return False
    return any(n and Severity(s).rank >= fail_on.rank for s, n in counts.items())
