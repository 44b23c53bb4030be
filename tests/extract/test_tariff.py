"""tariff_rate extraction: rate, sides, goods and status, in wire, rewrite and release styles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.extract import extract_claims, tariff
from factcheck.extract.context import ArticleView
from factcheck.models import Claim, Status
from factcheck.ruleset import load_ruleset
from factcheck.ruleset.ruleset import RuleSet
from tests.conftest import RULES, make_article

DATA = Path(__file__).resolve().parent.parent / "data"
Side = tuple[str, str, str, float]  # imposer, target, goods, rate


@pytest.fixture(scope="module")
def trade_rules() -> RuleSet:
    return load_ruleset([RULES, DATA / "world_rules", DATA / "trade_rules"])


def tariffs(rs: RuleSet, text: str, published: str = "2025-04-10") -> list[Claim]:
    return [c for c in extract_claims(make_article(text, published), rs) if c.kind == "tariff_rate"]


def sides(claims: list[Claim]) -> list[Side]:
    out = []
    for c in claims:
        rate = c.value["rate"]
        assert isinstance(rate, float)
        out.append((str(c.key["imposer"]), str(c.key["target"]), str(c.key["goods"]), rate))
    return sorted(out)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the rate before its noun
        ("Trump imposed a 25% tariff on Canadian goods.", [("us", "canada", "", 25.0)]),
        ("The US slapped 25 per cent tariffs on imports from Mexico.", [("us", "mexico", "", 25.0)]),
        ("Canada's 25% counter-tariffs on U.S. goods took effect.", [("canada", "us", "", 25.0)]),
        ("A 10 percent baseline tariff applies to British goods, Washington said.", [("", "uk", "", 10.0)]),
        ("U.S. tariffs on Japanese goods, which stand at about 15%, remain.", [("us", "japan", "", 15.0)]),
        # the rate after its noun
        ("U.S. tariffs of 25% on German cars took effect.", [("us", "germany", "autos", 25.0)]),
        ("Washington raised tariffs on steel to 50%.", [("us", "", "steel", 50.0)]),
        ("Trump said tariffs on Japanese goods would be 15%.", [("us", "japan", "", 15.0)]),
        # lists of sides, goods and rates
        (
            "The US put 25% tariffs on Canada and Mexico.",
            [("us", "canada", "", 25.0), ("us", "mexico", "", 25.0)],
        ),
        (
            "Washington doubled duties on steel and aluminum to 50%.",
            [("us", "", "aluminium", 50.0), ("us", "", "steel", 50.0)],
        ),
        (
            "The US imposed 25% tariffs on Canadian goods, with a lower 10% rate on Canadian energy.",
            [("us", "canada", "", 25.0), ("us", "canada", "energy", 10.0)],
        ),
        (
            "The deal sets tariffs at 30% on Indian goods and 10% on Japanese goods.",
            [("", "india", "", 30.0), ("", "japan", "", 10.0)],
        ),
        (
            "The US will cut tariffs to 15% on Japanese cars and Japan to zero on US cars, or 0%.",
            [("us", "japan", "autos", 15.0)],
        ),
        # the subject bears the tariff
        ("Japan will face a 15% tariff under the deal.", [("", "japan", "", 15.0)]),
        ("India now pays tariffs of 50 percent.", [("", "india", "", 50.0)]),
    ],
)
def test_rates(trade_rules: RuleSet, sentence: str, expected: list[Side]) -> None:
    assert sides(tariffs(trade_rules, sentence)) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "The S&P 500 fell 2% amid tariff fears.",  # a market move near the word
        "The average effective tariff rate is now 17%.",  # an average, no side's rate
        "Tariffs hit 25% of Canadian exports.",  # a share of trade
        "Tariff revenue rose 40% in May.",  # another quantity
        "Canada's economy shrank 1% as tariffs bit; stocks fell 3%.",  # other numbers in other clauses
        "Trump Slaps 25% Tariffs On German Cars\n\nBody text.",  # a heading
    ],
)
def test_no_rate(trade_rules: RuleSet, sentence: str) -> None:
    assert tariffs(trade_rules, sentence) == []


def test_change_keeps_the_rate_before(trade_rules: RuleSet) -> None:
    for sentence in (
        "Tariffs on Japanese cars fell from 27.5% to 15%.",
        "The US cut its tariff on Japanese cars to 15% from 27.5%.",
    ):
        [claim] = tariffs(trade_rules, sentence)
        assert (claim.value["rate"], claim.value["before"]) == (15.0, 27.5), sentence
        assert claim.labels["rate"] == "15% (from 27.5%)"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Trump threatened a 50% tariff on EU goods.", Status.PLANNED),
        ("The US will impose a 25% tariff on Mexican goods.", Status.PLANNED),
        ("A 25% tariff on Mexican goods takes effect on May 2.", Status.PLANNED),  # after publication
        ("A 25% tariff on Mexican goods took effect on March 4.", Status.CURRENT),
        ("Mexican goods had previously faced a 25% tariff.", Status.FORMER),
        # a rate that held until a past day, a sentence opening on an earlier time: not in force now
        ("U.S. tariffs on Mexican goods were 25% until March 4.", Status.FORMER),
        ("Before the deal, U.S. tariffs on Mexican goods stood at 25%.", Status.FORMER),
        # an announced or unveiled rate is not yet charged
        ("Trump unveiled a 34% tariff on Mexican goods on April 2.", Status.PLANNED),
        ("The White House announced a 25% duty on Mexican goods.", Status.PLANNED),
        # a past perfect tells of a time before the article's; a floated rate is only proposed
        ("By April, U.S. tariffs on Mexican goods had reached 45%.", Status.FORMER),
        ("The duty on Japanese cars had climbed to 27.5% before the deal.", Status.FORMER),
        ("Trump has floated tariffs of 60% on Chinese goods.", Status.PLANNED),
        ("The White House is mulling a 25% duty on Mexican goods.", Status.PLANNED),
        # a planned effect after the rate
        ("The order lifts the tariff on Canada to 35%, with the new rate set to take effect soon.", Status.PLANNED),
        ("A 15% duty on Japanese cars, which will come into force next month, was agreed.", Status.PLANNED),
        ("A 25% tariff on Canadian goods, which took effect in March, remains.", Status.CURRENT),
    ],
)
def test_status(trade_rules: RuleSet, sentence: str, status: Status) -> None:
    [claim] = tariffs(trade_rules, sentence)
    assert claim.qualifiers.status is status


def test_time_and_uncertainty(trade_rules: RuleSet) -> None:
    [dated] = tariffs(trade_rules, "A 25% tariff on Mexican goods took effect on March 4.")
    assert dated.time.label() == "2025-03-04"
    assert dated.qualifiers.uncertain  # no imposer named: a conflict on it is one severity lower
    [named] = tariffs(trade_rules, "The US put a 25% tariff on Mexican goods.")
    assert not named.qualifiers.uncertain
    assert named.labels["imposer"] == "United States" and named.labels["target"] == "Mexico"


def test_hedged_rate_is_an_interval(trade_rules: RuleSet) -> None:
    [claim] = tariffs(trade_rules, "The US charges tariffs of about 20% on Japanese goods.")
    assert (claim.value["lo"], claim.value["hi"]) == pytest.approx((18.0, 22.0))
    assert claim.qualifiers.hedge == "about"


def test_statistics_leave_tariffs_to_tariff_rate(trade_rules: RuleSet) -> None:
    found = extract_claims(make_article("Washington imposed 25% tariffs on Japanese goods.", "2025-04-10"), trade_rules)
    assert [c.kind for c in found] == ["tariff_rate"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a deal's other party bears its rate
        ("Trump announced a trade deal with Japan featuring a 15% tariff.", [("us", "japan", "", 15.0)]),
        ("The agreement with India sets a 25% tariff.", [("", "india", "", 25.0)]),
        # a later rate of the sentence with no side of its own takes the one named before
        (
            "Trump announced an extra 25 per cent tariff on India, taking the total levy to 50 per cent.",
            [("us", "india", "", 25.0), ("us", "india", "", 50.0)],
        ),
        # another clause is about another tariff: its rate takes no side from the first
        (
            "Tariffs on Japanese goods will fall to 15%, as the steel tariff is halved to 25%.",
            [("", "japan", "", 15.0), ("", "", "steel", 25.0)],
        ),
        # a range of rates over many countries is no one side's rate
        ("Letters notified partners of tariffs ranging from 25% to 40%.", []),
        # a country's goods bear the rate; the country they enter imposes it
        ("Japanese imports into the U.S. are subject to a 10% tariff.", [("us", "japan", "", 10.0)]),
        ("Mexico's exports were slapped with a 25% tariff.", [("", "mexico", "", 25.0)]),
        ("Canadian shipments to the US now face a 35% duty.", [("us", "canada", "", 35.0)]),
        # where goods go charges the rate, whichever side of it the country stands
        ("The pact puts a 15 per cent duty on EU exports to the United States.", [("us", "eu", "", 15.0)]),
        ("Notices threatened 25% levies on Japanese exports to the U.S.", [("us", "japan", "", 25.0)]),
        ("Japanese autos sold to the United States are to face a 15% levy.", [("us", "japan", "autos", 15.0)]),
        # energy and farm goods are classes of their own; oil bought elsewhere is no good taxed
        ("The US added a 10% tariff on Canadian natural gas and electricity.", [("us", "canada", "energy", 10.0)]),
        ("China's 15% tariff on U.S. agricultural products took effect.", [("china", "us", "farm-goods", 15.0)]),
        ("The US charges a 25% tariff on Indian goods over its purchases of Russian oil.", [("us", "india", "", 25.0)]),
        # the goods of one item of a list stay with it
        (
            "Washington set a 25 percent duty on auto imports, along with a 24 percent levy on Japanese goods.",
            [("us", "", "autos", 25.0), ("us", "japan", "", 24.0)],
        ),
        # a country between the rate and its noun owns the noun
        ("A 35% U.S. tariff on Canadian goods took effect.", [("us", "canada", "", 35.0)]),
        ("The 25% Canadian tariff on U.S. steel stays.", [("canada", "us", "steel", 25.0)]),
        # the partner of a deal another party made charges the rate, it does not bear it
        ("Japan reached a trade deal with the United States that sets a 15% tariff.", [("", "", "", 15.0)]),
        ("The agreement Tokyo struck with the US sets a 15% tariff.", [("", "", "", 15.0)]),
        # a country naming no goods still imposes
        ("Canada's 25% counter-tariffs on U.S. goods took effect.", [("canada", "us", "", 25.0)]),
    ],
)
def test_sides_from_the_sentence(trade_rules: RuleSet, sentence: str, expected: list[Side]) -> None:
    assert sides(tariffs(trade_rules, sentence)) == sorted(expected)


def test_an_order_to_impose_is_planned(trade_rules: RuleSet) -> None:
    [claim] = tariffs(trade_rules, "In February, Trump signed an order to impose a 25% duty on Mexican goods.")
    assert claim.qualifiers.status is Status.PLANNED


@pytest.mark.parametrize(
    "sentence",
    [
        "Trump signed an order raising the tariff on Canadian goods from 25% to 35%, with the new rate "
        "set to take effect on May 1.",
        "The US lifted its levy on Mexican goods to 30%, and the higher duty kicks in on April 20.",
        "The White House put a 25% tariff on Canadian goods; it goes into effect on May 1.",
    ],
)
def test_a_clause_of_its_own_can_say_when_the_rate_takes_effect(trade_rules: RuleSet, sentence: str) -> None:
    [claim] = [c for c in tariffs(trade_rules, sentence) if c.qualifiers.status is not Status.FORMER]
    assert claim.qualifiers.status is Status.PLANNED
    assert claim.time.start is not None and claim.time.start > dt.date(2025, 4, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "The tariff on Chinese goods rose to 145% in April.",
        "The tariff on Chinese goods rose to 145% in April before being cut to 30% in May.",
        "Duties on Chinese goods increased to 145% in April.",
        "In April, the tariff on Chinese goods rose to 145%.",
    ],
)
def test_a_rise_told_in_the_past_is_dated_behind_publication(trade_rules: RuleSet, sentence: str) -> None:
    """ "rose to" is a change already made: April in an October article is the April before, not a
    planned rate of the next April."""
    [claim, *_] = tariffs(trade_rules, sentence, published="2025-10-24")
    assert (claim.value["rate"], claim.time.label(), claim.qualifiers.status) == (145.0, "2025-04", Status.CURRENT)


@pytest.mark.parametrize(
    "sentence",
    [
        "The tariff on Chinese goods will rise to 50% in April.",
        "The tariff on Chinese goods rises to 50% in April.",
    ],
)
def test_a_rise_still_to_come_is_dated_ahead(trade_rules: RuleSet, sentence: str) -> None:
    [claim] = tariffs(trade_rules, sentence, published="2025-10-24")
    assert claim.time.label() == "2026-04"


@pytest.mark.parametrize(
    "sentence",
    [
        # the effect clause has its own rate: it dates only that one
        "The US keeps a 25% tariff on Canadian goods, while a 10% levy on Mexican goods takes effect May 1.",
        # a past effect changes nothing
        "The US raised its tariff on Canadian goods to 35%, which took effect on March 1.",
    ],
)
def test_an_effect_clause_does_not_date_another_rate(trade_rules: RuleSet, sentence: str) -> None:
    canada = [c for c in tariffs(trade_rules, sentence) if c.key["target"] == "canada"]
    assert [c.qualifiers.status for c in canada] == [Status.CURRENT]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the verb left out: "and Beijing [keeps] a 10 percent duty"
        (
            "Washington keeps a 30 percent tariff on Chinese imports and Beijing a 10 percent duty on U.S. goods.",
            [("china", "us", "", 10.0), ("us", "china", "", 30.0)],
        ),
        (
            "Ottawa charges a 25% tariff on American steel, while Washington a 50% levy on Canadian steel.",
            [("canada", "us", "steel", 25.0), ("us", "canada", "steel", 50.0)],
        ),
        # the country goods enter imposes
        (
            "China's tariffs on American goods stand at 10%, against 30% on Chinese goods entering the U.S.",
            [("china", "us", "", 10.0), ("us", "china", "", 30.0)],
        ),
        (
            "Levies of 25% apply to Mexican cars coming into the United States.",
            [("us", "mexico", "autos", 25.0)],
        ),
        # a change in points before the level
        ("The US cut its levies on Chinese imports by 115 percentage points to 30%.", [("us", "china", "", 30.0)]),
        ("Beijing lowered its duties on U.S. goods by 115 points to 10%.", [("china", "us", "", 10.0)]),
    ],
)
def test_gapped_verbs_entered_countries_and_point_changes(
    trade_rules: RuleSet, sentence: str, expected: list[Side]
) -> None:
    assert sides(tariffs(trade_rules, sentence, "2025-09-15")) == sorted(expected)


def test_an_imposer_read_from_afar_that_is_the_target_stays_unknown(trade_rules: RuleSet) -> None:
    """ "China's tariffs on U.S. goods are 10%, against 30% on Chinese goods": the second rate is not
    China's on itself nor China's on nobody; its imposer is unknown and the claim uncertain."""
    text = "China's tariffs on U.S. goods are 10%, against 30% on Chinese goods."
    claims = tariffs(trade_rules, text, "2025-09-15")
    assert sides(claims) == [("", "china", "", 30.0), ("china", "us", "", 10.0)]
    assert [c.qualifiers.uncertain for c in claims if c.value["rate"] == 30.0] == [True]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trump announces Japan trade deal, cutting a threatened 25% tariff to 15%.", [("us", "japan", "", 15.0)]),
        ("The White House hailed the Japan agreement, which sets a 15% tariff.", [("us", "japan", "", 15.0)]),
        ("Under the U.S.-Japan deal, a 15% tariff applies to most goods.", [("us", "japan", "", 15.0)]),
    ],
)
def test_a_country_naming_a_deal_is_its_partner(trade_rules: RuleSet, sentence: str, expected: list[Side]) -> None:
    found = [s for s in sides(tariffs(trade_rules, sentence, "2025-07-23")) if s[3] == 15.0]
    assert found == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Japanese Prime Minister Shigeru Ishiba confirmed in Tokyo that the auto tariff would be cut to 15%.",
        "Canadian Prime Minister Mark Carney said the 25% tariff would hurt workers.",
    ],
)
def test_a_country_before_an_office_title_is_not_the_imposer(trade_rules: RuleSet, sentence: str) -> None:
    """The nationality of the official speaking says nothing about who charges the rate."""
    assert [s[0] for s in sides(tariffs(trade_rules, sentence, "2025-07-23"))] == [""]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a tariff verb stands for the noun, when a side follows the rate
        (
            "The US currently levies an additional 30% on Chinese goods; China charges an extra 10% on US products.",
            [("china", "us", "", 10.0), ("us", "china", "", 30.0)],
        ),
        ("Ottawa imposed 25% on American steel.", [("canada", "us", "steel", 25.0)]),
        # the country naming the tariff noun owns it, whatever preposition stands before it
        (
            "They agreed to cut tariffs, with US duties on Chinese goods falling to 30% and Chinese duties on US goods"
            " to 10%.",
            [("china", "us", "", 10.0), ("us", "china", "", 30.0)],
        ),
        # a possessive owns the rate after "than"
        (
            "American tariffs on Chinese goods, at 30%, remain far higher than China's 10% duties on US goods.",
            [("china", "us", "", 10.0), ("us", "china", "", 30.0)],
        ),
    ],
)
def test_verbs_possessives_and_noun_owners(trade_rules: RuleSet, sentence: str, expected: list[Side]) -> None:
    assert sides(tariffs(trade_rules, sentence, "2025-09-15")) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank charges 5% on loans to small firms.",  # a verb with no country or goods after the rate
        "The US levies taxes on many things, and 30% of voters object.",
    ],
)
def test_a_tariff_verb_without_a_side_reads_no_rate(trade_rules: RuleSet, sentence: str) -> None:
    assert tariffs(trade_rules, sentence, "2025-09-15") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the subject that bears a rate names its goods as well as its country
        (
            "Japanese cars shipped across the Pacific have long been facing a 25% tariff.",
            [("", "japan", "autos", 25.0)],
        ),
        (
            "German cars shipped to America face a 15 percent duty.",
            [("us", "germany", "autos", 15.0)],
        ),
        (
            "Steel and aluminum imports were subject to duties of 50%.",
            [("", "", "aluminium", 50.0), ("", "", "steel", 50.0)],
        ),
        # "as well as" lists one more rate on the same side; it opens no clause of its own
        (
            "The US had imposed 25 percent tariffs on Japanese cars, as well as 50 percent duties on steel.",
            [("us", "japan", "autos", 25.0), ("us", "japan", "steel", 50.0)],
        ),
        # a tariff noun with no rate of its own still names the side a later rate continues
        (
            "Trump lifted duties on India by a further 25 percent, in addition to the 25 percent levy already charged.",
            [("us", "india", "", 25.0)],
        ),
        (
            "The order lifts duties against Canada, adding to the 10% tariff already charged.",
            [("", "canada", "", 10.0)],
        ),
    ],
)
def test_sides_from_the_subject_and_the_sentence(trade_rules: RuleSet, sentence: str, expected: list[Side]) -> None:
    assert sides(tariffs(trade_rules, sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a subordinate clause's rate is about another tariff: the side is not carried into it
        "Tariffs on India rose sharply, while the 10% duty on coffee stayed.",
        "Duties on China climbed, because a 20% levy on fentanyl trade took effect.",
    ],
)
def test_no_side_is_carried_into_a_subordinate_clause(trade_rules: RuleSet, sentence: str) -> None:
    assert all(target == "" for _, target, _, _ in sides(tariffs(trade_rules, sentence)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a country before "trading partners" charges them; it is not the target
        ("Trump placed a 10 percent floor tariff on most U.S. trading partners.", [("us", "", "", 10.0)]),
        ("The White House set a 10 percent duty on America's allies.", [("us", "", "", 10.0)]),
        # a direction word after a determiner is the rate's adjective, not a move
        (
            "Ottawa was hit with 25% tariffs, with a lower 10% levy on Canadian energy.",
            [("", "canada", "", 25.0), ("", "canada", "energy", 10.0)],
        ),
        ("The higher 25% duty on Mexican steel stays.", [("", "mexico", "steel", 25.0)]),
        # one adjective between "to a" and the level
        ("Washington lifted levies on Chinese products to a whopping 145%.", [("us", "china", "", 145.0)]),
        ("Trump lifted tariffs on Indian goods to a punishing 50 percent.", [("us", "india", "", 50.0)]),
        # the goods "of" a country in the subject that bears the rate
        ("Imports of U.S. soybeans will face an extra 15% tariff.", [("", "us", "soybeans", 15.0)]),
        ("Shipments from Japan were subject to a 24 percent duty.", [("", "japan", "", 24.0)]),
        # after a subordinate clause closed by a comma, the main clause's side carries on
        (
            "Trump put a 25% tariff on India after it bought Russian oil, taking the total levy to 50%.",
            [("us", "india", "", 25.0), ("us", "india", "", 50.0)],
        ),
    ],
)
def test_partners_adjectives_and_subjects(trade_rules: RuleSet, sentence: str, expected: list[Side]) -> None:
    assert sides(tariffs(trade_rules, sentence)) == expected


def test_a_direction_word_alone_before_a_rate_is_still_a_move(trade_rules: RuleSet) -> None:
    """ "tariff fears sent stocks lower 2%" is a market move, never a tariff of 2%."""
    assert tariffs(trade_rules, "Tariff worries pushed the index lower 2% on Monday.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Current 25% levies on Japanese cars, steel, and aluminum stay.",
            [("", "japan", "aluminium", 25.0), ("", "japan", "autos", 25.0), ("", "japan", "steel", 25.0)],
        ),
        ("Tariffs on Canadian goods—including maple syrup—rose to 35%.", [("", "canada", "", 35.0)]),
        ("Duties on German cars — and on parts — went up to 25% in April.", [("", "germany", "autos", 25.0)]),
    ],
)
def test_serial_lists_and_asides_keep_the_rate_in_reach(
    trade_rules: RuleSet, sentence: str, expected: list[Side]
) -> None:
    assert sides(tariffs(trade_rules, sentence)) == expected


def test_a_rate_in_a_relative_clause_takes_no_time_from_the_main_one(trade_rules: RuleSet) -> None:
    """ "The truce, which lowered U.S. tariffs on Chinese goods to 30%, expires on Nov. 10": Nov. 10 is
    the truce's end, not when the rate applied (read back as last year's Nov. 10, it was a wrong date)."""
    [claim] = tariffs(trade_rules, "The truce, which lowered U.S. tariffs on Chinese goods to 30%, expires on Nov. 10.")
    assert claim.time.label() == "2025-04-10" and claim.time_source == "published"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the month May is no modal "may": the rate is in force
        ("Since May 14, the US has charged 30% on Chinese goods.", Status.CURRENT),
        ("In May, Washington cut its tariff on Chinese goods to 30%.", Status.CURRENT),
        ("The US may raise its tariff on Chinese goods to 50%.", Status.PLANNED),
    ],
)
def test_the_month_may_is_no_plan(trade_rules: RuleSet, sentence: str, expected: Status) -> None:
    [claim] = tariffs(trade_rules, sentence, published="2025-05-20")
    assert claim.qualifiers.status is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ", and China will lower ..." opens a clause whose subject imposes
        (
            "The US will cut its tariffs on Chinese goods to 30%, and China will lower its levies on US goods to 10%.",
            [("china", "us", "", 10.0), ("us", "china", "", 30.0)],
        ),
        # an adverb between the verb and the level
        ("The U.S. tariff on Chinese goods is now 30 percent.", [("us", "china", "", 30.0)]),
        ("Duties on Canadian steel are currently 50%.", [("", "canada", "steel", 50.0)]),
    ],
)
def test_a_clause_s_own_imposer_and_a_level_after_an_adverb(
    trade_rules: RuleSet, sentence: str, expected: list[Side]
) -> None:
    assert sides(tariffs(trade_rules, sentence, published="2025-05-20")) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Tariffs on German cars to be capped at 15% under the deal.",
        "Duties on Canadian steel are to be lowered to 25%.",
    ],
)
def test_a_rate_still_to_be_set_is_planned(trade_rules: RuleSet, sentence: str) -> None:
    """A headline-style infinitive ("to be capped at 15%") is a plan, never the rate in force."""
    assert [c.qualifiers.status for c in tariffs(trade_rules, sentence)] == [Status.PLANNED]


def test_a_rate_down_from_another_keeps_it_as_the_rate_before(trade_rules: RuleSet) -> None:
    for sentence in (
        "The U.S. now charges a 20% tariff on Mexican goods, down from 30%.",
        "Japan's duty on U.S. beef is 25%, up from 15%.",
    ):
        [claim] = tariffs(trade_rules, sentence)
        assert claim.value["before"] is not None, sentence
        assert claim.qualifiers.status is Status.CURRENT, sentence


def test_the_last_rate_of_a_sequence_is_the_one_in_force(trade_rules: RuleSet) -> None:
    found = tariffs(trade_rules, "Canada first answered with a 20% tariff on U.S. goods, then raised it to 25%.")
    assert [(c.value["rate"], c.qualifiers.status) for c in found] == [(20.0, Status.FORMER), (25.0, Status.CURRENT)]


@pytest.mark.parametrize(
    ("sentence", "goods", "label"),
    [
        ("The U.S. now charges a 100% tariff on Chinese EVs.", "evs", "EVs"),
        ("Washington charges 50% on Chinese solar cells.", "solar-cells", "solar cells"),
        ("Mexico charges a 20% duty on U.S. tomatoes.", "tomatoes", "tomatoes"),
    ],
)
def test_goods_the_vocabulary_does_not_know_are_a_class_of_their_own(
    trade_rules: RuleSet, sentence: str, goods: str, label: str
) -> None:
    [claim] = tariffs(trade_rules, sentence)
    assert (claim.key["goods"], claim.labels["goods"], claim.unresolved) == (goods, label, ("goods",))


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. charges a 30% tariff on Chinese goods.",
        "The U.S. charges a 30% tariff on Chinese imports this year.",
        "The U.S. charges a 30% tariff on China starting Tuesday.",
        "The U.S. charges a 30% tariff on China and Mexico.",
        "The combined levy on India comes to 50%.",  # a country's name, then a verb
        "Washington charges 10% on Chinese goods and Beijing 30% on American ones.",
    ],
)
def test_generic_goods_and_other_words_are_all_goods(trade_rules: RuleSet, sentence: str) -> None:
    assert {(c.key["goods"], c.unresolved) for c in tariffs(trade_rules, sentence)} == {("", ())}


@pytest.mark.parametrize(
    "text",
    [
        "Trump doubled U.S. tariffs on steel and aluminum to 50%. The tariffs were previously set at 25%.",
        "Trump doubled U.S. tariffs on steel and aluminum to 50%. Markets fell. These duties had been 25%.",
        "Trump doubled U.S. tariffs on steel and aluminum to 50%.\n\nThe existing tariffs were 25% before.",
    ],
)
def test_a_definite_noun_points_back_to_the_last_sides_named(trade_rules: RuleSet, text: str) -> None:
    found = [c for c in tariffs(trade_rules, text, "2025-06-04") if c.value["rate"] == 25.0]
    assert sorted(str(c.key["goods"]) for c in found) == ["aluminium", "steel"]
    assert all(c.qualifiers.uncertain and c.labels["sides_from"] for c in found)


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite noun is another tariff
        "Trump doubled U.S. tariffs on steel and aluminum to 50%. A 25% tariff is common elsewhere.",
        # too far back: four sentences between
        "Trump doubled U.S. tariffs on steel and aluminum to 50%. One. Two. Three. The tariffs were 25%.",
        # a heading starts over
        "Trump doubled U.S. tariffs on steel and aluminum to 50%.\n\nWhat Comes Next\n\nThe tariffs were 25%.",
    ],
)
def test_no_antecedent_for_other_nouns(trade_rules: RuleSet, text: str) -> None:
    found = [c for c in tariffs(trade_rules, text, "2025-06-04") if c.value["rate"] == 25.0]
    assert all(not c.key["goods"] for c in found)


def test_a_rate_with_no_side_takes_the_one_country_the_article_names(trade_rules: RuleSet) -> None:
    text = (
        "The US doubled its tariff on Canadian goods to 40% on Monday.\n\n"
        "Analysts said a 20 percent tariff had already hurt exporters."
    )
    [later] = [c for c in tariffs(trade_rules, text, "2025-08-06") if c.evidence.line == 3]
    assert later.key["target"] == "canada" and later.qualifiers.uncertain
    assert later.labels["target_from"] == "article"


@pytest.mark.parametrize(
    "text",
    [
        # two countries named: whose 20 percent?
        "The US raised tariffs on Chinese goods to 40% and on Canadian goods to 35%.\n\n"
        "Analysts said a 20 percent tariff had already hurt exporters.",
        # the one country named is the one imposing it
        "The US raised tariffs on Canadian goods to 40%.\n\nOttawa answered with a 20 percent tariff of its own.",
        # the rate's phrase names a side the vocabulary does not know: that side's, not the article's country
        "The US raised tariffs on Canadian goods to 40%.\n\nIn May it put a 20 percent tariff on Ruritanian goods.",
        "The US raised tariffs on Canadian goods to 40%.\n\nIt also set a 20% duty on imports from Ruritania.",
        "The US raised tariffs on Canadian goods to 40%.\n\nRuritania set 20% tariffs against Freedonian exports.",
    ],
)
def test_no_side_read_from_the_article(trade_rules: RuleSet, text: str) -> None:
    later = [c for c in tariffs(trade_rules, text, "2025-08-06") if c.evidence.line == 3]
    assert all(c.labels.get("target_from") is None for c in later)


@pytest.mark.parametrize(
    "text",
    [
        # the sentence leaves the country out
        "The US raised tariffs on Canadian goods to 40%.\n\nCountries other than Canada will pay a 10% tariff.",
        "The US raised tariffs on Canadian goods to 40%.\n\nA 10% tariff applies to all partners, excluding Canada.",
    ],
)
def test_a_rate_set_apart_from_the_country_keeps_no_side(trade_rules: RuleSet, text: str) -> None:
    later = [c for c in tariffs(trade_rules, text, "2025-08-06") if c.evidence.line == 3 and c.value["rate"] == 10.0]
    assert later and all(c.key["target"] == "" for c in later)


@pytest.mark.parametrize(
    ("sentence", "before", "status"),
    [
        # a rate and its noun changed to another: the first is the level before, no claim of its own
        ("The deal will cut a threatened 30% tariff on Mexican goods to 12%.", 30.0, Status.PLANNED),
        ("Ottawa lowered its 25 percent duty on U.S. steel to 10 percent on Monday.", 25.0, Status.CURRENT),
        ("The White House raised the 10% levy to 20% last week.", 10.0, Status.CURRENT),
        # the old rate's own words do not date the new one
        ("Mexico agreed to a deal reducing a previously imposed 40% tariff to 18%.", 40.0, Status.CURRENT),
    ],
)
def test_a_rate_and_its_noun_changed_to_another_keep_it_as_the_rate_before(
    trade_rules: RuleSet, sentence: str, before: float, status: Status
) -> None:
    [claim] = tariffs(trade_rules, sentence)
    assert claim.value["before"] == before
    assert claim.qualifiers.status is status


@pytest.mark.parametrize(
    "sentence",
    [
        "Trump imposed a 25% tariff to punish Mexico, and a 10% duty on Canadian energy.",
        "A 25% tariff applies to 15% of Mexican imports.",
    ],
)
def test_a_rate_before_to_and_no_new_level_is_no_change(trade_rules: RuleSet, sentence: str) -> None:
    assert all("before" not in c.value for c in tariffs(trade_rules, sentence))


def test_a_day_named_as_a_deadline_lies_ahead(trade_rules: RuleSet) -> None:
    [claim] = tariffs(
        trade_rules,
        "Trump announced a deal on Tuesday, cutting a threatened 30% tariff on Mexico to 12% "
        "just before an August 1 deadline.",
        "2025-07-23",
    )
    assert claim.time.label() == "2025-08-01" and claim.qualifiers.status is Status.PLANNED


@pytest.mark.parametrize(
    ("sentence", "goods"),
    [
        # a singular noun modifier names the goods whose plural the vocabulary lists
        ("The US keeps a 25% auto tariff on Mexico.", "autos"),
        ("Washington raised car duties on Mexico to 30%.", "autos"),
        ("The 50% chip levy on Indian goods stays.", "semiconductors"),
    ],
)
def test_a_singular_noun_modifier_names_goods(trade_rules: RuleSet, sentence: str, goods: str) -> None:
    assert {c.key["goods"] for c in tariffs(trade_rules, sentence)} == {goods}


@pytest.mark.parametrize(
    "text",
    [
        "The US charges 25% tariffs on Mexican cars. "
        "Mexican President Ana Ruiz said the auto tariff would fall to 15%.",
        "The US charges 25% duties on Mexican autos and steel.\n\n"
        "Officials said the car duty will be cut to 15 percent.",
        "Washington keeps a 25% tariff on Mexican autos. Markets fell. The auto levy is to drop to 15%.",
    ],
)
def test_a_definite_noun_with_goods_points_back_to_the_side_of_those_goods(trade_rules: RuleSet, text: str) -> None:
    [later] = [c for c in tariffs(trade_rules, text, "2025-07-23") if c.value["rate"] == 15.0]
    assert (later.key["target"], later.key["goods"]) == ("mexico", "autos")
    assert later.key["imposer"] in ("", "us")  # never the target's own official
    assert later.qualifiers.uncertain and later.labels["sides_from"]


@pytest.mark.parametrize(
    "text",
    [
        # the earlier rate is on other goods, or names no country
        "The US charges 25% tariffs on Mexican steel. Officials said the auto tariff would fall to 15%.",
        "The US charges 25% tariffs on all car imports. Officials said the auto tariff would fall to 15%.",
        # an indefinite noun is another tariff
        "The US charges 25% tariffs on Mexican cars. Officials floated an auto tariff of 15% for others.",
    ],
)
def test_no_side_for_a_goods_noun_without_a_matching_antecedent(trade_rules: RuleSet, text: str) -> None:
    [later] = [c for c in tariffs(trade_rules, text, "2025-07-23") if c.value["rate"] == 15.0]
    assert later.key["target"] == ""


def test_a_rate_pointing_back_to_a_planned_rate_is_that_plan(trade_rules: RuleSet) -> None:
    text = (
        "Under a deal, the US will cut a threatened 25% tariff on Mexican goods to 15%.\n\n"
        "The US had put 25% tariffs on Mexican autos.\n\n"
        "Mexico's economy minister confirmed the auto tariff would fall to 15 percent."
    )
    [later] = [c for c in tariffs(trade_rules, text, "2025-07-23") if c.evidence.line == 5]
    assert later.key["target"] == "mexico" and later.qualifiers.status is Status.PLANNED


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a possessive pronoun's goods are the nearest country's before it, never the adjacent imposer's
        (
            "Mexico was the exception, with tariffs rising to 60% against its products.",
            [("", "mexico", "", 60.0)],
        ),
        ("Canada said U.S. duties of 35% on its goods were unjustified.", [("us", "canada", "", 35.0)]),
        ("India protested the 50% levy on its exports.", [("", "india", "", 50.0)]),
    ],
)
def test_a_possessive_pronoun_names_the_goods_owner(trade_rules: RuleSet, sentence: str, expected: list[Side]) -> None:
    assert sides(tariffs(trade_rules, sentence)) == expected


def test_a_pronoun_before_imports_names_no_target(trade_rules: RuleSet) -> None:
    # "its imports" enter the country: it charges them, they are not its goods
    found = tariffs(trade_rules, "Mexico raised tariffs to 20% on its imports of steel.")
    assert all(c.key["target"] != "mexico" for c in found)


@pytest.mark.parametrize(
    "line",
    [
        "Trump kept a 10% tariff on nearly all imports.",
        'The White House announced "reciprocal" tariffs of up to 41 percent on many countries.',
        "A 15% duty applies to most trading partners.",
    ],
)
def test_a_rate_on_many_sides_takes_no_country_from_the_article(trade_rules: RuleSet, line: str) -> None:
    text = f"The US raised its tariff on Canadian goods to 35%.\n\n{line}"
    later = [c for c in tariffs(trade_rules, text, "2025-08-01") if c.evidence.line == 3]
    assert later and all(c.key["target"] == "" for c in later)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a distributive "each" after a list of countries stands for every one of them
        (
            "Notices reached Canada and Mexico, each warned of 30% tariffs on all exports to the U.S.",
            [("us", "canada", "", 30.0), ("us", "mexico", "", 30.0)],
        ),
        (
            "The order names India, Canada and Mexico, each facing a 20% duty.",
            [("", "canada", "", 20.0), ("", "india", "", 20.0), ("", "mexico", "", 20.0)],
        ),
    ],
)
def test_each_after_a_list_of_countries_names_them_all(
    trade_rules: RuleSet, sentence: str, expected: list[Side]
) -> None:
    assert sides(tariffs(trade_rules, sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # one country before "each" is no list; "each" in another clause says nothing of this rate
        "Officials in Mexico, each worried about a 20% duty, met on Monday.",
        "Canada and Mexico, each with its own plan, met; a 20% duty was later floated.",
    ],
)
def test_each_without_a_list_in_reach_names_no_target(trade_rules: RuleSet, sentence: str) -> None:
    assert [c.key["target"] for c in tariffs(trade_rules, sentence)] == [""]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trump also ordered a 10% tax on imports from Mexico.", [("us", "mexico", "", 10.0)]),
        ("Ottawa put taxes on imports of U.S. steel at 25 percent.", [("canada", "us", "steel", 25.0)]),
    ],
)
def test_a_tax_on_imports_is_a_tariff(trade_rules: RuleSet, sentence: str, expected: list[Side]) -> None:
    assert sides(tariffs(trade_rules, sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    ["Mexico raised its sales tax to 16%.", "A 10% tax on incomes from Canada was floated."],
)
def test_other_taxes_are_no_tariff(trade_rules: RuleSet, sentence: str) -> None:
    assert tariffs(trade_rules, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "target", "status"),
    [
        # a member of a list of tariffs named before it takes their side and their clause's status
        (
            "Trump had announced sweeping tariffs targeting Mexican products, including a reciprocal 34% tariff.",
            "mexico",
            Status.PLANNED,
        ),
        (
            "The US put duties aimed at Indian goods, such as a 25% tariff, in force last month.",
            "india",
            Status.CURRENT,
        ),
        ("Washington keeps tariffs hitting Canada, notably a 35% levy.", "canada", Status.CURRENT),
    ],
)
def test_a_member_of_a_list_of_tariffs_takes_their_side_and_status(
    trade_rules: RuleSet, sentence: str, target: str, status: Status
) -> None:
    [claim] = tariffs(trade_rules, sentence)
    assert (claim.key["target"], claim.qualifiers.status) == (target, status)


@pytest.mark.parametrize(
    "sentence",
    [
        "Trump raised steel tariffs to 25%, lifting the tariffs on aluminum from 10%.",
        "Ottawa is increasing its levy on U.S. steel from 15 percent.",
    ],
)
def test_a_rate_a_change_starts_from_is_no_level(trade_rules: RuleSet, sentence: str) -> None:
    assert all(c.value["rate"] not in (10.0, 15.0) for c in tariffs(trade_rules, sentence))


@pytest.mark.parametrize(
    ("sentence", "goods"),
    [
        # the goods the rate's own words name win over goods of the clause before
        ("The pact ends duties on UK steel and trims levies on British car exports from 25% to 10%.", ["autos"]),
        ("It keeps duties on steel but cuts the tariff on Japanese cars to 15%.", ["autos"]),
        # with none of its own, the rate takes the goods before it
        ("Steel and aluminum imports are subject to duties of 50%.", ["aluminium", "steel"]),
    ],
)
def test_a_rate_s_own_goods_come_first(trade_rules: RuleSet, sentence: str, goods: list[str]) -> None:
    found = [c for c in tariffs(trade_rules, sentence, "2025-05-08") if c.value["rate"] in (10.0, 15.0, 50.0)]
    assert sorted(str(c.key["goods"]) for c in found) == goods


@pytest.mark.parametrize(
    "sentence",
    [
        "Trump set tariffs on dozens of countries in the range of 10% and 41%.",
        "Trump set tariffs ranging from 10% to 41% on dozens of countries.",
    ],
)
def test_a_range_of_rates_is_never_its_lower_end(trade_rules: RuleSet, sentence: str) -> None:
    """Rates for many countries between two ends: no single rate is read as the tariff."""
    assert [c.value["rate"] for c in tariffs(trade_rules, sentence) if c.value["lo"] == c.value["hi"]] == []


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a rate set by an instrument signed in the same phrase is decided, not yet in force
        ("The president signed an order Monday (June 2) that sets 25% tariffs on imported cars.", "planned"),
        ("The president signs a proclamation raising duties on steel to 50%.", "planned"),
        ("Trump signed an executive order imposing 25% tariffs on cars.", "planned"),
        # after a comma, the rate is another phrase's: the one already in force
        ("Trump signed an order on India, in addition to the 25% duty in force since August 1.", "current"),
        ("The 25% tariff on cars took effect after lawmakers signed the bill, officials said.", "current"),
    ],
)
def test_a_rate_signed_into_an_order_is_planned(trade_rules: RuleSet, sentence: str, status: str) -> None:
    [claim, *_] = tariffs(trade_rules, sentence, "2025-03-27")
    assert claim.qualifiers.status.value == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Chinese firms BYD and Geely will pay additional duties of 17 per cent.",
        "Japanese carmakers face a 15% tariff from next month.",
        "Chinese EV makers were charged duties of up to 35%.",
    ],
)
def test_a_country_s_firms_are_no_imposer(trade_rules: RuleSet, sentence: str) -> None:
    assert [c.key["imposer"] for c in tariffs(trade_rules, sentence)] in ([""], [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a charging verb's passive agent imposes the rate
        ("Exporters fear the 30% tariffs imposed by the U.S. on imports from Japan.", [("us", "japan", "", 30.0)]),
        ("The 12% duties levied by Canada on US steel stay.", [("canada", "us", "steel", 12.0)]),
        # a body acting for the country after "in" or "of" imposes what it announces
        (
            "The trade ministry in Beijing said it would answer with a 20% tariff on imports of all U.S. goods.",
            [("china", "us", "", 20.0)],
        ),
        ("Officials in Ottawa said they would impose a 25% tariff on American products.", [("canada", "us", "", 25.0)]),
    ],
)
def test_an_imposer_named_by_its_agent_or_its_body(trade_rules: RuleSet, sentence: str, expected: list[Side]) -> None:
    assert sides(tariffs(trade_rules, sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a country after another preposition, or after a body that does not act for it, is no imposer
        "Factories in Japan face a 20% tariff on their cars.",
        "Visitors to the ministry in charge said a 20% tariff on cars from Japan is planned.",
    ],
)
def test_no_imposer_from_a_preposition_s_object(trade_rules: RuleSet, sentence: str) -> None:
    assert all(imposer == "" for imposer, _, _, _ in sides(tariffs(trade_rules, sentence)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing hit back with new tariffs on U.S. soybeans.", [("china", "us")]),
        ("Canada said its duties on American goods start soon.", [("canada", "us")]),
        # a rate in the clause, no imposer, or the imposer's own goods: no side alone
        ("Canada answered with a 25% tariff on U.S. goods.", []),
        ("New tariffs on U.S. soybeans loom.", []),
        ("China fears tariffs on Chinese steel.", []),
    ],
)
def test_the_side_of_a_tariff_noun_with_no_rate(
    trade_rules: RuleSet, text: str, expected: list[tuple[str, str]]
) -> None:
    view = ArticleView(make_article(text, "2025-03-04"))
    assert [(n.imposer, n.target) for n in tariff.noun_sides(view, trade_rules)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun opening the next sentence stands for the last sentence's one imposer
        ("Trump set 25% tariffs on Mexico. He also ordered a 10% tax on imports from China.", ("us", "china")),
        ("Canada set 25% tariffs on U.S. steel. She then put a 10% tariff on American cars.", ("canada", "us")),
    ],
)
def test_a_pronoun_imposer_is_the_last_sentence_s(trade_rules: RuleSet, text: str, expected: tuple[str, str]) -> None:
    [claim] = [c for c in tariffs(trade_rules, text) if c.value["rate"] == 10.0]
    assert (claim.key["imposer"], claim.key["target"]) == expected
    assert claim.qualifiers.uncertain  # our reading


@pytest.mark.parametrize(
    "text",
    [
        # a sentence between, a reporting pronoun, or two imposers before: no one the pronoun stands for
        "Trump set 25% tariffs on Mexico. Markets fell. He also ordered a 10% tax on imports from China.",
        "Trump set 25% tariffs on Mexico. He said Canada would see a 10% tariff on its goods.",
        "Trump set 25% tariffs on Mexico, and Canada a 25% levy on U.S. goods."
        " He also ordered a 10% tax on imports from China.",
    ],
)
def test_no_pronoun_imposer(trade_rules: RuleSet, text: str) -> None:
    assert [c.key["imposer"] for c in tariffs(trade_rules, text) if c.value["rate"] == 10.0] == [""]


@pytest.mark.parametrize(
    "text",
    [
        # a definite noun naming a side the vocabulary does not know does not point back to the last side
        "The US imposed 10% tariffs on Chinese goods.\n\nThe tariffs on Ruritanian goods were set at 25%.",
        "The US imposed 10% tariffs on Chinese goods.\n\nThe duties on products made in Ruritania rose to 25%.",
        # nor does a rate after one on a known side, in the same sentence
        "The US imposed 10% tariffs on Chinese goods, and later a 25% tariff on imports from Ruritania.",
        "The US imposed 10% tariffs on Chinese goods and a 25% tariff on imports from Ruritania.",
        "The US imposed 10% tariffs on Chinese goods and 25% tariffs on Ruritanian products.",
    ],
)
def test_an_unknown_side_takes_no_earlier_side(trade_rules: RuleSet, text: str) -> None:
    later = [c for c in tariffs(trade_rules, text, "2025-04-10") if c.value["rate"] == 25.0]
    assert later and all(c.key["target"] == "" for c in later)


def test_a_definite_noun_with_no_side_still_points_back(trade_rules: RuleSet) -> None:
    text = "The US imposed 10% tariffs on Chinese goods.\n\nThe tariffs were later raised to 25%."
    [later] = [c for c in tariffs(trade_rules, text, "2025-04-10") if c.value["rate"] == 25.0]
    assert later.key["target"] == "china"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second conjunct with the noun left out: its own imposer and goods before its rate
        (
            "U.S. duties on Chinese imports stand at 10%, and Beijing's on American goods at 30%.",
            [("us", "china", "", 10.0), ("china", "us", "", 30.0)],
        ),
        (
            "The U.S. tariff on Chinese goods is 30%, while China's on U.S. products is 10%.",
            [("us", "china", "", 30.0), ("china", "us", "", 10.0)],
        ),
        (
            "Washington's tariffs on Chinese steel stand at 25%, and Beijing's on American cars at 15%.",
            [("us", "china", "steel", 25.0), ("china", "us", "autos", 15.0)],
        ),
    ],
)
def test_a_gapped_conjunct_takes_its_own_sides(
    trade_rules: RuleSet, text: str, expected: list[tuple[str, str, str, float]]
) -> None:
    found = tariffs(trade_rules, "China and the U.S. are talking. " + text, "2025-10-27")
    assert [(c.key["imposer"], c.key["target"], c.key["goods"], c.value["rate"]) for c in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "U.S. duties on Chinese imports stand at 10%, and Beijing's economy grew 30% over the decade.",
        "U.S. duties on Chinese imports stand at 10%, and analysts on Wall Street at 30% odds expect more.",
    ],
)
def test_no_gapped_conjunct_without_a_country_and_its_goods(trade_rules: RuleSet, text: str) -> None:
    found = tariffs(trade_rules, "China and the U.S. are talking. " + text, "2025-10-27")
    assert [c.value["rate"] for c in found] == [10.0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Articles of Ruritania imported into the customs territory of the United States shall be subject"
            " to an additional duty of 25 percent.",
            ("us", "", "", 25.0),
        ),
        ("Goods from Ruritania entering the United States will face a duty of 15 percent.", ("us", "", "", 15.0)),
        ("Cars shipped to the ports of the United States will be subject to a 25% tariff.", ("us", "", "autos", 25.0)),
        ("Products brought into the territory of China are subject to a duty of 10 percent.", ("china", "", "", 10.0)),
        ("Japanese goods entering the territory of the United States face a duty of 15%.", ("us", "japan", "", 15.0)),
        # the country that bears a rate is still read
        ("Japan will face a 15% tariff, officials said.", ("", "japan", "", 15.0)),
    ],
)
def test_the_country_goods_enter_imposes_and_bears_nothing(trade_rules: RuleSet, sentence: str, expected: Side) -> None:
    """The country goods are imported into, shipped to or enter, named alone or through its territory
    ("the customs territory of the United States"), charges the rate: it is never the subject that
    bears it ("... shall be subject to a duty")."""
    assert sides(tariffs(trade_rules, sentence, "2025-08-06")) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The US now charges an additional 10% tariff on German cars.",
        "The US charges 25% additional tariffs on Chinese goods.",
        "The US imposed a further 10 percent tariff on Chinese goods.",
        "Washington imposed additional tariffs of 10% on Chinese goods.",
        "Imports from China face an additional ad valorem rate of duty of 25 percent.",
        "The White House announced another 15% levy on Chinese steel.",
    ],
)
def test_an_increment_is_marked_added(trade_rules: RuleSet, sentence: str) -> None:
    """A rate added to what is charged already is no level: marked, so it is compared with other
    increments only (tariff-rate-agreement's `same`)."""
    claims = tariffs(trade_rules, sentence, "2025-07-15")
    assert claims and all(c.value.get("added") is True for c in claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "The US charges a 25% tariff on Chinese goods.",
        "The US imposed new restrictions, along with a 25% tariff on Chinese goods.",
        "The US imposed additional curbs and a 25% tariff on Chinese goods.",
        "The total US tariff on Chinese goods reached 50% after extra talks failed.",
    ],
)
def test_a_level_is_not_marked_added(trade_rules: RuleSet, sentence: str) -> None:
    claims = tariffs(trade_rules, sentence, "2025-07-15")
    assert claims and all("added" not in c.value for c in claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "The US imposed a 25% duty on Chinese goods as a penalty for importing Iranian crude oil.",
        "The US slapped a 25% tariff on Chinese goods over its purchases of Russian crude oil.",
        "The US imposed a 25% tariff on Chinese goods in response to its imports of Russian crude oil.",
        "The US imposed a 25% tariff on Chinese goods in retaliation for its buying of Venezuelan crude oil.",
    ],
)
def test_the_goods_of_a_reason_are_not_taxed(trade_rules: RuleSet, sentence: str) -> None:
    """What the target buys, named in the reason for the rate, is not what the rate taxes."""
    assert sides(tariffs(trade_rules, sentence, "2025-07-15")) == [("us", "china", "", 25.0)]


