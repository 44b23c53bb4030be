"""single_value: a key that has one value at a time must not get two at close times.

What it checks: claims of one kind that share a key (e.g. the office, for `office_holder`) and
name different values (e.g. the holder) at times no further apart than `window_days`.

Why: an office with a single holder cannot be held by Janet Yellen in one article and by Scott
Bessent in another article of the same weeks; at least one is wrong.

What flags: two articles naming different holders of a single-holder office within the window.

What does not flag:
- a hand-over the reference records, which makes both claims right (`reference:`);
- claims whose time is vaguer than `max_span_days` (a bare year says too little), unless
  `require_time: false`, for keys that name one thing whenever it happened ("the fourth round");
- mentions that are not current: "former", "then-", "nominee", "President-elect";
- offices the vocabulary marks `single_holder: false` (vice premiers), when `single_valued_only`;
- two claims in the same article, unless `across_articles_only: false` (articles often name a
  predecessor and a successor side by side);
- an unresolved short name that fits a longer one ("Bessent" and "Scott Bessent");
- at severity error, a value the vocabulary does not know ("Chancellor Hans Gruber"): an unknown
  name may be a misreading or a misspelling, so such a conflict is at most a warning;
- places of which one lies within the other ("Geneva" and "Switzerland");
- claims missing the value or a key field (an event with no place or no ordinal).

Cost: claims are grouped by value, and for each pair of values the first clash is looked for only
among the claims whose times lie within reach (bisection on start times), so values held years
apart (Yellen in 2023, Bessent in 2025) cost O(n log n), not every pair. Unresolved short names are
folded into longer ones through a token index.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
from collections.abc import Iterator, Sequence
from typing import ClassVar, Literal

from pydantic import Field, StrictInt

from factcheck.checks.base import render_message, severity_of, side
from factcheck.models import Claim, Conflict, Severity, Status
from factcheck.references import TABLES, Verdict
from factcheck.references.places import same_place
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule

NAME = "single_value"


class Rule(CheckRule):
    check: Literal["single_value"]
    key: list[str] = Field(min_length=1)
    value: str
    window_days: StrictInt = Field(120, ge=0)
    max_span_days: StrictInt = Field(400, ge=1)
    across_articles_only: bool = True
    single_valued_only: bool = True
    require_time: bool = True  # false: compare claims whatever their times (e.g. numbered rounds)
    reference: str | None = None

    TEMPLATE_FIELDS: ClassVar[tuple[str, ...]] = ("key", "a", "b")


def evaluate(group: Sequence[Claim], rule: Rule, ruleset: RuleSet) -> Iterator[Conflict]:
    claims = [c for c in group if _comparable(c, rule, ruleset)]
    judge = TABLES.get(rule.reference) if rule.reference else None
    right = {id(c): judge(c, ruleset).verdict is Verdict.CONSISTENT for c in claims} if judge else {}
    by_value: dict[str, list[Claim]] = {}
    names = sorted({str(c.value.get(rule.value)) for c in claims})
    for claim in sorted(claims, key=Claim.sort_key):
        by_value.setdefault(_value_id(claim, rule, names), []).append(claim)
    values = sorted(by_value)
    for i, va in enumerate(values):
        for vb in values[i + 1 :]:
            if same_place(va, vb, ruleset):
                continue  # "Geneva" and "Switzerland" agree
            pair = _first_clash(by_value[va], by_value[vb], rule, right)
            if pair is None:
                continue
            a, b = sorted(pair, key=Claim.sort_key)
            fields = {
                "key": " / ".join(a.label(k) for k in rule.key),
                "a": side(a, rule.value),
                "b": side(b, rule.value),
            }
            unknown = any(rule.value in c.unresolved for c in (a, b))
            yield Conflict(
                rule=rule.id,
                severity=min(severity_of(rule, (a, b)), Severity.WARNING, key=lambda s: s.rank)
                if unknown
                else severity_of(rule, (a, b)),
                message=render_message(rule.message, fields),
                claims=(a, b),
                cause=json.dumps([str(a.field(k)) for k in rule.key]),  # one thing told apart: one finding
            )


def _comparable(claim: Claim, rule: Rule, ruleset: RuleSet) -> bool:
    if claim.qualifiers.status is not Status.CURRENT or claim.qualifiers.negated:
        return False
    if claim.value.get(rule.value) is None or any(claim.field(k) is None for k in rule.key):
        return False
    days = claim.time.days
    if rule.require_time and (days is None or days > rule.max_span_days):
        return False
    if rule.single_valued_only and claim.kind == "office_holder":
        role = ruleset.roles.get(str(claim.key.get("role")))
        return role is None or role.single_holder
    return True


def _value_id(claim: Claim, rule: Rule, names: list[str]) -> str:
    """Fold an unresolved short name into the one longer name it fits, so "Bessent" is "Scott Bessent".
    `names` are the group's distinct values: far fewer than its claims."""
    raw = str(claim.value.get(rule.value))
    if rule.value not in claim.unresolved:
        return raw
    tokens = set(raw.split("-"))
    fits = [name for name in names if tokens < set(name.split("-"))]
    return fits[0] if len(fits) == 1 else raw


def _first_clash(xs: list[Claim], ys: list[Claim], rule: Rule, right: dict[int, bool]) -> tuple[Claim, Claim] | None:
    """The first pair in reading order (x first, then y) that clashes. With times required, only the
    ys whose start lies within reach of x's are tried, found by bisection in ys sorted by start."""
    if not rule.require_time:
        return next(((x, y) for x in xs for y in ys if _clash(x, y, rule, right)), None)
    order = sorted(range(len(ys)), key=lambda k: (_start(ys[k]), k))
    starts = [_start(ys[k]) for k in order]
    reach = dt.timedelta(days=rule.window_days + rule.max_span_days)
    for x in xs:
        lo = bisect.bisect_left(starts, _start(x) - reach)
        hi = bisect.bisect_right(starts, _end(x) + dt.timedelta(days=rule.window_days))
        near = sorted(order[lo:hi])  # back in reading order: the first clash is the one reported
        y = next((ys[k] for k in near if _clash(x, ys[k], rule, right)), None)
        if y is not None:
            return x, y
    return None


def _clash(x: Claim, y: Claim, rule: Rule, right: dict[int, bool]) -> bool:
    if rule.across_articles_only and x.evidence.article == y.evidence.article:
        return False
    gap = x.time.gap_days(y.time)
    if rule.require_time and (gap is None or gap > rule.window_days):
        return False
    return not (right.get(id(x)) and right.get(id(y)))  # a hand-over the reference records makes both right


def _start(claim: Claim) -> dt.date:
    assert claim.time.start is not None  # compared claims have bounded times (see _comparable)
    return claim.time.start


def _end(claim: Claim) -> dt.date:
    assert claim.time.end is not None
    return claim.time.end
