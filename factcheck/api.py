"""The one entry point: check(paths) -> Report. The CLI and other programs call this."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from factcheck import engine
from factcheck.corpus import load_corpus
from factcheck.extract import extract_claims
from factcheck.models import Claim, Report
from factcheck.ruleset import RuleSet, load_ruleset
from factcheck.settings import Settings


def load_rules(settings: Settings | None = None) -> RuleSet:
    return load_ruleset((settings or Settings()).rule_dirs())


def check(paths: Sequence[str | Path], ruleset: RuleSet | None = None, settings: Settings | None = None) -> Report:
    """Read the articles under `paths`, extract claims and evaluate every rule."""
    ruleset = ruleset or load_rules(settings)
    corpus = load_corpus(paths)
    return engine.run(corpus.articles, ruleset, corpus.warnings)


def claims(
    paths: Sequence[str | Path], ruleset: RuleSet | None = None, settings: Settings | None = None
) -> tuple[list[Claim], list[str]]:
    """Every claim in the articles under `paths`, with the corpus warnings."""
    ruleset = ruleset or load_rules(settings)
    corpus = load_corpus(paths)
    return [c for a in corpus.articles for c in extract_claims(a, ruleset)], corpus.warnings
