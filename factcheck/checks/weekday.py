"""weekday_date: a date written with its day of the week must fall on that day.

What it checks: each `weekday` claim ("on Wednesday (Oct. 30)", "Thursday, October 30, 2025")
against the calendar.

Why: a weekday that does not match its date is a common natural error in wire copy and rewrites
(the day was edited and the date was not, or the reverse); one of the two is wrong, and readers
cannot tell which.

What flags: "on Wednesday (Oct. 30)" in a 2025 article: 30 October 2025 was a Thursday.

What does not flag: a bare weekday ("on Monday", resolved to the nearest such day, so it cannot
disagree); a weekday and a date in different clauses ("on Monday, a week after Oct. 20"); a date
whose year is not written, when the publication date puts it in a year where the weekday fits (the
date is read in the year nearest the publication date, as every time expression is).

Complexity: one pass over the claims, O(n).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar, Literal

from factcheck.checks.base import lone_conflict, side
from factcheck.models import Claim, Conflict
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule

NAME = "weekday_date"


class Rule(CheckRule):
    check: Literal["weekday_date"]

    TEMPLATE_FIELDS: ClassVar[tuple[str, ...]] = ("a", "weekday", "actual", "date")


def evaluate(group: Sequence[Claim], rule: Rule, ruleset: RuleSet) -> Iterator[Conflict]:
    for claim in sorted(group, key=Claim.sort_key):
        stated, actual = str(claim.value.get("weekday")), str(claim.value.get("actual"))
        if stated.lower() == actual.lower():
            continue
        fields = {"a": side(claim, "weekday"), "weekday": stated, "actual": actual, "date": claim.key.get("date")}
        yield lone_conflict(claim, rule, fields, f"{claim.key.get('date')} {stated.lower()}")
