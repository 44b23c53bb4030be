"""A report with conflicts of every shape the CI formats must carry: two sides, a reference, hostile text."""

from __future__ import annotations

import pytest

from factcheck.engine import run
from factcheck.models import Report
from factcheck.ruleset import RuleSet
from tests.conftest import make_article

HOSTILE = 'said "a, b: 100%" ::error::x <b>bold</b> & more'


@pytest.fixture(scope="session")
def report(ruleset: RuleSet) -> Report:
    articles = [
        make_article(
            f"U.S. Treasury Secretary Janet Yellen {HOSTILE} on Monday.",
            "2025-10-15",
            "news/a.md",
        ),
        make_article("Treasury Secretary Scott Bessent said so on Tuesday.", "2025-10-15", "news/b.md"),
    ]
    result = run(articles, ruleset, ["news/c.md: skipped: empty file"])
    assert {c.rule for c in result.conflicts} >= {"office-single-holder", "office-vs-reference"}
    return result
