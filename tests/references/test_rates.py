"""Exchange rates: a conversion at a rate no day of its period allows is wrong."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.references import Verdict, rates
from factcheck.ruleset.ruleset import RuleSet
from tests.conftest import make_article


def verdict(ruleset: RuleSet, text: str, published: str = "2025-07-17") -> Verdict:
    [claim] = [c for c in extract_claims(make_article(text, published), ruleset) if c.kind == "conversion"]
    return rates.judge(claim, ruleset).verdict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose to 916 billion yen ($6.2 billion).", Verdict.CONSISTENT),
        ("Exports rose to 916 billion yen ($62 billion).", Verdict.CONTRADICTED),  # a tenfold slip
        ("Exports rose to 916 million yen ($6.2 billion).", Verdict.CONTRADICTED),  # million for billion
        ("The deal is worth $140 billion (about 20 trillion yen).", Verdict.CONSISTENT),  # the other way round
        ("The fund holds €50 billion (about $54 billion).", Verdict.CONSISTENT),
        ("The fund holds €50 billion ($80 billion).", Verdict.CONTRADICTED),
        ("The pound deal is £10 billion ($13 billion).", Verdict.CONSISTENT),
    ],
)
def test_judge(ruleset: RuleSet, text: str, expected: Verdict) -> None:
    assert verdict(ruleset, text) is expected


def test_a_time_the_table_does_not_cover_is_not_judged(ruleset: RuleSet) -> None:
    assert verdict(ruleset, "Exports rose to 916 billion yen ($62 billion).", "2019-07-17") is Verdict.UNKNOWN


def test_the_note_gives_the_range_and_the_implied_rate(ruleset: RuleSet) -> None:
    [claim] = [
        c
        for c in extract_claims(make_article("Exports rose to 916 billion yen ($62 billion).", "2025-07-17"), ruleset)
        if c.kind == "conversion"
    ]
    note = rates.judge(claim, ruleset).note
    assert note is not None
    assert "1 USD was 139 to 159 JPY" in note.text and "14.8 JPY per USD" in note.text
    assert note.source.startswith("rules/reference/markets.yaml:")
