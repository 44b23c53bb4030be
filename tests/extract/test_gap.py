"""gap extraction: the window a gap phrase names, its allowance, and phrases that are not gaps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.models import Claim

Claims = Callable[..., list[Claim]]

TOPIC = "China and the U.S. have been talking. "


def gaps(claims_of: Claims, sentence: str, published: str = "2025-10") -> list[tuple[object, ...]]:
    found = claims_of(TOPIC + sentence, published=published, kind="gap")
    return [(c.value["allowed"], c.time.label()) for c in found]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "After more than a year of limited dialogue, the two sides resumed talks.",
            "2025-10",
            [(1, "2024-11-01..2025-09-30")],
        ),
        ("After two years without talks, negotiators met again.", "2025-10-15", [(0, "2023-10-17..2025-10-14")]),
        (
            "It was the first meeting in five years between the two sides.",
            "2025-10-15",
            [(0, "2020-10-17..2025-10-14")],
        ),
        ("It was the first round of talks since 2019.", "2025-10-15", [(0, "2020-01-01..2025-10-14")]),
        ("After six months of stalled negotiations, they met.", "2025-10-15", [(0, "2025-04-19..2025-10-14")]),
        # a long noun phrase between "first" and the length
        (
            "The talks on Saturday were the first face-to-face talks between the two sides in more than a year.",
            "2025-10-27",
            [(0, "2024-10-28..2025-10-24")],
        ),
        (
            "The meeting on Monday was the first in-person meeting between the two delegations in two years.",
            "2025-10-27",
            [(0, "2023-10-29..2025-10-26")],
        ),
    ],
)
def test_gaps(claims_of: Claims, sentence: str, published: str, expected: list[tuple[object, ...]]) -> None:
    assert gaps(claims_of, sentence, published) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "After a year of intense talks, they signed a deal.",  # no quantifier: talks happened
        "After more than a year of limited progress, the economy grew.",  # no event trigger
        "It was the first time in five years that stocks fell.",  # not an event
    ],
)
def test_not_gaps(claims_of: Claims, sentence: str) -> None:
    assert gaps(claims_of, sentence) == []


def test_no_date_no_gap(claims_of: Claims) -> None:
    found = claims_of(TOPIC + "After two years without talks, they met.", published=None, kind="gap")
    assert found == []


@pytest.mark.parametrize(
    ("sentence", "published", "window"),
    [
        ("The last time the two sides held talks was in June.", "2025-08-20", "2025-07-01..2025-08-20"),
        ("The last time Trump and Xi met face to face was in 2019.", "2025-10-20", "2020-01-01..2025-10-20"),
        ("The most recent time negotiators held talks was in May 2025.", "2025-08-20", "2025-06-01..2025-08-20"),
    ],
)
def test_the_last_time_is_a_gap_up_to_publication(
    claims_of: Claims, sentence: str, published: str, window: str
) -> None:
    [claim] = claims_of("China and the U.S. held talks. " + sentence, published=published, kind="gap")
    assert (claim.time.label(), claim.value["allowed"]) == (window, 0)


@pytest.mark.parametrize(
    "sentence",
    [
        "The last time rates were cut by half a point was in 2008.",  # a sized event: other sizes do not count
        "The last time he visited was a disaster.",  # no time
    ],
)
def test_no_last_time_gap(claims_of: Claims, sentence: str) -> None:
    assert claims_of("China and the U.S. held talks. " + sentence, published="2025-08-20", kind="gap") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who met decides which meeting: the leaders' own, by name or by the anaphor's sentence
        ("The last time the two leaders met in person was in 2019.", []),
        (
            "Trump and Xi will meet soon. The last time the two leaders met in person was in 2019.",
            [("trump-xi-meeting", "2020-01-01..2025-10-20")],
        ),
        ("The last time Trump and Xi sat down together was in 2019.", [("trump-xi-meeting", "2020-01-01..2025-10-20")]),
        ("The last time the presidents of both countries met was in 2019.", []),
        # people of both countries who are no delegates of theirs
        ("The last time Chinese and American business leaders met was in 2019.", []),
        ("The last time U.S. and Chinese scientists gathered was in 2019.", []),
    ],
)
def test_a_gap_told_by_a_verb_is_the_event_of_its_subject(
    claims_of: Claims, text: str, expected: list[tuple[str, str]]
) -> None:
    found = claims_of("China and the U.S. held talks.\n\n" + text, published="2025-10-20", kind="gap")
    assert [(str(c.key["event_type"]), c.time.label()) for c in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the event's own verb, its subject saying who met
        (
            "President Donald Trump and President Xi Jinping met on Thursday for the first time since 2019.",
            [("trump-xi-meeting", "2020-01-01..2025-10-29")],
        ),
        (
            "U.S. and Chinese negotiators held talks on Thursday for the first time in two years.",
            [("us-china-trade-talks", "2023-11-02..2025-10-29")],
        ),
        (
            "Trump and Xi met on Thursday, for the first time since 2019.",
            [("trump-xi-meeting", "2020-01-01..2025-10-29")],
        ),
        # people of both countries who are no delegates of theirs, or no event at all
        ("Chinese and American business leaders met on Thursday for the first time since 2019.", []),
        ("Stocks rose on Thursday for the first time since May.", []),
    ],
)
def test_for_the_first_time_after_the_event_s_verb(
    claims_of: Claims, text: str, expected: list[tuple[str, str]]
) -> None:
    found = claims_of("China and the U.S. held talks.\n\n" + text, published="2025-10-31", kind="gap")
    assert [(str(c.key["event_type"]), c.time.label()) for c in found] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # an undated past event at a named venue: May's talks, told in October; the gap ended then
        "U.S. and Chinese negotiators held talks in Geneva for the first time in six years.",
        "The Geneva talks were the first high-level trade talks in six years.",
        "Negotiators met in Geneva for the first time since 2019.",
    ],
)
def test_an_undated_past_event_at_a_venue_does_not_end_its_gap_at_publication(claims_of: Claims, sentence: str) -> None:
    assert claims_of("China and the U.S. held talks.\n\n" + sentence, published="2025-10-31", kind="gap") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the article's news: no venue, or told as just done
        "After more than a year of limited dialogue, the two sides resumed talks.",
        "After a year of limited dialogue, the two sides have resumed talks in Geneva.",
    ],
)
def test_the_article_s_own_news_ends_its_gap_at_publication(claims_of: Claims, sentence: str) -> None:
    found = claims_of("China and the U.S. held talks.\n\n" + sentence, published="2025-10-31", kind="gap")
    assert [c.time.end for c in found] == [dt.date(2025, 10, 30)]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday they issued the first joint statement by negotiators at the trade talks since 2019.",
        "It was the first walkout by a delegate to the U.S.-China trade talks in five years.",
    ],
)
def test_a_trigger_in_a_modifier_is_not_the_gap_s_event(claims_of: Claims, sentence: str) -> None:
    """A statement or a walkout at the talks is no round of talks: a post-modifier other than who
    took part ("between the two sides") is not read into the phrase (a dissent "by a Federal Reserve
    governor since 2005" once became a gap in rate decisions)."""
    assert gaps(claims_of, sentence, published="2025-10-27") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the first time", then a clause of its own, then the length
        (
            "The U.S. and China met in Kuala Lumpur on Oct. 26, the first time the two sides had met in six months.",
            [(0, "2025-05-01..2025-10-25")],
        ),
        (
            "Negotiators met in Kuala Lumpur on Oct. 26, the first time that the U.S. and China held talks in a month.",
            [(0, "2025-09-28..2025-10-25")],
        ),
        # the length before the clause
        (
            "The U.S. and China met in Kuala Lumpur on Oct. 26, the first time in three months that they had met.",
            [(0, "2025-07-30..2025-10-25")],
        ),
    ],
)
def test_the_first_time_a_clause_happened_in_a_length(
    claims_of: Claims, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert gaps(claims_of, sentence, "2025-10-27") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks ended on Oct. 26, the first time in six months that stocks fell.",  # no event in the clause
        "The talks ended on Oct. 26, the first time the yuan had risen in six months.",
    ],
)
def test_the_first_time_of_no_event_is_no_gap(claims_of: Claims, sentence: str) -> None:
    assert gaps(claims_of, sentence, "2025-10-27") == []


