"""name_spelling: must flag a name written unlike every recorded spelling, must stay quiet otherwise."""

from __future__ import annotations

import pytest

from tests.checks.conftest import Run

RULE = "name-spelling"


@pytest.mark.parametrize(
    "text",
    [
        "Treasury Secretary Scott Besent spoke in Washington.",
        "Janet Yelen, the former Treasury secretary, spoke.",
        "U.S. Trade Representative Jamison Greer attended.",
    ],
)
def test_flags_a_misspelt_name(conflicts: Run, text: str) -> None:
    [c] = conflicts((text, "2025-10-20"), rule=RULE)
    assert c.severity.value == "warning"


def test_message_names_both_spellings(conflicts: Run) -> None:
    [c] = conflicts(("Treasury Secretary Scott Besent spoke.", "2025-10-20"), rule=RULE)
    assert c.message == '"Scott Besent" in a0.txt:1 is spelled "Scott Bessent" in the people vocabulary'


@pytest.mark.parametrize(
    "text",
    [
        "Treasury Secretary Scott Bessent spoke in Washington.",
        "Fed Chair Jay Powell spoke on Friday.",  # a recorded alias
        "Fed Chair Jerome H. Powell spoke on Friday.",  # an initial
        "Treasury Secretary Jane Smith spoke.",  # close to no recorded holder: an unknown person
    ],
)
def test_quiet_on_a_recorded_spelling(conflicts: Run, text: str) -> None:
    assert conflicts((text, "2025-10-20"), rule=RULE) == []


def test_one_misspelling_in_many_articles_is_one_finding(conflicts: Run) -> None:
    found = conflicts(
        ("Treasury Secretary Scott Besent spoke.", "2025-10-20"),
        ("Treasury Secretary Scott Besent said more.", "2025-10-21"),
        rule=RULE,
    )
    assert len({c.cause for c in found}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The line-up has two newcomers: Jamison Greer as Trade Representative, and Scott Bessent as Treasury "
        "Secretary.",
        "Two posts changed hands — the lawyer Jamison Greer as Trade Representative and Scott Bessent as Treasury "
        "Secretary.",
    ],
)
def test_flags_a_misspelt_name_in_a_list_of_appointments(conflicts: Run, text: str) -> None:
    [c] = conflicts((text, "2025-10-20"), rule=RULE)
    assert '"Jamison Greer"' in c.message
