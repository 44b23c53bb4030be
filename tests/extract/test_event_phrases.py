"""Event phrases found failing on real pages, rewritten as sentences of our own in several styles."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.models import Claim

Claims = Callable[..., list[Claim]]
TOPIC = "China and the U.S. are negotiating over tariffs. "


def events(claims_of: Claims, text: str, published: str = "2025-09-20") -> list[tuple[object, ...]]:
    found = claims_of(TOPIC + text, published=published, kind="event")
    return [(c.value["place"], c.value["ordinal"], c.time.label(), c.qualifiers.status.value) for c in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "“Today, in Geneva, we held a useful round of talks,” Bessent said.",
        "Bessent said talks “this week in Geneva were useful”.",
        "“Talks in Geneva yesterday went well,” an official said.",
    ],
)
def test_a_relative_time_in_quoted_speech_dates_nothing(claims_of: Claims, sentence: str) -> None:
    assert all(time == "unknown time" for _, _, time, _ in events(claims_of, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "They agreed to hold another round of talks in Geneva on April 26.",
        "Officials said another round of talks is planned in Geneva on April 26.",
        "The next round of talks in Geneva on April 26 will focus on tariffs.",
    ],
)
def test_a_planned_event_reads_a_yearless_date_ahead(claims_of: Claims, sentence: str) -> None:
    assert events(claims_of, sentence, published="2025-04-19") == [("geneva", None, "2025-04-26", "planned")]


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("A 2018 round of talks in Geneva ended badly.", "2018"),
        ("The May 2024 talks in Geneva ended badly.", "2024-05"),
        ("Wednesday's talks in Geneva ended badly.", "2025-09-17"),
    ],
)
def test_a_time_inside_the_noun_phrase_dates_the_event(claims_of: Claims, sentence: str, time: str) -> None:
    assert events(claims_of, sentence) == [("geneva", None, time, "current")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks in Geneva, a repeat of Helsinki 2018, were tense.",
        "The talks in Geneva, unlike Osaka 2019, were tense.",
    ],
)
def test_a_time_after_another_name_is_that_names(claims_of: Claims, sentence: str) -> None:
    assert events(claims_of, sentence) == [("geneva", None, "unknown time", "current")]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was his first round of talks in Geneva.",
        "It was Bessent's first round of talks in Geneva.",
        "It was their second round of talks in Geneva.",
    ],
)
def test_a_possessive_ordinal_numbers_no_round(claims_of: Claims, sentence: str) -> None:
    assert [ordinal for _, ordinal, _, _ in events(claims_of, sentence)] == [None]


def test_a_series_ordinal_still_numbers_the_round(claims_of: Claims) -> None:
    assert [o for _, o, _, _ in events(claims_of, "It was the second round of talks in Geneva.")] == [2]


@pytest.mark.parametrize(
    "sentence",
    [
        "NATO leaders are meeting in Geneva on Wednesday.",
        "EU ministers held talks in Geneva on Wednesday.",
        "Japanese officials held talks in Geneva on Wednesday.",
    ],
)
def test_a_sentence_led_by_another_party_is_not_this_event(claims_of: Claims, sentence: str) -> None:
    assert events(claims_of, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("He lost during the 2024 round of talks.", "2024"),
        ("It recalled the 2019 round of talks.", "2019"),
    ],
)
def test_a_year_in_the_noun_phrase_names_an_event_without_a_venue(claims_of: Claims, sentence: str, time: str) -> None:
    assert events(claims_of, sentence) == [(None, None, time, "current")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trump and Xi will endorse the framework their negotiators reached at talks in Kuala Lumpur on Sunday.",
        "Trump and Xi welcomed what their officials agreed at talks in Kuala Lumpur on Sunday.",
    ],
)
def test_talks_of_the_delegates_are_not_the_leaders_meeting(claims_of: Claims, sentence: str) -> None:
    found = claims_of(TOPIC + sentence, published="2025-10-28", kind="event")
    assert [(c.key["event_type"], c.value["place"], c.time.label()) for c in found] == [
        ("us-china-trade-talks", "kuala-lumpur", "2025-10-26")
    ]


def test_the_leaders_own_meeting_is_still_theirs(claims_of: Claims) -> None:
    found = claims_of(TOPIC + "Trump and Xi met in Busan on Thursday.", published="2025-11-01", kind="event")
    assert [(c.key["event_type"], c.value["place"]) for c in found] == [("trump-xi-meeting", "busan")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause with its own subject keeps its time
        ("Talks in Geneva that Bessent called in June were tense.", [("geneva", None, "unknown time", "current")]),
        ("Talks in Geneva that ended on May 12 were tense.", [("geneva", None, "2025-05-12", "current")]),
        # ", and the ..." opens a clause; ", and Stockholm ..." continues a list
        (
            "Talks in Madrid in September were cordial, and the fifth round is expected in Kuala Lumpur.",
            [("madrid", None, "2025-09", "current"), ("kuala-lumpur", 5, "unknown time", "planned")],
        ),
        (
            "Talks were held in Geneva in May, London in June, and Stockholm in July.",
            [
                ("geneva", None, "2025-05", "current"),
                ("london", None, "2025-06", "current"),
                ("stockholm", None, "2025-07", "current"),
            ],
        ),
        # a time between the verb and the trigger it governs, unless the verb reports
        ("Negotiators closed on Friday a fifth round of talks in Geneva.", [("geneva", 5, "2025-09-19", "current")]),
        ("Officials said on Tuesday the talks in Geneva went well.", [("geneva", None, "unknown time", "current")]),
        # "agreed to have another round" looks ahead
        (
            "They agreed to have another round of talks in Geneva on September 26.",
            [("geneva", None, "2025-09-26", "planned")],
        ),
        # a parenthesis holding only a time belongs to its clause
        ("The talks in Geneva (May 10-11) went well.", [("geneva", None, "2025-05-10..2025-05-11", "current")]),
        # a calendar date in quoted speech reads the same from the day it was said
        (
            "“The fifth round of talks will take place in Geneva on September 26,” he wrote.",
            [("geneva", 5, "2025-09-26", "planned")],
        ),
    ],
)
def test_clause_and_quote_phrases(claims_of: Claims, sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert events(claims_of, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks were held in the U.S. president's residence on Friday.",
        "Talks were held in China's commerce ministry on Friday.",
    ],
)
def test_a_place_used_as_an_adjective_is_no_venue(claims_of: Claims, sentence: str) -> None:
    assert [place for place, *_ in events(claims_of, sentence)] in ([], [None])


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Talks were held in Geneva, Switzerland on May 10.", "geneva"),
        ("Talks were held in Busan, South Korea, on May 10.", "busan"),
        ("Talks were held at Bessent's hotel in Geneva on May 10.", "geneva"),
        ("Talks were held in Switzerland, in Geneva, on May 10.", "geneva"),
    ],
)
def test_nested_places_are_one_venue(claims_of: Claims, sentence: str, place: str) -> None:
    assert [p for p, *_ in events(claims_of, sentence)] == [place]


@pytest.mark.parametrize(
    "sentence",
    [
        "Following the talks, Vice Premier He Lifeng arrived in Geneva on Sunday.",
        "After the round of talks, Bessent flew to London on Sunday.",
    ],
)
def test_another_subject_takes_over_the_phrase(claims_of: Claims, sentence: str) -> None:
    """The venue and the day after ", He Lifeng arrived" are his, not the talks'."""
    assert events(claims_of, sentence) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Geneva: China and the U.S. held talks. The talks were held here on Sunday.", "geneva"),
        ("GENEVA, May 12 (Wire) - China and the U.S. held talks. The talks were held here on Sunday.", "geneva"),
        ("Geneva, a city of banks, hosts. China and the U.S. held talks. The talks were held here on Sunday.", None),
    ],
)
def test_here_is_the_datelines_place(claims_of: Claims, text: str, place: str | None) -> None:
    [claim] = claims_of(text, published="2025-05-12", kind="event")
    assert claim.value["place"] == place


