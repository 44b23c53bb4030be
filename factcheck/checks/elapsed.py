"""elapsed_vs_reference: "eight years after the invasion" must fit the day the reference dates the invasion.

What it checks: each `elapsed` claim whose event type has exactly one event in `reference_events`
(a singular event: an invasion, an annexation, a crash), against the time from that event to the
claim's own time (the sentence's, else publication).

Why: an anniversary miscounted ("eight years after the full-scale invasion of Ukraine" in 2025) is
a natural error of rewrites that no second article needs to show; the record dates the event.

What flags: "eight years after the full-scale invasion of Ukraine" in August 2025 (the reference:
24 February 2022, three and a half years before).

What does not flag: a count within `tolerance` units of the true one, or within `tolerance_relative`
of it ("a decade after" for eight years and a half); "more than" and "nearly" widen it the way the
hedges in rules/vocab say; an event type with no reference event, or with several (which one?).

Complexity: one pass over the claims, O(n).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar, Literal

from pydantic import Field

from factcheck.checks.base import lone_conflict, side
from factcheck.models import Claim, Conflict
from factcheck.references.events import events_of
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule

NAME = "elapsed_vs_reference"


class Rule(CheckRule):
    check: Literal["elapsed_vs_reference"]
    tolerance: float = Field(1.5, ge=0)  # units (years, months) the count may be off by
    tolerance_relative: float = Field(0.25, ge=0, le=1)  # ... or this fraction of the true count

    TEMPLATE_FIELDS: ClassVar[tuple[str, ...]] = ("a", "event", "recorded", "actual")


def evaluate(group: Sequence[Claim], rule: Rule, ruleset: RuleSet) -> Iterator[Conflict]:
    for claim in sorted(group, key=Claim.sort_key):
        events = events_of(str(claim.key.get("event_type")), ruleset)
        count, days, unit = claim.value.get("count"), claim.value.get("days"), str(claim.value.get("unit"))
        if len(events) != 1 or not isinstance(count, int) or not isinstance(days, int) or claim.time.start is None:
            continue
        if count <= 0:
            continue
        event = events[0][1]
        actual = (claim.time.start - event.start).days / (days / count)  # in the claim's unit
        low, high = _allowed(count, claim.qualifiers.hedge, ruleset)
        slack = max(rule.tolerance, rule.tolerance_relative * actual)
        if low - slack <= actual <= high + slack:
            continue
        fields = {
            "a": side(claim, "count"),
            "event": claim.labels.get("event_type", ""),
            "recorded": event.start.isoformat(),
            "actual": f"{actual:.1f} {unit}s",
        }
        yield lone_conflict(claim, rule, fields, f"{claim.key.get('event_type')} {count} {unit}")


def _allowed(count: int, hedge: str | None, ruleset: RuleSet) -> tuple[float, float]:
    """The counts a hedged figure covers: "nearly eight" is a little below eight, "more than" above."""
    h = ruleset.hedge_named(hedge)
    return (count * (1 - h.below), count * (1 + h.above)) if h else (float(count), float(count))
