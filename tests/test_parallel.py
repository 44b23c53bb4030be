"""Extraction over processes and through the cache gives the claims one process gives, in order."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from factcheck import engine, parallel
from factcheck.extract import extract_claims
from factcheck.models import Article
from factcheck.ruleset import RuleSet
from tests.conftest import make_article

SENTENCES = [
    "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Madrid on Sunday.",
    "The S&P 500 fell 1.2% to 6,512.40 on Friday.",
    "U.S. and Chinese officials met in Geneva on May 10 for trade talks.",
    "The truce between Washington and Beijing expires on Nov. 10.",
]


def corpus(n: int) -> list[Article]:
    return [
        make_article(SENTENCES[i % len(SENTENCES)] + f" Item {i}.", f"2025-09-{1 + i % 28:02d}", f"a{i:04d}.md")
        for i in range(n)
    ]


def test_processes_give_the_claims_of_one_process(ruleset: RuleSet) -> None:
    articles = corpus(parallel.MIN_PARALLEL + 40)
    alone = engine.extract_all(articles, ruleset, None)
    extraction = parallel.Extraction(jobs=2)
    assert extraction.claims(articles, ruleset, None) == alone
    assert extraction.warnings == []


def test_kinds_are_honoured_in_the_workers(ruleset: RuleSet) -> None:
    articles = corpus(parallel.MIN_PARALLEL + 8)
    claims = parallel.Extraction(jobs=2).claims(articles, ruleset, {"market_move"})
    assert claims and {c.kind for c in claims} == {"market_move"}


def _die(task: object) -> object:
    os._exit(3)  # a worker killed mid-task


def test_a_dead_worker_falls_back_to_this_process(ruleset: RuleSet, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = corpus(parallel.MIN_PARALLEL + 8)
    monkeypatch.setattr(parallel, "_extract_chunk", _die)
    extraction = parallel.Extraction(jobs=2)
    assert extraction.claims(articles, ruleset, None) == engine.extract_all(articles, ruleset, None)
    assert len(extraction.warnings) == 1 and "one process" in extraction.warnings[0]


def test_progress_counts_every_article(ruleset: RuleSet, tmp_path: Path) -> None:
    articles = corpus(10)
    done: list[tuple[str, int, int]] = []

    def hear(stage: str, n: int, total: int) -> None:
        done.append((stage, n, total))

    parallel.Extraction(jobs=1, cache=tmp_path / "c.sqlite", progress=hear).claims(articles, ruleset, None)  # cold
    parallel.Extraction(jobs=1, cache=tmp_path / "c.sqlite", progress=hear).claims(articles, ruleset, None)  # warm
    assert sum(n for _, n, _ in done) == 2 * len(articles)
    assert {(stage, total) for stage, _, total in done} == {("extract", 0)}  # streamed: the total is not known


def test_claims_come_back_in_article_order(ruleset: RuleSet) -> None:
    articles = corpus(parallel.MIN_PARALLEL + 1)
    claims = parallel.Extraction(jobs=2).claims(articles, ruleset, None)
    order = [c.evidence.article for c in claims]
    assert order == sorted(order) and set(order) <= {a.id for a in articles}
    assert claims == [c for a in articles for c in extract_claims(a, ruleset)]


def test_a_stream_of_several_batches_keeps_its_order_through_workers_and_cache(
    ruleset: RuleSet, tmp_path: Path
) -> None:
    articles = corpus(2 * parallel.BATCH + 10)
    alone = engine.extract_all(articles, ruleset, None)
    cold = parallel.Extraction(jobs=2, cache=tmp_path / "c.sqlite")
    assert cold.claims(iter(articles), ruleset, None) == alone
    changed = [*articles[:5], make_article("The Nasdaq rose 2% on Monday.", "2025-09-02", "new.md"), *articles[5:]]
    warm = parallel.Extraction(jobs=2, cache=tmp_path / "c.sqlite")
    assert warm.claims(iter(changed), ruleset, None) == engine.extract_all(changed, ruleset, None)
    assert (cold.misses, warm.hits, warm.misses) == (len(articles), len(articles), 1)
    assert cold.warnings == warm.warnings == []


CONTRADICTING = [
    "Treasury Secretary Janet Yellen met Vice Premier He Lifeng in Madrid on Sunday.",
    "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Madrid on Sunday.",
    "The S&P 500 fell 1.2% to 6,512.40 on Friday.",
    "The S&P 500 fell 3.4% to 6,512.40 on Friday.",
    "U.S. and Chinese officials met in Geneva on May 10 for trade talks.",
    "U.S. and Chinese officials met in London on May 10 for trade talks.",
]


@pytest.fixture
def forkable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Checks shared whatever the claims, and forking allowed though an idle thread of an earlier
    test (the Dask engine's offload thread) is alive in the test process."""
    monkeypatch.setattr(parallel, "MIN_PARALLEL_CHECK", 0)
    monkeypatch.setattr(parallel, "_forkable", lambda: True)


