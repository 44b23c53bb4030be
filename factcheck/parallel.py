"""Extraction for a whole corpus: from the cache where it can, over worker processes where it must;
and the check stage shared among processes.

An edge: it starts processes and reads and writes the claim cache. What it computes is still the
pure `extract_claims(article, ruleset, kinds)` per article, and the claims come back in the
articles' order, so one process, several processes and a warm cache give the same claims and the
same report, byte for byte. The rule set is sent to each worker once, when it starts; articles go
in chunks. A corpus too small to repay starting processes is extracted in this one.

The checks, once every claim is held, are shared the same way (`SharedCheck`): each process takes
rules as it is free, and the conflicts come back in rule order, so the report is the same.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.cache import CacheError, ClaimCache, article_key, rules_key
from factcheck.engine import Held
from factcheck.extract import extract_claims
from factcheck.models import Article, Claim, Conflict
from factcheck.ruleset.ruleset import RuleSet
from factcheck.timing import Stopwatch

MIN_PARALLEL = 64  # articles to extract below which worker processes cost more than they save
CHUNK = 32  # articles per task: large enough to amortise the round trip, small enough to balance
BATCH = 256  # articles read, looked up and stored in the cache at a time
MIN_PARALLEL_CHECK = 50_000  # claims routed to checks below which a second process costs more than it saves
AHEAD = 3  # batches in the workers while the oldest is handed on: they never wait for this process

# Called as work is done: the stage ("extract", "check"), how much more is done, out of how much
# (0: not known in advance, as when articles are streamed).
Progress = Callable[[str, int, int], None]


@dataclass
class _Batch:
    """Articles on their way: those the cache had, and the rest extracted here or being extracted."""

    articles: list[Article]
    keys: list[str]
    claims: dict[int, list[Claim]]  # by position in the batch
    todo: list[int] = field(default_factory=list)  # the positions the cache did not have
    tasks: list[tuple[list[int], Future[list[list[Claim]]]]] = field(default_factory=list)


@dataclass
class Extraction:
    """How a run extracts: `jobs` processes (1: in this one) and an optional cache file. It
    remembers what happened, for the summary and the tests: hits, misses and any cache warning.

    Articles are streamed through it a batch at a time, `AHEAD` batches in the workers while the
    oldest is handed on, so memory holds a few batches of articles, never the corpus. The workers
    start with the first batch that has enough articles to extract to repay them.
    """

    jobs: int = 1
    cache: Path | None = None
    progress: Progress | None = None
    hits: int = 0
    misses: int = 0
    warnings: list[str] = field(default_factory=list)
    _pool: ProcessPoolExecutor | None = field(default=None, init=False, repr=False)
    _parallel: bool = field(default=True, init=False, repr=False)  # False once the workers failed
    _store: ClaimCache | None = field(default=None, init=False, repr=False)

    def __call__(
        self, articles: Iterable[Article], ruleset: RuleSet, kinds: Iterable[str] | None
    ) -> Iterator[tuple[Article, list[Claim]]]:
        wanted = None if kinds is None else sorted(kinds)
        self._store = self._open_cache()
        rules = rules_key(ruleset, wanted) if self._store is not None else ""
        pending: deque[_Batch] = deque()
        stored = False
        try:
            for batch in _batched(articles, BATCH):
                pending.append(self._begin(batch, ruleset, wanted, rules))
                if len(pending) > AHEAD:
                    stored |= self._finish(pending[0], ruleset, wanted, rules)
                    yield from _pairs(pending.popleft())
            while pending:
                stored |= self._finish(pending[0], ruleset, wanted, rules)
                yield from _pairs(pending.popleft())
            if stored and self._store is not None:
                self._store.prune()
        finally:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
                self._pool = None
            if self._store is not None:
                self._store.close()
                self._store = None

    def claims(self, articles: Iterable[Article], ruleset: RuleSet, kinds: Iterable[str] | None) -> list[Claim]:
        """Every claim, in the articles' order, for a caller that wants them all at once."""
        return [c for _, claims in self(articles, ruleset, kinds) for c in claims]

    def _open_cache(self) -> ClaimCache | None:
        if self.cache is None:
            return None
        try:
            return ClaimCache(self.cache)
        except CacheError as exc:
            self.warnings.append(str(exc))
            return None

    def _begin(self, articles: list[Article], ruleset: RuleSet, kinds: list[str] | None, rules: str) -> _Batch:
        """Look the batch up in the cache, and set the rest extracting."""
        keys = [article_key(a) for a in articles] if self._store is not None else []
        found: dict[int, list[Claim]] = {}
        if self._store is not None:
            try:
                cached = self._store.get(keys, rules)
            except CacheError as exc:
                self._fail_cache(exc)
                cached = {}
            found = {i: cached[k] for i, k in enumerate(keys) if k in cached}
        todo = [i for i in range(len(articles)) if i not in found]
        batch = _Batch(articles, keys, found, todo=todo)
        self.hits += len(found)
        self.misses += len(todo)
        if found:
            self._done(len(found))
        pool = self._workers(ruleset, len(todo))
        if pool is None:
            self._here(batch, todo, ruleset, kinds)
        else:
            for start in range(0, len(todo), CHUNK):
                part = todo[start : start + CHUNK]
                batch.tasks.append((part, pool.submit(_extract_chunk, ([articles[i] for i in part], kinds))))
        return batch

    def _finish(self, batch: _Batch, ruleset: RuleSet, kinds: list[str] | None, rules: str) -> bool:
        """Wait for the batch's workers and store what they found; whether anything was stored."""
        for part, task in batch.tasks:
            try:
                result = task.result()
            except (BrokenProcessPool, OSError) as exc:
                # a worker killed (out of memory, a signal) or no processes to be had: the same work here
                self._stop_workers(exc)
                self._here(batch, part, ruleset, kinds)
            else:
                batch.claims.update(zip(part, result, strict=True))
                self._done(len(part))
        batch.tasks = []
        return self._put(batch, batch.todo, rules)

    def _put(self, batch: _Batch, positions: list[int], rules: str) -> bool:
        if self._store is None or not positions:
            return False
        try:
            self._store.put([(batch.keys[i], batch.claims[i]) for i in positions], rules)
        except CacheError as exc:
            self._fail_cache(exc)
            return False
        return True

    def _fail_cache(self, exc: CacheError) -> None:
        self.warnings.append(str(exc))
        if self._store is not None:
            self._store.close()
            self._store = None

    def _workers(self, ruleset: RuleSet, todo: int) -> ProcessPoolExecutor | None:
        if self._pool is None and self._parallel and self.jobs > 1 and todo >= MIN_PARALLEL:
            try:
                self._pool = ProcessPoolExecutor(
                    max_workers=self.jobs, mp_context=_context(), initializer=_start, initargs=(ruleset,)
                )
            except OSError as exc:
                self._stop_workers(exc)
        return self._pool

    def _stop_workers(self, exc: BaseException) -> None:
        if self._parallel:
            self.warnings.append(f"worker processes failed ({exc or type(exc).__name__}); extracting in one process")
        self._parallel = False
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _here(self, batch: _Batch, positions: list[int], ruleset: RuleSet, kinds: list[str] | None) -> None:
        for i in positions:
            batch.claims[i] = extract_claims(batch.articles[i], ruleset, kinds)
            self._done(1)

    def _done(self, n: int) -> None:
        if self.progress is not None:
            self.progress("extract", n, 0)


