"""comparison_holds: a number a sentence puts below (or above) another must be below (or above) it.

What it checks: each `comparison` claim ("core inflation of 3.4% in May sits well under the 3% goal")
against its own two numbers.

Why: a swapped "above"/"below", or a figure updated while the sentence around it was not, leaves a
sentence that contradicts itself; readers cannot tell which half is wrong, and no other article is
needed to see it.

What flags: "Core inflation of 3.4 percent in May sits well under the bank's 3 percent goal"; "the jobless
rate, at 3.9%, is above the 4.1% of a year earlier".

What does not flag: a comparison that holds; two equal numbers ("at or below" is not read either way);
a change compared with something ("rose 2.5%, above forecasts of 2%": not read, see
factcheck/extract/comparison.py); a negated comparison ("not below").

Complexity: one pass over the claims, O(n).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar, Literal

from factcheck.checks.base import lone_conflict, side
from factcheck.models import Claim, Conflict
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule

NAME = "comparison_holds"


class Rule(CheckRule):
    check: Literal["comparison_holds"]

    TEMPLATE_FIELDS: ClassVar[tuple[str, ...]] = ("a", "left", "relation", "right")


def evaluate(group: Sequence[Claim], rule: Rule, ruleset: RuleSet) -> Iterator[Conflict]:
    for claim in sorted(group, key=Claim.sort_key):
        left, right = claim.value.get("left"), claim.value.get("right")
        if not isinstance(left, float | int) or not isinstance(right, float | int):
            continue
        relation = claim.value.get("relation")
        if (relation == "below" and left > right) or (relation == "above" and left < right):
            fields = {
                "a": side(claim, "left"),
                "left": claim.labels.get("left", str(left)),
                "relation": claim.labels.get("relation", str(relation)),
                "right": claim.labels.get("right", str(right)),
            }
            yield lone_conflict(claim, rule, fields, f"{left} {relation} {right}")
