"""deadline extraction: subject, what happens, and the day, in several phrasings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.extract import extract_claims
from factcheck.models import Claim, Precision, Status, TimeSpan
from factcheck.references import Verdict
from factcheck.references import deadlines as reference_deadlines
from factcheck.ruleset import RuleSetError, load_ruleset
from factcheck.ruleset.ruleset import RuleSet
from tests.conftest import RULES, make_article

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def trade_rules() -> RuleSet:
    return load_ruleset([RULES, DATA / "world_rules", DATA / "trade_rules"])


def deadlines(rs: RuleSet, text: str, published: str = "2025-07-07") -> list[Claim]:
    return [c for c in extract_claims(make_article(text, published), rs) if c.kind == "deadline"]


def read(claims: list[Claim]) -> list[tuple[str, str, str, str]]:
    return sorted(
        (str(c.key["subject"]), str(c.key["event"]), c.time.label(), c.qualifiers.status.value) for c in claims
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The 90-day pause expires on July 9.", [("reciprocal-pause", "expires", "2025-07-09", "current")]),
        ("The tariff pause runs until July 9.", [("reciprocal-pause", "expires", "2025-07-09", "current")]),
        (
            "Countries have until July 9 before the pause ends.",
            [("reciprocal-pause", "expires", "2025-07-09", "current")],
        ),
        (
            "Ahead of the July 9 deadline for the pause, officials scrambled.",
            [("reciprocal-pause", "expires", "2025-07-09", "current")],
        ),
        # a weekday in a present-tense sentence is the coming one
        ("The pause expires on Wednesday.", [("reciprocal-pause", "expires", "2025-07-09", "current")]),
        # around midnight: both days it may be written as
        (
            "The pause expires at 12:01 a.m. on July 9.",
            [("reciprocal-pause", "expires", "2025-07-08..2025-07-09", "current")],
        ),
        (
            "The pause ends at 11:59 p.m. on July 8.",
            [("reciprocal-pause", "expires", "2025-07-08..2025-07-09", "current")],
        ),
        # a deadline moved: the day it moved from is replaced
        (
            "Trump pushed the deadline for the reciprocal tariffs from July 9 to Aug. 1.",
            [
                ("reciprocal-pause", "expires", "2025-07-09", "former"),
                ("reciprocal-pause", "expires", "2025-08-01", "current"),
            ],
        ),
        ("A deal is due before July 9, when the pause lapses.", [("reciprocal-pause", "due", "2025-07-09", "current")]),
        ("The X-date could come as early as June 5.", [("us-debt-limit", "expires", "2025-06-05", "current")]),
    ],
)
def test_deadlines(trade_rules: RuleSet, sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert read(deadlines(trade_rules, sentence)) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "The pause was announced on April 9.",  # a day, but no deadline cue
        "The deadline expires in July.",  # no subject, and no day
        "The pause expires this summer.",  # a season is no deadline's time
        "The pause expires in the third quarter.",
        "The pause expires between July and September.",  # more than one month
        "Markets rallied on Monday as the pause ends soon.",  # the day belongs to another clause's verb
    ],
)
def test_no_deadline(trade_rules: RuleSet, sentence: str) -> None:
    assert deadlines(trade_rules, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month, or part of one, is the deadline's time with month precision
        ("The pause expires in July.", [("reciprocal-pause", "expires", "2025-07", "current")]),
        (
            "Countries without a deal on the reciprocal tariffs are due by next month.",
            [("reciprocal-pause", "due", "2025-08", "current")],
        ),
        (
            "The tariff pause runs until early August.",
            [("reciprocal-pause", "expires", "2025-08-01..2025-08-10", "current")],
        ),
        ("The 90-day pause was extended to September.", [("reciprocal-pause", "expires", "2025-09", "current")]),
    ],
)
def test_month_deadlines(trade_rules: RuleSet, sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert read(deadlines(trade_rules, sentence)) == sorted(expected)


def test_a_month_deadline_contradicts_no_reference_day(ruleset: RuleSet) -> None:
    """A month holds every day in it: a recorded day outside it, however near, is not a day off."""
    [claim] = deadlines(ruleset, "The tariff truce with China expires on Nov. 12.", "2025-10-20")
    assert reference_deadlines.judge(claim, ruleset).verdict is Verdict.CONTRADICTED
    month = TimeSpan(start=dt.date(2025, 11, 11), end=dt.date(2025, 11, 30), precision=Precision.MONTH)
    assert reference_deadlines.judge(claim.model_copy(update={"time": month}), ruleset).verdict is Verdict.UNKNOWN
    [inside] = deadlines(ruleset, "The tariff truce with China runs until November.", "2025-10-20")
    assert inside.time.label() == "2025-11"
    assert reference_deadlines.judge(inside, ruleset).verdict is Verdict.CONSISTENT


def test_subject_carried_from_the_sentence_before(trade_rules: RuleSet) -> None:
    text = "Trump announced a 90-day pause on the tariffs. The deadline is now July 9."
    [claim] = deadlines(trade_rules, text)
    assert claim.key["subject"] == "reciprocal-pause" and claim.time.label() == "2025-07-09"
    assert claim.qualifiers.status is Status.CURRENT
    apart = "Trump announced a 90-day pause on the tariffs.\n\nIt now ends on July 9."
    assert deadlines(trade_rules, apart) == []  # a new paragraph names its own subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The truce between Washington and Beijing expires on Nov. 10.", "2025-11-10"),
        ("The tariff truce with China was extended to Nov. 10.", "2025-11-10"),  # the moved day lies ahead
        ("Trump extended the trade truce with China until November 10.", "2025-11-10"),
        ("China and the US have extended their 90-day truce to Nov. 10.", "2025-11-10"),
        ("Beijing and Washington agreed to extend the tariff truce by 90 days, to Nov. 10.", "2025-11-10"),
        ("China won an extension of the trade truce until November 10.", "2025-11-10"),
        ("Both sides hope to extend the tariff truce with China beyond Nov. 10.", "2025-11-10"),
    ],
)
def test_the_shipped_us_china_truce(ruleset: RuleSet, text: str, expected: str) -> None:
    [claim] = deadlines(ruleset, text, "2025-10-20")
    assert (claim.key["subject"], claim.time.label()) == ("us-china-tariff-truce", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new X date is June 5, the Treasury says.", "2023-06-05"),  # written without its hyphen
        ("Officials now put the X date at June 5.", "2023-06-05"),
        ("The government can avoid a debt default until June 5, the Treasury estimates.", "2023-06-05"),
        ("The X date falls on June 5.", "2023-06-05"),
    ],
)
def test_the_shipped_debt_limit(ruleset: RuleSet, text: str, expected: str) -> None:
    [claim] = deadlines(ruleset, text, "2023-05-26")
    assert (claim.key["subject"], claim.time.label()) == ("us-debt-limit", expected)


@pytest.mark.parametrize(
    "text",
    [
        "A debt default was discussed on June 5.",  # a day, but no deadline cue
        "The X date is still unknown, analysts said on Friday.",  # no day after a cue
    ],
)
def test_no_shipped_debt_limit(ruleset: RuleSet, text: str) -> None:
    assert deadlines(ruleset, text, "2023-05-26") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Gaza truce expires on Nov. 10.",  # a truce, but no China in the article
        "The ceasefire's truce ends on Sunday, officials in Kyiv said.",
    ],
)
def test_a_subject_outside_its_topic_is_not_read(ruleset: RuleSet, text: str) -> None:
    assert deadlines(ruleset, text, "2025-10-20") == []


@pytest.mark.parametrize(
    "text",
    [
        "China and the US agreed to talks. Meanwhile the Gaza truce expires on Nov. 12.",
        "Beijing and Washington spoke, as the Israel-Hamas truce ran out on Nov. 12.",
    ],
)
def test_another_named_truce_in_the_article_is_not_the_tariff_truce(ruleset: RuleSet, text: str) -> None:
    assert deadlines(ruleset, text, "2025-10-20") == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The tariff truce with China expires on Nov. 12.", True),  # two days off the one in force
        ("The tariff truce with China expires on Nov. 10.", False),
        ("The tariff truce with China runs until 12:01 a.m. on Nov. 10.", False),
        # a moment just after midnight is the day written, as the reference's days are
        ("The tariff truce with China runs until 12:01 a.m. on Nov. 11.", True),
        ("The tariff truce with China was extended to 12:01 a.m. on Nov. 11.", True),
        ("The tariff truce with China expires at midnight on Nov. 9.", False),
        ("The tariff truce with China runs until 11:59 p.m. on Nov. 9.", False),
    ],
)
def test_the_truce_against_the_reference(ruleset: RuleSet, text: str, flagged: bool) -> None:
    [claim] = deadlines(ruleset, text, "2025-10-20")
    assert (reference_deadlines.judge(claim, ruleset).verdict is Verdict.CONTRADICTED) is flagged


@pytest.mark.parametrize(
    "text",
    [
        # the article names one subject; a later sentence with a deadline noun and no subject is about it
        "The 90-day pause on reciprocal tariffs is nearly over.\n\nOfficials now expect the July 9 deadline to hold.",
        "Talks on the tariff pause dragged on.\n\nAn order today delays the July 9 deadline to August 1.",
    ],
)
def test_a_deadline_of_the_article_s_one_subject(trade_rules: RuleSet, text: str) -> None:
    """What is asserted is whose deadline July 9 is, whatever its status."""
    found = read(deadlines(trade_rules, text))
    assert ("reciprocal-pause", "expires", "2025-07-09") in {(s, e, day) for s, e, day, _ in found}


@pytest.mark.parametrize(
    "text",
    [
        # a bare cue, its subject a definite phrase pointing back to what the article named
        "The 90-day pause on reciprocal tariffs is nearly over.\n\nThe higher rates will take effect on July 9.",
        "Officials discussed the tariff pause.\n\nHe said each of the new rates goes into effect July 9.",
        "The tariff pause is nearly over.\n\nIn his post, he wrote that all duties would be payable starting July 9.",
    ],
)
def test_a_bare_cue_pointing_back_to_the_article_s_one_subject(trade_rules: RuleSet, text: str) -> None:
    assert [(s, day) for s, _, day, _ in read(deadlines(trade_rules, text))] == [("reciprocal-pause", "2025-07-09")]


@pytest.mark.parametrize(
    "text",
    [
        # no deadline noun: "takes effect" may be any measure's
        "The 90-day pause on reciprocal tariffs is nearly over.\n\nA new steel levy takes effect on July 9.",
        # two subjects in the article: the sentence's own is unknown
        "The tariff pause and the debt limit loom.\n\nLawmakers eye the July 9 deadline.",
        # a bare cue whose clause introduces another measure, or points back to nothing
        "The 90-day pause on reciprocal tariffs is nearly over.\n\nAnother duty takes effect on July 9.",
        "The 90-day pause on reciprocal tariffs is nearly over.\n\nIt now ends on July 9.",
        # a country as the actor: its own measure ("Beijing answered with duties that start July 9")
        "The tariff pause is nearly over.\n\nIn reply, Canada said the duties would take effect on July 9.",
        # a possibility, quoted or not, is no day of the subject's
        "The 90-day pause on reciprocal tariffs is nearly over.\n\n“The duties can wait until July 9,” she said.",
        "The 90-day pause on reciprocal tariffs is nearly over.\n\nThe higher rates could take effect on July 9.",
        # the one subject is named only after the sentence: nothing to point back to yet
        "The new rates will take effect on July 9.\n\nThe tariff pause was announced in April.",
    ],
)
def test_no_subject_is_guessed_beyond_the_article_s_only_one(trade_rules: RuleSet, text: str) -> None:
    assert [c for c in deadlines(trade_rules, text) if "July 9" in c.evidence.sentence] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a yearless day just after publication is the coming one, past tense or not
        ("The pause deadline had at first been put at July 9.", "2025-07-09"),
        ("The pause was scheduled to expire on July 20.", "2025-07-20"),
        # far ahead and past: last year's
        ("The pause expired on December 2.", "2024-12-02"),
    ],
)
def test_a_near_yearless_deadline_reads_ahead(trade_rules: RuleSet, sentence: str, expected: str) -> None:
    assert [c.time.label() for c in deadlines(trade_rules, sentence)] == [expected]


def test_the_day_of_the_move_is_no_deadline(trade_rules: RuleSet) -> None:
    """ "on July 7 extended the deadline to Aug. 1": July 7 is when it moved, Aug. 1 the deadline."""
    found = read(deadlines(trade_rules, "Trump on July 7 extended the pause deadline to Aug. 1.", "2025-07-08"))
    assert [day for _, _, day, _ in found] == ["2025-08-01"]


def test_an_extension_told_at_length(trade_rules: RuleSet) -> None:
    """The new end of a deadline extended many words before its day."""
    text = (
        "Trump signed an order late Monday extending the tariff pause for all trading partners by 90 days, to Oct. 7."
    )
    assert read(deadlines(trade_rules, text, "2025-07-08")) == [
        ("reciprocal-pause", "expires", "2025-10-07", "current")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares slid after the president followed through Monday with his plan against the pause.",
        "The pause talks went through Friday without a deal.",
    ],
)
def test_a_phrasal_verb_s_through_is_no_deadline(trade_rules: RuleSet, sentence: str) -> None:
    assert deadlines(trade_rules, sentence) == []


def test_through_after_a_verb_of_lasting_is_a_deadline(trade_rules: RuleSet) -> None:
    assert read(deadlines(trade_rules, "The pause lasts through July 9.")) == [
        ("reciprocal-pause", "expires", "2025-07-09", "current")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "by" before anything but the day says how, not by when
        "The tariff pause runs until July 9. Trump and his aides are expected to speak by phone on Friday, July 11.",
        "The pause ends on July 9. Officials will meet by video link on July 8.",
        # the subject carried from the previous sentence is not what a bare "by" is about
        "The tariff pause runs until July 9. Officials expect a decision by Friday, July 11.",
    ],
)
def test_a_bare_by_is_no_deadline_of_the_subject(trade_rules: RuleSet, text: str) -> None:
    assert read(deadlines(trade_rules, text)) == [("reciprocal-pause", "expires", "2025-07-09", "current")]


def test_the_named_subject_still_takes_a_due_day(trade_rules: RuleSet) -> None:
    found = read(deadlines(trade_rules, "An extension of the pause must be agreed by July 8."))
    assert found == [("reciprocal-pause", "due", "2025-07-08", "current")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The reciprocal tariffs will come into effect on Aug. 1.",
        "The reciprocal tariffs came into effect on Aug. 1.",
        "The reciprocal tariffs will be applicable from Aug. 1.",
        "The reciprocal tariffs were implemented on Aug. 1.",
        "The reciprocal tariffs enter into force on Aug. 1.",
        # "from" after a cue of starting is the day it starts, no day replaced
        "The reciprocal tariffs will come into effect from Aug. 1.",
        "The reciprocal tariffs apply starting from Aug. 1.",
    ],
)
def test_ways_of_taking_effect(trade_rules: RuleSet, sentence: str) -> None:
    assert read(deadlines(trade_rules, sentence)) == [("reciprocal-pause", "takes_effect", "2025-08-01", "current")]


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        (
            "Trump signed an order pushing back the implementation date for the reciprocal tariffs to Aug. 1.",
            "takes_effect",
        ),
        ("The White House delayed the start date of the reciprocal tariffs until Aug. 1.", "takes_effect"),
        ("Officials are postponing the effective date for the reciprocal tariffs to Aug. 1.", "takes_effect"),
        ("Trump has moved the cutoff for the pause to Aug. 1.", "expires"),
    ],
)
def test_a_dated_noun_moved_to_a_day(trade_rules: RuleSet, sentence: str, event: str) -> None:
    assert read(deadlines(trade_rules, sentence)) == [("reciprocal-pause", event, "2025-08-01", "current")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the noun is not what moved: the move's object names no day
        "The deadline for the pause passed, and Trump then moved the reciprocal tariffs to Aug. 1.",
        "Trump moved the talks on the reciprocal tariffs to Aug. 1.",
    ],
)
def test_no_dated_noun_moved(trade_rules: RuleSet, sentence: str) -> None:
    assert deadlines(trade_rules, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The reciprocal tariffs take effect 25 days from today, which will be Aug. 1.",
            ("takes_effect", "2025-08-01"),
        ),
        (
            "The reciprocal tariffs will be applicable after 25 days from today, which is Aug. 1.",
            ("takes_effect", "2025-08-01"),
        ),
        ("The pause expires next Friday, which is July 11.", ("expires", "2025-07-11")),
    ],
)
def test_a_day_restating_the_time_before_it(trade_rules: RuleSet, sentence: str, expected: tuple[str, str]) -> None:
    # one claim, on the day restated: "today" is where the count starts, not the deadline
    assert read(deadlines(trade_rules, sentence)) == [("reciprocal-pause", *expected, "current")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The reciprocal tariffs were announced today, which is July 7.",  # no cue
        "The pause expires on Friday, when talks resume on Aug. 1.",  # another time, not the same one
    ],
)
def test_no_restated_deadline(trade_rules: RuleSet, sentence: str) -> None:
    assert "2025-08-01" not in [c.time.label() for c in deadlines(trade_rules, sentence)]
    assert "2025-07-07" not in [c.time.label() for c in deadlines(trade_rules, sentence)]


@pytest.mark.parametrize(
    "text",
    [
        "The reciprocal tariffs take effect immediately.",
        "The reciprocal tariffs will come into effect immediately, the White House said.",
        # a relative clause points back by its antecedent
        "Trump announced new reciprocal tariffs.\n\nThe measure, which comes into effect immediately, covers all.",
        "Trump announced new reciprocal tariffs.\n\nThe order, which takes effect on July 7, covers all goods.",
    ],
)
def test_immediately_is_the_day_of_publication(trade_rules: RuleSet, text: str) -> None:
    assert read(deadlines(trade_rules, text)) == [("reciprocal-pause", "takes_effect", "2025-07-07", "current")]


@pytest.mark.parametrize(
    "text",
    [
        "The reciprocal tariffs will not take effect immediately.",
        "The reciprocal tariffs took effect immediately after the order.",  # the order's day, not today's
        "Trump announced new reciprocal tariffs.\n\nA levy, which comes into effect immediately, covers steel.",
    ],
)
def test_no_day_from_immediately(trade_rules: RuleSet, text: str) -> None:
    assert deadlines(trade_rules, text) == []


# A subject named by a rate of its side: China's made-up 18% on US goods, and the US 15% on Chinese goods.
SIDED = """
deadlines:
  china-18pc:
    name: China's 18% tariff on US goods
    tariff: {imposer: china, target: us, rate: 18}
  us-15pc:
    name: the US 15% tariff on Chinese goods
    tariff: {imposer: us, target: china, rate: 15}
  # one measure of two sides, named by either rate or by its alias
  north-25pc:
    name: the US 25% tariffs on Canada and Mexico
    aliases: [tariffs on Canada and Mexico]
    tariff: [{imposer: us, target: canada, rate: 25}, {imposer: us, target: mexico, rate: 25}]
  india-extra:
    name: the extra duty on India
    aliases: [additional duty, extra tariff]
