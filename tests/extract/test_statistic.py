"""statistic extraction: metric, country, partner, measure, value, hedge, basis and period."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.extract import extract_claims
from factcheck.models import Claim
from factcheck.ruleset import RuleSet, RuleSetError, load_ruleset
from factcheck.settings import default_rules_dir
from tests.conftest import make_article

Claims = Callable[..., list[Claim]]
Stat = tuple[str, str, str, str, float]


def stats(claims: list[Claim]) -> list[Stat]:
    return [
        (str(c.key["metric"]), str(c.key["subject"]), str(c.key["partner"]), str(c.key["measure"]), number(c))
        for c in claims
    ]


def number(claim: Claim) -> float:
    value = claim.value["value"]
    assert isinstance(value, float)
    return value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the seed
        (
            "China’s exports to the U.S. fell nearly 12% year-on-year in 2024, while U.S. manufacturers faced "
            "rising production costs.",
            [("exports", "china", "us", "change", -12.0)],
        ),
        # wire style
        (
            "BEIJING, Oct 14 (Reuters) - China's exports rose 8.3% in September from a year earlier.",
            [("exports", "china", "", "change", 8.3)],
        ),
        ("Chinese imports from the United States dropped 5 percent.", [("imports", "china", "us", "change", -5.0)]),
        ("Exports from China to the U.S. fell 10% in 2024.", [("exports", "china", "us", "change", -10.0)]),
        (
            "The U.S. trade deficit with China narrowed 20% in 2024.",
            [("trade-deficit", "us", "china", "change", -20.0)],
        ),
        # blog style
        ("A 12% drop in exports hit factories in 2024.", [("exports", "", "", "change", -12.0)]),
        ("Exports were 5% lower than a year earlier.", [("exports", "", "", "change", -5.0)]),
        ("The economy grew 2.8% in 2024.", [("gdp-growth", "", "", "change", 2.8)]),
        ("China's GDP grew 5 per cent in 2024.", [("gdp-growth", "china", "", "change", 5.0)]),
        ("GDP growth slowed to 4.8% in the third quarter.", [("gdp-growth", "", "", "change", 4.8)]),
        ("Inflation eased to 2.4% in September.", [("inflation", "", "", "change", 2.4)]),
        ("Consumer prices rose 2.9% year-on-year in August.", [("inflation", "", "", "change", 2.9)]),
        ("Inflation rose from 2% to 3% in 2024.", [("inflation", "", "", "change", 3.0)]),
        # press release style
        ("The unemployment rate rose to 4.3% in August.", [("unemployment-rate", "", "", "level", 4.3)]),
        ("The jobless rate was 4.1% in September.", [("unemployment-rate", "", "", "level", 4.1)]),
        ("Unemployment rose 0.2 percentage points.", [("unemployment-rate", "", "", "change", 0.2)]),
    ],
)
def test_statistics(claims_of: Claims, sentence: str, expected: list[Stat]) -> None:
    assert sorted(stats(claims_of(sentence, kind="statistic"))) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tariffs rose 10% last year.",  # ten points, or a tenth more? ambiguous for a level
        "Chip exports to China fell 20%.",  # a narrower statistic
        "Core inflation rose to 3.1%.",  # a narrower statistic
        "Inflation expectations rose to 3%.",  # a different quantity
        "Tariff revenue jumped 40%.",  # a different quantity
        "The deficit reached 6% of GDP.",  # a ratio
        "Trump threatened tariffs of 100% on Chinese goods.",  # a threat
        "Economists expect exports to rise 5% next year.",  # a forecast
        "Beijing set a growth target of around 5% and GDP could grow 5%.",  # a target, a conditional
        "Exports to 150 countries rose.",  # no unit
        "Inflation data sent the Dow down 1% on Friday.",  # a market move, not inflation
        "Exports and imports rose 5%.",  # which one?
        "Exports did not fall 5%.",  # negated
        "China imports 10% of its oil.",  # no direction, no level word
        "China Exports Fell 12% As Trade War Bites\n\nBody text.",  # a heading
        "In 2024, exports were flat.",  # no number; 2024 is not one
    ],
)
def test_no_statistic(claims_of: Claims, sentence: str) -> None:
    assert stats(claims_of(sentence, kind="statistic")) == []


def test_seed_claim_in_full(claims_of: Claims) -> None:
    [claim] = claims_of(
        "China’s exports to the U.S. fell nearly 12% year-on-year in 2024, while U.S. manufacturers faced costs.",
        published="2025-10",
        kind="statistic",
    )
    assert claim.value == {
        "value": -12.0,
        "unit": "percent",
        "lo": -12.0,
        "hi": pytest.approx(-10.8),
        "basis": "year-on-year",
    }
    assert claim.qualifiers.hedge == "nearly"
    assert claim.labels == {
        "metric": "Exports",
        "subject": "China",
        "partner": "United States",
        "measure": "change",
        "value": "down nearly 12% year-on-year",
    }
    assert (claim.time.start, claim.time.end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert claim.time_source == "sentence"


def test_level_with_hedge(claims_of: Claims) -> None:
    [claim] = claims_of("China's trade surplus, which stands at about 55%, remains.", kind="statistic")
    assert (claim.value["lo"], claim.value["hi"]) == pytest.approx((49.5, 60.5))
    assert claim.labels["value"] == "about 55%"


def test_unknown_country_is_kept_unresolved(claims_of: Claims) -> None:
    [claim] = claims_of("Japan's exports fell 3% in September.", kind="statistic")
    assert claim.key["subject"] == "japan"
    assert claim.unresolved == ("subject",)


def test_comparison_base_is_not_the_period(claims_of: Claims) -> None:
    [claim] = claims_of("China's exports rose 8% in September from the same month last year.", kind="statistic")
    assert claim.time.label() == "2025-09"
    assert claim.value["basis"] == "year-on-year"


def test_a_market_move_is_not_a_statistic(claims_of: Claims) -> None:
    found = claims_of("The S&P 500 rose 1.1% for the week, as exports rose 3% in September.")
    assert sorted(c.kind for c in found) == ["market_move", "statistic"]
    [stat] = [c for c in found if c.kind == "statistic"]
    assert stat.value["value"] == 3.0


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("China's exports rose 5% in the first nine months of 2024.", dt.date(2024, 1, 1), dt.date(2024, 9, 30)),
        ("China's exports are up 5% so far this year.", dt.date(2025, 1, 1), dt.date(2025, 10, 15)),
        (
            "Imports rose 7.4% in September, the fastest pace since April 2024.",
            dt.date(2025, 9, 1),
            dt.date(2025, 9, 30),
        ),
    ],
)
def test_period_of_the_figure(claims_of: Claims, sentence: str, start: dt.date, end: dt.date) -> None:
    [claim] = claims_of(sentence, published="2025-10-15", kind="statistic")
    assert (claim.time.start, claim.time.end) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "basis"),
    [
        ("U.S. consumer prices rose 0.3% month-on-month in September.", "month-on-month"),
        ("Annual inflation rose to 3% in September.", "year-on-year"),
        ("The economy grew 3.8% annualized in the second quarter.", "annualized"),
        ("Exports rose 5% from a year ago.", "year-on-year"),
    ],
)
def test_basis(claims_of: Claims, sentence: str, basis: str) -> None:
    [claim] = claims_of(sentence, kind="statistic")
    assert claim.value["basis"] == basis


def test_ticked_up_to_is_a_level_not_a_hedge(claims_of: Claims) -> None:
    [claim] = claims_of("The unemployment rate ticked up to 4.3%, the highest since 2021.", kind="statistic")
    assert claim.qualifiers.hedge is None
    assert (claim.key["measure"], claim.value["value"]) == ("level", 4.3)


@pytest.mark.parametrize(
    ("sentence", "measure", "value", "unit"),
    [
        ("The U.S. trade deficit widened to a record $140.5 billion in March.", "level", 140.5e9, "USD"),
        ("The US trade gap hit $140.5bn in March, officials said.", "level", 140.5e9, "USD"),
        ("The U.S. trade deficit narrowed by $10 billion in April.", "change", -10e9, "USD"),
        ("China's trade surplus was 1.2 trillion yen in June.", "level", 1.2e12, "JPY"),
        ("China's exports of €20 billion in May set a record.", "level", 20e9, "EUR"),
    ],
)
def test_amounts(claims_of: Claims, sentence: str, measure: str, value: float, unit: str) -> None:
    [claim] = [c for c in claims_of(sentence, kind="statistic") if c.value["unit"] == unit]
    assert claim.key["measure"] == measure
    assert claim.value["value"] == pytest.approx(value)


def test_change_and_the_level_it_reached(claims_of: Claims) -> None:
    found = claims_of("The U.S. trade deficit widened 14% to a record $140.5 billion in March.", kind="statistic")
    read = sorted((str(c.key["measure"]), c.value["unit"], c.labels["value"]) for c in found)
    assert read == [("change", "percent", "up 14%"), ("level", "USD", "$140.5 billion")]
    assert {c.time.label() for c in found} == {"2025-03"}


@pytest.mark.parametrize(
    "sentence",
    [
        "China's exports fell $20 billion short of forecasts.",  # no "by": not a change in amount
        "Nvidia lost $590 billion in market value.",  # no metric
    ],
)
def test_amounts_not_read(claims_of: Claims, sentence: str) -> None:
    assert [c for c in claims_of(sentence, kind="statistic") if c.value["unit"] != "percent"] == []


def test_provisional_figures(claims_of: Claims) -> None:
    [claim] = claims_of("China's exports rose 8% in September, preliminary data showed.", kind="statistic")
    assert claim.qualifiers.provisional
    [final] = claims_of("China's exports rose 8% in September.", kind="statistic")
    assert not final.qualifiers.provisional


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. trade gap widened 12% to a record $150.2 billion from a revised $134.1 billion in February.",
        "China's exports climbed 6% to $320 billion from $302 billion in August.",
        "The U.S. trade deficit narrowed 10% to $60 billion, from 9.1% in July.",
    ],
)
def test_the_time_after_a_from_value_dates_that_value_not_the_new_one(claims_of: Claims, sentence: str) -> None:
    """ "to $140.5 billion from $123.2 billion in February": February is the month it started from;
    the starting level is read as that month's, and only it."""
    found = claims_of(sentence, published="2025-10-14", kind="statistic")
    dated = [c for c in found if c.time.label() in ("2025-02", "2025-08", "2025-07")]
    assert len(found) > len(dated)
    assert all(c.key["measure"] == "level" and c.surface.endswith(("$134.1 billion", "$302 billion")) for c in dated)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The U.S. trade gap widened 12% to a record $150.2 billion from a revised $134.1 billion in February.",
            [("level", 150.2e9, "2025-10-14", False), ("level", 134.1e9, "2025-02", True)],
        ),
        (
            "Japan's trade deficit widened to 900 billion yen in August from 500 billion yen in July.",
            [("level", 900e9, "2025-08", False), ("level", 500e9, "2025-07", False)],
        ),
        (
            "Inflation rose to 3.1% in September from 2.9% in August.",
            [("change", 3.1, "2025-09", False), ("change", 2.9, "2025-08", False)],
        ),
        (
            "The trade deficit narrowed to $60 billion from the previously reported $65 billion in August.",
            [("level", 60e9, "2025-10-14", False), ("level", 65e9, "2025-08", True)],
        ),
    ],
)
def test_the_level_it_started_from_with_a_time_of_its_own(
    claims_of: Claims, sentence: str, expected: list[tuple[str, float, str, bool]]
) -> None:
    """A vintage ("a revised", "the previously reported") is provisional: figures revised between
    articles are not compared."""
    found = [
        c
        for c in claims_of(sentence, published="2025-10-14", kind="statistic")
        if c.value.get("unit") != "percent" or c.key["metric"] == "inflation"
    ]
    got = [(str(c.key["measure"]), number(c), c.time.label(), c.qualifiers.provisional) for c in found]
    assert [g for g in got if g[0] == "level" or g[1] in (3.1, 2.9)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The trade deficit narrowed to $60 billion from $65 billion.",  # no time of its own: unknown
        "Exports rose to $60 billion from $65 billion in tariffs.",  # no time after it
        "The trade deficit narrowed to $60 billion from 9% in August.",  # another unit: not a level of it
    ],
)
def test_no_starting_level_without_its_own_time(claims_of: Claims, sentence: str) -> None:
    found = claims_of(sentence, published="2025-10-14", kind="statistic")
    assert [number(c) for c in found if c.key["measure"] == "level"] == [60e9]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the paragraph's period carries to a sentence naming none
        ("U.S. imports rose 4.4% to $419 billion in March. U.S. exports climbed 0.2%.", ["2025-03", "2025-03"]),
        ("China's exports vaulted 8% in September. China's imports fell 1%.", ["2025-09", "2025-09"]),
        # not across a paragraph break
        ("U.S. imports rose 4.4% in March.\n\nU.S. exports climbed 0.2%.", ["2025-03", "2025-10-14"]),
    ],
)
def test_a_paragraph_s_period_dates_its_undated_figures(claims_of: Claims, text: str, expected: list[str]) -> None:
    found = [c for c in claims_of(text, published="2025-10-14", kind="statistic") if c.key["measure"] == "change"]
    assert [c.time.label() for c in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure with no country of its own is about the paragraph's
        ("U.S. exports rose 3.6% in June. Imports fell 2% in June.", ["us", "us"]),
        ("China's imports fell 1% in September, customs data showed. Exports rose 8%.", ["china", "china"]),
        # or the one country the headline names
        ("U.S. Economy Grows Faster Than Expected\n\nGross domestic product grew 0.7% in the first quarter.", ["us"]),
        # not across a paragraph break, and not from a headline naming two countries
        ("U.S. exports rose 3.6% in June.\n\nImports fell 2% in June.", ["us", ""]),
        ("US And China Trade Blows\n\nExports fell 2% in June.", [""]),
        # a country the headline names as a partner is not the subject
        ("China's Surplus Grows Despite Drop In Exports To The US\n\nImports fell 2% in June.", ["china"]),
        # never a country the figure is traded with
        ("China Trade Data\n\nExports to China fell 2% in June.", [""]),
    ],
)
def test_a_figure_without_a_country_takes_its_context_s(claims_of: Claims, text: str, expected: list[str]) -> None:
    found = [c for c in claims_of(text, kind="statistic") if c.key["measure"] == "change"]
    assert [c.key["subject"] for c in found] == expected