def _held(ruleset: RuleSet, n: int) -> engine.Held:
    held = engine.Held(ruleset)
    for i in range(n):
        article = make_article(CONTRADICTING[i % len(CONTRADICTING)], "2025-09-15", f"c{i:03d}.md")
        held.add(article, extract_claims(article, ruleset))
    return held


@pytest.mark.usefixtures("forkable")
def test_checks_shared_among_processes_find_what_one_process_finds(ruleset: RuleSet) -> None:
    alone = _held(ruleset, 30).evaluate()
    assert len({c.rule for c in alone}) >= 2  # several rules, so the shares differ
    heard: list[tuple[str, int, int]] = []
    checking = parallel.SharedCheck(jobs=2)
    shared = checking(_held(ruleset, 30), lambda *event: heard.append(event), None)
    assert shared == alone
    assert checking.warnings == []
    assert len(heard) == len(ruleset.checks)  # every rule heard of once, whichever process checked it


def _die_checking(share: object) -> object:
    os._exit(3)  # a checking process killed


@pytest.mark.usefixtures("forkable")
def test_a_failed_checking_process_leaves_its_share_to_this_one(
    ruleset: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = _held(ruleset, 12).evaluate()
    monkeypatch.setattr(parallel, "_check_in_fork", _die_checking)
    checking = parallel.SharedCheck(jobs=2)
    assert checking(_held(ruleset, 12), None, None) == alone
    assert len(checking.warnings) == 1 and "checked here" in checking.warnings[0]


def test_few_claims_are_checked_in_this_process(ruleset: RuleSet, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "_forkable", lambda: True)
    monkeypatch.setattr(parallel, "_check_in_fork", _die_checking)  # a fork would die: none is made
    checking = parallel.SharedCheck(jobs=2)
    assert checking(_held(ruleset, 12), None, None) == _held(ruleset, 12).evaluate()
    assert checking.warnings == []


def test_no_fork_while_another_thread_runs(ruleset: RuleSet, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_PARALLEL_CHECK", 0)
    monkeypatch.setattr(parallel, "_check_in_fork", _die_checking)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        checking = parallel.SharedCheck(jobs=2)
        assert checking(_held(ruleset, 12), None, None) == _held(ruleset, 12).evaluate()
    finally:
        stop.set()
        other.join()
    assert checking.warnings == []


@pytest.mark.usefixtures("forkable")
@pytest.mark.parametrize("jobs", [3, 8])
def test_several_forks_share_the_rules_and_find_the_same(ruleset: RuleSet, jobs: int) -> None:
    """More processes than cores, or than rules with claims: each rule is still checked once."""
    alone = _held(ruleset, 30).evaluate()
    heard: list[tuple[str, int, int]] = []
    checking = parallel.SharedCheck(jobs=jobs)
    assert checking(_held(ruleset, 30), lambda *event: heard.append(event), None) == alone
    assert len(heard) == len(ruleset.checks) and checking.warnings == []


@pytest.mark.usefixtures("forkable")
def test_a_single_rule_is_checked_in_this_process(ruleset: RuleSet) -> None:
    one = RuleSet(**{**ruleset.__dict__, "checks": ruleset.checks[:1]})
    checking = parallel.SharedCheck(jobs=2)
    assert checking(_held(one, 12), None, None) == _held(one, 12).evaluate()
