"""birth_vs_record: must flag a birth date or an age the record contradicts, stay quiet otherwise."""

from __future__ import annotations

import pytest

from tests.checks.conftest import Run


@pytest.mark.parametrize(
    "text",
    [
        "Born on June 14, 1964, Trump grew up in Queens.",
        "Janet Yellen, born in 1948, led the Fed.",
        "Janet Yellen (born August 31, 1946) led the Fed.",
    ],
)
def test_flags_a_birth_date_unlike_the_record(conflicts: Run, text: str) -> None:
    [c] = conflicts((text, "2025-10-21"), rule="birth-date-vs-record")
    assert c.severity.value == "error"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Jerome Powell, 75, spoke on Tuesday.", "2025-10-21"),
        ("The 81-year-old Trump spoke on Tuesday.", "2025-10-21"),
        ("In 2008, Obama, 52, won the election.", "2025-10-21"),  # the age of that year, not of today
    ],
)
def test_flags_an_age_the_person_did_not_have(conflicts: Run, text: str, published: str) -> None:
    [c] = conflicts((text, published), rule="age-vs-record")
    assert c.severity.value == "warning"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Jerome Powell, 72, spoke on Tuesday.", "2025-10-21"),
        ("Jerome Powell, 71, spoke on Tuesday.", "2025-02-03"),  # the day before his birthday
        ("Jerome Powell, 72, spoke on Tuesday.", "2025-02-04"),  # his birthday
        ("In 2008, Obama, 47, won the election.", "2025-10-21"),
        ("Janet Yellen, born in 1946, led the Fed.", "2025-10-21"),
        ("Jane Roe, 45, spoke on Tuesday.", "2025-10-21"),
        ("Marco Rubio, 54, spoke.", "2025-10-21"),
    ],
)
def test_quiet_on_what_the_record_bears_out(conflicts: Run, text: str, published: str) -> None:
    assert conflicts((text, published), rule="age-vs-record") == []
    assert conflicts((text, published), rule="birth-date-vs-record") == []


def test_message_names_the_recorded_day(conflicts: Run) -> None:
    [c] = conflicts(("Born on June 14, 1964, Trump grew up in Queens.", "2025-10-21"), rule="birth-date-vs-record")
    assert c.message.endswith("Donald Trump was born on 1946-06-14")
