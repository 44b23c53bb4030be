"""Shared fixtures: the shipped rule set, and articles made from a sentence and a date."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.extract import extract_claims
from factcheck.models import Article, Claim
from factcheck.ruleset import RuleSet, load_ruleset
from factcheck.timeexpr import parse_date_value

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"


@pytest.fixture(scope="session")
def ruleset() -> RuleSet:
    return load_ruleset([RULES])


def make_article(text: str, published: str | None = "2025-10-15", article_id: str = "a.txt") -> Article:
    return Article(
        id=article_id,
        path=article_id,
        text=text,
        published=parse_date_value(published) if published else Article.model_fields["published"].default,
    )


@pytest.fixture
def claims_of(ruleset: RuleSet) -> Callable[..., list[Claim]]:
    def run(text: str, published: str | None = "2025-10-15", kind: str | None = None) -> list[Claim]:
        found = extract_claims(make_article(text, published), ruleset)
        return [c for c in found if kind is None or c.kind == kind]

    return run