"""


@pytest.fixture(scope="module")
def sided(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    folder = tmp_path_factory.mktemp("sided")
    (folder / "deadlines.yaml").write_text(SIDED, encoding="utf-8")
    return load_ruleset([RULES, DATA / "world_rules", DATA / "trade_rules", folder])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China announced 18% tariffs on all U.S. goods, effective March 3.",
            [("china-18pc", "takes_effect", "2025-03-03", "current")],
        ),
        (
            "The US placed a 15% tariff on Chinese imports, and it took effect on Tuesday.",
            [("us-15pc", "takes_effect", "2025-02-25", "current")],
        ),
        # the rate's side is more precise than an alias on the same words
        (
            "Beijing's 18% reciprocal tariffs on U.S. goods take effect on March 3.",
            [("china-18pc", "takes_effect", "2025-03-03", "current")],
        ),
    ],
)
def test_a_rate_names_its_subject(sided: RuleSet, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert read(deadlines(sided, text, published="2025-02-27")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chinese imports face a 10% US tariff that is set to rise to 15% on March 3.",
        "The US tariff on Chinese goods will increase to 15% on March 3, officials said.",
        "Washington's duty on Chinese imports rises to 15 percent on March 3.",
    ],
)
def test_a_rate_rising_on_a_day_is_its_subject_taking_effect(sided: RuleSet, text: str) -> None:
    assert read(deadlines(sided, text, published="2025-02-27")) == [
        ("us-15pc", "takes_effect", "2025-03-03", "current")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chinese imports face a 10% US tariff that is set to rise to 25% on March 3.",  # another rate
        "The US tariff on Chinese goods will rise to 15%, officials said on March 3.",  # the day of the saying
    ],
)
def test_no_subject_rising_to_another_rate(sided: RuleSet, text: str) -> None:
    assert deadlines(sided, text, published="2025-02-27") == []


@pytest.mark.parametrize(
    "text",
    [
        "China announced 12% tariffs on all U.S. goods, effective March 3.",  # another rate
        "The US placed a 15% tariff on Japanese imports, effective March 3.",  # another side
        "China said its tariffs would rise from 18% to 25% on March 3.",  # the rate replaced
    ],
)
def test_no_subject_from_another_rate(sided: RuleSet, text: str) -> None:
    assert [
        c for c in deadlines(sided, text, published="2025-02-27") if c.key["subject"] in ("china-18pc", "us-15pc")
    ] == []


def test_a_rate_names_the_article_s_one_subject(sided: RuleSet) -> None:
    text = "The US announced a 15% tariff on Chinese imports.\n\nThe new duties will take effect on March 3."
    assert read(deadlines(sided, text, published="2025-02-27")) == [
        ("us-15pc", "takes_effect", "2025-03-03", "current")
    ]
    two = (
        "The US announced a 15% tariff on Chinese imports, and China answered with 18% tariffs on US goods."
        "\n\nThe new duties will take effect on March 3."
    )
    assert deadlines(sided, two, published="2025-02-27") == []  # two measures: either may be meant


@pytest.mark.parametrize(
    "text",
    [
        "The tariffs on Canada and Mexico went into effect March 4, along with a 15% US tariff on Chinese goods.",
        "The tariffs on Canada and Mexico take effect on March 4, as well as a 15% US duty on Chinese imports.",
        "The tariffs on Canada and Mexico kicked in on March 4 together with a 15% US levy on Chinese goods.",
        "The tariffs on Canada and Mexico took effect March 4, along with 15% US duties on Chinese goods.",
        "The tariffs on Canada and Mexico came into effect on March 4, alongside a 15% US tariff on China.",
    ],
)
def test_a_subject_added_to_the_day_s_subject(sided: RuleSet, text: str) -> None:
    assert read(deadlines(sided, text, published="2025-03-04")) == [
        ("north-25pc", "takes_effect", "2025-03-04", "current"),
        ("us-15pc", "takes_effect", "2025-03-04", "current"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # another day of its own, or no phrase of addition
        "The tariffs on Canada and Mexico went into effect March 4, along with a 15% US tariff on China from March 10.",
        "The tariffs on Canada and Mexico went into effect March 4, and a 15% tariff on Chinese goods is planned.",
        "The tariffs on Canada and Mexico went into effect March 4, while a 15% tariff on Chinese goods is planned.",
    ],
)
def test_no_subject_added_to_the_day(sided: RuleSet, text: str) -> None:
    assert ("us-15pc", "takes_effect", "2025-03-04", "current") not in read(deadlines(sided, text, "2025-03-04"))


@pytest.mark.parametrize(
    ("subject", "says"),
    [
        ("{name: X}", "give the subject aliases, or the tariff that names it"),
        ("{name: X, tariff: {imposer: narnia, rate: 5}}", 'unknown imposer "narnia"'),
    ],
)
def test_a_bad_subject_is_an_error_at_its_line(tmp_path: Path, subject: str, says: str) -> None:
    (tmp_path / "d.yaml").write_text(f"deadlines:\n  x-subject: {subject}\n", encoding="utf-8")
    with pytest.raises(RuleSetError) as error:
        load_ruleset([RULES, tmp_path])
    assert says in str(error.value) and str(error.value).startswith(f"{tmp_path}/d.yaml:")


def test_the_rates_are_read_once_for_both_kinds(sided: RuleSet, monkeypatch: pytest.MonkeyPatch) -> None:
    """The deadline extractor reads the article's tariff claims; they are not extracted twice."""
    from factcheck.extract import tariff
    from factcheck.extract.context import ArticleView

    calls: list[int] = []
    read = tariff._read

    def counted(view: ArticleView, ruleset: RuleSet, foreign: set[int] | None = None) -> Iterator[Claim]:
        calls.append(1)
        return read(view, ruleset, foreign)

    monkeypatch.setattr(tariff, "_read", counted)
    found = extract_claims(
        make_article("China announced 18% tariffs on all U.S. goods, effective March 3.", "2025-02-27"), sided
    )
    assert {c.kind for c in found} >= {"tariff_rate", "deadline"} and len(calls) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The US set 25% tariffs on goods from Canada and Mexico, starting March 4.",
        "Washington's 25% tariff on Mexican goods kicks in on March 4.",
        "A 25% US tariff on Canadian goods takes effect on March 4.",
    ],
)
def test_a_subject_of_several_sides_is_named_by_any(sided: RuleSet, text: str) -> None:
    assert {read([c])[0] for c in deadlines(sided, text, published="2025-02-27")} == {
        ("north-25pc", "takes_effect", "2025-03-04", "current")
    }


