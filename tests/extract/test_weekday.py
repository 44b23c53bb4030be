"""weekday claims: dates written with their day of the week, in the shapes news copy uses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.models import Claim

Claims = Callable[..., list[Claim]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They met on Wednesday, Oct. 29, in Busan.", ("2025-10-29", "Wednesday", "Wednesday")),
        ("They met on Wednesday (Oct. 30) in Busan.", ("2025-10-30", "Wednesday", "Thursday")),
        ("They met on Oct. 30 (Thursday) in Busan.", ("2025-10-30", "Thursday", "Thursday")),
        ("On Thursday, October 30, 2025, the leaders met.", ("2025-10-30", "Thursday", "Thursday")),
        ("The vote is on Sunday 26 October.", ("2025-10-26", "Sunday", "Sunday")),
        ("The meeting on Friday, 31 October, ran late.", ("2025-10-31", "Friday", "Friday")),
        # the weekday in apposition after the date
        ("They met on Oct. 30, a Friday, in Busan.", ("2025-10-30", "Friday", "Thursday")),
        ("The summit on October 30 — a Thursday — ended early.", ("2025-10-30", "Thursday", "Thursday")),
        ("They met on Oct. 30, which was a Wednesday.", ("2025-10-30", "Wednesday", "Thursday")),
    ],
)
def test_a_weekday_written_with_its_date(claims_of: Claims, sentence: str, expected: tuple[str, str, str]) -> None:
    [claim] = claims_of(sentence, published="2025-11-02", kind="weekday")
    assert (claim.key["date"], claim.value["weekday"], claim.value["actual"]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "They met on Wednesday in Busan.",  # a bare weekday cannot disagree
        "They met on Oct. 30 in Busan.",  # a date without a weekday
        "They met on Monday, a week after talks on Oct. 20.",  # the weekday is not the date's
        "Black Friday sales rose on Nov. 28.",
    ],
)
def test_no_weekday_claim(claims_of: Claims, sentence: str) -> None:
    assert claims_of(sentence, published="2025-11-02", kind="weekday") == []


def test_the_claim_quotes_weekday_and_date(claims_of: Claims) -> None:
    [claim] = claims_of("The two leaders met on Wednesday (Oct. 30) in Busan.", published="2025-11-02", kind="weekday")
    assert claim.surface == "Wednesday (Oct. 30)"


def test_an_article_after_a_date_is_no_weekday(claims_of: Claims) -> None:
    assert claims_of("On Oct. 30, a delegation met in Busan.", published="2025-11-02", kind="weekday") == []


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # no year fits the weekday: the date meant is the one nearest publication, ahead or behind
        ("The truce expires Tuesday, November 10.", "2025-09-16", ("2025-11-10", "Tuesday", "Monday")),
        ("The pause runs out on Friday, Nov. 10.", "2025-10-01", ("2025-11-10", "Friday", "Monday")),
        ("They met on Monday, Aug. 10, in Geneva.", "2025-09-16", ("2025-08-10", "Monday", "Sunday")),
        # a year next to publication where the weekday fits is the one meant
        ("The talks opened on Sunday, Nov. 10.", "2025-01-15", ("2024-11-10", "Sunday", "Sunday")),
    ],
)
def test_a_yearless_date_whose_weekday_fits_no_year_is_the_nearest(
    claims_of: Claims, sentence: str, published: str, expected: tuple[str, str, str]
) -> None:
    [claim] = claims_of(sentence, published=published, kind="weekday")
    assert (claim.key["date"], claim.value["weekday"], claim.value["actual"]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # abbreviated weekdays, as bylines and some outlets write them
        ("The talks resumed on Wed., Oct. 29 in Busan.", ("2025-10-29", "Wednesday", "Wednesday")),
        ("Thu, Oct 30, 2025, 10:15 AM", ("2025-10-30", "Thursday", "Thursday")),
        ("Updated Fri., October 30, 2025", ("2025-10-30", "Friday", "Thursday")),
        ("SAT, 25 OCT 2025", ("2025-10-25", "Saturday", "Saturday")),
    ],
)
def test_an_abbreviated_weekday(claims_of: Claims, sentence: str, expected: tuple[str, str, str]) -> None:
    [claim] = claims_of(sentence, published="2025-11-02", kind="weekday")
    assert (claim.key["date"], claim.value["weekday"], claim.value["actual"]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "She sat, Oct. 30 was the day of the vote.",  # a verb, lowercase
        "The Sun, Oct. 30 edition ran the story.",  # a newspaper
        "Talks wed, on Oct. 30, two agendas.",
    ],
)
def test_words_that_look_like_abbreviated_weekdays(claims_of: Claims, sentence: str) -> None:
    assert claims_of(sentence, published="2025-11-02", kind="weekday") == []
