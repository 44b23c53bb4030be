"""vote extraction: unanimity, dissent and tallies of a decision, with the decision's own time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.models import Claim

Claims = Callable[..., list[Claim]]


def votes(claims: list[Claim]) -> list[tuple[str, str, str | None]]:
    return [(str(c.key["event_type"]), str(c.value["outcome"]), c.value.get("tally")) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Fed's rate decision on Wednesday was unanimous.", [("fed-rate-decision", "unanimous", None)]),
        ("The FOMC voted unanimously to hold, its policy decision showed.", [("fed-rate-decision", "unanimous", None)]),
        (
            "The FOMC voted 10-2 to cut, a policy decision two governors opposed.",
            [("fed-rate-decision", "split", "10-2")],
        ),
        ("In a 9-0 vote, the Fed's rate decision was to hold.", [("fed-rate-decision", "unanimous", "9-0")]),
        ("The Fed's rate decision was not unanimous.", [("fed-rate-decision", "split", None)]),
        ("Governor Lisa Cook dissented from the Fed's rate decision.", [("fed-rate-decision", "split", None)]),
        (
            "The Fed's rate decision was unanimous, but one governor dissented.",
            [("fed-rate-decision", "unanimous", None), ("fed-rate-decision", "split", None)],
        ),
    ],
)
def test_votes(claims_of: Claims, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert votes(claims_of(text, published="2025-09-19", kind="vote")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Economists were unanimous that the Fed would cut.",  # no decision named
        "The Fed's rate decision next week is expected to be unanimous.",  # not yet cast
        "Dissents happen, Fed officials said of the rate decision.",  # no vote counted
        "The council's vote was unanimous.",  # no voting body the rules know
    ],
)
def test_no_vote(claims_of: Claims, text: str) -> None:
    assert claims_of(text, published="2025-09-19", kind="vote") == []


def test_the_decision_keeps_its_own_time(claims_of: Claims) -> None:
    text = "Fed Chair Powell spoke after the July rate decision, which was unanimous."
    [claim] = claims_of(text, published="2025-09-19", kind="vote")
    assert claim.time.start == dt.date(2025, 7, 1) and claim.time.end == dt.date(2025, 7, 31)