@pytest.mark.parametrize(
    "second",
    [
        "It was the first time in a month that the two sides had met.",
        "They were the first talks between the two sides in a month.",
        "These were the first talks between the U.S. and China in a month.",
    ],
)
def test_an_undated_sentence_takes_the_day_of_the_event_told_before(claims_of: Claims, second: str) -> None:
    # published after the talks: the gap ends the day before them, not the day before publication
    text = "U.S. and Chinese negotiators held talks in Kuala Lumpur on Oct. 25 and 26. " + second
    found = claims_of(text, published="2025-10-28", kind="gap")
    assert [(c.value["allowed"], c.time.label()) for c in found] == [(0, "2025-09-29..2025-10-24")]


def test_an_undated_sentence_after_another_event_keeps_publication(claims_of: Claims) -> None:
    text = "The Fed cut interest rates on Oct. 1. These are the first talks between the U.S. and China in a month."
    found = claims_of(text, published="2025-10-28", kind="gap")
    assert [c.time.label() for c in found] == ["2025-09-29..2025-10-27"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The sides met in Kuala Lumpur on Oct. 26, the first time in three months that they had met outside Europe.",
        "The sides met in Kuala Lumpur on Oct. 26, the first time the U.S. and China had met in Asia in three months.",
    ],
)
def test_the_first_time_a_clause_narrows_is_no_gap(claims_of: Claims, sentence: str) -> None:
    assert gaps(claims_of, sentence, "2025-10-27") == []
