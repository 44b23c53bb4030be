"""Terms of office: who held an office from when to when (like Wikidata's time-qualified P39).

A current-holder claim holds when its person held the office on some day of the claim's span.
A "former" claim holds unless the person held the office on every day of the span. The reference
only judges spans it covers: up to its `as_of` day, and for a claim naming someone without a term,
only single-holder offices whose terms cover the whole span. Everything else is UNKNOWN.
"""

from __future__ import annotations

import datetime as dt

from factcheck.models import Claim, ReferenceNote, Status, TimeSpan
from factcheck.references.verdict import Judgement, Verdict, join_sources
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import Term


def judge(claim: Claim, ruleset: RuleSet) -> Judgement:
    role = str(claim.key.get("role"))
    person = str(claim.value.get("person"))
    terms = ruleset.terms.get(role, ())
    as_of = ruleset.terms_as_of.get(role)
    span = claim.time
    if not terms or as_of is None:
        return Judgement(Verdict.UNKNOWN, reason=f"no terms of office for {claim.label('role')}")
    if not span.is_bounded:
        return Judgement(Verdict.UNKNOWN, reason="no date for the claim")
    assert span.start is not None and span.end is not None
    own = [(i, t) for i, t in enumerate(terms) if t.person == person]
    status = claim.qualifiers.status
    if status is Status.CURRENT:
        held = [(i, t) for i, t in own if _span(t, as_of).overlaps(span)]
        if held:
            return Judgement(Verdict.CONSISTENT, _note(claim, ruleset, held, as_of))
        if span.end > as_of:
            return Judgement(Verdict.UNKNOWN, reason=f"after the reference's as_of date {as_of}")
        during = [(i, t) for i, t in enumerate(terms) if _span(t, as_of).overlaps(span)]
        if own:
            return Judgement(Verdict.CONTRADICTED, _note(claim, ruleset, sorted(own + during), as_of))
        role_def = ruleset.roles.get(role)
        if role_def is not None and role_def.single_holder and _covered(span, terms, as_of):
            return Judgement(Verdict.CONTRADICTED, _note(claim, ruleset, during, as_of))
        return Judgement(Verdict.UNKNOWN, reason=f"{claim.label('person')} has no term as {claim.label('role')}")
    if status is Status.FORMER:
        if span.end > as_of:
            return Judgement(Verdict.UNKNOWN, reason=f"after the reference's as_of date {as_of}")
        holding = [(i, t) for i, t in own if _span(t, as_of).contains(span)]
        if holding:
            return Judgement(Verdict.CONTRADICTED, _note(claim, ruleset, holding, as_of))
        if own:
            return Judgement(Verdict.CONSISTENT, _note(claim, ruleset, own, as_of))
        return Judgement(Verdict.UNKNOWN, reason=f"{claim.label('person')} has no term as {claim.label('role')}")
    return Judgement(Verdict.UNKNOWN, reason=f"a {status.value} mention is not judged")


START_SLACK_DAYS = 1  # a handover may be dated the day after the vote that made it, or across a time zone


def judge_start(claim: Claim, ruleset: RuleSet) -> Judgement:
    """A claim that someone took office ("was sworn in as prime minister on Friday", "was elected
    leader of the party earlier this month": label `took_office`) holds when a term of theirs in that
    office begins within its time; it is contradicted when they held the office then but their terms
    there began at other times. Not holding it then at all is the terms of office's to judge."""
    if not claim.labels.get("took_office") or claim.qualifiers.status is not Status.CURRENT:
        return Judgement(Verdict.UNKNOWN)
    role, person = str(claim.key.get("role")), str(claim.value.get("person"))
    as_of = ruleset.terms_as_of.get(role)
    own = [(i, t) for i, t in enumerate(ruleset.terms.get(role, ())) if t.person == person]
    span = claim.time
    if not own or as_of is None or span.start is None or span.end is None or not span.is_bounded:
        return Judgement(Verdict.UNKNOWN, reason=f"no term of {claim.label('person')} as {claim.label('role')}")
    if span.end > as_of:
        return Judgement(Verdict.UNKNOWN, reason=f"after the reference's as_of date {as_of}")
    if not any(_span(t, as_of).overlaps(span) for _, t in own):
        # not holding it then at all: the terms of office judge that (office-vs-reference), once
        return Judgement(Verdict.UNKNOWN, reason=f"{claim.label('person')} did not hold the office then")
    slack = dt.timedelta(days=START_SLACK_DAYS)
    began = [(i, t) for i, t in own if span.start - slack <= t.start <= span.end + slack]
    verdict = Verdict.CONSISTENT if began else Verdict.CONTRADICTED
    return Judgement(verdict, _note(claim, ruleset, began or own, as_of))


def jurisdictions_of(person: str, ruleset: RuleSet) -> set[str]:
    """The jurisdictions of every office the person held, per the terms of office."""
    return {
        role.jurisdiction
        for rid, terms in ruleset.terms.items()
        if (role := ruleset.roles.get(rid)) is not None
        and role.jurisdiction is not None
        and any(t.person == person for t in terms)
    }


def term_spans(person: str, ruleset: RuleSet) -> list[TimeSpan]:
    """Every term a person held, in any office; an open term runs to its office's as_of."""
    return [
        TimeSpan(start=t.start, end=t.end or ruleset.terms_as_of.get(role))
        for role, terms in ruleset.terms.items()
        for t in terms
        if t.person == person
    ]


def held_throughout(person: str, role: str, span: TimeSpan, ruleset: RuleSet) -> bool:
    """Whether a term of the person in the office covers every day of the span; an open term runs
    to its office's as_of."""
    as_of = ruleset.terms_as_of.get(role)
    return as_of is not None and any(
        t.person == person and _span(t, as_of).contains(span) for t in ruleset.terms.get(role, ())
    )


def _span(term: Term, as_of: dt.date) -> TimeSpan:
    # An open term runs at least to as_of; past that the reference does not know.
    return TimeSpan(start=term.start, end=term.end or as_of)


def _covered(span: TimeSpan, terms: tuple[Term, ...], as_of: dt.date) -> bool:
    """True when some term covers every day of the span (so the office's holder is known throughout)."""
    assert span.start is not None and span.end is not None
    day = span.start
    for term in sorted(terms, key=lambda t: t.start):
        t = _span(term, as_of)
        assert t.start is not None and t.end is not None
        if t.start > day:
            return False
        if t.end >= day:
            day = t.end + dt.timedelta(days=1)
        if day > span.end:
            return True
    return False


def _note(claim: Claim, ruleset: RuleSet, terms: list[tuple[int, Term]], as_of: dt.date) -> ReferenceNote:
    role = str(claim.key.get("role"))
    role_name = claim.label("role")
    parts = []
    seen: set[int] = set()
    for i, term in terms:
        if i in seen:
            continue
        seen.add(i)
        person = ruleset.people.get(term.person)
        name = person.name if person else term.person
        acting = " (acting)" if term.acting else ""
        if term.end:
            parts.append(f"{name}{acting} held it from {term.start.isoformat()} to {term.end.isoformat()}")
        else:
            parts.append(f"{name}{acting} holds it since {term.start.isoformat()} (as of {as_of.isoformat()})")
    sources = join_sources(ruleset.source("terms", role, str(i)) for i, _ in terms)
    text = f"{role_name}: " + "; ".join(parts) if parts else f"{role_name}: no holder recorded"
    text += "."
    return ReferenceNote(text=text, source=sources)
