"""Reference events for planned claims: "will meet next week in Washington" when the reference
records the meeting of that week elsewhere.

A planned event claim with a place and a time no vaguer than `plan_max_days` agrees when a reference event of its type
at that place overlaps its time, and is contradicted when reference events of its type overlap its
time only elsewhere. Held events, claims with no place or an open time, and times the reference
records nothing for are UNKNOWN (plans change; an unrecorded plan proves nothing).
"""

from __future__ import annotations

from factcheck.models import Claim, Status
from factcheck.references.events import event_span, events_of, note
from factcheck.references.places import same_place
from factcheck.references.verdict import Judgement, Verdict
from factcheck.ruleset.ruleset import RuleSet


def judge(claim: Claim, ruleset: RuleSet) -> Judgement:
    place = claim.value.get("place")
    days = claim.time.days
    max_days = ruleset.reference_events.plan_max_days if ruleset.reference_events else 0
    if claim.qualifiers.status is not Status.PLANNED or place is None or days is None or days > max_days:
        return Judgement(Verdict.UNKNOWN)  # "expected in September" may mean any event of the month
    during = [
        (i, e) for i, e in events_of(str(claim.key.get("event_type")), ruleset) if event_span(e).overlaps(claim.time)
    ]
    if not during:
        return Judgement(Verdict.UNKNOWN, reason="no recorded event at the planned time")
    here = [(i, e) for i, e in during if e.place and same_place(str(place), e.place, ruleset)]
    if here:
        return Judgement(Verdict.CONSISTENT, note(claim, ruleset, here))
    return Judgement(Verdict.CONTRADICTED, note(claim, ruleset, during, claim.time))
