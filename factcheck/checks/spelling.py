"""name_spelling: a person's name written unlike every spelling the rules record.

What it checks: each claim whose person was matched to a recorded one only by closeness ("Chancellor
Friedrich Merts" is Friedrich Merz, the only holder of that office with a name that close), against
the person's name and aliases in rules/vocab/people.yaml.

Why: a misspelt name is among the most common natural errors in rewrites and fast copy, and a
house style keeps one spelling of each name (a Vale-like lint, with the record behind it). The claim
itself is still read as the recorded person, so the office checks judge it as usual.

What flags: "Treasury Secretary Scott Besent" (recorded: Scott Bessent); "Janet Yelen, the Treasury
secretary".

What does not flag: a recorded alias ("Jay Powell"), a name written with or without its accents
("Francois-Philippe Champagne"), initials or family name first ("Takaichi Sanae"), an unknown name
that is close to no recorded holder.

Complexity: one pass over the claims, O(n).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar, Literal

from factcheck.checks.base import lone_conflict, side
from factcheck.models import Claim, Conflict
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule

NAME = "name_spelling"


class Rule(CheckRule):
    check: Literal["name_spelling"]

    TEMPLATE_FIELDS: ClassVar[tuple[str, ...]] = ("a", "written", "recorded")


def evaluate(group: Sequence[Claim], rule: Rule, ruleset: RuleSet) -> Iterator[Conflict]:
    for claim in sorted(group, key=Claim.sort_key):
        written, recorded = claim.labels.get("written"), claim.labels.get("person")
        if not written or not recorded:
            continue
        fields = {"a": side(claim, "person"), "written": written, "recorded": recorded}
        yield lone_conflict(claim, rule, fields, f"{claim.value.get('person')} {written}")
