"""elapsed_vs_reference: must flag a count of years the reference date contradicts, stay quiet otherwise."""

from __future__ import annotations

import pytest

from tests.checks.conftest import Run

RULE = "elapsed-vs-reference"
TOPIC = "Beijing and Washington are talking again. "


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (TOPIC + "The talks come eight years after the Phase One deal.", "2025-10-20"),
        (TOPIC + "The talks come two years after the Phase One deal.", "2025-10-20"),
        (TOPIC + "In March 2022, five years after the Phase One deal, talks stalled.", "2025-10-20"),
    ],
)
def test_flags_a_count_the_reference_contradicts(conflicts: Run, text: str, published: str) -> None:
    [c] = conflicts((text, published), rule=RULE)
    assert "2020-01-15" in c.message


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (TOPIC + "The talks come five years after the Phase One deal.", "2025-10-20"),
        (TOPIC + "The talks come six years after the Phase One deal.", "2025-10-20"),  # rounded up
        (TOPIC + "It is nearly six years since the Phase One trade deal.", "2025-10-20"),
        (TOPIC + "In March 2022, two years after the Phase One deal, talks stalled.", "2025-10-20"),
        # an event type with no single reference event is not judged
        (TOPIC + "The U.S. and China met again, ten years after the first round of talks.", "2025-10-20"),
    ],
)
def test_quiet_when_the_count_fits(conflicts: Run, text: str, published: str) -> None:
    assert conflicts((text, published), rule=RULE) == []
