"""event extraction: venues, times, lists, ordinals, planned vs happened, and what yields nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.models import Claim

Claims = Callable[..., list[Claim]]

# Event types need their topic in the article: both China and the U.S. named somewhere.
TOPIC = "China and the U.S. have been talking. "


def events(claims_of: Claims, sentence: str, published: str = "2025-09-20") -> list[tuple[object, ...]]:
    found = claims_of(TOPIC + sentence, published=published, kind="event")
    return [(c.value["place"], c.value["ordinal"], c.time.label(), c.qualifiers.status.value) for c in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The negotiations, held in Beijing in August 2025, focused on tariffs.",
            [("beijing", None, "2025-08", "current")],
        ),
        (
            "This follows discussions in Geneva in May, London in June, and Stockholm in July.",
            [
                ("geneva", None, "2025-05", "current"),
                ("london", None, "2025-06", "current"),
                ("stockholm", None, "2025-07", "current"),
            ],
        ),
        ("Officials met for talks held on September 14 and 15.", [(None, None, "2025-09-14..2025-09-15", "current")]),
        ("The Madrid round ended on Monday.", [("madrid", None, "2025-09-15", "current")]),
        (
            "Negotiators gathered at Stockholm on July 28-29 for a third round.",
            [("stockholm", 3, "2025-07-28..2025-07-29", "current")],
        ),
        ("The fourth round of talks took place in Madrid.", [("madrid", 4, "unknown time", "current")]),
        (
            "Another meeting is expected in Kuala Lumpur in late October.",
            [("kuala-lumpur", None, "2025-10-21..2025-10-31", "planned")],
        ),
        (
            "Another meeting with Chinese officials is likely before November 10.",
            [(None, None, "2025-09-20..2025-11-09", "planned")],
        ),
        ("In May, talks in Geneva produced a truce.", [("geneva", None, "2025-05", "current")]),
    ],
)
def test_events(claims_of: Claims, sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert events(claims_of, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing views the talks as an opportunity.",  # a place that is not a venue, no time
        "The talks aim to ease tensions between the two economies.",  # nothing to check
        "Trade talks are continuing at a pace not seen in recent years.",  # too vague a time
        "Treasury Secretary Scott Bessent said in Madrid that tariffs may fall in May.",  # no trigger
    ],
)
def test_no_event(claims_of: Claims, sentence: str) -> None:
    assert events(claims_of, sentence) == []


def test_topic_must_be_in_the_article(claims_of: Claims) -> None:
    found = claims_of("The negotiations, held in Geneva in May 2025, ended.", published="2025-09", kind="event")
    assert found == []


def test_participants_pick_the_event_type(claims_of: Claims) -> None:
    text = "Presidents Donald Trump and Xi Jinping held a meeting in Busan on October 30."
    [claim] = claims_of(text, published="2025-11-01", kind="event")
    assert claim.key == {"event_type": "trump-xi-meeting"}
    assert claim.value["place"] == "busan"
    assert claim.time.label() == "2025-10-30"


def test_modal_may_is_not_a_planned_cue_for_the_month(claims_of: Claims) -> None:
    [claim] = claims_of(TOPIC + "Talks were held in Geneva in May.", published="2025-09", kind="event")
    assert claim.qualifiers.status.value == "current"


def test_list_surfaces_name_each_venue(claims_of: Claims) -> None:
    found = claims_of(TOPIC + "They met in Geneva in May and London in June for talks in both.", kind="event")
    assert [c.surface for c in found] == ["met in Geneva in May", "London in June"]  # led by the verb
    found = claims_of(TOPIC + "The talks in Geneva in May and London in June went well.", kind="event")
    assert [c.surface for c in found] == ["talks in Geneva in May", "London in June"]


def test_parties_are_not_venues(claims_of: Claims) -> None:
    """ "US-China trade talks": China is a party to the talks, not where they were held."""
    text = TOPIC + "The US-China trade talks in recent weeks were frank. China–U.S. talks resumed in May."
    assert [c.value["place"] for c in claims_of(text, kind="event")] == [None, None]


def test_a_planned_event_does_not_make_its_neighbour_planned(claims_of: Claims) -> None:
    text = TOPIC + "The Madrid meeting also helped prepare for a scheduled call between Presidents Donald Trump and Xi."
    [claim] = claims_of(text, kind="event")
    assert (claim.key["event_type"], claim.value["place"]) == ("us-china-trade-talks", "madrid")
    assert claim.qualifiers.status.value == "current"


@pytest.mark.parametrize(
    "sentence",
    [
        "EU-China talks in Brussels in July were tense.",
        "Japan-U.S. negotiations in Tokyo in June ended early.",
        "Beijing held talks with Japan in Tokyo in June.",
        "The negotiations between France and Germany in Paris in June were tense.",
    ],
)
def test_talks_between_other_parties_are_not_this_event_type(claims_of: Claims, sentence: str) -> None:
    """An article about US-China trade also mentions other talks; those must not become US-China rounds."""
    assert events(claims_of, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "US-China talks in Geneva in May were tense.",
        "Talks between the U.S. and China in Geneva in May were tense.",
        "Washington held talks with Beijing in Geneva in May.",
    ],
)
def test_talks_between_the_topic_parties_are(claims_of: Claims, sentence: str) -> None:
    assert events(claims_of, sentence) == [("geneva", None, "2025-05", "current")]


def test_round_of_talks_is_one_event_with_its_ordinal(claims_of: Claims) -> None:
    assert events(claims_of, "The fourth round of trade talks took place in Madrid on September 14 and 15.") == [
        ("madrid", 4, "2025-09-14..2025-09-15", "current")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fourth round, held in Madrid on Sept. 14-15, followed sessions in Geneva in May and London in June.",
        "The fourth round of talks took place in Madrid in September, after Geneva in May and London in June.",
        "The fourth round came in Madrid in September; earlier ones were in Geneva in May and London in June.",
    ],
)
def test_an_ordinal_numbers_one_event_of_a_list(claims_of: Claims, sentence: str) -> None:
    """A singular "fourth round" is one event: the venues listed after it are other rounds, never a
    fourth one each (three false "round-vs-reference" conflicts on a real page of this shape)."""
    found = events(claims_of, sentence)
    assert [ordinal for place, ordinal, _, _ in found if place == "madrid"] == [4]
    assert all(ordinal is None for place, ordinal, _, _ in found if place != "madrid")


def test_first_in_years_is_no_ordinal(claims_of: Claims) -> None:
    """ "the first meeting in five years" says nothing about a numbered series."""
    assert events(claims_of, "It was the first meeting in five years, held in Geneva in May.") == [
        ("geneva", None, "2025-05", "current")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "At the IMF and World Bank annual meetings in Washington last week, Bessent accused China.",
        "U.S. and Ukrainian officials held talks in Geneva on Sunday.",
        "China's ruling Communist Party ended a four-day meeting in Beijing on Thursday.",
        "She won the second round of voting in Tokyo on Saturday.",
        "Trump imposed a first round of 10% tariffs in Washington in February.",
    ],
)
def test_other_meetings_in_a_us_china_story_are_not_rounds(claims_of: Claims, sentence: str) -> None:
    """Red-team finds: each of these became a US-China round and a false conflict."""
    assert events(claims_of, sentence, published="2025-10-25") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "President Donald Trump met Xi Jinping in Busan on Thursday, their first meeting since 2019.",
        "Trump sat with Chinese leader Xi Jinping in Busan on Thursday, their first meeting since 2019.",
        "Trump and Xi met in Busan on Thursday, the first such meeting in six years.",
        "Trump met Xi in Busan on Thursday in what was their first meeting since 2019.",
    ],
)
def test_a_noun_pointing_back_at_an_event_is_that_event(claims_of: Claims, sentence: str) -> None:
    """One venue on one day is one event: the appositive "their first meeting" once became a second
    event, US-China trade talks in Busan, beside the leaders' meeting."""
    found = claims_of(TOPIC + sentence, published="2025-10-31", kind="event")
    assert {(c.key["event_type"], c.value["place"], c.time.label()) for c in found} == {
        ("trump-xi-meeting", "busan", "2025-10-30")
    }


