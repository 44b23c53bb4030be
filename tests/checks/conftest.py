"""Run the real pipeline on small articles and keep the conflicts of one rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck import engine
from factcheck.models import Conflict
from factcheck.ruleset import RuleSet
from tests.conftest import make_article

Run = Callable[..., list[Conflict]]


@pytest.fixture
def conflicts(ruleset: RuleSet) -> Run:
    def run(*articles: tuple[str, str | None], rule: str) -> list[Conflict]:
        made = [make_article(text, date, f"a{i}.txt") for i, (text, date) in enumerate(articles)]
        return [c for c in engine.run(made, ruleset).conflicts if c.rule == rule]

    return run
