"""The claim cache: a warm run extracts nothing, a changed article alone is extracted again, a
changed vocabulary invalidates, a changed message does not, and a damaged file never stops a run."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from factcheck import engine
from factcheck.cache import ClaimCache, article_key, rules_key
from factcheck.models import Article
from factcheck.parallel import Extraction
from factcheck.ruleset import RuleSet
from factcheck.ruleset.schema import Person
from tests.conftest import make_article

TEXTS = [
    "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Madrid on Sunday.",
    "The S&P 500 fell 1.2% to 6,512.40 on Friday.",
    "U.S. Treasury Secretary Janet Yellen spoke in Washington.",
]


def corpus() -> list[Article]:
    return [make_article(t, "2025-09-16", f"a{i}.md") for i, t in enumerate(TEXTS)]


def run(articles: list[Article], ruleset: RuleSet, path: Path) -> Extraction:
    extraction = Extraction(jobs=1, cache=path)
    assert extraction.claims(articles, ruleset, None) == engine.extract_all(articles, ruleset, None)
    return extraction


def test_a_warm_run_extracts_nothing(ruleset: RuleSet, tmp_path: Path) -> None:
    path = tmp_path / ".factcheck" / "cache.sqlite"
    cold = run(corpus(), ruleset, path)
    warm = run(corpus(), ruleset, path)
    assert (cold.hits, cold.misses) == (0, 3)
    assert (warm.hits, warm.misses) == (3, 0)


def test_a_changed_article_alone_is_extracted_again(ruleset: RuleSet, tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    run(corpus(), ruleset, path)
    changed = corpus()
    changed[1] = make_article("The S&P 500 rose 0.4% on Friday.", "2025-09-16", "a1.md")
    again = run(changed, ruleset, path)
    assert (again.hits, again.misses) == (2, 1)


def test_a_vocabulary_change_invalidates_but_a_message_does_not(ruleset: RuleSet, tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    run(corpus(), ruleset, path)
    people = {**ruleset.people, "jane-roe": Person(name="Jane Roe")}
    more_people = dataclasses.replace(ruleset, people=people)
    assert run(corpus(), more_people, path).hits == 0
    first = ruleset.checks[0]
    reworded = dataclasses.replace(ruleset, checks=(first.model_copy(update={"message": "x"}), *ruleset.checks[1:]))
    assert rules_key(reworded, None) == rules_key(ruleset, None)
    assert run(corpus(), reworded, path).hits == 3


def test_the_kinds_wanted_are_part_of_the_key(ruleset: RuleSet) -> None:
    assert rules_key(ruleset, {"market_move"}) != rules_key(ruleset, None)


def test_the_article_key_covers_what_claims_are_built_from() -> None:
    a = make_article("The S&P 500 fell 1.2% on Friday.", "2025-09-16", "a.md")
    assert article_key(a) == article_key(make_article("The S&P 500 fell 1.2% on Friday.", "2025-09-16", "a.md"))
    assert article_key(a) != article_key(make_article("The S&P 500 fell 1.2% on Friday.", "2025-09-17", "a.md"))
    assert article_key(a) != article_key(make_article("The S&P 500 fell 1.2% on Friday.", "2025-09-16", "b.md"))


def test_a_damaged_cache_file_is_a_warning_and_the_run_goes_on(ruleset: RuleSet, tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    extraction = run(corpus(), ruleset, path)
    assert extraction.misses == 3
    assert extraction.warnings and str(path) in extraction.warnings[0]


def test_a_damaged_row_is_a_miss(ruleset: RuleSet, tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    run(corpus(), ruleset, path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE claims_v1 SET data = x'00ff'")
    again = run(corpus(), ruleset, path)
    assert (again.hits, again.misses) == (0, 3) and again.warnings == []


def test_an_unwritable_cache_is_a_warning(ruleset: RuleSet, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    extraction = run(corpus(), ruleset, blocker / "cache.sqlite")  # its folder is a file
    assert extraction.warnings and extraction.misses == 3


def test_rows_of_another_factcheck_version_are_pruned(ruleset: RuleSet, tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    run(corpus(), ruleset, path)
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO claims_v1 (article, rules, code, data) VALUES ('x', 'y', 'old', x'00')")
    changed = [*corpus()[:2], make_article("The Dow rose 1% on Friday.", "2025-09-16", "a2.md")]
    run(changed, ruleset, path)
    store = ClaimCache(path)
    try:
        assert store.get(["x"], "y") == {}
    finally:
        store.close()
