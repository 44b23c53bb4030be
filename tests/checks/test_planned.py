"""planned-event-vs-reference: a plan the reference fills with an event elsewhere; hedges lower it."""

from __future__ import annotations

import pytest

from tests.checks.conftest import Run

RULE = "planned-event-vs-reference"
TOPIC = "China and the U.S. held talks. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The next round of talks will be held in Beijing on October 25.",
        "Negotiators are expected to hold another round of talks in Beijing on October 25.",
        "U.S. and Chinese officials will meet in Beijing on October 25.",
    ],
)
def test_a_plan_the_reference_holds_elsewhere_is_a_warning(conflicts: Run, sentence: str) -> None:
    [c] = conflicts((TOPIC + sentence, "2025-10-20"), rule=RULE)
    assert c.severity.value == "warning"


@pytest.mark.parametrize(
    "sentence",
    [
        "Another round of talks could perhaps be held in Beijing on October 25.",
        "Another round of talks may possibly take place in Beijing on October 25.",
    ],
)
def test_a_hedge_lowers_the_severity_and_keeps_the_claim(conflicts: Run, sentence: str) -> None:
    [c] = conflicts((TOPIC + sentence, "2025-10-20"), rule=RULE)
    assert c.severity.value == "info"
    assert c.claims[0].qualifiers.uncertain


@pytest.mark.parametrize(
    "sentence",
    [
        "The next round of talks will be held in Kuala Lumpur on October 25.",
        "The next round of talks will be held in Beijing in December.",
        "The talks were held in Kuala Lumpur on October 25.",
    ],
)
def test_quiet(conflicts: Run, sentence: str) -> None:
    assert conflicts((TOPIC + sentence, "2025-10-20"), rule=RULE) == []
