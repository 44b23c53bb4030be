"""comparison_holds: must flag a sentence whose numbers contradict its comparison, stay quiet otherwise."""

from __future__ import annotations

import pytest

from tests.checks.conftest import Run

RULE = "comparison-holds"


@pytest.mark.parametrize(
    "text",
    [
        "Core inflation of 3.4 percent in May sits well under the bank's 3 percent goal.",
        "The jobless rate, at 3.9%, remains above the 4.1% of a year earlier.",
        "A deficit of $120 billion, lower than the $98 billion forecast, eased worries.",
    ],
)
def test_flags_a_comparison_its_numbers_contradict(conflicts: Run, text: str) -> None:
    [c] = conflicts((text, "2025-09-20"), rule=RULE)
    assert c.severity.value == "warning"


def test_message_quotes_both_numbers(conflicts: Run) -> None:
    [c] = conflicts(("Inflation of 2.5% is well below the 2% target.", "2025-09-20"), rule=RULE)
    assert c.message == 'a0.txt:1: "2.5% is well below the 2%": 2.5% is not below 2%'


@pytest.mark.parametrize(
    "text",
    [
        "Core inflation of 3.4 percent in May sits only modestly above the bank's 3 percent goal.",
        "The jobless rate, at 4.3%, remains above the 4.1% of a year earlier.",
        "Inflation of 2% is below the 2% target.",  # equal: "at or below" is not read either way
        "Inflation of 2.5% is not below the 2% target.",
    ],
)
def test_quiet_when_the_comparison_holds_or_is_not_read(conflicts: Run, text: str) -> None:
    assert conflicts((text, "2025-09-20"), rule=RULE) == []
