"""Events of types a user adds (an election, a summit, a central bank's meetings and moves, two
leaders' meetings: tests/data/event_rules), read in the phrasings real pages use. Sentences of our own."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.ruleset import RuleSet, load_ruleset
from tests.conftest import ROOT, RULES, make_article

ELECTION = "Labour beat the Tories. "
BANK = "The Reserve Bank held a press conference. "


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_ruleset([RULES, ROOT / "tests" / "data" / "event_rules"])


def events(rules: RuleSet, text: str, published: str = "2024-07-31") -> list[tuple[object, ...]]:
    found = [c for c in extract_claims(make_article(text, published), rules) if c.kind == "event"]
    return sorted((str(c.key["event_type"]), c.value["place"], c.time.label()) for c in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year right after a trigger a determiner singles out
        (ELECTION + "The party did badly at the last election in 2019.", ("ruritania-general-election", None, "2019")),
        (ELECTION + "Its result in the election of 2017 was worse.", ("ruritania-general-election", None, "2017")),
        # the time right after the trigger, not a later one of the phrase
        (
            BANK + "Stocks fell after the rate rise last week and weak jobs data on Friday.",
            ("ruritania-rate-hike", None, "2024-07-22..2024-07-28"),
        ),
        (
            BANK + "It is the first move since its policy meeting in March, four months ago, when it paused.",
            ("ruritania-rate-decision", None, "2024-03"),
        ),
    ],
)
def test_a_time_right_after_the_trigger_dates_it(rules: RuleSet, text: str, expected: tuple[object, ...]) -> None:
    assert events(rules, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        ELECTION + "Several elections in 2019 went badly for the party.",  # no determiner: which one?
        ELECTION + "Four more elections in 2019 are possible.",  # a count, not one event
        BANK + "The policy meetings in November and December will decide.",  # a list, not its first
        BANK + "Two rate rises in 2025 are expected.",
    ],
)
def test_a_time_after_a_trigger_naming_no_single_event_dates_nothing(rules: RuleSet, text: str) -> None:
    assert events(rules, text) == []


IRAN = "Iranian envoys flew home on Sunday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The fourth round of talks, in the Omani capital Muscat, ended badly.",
        "A first round was held in the Omani capital of Muscat.",
        "The talks in the Omani port city Muscat ended badly.",
    ],
)
def test_a_country_word_describing_the_venue_names_no_other_party(rules: RuleSet, sentence: str) -> None:
    assert [place for _, place, _ in events(rules, IRAN + sentence)] == ["muscat"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks in Muscat ended; Omani officials will now host other talks.",
        "Omani mediators said the talks in Muscat were useful.",
    ],
)
def test_a_country_named_as_a_party_still_makes_the_talks_its_own(rules: RuleSet, sentence: str) -> None:
    assert events(rules, IRAN + sentence) == []


G20 = "G20 leaders flew home on Saturday. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Their summit, which was held in Rome, ended early.", ("g20-summit", "rome", "unknown time")),
        ("The summit, which took place in Madrid on Friday, was calm.", ("g20-summit", "madrid", "2024-07-26")),
        ("His first summit, which was held in his hometown, Geneva: a test.", ("g20-summit", "geneva", "unknown time")),
    ],
)
def test_a_relative_clause_of_the_events_own_verb_gives_its_venue(
    rules: RuleSet, sentence: str, expected: tuple[object, ...]
) -> None:
    assert events(rules, G20 + sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit, which followed talks in Rome, ended early.",
        "The summit, which was praised in Rome, ended early.",
    ],
)
def test_a_relative_clause_of_another_verb_gives_no_venue(rules: RuleSet, sentence: str) -> None:
    assert events(rules, G20 + sentence) == []


LANDTAG = "The Landtag sat all day. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Hart won 325 votes in the second round of voting on Tuesday.",
        "Hart lost the first round of voting on Tuesday.",
    ],
)
def test_a_trigger_opening_a_longer_one_is_read_with_it(rules: RuleSet, sentence: str) -> None:
    assert events(rules, LANDTAG + sentence) == [("landtag-vote", None, "2024-07-30")]


def test_a_trigger_before_of_and_no_longer_trigger_is_still_no_event(rules: RuleSet) -> None:
    assert events(rules, LANDTAG + "Hart faced a second round of tariffs on Tuesday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Hart on Tuesday won a historic vote.",
        "On Tuesday, Hart survived a close vote.",
        "Vane on Tuesday lost the vote.",
    ],
)
def test_who_wins_or_loses_a_vote_dates_it(rules: RuleSet, sentence: str) -> None:
    assert events(rules, ELECTION + sentence) == [("ruritania-general-election", None, "2024-07-30")]


def test_who_calls_an_election_does_not_date_it(rules: RuleSet) -> None:
    assert events(rules, ELECTION + "Hart on Tuesday called a snap election.") == []


PM = "pm-election"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruritania's parliament on Tuesday elected Hart as prime minister.",
        "The Ruritanian parliament formally elected Hart as prime minister on Tuesday.",
        "In Ruritania, the Diet on Tuesday elected Hart prime minister.",
    ],
)
def test_a_body_the_topic_names_performs_the_event_verb(rules: RuleSet, sentence: str) -> None:
    assert events(rules, sentence) == [("ruritania-" + PM, None, "2024-07-30")]


def test_anybody_else_electing_performs_no_event(rules: RuleSet) -> None:
    assert events(rules, "Ruritanian voters on Tuesday elected Hart as their leader.") == []


def status(rules: RuleSet, text: str) -> list[tuple[str, str]]:
    found = [c for c in extract_claims(make_article(text, "2024-07-31"), rules) if c.kind == "event"]
    return [(c.time.label(), c.qualifiers.status.value) for c in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruritania's parliament to elect new prime minister on Tuesday",
        "Ruritania's parliament is to elect a new prime minister on Tuesday.",
    ],
)
def test_an_event_verb_in_the_infinitive_is_planned(rules: RuleSet, sentence: str) -> None:
    assert status(rules, sentence) == [("2024-08-06", "planned")]


@pytest.mark.parametrize(
    "sentence",
    [
        BANK + "The Reserve Bank decided to raise rates on Tuesday.",
        BANK + "The Reserve Bank was able to raise rates on Tuesday.",
    ],
)
def test_an_infinitive_after_a_verb_of_doing_it_happened(rules: RuleSet, sentence: str) -> None:
    assert status(rules, sentence) == [("2024-07-30", "current")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hart travelled to Madrid for talks with Vane.", ("hart-vane-meeting", "madrid", "unknown time")),
        ("Hart flew to Geneva for a private meeting with Vane.", ("hart-vane-meeting", "geneva", "unknown time")),
        (G20 + "Their leaders went to Rome to attend the summit.", ("g20-summit", "rome", "unknown time")),
    ],
)
def test_where_one_travels_for_the_event_is_its_venue(rules: RuleSet, text: str, expected: tuple[object, ...]) -> None:
    assert events(rules, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Hart travelled to Madrid after talks with Vane.",
        "Hart, who lives in Madrid, prepared for talks with Vane.",
        "Hart travelled to Madrid and then to Rome for talks with Vane on trade and other issues.",
    ],
)
def test_a_journey_not_made_for_the_event_gives_no_venue(rules: RuleSet, text: str) -> None:
    assert events(rules, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "ZENDA, July 31 Wirewire The Reserve Bank raised rates on Wednesday.",
        "ZENDA, July 31 The Reserve Bank raised rates on Wednesday.",
        "STRELSAU CITY, Jul. 31, 2024 Wirewire The Reserve Bank raised rates on Wednesday.",
        "ZENDA, July 31 (Wirewire) The Reserve Bank raised rates on Wednesday.",
    ],
)
def test_a_dateline_that_lost_its_dash_names_no_other_party(rules: RuleSet, sentence: str) -> None:
    # a page flattened without the dateline's parentheses and dash: its capitals are no party
    assert events(rules, BANK + sentence) == [("ruritania-rate-hike", None, "2024-07-31")]


@pytest.mark.parametrize(
    "sentence",
    [
        "ZENDA, July 31 Wirewire Molvania's central bank raised rates on Wednesday.",
        "ZENDA, July 31 The IMF and the Reserve Bank raised rates on Wednesday.",
    ],
)
def test_a_party_after_a_flat_dateline_still_counts(rules: RuleSet, sentence: str) -> None:
    assert events(rules, BANK + sentence) == []
