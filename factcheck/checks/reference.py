"""reference: a claim must agree with the reference facts for its time.

What it checks: each claim of the rule's kind against a reference table named by `reference:`
(for `office_holder`, `terms_of_office` in rules/reference/).

Why: two articles can agree and both be wrong; reference facts settle it, and the report quotes
them with the rules file and line they come from.

What flags: "Treasury Secretary Janet Yellen" in an October 2025 article (Yellen left office on
20 January 2025); "former President Donald Trump" in October 2025 (he held the office then).

What does not flag: a claim whose time the reference does not cover (after its `as_of` day, or
before its first recorded term), a person the reference has no term for in an office with several
holders, mentions with "then-", "nominee" or "-elect", and claims with no date. These are listed
under "not checked" in the report instead.

Findings: every article making the same claim (key and value) against the same reference fact is
one finding of the report, its instances listed under it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import ClassVar, Literal

from factcheck.checks.base import render_message, severity_of, side
from factcheck.models import Claim, Conflict
from factcheck.references import TABLES, Verdict
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule

NAME = "reference"


class Rule(CheckRule):
    check: Literal["reference"]
    reference: str
    value: str

    TEMPLATE_FIELDS: ClassVar[tuple[str, ...]] = ("key", "a", "reference")


def evaluate(group: Sequence[Claim], rule: Rule, ruleset: RuleSet) -> Iterator[Conflict]:
    judge = TABLES[rule.reference]
    for claim in sorted(group, key=Claim.sort_key):
        judgement = judge(claim, ruleset)
        if judgement.verdict is not Verdict.CONTRADICTED:
            continue
        note = judgement.note
        fields = {
            "key": " / ".join(claim.label(k) for k in sorted(claim.key)),
            "a": side(claim, rule.value),
            "reference": note.text if note else "",
        }
        yield Conflict(
            rule=rule.id,
            severity=severity_of(rule, (claim,)),
            message=render_message(rule.message, fields),
            claims=(claim,),
            reference=note,
            # many articles making the same claim against the same fact are one finding
            cause=json.dumps([claim.key, claim.value.get(rule.value), note.text if note else ""], sort_keys=True),
        )
