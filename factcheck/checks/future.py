"""future_before_publication: a time put in the future must not have ended before publication.

What it checks: each `future` claim ("will bottom out by 2023") against the article's
publication date.

Why: a future statement whose whole time is past when the article appeared is recycled copy (an
old story rewritten without its dates updated) or a wrong year ("will meet in May 2024" in a 2025
article meaning 2025); either way a reader is misled.

What flags: "the jobless rate will bottom out by 2023" in an article of 2024.

What does not flag: a time that reaches publication or later; relative times ("next year"),
which resolve forward; "would" (the future of a past); a time in another clause than the modal.

Complexity: one pass over the claims, O(n).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar, Literal

from factcheck.checks.base import lone_conflict, side
from factcheck.models import Claim, Conflict
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule

NAME = "future_before_publication"


class Rule(CheckRule):
    check: Literal["future_before_publication"]

    TEMPLATE_FIELDS: ClassVar[tuple[str, ...]] = ("a", "ends", "published")


def evaluate(group: Sequence[Claim], rule: Rule, ruleset: RuleSet) -> Iterator[Conflict]:
    for claim in sorted(group, key=Claim.sort_key):
        ends, published = str(claim.key.get("ends")), str(claim.value.get("published"))
        if not ends < published:  # ISO dates compare as text
            continue
        fields = {"a": side(claim, "ends"), "ends": ends, "published": published}
        # the same stale sentence copied into many articles is one finding
        yield lone_conflict(claim, rule, fields, f"{ends} {claim.evidence.sentence}")
