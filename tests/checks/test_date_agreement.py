"""date_agreement on events: numbered rounds and rounds the reference records are told apart."""

from __future__ import annotations

from tests.checks.conftest import Run

RULE = "event-date-agreement"
TOPIC = "China and the U.S. held talks. "


def test_flags_one_event_dated_twice(conflicts: Run) -> None:
    [c] = conflicts(
        (TOPIC + "The negotiations in Geneva in May went well.", "2025-09"),
        (TOPIC + "The negotiations in Geneva in June went well.", "2025-09"),
        rule=RULE,
    )
    assert c.severity.value == "error"


def test_quiet_for_two_numbered_rounds(conflicts: Run) -> None:
    assert not conflicts(
        (TOPIC + "The second round of talks in Paris in May went well.", "2025-09"),
        (TOPIC + "The third round of talks in Paris in June went well.", "2025-09"),
        rule=RULE,
    )


def test_quiet_when_the_reference_records_both(conflicts: Run) -> None:
    """The reference records the Madrid round on 14-15 September: one article naming each day is right."""
    assert not conflicts(
        (TOPIC + "The talks in Madrid on September 14 went well.", "2025-11"),
        (TOPIC + "The talks in Madrid on September 15 went well.", "2025-11"),
        rule=RULE,
    )
