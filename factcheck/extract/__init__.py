"""Extraction: article -> claims, a pure function of (article, rule set)."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.extract import pattern
from factcheck.extract.context import ArticleView
from factcheck.extract.registry import EXTRACTORS
from factcheck.models import Article, Claim
from factcheck.ruleset.ruleset import RuleSet


def extract_claims(article: Article, ruleset: RuleSet, kinds: Iterable[str] | None = None) -> list[Claim]:
    """Every claim of the given kinds (default: all, built-in and declared in YAML) in one article, sorted
    by position."""
    view = ArticleView(article)
    declared = set(ruleset.claim_kinds) - set(EXTRACTORS)
    chosen = None if kinds is None else set(kinds)
    wanted = sorted(EXTRACTORS) if chosen is None else sorted(chosen & set(EXTRACTORS))
    claims = [claim for kind in wanted for claim in EXTRACTORS[kind](view, ruleset)]
    for kind in sorted(declared if chosen is None else declared & chosen):
        claims.extend(pattern.extract(view, ruleset, kind))
    return sorted(claims, key=Claim.sort_key)


__all__ = ["extract_claims"]
