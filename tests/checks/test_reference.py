"""reference on office holders: claims against the terms of office, must flag and must not flag."""

from __future__ import annotations

import pytest

from tests.checks.conftest import Run

RULE = "office-vs-reference"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("U.S. Treasury Secretary Janet Yellen spoke.", "2025-10"),  # left office 2025-01-20
        ("Treasury Secretary Scott Bessent spoke.", "2024-06-01"),  # took office 2025-01-28
        ("Former President Donald Trump spoke.", "2025-10-20"),  # in office then
        ("Treasury Secretary Jane Roe spoke.", "2025-06-01"),  # Bessent held the office then
        ("In March 2019, Treasury Secretary Janet Yellen spoke.", "2025-10-01"),  # the leading time governs
    ],
)
def test_flags(conflicts: Run, text: str, published: str) -> None:
    [c] = conflicts((text, published), rule=RULE)
    assert c.reference is not None
    assert c.reference.source.startswith("rules/reference/offices.yaml:")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Treasury Secretary Janet Yellen spoke.", "2025-01-15"),  # before the 20th
        ("Treasury Secretary Janet Yellen spoke.", "2025-01"),  # some day of January 2025
        ("Former Treasury Secretary Janet Yellen spoke.", "2025-10"),
        ("Former President Donald Trump spoke.", "2022-05-01"),
        ("The bill was signed by then-Treasury Secretary Steven Mnuchin.", "2025-10"),
        ("President-elect Donald Trump spoke.", "2024-12-01"),
        ("Vice Premier Jane Roe spoke.", "2025-10"),  # several holders: the reference cannot say
        ("Treasury Secretary Scott Bessent spoke.", "2026-03-01"),  # after the reference's as_of
        ("Treasury Secretary Jane Roe spoke.", "1990-06-01"),  # before the recorded terms
        ("President Joe Biden signed the law in 2022.", "2025-10-15"),  # the sentence names an earlier time
        ("Treasury Secretary Janet Yellen spoke.", None),  # no date
    ],
)
def test_quiet(conflicts: Run, text: str, published: str | None) -> None:
    assert conflicts((text, published), rule=RULE) == []


def test_reference_note_names_both_terms(conflicts: Run) -> None:
    [c] = conflicts(("U.S. Treasury Secretary Janet Yellen spoke.", "2025-10"), rule=RULE)
    assert c.reference is not None
    assert c.reference.text == (
        "U.S. Treasury Secretary: Janet Yellen held it from 2021-01-26 to 2025-01-20; "
        "Scott Bessent holds it since 2025-01-28 (as of 2025-12-31)."
    )