def test_the_goods_before_a_reason_are_taxed(trade_rules: RuleSet) -> None:
    sentence = "The US imposed a 25% tariff on Chinese crude oil in response to its subsidies."
    assert sides(tariffs(trade_rules, sentence, "2025-07-15")) == [("us", "china", "energy", 25.0)]


@pytest.mark.parametrize(
    "text",
    [
        # the article puts tariffs on sides the vocabulary does not know, with or without a rate: its one
        # known country is not the only side its rates may have
        "Tariffs on Ruritania and Freedonia start on Tuesday.\n\nAnalysts said the 25% levies would hurt.\n\n"
        "The US also doubled its tariff on Canadian goods to 40%.",
        "Trump said tariffs 25% on Ruritania and 25% on Freedonia would start.\n\n"
        "Analysts said the 25% levies would hurt.\n\nThe US also doubled its tariff on Canadian goods to 40%.",
        "The US will impose 25% tariffs on Ruritania and Freedonia.\n\nAnalysts said the 25% levies would hurt.\n\n"
        "The US also doubled its tariff on Canadian goods to 40%.",
        "The US put duties on most Freedonian products.\n\nAnalysts said the 25% levies would hurt.\n\n"
        "The US also doubled its tariff on Canadian goods to 40%.",
    ],
)
def test_no_side_read_from_an_article_naming_unknown_sides(trade_rules: RuleSet, text: str) -> None:
    later = [c for c in tariffs(trade_rules, text, "2025-08-06") if c.evidence.line == 3]
    assert later and all(not c.key["target"] for c in later)


@pytest.mark.parametrize(
    "text",
    [
        # a day or a month after "tariffs on" is no side
        "The US announced the tariffs on Monday.\n\nAnalysts said the 25% levies would hurt.\n\n"
        "The US also doubled its tariff on Canadian goods to 40%.",
        "New tariffs on March 4 were announced.\n\nAnalysts said the 25% levies would hurt.\n\n"
        "The US also doubled its tariff on Canadian goods to 40%.",
        # nor is a known country's name
        "Tariffs on Canada start on Tuesday.\n\nAnalysts said the 25% levies would hurt.\n\n"
        "The US also doubled its tariff on Canadian goods to 40%.",
    ],
)
def test_the_article_s_one_side_still_read_past_days_and_known_names(trade_rules: RuleSet, text: str) -> None:
    [later] = [c for c in tariffs(trade_rules, text, "2025-08-06") if c.evidence.line == 3]
    assert later.key["target"] == "canada" and later.labels["target_from"] == "article"
