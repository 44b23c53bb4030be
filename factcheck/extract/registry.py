"""The claim kinds factcheck can extract, each a module with `extract(view, ruleset)`."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from factcheck.extract import (
    birth,
    comparison,
    conversion,
    deadline,
    elapsed,
    event,
    future,
    gap,
    market,
    office,
    quote,
    statistic,
    tariff,
    vote,
    weekday,
)
from factcheck.extract.context import ArticleView
from factcheck.models import Claim
from factcheck.ruleset.ruleset import RuleSet

Extractor = Callable[[ArticleView, RuleSet], Iterator[Claim]]

EXTRACTORS: dict[str, Extractor] = {
    office.KIND: office.extract,
    event.KIND: event.extract,
    gap.KIND: gap.extract,
    quote.KIND: quote.extract,
    market.KIND: market.extract,
    statistic.KIND: statistic.extract,
    weekday.KIND: weekday.extract,
    tariff.KIND: tariff.extract,
    deadline.KIND: deadline.extract,
    conversion.KIND: conversion.extract,
    comparison.KIND: comparison.extract,
    birth.KIND: birth.extract,
    elapsed.KIND: elapsed.extract,
    vote.KIND: vote.extract,
    future.KIND: future.extract,
}

# The key and value fields each kind's claims carry, so a check naming another field is a rule error
# at load rather than a check that silently matches nothing.
FIELDS: dict[str, frozenset[str]] = {
    office.KIND: office.FIELDS,
    event.KIND: event.FIELDS,
    gap.KIND: gap.FIELDS,
    quote.KIND: quote.FIELDS,
    market.KIND: market.FIELDS,
    statistic.KIND: statistic.FIELDS,
    weekday.KIND: weekday.FIELDS,
    tariff.KIND: tariff.FIELDS,
    deadline.KIND: deadline.FIELDS,
    conversion.KIND: conversion.FIELDS,
    comparison.KIND: comparison.FIELDS,
    birth.KIND: birth.FIELDS,
    elapsed.KIND: elapsed.FIELDS,
    vote.KIND: vote.FIELDS,
    future.KIND: future.FIELDS,
}