def test_the_first_meeting_since_a_date_is_not_an_event_on_that_date(claims_of: Claims) -> None:
    text = "The weekend talks in Geneva were the first high-level meeting since Trump took office on Jan. 20."
    assert [e for e in events(claims_of, text, published="2025-05-12") if e[2] == "2025-01-20"] == []


def test_talks_of_another_country_are_not_the_topic_s() -> None:
    """The article speaks of the US and China, but the last sentence is about US-India talks."""
    from factcheck.extract import extract_claims
    from factcheck.ruleset import load_ruleset
    from tests.conftest import ROOT, make_article

    rules = load_ruleset([ROOT / "rules", ROOT / "tests" / "data" / "trade_rules"])
    text = (
        "China and the United States resumed trade talks in Geneva in May. "
        "The fifth round of talks with India concluded in Washington last month."
    )
    events = [c for c in extract_claims(make_article(text, "2025-08-07"), rules) if c.kind == "event"]
    assert [c.value.get("place") for c in events] == ["geneva"]


def test_an_event_known_by_its_ordinal_alone_needs_its_topic_nearby(claims_of: Claims) -> None:
    """ "the first bilateral talks" among paragraphs about two other countries is no round of the
    article's US-China talks, though the article names both somewhere."""
    other = (
        "Leaders met in Tianjin; the US and China traded barbs earlier.\n\n"
        "India and Japan sent ministers.\n\n"
        "Ministers from India and Brazil spoke.\n\n"
        "That day also brought the first bilateral talks.\n\n"
        "Indian and Brazilian officials agreed to meet again.\n\n"
        "Trade ties grew."
    )
    assert claims_of(other, published="2025-09-01", kind="event") == []
    near = "US and Chinese officials prepared for weeks.\n\nThe first round produced a framework."
    [claim] = claims_of(near, published="2025-09-01", kind="event")
    assert (claim.key["event_type"], claim.value["ordinal"]) == ("us-china-trade-talks", 1)


