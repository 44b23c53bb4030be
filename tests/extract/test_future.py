"""future extraction: a time with its own year put in the future by a modal in its clause."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.models import Claim

Claims = Callable[..., list[Claim]]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("The central bank will cut rates again by 2026, officials said.", "2026-12-31"),
        ("The bridge is expected to open in March 2024.", "2024-03-31"),
        ("Talks are set to resume on May 12, 2025.", "2025-05-12"),
        ("The company plans to list its shares in 2023.", "2023-12-31"),
        ("They'll finish the pipeline by 2022, the minister said.", "2022-12-31"),
    ],
)
def test_a_future_time_is_read(claims_of: Claims, text: str, ends: str) -> None:
    assert [c.key["ends"] for c in claims_of(text, published="2025-06-01", kind="future")] == [ends]


@pytest.mark.parametrize(
    "text",
    [
        "In 2021 officials said the rate would fall by 2023.",  # the future of a past
        "She is set to become the first woman to lead the party since 2010.",  # since: past by nature
        "Parliament will vote after the election defeat of July 2024.",  # another phrase's time
        "Voters will remember the March 2023 vote.",  # the time of a noun
        "Will there be a repeat of the 2018 summit?",  # a question asserts nothing
        "The rate fell in 2023, and officials say it will rise again.",  # the past clause's year
        "Officials will meet next year.",  # relative: resolved forward already
    ],
)
def test_no_future_time(claims_of: Claims, text: str) -> None:
    assert claims_of(text, published="2025-06-01", kind="future") == []


@pytest.mark.parametrize(
    "text",
    [
        "The bank now estimates that core prices will rise 2.7 percent in fiscal 2024.",
        "Sales are expected to climb 3% in fiscal year 2024, the company said.",
        "The deficit will narrow to 4% of output in the financial year 2024.",
        "Output will grow 1.1% in FY 2024, the ministry projects.",
        "Exports are set to reach a record in fiscal 2024-25.",
    ],
)
def test_a_fiscal_year_is_no_calendar_year(claims_of: Claims, text: str) -> None:
    """A fiscal year named by its year may run past the calendar year (Japan's fiscal 2024 ends in
    March 2025): not read, so no warning that it had ended by January 2025."""
    assert claims_of(text, published="2025-01-24", kind="future") == []


def test_a_calendar_year_beside_a_fiscal_one_is_read(claims_of: Claims) -> None:
    text = "Prices will rise 2.7 percent in fiscal 2024, and wages will outpace them by 2023."
    assert [c.key["ends"] for c in claims_of(text, published="2025-01-24", kind="future")] == ["2023-12-31"]