def test_a_country_from_context_is_marked_as_inferred(claims_of: Claims) -> None:
    first, second = claims_of("U.S. exports rose 3.6% in June. Imports fell 2% in June.", kind="statistic")
    assert "subject_from" not in first.labels
    assert second.labels["subject_from"] == "paragraph"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside after the metric names or explains it
        ("U.S. gross domestic product (GDP) increased by 0.7% in the first quarter.", ("gdp-growth", 0.7)),
        ("U.S. GDP — the broadest measure of output — grew 0.7% in the first quarter.", ("gdp-growth", 0.7)),
        (
            "U.S. gross domestic product (GDP), the broadest measure of output, grew 0.7%.",
            None,  # a comma aside may be a clause of its own: not read
        ),
        # the pace of a change
        ("China's economy contracted at an annual rate of 0.7% in the first quarter.", ("gdp-growth", -0.7)),
        ("The U.S. economy grew at an annualized pace of 2.4% in the third quarter.", ("gdp-growth", 2.4)),
    ],
)
def test_asides_and_paces(claims_of: Claims, sentence: str, expected: tuple[str, float] | None) -> None:
    found = [c for c in claims_of(sentence, kind="statistic") if c.key["measure"] == "change"]
    if expected is None:
        assert found == []
        return
    assert [(c.key["metric"], number(c)) for c in found] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "China's exports of steel decreased by 28.5% in June.",
        "U.S. imports of crude oil fell 3% in March.",
        "China's exports of rare earths slumped 20% in May.",
    ],
)
def test_a_metric_narrowed_by_of_is_another_statistic(claims_of: Claims, sentence: str) -> None:
    assert claims_of(sentence, kind="statistic") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Underlying inflation was 2.9 per cent in the March quarter.",
        "In the June quarter underlying inflation eased to 2.7%.",
        "Trimmed mean inflation rose 0.6% over the quarter.",
    ],
)
def test_another_measure_named_like_a_participle_is_another_statistic(claims_of: Claims, sentence: str) -> None:
    assert claims_of(sentence, kind="statistic") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Rising inflation hit 3.1% in September.",
        # a narrowing word elsewhere in the clause narrows nothing: only right before the metric
        "With underlying costs up in September, inflation hit 3.1%.",
    ],
)
def test_a_participle_before_a_metric_still_names_it(claims_of: Claims, sentence: str) -> None:
    """ "rising inflation" is inflation: only the words `statistic_cues.narrower` lists narrow it."""
    assert [number(c) for c in claims_of(sentence, kind="statistic")] == [3.1]


@pytest.mark.parametrize(
    "sentence",
    [
        # goods alone are not goods and services: another statistic, which a project may declare
        "U.S. exports of goods increased 0.7% in March.",
        "U.S. goods imports soared 5.4% to a record $346.8 billion in March.",
    ],
)
def test_goods_trade_is_not_total_trade(claims_of: Claims, sentence: str) -> None:
    assert claims_of(sentence, kind="statistic") == []


def test_exports_of_goods_and_services_are_exports(claims_of: Claims) -> None:
    [c] = claims_of("U.S. exports of goods and services increased 0.7% in March.", kind="statistic")
    assert (c.key["metric"], number(c)) == ("exports", 0.7)


