"""The rounds reference: a numbered round is the one the reference numbers so."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.models import Claim
from factcheck.references import TABLES, Verdict
from factcheck.ruleset import RuleSet

Claims = Callable[..., list[Claim]]
TOPIC = "China and the U.S. held talks. "


def verdicts(claims_of: Claims, ruleset: RuleSet, sentence: str) -> list[Verdict]:
    found = [c for c in claims_of(TOPIC + sentence, published="2025-10-20", kind="event") if c.value["ordinal"]]
    return [TABLES["rounds"](c, ruleset).verdict for c in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fourth round of talks, held in 2023, ended without a deal.",
        "The fourth round of talks took place in Stockholm.",
        "The third round of talks was held in Madrid in September.",
    ],
)
def test_contradicted(claims_of: Claims, ruleset: RuleSet, sentence: str) -> None:
    assert verdicts(claims_of, ruleset, sentence) == [Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fourth round of talks took place in Madrid.",
        "The fourth round of talks was held in September.",
        "The third round of talks, in Stockholm, went well.",
    ],
)
def test_consistent(claims_of: Claims, ruleset: RuleSet, sentence: str) -> None:
    assert verdicts(claims_of, ruleset, sentence) == [Verdict.CONSISTENT]


def test_a_round_the_reference_does_not_number_is_unknown(claims_of: Claims, ruleset: RuleSet) -> None:
    assert verdicts(claims_of, ruleset, "The ninth round of talks took place in Madrid.") == [Verdict.UNKNOWN]