def test_a_place_followed_by_a_verb_starts_a_clause_not_a_list(claims_of: Claims) -> None:
    sentence = "Although the talks were in Geneva, Madrid was again acting as host."
    assert [p for p, *_ in events(claims_of, sentence)] == ["geneva"]


def test_a_list_of_venues_still_continues(claims_of: Claims) -> None:
    sentence = "Talks were held in Geneva in May, London in June and Madrid in September."
    assert [p for p, *_ in events(claims_of, sentence)] == ["geneva", "london", "madrid"]


def test_an_elliptical_list_names_each_round(claims_of: Claims) -> None:
    sentence = (
        "The first round took place in Geneva on May 10; the second, in London on June 9; and the third, in Stockholm."
    )
    assert events(claims_of, sentence) == [
        ("geneva", 1, "2025-05-10", "current"),
        ("london", 2, "2025-06-09", "current"),
        ("stockholm", 3, "unknown time", "current"),
    ]


def test_a_longer_trigger_of_another_type_falls_back_to_its_tail() -> None:
    """ "first round" names a Bundestag vote in a rule set that knows one; in an article about US-China
    talks, its "round" is still a round of talks."""
    from factcheck.extract import extract_claims
    from factcheck.ruleset import load_ruleset
    from tests.conftest import ROOT, RULES, make_article

    world = load_ruleset([RULES, ROOT / "tests" / "data" / "world_rules"])
    found = extract_claims(make_article(TOPIC + "The first round took place in Geneva on May 10.", "2025-09-20"), world)
    assert [(c.key["event_type"], c.value["ordinal"]) for c in found if c.kind == "event"] == [
        ("us-china-trade-talks", 1)
    ]