@pytest.mark.parametrize(
    "text",
    [
        "The tariffs on Canada and Mexico took effect March 4, a week after 15% US duties on Chinese goods.",
        "The tariffs on Canada and Mexico came into effect on March 4, unlike a 15% US tariff on China.",
    ],
)
def test_the_day_belongs_to_the_subject_of_its_clause(sided: RuleSet, text: str) -> None:
    """A subject named before the day in its clause is what takes effect, not a rate named after it
    (unless a phrase of addition adds it: test_a_subject_added_to_the_day_s_subject)."""
    assert read(deadlines(sided, text, published="2025-03-05")) == [
        ("north-25pc", "takes_effect", "2025-03-04", "current")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The additional 25% duty on India takes effect on Aug. 27.",
        "An extra 25 percent tariff will apply from Aug. 27, the order says; it takes effect on Aug. 27.",
        "The additional 25 per cent duty comes into effect on Aug. 27.",
    ],
)
def test_a_rate_inside_the_name_is_skipped(sided: RuleSet, text: str) -> None:
    assert ("india-extra", "takes_effect", "2025-08-27", "current") in read(deadlines(sided, text, "2025-08-07"))


def test_a_rate_alone_names_no_aliased_subject(sided: RuleSet) -> None:
    assert [c for c in deadlines(sided, "A 25% duty on steel takes effect on Aug. 27.", "2025-08-07")
            if c.key["subject"] == "india-extra"] == []  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        'The "reciprocal" tariffs were set to go back into effect on July 9.',
        "The “reciprocal” tariffs go back into effect on July 9.",
        "Officials kept to the July 9 start date for the reciprocal tariffs.",
        "The reciprocal tariffs have a July 9 effective date.",
    ],
)
def test_quoted_names_and_dated_nouns(trade_rules: RuleSet, text: str) -> None:
    assert read(deadlines(trade_rules, text)) == [("reciprocal-pause", "takes_effect", "2025-07-09", "current")]


