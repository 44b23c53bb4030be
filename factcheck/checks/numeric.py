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
- with `stated_time_only`, claims dated only by their article ("rose 1.6%" with no day, in a
  morning story about yesterday's close);
- claims in different units (points against percent), or that differ in any other field listed
  under `same` when both state it (a year-on-year change against a month-on-month one), or when
  only one states a field listed under `same_strict` too (a change with no basis against a
  year-on-year one; a policy rate naming no instrument against the deposit rate; a field whose
  value is null is not stated);
- two claims in the same article, unless `across_articles_only: false` ("300 points, or 0.8%");
- claims that are negated or not current, or miss a field listed under `required` (two
  statistics whose country was not read are not about the same country), or whose fields differ
  from `where` (`{session: close}`: an intraday figure is compared with no other);
- provisional claims, whose sentence states their own cut-off ("after 648 of the 650 seats had
  been declared", "with 90% of votes counted").

Each claim that disagrees with the consensus of its period (what the best-supported claim says) is
one conflict, paired with the nearest agreeing claim: fifty articles and one outlier give one
conflict, not forty-nine; the message may use {key} (the labels of the key
fields), {a.value} and {b.value} (the numbers as written, with their hedges), {a.time}, {a.article},
{a.line} and {a.surface}.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar, Literal

from pydantic import Field, StrictInt, model_validator

from factcheck.checks.base import DisjointSets, render_message, side
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
    max_span_days: StrictInt = Field(400, ge=1)
    max_period_ratio: float = Field(1.5, ge=1)
    same: list[str] = Field(default_factory=lambda: ["unit"])
    # Fields of `same` for which not stating it is a value of its own: a change with no basis ("prices
    # rose 0.3% in September", a monthly figure) is not compared with a year-on-year one.
    same_strict: list[str] = Field(default_factory=list)
    required: list[str] = Field(default_factory=list)  # key fields that must be known: an unknown country is no country
    stated_time_only: bool = False  # compare only claims whose sentence states their period
    # Compare only claims with these field values: {session: close} leaves intraday figures out.
    where: dict[str, str | int | float | bool] = Field(default_factory=dict)
    across_articles_only: bool = True

    TEMPLATE_FIELDS: ClassVar[tuple[str, ...]] = ("key", "a", "b")

    @model_validator(mode="after")
    def _strict_fields_are_compared(self) -> Rule:
        stray = [f for f in self.same_strict if f not in self.same]
        if stray:
            raise ValueError(f"same_strict names {', '.join(stray)}, not listed under same: add it to same too")
        return self


@dataclass(frozen=True)
class _Reading:
    """A claim's number, read once: its interval, direction, period and the fields that must match."""

    claim: Claim
    lo: float
    hi: float
    direction: object
    start: dt.date
    end: dt.date
    days: int
    same: tuple[object, ...]


def evaluate(group: Sequence[Claim], rule: Rule, ruleset: RuleSet) -> Iterator[Conflict]:
    readings = sorted(
        (r for c in group if (r := _read(c, rule)) is not None), key=lambda r: (r.start, Claim.sort_key(r.claim))
    )
    for bucket in _period_buckets(readings, rule):
        yield from _outliers(sorted(bucket, key=lambda r: Claim.sort_key(r.claim)), rule)


def _read(claim: Claim, rule: Rule) -> _Reading | None:
    if claim.qualifiers.status is not Status.CURRENT or claim.qualifiers.negated or claim.qualifiers.provisional:
        return None
    if any(claim.field(f) in (None, "") for f in rule.required):
        return None
    if any(claim.field(f) != v for f, v in rule.where.items()):
        return None
    if rule.stated_time_only and claim.time_source in ("published", "none"):
        return None
    days, start, end = claim.time.days, claim.time.start, claim.time.end
    if days is None or days > rule.max_span_days or start is None or end is None:
        return None
    stated = claim.value.get(rule.value)
    lo, hi = claim.value.get("lo", stated), claim.value.get("hi", stated)
    if not _number(lo) or not _number(hi):
        return None
    assert isinstance(lo, (int, float)) and isinstance(hi, (int, float))
    direction = claim.value.get(rule.direction) if rule.direction else None
    # a field stated as null is not stated: under `same_strict` that is a value of its own
    same = tuple(
        v if (v := claim.value.get(f)) is not None else "" if f in rule.same_strict else None for f in rule.same
    )
    return _Reading(claim, float(min(lo, hi)), float(max(lo, hi)), direction, start, end, days, same)


def _period_buckets(readings: list[_Reading], rule: Rule) -> list[list[_Reading]]:
    """Readings about the same period (overlapping, of similar length, in the same unit), transitively.

    Readings with the same period and fields are one node; nodes sorted by start are compared only
    with those starting before they end, so a corpus-wide key ("exports in 2024") stays cheap."""
    nodes: dict[tuple[object, ...], list[_Reading]] = {}
    for r in readings:
        nodes.setdefault((r.start, r.end, r.same), []).append(r)
    keys = sorted(nodes, key=lambda k: (k[0], k[1], repr(k[2])))
    heads = [nodes[k][0] for k in keys]
    sets = DisjointSets(len(keys))
    for i, a in enumerate(heads):
        for j in range(i + 1, len(heads)):
            if heads[j].start > a.end:
                break
            if _same_period(a, heads[j], rule):
                sets.join(i, j)
    buckets: dict[int, list[_Reading]] = {}
    for i, k in enumerate(keys):
        buckets.setdefault(sets.root(i), []).extend(nodes[k])
    return list(buckets.values())


def _outliers(bucket: list[_Reading], rule: Rule) -> Iterator[Conflict]:
    """One conflict per claim that disagrees with the consensus, not one per disagreeing pair.

    The consensus is what the best-supported claim says (the one most others agree with); every
    claim that disagrees with it is paired with the nearest consensus claim from another article.
    So fifty articles with one outlier give one conflict, not forty-nine."""
    if len(bucket) < 2:
        return
    # Identical numbers have identical support: count over distinct readings, weighted.
    distinct: dict[tuple[object, ...], list[_Reading]] = {}
    for r in bucket:
        distinct.setdefault((r.direction, r.lo, r.hi), []).append(r)
    firsts = [rs[0] for rs in distinct.values()]
    support = [
        sum(len(distinct[(o.direction, o.lo, o.hi)]) for o in firsts if not _disagree(r, o, rule)) for r in firsts
    ]
    anchor = firsts[max(range(len(firsts)), key=lambda i: (support[i], -i))]
    consensus = [r for r in bucket if not _disagree(anchor, r, rule)]
    reported: set[tuple[object, ...]] = set()
    ranked: dict[tuple[object, ...], list[_Reading]] = {}  # per distinct outlier reading: partners, nearest first
    for outlier in (r for r in bucket if _disagree(anchor, r, rule)):
        ident = (outlier.claim.evidence.article, outlier.direction, outlier.lo, outlier.hi, outlier.start, outlier.end)
        if ident in reported:
            continue  # the same statement repeated in one article
        reading = (outlier.direction, outlier.lo, outlier.hi, outlier.start, outlier.end, outlier.same)
        if reading not in ranked:
            candidates = [r for r in consensus if _same_period(r, outlier, rule) and _disagree(r, outlier, rule)]
            ranked[reading] = sorted(candidates, key=lambda r: (_distance(r, outlier), Claim.sort_key(r.claim)))
        partner = next((r for r in ranked[reading] if _comparable(r, outlier, rule)), None)
        if partner is None:
            continue
        reported.add(ident)
        a, b = sorted((partner.claim, outlier.claim), key=Claim.sort_key)
        fields = {
            "key": " / ".join(label for k in rule.key if (label := a.label(k))),
            "a": side(a, rule.value),
            "b": side(b, rule.value),
        }
        # the same figure for the same period against the same consensus, in many articles: one finding
        cause = json.dumps([[str(outlier.claim.field(k)) for k in rule.key], [str(x) for x in reading]])
        yield Conflict(
            rule=rule.id,
            severity=rule.severity,
            message=render_message(rule.message, fields),
            claims=(a, b),
            cause=cause,
        )


def _same_period(a: _Reading, b: _Reading, rule: Rule) -> bool:
    if a.start > b.end or b.start > a.end:
        return False
    if max(a.days, b.days) > rule.max_period_ratio * min(a.days, b.days):
        return False
    return all(x is None or y is None or x == y for x, y in zip(a.same, b.same, strict=True))


def _comparable(a: _Reading, b: _Reading, rule: Rule) -> bool:
    if rule.across_articles_only and a.claim.evidence.article == b.claim.evidence.article:
        return False
    return _same_period(a, b, rule)


def _disagree(a: _Reading, b: _Reading, rule: Rule) -> bool:
    if a.direction is not None and OPPOSITE.get(str(a.direction)) == b.direction:
        return True
    gap = max(b.lo - a.hi, a.lo - b.hi)
    largest = max(abs(a.lo), abs(a.hi), abs(b.lo), abs(b.hi))
    return gap > max(rule.tolerance, rule.tolerance_relative * largest) + _EPSILON


def _distance(a: _Reading, b: _Reading) -> float:
    return max(0.0, b.lo - a.hi, a.lo - b.hi)


def _number(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)