def test_a_month_after_the_trigger_is_no_modal(claims_of: Claims) -> None:
    """ "the meeting May 12": the month right after the trigger is not the modal "may"."""
    assert events(claims_of, "The meeting May 12 in Geneva ended well.") == [("geneva", None, "2025-05-12", "current")]


def test_participants_before_a_relative_clause_name_no_event_in_it(claims_of: Claims) -> None:
    """ "the meeting between Trump and Xi in Busan, which came days after talks in Kuala Lumpur": the
    talks are not a Trump-Xi meeting; "Trump said after a meeting with von der Leyen" keeps its subject."""
    text = (
        "China and the U.S. agreed. The meeting between Trump and Xi in Busan, which came days after talks "
        "in Kuala Lumpur, was short."
    )
    found = claims_of(text, published="2025-10-31", kind="event")
    assert {(c.key["event_type"], c.value["place"]) for c in found if c.value["place"] == "kuala-lumpur"} <= {
        ("us-china-trade-talks", "kuala-lumpur")
    }
    assert ("trump-xi-meeting", "busan") in {(c.key["event_type"], c.value["place"]) for c in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "The sixth round of negotiations ended in Washington in July, and an American team will visit New Delhi next.",
        "Negotiators held talks in Washington on Friday before flying to Ottawa.",
        "A new round of talks is set for next week, with Greer traveling to Mexico City.",
    ],
)
def test_a_place_someone_travels_to_is_another_country_s_talks(claims_of: Claims, sentence: str) -> None:
    """In an article about China and the US, a sentence that misses China and sends someone to
    another country's capital is about that country's talks: never US-China talks."""
    found = claims_of("China and the U.S. have been talking.\n\n" + sentence, published="2025-08-07", kind="event")
    assert [c for c in found if c.key["event_type"] == "us-china-trade-talks"] == []


def test_a_venue_list_is_no_travel(claims_of: Claims) -> None:
    found = claims_of(
        "China and the U.S. have been talking. This follows discussions in Geneva in May and London in June.",
        published="2025-09-20",
        kind="event",
    )
    assert {c.value["place"] for c in found} == {"geneva", "london"}


def test_travel_to_the_venue_with_both_parties_named_is_the_event(claims_of: Claims) -> None:
    """He Lifeng stands for China: the sentence names both sides, so Malaysia is the talks' venue."""
    text = "Vice Premier He Lifeng will travel to Malaysia for trade talks with U.S. officials starting Friday."
    found = claims_of("China and the U.S. have been talking.\n\n" + text, published="2025-10-23", kind="event")
    assert [c.key["event_type"] for c in found] == ["us-china-trade-talks"]


LISTED = [
    ("geneva", None, "2025-05", "current"),
    ("london", None, "2025-06", "current"),
    ("stockholm", None, "2025-07", "current"),
    ("madrid", None, "2025-08", "current"),
]


