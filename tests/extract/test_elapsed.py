"""elapsed extraction: a count of years or months since an event the rules name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.models import Claim

Claims = Callable[..., list[Claim]]
TOPIC = "Beijing and Washington are talking again. "
DEAL = "us-china-phase-one-deal"


def read(claims: list[Claim]) -> list[tuple[object, ...]]:
    return [(c.key["event_type"], c.value["count"], c.value["unit"], c.qualifiers.hedge) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (TOPIC + "The talks come five years after the Phase One deal.", (DEAL, 5, "year", None)),
        (TOPIC + "It is nearly six years since the phase one trade deal was signed.", (DEAL, 6, "year", "nearly")),
        (TOPIC + "Some 60 months after the Phase One agreement, tariffs are back.", (DEAL, 60, "month", "some")),
        (TOPIC + "Officials met two years after the president signed the Phase One deal.", (DEAL, 2, "year", None)),
    ],
)
def test_counts_from_a_named_event(claims_of: Claims, sentence: str, expected: tuple[object, ...]) -> None:
    assert read(claims_of(sentence, kind="elapsed")) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        TOPIC + "Two years after he took office, the Phase One deal was dead.",  # the count is of something else
        TOPIC + "Five years after the election, and after the Phase One deal, talks resumed.",
        "Five years after the Phase One deal, nothing changed.",  # outside its topic (no China, no U.S.)
        TOPIC + "The first talks in five years follow the Phase One deal.",  # a gap claim, not a count
    ],
)
def test_not_counts_from_an_event(claims_of: Claims, sentence: str) -> None:
    assert claims_of(sentence, kind="elapsed") == []


def test_the_count_is_from_the_sentence_s_own_time(claims_of: Claims) -> None:
    [c] = claims_of(TOPIC + "In March 2022, two years after the Phase One deal, talks stalled.", kind="elapsed")
    assert c.time.label() == "2022-03"
