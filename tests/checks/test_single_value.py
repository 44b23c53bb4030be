"""single_value on office holders: must flag and must not flag."""

from __future__ import annotations

import pytest

from tests.checks.conftest import Run

RULE = "office-single-holder"


def test_flags_two_holders_in_close_articles(conflicts: Run) -> None:
    [c] = conflicts(
        ("U.S. Treasury Secretary Janet Yellen spoke.", "2025-10"),
        ("Treasury Secretary Scott Bessent spoke.", "2025-09"),
        rule=RULE,
    )
    assert [x.value["person"] for x in c.claims] == ["janet-yellen", "scott-bessent"]
    assert c.message.startswith("U.S. Treasury Secretary: Janet Yellen in a0.txt:1 (2025-10) but Scott Bessent")
    assert c.severity.value == "error"


def test_flags_two_unknown_holders(conflicts: Run) -> None:
    found = conflicts(
        ("Commerce Secretary Jane Roe spoke.", "2025-10-02"),
        ("Commerce Secretary Richard Doe spoke.", "2025-10-03"),
        rule=RULE,
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    "unknown",
    [
        "Commerce Secretary Howie Lutnik spoke.",  # a misspelling too far for the fuzzy match
        "Commerce Secretary Jane Roe spoke.",  # a name nobody recorded
        "Jane Roe, the Commerce Secretary, spoke.",
    ],
)
def test_an_unknown_name_is_never_an_error_by_itself(conflicts: Run, unknown: str) -> None:
    [c] = conflicts(
        ("Commerce Secretary Howard Lutnick spoke.", "2025-10-02"),
        (unknown, "2025-10-03"),
        rule=RULE,
    )
    assert c.severity.value == "warning"


def test_quiet_for_a_handover_the_reference_records(conflicts: Run) -> None:
    assert not conflicts(
        ("Treasury Secretary Janet Yellen said on Friday.", "2025-01-10"),
        ("Treasury Secretary Scott Bessent said.", "2025-02-10"),
        rule=RULE,
    )


def test_quiet_for_times_beyond_the_window(conflicts: Run) -> None:
    assert not conflicts(
        ("Commerce Secretary Jane Roe spoke.", "2025-01-02"),
        ("Commerce Secretary Richard Doe spoke.", "2025-10-03"),
        rule=RULE,
    )


def test_quiet_for_former_and_nominee(conflicts: Run) -> None:
    assert not conflicts(
        ("Former Treasury Secretary Janet Yellen spoke.", "2025-10"),
        ("Treasury Secretary nominee Jane Roe spoke.", "2025-10"),
        ("Treasury Secretary Scott Bessent spoke.", "2025-10"),
        rule=RULE,
    )


def test_quiet_for_offices_with_several_holders(conflicts: Run) -> None:
    assert not conflicts(
        ("Vice Premier He Lifeng spoke.", "2025-10"),
        ("Vice Premier Ding Xuexiang spoke.", "2025-10"),
        rule=RULE,
    )


def test_quiet_within_one_article(conflicts: Run) -> None:
    text = "Treasury Secretary Scott Bessent met Treasury Secretary Jane Roe's staff."
    assert not conflicts((text, "2025-10"), rule=RULE)


def test_quiet_for_a_short_name_that_fits_the_long_one(conflicts: Run) -> None:
    assert not conflicts(
        ("Commerce Secretary Jane Roe spoke.", "2025-10-02"),
        ("Commerce Secretary Roe spoke.", "2025-10-03"),
        rule=RULE,
    )


def test_quiet_for_vague_times(conflicts: Run) -> None:
    assert not conflicts(
        ("Commerce Secretary Jane Roe spoke.", "2025"),
        ("Commerce Secretary Richard Doe spoke.", "2024..2025"),
        rule=RULE,
    )


def test_quiet_without_dates(conflicts: Run) -> None:
    assert not conflicts(
        ("Commerce Secretary Jane Roe spoke.", None),
        ("Commerce Secretary Richard Doe spoke.", None),
        rule=RULE,
    )


def test_a_particle_joined_name_is_one_person(conflicts: Run) -> None:
    """ "Badr al-Busaidi" is not a person "Badr": an unknown name with its particle stays whole."""
    [c] = conflicts(
        ("Commerce Secretary Jamal al-Rashid spoke.", "2025-10-02"),
        ("Commerce Secretary Howard Lutnick spoke.", "2025-10-03"),
        rule=RULE,
    )
    assert [x.labels["person"] for x in c.claims] == ["Jamal al-Rashid", "Howard Lutnick"]