def test_a_weekday_of_the_first_publication_day_is_that_day(trade_rules: RuleSet) -> None:
    """An article dated Tuesday or Wednesday (its time zone unknown) saying "starting Tuesday" means
    the Tuesday it may have appeared on, not a week later."""
    found = deadlines(trade_rules, "The reciprocal tariffs take effect starting Tuesday.", "2025-07-08..2025-07-09")
    assert read(found) == [("reciprocal-pause", "takes_effect", "2025-07-08", "current")]


TRUCE = "China and the U.S. agreed a truce. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On May 14, the tariff truce took effect.", ("takes_effect", "2025-05-14")),
        ("On May 14, the truce between the two countries came into force.", ("takes_effect", "2025-05-14")),
        ("May 14, the truce went into effect.", ("takes_effect", "2025-05-14")),
        ("On Nov. 10, the truce expired.", ("expires", "2025-11-10")),
        ("On Tuesday, the truce kicked in.", ("takes_effect", "2025-11-18")),
    ],
)
def test_a_day_opening_the_sentence_takes_the_past_verb_after_it(
    trade_rules: RuleSet, sentence: str, expected: tuple[str, str]
) -> None:
    # told in the past: the day is as read in an article of November 20, never the coming May 14
    found = read(deadlines(trade_rules, TRUCE + sentence, published="2025-11-20"))
    assert found == [("us-china-tariff-truce", *expected, "current")]


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 14, officials said the truce took effect.",  # reported: the day is the saying's
        "On May 14, Beijing announced that the truce took effect.",
        "On May 14, the truce was praised; the tariffs took effect later.",  # the verb is another clause's
        "On May 14, the truce was discussed at length by both delegations before they went home and rested.",
    ],
)
def test_a_day_opening_a_sentence_of_something_else_is_no_deadline(trade_rules: RuleSet, sentence: str) -> None:
    assert deadlines(trade_rules, TRUCE + sentence, published="2025-11-20") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 14, just hours after the truce took effect, markets rallied.",
        "On May 14, when the truce came into force, shares rose.",
        "On May 14, a week after the truce went into effect, talks resumed.",
    ],
)
def test_a_verb_in_a_subordinate_clause_is_not_the_opening_days(trade_rules: RuleSet, sentence: str) -> None:
    assert deadlines(trade_rules, TRUCE + sentence, published="2025-11-20") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing put off to a day starts then
        ("The reciprocal tariffs were delayed until next month.", ("reciprocal-pause", "takes_effect", "2025-08")),
        ("Officials postponed the reciprocal tariffs to July 20.", ("reciprocal-pause", "takes_effect", "2025-07-20")),
        ("The reciprocal tariffs, first due in May, were pushed back to July 20.", None),
        (
            "He said the reciprocal tariffs would be put off until July 20.",
            ("reciprocal-pause", "takes_effect", "2025-07-20"),
        ),
        # a deadline noun says what the day is: the deadline's end
        ("The tariff pause deadline was postponed to July 20.", ("reciprocal-pause", "expires", "2025-07-20")),
        (
            "The July 9 deadline, which he delayed until July 20, looms over the pause.",
            ("reciprocal-pause", "expires", "2025-07-20"),
        ),
    ],
)
def test_a_thing_put_off_to_a_day_takes_effect_then(
    trade_rules: RuleSet, text: str, expected: tuple[str, str, str] | None
) -> None:
    found = {(s, e, day) for s, e, day, _ in read(deadlines(trade_rules, text))}
    if expected is None:  # "first due in May" is a month's due day; the new day takes effect
        assert ("reciprocal-pause", "takes_effect", "2025-07-20") in found
    else:
        assert expected in found
        assert not any(day == expected[2] and e != expected[1] for _, e, day in found)