@pytest.mark.parametrize(
    "sentence",
    [
        "China and the U.S. talks were held in Geneva in May, London in June, Stockholm in July and Madrid in August.",
        "Previous rounds were held in Geneva in May, London in June, Stockholm in July and Madrid in August.",
        "Earlier U.S. rounds took place in Geneva in May, London in June, Stockholm in July and Madrid in August.",
    ],
)
def test_a_party_before_the_trigger_is_no_venue_when_one_follows(claims_of: Claims, sentence: str) -> None:
    # each venue keeps its own month: a party read as the first venue would shift every time by one
    assert events(claims_of, sentence, published="2025-10-27") == LISTED


def test_a_venue_before_the_trigger_stays_when_a_later_one_encloses_it(claims_of: Claims) -> None:
    found = events(claims_of, "The Geneva talks in Switzerland ended on May 11.")
    assert [place for place, *_ in found] == ["geneva"]


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        (
            "The talks in Geneva, which followed a phone call between the leaders in January, ended on May 11.",
            "2025-05-11",
        ),
        ("The Madrid round, which came after months of friction since April, concluded on Sept. 15.", "2025-09-15"),
        ("The talks in London, which were the first since the truce began in May, took place on June 9.", "2025-06-09"),
    ],
)
def test_past_a_relative_clause_the_main_verb_dates_the_event(claims_of: Claims, sentence: str, time: str) -> None:
    [(_, _, label, _)] = events(claims_of, sentence)
    assert label == time


def test_a_relative_clause_alone_keeps_its_time(claims_of: Claims) -> None:
    found = events(claims_of, "Bessent said the talks in Geneva, which followed a phone call in January, were useful.")
    assert [label for _, _, label, _ in found] == ["unknown time"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a possessive day names the event's own day, whatever word governs the phrase
        ("The outcome of Tuesday's meeting was good.", [(None, None, "2025-10-28", "current")]),
        ("Officials spoke after Tuesday's meeting.", [(None, None, "2025-10-28", "current")]),
        ("After Tuesday's talks, officials spoke to reporters.", [(None, None, "2025-10-28", "current")]),
        ("Officials praised Tuesday's meeting.", [(None, None, "2025-10-28", "current")]),
        ("He Lifeng spoke ahead of Friday's talks.", [(None, None, "2025-10-31", "planned")]),
    ],
)
def test_a_possessive_day_dates_its_event(claims_of: Claims, sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert events(claims_of, sentence, published="2025-10-29") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks, originally planned for Oct. 24, began in Kuala Lumpur on Oct. 25.",
        "The talks, first scheduled for Oct. 24, opened in Kuala Lumpur on Oct. 25.",
    ],
)
def test_a_plan_in_an_aside_leaves_the_event_held(claims_of: Claims, sentence: str) -> None:
    assert events(claims_of, sentence, published="2025-10-29") == [("kuala-lumpur", None, "2025-10-25", "current")]


def test_an_aside_does_not_hide_a_plan_after_it(claims_of: Claims) -> None:
    found = events(
        claims_of, "The talks, the fifth this year, will take place in Kuala Lumpur on Oct. 25.", "2025-10-20"
    )
    assert found == [("kuala-lumpur", None, "2025-10-25", "planned")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks in Madrid on Sept. 14-15 followed a phone call on Sept. 19 between Trump and Xi.",
        "After the talks in Madrid on Sept. 14-15 came a call on Sept. 19 between Trump and Xi.",
    ],
)
def test_a_venue_after_another_types_trigger_is_not_this_events(claims_of: Claims, sentence: str) -> None:
    found = claims_of(TOPIC + sentence, published="2025-09-25", kind="event")
    calls = [(c.value["place"], c.time.label()) for c in found if c.key["event_type"] == "trump-xi-call"]
    assert calls == [(None, "2025-09-19")]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The talks were held in the Spanish capital Madrid on Sept. 14.", "madrid"),
        ("The talks were held in the Spanish capital, Madrid, on Sept. 14.", "madrid"),
        ("Talks in the Swiss city of Geneva ended on May 11.", "geneva"),
        ("The two sides met in the Malaysian capital Kuala Lumpur on Oct. 25.", "kuala-lumpur"),
    ],
)
def test_a_kind_of_place_may_stand_before_the_venue(claims_of: Claims, sentence: str, place: str) -> None:
    assert [p for p, *_ in events(claims_of, sentence, published="2025-11-05")] == [place]


