"""When events happened on real pages: a time expression dates its own clause, datelines date the
article, and an event with no time of its own is undated. Sentences of our own, several phrasings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.models import Claim

Claims = Callable[..., list[Claim]]
CHINA = "China and the U.S. held talks this year. "


def dated(claims_of: Claims, text: str, published: str | None = "2025-09-20") -> list[tuple[object, str]]:
    """Events at a venue, with their times (an ordinal alone, "the fourth round", is another claim)."""
    found = claims_of(text if published is None else CHINA + text, published=published, kind="event")
    return [(c.value["place"], c.time.label()) for c in found if c.value["place"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Madrid talks mark the fourth round, after both sides reached an agreement in May.",
        "The Madrid talks were the fourth round, since the two sides first agreed a truce in May.",
        "The talks in Madrid were tense because the truce struck in May was fraying.",
        "The Madrid talks went ahead although the tariffs announced in April still stood.",
        "The Madrid talks — the first since officials clashed in August — ended calmly.",
        "The talks in Madrid (the previous round was in July) ended calmly.",
    ],
)
def test_a_time_in_another_clause_does_not_date_the_event(claims_of: Claims, sentence: str) -> None:
    assert dated(claims_of, sentence) == [("madrid", "unknown time")]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Talks in Madrid were held after September 10.", "2025-09-10..2025-09-20"),
        ("Talks were held in Madrid on September 14, after a pause.", "2025-09-14"),
        ("After a pause, talks were held in Madrid on September 14.", "2025-09-14"),
        ("Talks were held in Madrid on September 14 before the envoys flew home.", "2025-09-14"),
    ],
)
def test_its_own_time_still_dates_it(claims_of: Claims, sentence: str, label: str) -> None:
    assert dated(claims_of, sentence) == [("madrid", label)]


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON, October 18, 2025 — Chinese and U.S. talks in Madrid were the fourth round.",
        "GENEVA, Switzerland, Oct. 18, 2025 – Chinese and U.S. talks in Madrid were the fourth round.",
        "LONDON, Oct 18 (Wire) - Chinese and U.S. talks in Madrid were the fourth round, officials said in 2025.",
    ],
)
def test_a_dateline_dates_the_article_not_the_event(claims_of: Claims, text: str) -> None:
    assert set(dated(claims_of, text, published=None)) == {("madrid", "unknown time")}


@pytest.mark.parametrize(
    "text",
    [
        "Updated: 2025-10-18 19:35 IST\n\nChina and the U.S. met. The talks in Madrid ended.",
        "By Jane Roe | October 18, 2025 | 4:19 pm\n\nChina and the U.S. met. The talks in Madrid ended.",
        "Published: October 18, 2025\n\nChina and the U.S. met. The talks in Madrid ended.",
    ],
)
def test_bylines_and_date_lines_are_never_event_times(claims_of: Claims, text: str) -> None:
    assert dated(claims_of, text, published=None) == [("madrid", "unknown time")]


def test_an_event_with_no_time_of_its_own_is_undated(claims_of: Claims) -> None:
    assert dated(claims_of, "The fourth round took place in Madrid.") == [("madrid", "unknown time")]


def test_a_leading_time_still_dates_the_sentence(claims_of: Claims) -> None:
    assert dated(claims_of, "In September, the talks took place in Madrid.") == [("madrid", "2025-09")]


def all_events(claims_of: Claims, sentence: str) -> list[tuple[object, str]]:
    found = claims_of(CHINA + sentence, published="2025-09-20", kind="event")
    return [(c.value["place"], c.time.label()) for c in found if c.evidence.start >= len(CHINA)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Both the May 2025 talks and the July 2025 talks ended with pledges.",
            [(None, "2025-05"), (None, "2025-07")],
        ),
        ("The July 2025 talks followed the May 2025 talks.", [(None, "2025-07"), (None, "2025-05")]),
        ("The talks of May 2025 set a truce.", [(None, "2025-05")]),
        ("The Geneva talks of May 2025 set a truce.", [("geneva", "2025-05")]),
    ],
)
def test_a_time_in_a_noun_phrase_dates_that_phrase_s_event(
    claims_of: Claims, sentence: str, expected: list[tuple[object, str]]
) -> None:
    """ "the May 2025 talks and the July 2025 talks": each time opens its own trigger's phrase and is
    never borrowed by the trigger before it."""
    assert all_events(claims_of, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporters waited outside the Spanish foreign ministry before the fourth round of talks in Madrid on Sunday.",
        "Cars left the Omani embassy after a fourth round of talks in Madrid on Sunday.",
        "Crowds gathered at the Swiss mission following the fourth round of talks in Madrid on Sunday.",
    ],
)
def test_a_name_in_another_clause_is_not_another_party(claims_of: Claims, sentence: str) -> None:
    """A demonym before "after"/"before"/"following" modifies the main clause's noun, not the talks."""
    assert all_events(claims_of, sentence) == [("madrid", "2025-09-14")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks in Madrid, which began on Sunday, are the fourth round.", [("madrid", "2025-09-14")]),
        ("The Madrid talks, which ended on Monday, produced a framework.", [("madrid", "2025-09-15")]),
        ("The round of talks in Geneva, which took place in May, eased tensions.", [("geneva", "2025-05")]),
        # a relative clause with another verb keeps its time to itself
        ("The talks in Madrid, which followed a truce agreed in May, were tense.", [("madrid", "unknown time")]),
        ("The talks in Madrid, which China called constructive on Monday, were tense.", [("madrid", "unknown time")]),
    ],
)
def test_a_relative_clause_with_the_event_s_own_verb_dates_it(
    claims_of: Claims, sentence: str, expected: list[tuple[object, str]]
) -> None:
    assert dated(claims_of, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks resumed in Madrid on Sunday, a day after Trump spoke with Xi by phone.",
        "U.S. and Chinese negotiators met in Madrid on Sunday, after Trump and Xi had agreed to keep talking.",
        "Talks were held in Madrid on Sunday while Trump and Xi exchanged letters.",
    ],
)
def test_people_in_a_later_clause_are_not_the_meeting_s_participants(claims_of: Claims, sentence: str) -> None:
    found = claims_of(CHINA + sentence, published="2025-09-20", kind="event")
    assert [(c.key["event_type"], c.value["place"]) for c in found] == [("us-china-trade-talks", "madrid")]
