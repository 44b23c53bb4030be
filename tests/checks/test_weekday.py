"""weekday_date: must flag a weekday that is not its date's, must stay quiet when it is."""

from __future__ import annotations

import pytest

from tests.checks.conftest import Run

RULE = "weekday-matches-date"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The leaders met on Wednesday (Oct. 30) in Busan.", "2025-11-02"),
        ("The leaders met on Wednesday, Oct. 30, in Busan.", "2025-11-02"),
        ("A deadline of Tuesday, November 10, 2025 looms.", "2025-11-02"),
        ("Markets closed on 3 November (Tuesday).", "2025-11-05"),
    ],
)
def test_flags_a_weekday_that_is_not_its_dates(conflicts: Run, text: str, published: str) -> None:
    [c] = conflicts((text, published), rule=RULE)
    assert c.severity.value == "error"
    assert len(c.claims) == 1


def test_message_names_both_days(conflicts: Run) -> None:
    [c] = conflicts(("The leaders met on Wednesday (Oct. 30) in Busan.", "2025-11-02"), rule=RULE)
    assert c.message == 'a0.txt:1: "Wednesday (Oct. 30)" says Wednesday, but 2025-10-30 is a Thursday'


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The leaders met on Thursday (Oct. 30) in Busan.", "2025-11-02"),
        ("A deadline of Monday, November 10, 2025 looms.", "2025-11-02"),
        ("The leaders met on Wednesday in Busan.", "2025-11-02"),
        ("Markets closed on 3 November (Monday).", "2025-11-05"),
    ],
)
def test_quiet_when_the_weekday_fits(conflicts: Run, text: str, published: str) -> None:
    assert conflicts((text, published), rule=RULE) == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the year is not written and the tense reads it wrongly: the weekday says which year is meant
        ("Trump will attend the delayed summit with Xi on Thursday, Oct. 30.", "2025-10-27"),
        ("Markets are bracing for a limited deal on Monday, May 12.", "2025-05-05"),
        ("The summit, which was postponed, is now set for Monday, May 12.", "2025-05-05"),
    ],
)
def test_quiet_when_the_weekday_fits_the_year_near_publication(conflicts: Run, text: str, published: str) -> None:
    assert conflicts((text, published), rule=RULE) == []
