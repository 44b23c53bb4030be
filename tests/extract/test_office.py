"""office_holder extraction: titles before and after names, qualifiers, lists, ambiguity."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.models import Claim, Status

Claims = Callable[..., list[Claim]]


def pairs(claims: list[Claim]) -> list[tuple[str, str, str]]:
    return [(str(c.key["role"]), str(c.value["person"]), c.qualifiers.status.value) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # title before the name, with and without a jurisdiction
        ("U.S. Treasury Secretary Janet Yellen met him.", [("us-treasury-secretary", "janet-yellen", "current")]),
        (
            "Treasury Secretary Scott Bessent has become active.",
            [("us-treasury-secretary", "scott-bessent", "current")],
        ),
        ("He met China's Vice Premier He Lifeng in Madrid.", [("china-vice-premier", "he-lifeng", "current")]),
        (
            "Bessent meets with Trade Representative Jamieson Greer.",
            [("us-trade-representative", "jamieson-greer", "current")],
        ),
        (
            "and occasionally with Commerce Secretary Howard Lutnick.",
            [("us-commerce-secretary", "howard-lutnick", "current")],
        ),
        (
            "The Secretary of the Treasury, Scott Bessent, said so.",
            [("us-treasury-secretary", "scott-bessent", "current")],
        ),
        (
            "Trump's Treasury Secretary Scott Bessent's remarks lifted stocks.",
            [("us-treasury-secretary", "scott-bessent", "current")],
        ),
        # a plural title before a list of names, each resolved to its own office
        (
            "a call between Presidents Donald Trump and Xi Jinping.",
            [("china-president", "xi-jinping", "current"), ("us-president", "donald-trump", "current")],
        ),
        # appositives after the name
        (
            "Scott Bessent, the Treasury chief, said talks went well.",
            [("us-treasury-secretary", "scott-bessent", "current")],
        ),
        (
            "The plan came from Janet Yellen, a former Treasury Secretary.",
            [("us-treasury-secretary", "janet-yellen", "former")],
        ),
        ("He Lifeng, China's vice premier, arrived on Sunday.", [("china-vice-premier", "he-lifeng", "current")]),
        # qualifiers that make a mention not current
        (
            "Former Treasury Secretary Janet Yellen spoke at the event.",
            [("us-treasury-secretary", "janet-yellen", "former")],
        ),
        ("ex-Treasury Secretary Steven Mnuchin said so.", [("us-treasury-secretary", "steven-mnuchin", "former")]),
        (
            "The deal was signed by then-Treasury Secretary Steven Mnuchin.",
            [("us-treasury-secretary", "steven-mnuchin", "historical")],
        ),
        ("President-elect Donald Trump named his cabinet.", [("us-president", "donald-trump", "future")]),
        ("Treasury Secretary nominee Scott Bessent testified.", [("us-treasury-secretary", "scott-bessent", "future")]),
        (
            "Trump's pick for Treasury Secretary, Scott Bessent, testified.",
            [("us-treasury-secretary", "scott-bessent", "future")],
        ),
        ("Acting Treasury Secretary David Lebryk signed it.", [("us-treasury-secretary", "david-lebryk", "current")]),
        # names written differently resolve to the same person
        ("Treasury Secretary Janet L. Yellen said.", [("us-treasury-secretary", "janet-yellen", "current")]),
        ("Secretary of the Treasury Yellen said.", [("us-treasury-secretary", "janet-yellen", "current")]),
        ("Treasury Secretary Scot Bessent said.", [("us-treasury-secretary", "scott-bessent", "current")]),
        ("President Xi said so.", [("china-president", "xi-jinping", "current")]),
    ],
)
def test_mentions_become_claims(claims_of: Claims, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted(pairs(claims_of(sentence, kind="office_holder"))) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Deputy Treasury Secretary Michael Faulkender resigned.",  # a different office
        "New York Fed President John Williams spoke.",  # a compound title
        "French President Emmanuel Macron visited.",  # a jurisdiction we do not know
        "President Emmanuel Macron visited.",  # a generic title, nobody on record: ambiguous
        "The Treasury Department issued a statement.",  # no person
        "Dennis Wilder, a former White House and CIA China specialist, said so.",
        "Experts said the treasury secretary may resign.",  # no name
    ],
)
def test_no_office_claim(claims_of: Claims, sentence: str) -> None:
    assert pairs(claims_of(sentence, kind="office_holder")) == []


def test_unknown_person_yields_claim_under_normalized_name(claims_of: Claims) -> None:
    [claim] = claims_of("Commerce Secretary Jane Q. Public said so.", kind="office_holder")
    assert claim.value == {"person": "jane-public"}
    assert claim.unresolved == ("person",)
    assert claim.labels["person"] == "Jane Q. Public"


def test_former_claim_is_negated(claims_of: Claims) -> None:
    [claim] = claims_of("Former President Donald Trump rallied.", kind="office_holder")
    assert claim.qualifiers.status is Status.FORMER
    assert claim.qualifiers.negated
    assert claim.qualifiers.cue == "Former"


def test_claim_time_is_publication_date_by_default(claims_of: Claims) -> None:
    [claim] = claims_of("Treasury Secretary Scott Bessent spoke.", published="2025-10", kind="office_holder")
    assert claim.time.label() == "2025-10"
    assert claim.time_source == "published"


def test_leading_time_expression_governs(claims_of: Claims) -> None:
    [claim] = claims_of("In March 2024, Treasury Secretary Janet Yellen visited.", kind="office_holder")
    assert claim.time.label() == "2024-03"
    assert claim.time_source == "sentence"


def test_other_times_widen_the_claim(claims_of: Claims) -> None:
    [claim] = claims_of("President Joe Biden signed the law in 2022.", published="2025-10-15", kind="office_holder")
    assert claim.time_source == "sentence+published"
    assert str(claim.time.start) == "2022-01-01"
    assert str(claim.time.end) == "2025-10-15"


@pytest.mark.parametrize(
    "sentence",
    [
        "Treasury Secretary Janet Yellen said the tariffs imposed in 2024 had hurt farmers.",
        "Treasury Secretary Janet Yellen, who led the delegation, said the 100% tariff due from Nov. 1 was off.",
        "Janet Yellen, the Treasury Secretary, told reporters the levies of 2023 had worked.",
        "Treasury Secretary Janet Yellen said on Monday that the 2024 tariffs had hurt farmers.",
        "The tariffs imposed in 2024 hurt farmers, Treasury Secretary Janet Yellen said.",
        "“The 2024 tariffs hurt farmers,” Treasury Secretary Janet Yellen said on Monday.",
        # a comparison or concession after the title's clause has its own times
        "Treasury Secretary Janet Yellen led the delegation, as she had since the first round in May 2024.",
        "Treasury Secretary Janet Yellen praised the deal, although talks in 2024 had failed.",
    ],
)
def test_the_times_of_what_a_speaker_reports_do_not_date_the_title(claims_of: Claims, sentence: str) -> None:
    # a stale title in an October 2025 article stays dated October 2025, however far back the
    # reported words reach; the saying's own "on Monday" still dates it
    [claim] = claims_of(sentence, published="2025-10-15", kind="office_holder")
    assert str(claim.time.start) >= "2025-10-01"


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Treasury Secretary Janet Yellen said in 2024 that tariffs hurt farmers.", "2024-01-01"),
        ("Treasury Secretary Janet Yellen told Congress in March 2024 the tariffs had worked.", "2024-03-01"),
        ("Treasury Secretary Janet Yellen, speaking in a 2023 interview, said tariffs hurt.", "2023-01-01"),
        ("Treasury Secretary Janet Yellen visited Beijing in 2023 and said the talks went well.", "2023-01-01"),
        ("Treasury Secretary Janet Yellen spoke when she visited Beijing in 2023.", "2023-01-01"),
        ("Treasury Secretary Janet Yellen warned of overcapacity in 2023, as did others.", "2023-01-01"),
    ],
)
def test_the_time_of_the_saying_or_of_the_holder_s_act_still_widens_the_claim(
    claims_of: Claims, sentence: str, start: str
) -> None:
    [claim] = claims_of(sentence, published="2025-10-15", kind="office_holder")
    assert str(claim.time.start) == start


def test_evidence_points_at_the_words(claims_of: Claims) -> None:
    text = "Intro line.\nLater, U.S. Treasury Secretary Janet Yellen spoke.\n"
    [claim] = claims_of(text, kind="office_holder")
    assert claim.evidence.line == 2
    assert claim.surface == "U.S. Treasury Secretary Janet Yellen"
    assert text[claim.evidence.start : claim.evidence.end] == claim.surface
    assert claim.evidence.sentence == "Later, U.S. Treasury Secretary Janet Yellen spoke."


def test_headings_are_skipped(claims_of: Claims) -> None:
    assert claims_of("Treasury Secretary Yellen Meets Vice Premier He\n\nBody text.", kind="office_holder") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Under then-President Biden, Treasury Secretary Yellen kept the tariffs in place.",
        "Under former President Joe Biden, Treasury Secretary Janet Yellen kept the tariffs.",
        "During the Biden administration, Treasury Secretary Janet Yellen visited Beijing twice.",
    ],
)
def test_an_era_under_a_former_holder_dates_the_title(claims_of: Claims, sentence: str) -> None:
    found = claims_of(sentence, published="2025-10-20", kind="office_holder")
    [claim] = [c for c in found if c.key["role"] == "us-treasury-secretary"]
    assert (str(claim.time.start), str(claim.time.end)) == ("2021-01-20", "2025-01-20")


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("Janet Yellen, Biden's Treasury secretary, warned repeatedly about deficits.", "2025-11-10"),
        ("The Biden administration's Treasury secretary, Janet Yellen, met him twice.", "2025-11-10"),
        ("Treasury Secretary Janet Yellen, who left office in January, spoke at Harvard.", "2025-11-10"),
        ("The tariffs President Trump imposed in his first term remain in place.", "2024-04-08"),
        # a possessor's first term: past, though the possessor holds office again
        ("Trump's first-term Treasury Secretary Steven Mnuchin negotiated the deal.", "2025-10-20"),
        ("Trump’s first term Treasury Secretary, Steven Mnuchin, backed the tariffs.", "2025-10-20"),
        ("Trump's first-administration Treasury Secretary Steven Mnuchin stayed quiet.", "2025-10-20"),
    ],
)
def test_historical_context_is_not_a_current_claim(claims_of: Claims, sentence: str, published: str) -> None:
    [claim] = claims_of(sentence, published=published, kind="office_holder")
    assert claim.qualifiers.status is Status.HISTORICAL


@pytest.mark.parametrize(
    "sentence",
    [
        # the phrase is about another person, in a clause of its own
        "Treasury Secretary Scott Bessent took charge after the vote, replacing Janet Yellen who left office.",
        "Treasury Secretary Scott Bessent spoke on Monday, while a predecessor who stepped down stayed home.",
        "Treasury Secretary Scott Bessent met investors; their old contact, who resigned, was absent.",
    ],
)
def test_a_context_phrase_in_another_clause_leaves_the_holder_current(claims_of: Claims, sentence: str) -> None:
    found = [c for c in claims_of(sentence, published="2025-03-10", kind="office_holder")]
    assert [(c.value["person"], c.qualifiers.status) for c in found] == [("scott-bessent", Status.CURRENT)]


def test_a_context_phrase_right_after_the_name_is_about_that_holder(claims_of: Claims) -> None:
    sentence = "After the vote Treasury Secretary Janet Yellen who stepped down in January spoke at Harvard."
    [claim] = claims_of(sentence, published="2025-11-10", kind="office_holder")
    assert claim.qualifiers.status is Status.HISTORICAL and claim.qualifiers.cue == "who stepped down"


def test_a_possessor_in_office_keeps_the_claim_current(claims_of: Claims) -> None:
    [claim] = claims_of("Trump's Treasury Secretary Scott Bessent spoke.", published="2025-10-01", kind="office_holder")
    assert claim.qualifiers.status is Status.CURRENT


@pytest.mark.parametrize(
    "sentence",
    [
        "Under President Joe Biden, Commerce Secretary Gina Raimondo tightened export controls.",
        "During the Biden administration, Treasury Secretary Janet Yellen visited China twice.",
    ],
)
def test_an_era_sets_the_claim_time(claims_of: Claims, sentence: str) -> None:
    [claim] = claims_of(sentence, published="2025-10-31", kind="office_holder")
    assert (str(claim.time.start), str(claim.time.end)) == ("2021-01-20", "2025-01-20")
    assert claim.time_source == "sentence"


@pytest.mark.parametrize(
    "sentence",
    [
        "Treasury Secretaries Janet Yellen and Scott Bessent have both visited China.",
        "Former and current Treasury Secretaries Janet Yellen and Scott Bessent spoke at the forum.",
        "U.S. Treasury Secretaries Steven Mnuchin, Janet Yellen and Scott Bessent all met He Lifeng.",
    ],
)
def test_a_plural_title_of_a_one_holder_office_names_holders_over_time(claims_of: Claims, sentence: str) -> None:
    """None of them is judged as holding the office now (a false error against Yellen's term before)."""
    found = claims_of(sentence, published="2025-10-20", kind="office_holder")
    assert len(found) >= 2
    assert all(c.qualifiers.status is not Status.CURRENT for c in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vice Premiers He Lifeng and Ding Xuexiang attended.",  # an office several hold at once
        "Presidents Donald Trump and Xi Jinping met in Busan.",  # two offices, one each
    ],
)
def test_a_plural_title_naming_one_holder_per_office_stays_current(claims_of: Claims, sentence: str) -> None:
    found = claims_of(sentence, published="2025-10-31", kind="office_holder")
    assert [c.qualifiers.status for c in found] == [Status.CURRENT, Status.CURRENT]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a generic title takes the country of the person's recorded offices: the claim is then judged
        ("Premier He Lifeng led China's side.", [("china-premier", "he-lifeng", "current")]),
        ("The talks were led by Premier He Lifeng.", [("china-premier", "he-lifeng", "current")]),
        ("Premier Li Qiang spoke.", [("china-premier", "li-qiang", "current")]),
    ],
)
def test_a_generic_title_takes_the_persons_country(
    claims_of: Claims, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert pairs(claims_of(sentence, kind="office_holder")) == expected


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # an -ing predicate has the tense of the clause it hangs on
        ("Trump plans to reshuffle his team, with Jamieson Greer taking over as Treasury Secretary.", "future"),
        ("Trump is expected to reshuffle his team, with Jamieson Greer taking over as Treasury Secretary.", "future"),
        ("Trump reshuffled his team on Friday, with Jamieson Greer taking over as Treasury Secretary.", "current"),
    ],
)
def test_an_ing_predicate_takes_the_main_clauses_tense(claims_of: Claims, sentence: str, status: str) -> None:
    found = pairs(claims_of(sentence, kind="office_holder"))
    assert ("us-treasury-secretary", "jamieson-greer", status) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The new team has two veterans: Scott Bessent as Treasury Secretary, and Howard Lutnick as Commerce Secretary.",
        "Trump's economic picks — the investor Scott Bessent as Treasury Secretary and Howard Lutnick as Commerce "
        "Secretary — face hearings.",
        "Two names stand out: Scott Bessent as Treasury Secretary and the banker Howard Lutnick as Commerce Secretary.",
    ],
)
def test_pairs_listed_after_a_colon_or_dash_are_designations(claims_of: Claims, sentence: str) -> None:
    # a list gives each pair without a verb of its own: a line-up, or picks; never judged as current
    found = pairs(claims_of(sentence, kind="office_holder"))
    assert ("us-treasury-secretary", "scott-bessent", "future") in found
    assert ("us-commerce-secretary", "howard-lutnick", "future") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Trump wants Scott Bessent as Treasury Secretary.",  # no list: a wish is not a holder claim
        "Analysts see Scott Bessent as Treasury Secretary material.",
    ],
)
def test_a_bare_as_without_a_list_or_verb_of_choice_is_not_read(claims_of: Claims, sentence: str) -> None:
    assert pairs(claims_of(sentence, kind="office_holder")) == []


@pytest.mark.parametrize(
    ("sentence", "published", "status"),
    [
        # a title before the winner's name in the clause of winning the office is the office to come
        ("President Trump won the election overnight, and shares climbed.", "2024-11-06", "future"),
        ("Markets rallied after President Trump won the presidential election.", "2024-11-06", "future"),
        # another clause's win is not this title's
        ("President Biden spoke on Wednesday, a day after Trump won the election.", "2024-11-06", "current"),
    ],
)
def test_a_title_in_the_clause_of_winning_is_the_office_to_come(
    claims_of: Claims, sentence: str, published: str, status: str
) -> None:
    [claim, *_] = claims_of(sentence, published=published, kind="office_holder")
    assert claim.qualifiers.status.value == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Trump's previous vice-president, Mike Pence, sat nearby.",
        "The prior Treasury Secretary Janet Yellen spoke.",
    ],
)
def test_a_previous_holder_is_former(claims_of: Claims, sentence: str) -> None:
    [claim] = claims_of(sentence, published="2025-10-15", kind="office_holder")
    assert claim.qualifiers.status.value == "former"
