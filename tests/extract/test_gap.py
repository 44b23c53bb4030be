"""gap extraction: the window a gap phrase names, its allowance, and phrases that are not gaps."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.models import Claim

Claims = Callable[..., list[Claim]]

TOPIC = "China and the U.S. have been talking. "


def gaps(claims_of: Claims, sentence: str, published: str = "2025-10") -> list[tuple[object, ...]]:
    found = claims_of(TOPIC + sentence, published=published, kind="gap")
    return [(c.value["allowed"], c.time.label()) for c in found]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "After more than a year of limited dialogue, the two sides resumed talks.",
            "2025-10",
            [(1, "2024-11-01..2025-09-30")],
        ),
        ("After two years without talks, negotiators met again.", "2025-10-15", [(0, "2023-10-17..2025-10-14")]),
        (
            "It was the first meeting in five years between the two sides.",
            "2025-10-15",
            [(0, "2020-10-17..2025-10-14")],
        ),
        ("It was the first round of talks since 2019.", "2025-10-15", [(0, "2020-01-01..2025-10-14")]),
        ("After six months of stalled negotiations, they met.", "2025-10-15", [(0, "2025-04-19..2025-10-14")]),
    ],
)
def test_gaps(claims_of: Claims, sentence: str, published: str, expected: list[tuple[object, ...]]) -> None:
    assert gaps(claims_of, sentence, published) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "After a year of intense talks, they signed a deal.",  # no quantifier: talks happened
        "After more than a year of limited progress, the economy grew.",  # no event trigger
        "It was the first time in five years that stocks fell.",  # not an event
    ],
)
def test_not_gaps(claims_of: Claims, sentence: str) -> None:
    assert gaps(claims_of, sentence) == []


def test_no_date_no_gap(claims_of: Claims) -> None:
    found = claims_of(TOPIC + "After two years without talks, they met.", published=None, kind="gap")
    assert found == []
