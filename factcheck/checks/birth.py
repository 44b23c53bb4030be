"""birth_vs_record: a birth date or an age must agree with the day of birth the people vocabulary records.

What it checks: each `birth` claim whose person has `born:` in rules/vocab/people.yaml (or a project's
people file). A birth date ("born on March 3, 1961") must contain the recorded day; an age ("Ishiba,
67,") must be one the person had at some day of the claim's time (the publication date, or the
time its sentence is about).

Why: dates of birth and ages are among the facts rewrites get wrong most (a digit slips, an age
is copied from an older story), and a record of each person's birth date settles every such claim
without a second article (a Wikidata-like property with a single value).

What flags: "Born on March 3, 1961, Takaichi ..." when the record says 7 March 1961; "Sanae
Takaichi, 66," in October 2025.

What does not flag: a birth year that holds ("born in 1961"); an age the person had at either end
of the claim's time (an article dated only to a week, a story about a past year); a person with no
`born:` recorded; an unknown person (never read).

Parameters: `of`: `date` (the birth-date claims) or `age` (the age claims), so that each can have
its own severity and message.

Complexity: one pass over the claims, O(n).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import ClassVar, Literal

from factcheck.checks.base import lone_conflict, side
from factcheck.models import Claim, Conflict
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule

NAME = "birth_vs_record"


class Rule(CheckRule):
    check: Literal["birth_vs_record"]
    of: Literal["date", "age"]

    TEMPLATE_FIELDS: ClassVar[tuple[str, ...]] = ("a", "person", "recorded")


def age_on(born: dt.date, day: dt.date) -> int:
    """Whole years from `born` to `day`; a 29 February birthday counts from 1 March in other years."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def evaluate(group: Sequence[Claim], rule: Rule, ruleset: RuleSet) -> Iterator[Conflict]:
    for claim in sorted(group, key=Claim.sort_key):
        person = ruleset.people.get(str(claim.key.get("person")))
        if person is None or person.born is None:
            continue
        born, span = person.born, claim.time
        if span.start is None or span.end is None:
            continue
        if rule.of == "date":
            if "born" not in claim.value or span.start <= born <= span.end:
                continue
            value_field = "born"
        else:
            age = claim.value.get("age")
            if not isinstance(age, int) or age_on(born, span.start) <= age <= age_on(born, span.end):
                continue
            value_field = "age"
        fields = {"a": side(claim, value_field), "person": person.name, "recorded": born.isoformat()}
        yield lone_conflict(claim, rule, fields, f"{claim.key.get('person')} {claim.value.get(value_field)}")
