"""numeric_tolerance: two numbers about the same thing over the same period must agree, within a tolerance.

What it checks: claims of one kind that share a key (e.g. the index, for `market_move`; the metric,
country, partner and measure, for `statistic`) and whose periods overlap. Each claim carries its
number as an interval: `lo` and `hi` in its value, so "nearly 12%" is 10.8..12 and "more than 3%"
is 3..4.5 (the hedges and their widths are vocabulary: `hedges:` in rules/vocab). A claim without
`lo`/`hi` is the single number in its `value` field.

Why: "The S&P 500 fell 1.2% on Monday" in one article and "the S&P 500 rose 0.4% on Monday" in
another cannot both be right; nor can a 3% weekly gain and a 1% weekly gain of the same index.

What flags:
- opposite directions (up and down, read from the `direction` field) over the same period;
- intervals further apart than the allowed difference: the larger of `tolerance` (absolute, in
  the claims' unit, e.g. percentage points) and `tolerance_relative` times the larger number.
  3% against 1% with a tolerance of 0.5 flags; "nearly 3%" (2.7..3) against 2.8% does not.

What does not flag:
- claims whose periods do not overlap ("on Monday" against "on Tuesday"), or are of very different
  lengths (a day's move against the week's; a month's figure against the year's): the longer period
  may be at most `max_period_ratio` times the shorter;
- claims with no time, or a period longer than `max_span_days` (a move "since January" says too
  little to compare with another);
- claims in different units (points against percent), or that differ in any other field listed
  under `same` when both state it (a year-on-year change against a month-on-month one);
- two claims in the same article, unless `across_articles_only: false` ("300 points, or 0.8%");
- claims that are negated or not current.

Each claim that disagrees with the consensus of its period (what the best-supported claim says) is
one conflict, paired with the nearest agreeing claim: fifty articles and one outlier give one
conflict, not forty-nine; the message may use {key} (the labels of the key
fields), {a.value} and {b.value} (the numbers as written, with their hedges), {a.time}, {a.article},
{a.line} and {a.surface}.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar, Literal

from pydantic import Field

from factcheck.checks.base import render_message, side
from factcheck.models import Claim, Conflict, Status
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule

NAME = "numeric_tolerance"

OPPOSITE = {"up": "down", "down": "up"}
_EPSILON = 1e-9  # float noise: 3.0 - 2.5 against a tolerance of 0.5 agrees


class Rule(CheckRule):
    check: Literal["numeric_tolerance"]
    key: list[str] = Field(min_length=1)
    value: str
    direction: str | None = None
    tolerance: float = Field(0.0, ge=0)
    tolerance_relative: float = Field(0.0, ge=0, le=1)
    max_span_days: int = Field(400, ge=1)
    max_period_ratio: float = Field(1.5, ge=1)
    same: list[str] = Field(default_factory=lambda: ["unit"])
    across_articles_only: bool = True

    TEMPLATE_FIELDS: ClassVar[tuple[str, ...]] = ("key", "a", "b")


def evaluate(group: Sequence[Claim], rule: Rule, ruleset: RuleSet) -> Iterator[Conflict]:
    claims = sorted((c for c in group if _usable(c, rule)), key=Claim.sort_key)
    for bucket in _period_buckets(claims, rule):
        yield from _outliers(bucket, rule)


def _period_buckets(claims: list[Claim], rule: Rule) -> list[list[Claim]]:
    """Claims about the same period (overlapping, of similar length, in the same unit), transitively."""
    parent = list(range(len(claims)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            if _same_period(a, claims[j], rule):
                parent[root(j)] = root(i)
    buckets: dict[int, list[Claim]] = {}
    for i, claim in enumerate(claims):
        buckets.setdefault(root(i), []).append(claim)
    return list(buckets.values())


def _outliers(bucket: list[Claim], rule: Rule) -> Iterator[Conflict]:
    """One conflict per claim that disagrees with the consensus, not one per disagreeing pair.

    The consensus is what the best-supported claim says (the one most others agree with); every
    claim that disagrees with it is paired with the nearest consensus claim from another article.
    So fifty articles with one outlier give one conflict, not forty-nine."""
    if len(bucket) < 2:
        return
    support = [sum(1 for o in bucket if not _disagree(c, o, rule)) for c in bucket]
    anchor = bucket[max(range(len(bucket)), key=lambda i: (support[i], -i))]
    consensus = [c for c in bucket if not _disagree(anchor, c, rule)]
    reported: set[tuple[object, ...]] = set()
    for outlier in (c for c in bucket if _disagree(anchor, c, rule)):
        partners = [c for c in consensus if _comparable(c, outlier, rule) and _disagree(c, outlier, rule)]
        if not partners:
            continue
        partner = min(partners, key=lambda c: (_distance(c, outlier, rule), Claim.sort_key(c)))
        ident = (outlier.evidence.article, _reading(outlier, rule))
        if ident in reported:
            continue  # the same statement repeated in one article
        reported.add(ident)
        a, b = sorted((partner, outlier), key=Claim.sort_key)
        fields = {
            "key": " / ".join(label for k in rule.key if (label := a.label(k))),
            "a": side(a, rule.value),
            "b": side(b, rule.value),
        }
        yield Conflict(
            rule=rule.id, severity=rule.severity, message=render_message(rule.message, fields), claims=(a, b)
        )


def _same_period(a: Claim, b: Claim, rule: Rule) -> bool:
    if not a.time.overlaps(b.time):
        return False
    da, db = a.time.days or 1, b.time.days or 1
    if max(da, db) > rule.max_period_ratio * min(da, db):
        return False
    for field in rule.same:
        x, y = a.value.get(field), b.value.get(field)
        if x is not None and y is not None and x != y:
            return False
    return True


def _distance(a: Claim, b: Claim, rule: Rule) -> float:
    ia, ib = _interval(a, rule), _interval(b, rule)
    assert ia is not None and ib is not None
    return max(0.0, ib[0] - ia[1], ia[0] - ib[1])


def _usable(claim: Claim, rule: Rule) -> bool:
    if claim.qualifiers.status is not Status.CURRENT or claim.qualifiers.negated:
        return False
    days = claim.time.days
    return days is not None and days <= rule.max_span_days and _interval(claim, rule) is not None


def _comparable(a: Claim, b: Claim, rule: Rule) -> bool:
    if rule.across_articles_only and a.evidence.article == b.evidence.article:
        return False
    return _same_period(a, b, rule)


def _disagree(a: Claim, b: Claim, rule: Rule) -> bool:
    if rule.direction is not None:
        da, db = a.value.get(rule.direction), b.value.get(rule.direction)
        if da is not None and OPPOSITE.get(str(da)) == db:
            return True
    ia, ib = _interval(a, rule), _interval(b, rule)
    assert ia is not None and ib is not None
    gap = max(ib[0] - ia[1], ia[0] - ib[1])
    largest = max(abs(x) for x in (*ia, *ib))
    return gap > max(rule.tolerance, rule.tolerance_relative * largest) + _EPSILON


def _interval(claim: Claim, rule: Rule) -> tuple[float, float] | None:
    stated = claim.value.get(rule.value)
    lo, hi = claim.value.get("lo", stated), claim.value.get("hi", stated)
    if not _number(lo) or not _number(hi):
        return None
    assert isinstance(lo, (int, float)) and isinstance(hi, (int, float))
    return (float(min(lo, hi)), float(max(lo, hi)))


def _number(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _reading(claim: Claim, rule: Rule) -> tuple[object, ...]:
    direction = claim.value.get(rule.direction) if rule.direction else None
    return (direction, _interval(claim, rule), claim.time)
