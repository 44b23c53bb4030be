"""Reference rounds: a numbered event ("the fourth round") is the one the reference numbers so.

An event claim with an ordinal agrees when the reference records that round of its type at a place
and time the claim allows; it is contradicted when the reference records that round elsewhere or at
another time ("the fourth round ... in 2023" against the fourth round of September 2025 in Madrid,
"the fourth round in Stockholm" against Madrid), or when the reference records no such round but
numbers otherwise the one held at the claim's place and time, in a stretch it lists completely ("the
sixth round, in Kuala Lumpur on Oct. 25-26" against its fifth). Claims without an ordinal, planned
ones, and other ordinals the reference does not record are UNKNOWN. Outlets sometimes count rounds differently, so
rules built on this table are best kept at warning.
"""

from __future__ import annotations

from factcheck.models import Claim, Status
from factcheck.references.events import covers, event_span, events_of, note
from factcheck.references.places import same_place
from factcheck.references.verdict import Judgement, Verdict
from factcheck.ruleset.ruleset import RuleSet


def judge(claim: Claim, ruleset: RuleSet) -> Judgement:
    ordinal = claim.value.get("ordinal")
    if ordinal is None:
        return Judgement(Verdict.UNKNOWN)
    if claim.qualifiers.status is Status.PLANNED:
        return Judgement(Verdict.UNKNOWN, reason="a planned event is not judged")
    etype = str(claim.key.get("event_type"))
    recorded = [(i, e) for i, e in events_of(etype, ruleset) if e.ordinal == ordinal]
    place = claim.value.get("place")
    if not recorded:
        # "the sixth round, in Kuala Lumpur on Oct. 25-26": the reference, complete then, numbers the
        # round it held there and then otherwise
        complete = claim.time.is_bounded and covers(etype, claim.time, ruleset)
        held = [
            (i, e)
            for i, e in (events_of(etype, ruleset) if complete else [])
            if e.ordinal is not None
            and event_span(e).overlaps(claim.time)
            and (place is None or (e.place is not None and same_place(str(place), e.place, ruleset)))
        ]
        if held:
            return Judgement(Verdict.CONTRADICTED, note(claim, ruleset, held))
        return Judgement(Verdict.UNKNOWN, reason=f"the reference numbers no round {ordinal}")
    place_ok = place is None or any(e.place and same_place(str(place), e.place, ruleset) for _, e in recorded)
    time_ok = not claim.time.is_bounded or any(event_span(e).overlaps(claim.time) for _, e in recorded)
    if place_ok and time_ok:
        return Judgement(Verdict.CONSISTENT, note(claim, ruleset, recorded))
    return Judgement(Verdict.CONTRADICTED, note(claim, ruleset, recorded))