@pytest.mark.parametrize(
    ("sentence", "basis"),
    [
        # a change over a year, or the first months of one, is against the same period a year before
        ("Chinese exports to the United States dropped 20% in 2024.", "year-on-year"),
        ("China's exports rose 5% in the first five months of the year.", "year-on-year"),
        # a month's or a quarter's change says nothing of its basis
        ("U.S. consumer prices rose 0.3% in September.", None),
        ("U.S. gross domestic product grew 0.7% in the first quarter.", None),
        # a stated basis wins
        ("China's exports rose 2% month-on-month in 2024.", "month-on-month"),
    ],
)
def test_the_basis_a_long_period_implies(claims_of: Claims, sentence: str, basis: str | None) -> None:
    [c] = [c for c in claims_of(sentence, kind="statistic") if c.key["measure"] == "change"]
    assert c.value.get("basis") == basis


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("China's exports rose 3.6% in the first half of 2024.", "2024-01-01..2024-06-30"),
        ("In the first half of the year, China's exports totaled $1.8 trillion.", "2025-01-01..2025-06-30"),
        ("China's exports rose 3.6% during the first six months of 2024.", "2024-01-01..2024-06-30"),
    ],
)
def test_the_first_half_is_the_first_six_months(claims_of: Claims, sentence: str, label: str) -> None:
    [c] = claims_of(sentence, published="2025-07-20", kind="statistic")
    assert c.time.label() == label


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("China's imports rose by only 1.3%, totaling $1.2 trillion in the first half.", 1.2e12),
        ("This reflects a 3.6% year-on-year increase in China's exports, reaching $1.8 trillion.", 1.8e12),
        ("U.S. imports rose 4.4% to $419 billion in March.", 4.19e11),
    ],
)
def test_the_level_a_change_reached(claims_of: Claims, sentence: str, level: float) -> None:
    found = {c.key["measure"]: number(c) for c in claims_of(sentence, published="2025-07-20", kind="statistic")}
    assert found["level"] == level and "change" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonstrative opening continues the paragraph before: its period and country carry over
        (
            "China's trade surplus narrowed 34% in the first half of 2025.\n\n"
            "This gain reflects a 3.6% increase in exports.",
            ("china", "2025-01-01..2025-06-30"),
        ),
        (
            "China's trade surplus narrowed 34% in the first half of 2025.\n\n"
            "That decline reflected imports rising 1.3% while exports rose 3.6%.",
            ("china", "2025-01-01..2025-06-30"),
        ),
        # any other opening starts afresh
        (
            "China's trade surplus narrowed 34% in the first half of 2025.\n\nExports rose 3.6%.",
            ("", "2025-07-20"),
        ),
    ],
)
def test_a_demonstrative_opening_continues_the_paragraph_before(
    claims_of: Claims, text: str, expected: tuple[str, str]
) -> None:
    found = [c for c in claims_of(text, published="2025-07-20", kind="statistic") if c.key["metric"] == "exports"]
    assert [(c.key["subject"], c.time.label()) for c in found] == [expected]


# A pronoun opening a sentence stands for the metric the sentence before opened on, with its country;
# a second predicate joined by "and" ("is fixed by law and now stands at") holds the number.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The debt limit caps what the US Treasury may borrow. "
            "It is fixed by Congress and now stands at $36.1 trillion.",
            [("debt-limit", "us", "", "level", 36.1e12)],
        ),
        (
            "The US unemployment rate is watched closely. It rose to 4.4% in September.",
            [("unemployment-rate", "us", "", "level", 4.4)],
        ),
        (
            "Chinese exports slowed over the summer. They fell 2.5% in August.",
            [("exports", "china", "", "change", -2.5)],
        ),
        (
            "The US debt ceiling is set in law and currently stands at $31.4 trillion.",
            [("debt-limit", "us", "", "level", 31.4e12)],
        ),
    ],
)
def test_a_pronoun_continues_the_metric(claims_of: Claims, text: str, expected: list[Stat]) -> None:
    assert stats(claims_of(text, published="2025-10-15", kind="statistic")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before was not about the metric: "It" is the bank
        "The central bank met on Tuesday to review inflation. It cut its main rate to 4.5%.",
        # a new paragraph: the pronoun points nowhere known
        "The US unemployment rate is watched closely.\n\nIt rose to 4.4% in September.",
        # "and" before another subject is no second predicate of the first
        "The US unemployment rate was steady and wages rose 4% in September.",
    ],
)
def test_no_pronoun_reading(claims_of: Claims, text: str) -> None:
    found = claims_of(text, published="2025-10-15", kind="statistic")
    assert not [c for c in found if c.evidence.sentence.startswith(("It", "They")) or c.value["value"] == 4.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decimal comma, as continental copy writes it
        ("US GDP grew by 0,6 percent in the first quarter.", [("gdp-growth", "us", "", "change", 0.6)]),
        ("US inflation eased to 2,4% in May.", [("inflation", "us", "", "change", 2.4)]),
        # "May" the month is no modal: "in May" neither blocks the number nor makes it a forecast
        ("US exports in May rose 5%.", [("exports", "us", "", "change", 5.0)]),
        (
            "Chinese exports fell 9% in May, with imports falling 3%.",
            [("exports", "china", "", "change", -9.0), ("imports", "china", "", "change", -3.0)],
        ),
        # one adjective after the article before the number
        (
            "US GDP grew by a revised 0.3 percent in the third quarter.",
            [("gdp-growth", "us", "", "change", 0.3)],
        ),
        ("US exports fell an estimated 2% in May.", [("exports", "us", "", "change", -2.0)]),
        # "for goods and services" says what the metric is, like "of goods and services"
        ("US exports for goods and services totaled $251 billion in June.", [("exports", "us", "", "level", 251e9)]),
        # a thousands separator keeps its three digits
        ("US exports rose to $1,250 billion in 2024.", [("exports", "us", "", "level", 1250e9)]),
        # the level a change reached, after "an all-time high"
        (
            "US imports rose 2.9% to an all-time high $388 billion in July.",
            [("imports", "us", "", "change", 2.9), ("imports", "us", "", "level", 388e9)],
        ),
        # a with-clause elaborates the figure before it, partner and all
        (
            "Chinese exports to the U.S. fell 9% in May, with imports falling 3%.",
            [("exports", "china", "us", "change", -9.0), ("imports", "china", "us", "change", -3.0)],
        ),
    ],
)
def test_number_forms_and_elaborations(claims_of: Claims, text: str, expected: list[Stat]) -> None:
    assert stats(claims_of(text, published="2025-06-20", kind="statistic")) == expected


def test_a_new_sentence_does_not_inherit_the_partner(claims_of: Claims) -> None:
    text = "Chinese exports to the U.S. fell 9% in May. Chinese imports dropped 3%."
    assert [s[2] for s in stats(claims_of(text, published="2025-06-20", kind="statistic"))] == ["us", ""]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time phrase between the metric and its number is no clause of its own
        (
            "China's exports between March and May fell 4.2 percent.",
            [("exports", "china", "", "change", -4.2)],
        ),
        (
            "US imports from January to April rose 6%.",
            [("imports", "us", "", "change", 6.0)],
        ),
        # the level a change settled at, and one after the change's base
        (
            "Chinese exports in April fell by 1.5%, settling at $290 billion.",
            [("exports", "china", "", "change", -1.5), ("exports", "china", "", "level", 290e9)],
        ),
        (
            "US exports to China declined 8 percent from a year earlier to $140 billion.",
            [("exports", "us", "china", "change", -8.0), ("exports", "us", "china", "level", 140e9)],
        ),
        # a change put after a level, as an appositive
        (
            "In the first half, China's exports totaled $1.7 trillion, up 5.8 percent.",
            [("exports", "china", "", "level", 1.7e12), ("exports", "china", "", "change", 5.8)],
        ),
        (
            "The US trade deficit stood at $450 billion in the first six months, marking a 12% increase.",
            [("trade-deficit", "us", "", "level", 450e9), ("trade-deficit", "us", "", "change", 12.0)],
        ),
        (
            "China's trade surplus reached $600 billion (about 4.3 trillion yuan) in the first half, a 9% rise.",
            [("trade-surplus", "china", "", "level", 600e9), ("trade-surplus", "china", "", "change", 9.0)],
        ),
        # a country's own total put before its metric
        (
            "Phones made up a fifth of China's $3.4 trillion in exports last year.",
            [("exports", "china", "", "level", 3.4e12)],
        ),
        ("Soybeans led China's $160 billion imports from the U.S.", [("imports", "china", "us", "level", 160e9)]),
        # the economy as GDP, at a pace
        (
            "Output slowed, with the US economy contracting at a 0.5% annualized rate.",
            [("gdp-growth", "us", "", "change", -0.5)],
        ),
        ("China's economy grows 4.8% in the third quarter.", [("gdp-growth", "china", "", "change", 4.8)]),
    ],
)
def test_time_phrases_appositives_and_totals(claims_of: Claims, text: str, expected: list[Stat]) -> None:
    assert stats(claims_of(text, published="2025-07-20", kind="statistic")) == expected


def test_a_level_is_dated_as_its_change_and_takes_no_basis(claims_of: Claims) -> None:
    found = claims_of(
        "Chinese exports in April fell 1.5% from a year earlier, settling at $290 billion.",
        published="2025-07-20",
        kind="statistic",
    )
    change, level = found
    assert change.time.label() == level.time.label() == "2025-04"
    assert change.value.get("basis") == "year-on-year" and "basis" not in level.value