@pytest.mark.parametrize(
    "sentence",
    ["The talks were held in the wake of Geneva on May 11.", "The talks in the run-up to Geneva were held on May 1."],
)
def test_a_place_after_another_noun_is_no_venue(claims_of: Claims, sentence: str) -> None:
    assert [p for p, *_ in events(claims_of, sentence, published="2025-11-05")] == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an era after the trigger: the event is read, its ordinal counts within the era, not the series
        ("The first U.S.-China trade talks of Trump's second term took place in Geneva on May 10 and 11.",
         ("geneva", None, "2025-05-10..2025-05-11")),
        ("The first talks of the year between Washington and Beijing were held in London on June 9.",
         ("london", None, "2025-06-09")),
        ("The second round of talks of his presidency opened in Stockholm on July 28.",
         ("stockholm", None, "2025-07-28")),
    ],
)  # fmt: skip
def test_an_era_after_the_trigger_keeps_the_event_and_drops_its_ordinal(
    claims_of: Claims, sentence: str, expected: tuple[object, ...]
) -> None:
    assert [e[:3] for e in events(claims_of, sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fourth round of U.S.-China talks took place in Madrid on Sept. 14-15.",
        "A fourth round of high-level talks was held in Madrid on Sept. 14-15.",
        "The fourth round of trade talks was held in Madrid on Sept. 14-15.",
    ],
)
def test_an_ordinal_before_the_head_of_an_of_phrase_numbers_the_event(claims_of: Claims, sentence: str) -> None:
    assert [e[:3] for e in events(claims_of, sentence)] == [("madrid", 4, "2025-09-14..2025-09-15")]


@pytest.mark.parametrize(
    "text",
    [
        # the anaphor's sides in the previous one-sentence paragraph, "last" before the verb
        "Bessent and He Lifeng led the delegations again.\n\nThe two sides last met in Stockholm in late July.",
        "U.S. and Chinese negotiators reached a framework on Monday.\n\nThe two sides met in Stockholm in late July.",
        "Bessent and He Lifeng led the delegations again. The two sides last met in Stockholm in late July.",
        # delegates of the pair
        "U.S. and Chinese negotiators reached a framework on Monday.\n\nNegotiators from the two countries met "
        "in Stockholm in late July.",
        "U.S. and Chinese negotiators reached a framework on Monday.\n\nOfficials of both sides met in Stockholm "
        "in late July.",
        # a phrase fronted before the anaphor's comma
        "U.S. and Chinese negotiators reached a framework on Monday.\n\nAfter a call between their leaders, the two "
        "sides met in Stockholm in late July.",
    ],
)
def test_an_anaphor_finds_its_sides_in_the_previous_sentence(claims_of: Claims, text: str) -> None:
    found = claims_of(TOPIC + "\n\n" + text, published="2025-09-20", kind="event")
    assert [(c.value["place"], c.time.label()) for c in found] == [("stockholm", "2025-07-21..2025-07-31")]


@pytest.mark.parametrize(
    "second",
    [
        "The presidents of both countries met in Stockholm in late July.",
        "Business leaders from the two countries met in Stockholm in late July.",
    ],
)
def test_people_of_a_pair_other_than_its_delegates_name_no_sides(claims_of: Claims, second: str) -> None:
    """A paragraph naming two countries does not say which of their people met: only their
    delegates ("negotiators from the two countries") are the talks' sides."""
    text = "The United States and China have been locked in a trade war since April.\n\n" + second
    assert claims_of(text, published="2025-09-20", kind="event") == []


