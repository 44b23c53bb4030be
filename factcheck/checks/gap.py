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

Cost: events are sorted by start once; the ones inside a window are found by bisection, and a
window many articles state alike is counted once: O((g + e) log e) plus the events inside each
distinct window, not every event for every gap claim.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator, Sequence
from typing import ClassVar, Literal

from pydantic import Field, StrictInt

from factcheck.checks.base import render_message, side
from factcheck.models import Claim, Conflict, ReferenceNote, Status, TimeSpan
from factcheck.references.events import describe, event_span, events_of
from factcheck.references.places import same_place
from factcheck.references.verdict import join_sources
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule, ReferenceEvent

NAME = "gap"


class Rule(CheckRule):
    check: Literal["gap"]
    key: list[str] = Field(default_factory=lambda: ["event_type"])
    gap_kind: str = "gap"
    event_kind: str = "event"
    reference: str | None = None
    max_listed: StrictInt = Field(3, ge=1)
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
    index = _EventIndex(events)
    seen: dict[tuple[str, str], tuple[list[_Distinct], list[tuple[int, ReferenceEvent]]]] = {}
    for gap in gaps:
        window = (str(gap.key.get("event_type")), gap.time.label())
        if window not in seen:  # many articles state the same gap: count its window once
            seen[window] = _count(gap, index, rule, ruleset)
        distinct, refs = seen[window]
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
            cause=f"{window[0]} {window[1]} {allowed}",  # many articles stating one gap are one finding
        )


_Distinct = tuple[str | None, TimeSpan, Claim | None, str]


class _EventIndex:
    """Events sorted by start, for the ones inside a window by bisection, in reading order."""

    def __init__(self, events: list[Claim]) -> None:
        self.events = events  # in reading order
        self.order = sorted(range(len(events)), key=lambda k: (_lo(events[k].time), k))
        self.starts = [_lo(events[k].time) for k in self.order]

    def inside(self, window: TimeSpan) -> list[Claim]:
        lo = bisect.bisect_left(self.starts, _lo(window))
        hi = bisect.bisect_right(self.starts, _hi(window))
        return [self.events[k] for k in sorted(self.order[lo:hi]) if window.contains(self.events[k].time)]


def _lo(span: TimeSpan) -> dt.date:
    return span.start or dt.date.min


def _hi(span: TimeSpan) -> dt.date:
    return span.end or dt.date.max


def _count(
    gap: Claim, index: _EventIndex, rule: Rule, ruleset: RuleSet
) -> tuple[list[_Distinct], list[tuple[int, ReferenceEvent]]]:
    """The distinct events inside a gap's window, from the articles and the reference."""
    tally = _Tally(ruleset)
    for e in index.inside(gap.time):
        place = e.value.get("place")
        tally.add(None if place is None else str(place), e.time, e, e.label("place") or "?")
    refs = []
    if rule.reference == "events":
        for i, ref in events_of(str(gap.key.get("event_type")), ruleset):
            span = event_span(ref)
            if gap.time.contains(span):
                refs.append((i, ref))
                where = ruleset.places[ref.place].name if ref.place in ruleset.places else "?"
                tally.add(ref.place, span, None, where)
    return tally.items, refs


def _happened(claim: Claim) -> bool:
    return claim.qualifiers.status is Status.CURRENT and claim.time.is_bounded


class _Tally:
    """Distinct events in insertion order: the same place (or an unknown one) at an overlapping time is
    one event. Each place keeps its events sorted by start, so a new one is matched by bisection
    among the few that can overlap it, not against every event counted so far."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.items: list[_Distinct] = []
        self._ruleset = ruleset
        self._by_place: dict[str | None, list[tuple[dt.date, int]]] = {}
        self._longest: dict[str | None, dt.timedelta] = {}
        self._compatible: dict[tuple[str | None, str | None], bool] = {}

    def add(self, place: str | None, span: TimeSpan, claim: Claim | None, label: str) -> None:
        first: int | None = None
        for p, entries in self._by_place.items():
            if not self._same(p, place):
                continue
            at = bisect.bisect_left(entries, (_lo(span) - self._longest[p], -1))
            for start, i in entries[at:]:
                if start > _hi(span):
                    break
                if self.items[i][1].overlaps(span) and (first is None or i < first):
                    first = i
        if first is not None:
            p, s, c, lbl = self.items[first]
            if c is None and claim is not None:
                self.items[first] = (p, s, claim, lbl)
            return
        index = len(self.items)
        self.items.append((place, span, claim, label))
        bisect.insort(self._by_place.setdefault(place, []), (_lo(span), index))
        length = _hi(span) - _lo(span) if span.start and span.end else dt.timedelta(days=366 * 100)
        self._longest[place] = max(self._longest.get(place, dt.timedelta(0)), length)

    def _same(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return True
        if (a, b) not in self._compatible:
            self._compatible[(a, b)] = same_place(a, b, self._ruleset)
        return self._compatible[(a, b)]
