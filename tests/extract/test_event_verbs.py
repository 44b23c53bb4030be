"""Events reported by verbs: who met must be the event type's sides, by name, office, coordination
or the previous sentence of the paragraph; a place before the verb is its subject, not a venue."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract_claims
from factcheck.models import Claim
from factcheck.ruleset import load_ruleset
from tests.conftest import ROOT, RULES, make_article

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
        # the verb's object names the other side
        (
            "U.S. Treasury Secretary Scott Bessent met his Chinese counterparts in London on June 9.",
            [(TALKS, "london", "2025-06-09", "current")],
        ),
        (
            "American negotiators met the Chinese delegation in Geneva in May.",
            [(TALKS, "geneva", "2025-05", "current")],
        ),
        (
            "Chinese officials met a U.S. team led by Bessent in Madrid on Sunday.",
            [(TALKS, "madrid", "2025-11-02", "current")],
        ),
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
        # an object from neither side, or one side met by its own
        "U.S. officials met their European counterparts in Geneva on Friday.",
        "Chinese officials met business leaders in Madrid on Sunday.",
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


@pytest.fixture(scope="module")
def world_claims() -> Claims:
    """Claims under the shipped rules and the test world layer (which has a central bank's cuts)."""
    rules = load_ruleset([RULES, ROOT / "tests" / "data" / "world_rules"])

    def run(text: str, published: str, kind: str) -> list[Claim]:
        return [c for c in extract_claims(make_article(text, published), rules) if c.kind == kind]

    return run


@pytest.mark.parametrize(
    "sentence",
    [
        "The European Central Bank on Thursday decided to lower its deposit rate to 2%.",
        "The European Central Bank decided on Thursday to lower its deposit rate to 2%.",
        "The ECB voted on Thursday to lower its key rate.",
        "The ECB on Thursday cut its deposit rate to 2%.",
        "The ECB cut its deposit rate on Thursday.",
        "The ECB formally cut its deposit rate on Thursday.",
    ],
)
def test_a_decision_that_enacts_the_event_dates_it(world_claims: Claims, sentence: str) -> None:
    """`enacted_by`: a central bank's decision to cut is the cut; the day next to the decision is its day."""
    found = world_claims(sentence, published="2025-06-06", kind="event")
    assert [(str(c.key["event_type"]), c.time.label()) for c in found] == [("ecb-rate-cut", "2025-06-05")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ECB on Thursday refused to lower its deposit rate.",  # not a verb that enacts the cut
        "The ECB on Thursday said it expected to lower its deposit rate.",
        "Economists on Thursday decided to lower their forecasts for the ECB.",  # another subject, another verb
    ],
)
def test_a_time_next_to_another_verb_dates_no_cut(world_claims: Claims, sentence: str) -> None:
    found = world_claims(sentence, published="2025-06-06", kind="event")
    assert [c.time.label() for c in found if c.time.label() == "2025-06-05"] == []


@pytest.mark.parametrize(
    "text",
    [
        "U.S. and Chinese negotiators on Sunday agreed to meet in Madrid next month.",
        "U.S. and Chinese negotiators agreed on Sunday to meet in Madrid in December.",
    ],
)
def test_an_agreement_to_meet_does_not_date_the_meeting(claims_of: Claims, text: str) -> None:
    """Talks list no `enacted_by`: agreeing to meet is not meeting, and the agreement's day is not theirs."""
    assert all(label != "2025-11-02" for _, _, label, _ in events(claims_of, TOPIC + text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Negotiators held talks in London in June.",
        "The negotiators held talks in London in June, officials said.",
        "Officials held talks in London in June.",
    ],
)
def test_a_verb_whose_subject_is_only_delegates_leaves_its_noun_to_the_article(
    claims_of: Claims, sentence: str
) -> None:
    # the verb names no side, but "talks" is still the article's talks, as a noun alone would be
    assert events(claims_of, TOPIC + sentence) == [(TALKS, "london", "2025-06", "current")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb that performs the trigger noun's event, dated by a time before it
        (TOPIC + "Negotiators on Sunday concluded a fourth round of talks.", "2025-11-02"),
        (TOPIC + "Negotiators on Saturday wrapped up a long-awaited fourth round of talks.", "2025-11-01"),
        (TOPIC + "On Saturday, the negotiators concluded a fourth round of talks.", "2025-11-01"),
        # a saying, a plan or a clause of its own is not the event's time
        (TOPIC + "On Saturday, officials said negotiators concluded a fourth round of talks.", None),
        (TOPIC + "Negotiators on Saturday announced plans for a fourth round of talks.", None),
        (TOPIC + "Negotiators on Saturday announced that a fourth round of talks had ended.", None),
    ],
)
def test_a_verb_performing_the_event_dates_it(claims_of: Claims, sentence: str, expected: str | None) -> None:
    times = [label for _, _, label, _ in events(claims_of, sentence)]
    assert (expected in times) if expected else not any(t in ("2025-11-01", "2025-11-02") for t in times)
