"""Where a run's time goes: wall seconds per stage and per check rule, for `check --timings FILE`.

The clock is read here and nowhere in the report: a run's timings differ from one run to the next,
its report never does. The engine hands its stages to a `Stopwatch`; the CLI writes what it
recorded as JSON beside the report. Stages are exclusive, so they add up to about the run's time:
starting is the options read, the files found and the pipeline imported; rules is loading the
rule files (a replayed run, its reports written again from the run cache, is one stage); reading
is the time spent producing articles (decoding and parsing files); extraction is the rest of the
time spent waiting for each article's claims (extracting them here, or waiting for the worker
processes and the claim cache); routing is packing claims and sorting them into their check
groups; checking is the checks, rule by rule.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")

STAGES = (
    "start",
    "rules",
    "replay",
    "read",
    "extract",
    "route",
    "check",
    "assemble",
    "report",
)  # in the order a run goes through them


@dataclass
class Stopwatch:
    """Seconds per stage and per rule id, added up over a run."""

    stages: dict[str, float] = field(default_factory=dict)
    rules: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)  # articles, claims: what the seconds were spent on

    def add(self, stage: str, seconds: float) -> None:
        self.stages[stage] = self.stages.get(stage, 0.0) + seconds

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, time.perf_counter() - start)

    def pulls(self, items: Iterable[T], stage: str) -> Iterator[T]:
        """`items` as they come, the time spent producing each added to `stage` (for a stream whose
        work happens as it is read: articles parsed, claims extracted)."""
        source = iter(items)
        while True:
            start = time.perf_counter()
            try:
                item = next(source)
            except StopIteration:
                self.add(stage, time.perf_counter() - start)
                return
            self.add(stage, time.perf_counter() - start)
            yield item

    @contextmanager
    def rule(self, rule_id: str) -> Iterator[None]:
        """One check rule's time, counted in the check stage too."""
        start = time.perf_counter()
        try:
            yield
        finally:
            seconds = time.perf_counter() - start
            self.rules[rule_id] = self.rules.get(rule_id, 0.0) + seconds
            self.add("check", seconds)

    def add_rules(self, rules: dict[str, float]) -> None:
        """Rules' times measured elsewhere (in other processes, at once), counted in no stage."""
        for rule_id, seconds in rules.items():
            self.rules[rule_id] = self.rules.get(rule_id, 0.0) + seconds

    def to_json(self, total: float | None = None) -> str:
        """The record: stages in a run's order, rules slowest first (ties by id), seconds rounded to
        the millisecond."""
        order = {name: i for i, name in enumerate(STAGES)}
        stages = sorted(self.stages.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
        rules = sorted(self.rules.items(), key=lambda kv: (-kv[1], kv[0]))
        record: dict[str, object] = {
            "tool": "factcheck",  # what the corpus reader knows its own output by: never read as an article
            **({"total": round(total, 3)} if total is not None else {}),
            **self.counts,
            "stages": {name: round(max(s, 0.0), 3) for name, s in stages},
            "rules": {name: round(s, 3) for name, s in rules},
        }
        return json.dumps(record, indent=2) + "\n"