@pytest.mark.parametrize(
    "text",
    [
        # put off for a while, not to a day; a move of something else
        "The tariff pause was delayed for 30 days.",
        "The pause holds; the vote was delayed, and talks run on in July.",
    ],
)
def test_no_day_put_off_to(trade_rules: RuleSet, text: str) -> None:
    assert [c for c in deadlines(trade_rules, text) if c.key["event"] == "takes_effect"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a list of countries under one tariff noun names the subject its items name
        "U.S. tariffs on Canada, Japan and Mexico took effect on March 4.",
        "The tariffs on Japan, Mexico, and Canada will take effect on March 4.",
        "Officials said tariffs on Japan, Canada and Mexico start March 4.",
    ],
)
def test_a_list_of_countries_names_the_subject_of_some_of_them(sided: RuleSet, text: str) -> None:
    found = read(deadlines(sided, text, "2025-03-01"))
    assert found == [("north-25pc", "takes_effect", "2025-03-04", "current")]


@pytest.mark.parametrize(
    "text",
    [
        # one country of the alias's two is not its name; a list that is no tariff's
        "The tariffs on Canada, Japan and Brazil take effect on March 4.",
        "Talks with Canada, Japan and Mexico resume before the March 4 deadline.",
    ],
)
def test_no_subject_from_a_list_short_of_its_items(sided: RuleSet, text: str) -> None:
    assert deadlines(sided, text, "2025-03-01") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China announced 18% tariffs on all U.S. goods beginning March 3.", ("china-18pc", "2025-03-03")),
        # the rate's imposer named by the body acting for it
        (
            "The commerce ministry in Beijing said it would respond with 18% tariffs on U.S. goods beginning March 3.",
            ("china-18pc", "2025-03-03"),
        ),
    ],
)
def test_a_rate_beginning_on_a_day(sided: RuleSet, text: str, expected: tuple[str, str]) -> None:
    assert [(s, day) for s, e, day, _ in read(deadlines(sided, text, "2025-03-01")) if e == "takes_effect"] == [
        expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the rest of a month from publication says only "not yet"
        "The additional duty will apply beginning later this month.",
        "The extra tariff takes effect later this month, officials said.",
    ],
)
def test_the_rest_of_the_month_is_no_deadline(sided: RuleSet, text: str) -> None:
    assert deadlines(sided, text, "2025-03-05") == []


