"""gap: a stretch said to hold no (or few) events must not contain more.

What it checks: each `gap` claim ("after more than a year of limited dialogue", "the first talks
in five years") against the `event` claims of the same event type, from any article, whose times
lie wholly inside the gap's window, and against the reference events (`reference: events`) there.

Why: a story saying talks resumed "after more than a year of limited dialogue" in October 2025 is
wrong if rounds were held in May, June and July 2025, whoever reports them.

What flags: more distinct events inside the window than the gap's quantifier allows ("no": 0,
"limited": 1; see gap_cues in rules/vocab). Events at the same place and overlapping times count
once, however many articles report them.

What does not flag: events only partly inside the window ("in 2025" against a window ending in
September), planned events, events with open or unknown times, and events with no venue unless
`count_placeless: true` (a venue ties a claim to one real event; "their meeting on Thursday" may
well be a future one misread).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar, Literal

from pydantic import Field

from factcheck.checks.base import render_message, side
from factcheck.models import Claim, Conflict, ReferenceNote, Status, TimeSpan
from factcheck.references.events import describe, event_span, events_of
from factcheck.references.places import same_place
from factcheck.references.verdict import join_sources
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule

NAME = "gap"


class Rule(CheckRule):
    check: Literal["gap"]
    key: list[str] = Field(default_factory=lambda: ["event_type"])
    gap_kind: str = "gap"
    event_kind: str = "event"
    reference: str | None = None
    max_listed: int = 3
    count_placeless: bool = False  # events with no venue are weak evidence ("their meeting on Thursday")

    TEMPLATE_FIELDS: ClassVar[tuple[str, ...]] = ("key", "a", "count", "allowed", "events")


def evaluate(group: Sequence[Claim], rule: Rule, ruleset: RuleSet) -> Iterator[Conflict]:
    gaps = sorted((c for c in group if c.kind == rule.gap_kind and c.time.is_bounded), key=Claim.sort_key)
    events = sorted(
        (
            c
            for c in group
            if c.kind == rule.event_kind and _happened(c) and (rule.count_placeless or c.value.get("place") is not None)
        ),
        key=Claim.sort_key,
    )
    for gap in gaps:
        inside = [e for e in events if gap.time.contains(e.time)]
        distinct: list[tuple[str | None, TimeSpan, Claim | None, str]] = []
        for e in inside:
            place = e.value.get("place")
            _add(distinct, None if place is None else str(place), e.time, e, e.label("place") or "?", ruleset)
        refs = []
        if rule.reference == "events":
            for i, ref in events_of(str(gap.key.get("event_type")), ruleset):
                span = event_span(ref)
                if gap.time.contains(span):
                    refs.append((i, ref))
                    where = ruleset.places[ref.place].name if ref.place in ruleset.places else "?"
                    _add(distinct, ref.place, span, None, where, ruleset)
        allowed = int(gap.value.get("allowed") or 0)
        if len(distinct) <= allowed:
            continue
        listed = [f"{label} {span.label()}" for _, span, _, label in distinct]
        witnesses = [c for _, _, c, _ in distinct if c is not None][: rule.max_listed]
        fields = {
            "key": gap.label("event_type"),
            "a": side(gap, "allowed"),
            "count": len(distinct),
            "allowed": allowed,
            "events": ", ".join(listed),
        }
        note = None
        if refs:
            sources = join_sources(ruleset.source("events", str(i)) for i, _ in refs)
            text = (
                f"{gap.label('event_type')} recorded in {gap.time.label()}: "
                + "; ".join(describe(r, ruleset) for _, r in refs)
                + "."
            )
            note = ReferenceNote(text=text, source=sources)
        yield Conflict(
            rule=rule.id,
            severity=rule.severity,
            message=render_message(rule.message, fields),
            claims=(gap, *witnesses),
            reference=note,
        )


def _happened(claim: Claim) -> bool:
    return claim.qualifiers.status is Status.CURRENT and claim.time.is_bounded


def _add(
    distinct: list[tuple[str | None, TimeSpan, Claim | None, str]],
    place: str | None,
    span: TimeSpan,
    claim: Claim | None,
    label: str,
    ruleset: RuleSet,
) -> None:
    """Count an event once: the same place (or an unknown one) at an overlapping time is the same event."""
    for i, (p, s, c, lbl) in enumerate(distinct):
        if s.overlaps(span) and (p is None or place is None or same_place(p, place, ruleset)):
            if c is None and claim is not None:
                distinct[i] = (p, s, claim, lbl)
            return
    distinct.append((place, span, claim, label))