@pytest.mark.parametrize(
    "text",
    [
        "Tariffs on $20 billion of US exports take effect next week.",  # goods worth that much, no owner
        "China's $50 billion package of exports credits was approved.",  # another noun between
        "China's exports totaled $1.7 trillion, though analysts expect a 5% rise.",  # a forecast after
    ],
)
def test_no_total_or_appositive_is_guessed(claims_of: Claims, text: str) -> None:
    found = stats(claims_of(text, published="2025-07-20", kind="statistic"))
    assert all(s[3] != "change" or s[4] != 5.0 for s in found)
    assert ("exports", "us", "", "level", 20e9) not in found and not any(s[4] == 50e9 for s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum right after "a" names its metric: a level, its country the clause's subject
        (
            "China posted a record $1.2 trillion trade surplus last year.",
            [("trade-surplus", "china", "", "level", 1.2e12)],
        ),
        (
            "The US ran a $90 billion trade deficit with China in 2024.",
            [("trade-deficit", "us", "china", "level", 9e10)],
        ),
        # a country opening the clause is the subject of a metric that names none
        (
            "China recorded a trade surplus of $98 billion in June.",
            [("trade-surplus", "china", "", "level", 9.8e10)],
        ),
        # a verb of recording takes "SUM in METRIC" as its object
        (
            "China racked up $98 billion in trade surplus in June.",
            [("trade-surplus", "china", "", "level", 9.8e10)],
        ),
        ("The US posted a record $300 billion in exports last year.", [("exports", "us", "", "level", 3e11)]),
        ("China reports about $40 billion in imports each month.", [("imports", "china", "", "level", 4e10)]),
    ],
)
def test_a_sum_before_its_metric_and_the_clause_s_country(claims_of: Claims, text: str, expected: list[Stat]) -> None:
    assert stats(claims_of(text, published="2025-07-20", kind="statistic")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The US and China agreed to talk, while exports rose 3%.",  # two countries, another clause
        "Trade with China fell 2% as exports dropped 4%.",  # a partner, not a subject
        "They signed a $20 billion exports deal.",  # a deal, not exports
        "Tariffs took effect on China's $20 billion in exports.",  # goods worth that much
        "The duties fall on a $20 billion slice of exports.",
        "New levies targeting China's $20 billion of exports begin soon.",
        "The trade war cost China $20 billion in exports.",  # a loss, not the total
        "The US put $20 billion in exports at risk.",
        "China recorded gains worth $20 billion in exports.",  # no verb right before the sum
    ],
)
def test_no_country_or_sum_is_guessed(claims_of: Claims, text: str) -> None:
    found = stats(claims_of(text, published="2025-07-20", kind="statistic"))
    assert all(s[1] == "" for s in found) and not any(s[4] == 2e10 for s in found)


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("On a monthly basis, US consumer prices fell 0.2% in August.", "month-on-month"),
        ("On a seasonally adjusted monthly basis, US inflation rose 0.1% in August.", "month-on-month"),
        ("US consumer prices rose 0.3% on a monthly basis in August.", "month-on-month"),
        ("Year over year, US consumer prices rose 2.5% in August.", "year-on-year"),
        ("On a quarterly basis, China's GDP grew 1.1% in the second quarter.", "quarter-on-quarter"),
    ],
)
def test_a_basis_phrase_before_or_after_the_number(claims_of: Claims, text: str, basis: str) -> None:
    [claim] = claims_of(text, published="2024-09-17", kind="statistic")
    assert claim.value.get("basis") == basis


@pytest.mark.parametrize(
    "text",
    [
        "Excluding gasoline, US consumer prices rose 2.2% in August.",
        "US inflation rose 2.4% in August, excluding food and energy.",
        "China's exports other than steel rose 4% in May.",
        "Apart from autos, US imports fell 3% in June.",
    ],
)
def test_a_part_taken_out_is_another_statistic(claims_of: Claims, text: str) -> None:
    assert claims_of(text, published="2024-09-17", kind="statistic") == []


def test_less_than_is_a_hedge_not_an_exclusion(claims_of: Claims) -> None:
    assert stats(claims_of("US inflation was less than 2% in August.", published="2024-09-17", kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("US real GDP increased at an annual rate of 3.0% in the second quarter.", 3.0),
        ("Real gross domestic product (GDP) in the US decreased 0.5% in the first quarter.", -0.5),
    ],
)
def test_real_gdp_is_gdp(claims_of: Claims, text: str, value: float) -> None:
    found = stats(claims_of(text, published="2025-07-31", kind="statistic"))
    assert [(s[0], s[4]) for s in found] == [("gdp-growth", value)]


def test_nominal_gdp_is_another_statistic(claims_of: Claims) -> None:
    assert claims_of("US nominal GDP rose 5% in the second quarter.", published="2025-07-31", kind="statistic") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Our trade deficit with Canada grew for a third straight year, reaching $52 billion.",
            [("trade-deficit", "level", 52e9)],
        ),
        ("Exports slipped, hitting a record low of $20 billion.", [("exports", "level", 20e9)]),
        ("The trade surplus widened over the year, totaling $12 billion.", [("trade-surplus", "level", 12e9)]),
    ],
)
def test_a_participle_after_a_comma_gives_the_level(
    claims_of: Claims, sentence: str, expected: list[tuple[str, str, float]]
) -> None:
    found = claims_of(sentence, kind="statistic")
    assert [(str(c.key["metric"]), str(c.key["measure"]), number(c)) for c in found] == expected
    assert all("basis" not in c.value for c in found)  # a level is measured against nothing


@pytest.mark.parametrize(
    "sentence",
    [
        # another clause between
        "The trade deficit narrowed, analysts said, reaching for comparisons with $52 billion.",
        "The trade deficit narrowed, reaching agreement on $52 billion of purchases.",  # not the level reached
    ],
)
def test_no_participle_level_across_clauses(claims_of: Claims, sentence: str) -> None:
    assert claims_of(sentence, kind="statistic") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near a sentence naming GDP, "growth" right after a percentage is GDP's (`implied_by`)
        (
            "U.S. GDP grew 0.7% in the third quarter. That followed 0.4% growth in the second quarter.",
            [("gdp-growth", 0.7, "2025-07-01..2025-09-30"), ("gdp-growth", 0.4, "2025-04-01..2025-06-30")],
        ),
        (
            "The economy expanded 1.1% in the third quarter, after a 0.2% expansion in the final quarter of 2024.",
            [("gdp-growth", 1.1, "2025-07-01..2025-09-30"), ("gdp-growth", 0.2, "2024-10-01..2024-12-31")],
        ),
        (
            "Gross domestic product rose 0.5% in the third quarter.\n\nIt came after 0.3% quarterly growth in the final"
            " three months of 2024.",
            [("gdp-growth", 0.5, "2025-07-01..2025-09-30"), ("gdp-growth", 0.3, "2024-10-01..2024-12-31")],
        ),
        ("China's GDP grew 5%. China's 5% growth led the region.", [("gdp-growth", 5.0, "2025-10-15")] * 2),
        # a clause naming the metric may compare its figure with the noun's
        (
            "The economy grew 0.6% in the third quarter after 0.3% growth in the second quarter.",
            [("gdp-growth", 0.6, "2025-07-01..2025-09-30"), ("gdp-growth", 0.3, "2025-04-01..2025-06-30")],
        ),
    ],
)
def test_a_noun_standing_for_the_metric_named_nearby(
    claims_of: Claims, text: str, expected: list[tuple[str, float, str]]
) -> None:
    found = claims_of(text, kind="statistic")
    assert [(str(c.key["metric"]), number(c), c.time.label()) for c in found] == expected


def test_an_implied_noun_after_an_estimate_is_read(claims_of: Claims) -> None:
    """An earlier percentage that no direction word moves is no other figure: the noun stays the metric's."""
    text = (
        "U.S. GDP grew 0.7% in the third quarter. This was ahead of estimates of 0.5% and a big improvement on"
        " the 0.2% growth recorded in the spring."
    )
    assert 0.2 in [number(c) for c in claims_of(text, kind="statistic")]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose after 0.4% growth in the second quarter.",  # no sentence near names GDP
        "U.S. GDP grew 0.7%. Wage growth of 3% and 2% sales growth followed.",  # other quantities' growth
        "U.S. GDP grew 0.7%. Nvidia posted 60% growth.",  # another owner
        "U.S. GDP grew 0.7%, beating expectations of 0.5% growth.",  # a forecast
        "U.S. GDP grew 0.7%. One. Two. Three. Four. Then came 0.4% growth.",  # named too far back
        # the growth compared with another figure of its clause is that figure's, not the economy's
        "U.S. GDP grew 0.7%. The figure rose by 2.4 percent in May following a 1.9 percent growth in April.",
        "U.S. GDP grew 0.7%, while retail sales in May increased by 2.6% versus the 1.5% growth a month earlier.",
        "The economy grew 0.7% in the quarter. Factory output climbed 4% last month after 3% growth in March.",
    ],
)
def test_no_implied_metric_is_guessed(claims_of: Claims, text: str) -> None:
    assert [number(c) for c in claims_of(text, kind="statistic") if number(c) != 0.7] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rest of a statistic's official name, in a statistics office's release, is an aside
        (
            "The Consumer Price Index for All Urban Consumers (CPI-U) went up 0.5 percent in September.",
            [("inflation", "change", 0.5, "2025-09")],
        ),
        (
            "Over the last 12 months, the all items index rose 3.0 percent, the agency said.",
            [("inflation", "change", 3.0, "2024-10-16..2025-10-15")],
        ),
    ],
)
def test_a_statistics_release_s_own_names(
    claims_of: Claims, text: str, expected: list[tuple[str, str, float, str]]
) -> None:
    found = claims_of(text, kind="statistic")
    assert [(str(c.key["metric"]), str(c.key["measure"]), number(c), c.time.label()) for c in found] == expected


def test_an_official_name_is_not_a_narrower_statistic_s(claims_of: Claims) -> None:
    """Only "for" and capitalised words continue the name: "exports of Japanese cars" stays narrower."""
    assert claims_of("Exports of cars rose 5% in September.", kind="statistic") == []


