"""comparison extraction: one number put below or above another in the same sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.models import Claim

Claims = Callable[..., list[Claim]]


def read(claims: list[Claim]) -> list[tuple[object, object, object]]:
    return [(c.value["left"], c.value["relation"], c.value["right"]) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Core inflation of 3.4 percent in May sits well under the bank's 3 percent goal.", (3.4, "below", 3.0)),
        ("Inflation, at 2.5%, remains above the Fed's 2% target.", (2.5, "above", 2.0)),
        ("Unemployment of 4.3% is above the 4.1% of a year earlier.", (4.3, "above", 4.1)),
        ("The rate of 1.5% stays under the 2% ceiling.", (1.5, "below", 2.0)),
        ("A deficit of $120 billion, higher than the $98 billion forecast, worried markets.", (120e9, "above", 98e9)),
        ("Core inflation of 3.1% is still comfortably above the 2% goal.", (3.1, "above", 2.0)),
        # a base after "from" is stepped over: the figure is what the relative clause compares
        (
            "Unemployment fell to a low of 3.8% in June from 6.2% in early 2021, which is still below the 4% expected.",
            (3.8, "below", 4.0),
        ),
        ("Unemployment rose to 4.3% from 4.1%, which is above the 4% the bank expected.", (4.3, "above", 4.0)),
    ],
)
def test_comparisons_are_read(claims_of: Claims, sentence: str, expected: tuple[float, str, float]) -> None:
    assert read(claims_of(sentence, kind="comparison")) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Inflation fell from 3% to below 2% last year.",  # a start and an end, not a comparison
        "Prices rose 2.5%, above forecasts of 2%.",  # a change: its sign is in the words
        "Prices rose 1.5% in August, above forecasts of a 2% drop.",
        "Inflation of 2.5% is not below the 2% target.",  # negated
        "Stocks fell 1.2%, more than 2% at one point.",  # a hedge, not a comparison
        "Inflation was over 2% in May.",  # a hedge of one number
        "Inflation of 2.5% and growth below 1% worried the bank.",  # the comparison is of another figure
        "Inflation of 2-3% is below the 4% seen last year.",  # a range
        "Growth of 2% is below the $3 billion mark.",  # different units
        "Rates were cut from 5%, below the 6% peak, to 4%.",  # a base is never the number compared
    ],
)
def test_not_comparisons(claims_of: Claims, sentence: str) -> None:
    assert claims_of(sentence, kind="comparison") == []