def test_a_part_of_a_month_ahead_is_a_deadline(sided: RuleSet) -> None:
    found = read(deadlines(sided, "The extra tariff takes effect in late March.", "2025-03-05"))
    assert [(s, day) for s, _, day, _ in found] == [("india-extra", "2025-03-21..2025-03-31")]


# Answers named by their side alone, no rate: any tariff of that side names them.
RATELESS = """
deadlines:
  china-answer:
    name: China's answer on US goods
    tariff: {imposer: china, target: us}
  eu-answer:
    name: the EU's answer on US goods
    tariff: {imposer: eu, target: us}
"""


@pytest.fixture(scope="module")
def rateless(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    folder = tmp_path_factory.mktemp("rateless")
    (folder / "deadlines.yaml").write_text(RATELESS, encoding="utf-8")
    return load_ruleset([RULES, DATA / "world_rules", DATA / "trade_rules", folder])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing hit back with new tariffs on U.S. soybeans, set to take effect March 10.", "china-answer"),
        ("China said its duties on American goods would take effect on March 10.", "china-answer"),
        ("The EU has put off its levies on US products that were to go into effect on March 10.", "eu-answer"),
    ],
)
def test_a_side_with_no_rate_is_named_by_a_tariff_noun_of_that_side(
    rateless: RuleSet, text: str, expected: str
) -> None:
    found = read(deadlines(rateless, text, "2025-03-04"))
    assert [(s, day) for s, _, day, _ in found] == [(expected, "2025-03-10")]


@pytest.mark.parametrize(
    "text",
    [
        # another side, no imposer, or a side of its own target
        "The US answered with tariffs on Chinese goods, set to take effect March 10.",
        "New tariffs on U.S. soybeans are set to take effect March 10.",
        "Canada answered with tariffs on U.S. soybeans, set to take effect March 10.",
        "China fears tariffs on Chinese steel, set to take effect March 10.",
    ],
)
def test_no_rateless_side_named(rateless: RuleSet, text: str) -> None:
    assert deadlines(rateless, text, "2025-03-04") == []