@pytest.mark.parametrize(
    "text",
    [
        "Inflation is likely to climb to 4.1 percent by the spring.",  # a forecast
        "Inflation is set to rise to 3.7 percent.",
        "U.S. GDP grew 0.7%. That was below the 1.5% growth predicted in the bank's last report in July.",
        # a goal, spelt either way, after a participle of aiming
        "The governor said policy stays tight, targetting 2.5% inflation.",
        "The governor said policy stays tight, targeting 2.5% inflation over time.",
        "The bank is aiming for 2.5% inflation next year.",
        "Policy makers, aiming at 3% growth, kept rates on hold.",
        # a projection after a gerund of forecasting
        "The bank held its outlook for this year, while projecting inflation at 3.6 per cent for next year.",
        "The central bank is forecasting inflation at 2.9% for 2027.",
        "Economists are predicting GDP growth of 1.8% next year.",
        "The ministry is expecting exports to rise 4% this year.",
    ],
)
def test_forecasts_are_not_figures(claims_of: Claims, text: str) -> None:
    assert [number(c) for c in claims_of(text, kind="statistic") if number(c) != 0.7] == []


def test_a_compared_figure_s_time_is_its_own(claims_of: Claims) -> None:
    """ "grew 0.2%, slightly below the 0.3% expansion in Q1": Q1 dates the 0.3%, not the 0.2%."""
    text = (
        "U.S. GDP fell 0.3% in the third quarter. "
        "From a year earlier, the economy grew 0.2%, short of the 0.3% expansion in Q1."
    )
    found = {number(c): c.time.label() for c in claims_of(text, kind="statistic")}
    assert found[0.3] == "2025-01-01..2025-03-31" and found[0.2] != "2025-01-01..2025-03-31"


@pytest.mark.parametrize(
    ("text", "imports_time"),
    [
        # a clause coordinated with a dated figure's reports the same period
        ("U.S. exports totaled about $251.3 billion in August, while imports climbed to $394 billion.", "2025-08"),
        ("U.S. exports rose 3% in August; imports fell 2%.", "2025-08"),
        ("U.S. exports rose 3% in August, but imports fell 2%.", "2025-08"),
        ("Exports climbed 1.5% in the June quarter, but imports slipped 0.4%.", "2025-04-01..2025-06-30"),
        # its own time wins
        ("U.S. exports rose 3% in August, and imports fell 2% on Tuesday.", "2025-10-14"),
    ],
)
def test_a_coordinated_clause_takes_the_period_of_the_figure_before(
    claims_of: Claims, text: str, imports_time: str
) -> None:
    [imports] = [c for c in claims_of(text, kind="statistic") if c.key["metric"] == "imports"]
    assert imports.time.label() == imports_time


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        # a when-clause hanging on a time is dated by it, even by a record's time ("since ...")
        ("Growth was the strongest since the third quarter of 2023, when GDP expanded 1.1%.", "2023-07-01..2023-09-30"),
        ("Inflation is now the lowest since March 2021, when consumer prices rose 2.6 percent.", "2021-03"),
        ("The surplus was last this large in 2019, when Germany's exports jumped 9%.", "2019"),
        # a figure outside the when-clause keeps its own time
        ("Exports fell 4% in June, the steepest drop since 2020, when the pandemic closed ports.", "2025-06"),
    ],
)
def test_a_when_clause_is_dated_by_the_time_it_hangs_on(claims_of: Claims, sentence: str, period: str) -> None:
    [claim] = [c for c in claims_of(sentence, published="2025-10-15", kind="statistic") if c.value["unit"] == "percent"]
    assert claim.time.label() == period


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Korea ran a trade deficit of $9 billion for the first six month of this year.", "2025-01-01..2025-06-30"),
        ("Germany's exports rose 3% in the first half of last year.", "2024-01-01..2024-06-30"),
        ("Germany's exports rose 3% in the first four months of this year.", "2025-01-01..2025-04-30"),
    ],
)
def test_first_months_of_this_or_last_year(claims_of: Claims, sentence: str, period: str) -> None:
    [claim] = claims_of(sentence, published="2025-07-17", kind="statistic")
    assert claim.time.label() == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China's exports and imports rose 3% and 5%, respectively, in May.",
            [("exports", "china", "change", 3.0, "2025-05"), ("imports", "china", "change", 5.0, "2025-05")],
        ),
        (
            "Exports and imports stood at $20 billion and $25 billion, respectively.",
            [("exports", "", "level", 20e9, "2025-07-17"), ("imports", "", "level", 25e9, "2025-07-17")],
        ),
        (
            # a list closed by "respectively" in the next sentence: the changes of the figures before
            "U.S. exports reached $210 billion in June, while imports came in at $300 billion. "
            "That is down $2 billion and $4.5 billion, respectively, from May.",
            [
                ("exports", "us", "level", 210e9, "2025-06"),
                ("imports", "us", "level", 300e9, "2025-06"),
                ("exports", "us", "change", -2e9, "2025-06"),
                ("imports", "us", "change", -4.5e9, "2025-06"),
            ],
        ),
        (
            "U.S. exports rose 4% in May, while imports fell 2%. They were up 1% and 3%, respectively, in April.",
            [
                ("exports", "us", "change", 4.0, "2025-05"),
                ("imports", "us", "change", -2.0, "2025-05"),
                ("exports", "us", "change", 1.0, "2025-04"),
                ("imports", "us", "change", 3.0, "2025-04"),
            ],
        ),
    ],
)
def test_figures_given_respectively(
    claims_of: Claims, text: str, expected: list[tuple[str, str, str, float, str]]
) -> None:
    found = [
        (str(c.key["metric"]), str(c.key["subject"]), str(c.key["measure"]), number(c), c.time.label())
        for c in claims_of(text, published="2025-07-17", kind="statistic")
    ]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Exports and imports rose 3% and 5%.",  # no "respectively": which is which is unsaid
        "Exports and imports rose 3%, 5% and 7%, respectively.",  # three figures for two metrics
        # the sentence before gave one metric, the list two figures
        "U.S. exports rose 4% in May. That is up 1% and 3%, respectively, from April.",
    ],
)
def test_no_respective_figures(claims_of: Claims, text: str) -> None:
    assert [number(c) for c in claims_of(text, kind="statistic") if number(c) != 4.0] == []


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # a month before an implied noun is no owner of it, and the noun's own time dates it
        (
            "France's GDP grew 0.6% in the quarter. That followed flat growth in April and a 0.3% expansion in May.",
            0.3,
            "2025-05",
        ),
        (
            "Spain's GDP rose 0.8%. It came after zero growth in March and a 0.4 percent expansion in April.",
            0.4,
            "2025-04",
        ),
        # a noun form is dated from the noun's end: the time after it is its own
        ("Output stalled in March and a 2% rise in exports in April lifted the yen.", 2.0, "2025-04"),
    ],
)
def test_a_noun_form_s_time_and_owner(claims_of: Claims, text: str, value: float, period: str) -> None:
    [claim] = [c for c in claims_of(text, published="2025-07-17", kind="statistic") if number(c) == value]
    assert claim.time.label() == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. GDP grew 0.8% in the second quarter, after zero growth in the first.", [0.8, 0.0]),
        ("U.S. GDP rose 0.4% in May. That came after zero growth in April.", [0.4, 0.0]),
    ],
)
def test_zero_growth_is_a_rate_of_nought(claims_of: Claims, text: str, expected: list[float]) -> None:
    assert [number(c) for c in claims_of(text, published="2025-07-17", kind="statistic")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "U.S. GDP grew 0.8%. Economists see zero chance of growth in exports.",
        "U.S. GDP grew 0.8%. The plan aims for zero emissions growth.",  # another noun owns the growth
    ],
)
def test_zero_before_other_nouns_is_no_figure(claims_of: Claims, text: str) -> None:
    assert [number(c) for c in claims_of(text, kind="statistic")] == [0.8]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's possessive before the rate makes the noun its economy's growth
        ("The UK's 0.7% growth in the first quarter beat forecasts.", [("gdp-growth", "uk", 0.7)]),
        ("Everyone noted China's 1.1 percent expansion in the second quarter.", [("gdp-growth", "china", 1.1)]),
    ],
)
def test_a_country_s_growth(claims_of: Claims, text: str, expected: list[tuple[str, str, float]]) -> None:
    found = [(str(c.key["metric"]), str(c.key["subject"]), number(c)) for c in claims_of(text, kind="statistic")]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia's 60% growth beat forecasts.",  # no country
        "China's 5% growth target is ambitious.",  # a target
        "China's GDP grew 5%. Beijing kept its 4.5% growth target.",
        "Japan's 3% export growth slowed.",  # another statistic
    ],
)
def test_no_country_s_growth(claims_of: Claims, text: str) -> None:
    assert [number(c) for c in claims_of(text, kind="statistic") if number(c) != 5.0] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a percentage alone in parentheses after a metric of changes
        ("U.S. exports (+0.7%) and imports (-1.1%) both moved in May.", [("exports", 0.7), ("imports", -1.1)]),
        ("Inflation (2.4%) was steady, the U.S. data showed.", [("inflation", 2.4)]),
        # a comma between the direction and "by" and its size
        ("U.S. exports also increased, by 1.3 percent, in May.", [("exports", 1.3)]),
        ("U.S. imports fell, by 2%, in April.", [("imports", -2.0)]),
    ],
)
def test_parenthesised_and_set_off_figures(claims_of: Claims, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(str(c.key["metric"]), number(c)) for c in claims_of(text, kind="statistic")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "U.S. exports (12% of GDP) rose.",  # a ratio, not the change
        "The unemployment rate (4.1%) held.",  # a level metric: not read from a bare parenthesis
        "U.S. exports (+0.7%, revised) rose.",  # more than the number in the parentheses
        "U.S. exports fell, by some estimates 2%.",
        "U.S. exports rose, and by June 4% more goods left.",
    ],
)
def test_no_parenthesised_or_set_off_figure(claims_of: Claims, text: str) -> None:
    assert claims_of(text, kind="statistic") == []


