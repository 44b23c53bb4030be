"""Reference events: dated events of a type, with their places (rounds of talks, summits).

A happened event claim with a place agrees when a reference event of its type at that place (or a
place containing it) overlaps its time. It is contradicted when the reference is complete for its
type over the claim's time (`complete_from` .. `as_of`) and records an event of the type at that
time somewhere else ("held in Beijing in October 2025" against the October round in Kuala Lumpur).
An event the reference simply does not list is not judged: lesser meetings go unrecorded; except
for types the reference marks `exhaustive` (elections), where a claimed event at a time none was
held is contradicted. A claim
with no place agrees with any reference event of its type in its time. Planned events, claims with
open or unknown times, and times the reference does not cover are UNKNOWN.
"""

from __future__ import annotations

import functools

from factcheck.models import Claim, ReferenceNote, Status, TimeSpan
from factcheck.references.places import same_place
from factcheck.references.verdict import Judgement, Verdict, join_sources
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import ReferenceEvent


@functools.lru_cache(maxsize=4096)
def event_span(event: ReferenceEvent) -> TimeSpan:
    return TimeSpan(start=event.start, end=event.end or event.start)


_BY_TYPE: dict[str, dict[str, list[tuple[int, ReferenceEvent]]]] = {}


def events_of(event_type: str, ruleset: RuleSet) -> list[tuple[int, ReferenceEvent]]:
    """The reference events of a type, with their index in the list; indexed once per rule-set
    version, since every event claim asks (the returned list is shared: do not change it)."""
    ref = ruleset.reference_events
    if ref is None:
        return []
    index = _BY_TYPE.get(ruleset.version) if ruleset.version else None
    if index is None:
        index = {}
        for i, e in enumerate(ref.events):
            index.setdefault(e.type, []).append((i, e))
        if ruleset.version:
            _BY_TYPE[ruleset.version] = index
    return index.get(event_type, [])


def covers(event_type: str, span: TimeSpan, ruleset: RuleSet) -> bool:
    """True when the reference lists every event of the type throughout the span."""
    ref = ruleset.reference_events
    if ref is None or not span.is_bounded:
        return False
    since = ref.complete_from.get(event_type)
    assert span.start is not None and span.end is not None
    return since is not None and since <= span.start and span.end <= ref.as_of


def judge(claim: Claim, ruleset: RuleSet) -> Judgement:
    etype = str(claim.key.get("event_type"))
    place = claim.value.get("place")
    span = claim.time
    if claim.qualifiers.status is Status.PLANNED:
        return Judgement(Verdict.UNKNOWN, reason="a planned event is not judged")
    if not span.is_bounded:
        return Judgement(Verdict.UNKNOWN, reason="no bounded date for the event")
    refs = events_of(etype, ruleset)
    during = [(i, e) for i, e in refs if event_span(e).overlaps(span)]  # the time first: it rules out most

    def here(event: ReferenceEvent) -> bool:
        return place is None or same_place(str(place), event.place, ruleset)

    hits = [(i, e) for i, e in during if here(e)]
    if hits:
        return Judgement(Verdict.CONSISTENT, note(claim, ruleset, hits))
    if not covers(etype, span, ruleset):
        return Judgement(Verdict.UNKNOWN, reason=f"the reference does not list every {claim.label('event_type')} then")
    near_days = ruleset.reference_events.near_days if ruleset.reference_events else 0
    near = [
        (i, e) for i, e in refs if (gap := event_span(e).gap_days(span)) is not None and gap <= near_days and here(e)
    ]
    if place is not None and near and not during:
        # "held in Madrid on September 20 and 21" against the Madrid round of 14-15 September
        return Judgement(Verdict.CONTRADICTED, note(claim, ruleset, near, span))
    exhaustive = ruleset.reference_events.exhaustive if ruleset.reference_events else []
    if not during and etype in exhaustive and span.days is not None and span.days <= 400:
        # "the 2021 presidential election": the list holds every one, and none was held then
        return Judgement(Verdict.CONTRADICTED, note(claim, ruleset, [], span))
    if place is None or not during:
        # Absence alone proves little: lesser meetings of a type go unrecorded. Only a recorded
        # event of the type at that time, somewhere else, contradicts "held in Beijing in October".
        return Judgement(Verdict.UNKNOWN, reason=f"no recorded {claim.label('event_type')} at that time to compare")
    return Judgement(Verdict.CONTRADICTED, note(claim, ruleset, during, span))


def note(
    claim: Claim, ruleset: RuleSet, events: list[tuple[int, ReferenceEvent]], span: TimeSpan | None = None
) -> ReferenceNote:
    name = claim.label("event_type")
    listed = "; ".join(describe(e, ruleset) for _, e in events)
    if span is not None and not listed:
        text = f"no {name} recorded in {span.label()}."
    elif span is not None:
        text = f"{name} recorded in {span.label()}: {listed}."
    else:
        text = f"{name}: {listed}."
    return ReferenceNote(text=text, source=join_sources(ruleset.source("events", str(i)) for i, _ in events))


def describe(event: ReferenceEvent, ruleset: RuleSet) -> str:
    where = ruleset.places[event.place].name if event.place and event.place in ruleset.places else "?"
    return f"{where} {event_span(event).label()}"
