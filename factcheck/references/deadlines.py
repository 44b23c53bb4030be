"""Reference deadlines: the day each deadline fell on, as set at each time.

A deadline claim agrees when the reference records its subject and event on a day its time allows.
It is contradicted when the deadline in force on its article's publication date (set on or before
it, not yet replaced) lies within `near_days` of the claimed day but not on it: a deadline a day off.
A day further from every recorded one is not judged (it may be a deadline the reference does not
record), nor are replaced ("from July 9") deadlines, claims after `as_of`, or claims vaguer than a
day or two ("by August" agrees with a recorded August 1, and contradicts nothing).
"""

from __future__ import annotations

from factcheck.models import Claim, ReferenceNote, Status, TimeSpan
from factcheck.references.verdict import Judgement, Verdict, join_sources
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import ReferenceDeadline
from factcheck.timeexpr import parse_date_value


def judge(claim: Claim, ruleset: RuleSet) -> Judgement:
    ref = ruleset.reference_deadlines
    if ref is None:
        return Judgement(Verdict.UNKNOWN, reason="no reference deadlines")
    if claim.qualifiers.status is not Status.CURRENT or not claim.time.is_bounded:
        return Judgement(Verdict.UNKNOWN, reason="a replaced or undated deadline is not judged")
    published = _published(claim)
    if published is None or published.start is None or published.start > ref.as_of:
        return Judgement(Verdict.UNKNOWN, reason="published after the reference's as_of, or undated")
    rows = [
        (i, d)
        for i, d in enumerate(ref.deadlines)
        if d.subject == claim.key.get("subject") and d.event == claim.key.get("event")
    ]
    # "at 12:01 a.m. on Aug. 13": the day written, as the reference's days are ("until 12:01 a.m. on
    # November 10" is recorded as November 10), not the two days the claim spans to agree with others
    stated = claim.value.get("stated")
    when = parse_date_value(stated) if isinstance(stated, str) and stated else claim.time
    if hits := [(i, d) for i, d in rows if TimeSpan.day(d.date).overlaps(when)]:
        return Judgement(Verdict.CONSISTENT, note(hits, ruleset))
    if when.days is None or when.days > 2:
        # "by July" holds every day of July: a recorded deadline outside it may be a day off or
        # another deadline; only a day can be a day off
        return Judgement(Verdict.UNKNOWN, reason="a deadline vaguer than a day is not contradicted")
    day = published.start
    in_force = [(i, d) for i, d in rows if (d.set is None or d.set <= day) and (d.replaced is None or day < d.replaced)]
    near = [
        (i, d) for i, d in in_force if (gap := TimeSpan.day(d.date).gap_days(when)) is not None and gap <= ref.near_days
    ]
    if near:
        return Judgement(Verdict.CONTRADICTED, note(near, ruleset))
    return Judgement(Verdict.UNKNOWN, reason="no recorded deadline near that day")


def _published(claim: Claim) -> TimeSpan | None:
    """The claim's publication date travels in its value (the claim's own time is the deadline)."""
    raw = claim.value.get("published")
    if not isinstance(raw, str) or not raw:
        return None
    return parse_date_value(raw)


def note(rows: list[tuple[int, ReferenceDeadline]], ruleset: RuleSet) -> ReferenceNote:
    parts = []
    for _, d in rows:
        name = ruleset.deadlines[d.subject].name if d.subject in ruleset.deadlines else d.subject
        when = f" (set {d.set})" if d.set else ""
        parts.append(f"{name} {d.event.replace('_', ' ')} on {d.date}{when}")
    sources = join_sources(ruleset.source("reference_deadlines", str(i)) for i, _ in rows)
    return ReferenceNote(text="; ".join(parts), source=sources)