@pytest.mark.parametrize(("within", "read"), [(0, False), (1, True), (3, True)])
def test_how_far_back_a_metric_may_be_named_is_the_rules(ruleset: RuleSet, within: int, read: bool) -> None:
    """`statistic_cues.implied_within`: the sentences before an implied noun that may name its metric."""
    cues = ruleset.statistic_cues.model_copy(update={"implied_within": within})
    rs = dataclasses.replace(ruleset, statistic_cues=cues, version="")
    text = "U.S. GDP grew 0.7% in the third quarter. That followed 0.4% growth in the second quarter."
    found = [number(c) for c in extract_claims(make_article(text), rs, {"statistic"})]
    assert found == ([0.7, 0.4] if read else [0.7])


def _partners(claims: list[Claim]) -> list[tuple[str, str, float]]:
    return [(str(c.key["metric"]), str(c.key["partner"]), number(c)) for c in claims]


def _with_car_exports(ruleset: RuleSet) -> RuleSet:
    from factcheck.ruleset.schema import Metric

    car = Metric(name="Car exports", aliases=["car exports", "exports of cars"], measure="change", family="exports")
    return dataclasses.replace(ruleset, metrics={**ruleset.metrics, "car-exports": car}, version="")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure naming no partner takes the one its paragraph last named for the same family
        (
            "Korea's exports to China fell 9% in May. Exports slid a further 3% in June.",
            [("exports", "china", -9.0), ("exports", "china", -3.0)],
        ),
        (
            "Shipments abroad to the US dropped 4% in March. In April, exports rose 1.5%.",
            [("exports", "us", -4.0), ("exports", "us", 1.5)],
        ),
        # a topic with "with" names the partner of every trade family
        (
            "The trade balance with China worsened in May, with the bilateral surplus shrinking 15% "
            "and exports falling 6%.",
            [("trade-surplus", "china", -15.0), ("exports", "china", -6.0)],
        ),
        # not another family's: exports to a country say nothing of imports
        (
            "Korea's exports to China fell 9% in May. Imports rose 2%.",
            [("exports", "china", -9.0), ("imports", "", 2.0)],
        ),
        # not across a paragraph break
        (
            "Korea's exports to China fell 9% in May.\n\nExports rose 2% in June.",
            [("exports", "china", -9.0), ("exports", "", 2.0)],
        ),
        # not a figure the paragraph gives as the total
        (
            "Korea's exports to China fell 9% in May. Globally, exports rose 2%.",
            [("exports", "china", -9.0), ("exports", "", 2.0)],
        ),
        (
            "Korea's exports to China fell 9% in May. Overall exports rose 2%.",
            [("exports", "china", -9.0), ("exports", "", 2.0)],
        ),
        # nor one naming its own country, or another country
        (
            "Exports to China fell 9% in May. Korea's exports rose 2% in the month.",
            [("exports", "china", -9.0), ("exports", "", 2.0)],
        ),
        (
            "Korea's exports to China fell 9% in May. Exports rose 2% as demand from the US held up.",
            [("exports", "china", -9.0), ("exports", "", 2.0)],
        ),
        # a new partner replaces the old one
        (
            "Korea's exports to China fell 9% in May, while exports to the US rose 4%. Exports climbed 1% in June.",
            [("exports", "china", -9.0), ("exports", "us", 4.0), ("exports", "us", 1.0)],
        ),
    ],
)
def test_a_figure_takes_its_paragraph_s_partner_for_its_family(
    claims_of: Claims, text: str, expected: list[tuple[str, str, float]]
) -> None:
    found = [c for c in claims_of(text, kind="statistic") if c.key["measure"] == "change"]
    assert _partners(found) == expected


def test_a_narrower_metric_of_the_family_takes_the_partner(ruleset: RuleSet) -> None:
    text = "Japan's exports to the US fell 10% in May. Car exports tumbled 22%. Exports of cars to China rose 3%."
    found = [c for c in extract_claims(make_article(text, "2025-06-20"), _with_car_exports(ruleset))]
    assert _partners([c for c in found if c.kind == "statistic"]) == [
        ("exports", "us", -10.0),
        ("car-exports", "us", -22.0),
        ("car-exports", "china", 3.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Japan's exports to the US fell 10.2% between April and September.\n\nNote: figures are rounded\n\n"
        "Car exports tumbled 22.7% during the period.",
        "Japan's exports to the US fell 10.2% between April and September.\n\nCar exports tumbled 22.7% in the period.",
    ],
)
def test_the_period_refers_back_to_the_last_figures(ruleset: RuleSet, text: str) -> None:
    found = [c for c in extract_claims(make_article(text, "2025-10-22"), _with_car_exports(ruleset))]
    car = [c for c in found if c.kind == "statistic" and c.key["metric"] == "car-exports"]
    assert [(c.key["partner"], c.time.label()) for c in car] == [("us", "2025-04-01..2025-09-30")]


@pytest.mark.parametrize(
    "text",
    [
        # "bilateral" says a partner is meant: without one known, no figure
        "The bilateral surplus shrank 15% in May.",
        "Japan's bilateral trade deficit widened 8% in the first half.",
        # nor a paragraph back
        "The trade balance with China worsened in May.\n\nThe bilateral surplus shrank 15%.",
    ],
)
def test_a_bilateral_figure_without_a_partner_is_not_read(claims_of: Claims, text: str) -> None:
    assert claims_of(text, kind="statistic") == []


def test_a_bilateral_figure_with_its_partner_is_read(claims_of: Claims) -> None:
    found = claims_of("Japan's bilateral surplus with the US shrank 15% in May.", kind="statistic")
    assert _partners(found) == [("trade-surplus", "us", -15.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "revised up/down from X to Y": Y is the figure, X the earlier estimate of the same period
        ("Inflation was revised down from 3.1% to 2.9% in May.", [(2.9, False, "2025-05"), (3.1, True, "2025-05")]),
        ("Inflation was revised down, from 3.1% to 2.9%, in May.", [(2.9, False, "2025-05"), (3.1, True, "2025-05")]),
        (
            "U.S. GDP growth in the first quarter was revised higher from 1.1% to 1.4%.",
            [(1.4, False, "2025-01-01..2025-03-31"), (1.1, True, "2025-01-01..2025-03-31")],
        ),
        # a comma before "from" sets off the range, as before "by"
        ("Inflation rose, from 3.1% to 3.4%, in May.", [(3.4, False, "2025-05")]),
        # not a revision: the starting level of a move has no period of its own
        ("Inflation rose from 3.1% to 3.4% in May.", [(3.4, False, "2025-05")]),
    ],
)
def test_a_revision_gives_the_figure_and_its_earlier_estimate(
    claims_of: Claims, text: str, expected: list[tuple[float, bool, str]]
) -> None:
    found = claims_of(text, published="2025-06-30", kind="statistic")
    assert [(number(c), c.qualifiers.provisional, c.time.label()) for c in found] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "MOLVANIA CITY, July 31 Wirewire Japan's exports rose 3% in June from a year earlier.",
        "MOLVANIA CITY, Jul. 31, 2024 Japan's exports rose 3% in June from a year earlier.",
        "ZENDA, July 31 (Wirewire) Japan's exports rose 3% in June from a year earlier.",
    ],
)
def test_a_dateline_that_lost_its_dash_is_no_owner_of_the_figure(claims_of: Claims, sentence: str) -> None:
    # a flattened page: the dateline's capitals and agency are not part of the country's name
    assert stats(claims_of(sentence, published="2024-07-31", kind="statistic")) == [
        ("exports", "japan", "", "change", 3.0)
    ]


