"""Reference events, a year off: a round dated to the wrong year.

"The first round, in Geneva in May 2024" when the reference records the Geneva round in May 2025:
the claim names a recorded event's place and, but for the year, its time. The reference's own
judgement (events.py) cannot say so when the list is not complete for the claimed year (before
`complete_from`), so this table asks the narrower question: is there, at the claimed place, an
event of the type exactly one year after or before the claimed time, and none at the claimed
time? Then the year is likely wrong. A claim the events table already contradicts or confirms is
left to it (the year-off reading only applies where that table is silent), and events recorded at
the same place in consecutive years (an annual summit) are never called a year off. Planned
events, events with no place and times longer than `year_off_max_days` (a whole year) are UNKNOWN.
"""

from __future__ import annotations

import datetime as dt

from factcheck.models import Claim, Status, TimeSpan
from factcheck.references import events
from factcheck.references.places import same_place
from factcheck.references.verdict import Judgement, Verdict
from factcheck.ruleset.ruleset import RuleSet


def judge(claim: Claim, ruleset: RuleSet) -> Judgement:
    place, span = claim.value.get("place"), claim.time
    if claim.qualifiers.status is Status.PLANNED or place is None or not span.is_bounded:
        return Judgement(Verdict.UNKNOWN)
    ref = ruleset.reference_events
    if ref is None or span.days is None or span.days > ref.year_off_max_days:
        return Judgement(Verdict.UNKNOWN)  # "in 2024", a whole year: too little about its year
    if events.judge(claim, ruleset).verdict is not Verdict.UNKNOWN:
        return Judgement(Verdict.UNKNOWN)  # the events table decides
    here = [(i, e) for i, e in events.events_of(str(claim.key.get("event_type")), ruleset)
            if same_place(str(place), e.place, ruleset)]  # fmt: skip
    if any(events.event_span(e).overlaps(span) for _, e in here):
        return Judgement(Verdict.UNKNOWN)
    years = {e.start.year for _, e in here}
    if any(y + 1 in years for y in years):
        return Judgement(Verdict.UNKNOWN)  # held there year after year: another year may be right
    shifted = [(i, e) for i, e in here for off in (1, -1) if events.event_span(e).overlaps(_shift(span, off))]
    if not shifted:
        return Judgement(Verdict.UNKNOWN)
    note = events.note(claim, ruleset, shifted)
    text = f"{note.text} The claim's {span.label()} is a year off it: likely the wrong year."
    return Judgement(Verdict.CONTRADICTED, note.model_copy(update={"text": text}))


def _shift(span: TimeSpan, years: int) -> TimeSpan:
    assert span.start is not None and span.end is not None
    return TimeSpan(start=_year(span.start, years), end=_year(span.end, years), precision=span.precision)


def _year(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