def _batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _pairs(batch: _Batch) -> Iterator[tuple[Article, list[Claim]]]:
    for i, article in enumerate(batch.articles):
        yield article, batch.claims[i]


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


@dataclass
class SharedCheck:
    """The check stage over `jobs` processes. Forks of this one take the rules largest first (by
    the claims routed to them), one at a time as they finish the last, while this process takes
    them smallest first, until it meets one a fork has begun: the work balances itself, however
    unevenly a rule's claims predict its time. A fork sees the held claims as they are, without a
    copy; only its conflicts come back, and they are put in rule order, so the conflicts are
    `Held.evaluate`'s. With one job, too few claims to repay a process, or other threads running
    (forking would risk a deadlock), this process checks alone; a rule whose process fails is
    checked here, with a warning."""

    jobs: int = 1
    warnings: list[str] = field(default_factory=list)

    def __call__(
        self, held: Held, progress: Progress | None = None, stopwatch: Stopwatch | None = None
    ) -> list[Conflict]:
        routed = held.routed()
        todo = sorted((i for i, n in enumerate(routed) if n), key=lambda i: (-routed[i], i))  # the largest first
        if self.jobs < 2 or sum(routed) < MIN_PARALLEL_CHECK or len(todo) < 2 or not _forkable():
            return held.evaluate(progress, stopwatch)
        watch = stopwatch or Stopwatch()
        here = Stopwatch()  # the rules' own times: with processes checking at once they add up to more than the stage
        with watch.stage("check"):
            found = self._share_out(held, todo, progress, here)
            found.update(held.check_rules([i for i in range(len(routed)) if i not in found], progress, here))
        watch.add_rules(here.rules)
        return [conflict for i in sorted(found) for conflict in found[i]]

    def _share_out(
        self, held: Held, todo: list[int], progress: Progress | None, here: Stopwatch
    ) -> dict[int, list[Conflict]]:
        global _HELD
        _HELD = held  # what the forks see
        failed = False
        try:
            with ProcessPoolExecutor(max_workers=self.jobs - 1, mp_context=multiprocessing.get_context("fork")) as pool:
                tasks = {i: pool.submit(_check_in_fork, i) for i in todo}
                found: dict[int, list[Conflict]] = {}
                for i in reversed(todo):  # the smallest first, while no fork has taken them
                    if not tasks[i].cancel():
                        break
                    found.update(held.check_rules([i], progress, here))
                for i in todo:
                    if i in found:
                        continue
                    try:
                        conflicts, rules = tasks[i].result()
                    except (BrokenProcessPool, OSError) as exc:
                        if not failed:
                            self.warnings.append(
                                f"a checking process failed ({exc or type(exc).__name__}); checked here"
                            )
                        failed = True
                        conflicts = held.check_rules([i], progress, here)
                    else:
                        here.add_rules(rules)
                        if progress is not None:
                            progress("check", 1, len(held.ruleset.checks))
                    held.drop([i])
                    found.update(conflicts)
        finally:
            _HELD = None
        return found


_HELD: Held | None = None


def _forkable() -> bool:
    """Whether this process may fork: a fork copies only the thread calling it, so any other
    thread's locks (a Dask client's, a progress display's) would be held for ever in the child."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _check_in_fork(rule: int) -> tuple[dict[int, list[Conflict]], dict[str, float]]:
    assert _HELD is not None, "checking process forked without the held claims"
    watch = Stopwatch()
    return _HELD.check_rules([rule], None, watch), watch.rules
