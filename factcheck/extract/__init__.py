"""Extraction: article -> claims, a pure function of (article, rule set)."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.extract.context import ArticleView
from factcheck.extract.registry import EXTRACTORS
from factcheck.models import Article, Claim
from factcheck.ruleset.ruleset import RuleSet


def extract_claims(article: Article, ruleset: RuleSet, kinds: Iterable[str] | None = None) -> list[Claim]:
    """Every claim of the given kinds (default: all) in one article, sorted by position."""
    view = ArticleView(article)
    wanted = sorted(EXTRACTORS) if kinds is None else sorted(set(kinds) & set(EXTRACTORS))
    claims = [claim for kind in wanted for claim in EXTRACTORS[kind](view, ruleset)]
    return sorted(claims, key=Claim.sort_key)


__all__ = ["extract_claims"]
