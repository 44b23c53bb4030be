"""date_agreement: claims about the same thing must agree on when it happened.

What it checks: claims of one kind sharing a key (for `event`: the event type and place) whose
times do not overlap yet lie within `window_days` of each other.

Why: "the Geneva talks in May" and "the Geneva talks in June" cannot both be right about one
round of talks; two rounds at one place a few weeks apart are rare, so the window keeps distinct
events that recur (a yearly summit) apart.

What flags: two articles dating the same event differently by up to `window_days`.

What does not flag:
- times that overlap ("in May" and "on 10-11 May" agree);
- times further apart than `window_days` (probably two events);
- claims vaguer than `max_span_days`, with open or unknown times, or planned;
- claims missing a key field (an event with no place);
- two numbered rounds with different numbers ("the second round" and "the fifth round" at one venue);
- two claims the reference table named by `reference:` holds both right (two recorded rounds at one
  venue five weeks apart);
- two claims in one article, unless `across_articles_only: false`.

Cost: claims with one time are one node; nodes sorted by start are compared only while the next
starts within `window_days` of the current one's end (a sweep), and each pair of nodes reports its
first comparable pair of claims: O(n log n) plus the pairs of distinct times inside the window, not
O(n²) in the claims.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterator, Sequence
from typing import ClassVar, Literal

from pydantic import Field, StrictInt

from factcheck.checks.base import render_message, severity_of, side
from factcheck.models import Claim, Conflict, Status
from factcheck.references import TABLES, Verdict
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule

NAME = "date_agreement"


class Rule(CheckRule):
    check: Literal["date_agreement"]
    key: list[str] = Field(min_length=1)
    window_days: StrictInt = Field(45, ge=0)
    max_span_days: StrictInt = Field(62, ge=1)
    across_articles_only: bool = True
    reference: str | None = None  # a reference table (events) that can hold both claims right

    TEMPLATE_FIELDS: ClassVar[tuple[str, ...]] = ("key", "a", "b")


def evaluate(group: Sequence[Claim], rule: Rule, ruleset: RuleSet) -> Iterator[Conflict]:
    claims = sorted((c for c in group if _comparable(c, rule)), key=Claim.sort_key)
    judge = TABLES.get(rule.reference) if rule.reference else None
    right = {id(c): judge(c, ruleset).verdict is Verdict.CONSISTENT for c in claims} if judge else {}
    # Claims with one time are one node: the same span can only clash with another span.
    by_span: dict[str, list[int]] = {}
    for i, claim in enumerate(claims):
        by_span.setdefault(claim.time.label(), []).append(i)
    spans = sorted(by_span, key=lambda label: (claims[by_span[label][0]].time.start, label))
    for p, first in enumerate(spans):
        a_time = claims[by_span[first][0]].time
        assert a_time.end is not None
        for second in spans[p + 1 :]:
            b_time = claims[by_span[second][0]].time
            assert b_time.start is not None
            if (b_time.start - a_time.end).days > rule.window_days:
                break  # sorted by start: every later span is further away still
            gap = a_time.gap_days(b_time)
            if gap is None or gap == 0 or gap > rule.window_days:
                continue
            pair = _first_pair(by_span[first], by_span[second], claims, rule, right)
            if pair is None:
                continue
            a, b = pair
            fields = {
                "key": " / ".join(a.label(k) for k in rule.key),
                "a": side(a, "time"),
                "b": side(b, "time"),
            }
            yield Conflict(
                rule=rule.id,
                severity=severity_of(rule, (a, b)),
                message=render_message(rule.message, fields),
                claims=(a, b),
                cause=json.dumps([str(a.field(k)) for k in rule.key]),  # one thing told apart: one finding
            )


def _first_pair(
    xs: list[int], ys: list[int], claims: list[Claim], rule: Rule, right: dict[int, bool]
) -> tuple[Claim, Claim] | None:
    """The first pair in reading order, one claim of each span, that may be compared: from other
    articles, not two numbered rounds, not both held right by the reference."""
    mine = set(xs)
    for i in sorted(xs + ys):
        a = claims[i]
        others = ys if i in mine else xs
        for j in others[bisect.bisect_right(others, i) :]:
            b = claims[j]
            if rule.across_articles_only and a.evidence.article == b.evidence.article:
                continue
            if _numbered_apart(a, b) or (right.get(id(a)) and right.get(id(b))):
                continue
            return a, b
    return None


def _numbered_apart(a: Claim, b: Claim) -> bool:
    """ "The second round" and "the fifth round" are two events, however close their dates."""
    x, y = a.value.get("ordinal"), b.value.get("ordinal")
    return x is not None and y is not None and x != y


def _comparable(claim: Claim, rule: Rule) -> bool:
    if claim.qualifiers.status is not Status.CURRENT or claim.qualifiers.negated:
        return False
    if any(claim.field(k) is None for k in rule.key):
        return False
    days = claim.time.days
    return days is not None and days <= rule.max_span_days