def _with_fiscal_korea(ruleset: RuleSet) -> RuleSet:
    from factcheck.ruleset.schema import FiscalYear, Jurisdiction

    korea = Jurisdiction(
        name="South Korea",
        aliases=["South Korea", "Korea", "Korean"],
        fiscal_year=FiscalYear(start_month=4, named_by="start"),
    )
    return dataclasses.replace(ruleset, jurisdictions={**ruleset.jurisdictions, "korea": korea}, version="")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fiscal year named by the year it starts in (April to March)
        ("In the first half of fiscal 2025, Korea's exports fell 4%.", "2025-04-01..2025-09-30"),
        ("Korea's exports fell 4% in the second half of fiscal year 2024.", "2024-10-01..2025-03-31"),
        ("Korean imports rose 2% in fiscal 2024, the ministry said.", "2024-04-01..2025-03-31"),
        ("Korea's exports fell 4% in the first half of financial year 2025.", "2025-04-01..2025-09-30"),
        # the shipped US federal year, named by the year it ends in
        ("U.S. exports rose 2% in fiscal 2025.", "2024-10-01..2025-09-30"),
        # a calendar half is no fiscal one
        ("Korea's exports fell 4% in the first half of 2025.", "2025-01-01..2025-06-30"),
    ],
)
def test_a_fiscal_period_follows_the_country_s_fiscal_year(ruleset: RuleSet, text: str, expected: str) -> None:
    found = extract_claims(make_article(text, "2025-10-22"), _with_fiscal_korea(ruleset))
    assert [c.time.label() for c in found if c.kind == "statistic"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "this figure" after the figure in its own sentence: that metric, country and partner
        (
            "Ruritania posted a trade surplus of $4.1 billion in May, though this figure represented a 12% "
            "decline from a year before.",
            [
                ("trade-surplus", "", "", "level", 4.1e9, "2025-05"),
                ("trade-surplus", "", "", "change", -12.0, "2025-05"),
            ],
        ),
        (
            "China's exports to the U.S. reached $40 billion in April, and that figure was 8% lower than a year "
            "earlier.",
            [
                ("exports", "china", "us", "level", 4e10, "2025-04"),
                ("exports", "china", "us", "change", -8.0, "2025-04"),
            ],
        ),
        # "that gap" a sentence or two after the figure, with a time of its own
        (
            "The U.S. trade deficit widened to $98 billion in June. The shortfall has nearly doubled since. "
            "In June 2023, that gap was $51 billion.",
            [
                ("trade-deficit", "us", "", "level", 9.8e10, "2025-06"),
                ("trade-deficit", "us", "", "level", 5.1e10, "2023-06"),
            ],
        ),
        ("Japan's imports rose 3% in March. This number marked a 2% increase on the month.", None),
    ],
)
def test_this_figure_stands_for_the_figure_just_read(
    claims_of: Claims, text: str, expected: list[tuple[str, str, str, str, float, str]] | None
) -> None:
    found = claims_of(text, published="2025-07-20", kind="statistic")
    got = [(*s[:4], round(s[4], 1), c.time.label()) for s, c in zip(stats(found), found, strict=True)]
    if expected is None:  # the number: the imports' change of the month
        assert [g[0:2] + g[3:5] for g in got] == [
            ("imports", "japan", "change", 3.0),
            ("imports", "japan", "change", 2.0),
        ]
    else:
        assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        # no figure read before it
        "Analysts said that figure was 8% too high.",
        # another number stands between: the anaphor may be about it
        "U.S. exports reached $40 billion in April. About 20,000 firms took part. That figure was 5% higher.",
        # too far back
        "U.S. exports reached $40 billion in April. Ports were busy. Ships queued. Trucks waited. "
        "That figure was 5% higher.",
        # another quantity of the figure
        "U.S. exports reached $40 billion in April, and half of that figure was 10% higher.",
        # another country's
        "U.S. exports reached $40 billion in April. In China, that figure was 10% higher.",
        "U.S. exports reached $40 billion in April, while for China that figure was 10% higher.",
        # a noun form of another metric after the direction
        "U.S. exports reached $40 billion in April; this figure represented a 10% rise in shipments.",
        # "that" as a conjunction before a metric's modifier, "that number of" another count
        "U.S. exports reached $40 billion in April. Officials said that total exports rose 5% in May.",
        "U.S. exports reached $40 billion in April, and that number of containers rose 4%.",
    ],
)
def test_no_figure_for_this_figure(claims_of: Claims, text: str) -> None:
    found = claims_of(text, published="2025-07-20", kind="statistic")
    assert [c.surface for c in found if c.surface.lower().startswith(("this", "that"))] == []
    assert [number(c) for c in found if number(c) not in (4e10, 5.0)] == []


def _with_truck_exports(ruleset: RuleSet) -> RuleSet:
    from factcheck.ruleset.schema import Metric

    truck = Metric(
        name="Truck exports", aliases=["truck exports", "exports of trucks"], measure="change", family="exports"
    )
    base = _with_car_exports(ruleset)
    return dataclasses.replace(base, metrics={**base.metrics, "truck-exports": truck}, version="")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb, its direction and the metric's head carried to a conjunct with none of its own
        (
            "China's car exports to the U.S. fell 12% in May, and trucks by 4.5%.",
            [("car-exports", "china", "us", -12.0, "2025-05"), ("truck-exports", "china", "us", -4.5, "2025-05")],
        ),
        (
            "Chinese exports of cars rose 8% in the first quarter and trucks 3%.",
            [
                ("car-exports", "china", "", 8.0, "2025-01-01..2025-03-31"),
                ("truck-exports", "china", "", 3.0, "2025-01-01..2025-03-31"),
            ],
        ),
        # a metric named in full, a time phrase closing the first conjunct
        (
            "U.S. exports dropped 2.5% in April and imports 1.1%.",
            [("exports", "us", "", -2.5, "2025-04"), ("imports", "us", "", -1.1, "2025-04")],
        ),
    ],
)
def test_a_gapped_conjunct_keeps_the_first_s_verb(
    ruleset: RuleSet, text: str, expected: list[tuple[str, str, str, float, str]]
) -> None:
    found = [
        c
        for c in extract_claims(make_article(text, "2025-07-20"), _with_truck_exports(ruleset))
        if c.kind == "statistic"
    ]
    got = [(str(c.key["metric"]), c.key["subject"], c.key["partner"], number(c), c.time.label()) for c in found]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        # more than a number after the noun: not a bare conjunct
        "U.S. exports dropped 2.5% in April and imports 1.1% more than expected.",
        # a noun naming no metric, alone or with the first's head
        "U.S. exports dropped 2.5% in April and shares 1.1%.",
        # a verb of its own is read as such, not carried
        "U.S. exports dropped 2.5% and trade volumes 1.1%.",
        # no verb to carry: a level
        "U.S. exports stood at $20 billion and imports 4%.",
    ],
)
def test_no_gapped_conjunct(ruleset: RuleSet, text: str) -> None:
    found = [
        c
        for c in extract_claims(make_article(text, "2025-07-20"), _with_truck_exports(ruleset))
        if c.kind == "statistic"
    ]
    assert [c.key["metric"] for c in found if c.key["metric"] != "exports"] == []


def _with_car_share(ruleset: RuleSet) -> RuleSet:
    from factcheck.ruleset.schema import Metric, MetricShare

    share = Metric(
        name="Cars' share of exports",
        aliases=["car share of exports"],
        measure="level",
        share=MetricShare(of="exports", parts=["cars", "vehicles", "automobiles"]),
    )
    return dataclasses.replace(ruleset, metrics={**ruleset.metrics, "car-share-of-exports": share}, version="")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part, a share verb, a percentage of the metric the share is of: that metric's country and partner
        (
            "Vehicles made up about 31 percent of China's $90 billion exports to the U.S. in 2024.",
            [("car-share-of-exports", "china", "us", 31.0, "2024"), ("exports", "china", "us", 9e10, "2024")],
        ),
        ("Cars accounted for 12% of Chinese exports last year.", [("car-share-of-exports", "china", "", 12.0, "2024")]),
        (
            "In 2023, automobiles represented 9.5% of U.S. exports.",
            [("car-share-of-exports", "us", "", 9.5, "2023")],
        ),
        ("Cars comprise 20% of exports, the ministry said.", [("car-share-of-exports", "", "", 20.0, "2025-07-20")]),
    ],
)
def test_a_part_s_share_of_a_metric(
    ruleset: RuleSet, text: str, expected: list[tuple[str, str, str, float, str]]
) -> None:
    found = [
        c for c in extract_claims(make_article(text, "2025-07-20"), _with_car_share(ruleset)) if c.kind == "statistic"
    ]
    got = [(str(c.key["metric"]), c.key["subject"], c.key["partner"], number(c), c.time.label()) for c in found]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Electric vehicles made up 5% of Chinese exports in 2024.",  # a narrower part
        "Tariffs on cars made up 5% of U.S. revenue in 2024.",  # the part is another thing's object
        "Cars could make up 40% of Chinese exports by 2030.",  # a forecast
        "Cars made up 40% of Chinese imports in 2024.",  # a share of another metric
        "Cars made up 40% of chip exports in 2024.",  # nor of a narrower one
        "Cars were 40% of Chinese exports in 2024.",  # no share verb
    ],
)
def test_no_share_of_a_metric(ruleset: RuleSet, text: str) -> None:
    found = [
        c for c in extract_claims(make_article(text, "2025-07-20"), _with_car_share(ruleset)) if c.kind == "statistic"
    ]
    assert [c.key["metric"] for c in found if c.key["metric"] == "car-share-of-exports"] == []