def test_an_anaphor_past_a_paragraph_of_several_sentences_stays_unresolved(claims_of: Claims) -> None:
    text = (
        "Bessent and He Lifeng led the delegations. Japan watched closely.\n\n"
        "The two sides met in Stockholm in late July."
    )
    assert claims_of(TOPIC + "\n\n" + text, published="2025-09-20", kind="event") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks, which began on Sunday at the Palacio de Santa Cruz, followed meetings in Geneva in May.",
        "The talks, which opened on Sunday in Lancaster House, followed meetings in Geneva in May.",
    ],
)
def test_a_venue_closed_by_its_comma_is_no_other_party_and_the_next_trigger_keeps_its_venue(
    claims_of: Claims, sentence: str
) -> None:
    found = events(claims_of, sentence)
    assert ("geneva", None, "2025-05", "current") in found
    assert all(place != "geneva" or time == "2025-05" for place, _, time, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "ZENDA - U.S. and Chinese negotiators wrapped up talks in Geneva on May 10-11.",
        "GENEVA - U.S. and Chinese negotiators wrapped up two days of talks in Geneva on May 10-11.",
        "ZENDA, Oct 26 (Wirewire) — U.S. and Chinese negotiators wrapped up talks in Geneva on May 10-11.",
        "ZENDA, Ruritania — U.S. and Chinese negotiators wrapped up talks in Geneva on May 10-11.",
        "ZENDA: U.S. and Chinese negotiators wrapped up talks in Geneva on May 10-11.",
        # a live blog's time stamp
        "10:42 a.m. ET - Bessent says the talks in Geneva on May 10-11 were constructive.",
        "14:05 GMT: U.S. and Chinese negotiators wrapped up talks in Geneva on May 10-11.",
        "9 p.m. EDT — Talks in Geneva on May 10-11 ended, Bessent said.",
    ],
)
def test_a_dateline_s_capitals_are_no_other_party(claims_of: Claims, sentence: str) -> None:
    assert [e[:3] for e in events(claims_of, sentence)] == [("geneva", None, "2025-05-10..2025-05-11")]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("- May 10-11: First round in Geneva.", ("geneva", 1, "2025-05-10..2025-05-11", "current")),
        ("* July 28-29: Third round in Stockholm.", ("stockholm", 3, "2025-07-28..2025-07-29", "current")),
        ("3. July 28-29, 2024: Third round, in Stockholm.", ("stockholm", 3, "2024-07-28..2024-07-29", "current")),
        ("• Sept. 14-15: Talks in Madrid.", ("madrid", None, "2025-09-14..2025-09-15", "current")),
    ],
)
def test_a_timeline_item_is_dated_by_its_label(claims_of: Claims, item: str, expected: tuple[object, ...]) -> None:
    """A timeline's item: the date before the colon dates it, the capitalised word after the bullet or
    colon is no other party, and the month "May" opening it is no modal (no planned talks)."""
    text = "China and the U.S. have been talking. Here is how the talks unfolded:\n\n" + item
    found = claims_of(text, published="2025-10-28", kind="event")
    assert [(c.value["place"], c.value["ordinal"], c.time.label(), c.qualifiers.status.value) for c in found] == [
        expected
    ]


def test_a_name_after_a_label_is_still_another_party(claims_of: Claims) -> None:
    text = "China and the U.S. have been talking.\n\n- May 10-11: EU talks in Geneva."
    assert claims_of(text, published="2025-10-28", kind="event") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks in Kuala Lumpur on Oct. 25-26 were the fifth round.",
        "The talks in Kuala Lumpur on Oct. 25-26 marked the fifth round of negotiations.",
        "The talks in Kuala Lumpur on Oct. 25-26, the fifth round, ended on a hopeful note.",
    ],
)
def test_an_abbreviated_month_is_no_other_party(claims_of: Claims, sentence: str) -> None:
    """ "Oct." was taken for a capitalised party, so "the fifth round" after it lost its ordinal."""
    found = events(claims_of, sentence, published="2025-10-28")
    assert [e[:3] for e in found] == [("kuala-lumpur", 5, "2025-10-25..2025-10-26")]


@pytest.mark.parametrize(
    "sentence",
    [
        "After the Geneva talks on May 10-11, Washington cut its tariff on Chinese goods to 30%.",
        "After the Geneva talks, Washington cut its tariffs.",
        "Following talks in Geneva in May, Beijing lifted its curbs.",
    ],
)
def test_a_place_opening_the_main_clause_is_no_venue_of_the_event_before(claims_of: Claims, sentence: str) -> None:
    """ "..., Washington cut" is the main clause's subject, not the next venue of a list: it had become
    talks in Washington on May 10-11 (a false place conflict with every article on Geneva)."""
    assert {e[0] for e in events(claims_of, sentence, published="2025-10-27")} == {"geneva"}