_FILLER = [
    "Board members weighed wage data from regional branches and surveys of large firms.",
    "Analysts said the decision had been well signalled in speeches over recent weeks.",
    "The currency moved little after the statement, and bond yields were steady.",
    "Economists polled before the decision had mostly expected the move this time.",
    "Lenders said they would pass the change on to savers within a few weeks.",
    "Household spending has been uneven, with food prices weighing on budgets.",
    "Officials repeated that policy would stay accommodative for some time yet.",
    "Exporters have enjoyed a weak currency, which lifted their reported profits.",
    "Pension funds said the change would help them meet long-term obligations.",
    "Retail sales rose modestly last quarter after two weaker readings before that.",
    "The bank publishes its next outlook report with revised forecasts in spring.",
    "Some board members have argued for a slower pace of change in recent months.",
    "Bond purchases will keep shrinking on the schedule set out last year.",
]


def _long_article(meeting: str, *, lead: str, late: str) -> str:
    """A lead paragraph, filler well past the article's opening, the meeting's paragraph, more filler,
    and one late paragraph."""
    return "\n\n".join([lead, *_FILLER[:9], meeting, *_FILLER[9:], late])


_BANK_LEAD = "The Example Central Bank raised its policy rate to 1% on Friday, its highest level in years."
_LATE_US_CHINA = "Markets were calm even as the U.S. president weighed new tariffs on imports from China."


@pytest.mark.parametrize(
    "meeting",
    [
        "The bank ended its bond buying in March and then raised the policy rate at its July meeting.",
        "After its December meeting, the governor said the board needed a little more data.",
        "The decision would be made after discussions at this month's meeting, the governor said.",
        "Two members dissented at the board's September meeting.",
    ],
)
def test_an_event_known_by_its_time_alone_needs_its_topic_nearby_or_in_the_lead(
    claims_of: Claims, meeting: str
) -> None:
    """A dated 'meeting' with no venue, in a story on a central bank that names the US and China once,
    far from it, is the bank's own meeting, no round of US-China talks."""
    text = _long_article(meeting, lead=_BANK_LEAD, late=_LATE_US_CHINA)
    assert claims_of(text, published="2025-01-24", kind="event") == []


@pytest.mark.parametrize(
    ("lead", "late"),
    [
        # the topic in the lead
        ("U.S. and Chinese negotiators traded proposals on tariffs this week.", "Trade ties grew."),
        ("Washington and Beijing said talks on export controls would go on.", "Trade ties grew."),
        # the topic in a paragraph next to the meeting's
        (_BANK_LEAD, "Trade ties grew."),
    ],
)
def test_an_event_known_by_its_time_alone_is_read_with_its_topic_in_the_lead_or_nearby(
    claims_of: Claims, lead: str, late: str
) -> None:
    meeting = "The negotiators have not met since their July meeting."
    text = _long_article(meeting, lead=lead, late=late)
    if lead == _BANK_LEAD:
        text = text.replace(meeting, "U.S. and Chinese officials spoke again.\n\n" + meeting)
    [claim] = claims_of(text, published="2025-01-24", kind="event")
    assert (claim.key["event_type"], claim.time.label()) == ("us-china-trade-talks", "2024-07")