@pytest.mark.parametrize(
    "text",
    [
        # a distributive plural opening the next paragraph points back to every subject just named
        "China announced 18% tariffs on U.S. goods. The US answered with a 15% tariff on Chinese imports."
        "\n\nAll of the tariffs were scheduled to start on March 10.",
        "Beijing set 18% duties on American goods, and Washington a 15% tariff on Chinese imports."
        "\n\nBoth of these tariffs take effect March 10.",
        "China announced 18% tariffs on U.S. goods. The US answered with a 15% tariff on Chinese imports."
        " All the new tariffs start on March 10.",
    ],
)
def test_a_distributive_plural_points_back_to_every_subject(sided: RuleSet, text: str) -> None:
    found = read(deadlines(sided, text, "2025-03-04"))
    assert [(s, day) for s, _, day, _ in found if day == "2025-03-10"] == [
        ("china-18pc", "2025-03-10"),
        ("us-15pc", "2025-03-10"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph between, or no distributive: nothing points back across the paragraph
        "China announced 18% tariffs on U.S. goods. The US answered with a 15% tariff on Chinese imports."
        "\n\nMarkets fell.\n\nAll of the tariffs were scheduled to start on March 10.",
        "China announced 18% tariffs on U.S. goods. The US answered with a 15% tariff on Chinese imports."
        "\n\nSome tariffs were scheduled to start on March 10.",
        "China announced 18% tariffs on U.S. goods. The US answered with a 15% tariff on Chinese imports."
        "\n\nAll of the talks were scheduled to start on March 10.",
    ],
)
def test_no_distributive_pointing_back(sided: RuleSet, text: str) -> None:
    assert [c for c in deadlines(sided, text, "2025-03-04") if c.time.label() == "2025-03-10"] == []


def test_a_weekday_of_a_two_day_publication_is_the_coming_one(trade_rules: RuleSet) -> None:
    """Published Monday or Tuesday: "Tuesday" is last week's or this one; a deadline's is this one."""
    found = deadlines(trade_rules, "The tariff pause expires on Tuesday.", "2025-02-03..2025-02-04")
    assert [c.time.label() for c in found] == ["2025-02-04"]


def test_all_of_the_tariffs_after_a_pronoun_s_rate(sided: RuleSet) -> None:
    """The 15% rate's imposer is the pronoun's (the US): both subjects start on the day."""
    text = (
        "Trump set 25% tariffs on Canada. He also ordered a 15% tax on imports from China."
        "\n\nAll of the tariffs start on March 10."
    )
    found = read(deadlines(sided, text, "2025-03-04"))
    assert [(s, day) for s, _, day, _ in found] == [("north-25pc", "2025-03-10"), ("us-15pc", "2025-03-10")]


@pytest.mark.parametrize(
    "text",
    [
        # the shipped truce is no tariff: a phrase of tariff nouns names a tariff's day, not the truce's
        "China and the U.S. extended their tariff truce in May.\n\nThe administration delayed the reciprocal"
        " tariffs until Aug. 1 from July 9.",
        "China and the U.S. agreed a truce in Geneva.\n\nThe new duties take effect on Aug. 1.",
        "The truce with China holds for now.\n\nThe higher tariffs were postponed until Aug. 1.",
    ],
)
def test_a_tariff_phrase_does_not_point_back_to_a_truce(ruleset: RuleSet, text: str) -> None:
    assert [c for c in deadlines(ruleset, text) if "Aug. 1" in c.evidence.sentence] == []


def test_a_tariff_phrase_points_back_to_a_tariff_subject(ruleset: RuleSet, tmp_path: Path) -> None:
    (tmp_path / "deadlines.yaml").write_text(
        "deadlines:\n  extra-duty:\n    name: the extra duty on Ruritania\n"
        "    aliases: [extra duty, additional duties]\n    topic: [[Ruritania]]\n"
        "jurisdictions:\n  ruritania: {name: Ruritania, aliases: [Ruritania]}\n",
        encoding="utf-8",
    )
    rules = load_ruleset([RULES, tmp_path])
    text = "Ruritania faces an extra duty.\n\nThe new duties take effect on Aug. 1."
    assert [(c.key["subject"], c.time.label()) for c in deadlines(rules, text)] == [("extra-duty", "2025-08-01")]


@pytest.mark.parametrize(
    "text",
    [
        # the imposer of the subject's own side is no other measure's actor
        "The US placed a 15% tariff on Chinese imports.\n\nHe said the new duties would take effect on March 10"
        " and help American steel workers.",
        "The US placed a 15% tariff on Chinese imports.\n\nThe higher rates kick in on March 10, officials in"
        " Washington said.",
        "The US placed a 15% tariff on Chinese imports.\n\nThe new U.S. duties start on March 10.",
    ],
)
def test_a_bare_cue_naming_its_subject_s_imposer(sided: RuleSet, text: str) -> None:
    found = read(deadlines(sided, text, published="2025-02-27"))
    assert [(s, day) for s, _, day, _ in found if day == "2025-03-10"] == [("us-15pc", "2025-03-10")]


@pytest.mark.parametrize(
    "text",
    [
        # any other country may be another measure's actor or side: its target's, or one with no side
        "The US placed a 15% tariff on Chinese imports.\n\nThe new duties take effect on March 10, officials in"
        " Beijing said.",
        "The US placed a 15% tariff on Chinese imports.\n\nThe higher rates start on March 10 and will hit"
        " Canadian firms.",
        "The tariff pause is nearly over.\n\nThe new duties take effect on March 10 and help American workers.",
    ],
)
def test_a_bare_cue_naming_another_country_is_unread(sided: RuleSet, text: str) -> None:
    assert [c for c in deadlines(sided, text, published="2025-02-27") if "March 10" in c.evidence.sentence] == []


@pytest.mark.parametrize(
    "text",
    [
        # the one subject named so far: a subject named only later is nothing to point back to
        "The tariff pause is nearly over.\n\nThe higher rates will take effect on July 9.\n\nSeparately,"
        " lawmakers are watching the debt limit.",
        "Officials discussed the 90-day pause.\n\nEach of the new rates goes into effect July 9.\n\nThe debt"
        " ceiling fight resumes next week.",
    ],
)
def test_a_bare_cue_takes_the_one_subject_named_so_far(trade_rules: RuleSet, text: str) -> None:
    found = read(deadlines(trade_rules, text))
    assert [(s, day) for s, _, day, _ in found if day == "2025-07-09"] == [("reciprocal-pause", "2025-07-09")]


