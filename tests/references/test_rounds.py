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


@pytest.mark.parametrize(
    "sentence",
    [
        "Negotiators, who met in Madrid on Sept. 14-15 for the sixth round of talks, agreed on a framework.",
        "The seventh round of talks was held in Madrid in September.",
        "The sixth round of talks, held on Sept. 14 and 15 in Madrid, went well.",
    ],
)
def test_a_round_held_there_and_then_under_another_number_is_contradicted(
    claims_of: Claims, ruleset: RuleSet, sentence: str
) -> None:
    assert verdicts(claims_of, ruleset, sentence) == [Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The sixth round of talks was held in Madrid.",  # no time: a later round may be held there
        "The ninth round of talks was held in Washington in February 2019.",  # before the list is complete
        "The sixth round of talks was held in Geneva in September.",  # no numbered round there and then
    ],
)
def test_an_unrecorded_round_not_identified_is_unknown(claims_of: Claims, ruleset: RuleSet, sentence: str) -> None:
    assert verdicts(claims_of, ruleset, sentence) == [Verdict.UNKNOWN]
