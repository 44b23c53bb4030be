"""Extraction for a whole corpus: from the cache where it can, over worker processes where it must.

An edge: it starts processes and reads and writes the claim cache. What it computes is still the
pure `extract_claims(article, ruleset, kinds)` per article, and the claims come back in the
articles' order, so one process, several processes and a warm cache give the same claims and the
same report, byte for byte. The rule set is sent to each worker once, when it starts; articles go
in chunks. A corpus too small to repay starting processes is extracted in this one.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.cache import CacheError, ClaimCache, article_key, rules_key
from factcheck.extract import extract_claims
from factcheck.models import Article, Claim
from factcheck.ruleset.ruleset import RuleSet

MIN_PARALLEL = 64  # articles to extract below which worker processes cost more than they save
CHUNK = 32  # articles per task: large enough to amortise the round trip, small enough to balance
BATCH = 256  # articles per cache transaction

# Called as work is done: the stage ("extract", "check"), how much more is done, out of how much.
Progress = Callable[[str, int, int], None]


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass
class Extraction:
    """How a run extracts: `jobs` processes (1: in this one) and an optional cache file. It
    remembers what happened, for the summary and the tests: hits, misses and any cache warning."""

    jobs: int = 1
    cache: Path | None = None
    progress: Progress | None = None
    hits: int = 0
    misses: int = 0
    warnings: list[str] = field(default_factory=list)
    _total: int = 0

    def __call__(self, articles: Sequence[Article], ruleset: RuleSet, kinds: Iterable[str] | None) -> list[Claim]:
        wanted = None if kinds is None else sorted(kinds)
        self._total = len(articles)
        store = self._store()
        if store is None:
            out = self._extract(list(articles), ruleset, wanted)
            self.misses += len(articles)
            return [c for claims in out for c in claims]
        try:
            return self._cached(articles, ruleset, wanted, store)
        finally:
            store.close()

    def _store(self) -> ClaimCache | None:
        if self.cache is None:
            return None
        try:
            return ClaimCache(self.cache)
        except CacheError as exc:
            self.warnings.append(str(exc))
            return None

    def _cached(
        self, articles: Sequence[Article], ruleset: RuleSet, kinds: list[str] | None, store: ClaimCache
    ) -> list[Claim]:
        rules = rules_key(ruleset, kinds)
        keys = [article_key(a) for a in articles]
        try:
            found = store.get(keys, rules)
        except CacheError as exc:
            self.warnings.append(str(exc))
            found = {}
        todo = [i for i, k in enumerate(keys) if k not in found]
        self.hits += len(keys) - len(todo)
        if len(todo) < len(keys):
            self._done(len(keys) - len(todo))
        self.misses += len(todo)
        writable = True
        for start in range(0, len(todo), BATCH):
            batch = todo[start : start + BATCH]
            extracted = self._extract([articles[i] for i in batch], ruleset, kinds)
            for i, claims in zip(batch, extracted, strict=True):
                found[keys[i]] = claims
            if writable:
                try:
                    store.put([(keys[i], found[keys[i]]) for i in batch], rules)
                except CacheError as exc:
                    self.warnings.append(str(exc))
                    writable = False
        if writable and todo:
            store.prune()
        return [c for k in keys for c in found[k]]

    def _extract(self, articles: list[Article], ruleset: RuleSet, kinds: list[str] | None) -> list[list[Claim]]:
        if self.jobs <= 1 or len(articles) < MIN_PARALLEL:
            return self._here(articles, ruleset, kinds)
        chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
        out: list[list[Claim]] = []
        try:
            with ProcessPoolExecutor(
                max_workers=self.jobs, mp_context=_context(), initializer=_start, initargs=(ruleset,)
            ) as pool:
                for result in pool.map(_extract_chunk, [(chunk, kinds) for chunk in chunks]):
                    out.extend(result)
                    self._done(len(result))
        except (BrokenProcessPool, OSError) as exc:
            # a worker killed (out of memory, a signal) or no processes to be had: the same work here
            self.warnings.append(f"worker processes failed ({exc or type(exc).__name__}); extracting in one process")
            return self._here(articles, ruleset, kinds)
        return out

    def _here(self, articles: list[Article], ruleset: RuleSet, kinds: list[str] | None) -> list[list[Claim]]:
        out = []
        for article in articles:
            out.append(extract_claims(article, ruleset, kinds))
            self._done(1)
        return out

    def _done(self, n: int) -> None:
        if self.progress is not None:
            self.progress("extract", n, self._total)


def _context() -> multiprocessing.context.BaseContext:
    """Fork when this process runs one thread (workers start at once, the rule set inherited);
    else a fork server, since forking a process with other threads running (a Dask client's, a
    caller's) can deadlock the child."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


_RULESET: RuleSet | None = None


def _start(ruleset: RuleSet) -> None:
    global _RULESET
    _RULESET = ruleset


def _extract_chunk(task: tuple[list[Article], list[str] | None]) -> list[list[Claim]]:
    articles, kinds = task
    assert _RULESET is not None, "worker started without its rule set"
    return [extract_claims(a, _RULESET, kinds) for a in articles]
