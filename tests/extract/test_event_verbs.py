"""Events reported by verbs: who met must be the event type's sides, by name, office, coordination
or the previous sentence of the paragraph; a place before the verb is its subject, not a venue."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.models import Claim

Claims = Callable[..., list[Claim]]
TOPIC = "China and the U.S. are negotiating over tariffs. "


def events(claims_of: Claims, text: str, published: str = "2025-11-02") -> list[tuple[object, ...]]:
    found = claims_of(text, published=published, kind="event")
    return sorted(
        (str(c.key["event_type"]), c.value["place"], c.time.label(), c.qualifiers.status.value) for c in found
    )


TALKS = "us-china-trade-talks"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("U.S. and Chinese officials met in Geneva on May 10.", [(TALKS, "geneva", "2025-05-10", "current")]),
        ("Bessent and He Lifeng met in Madrid on Sunday.", [(TALKS, "madrid", "2025-11-02", "current")]),
        ("Bessent and He Lifeng met in Madrid on Saturday.", [(TALKS, "madrid", "2025-11-01", "current")]),
        (
            "Treasury Secretary Scott Bessent and Vice Premier He Lifeng sat down in Stockholm on July 28.",
            [(TALKS, "stockholm", "2025-07-28", "current")],
        ),
        ("Washington held talks with Beijing in London in June.", [(TALKS, "london", "2025-06", "current")]),
        (
            "Trump and Xi met in Busan on October 30.",
            [("trump-xi-meeting", "busan", "2025-10-30", "current")],
        ),
    ],
)
def test_verbs_with_both_sides_in_the_sentence(
    claims_of: Claims, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert events(claims_of, TOPIC + sentence) == expected


@pytest.mark.parametrize(
    "text",
    [
        "U.S. and Chinese negotiators arrived on Friday. The two sides met in Madrid on Sunday.",
        "Bessent flew in to see He Lifeng. They met in Madrid on Sunday.",
        "Chinese and American delegations landed. The delegations gathered in Madrid on Sunday.",
    ],
)
def test_an_anaphor_takes_its_sides_from_the_previous_sentence(claims_of: Claims, text: str) -> None:
    assert events(claims_of, TOPIC + "\n\n" + text) == [(TALKS, "madrid", "2025-11-02", "current")]


@pytest.mark.parametrize(
    "text",
    [
        # the previous sentence is another paragraph: "they" is nobody we know
        "U.S. and Chinese negotiators arrived on Friday.\n\nThey met in Madrid on Sunday.",
        # sides that are not the type's
        "Ukrainian and Russian officials met in Istanbul on Friday.",
        "Putin and Trump met in Anchorage on Friday.",
        "The leaders met in Madrid on Sunday.",
        "Officials met in Madrid on Sunday.",
    ],
)
def test_a_verb_without_the_types_sides_names_no_event(claims_of: Claims, text: str) -> None:
    assert events(claims_of, TOPIC + "\n\n" + text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. and Chinese officials will meet in Madrid next week.",
        "Bessent and He Lifeng are expected to meet in Madrid on Sunday.",
    ],
)
def test_a_future_verb_is_planned(claims_of: Claims, sentence: str) -> None:
    [(etype, place, _, status)] = events(claims_of, TOPIC + sentence)
    assert (etype, place, status) == (TALKS, "madrid", "planned")


def test_a_verb_numbers_no_round(claims_of: Claims) -> None:
    [claim] = claims_of(TOPIC + "U.S. and Chinese officials first met in Geneva in May.", kind="event")
    assert claim.value["ordinal"] is None


def test_a_verb_and_its_noun_are_one_event(claims_of: Claims) -> None:
    """ "met in Stockholm on July 28 for a third round": one event, with its number."""
    found = claims_of(TOPIC + "U.S. and Chinese officials met in Stockholm on July 28 for a third round of talks.",
                      published="2025-09-20", kind="event")  # fmt: skip
    assert [(c.value["place"], c.value["ordinal"], c.time.label()) for c in found] == [("stockholm", 3, "2025-07-28")]


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. and Chinese negotiators on Sunday met in Kuala Lumpur.",  # between subject and verb
        "Bessent and He Lifeng, on Sunday, sat down in Kuala Lumpur.",
        "On Sunday, U.S. and Chinese officials met in Kuala Lumpur.",  # leading the verb's sentence
        "On Sunday, U.S. and Chinese officials met in Kuala Lumpur, the Treasury said.",
    ],
)
def test_a_time_before_the_verb_dates_it(claims_of: Claims, sentence: str) -> None:
    assert events(claims_of, TOPIC + sentence, "2025-10-28") == [(TALKS, "kuala-lumpur", "2025-10-26", "current")]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday, officials said U.S. and Chinese negotiators met in Kuala Lumpur.",
        "On Monday, a spokesman said Bessent and He Lifeng met in Kuala Lumpur.",
        "On Monday, Chinese state media reported that the two sides met in Kuala Lumpur.",
    ],
)
def test_a_leading_time_before_a_reporting_verb_dates_the_report(claims_of: Claims, sentence: str) -> None:
    assert events(claims_of, TOPIC + sentence, "2025-10-28") == [(TALKS, "kuala-lumpur", "unknown time", "current")]
