"""office_holder on sentence forms beyond a title next to a name: past service, copulas,
coordinated titles, hand-overs "as" a title; each in several phrasings of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract_claims
from factcheck.ruleset import RuleSet, load_ruleset
from tests.conftest import ROOT, RULES, make_article

WORLD = ROOT / "tests" / "data" / "world_rules"
FORMS = ROOT / "tests" / "data" / "office_forms"  # made-up offices of a made-up country

Offices = Callable[..., list[tuple[str, str, str]]]


@pytest.fixture(scope="module")
def world() -> RuleSet:
    return load_ruleset([RULES, WORLD])


@pytest.fixture(scope="module")
def made_up() -> RuleSet:
    return load_ruleset([RULES, FORMS])


def _holders(rules: RuleSet, default_published: str) -> Offices:
    """(role, person, status) of each office_holder claim a text gives under `rules`, sorted."""

    def run(text: str, published: str = default_published) -> list[tuple[str, str, str]]:
        found = extract_claims(make_article(text, published), rules)
        return sorted(
            (str(c.key["role"]), str(c.value["person"]), c.qualifiers.status.value)
            for c in found
            if c.kind == "office_holder"
        )

    return run


@pytest.fixture
def ruritania(made_up: RuleSet) -> Offices:
    return _holders(made_up, "2025-11-10")


@pytest.fixture
def offices(world: RuleSet) -> Offices:
    return _holders(world, "2025-11-10")


@pytest.mark.parametrize(
    "sentence",
    [
        "Scholz previously served as chancellor.",
        "Scholz, 67, once served as chancellor before moving to Brussels.",
        "The party chose Merz, while Olaf Scholz, who served as chancellor for three years, stayed home.",
        "Olaf Scholz had been chancellor until the spring.",
        "Olaf Scholz also formerly served as German Chancellor.",
        "Scholz has been chancellor before.",  # a perfect without "since": experience, not holding now
    ],
)
def test_past_service_is_historical(offices: Offices, sentence: str) -> None:
    assert offices(sentence) == [("germany-chancellor", "olaf-scholz", "historical")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Friedrich Merz, who has served as chancellor since May, spoke.",
        "Merz has been Germany's chancellor since the spring.",
        "Friedrich Merz has served as German Chancellor since 2025.",
    ],
)
def test_a_perfect_of_service_since_a_time_is_current(offices: Offices, sentence: str) -> None:
    assert offices(sentence) == [("germany-chancellor", "friedrich-merz", "current")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the relative clause belongs to the name right before it, not to a subject further back
        "Indeed, Merz has replaced Olaf Scholz, who served as chancellor for three years.",
        "In Berlin, Merz met Olaf Scholz, who had been chancellor.",
    ],
)
def test_a_relative_clause_of_service_names_its_own_person(offices: Offices, sentence: str) -> None:
    assert offices(sentence) == [("germany-chancellor", "olaf-scholz", "historical")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Merz is Germany's chancellor.", ("germany-chancellor", "friedrich-merz", "current")),
        ("Friedrich Merz, who is the German Chancellor, spoke.", ("germany-chancellor", "friedrich-merz", "current")),
        ("Merz remains chancellor despite the vote.", ("germany-chancellor", "friedrich-merz", "current")),
        ("Merz is now chancellor.", ("germany-chancellor", "friedrich-merz", "current")),
        ("Scholz is a former chancellor.", ("germany-chancellor", "olaf-scholz", "former")),
        # a place in a line of holders is not a claim of holding now
        ("Takaichi is Japan's first female prime minister.", ("japan-prime-minister", "sanae-takaichi", "historical")),
        ("Scholz is the ninth chancellor of the republic.", ("germany-chancellor", "olaf-scholz", "historical")),
    ],
)
def test_a_copula_gives_the_office(offices: Offices, sentence: str, expected: tuple[str, str, str]) -> None:
    assert offices(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "If Scholz is chancellor again, taxes will rise.",  # a condition claims nothing
        "Whether Scholz is chancellor matters little.",
        "Scholz is the chancellor's adviser.",  # the title owns another noun
        "Scholz is not chancellor.",
        "Scholz became the chancellor's envoy.",
    ],
)
def test_a_copula_that_claims_no_holding(offices: Offices, sentence: str) -> None:
    assert offices(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Berg is a former justice and education minister.", "former"),
        ("Anna Berg, a former Ruritanian justice and education minister, spoke.", "former"),
        ("Justice and Education Minister Anna Berg spoke.", "current"),
    ],
)
def test_two_offices_sharing_a_head_noun(ruritania: Offices, sentence: str, status: str) -> None:
    assert ruritania(sentence, published="2016-05-01") == [
        ("ruritania-education-minister", "anna-berg", status),
        ("ruritania-justice-minister", "anna-berg", status),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Weiss is a former governor of the National Bank of Ruritania and Royal Mint of Ruritania.",
        "Karl Weiss, a 61-year-old former governor of the National Bank of Ruritania and the Royal Mint of "
        "Ruritania, took the oath.",
    ],
)
def test_two_offices_sharing_an_of(ruritania: Offices, sentence: str) -> None:
    assert ruritania(sentence) == [
        ("ruritania-central-bank-governor", "karl-weiss", "former"),
        ("ruritania-mint-governor", "karl-weiss", "former"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Weiss and Prime Minister Lena Roth met.",  # a person before "and": no shared head noun
        "Berg, a justice and a former education minister, spoke.",
        "Karl Weiss, a former governor of the National Bank of Ruritania and Ruritania's mint, spoke.",
    ],
)
def test_a_conjunct_naming_no_office_adds_none(ruritania: Offices, sentence: str) -> None:
    found = ruritania(sentence)
    assert all(role not in ("ruritania-justice-minister", "ruritania-mint-governor") for role, _, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Roth named two former prime ministers — Karl Weiss as justice minister and Anna Berg as education minister.",
        "The cabinet holds two former prime ministers: Karl Weiss as justice minister, and Anna Berg as education "
        "minister.",
        "Roth kept two former prime ministers – Karl Weiss and Anna Berg – in her cabinet.",
    ],
)
def test_a_plural_title_before_a_list_after_a_dash(ruritania: Offices, sentence: str) -> None:
    found = ruritania(sentence)
    # described by their past, which the sentence may renew: held before, not judged
    assert ("ruritania-prime-minister", "karl-weiss", "historical") in found
    assert ("ruritania-prime-minister", "anna-berg", "historical") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "So says the Prime Minister, Ms Roth who spoke on Monday.",
        "So says the Prime Minister, Lena Roth, on Monday.",
    ],
)
def test_a_name_after_a_title_and_comma_closed_by_who(ruritania: Offices, sentence: str) -> None:
    assert ruritania(sentence) == [("ruritania-prime-minister", "lena-roth", "current")]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Roth retained her closest ally, Anna Berg, as justice minister.", "current"),  # an office kept
        ("Roth kept Anna Berg as Ruritanian Justice Minister.", "current"),
        ("The premier retains Anna Berg as justice minister.", "current"),
        ("Roth named her closest ally, Anna Berg, as justice minister.", "future"),  # a choice: designated
    ],
)
def test_an_object_kept_in_office_or_named_between_commas(ruritania: Offices, sentence: str, status: str) -> None:
    assert ("ruritania-justice-minister", "anna-berg", status) in ruritania(sentence)


@pytest.mark.parametrize(
    ("sentence", "incoming"),
    [
        ("Roth will succeed Karl Weiss as prime minister.", "future"),
        ("Lena Roth is set to replace Weiss as Ruritania's prime minister.", "future"),
        ("Roth, who is expected to succeed Weiss as prime minister, spoke.", "future"),
        ("Roth replaced Karl Weiss as prime minister in June.", "current"),
        ("Roth succeeded Weiss as the country's prime minister.", "current"),
        # a second verb of the subject, after "and": the one person named before it
        ("Lena Roth won the party vote on Sunday and will succeed Karl Weiss as prime minister.", "future"),
    ],
)
def test_a_hand_over_as_a_title(ruritania: Offices, sentence: str, incoming: str) -> None:
    # the outgoing holder is historical, as after "will succeed Prime Minister X"
    assert ruritania(sentence, published="2024-06-15") == [
        ("ruritania-prime-minister", "karl-weiss", "historical"),
        ("ruritania-prime-minister", "lena-roth", incoming),
    ]


def test_a_hand_over_after_and_needs_one_person_before(ruritania: Offices) -> None:
    found = ruritania("Anna Berg met Lena Roth, and will succeed Karl Weiss as prime minister.")
    assert ("ruritania-prime-minister", "lena-roth", "future") not in found
    assert ("ruritania-prime-minister", "anna-berg", "future") not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a word after an ordinal is a kind of holder, not another office
        ("Lena Roth is set to become Ruritania's first Green prime minister.", ("lena-roth", "future")),
        ("Roth became the country's 12th Liberal prime minister.", ("lena-roth", "current")),
        # a sentence run into the one before it
        ("Rates fell in May.The former Prime Minister Karl Weiss said so.", ("karl-weiss", "former")),
    ],
)
def test_a_capitalised_word_before_a_title_that_is_no_other_office(
    ruritania: Offices, sentence: str, expected: tuple[str, str]
) -> None:
    assert ruritania(sentence) == [("ruritania-prime-minister", *expected)]


def test_a_capitalised_word_before_a_title_mid_sentence_is_another_office(ruritania: Offices) -> None:
    assert ruritania("He met Northland Prime Minister Karl Weiss.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg: justice minister to become prime minister",
        "Anna Berg: the justice minister set to become Ruritania's prime minister",
    ],
)
def test_a_headlines_subject_before_a_colon(ruritania: Offices, sentence: str) -> None:
    assert ruritania(sentence, published="2016-05-01") == [
        ("ruritania-justice-minister", "anna-berg", "current"),
        ("ruritania-prime-minister", "anna-berg", "future"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysis: justice minister to become prime minister",  # no known person before the colon
        "Ruritania: Berg to become prime minister, say reports",
    ],
)
def test_a_colon_after_no_known_person_names_no_holder(ruritania: Offices, sentence: str) -> None:
    assert all(person != "analysis" and person != "ruritania" for _, person, _ in ruritania(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Roth is likely to appoint Anna Berg as justice minister.",
        "Roth will nominate Berg as the country's justice minister.",
        "Parliament meets to elect Anna Berg as justice minister.",
    ],
)
def test_a_choice_in_the_base_form_designates(ruritania: Offices, sentence: str) -> None:
    assert ("ruritania-justice-minister", "anna-berg", "future") in ruritania(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "under" a title speaks of that holder's time: current only while the record has them in office
        ("Spending rose under Prime Minister Karl Weiss.", [("ruritania-prime-minister", "karl-weiss", "historical")]),
        ("Spending rose under Prime Minister Lena Roth.", [("ruritania-prime-minister", "lena-roth", "current")]),
        ("Spending rose under former Prime Minister Weiss.", [("ruritania-prime-minister", "karl-weiss", "former")]),
    ],
)
def test_under_a_title_is_that_holders_time(
    ruritania: Offices, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert ruritania(sentence) == expected


def test_what_stands_before_under_is_not_the_titles(world: RuleSet) -> None:
    found = extract_claims(make_article("Trade with China grew under President Donald Trump.", "2025-10-01"), world)
    assert [(c.key["role"], c.value["person"]) for c in found if c.kind == "office_holder"] == [
        ("us-president", "donald-trump")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "He met Under Secretary of State Jane Doe.",
        "The under secretary of state Jane Doe spoke.",
    ],
)
def test_under_as_part_of_a_title_still_blocks(ruritania: Offices, sentence: str) -> None:
    assert ruritania(sentence) == []


@pytest.fixture
def shipped() -> Offices:
    return _holders(load_ruleset([RULES]), "2025-10-27")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Secretary Yellen said the talks went well.", [("us-treasury-secretary", "janet-yellen", "current")]),
        ("Secretary Janet Yellen spoke on Monday.", [("us-treasury-secretary", "janet-yellen", "current")]),
        (
            "Secretary Lutnick and Secretary Rubio attended.",
            [
                ("us-commerce-secretary", "howard-lutnick", "current"),
                ("us-secretary-of-state", "marco-rubio", "current"),
            ],
        ),
    ],
)
def test_the_bare_title_secretary_names_a_person_s_one_secretary_office(
    shipped: Offices, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Secretary Yellen" in October 2025 is the stale Treasury title in its shortest form."""
    assert shipped(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Press Secretary Karoline Leavitt spoke on Monday.",  # no secretary's office recorded for her
        "Deputy Secretary Yellen spoke on Monday.",  # another office
        "Secretary-General Antonio Guterres spoke on Monday.",
    ],
)
def test_no_secretary_office_for_other_secretaries(shipped: Offices, sentence: str) -> None:
    assert shipped(sentence) == []