def test_a_share_of_an_unknown_metric_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "m.yaml").write_text(
        "metrics:\n  car-share:\n    name: C\n    aliases: [car share]\n    share: {of: exprots, parts: [cars]}\n"
    )
    with pytest.raises(RuleSetError) as error:
        load_ruleset([default_rules_dir(), tmp_path])
    assert 'unknown metric "exprots"' in str(error.value) and str(error.value).startswith(f"{tmp_path}/m.yaml:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma before "to" and the level reached, after a record's window
        (
            "The U.S. unemployment rate rose for the first time in more than two years, to 4.4% in May.",
            [("unemployment-rate", 4.4, 4.4, 4.4)],
        ),
        ("U.S. inflation fell for the first time in a year, to 2.1% in May.", [("inflation", 2.1, 2.1, 2.1)]),
        ("U.S. inflation fell, to 2.1% in May.", [("inflation", 2.1, 2.1, 2.1)]),
        # "over" and a span of time after the number: the period, no hedge
        ("U.S. inflation rose 0.3% over the quarter.", [("inflation", 0.3, 0.3, 0.3)]),
        ("U.S. exports rose 2% over the past three months.", [("exports", 2.0, 2.0, 2.0)]),
        # a hedge after the number still widens it
        ("U.S. inflation rose 3% or more in May.", [("inflation", 3.0, 3.0, 4.5)]),
    ],
)
def test_a_level_set_off_by_a_comma_and_spans_after_a_number(
    claims_of: Claims, text: str, expected: list[tuple[str, float, float, float]]
) -> None:
    found = claims_of(text, published="2025-07-20", kind="statistic")
    assert [(str(c.key["metric"]), number(c), c.value["lo"], c.value["hi"]) for c in found] == expected


def test_a_comparison_after_a_record_s_window_still_blocks(claims_of: Claims) -> None:
    assert (
        claims_of("U.S. inflation fell for the first time in two years, though less than 2%.", kind="statistic") == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "over the quarter": the calendar quarter of the last figures, even a paragraph back
        (
            "U.S. inflation rose 0.3% in February.\n\nU.S. unemployment was 4.1% over the quarter.",
            ["2025-02", "2025-01-01..2025-03-31"],
        ),
        ("U.S. GDP grew 0.7% in the first quarter. Over the quarter, exports rose 2%.", ["2025-01-01..2025-03-31"] * 2),
        ("U.S. exports rose 1% on May 9. In the month, imports fell 2%.", ["2025-05-09", "2025-05"]),
    ],
)
def test_the_quarter_or_month_of_the_last_figures(claims_of: Claims, text: str, expected: list[str]) -> None:
    assert [c.time.label() for c in claims_of(text, published="2025-07-20", kind="statistic")] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the last figures lie in no single quarter, or the phrase names its own
        "U.S. exports rose 4% in the first half.\n\nU.S. imports fell 2% over the quarter.",
        "U.S. inflation rose 0.3% in February.\n\nU.S. imports fell 2% in the quarter before.",
    ],
)
def test_no_quarter_of_the_last_figures(claims_of: Claims, text: str) -> None:
    found = claims_of(text, published="2025-07-20", kind="statistic")
    assert "2025-01-01..2025-03-31" not in [c.time.label() for c in found]


def _with_origins(ruleset: RuleSet) -> RuleSet:
    from factcheck.ruleset.schema import Metric

    cars = Metric(
        name="Car exports",
        aliases=["car exports", "exports of cars", "shipments of cars", "overseas sales of cars"],
        measure="change",
        family="exports",
        goods_origin="subject",
    )
    steel = Metric(name="Steel imports", aliases=["steel imports", "imports of steel"], measure="change",
                   family="imports", goods_origin="partner")  # fmt: skip
    trucks = Metric(name="Truck exports", aliases=["exports of trucks"], measure="change")  # no goods_origin
    metrics = {**ruleset.metrics, "car-exports": cars, "steel-imports": steel, "truck-exports": trucks}
    return dataclasses.replace(ruleset, metrics=metrics, version="")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country inside the "of" alias is the goods' origin: the exporter ...
        ("Shipments of Chinese cars to the U.S. fell 12% in May.", [("car-exports", "china", "us", -12.0)]),
        ("Overseas sales of Chinese cars rose 8% in 2024.", [("car-exports", "china", "", 8.0)]),
        ("Exports of U.S. cars slid 3% in April.", [("car-exports", "us", "", -3.0)]),
        # ... or, for imports, the partner
        ("U.S. imports of Chinese steel dropped 20% in 2024.", [("steel-imports", "us", "china", -20.0)]),
        # no country inside: as before
        ("China's exports of cars rose 8% in 2024.", [("car-exports", "china", "", 8.0)]),
    ],
)
def test_a_country_inside_an_of_alias(ruleset: RuleSet, text: str, expected: list[tuple[str, str, str, float]]) -> None:
    found = [
        c for c in extract_claims(make_article(text, "2025-07-20"), _with_origins(ruleset)) if c.kind == "statistic"
    ]
    assert [(str(c.key["metric"]), c.key["subject"], c.key["partner"], number(c)) for c in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Exports of Chinese trucks fell 12% in May.",  # the metric says nothing of the goods' origin
        "Shipments of Chinese electric cars fell 12% in May.",  # a word between the country and the goods
    ],
)
def test_no_country_inside_an_of_alias(ruleset: RuleSet, text: str) -> None:
    found = [
        c for c in extract_claims(make_article(text, "2025-07-20"), _with_origins(ruleset)) if c.kind == "statistic"
    ]
    # (the total "exports" before "of Chinese trucks" is another matter, read as before)
    assert [(c.key["metric"], c.key["subject"]) for c in found if c.key["metric"] != "exports"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # under a forecast, the level already reported, with its own time: a vintage
        (
            "Economists had forecast the U.S. trade deficit rising to $90.5 billion from the previously reported "
            "$84.1 billion in April.",
            [(84.1e9, "2025-04", True)],
        ),
        ("Analysts expect U.S. inflation to rise to 3.1% from a revised 2.9% in May.", [(2.9, "2025-05", True)]),
    ],
)
def test_a_reported_level_under_a_forecast(
    claims_of: Claims, text: str, expected: list[tuple[float, str, bool]]
) -> None:
    found = claims_of(text, published="2025-07-20", kind="statistic")
    assert [(round(number(c), 1), c.time.label(), c.qualifiers.provisional) for c in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        # not said to be reported: maybe a forecast too
        "Analysts expect U.S. inflation rising to 3.1% from 2.9% in May.",
        # no time of its own
        "Analysts expect U.S. inflation to rise to 3.1% from a revised 2.9%.",
        "Analysts expect the U.S. trade deficit to hit $90 billion from a revised $80 billion next month.",
        # the forecast level itself is never read
        "Analysts expect U.S. inflation to rise to 3.1% in June.",
    ],
)
def test_no_level_under_a_forecast(claims_of: Claims, text: str) -> None:
    assert claims_of(text, published="2025-07-20", kind="statistic") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause joined to one giving a figure for a period takes that period
        (
            "U.S. output grew by 0.7% over the first quarter, while exports also increased, by 1.3%, and "
            "imports by 0.3%.",
            ["2025-01-01..2025-03-31"] * 2,
        ),
        (
            "Officials said last week that U.S. imports cut 4.8 percentage points from output last quarter, "
            "resulting in the economy contracting at a 0.3% annualized rate.",
            ["2025-04-01..2025-06-30"],
        ),
        ("U.S. services grew 2% in May, but inflation eased to 2.4%.", ["2025-05"]),
    ],
)
def test_a_joined_clause_takes_the_period_of_its_figure(claims_of: Claims, text: str, expected: list[str]) -> None:
    found = claims_of(text, published="2025-07-20", kind="statistic")
    assert [c.time.label() for c in found if number(c) not in (0.7,)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the period's clause gives no figure
        "U.S. tariffs took effect in April, while inflation eased to 2.4%.",
        # a base of comparison, not the period
        "Output was 2% higher compared with the same quarter a year ago, while U.S. inflation eased to 2.4%.",
        # a day is no period of a figure
        "Shares fell 2% on Monday, while U.S. inflation eased to 2.4%.",
    ],
)
def test_no_period_from_a_joined_clause(claims_of: Claims, text: str) -> None:
    found = claims_of(text, published="2025-07-20", kind="statistic")
    assert [c.time.label() for c in found] == ["2025-07-20"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a component of the statistic, named after it: not the headline figure
        "Ruritania's inflation rate for services rose to 5.8% in January.",
        "The inflation rate for services rose by 5.8%.",
        "Inflation for food and drink rose to 3.3% in January.",
        # a projection
        "Inflation is anticipated to rise to approximately 2.5% in March.",
        "Ruritania's inflation, anticipated at 2.5% in March, was the lowest in years.",
    ],
)
def test_a_component_or_a_projection_is_no_headline_figure(claims_of: Claims, sentence: str) -> None:
    assert claims_of(sentence, published="2025-02-19", kind="statistic") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Inflation for the month rose to 3%.",
        "Ruritania's inflation for January rose to 3%.",
        "Exports for now rose 3% in January.",
    ],
)
def test_a_for_phrase_of_time_keeps_the_headline_figure(claims_of: Claims, sentence: str) -> None:
    assert [number(c) for c in claims_of(sentence, published="2025-02-19", kind="statistic")] == [3.0]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a participle after the comma goes on with its main clause, whose time dates it
        ("Ruritania's inflation increased sharply in January, hitting 3%.", "2025-01"),
        ("Ruritania's inflation rose in January, reaching 3%, the highest in a year.", "2025-01"),
        ("Ruritania's trade fell in December, taking its trade surplus to $9 billion.", "2024-12"),
    ],
)
def test_a_participle_clause_takes_its_main_clause_s_time(claims_of: Claims, sentence: str, label: str) -> None:
    assert {c.time.label() for c in claims_of(sentence, published="2025-02-19", kind="statistic")} == {label}