def test_two_subjects_named_so_far_leave_a_bare_cue_unread(trade_rules: RuleSet) -> None:
    text = "The tariff pause and the debt limit loom.\n\nThe higher rates will take effect on July 9."
    assert [c for c in deadlines(trade_rules, text) if "July 9" in c.evidence.sentence] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dated noun set for the day says what happens then; a day given up is a replaced one
        (
            "The 90-day pause on reciprocal tariffs was extended.\n\nThe implementation of the duties, originally"
            " set for July 9, has been postponed.",
            [("reciprocal-pause", "takes_effect", "2025-07-09", "former")],
        ),
        (
            "The 90-day pause on reciprocal tariffs was extended.\n\nImplementation of the higher rates had"
            " initially been scheduled for July 9.",
            [("reciprocal-pause", "takes_effect", "2025-07-09", "former")],
        ),
        (
            "Countries are racing to strike deals.\n\nThe implementation of the reciprocal tariffs is slated"
            " for July 20.",
            [("reciprocal-pause", "takes_effect", "2025-07-20", "current")],
        ),
        # agreed before, and still the day: no day given up
        (
            "The pause's previously agreed deadline of July 9 stands.",
            [("reciprocal-pause", "expires", "2025-07-09", "current")],
        ),
    ],
)
def test_a_dated_noun_set_for_a_day(trade_rules: RuleSet, text: str, expected: list[tuple[str, ...]]) -> None:
    assert read(deadlines(trade_rules, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # set for a day with no dated noun: a meeting's day, nobody's deadline
        "The 90-day pause on reciprocal tariffs was extended.\n\nThe next round of talks, set for July 9, was moved.",
        "The reciprocal tariffs are in the news.\n\nA vote on the pause is scheduled for July 9.",
        # the dated noun in another noun's phrase: that noun is set for the day
        "The reciprocal tariffs are in the news.\n\nTalks about the pause's implementation are set for July 9.",
        "The reciprocal tariffs are in the news.\n\nA meeting on implementation of the pause is slated for July 9.",
        # the word of a "<word> date" stands for it only before a verb setting the day, never after the day
        "An order published on July 9 suspending implementation of the reciprocal tariffs followed.",
        "Guidance issued on July 9 delaying implementation of the reciprocal tariffs was welcomed.",
    ],
)
def test_a_day_set_for_something_else_is_no_deadline(trade_rules: RuleSet, text: str) -> None:
    assert [c for c in deadlines(trade_rules, text) if c.time.label() == "2025-07-09"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of days or weeks after a thing the article dates by one day
        (
            "The president signed the order on Monday.\n\nThe reciprocal tariffs apply with effect from 21 days"
            " after the date of the order.",
            "2025-07-28",
        ),
        (
            "Officials published a decree on July 1 setting out the plan.\n\nThe reciprocal tariffs take effect"
            " two weeks after the publication of the decree.",
            "2025-07-15",
        ),
        (
            "Monday's agreement was welcomed by markets.\n\nThe tariff pause ends 10 days after the agreement.",
            "2025-07-17",
        ),
        # "in order to" dates no order
        (
            "Talks were held in order to meet the July 9 target. The president signed the order on Monday.\n\n"
            "The reciprocal tariffs take effect 21 days after the order.",
            "2025-07-28",
        ),
    ],
)
def test_a_count_of_days_after_a_dated_thing(trade_rules: RuleSet, text: str, expected: str) -> None:
    assert [c.time.label() for c in deadlines(trade_rules, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the thing dated by two different days, or by none: no day to count from
        "An order was signed on Monday and a second order on July 1.\n\nThe reciprocal tariffs apply 21 days"
        " after the order.",
        "The president signed the order.\n\nThe reciprocal tariffs apply with effect from 21 days after the date"
        " of the order.",
        # dated only after the phrase: nothing to count from yet
        "The reciprocal tariffs apply 21 days after the order.\n\nThe order was signed on Monday.",
        # a later event of the thing dated ("after the deal is signed"), and no noun of its own ("in order to")
        "The deal was struck on Monday.\n\nThe tariff pause ends seven days after the deal is signed.",
        "Talks are being held in order to meet the July 9 target.\n\nThe reciprocal tariffs take effect 21 days"
        " after the order.",
    ],
)
def test_no_count_from_a_thing_dated_twice_or_not_yet(trade_rules: RuleSet, text: str) -> None:
    assert deadlines(trade_rules, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a timeline's entry: the day, a colon or dash, and a cue ending the entry
        ("Dates in the US-China tariff truce:\n\n- Nov. 10: Extended truce expires", [("expires", "2025-11-10")]),
        (
            "The US-China tariff truce, step by step.\n\n* Nov. 10 - The extended truce runs out.",
            [("expires", "2025-11-10")],
        ),
        ("What to watch in the US-China trade truce:\n\n1. Nov. 10: truce lapses", [("expires", "2025-11-10")]),
    ],
)
def test_a_timeline_entry_ending_in_a_cue(ruleset: RuleSet, text: str, expected: list[tuple[str, str]]) -> None:
    found = deadlines(ruleset, text, "2025-09-01")
    assert [(str(c.key["event"]), c.time.label()) for c in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dates in the US-China tariff truce:\n\n- Aug. 11: Truce extended by 90 days",  # no cue ends it
        "Dates in the US-China tariff truce:\n\n- Aug. 11: Trump said the truce expires soon",  # reported
        "Dates in the US-China tariff truce:\n\n- Oct. 26: Talks on the truce end",  # ends, but the talks
    ],
)
def test_a_timeline_entry_not_ending_in_the_subject_s_cue(ruleset: RuleSet, text: str) -> None:
    assert [c.time.label() for c in deadlines(ruleset, text, "2025-09-01")] == []
