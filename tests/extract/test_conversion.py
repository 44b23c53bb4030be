"""conversion claims: a sum given in two currencies, in wire, business-page and release styles."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.models import Claim

Claims = Callable[..., list[Claim]]


@pytest.mark.parametrize(
    ("sentence", "pair", "rate"),
    [
        ("Exports rose to 916 billion yen ($6.2 billion) in June.", ("JPY", "USD"), 6.2 / 916),
        ("The deficit was 1.2 trillion yen, or about $8 billion, in May.", ("JPY", "USD"), 8 / 1200),
        ("The fund holds €50 billion (about $54 billion).", ("EUR", "USD"), 54 / 50),
        ("The deal is worth $140 billion (£110 billion).", ("USD", "GBP"), 110 / 140),
    ],
)
def test_a_sum_and_its_conversion(claims_of: Claims, sentence: str, pair: tuple[str, str], rate: float) -> None:
    [claim] = claims_of(sentence, kind="conversion")
    assert (claim.key["from"], claim.key["to"]) == pair
    assert claim.value["rate"] == pytest.approx(rate)


def test_a_hedge_widens_the_rate(claims_of: Claims) -> None:
    [claim] = claims_of("The fund holds €50 billion (about $54 billion).", kind="conversion")
    lo, hi = claim.value["lo"], claim.value["hi"]
    assert isinstance(lo, float) and isinstance(hi, float)
    assert lo < 54 / 50 < hi
    assert claim.qualifiers.hedge == "about"


@pytest.mark.parametrize(
    "sentence",
    [
        "The deals are worth $5 billion, £3 billion and ¥200 billion.",  # a list of sums
        "Exports were $5 billion and imports $7 billion.",  # one currency
        "Sales rose to $5 billion in 2024 from €3 billion in 2020.",  # two sums, no conversion
    ],
)
def test_no_conversion(claims_of: Claims, sentence: str) -> None:
    assert claims_of(sentence, kind="conversion") == []
