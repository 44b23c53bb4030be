"""The tariffs reference table: sides, spans and dates of rates in force."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract import extract_claims
from factcheck.references import Verdict, tariffs
from factcheck.ruleset import RuleSetError, load_ruleset
from factcheck.ruleset.ruleset import RuleSet
from tests.conftest import RULES, make_article

LAYER = """
jurisdictions:
  canada: {name: Canada, aliases: [Canada, Canadian]}
reference_tariffs:
  as_of: 2025-12-31
  tariffs:
    - {imposer: us, target: canada, rate: 25, start: 2025-03-04, end: 2025-07-31}
    - {imposer: us, target: canada, rate: 35, start: 2025-08-01}
    - {imposer: us, goods: aluminium, rate: 10, start: 2018-03-23, end: 2025-03-11}
"""


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    folder: Path = tmp_path_factory.mktemp("rules")
    (folder / "trade.yaml").write_text(LAYER, encoding="utf-8")
    return load_ruleset([RULES, folder])


def verdict(rules: RuleSet, text: str, published: str) -> Verdict:
    [claim] = [c for c in extract_claims(make_article(text, published), rules) if c.kind == "tariff_rate"]
    return tariffs.judge(claim, rules).verdict


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The US charges a 35% tariff on Canadian goods.", "2025-08-20", Verdict.CONSISTENT),
        ("The US charges a 25% tariff on Canadian goods.", "2025-08-20", Verdict.CONTRADICTED),
        ("The US charges a 25% tariff on Canadian goods.", "2025-08-02", Verdict.UNKNOWN),  # days from a change
        ("The US has charged a 25% tariff on Canadian goods since March.", "2025-06-20", Verdict.CONSISTENT),
        # a long span must hold one rate throughout: aluminium was 10% until March 2025
        ("U.S. tariffs on aluminum have been 25% since 2018.", "2025-05-20", Verdict.CONTRADICTED),
        # a former rate its sentence says held since a year: some rate of that first year must be it
        ("U.S. tariffs on aluminum were previously set at 25% since 2018.", "2025-06-04", Verdict.CONTRADICTED),
        ("U.S. tariffs on aluminum were previously set at 10% since 2018.", "2025-06-04", Verdict.CONSISTENT),
        ("U.S. tariffs on aluminum were previously set at 10%.", "2025-06-04", Verdict.UNKNOWN),  # no start
        # a rate said in force days before it started: its date is wrong
        ("A 35% US tariff on Canadian goods took effect on July 25.", "2025-08-20", Verdict.CONTRADICTED),
        # dated by publication alone, a rate days before its start is news of it, not a wrong date
        ("Washington's 25% tariff on Canadian goods hits exporters.", "2025-02-27", Verdict.UNKNOWN),
        # no imposer named: any partner of Canada may charge a rate on its goods
        ("A 25% tariff on Canadian goods is in force.", "2025-08-20", Verdict.UNKNOWN),
        ("Canadian goods now face duties of 25%.", "2025-08-20", Verdict.UNKNOWN),
        # a month is no day to be off by
        ("In February, a 25% tariff on Canadian goods was in force.", "2025-08-20", Verdict.UNKNOWN),
        # a change dated to the day a rate started: the new rate must be the one starting then
        ("The US raised its tariff on Canadian goods from 25% to 30% on Aug. 1.", "2025-08-20", Verdict.CONTRADICTED),
        ("On Aug. 1 the US lifted its tariff on Canadian goods to 40% from 25%.", "2025-08-20", Verdict.CONTRADICTED),
        ("The US raised its tariff on Canadian goods from 25% to 35% on Aug. 1.", "2025-08-20", Verdict.CONSISTENT),
        # a change dated days before the rate started is an announcement: not judged
        ("The US raised its tariff on Canadian goods from 25% to 30% on July 30.", "2025-08-20", Verdict.UNKNOWN),
        # no side named, or a country the table has no row for
        ("The US charges a 25% tariff.", "2025-08-20", Verdict.UNKNOWN),
        ("The US charges a 10% tariff on German cars.", "2025-08-20", Verdict.UNKNOWN),
    ],
)
def test_judge(rules: RuleSet, text: str, published: str, expected: Verdict) -> None:
    assert verdict(rules, text, published) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the shipped steel row holds for every country but the UK (all_but: [uk])
        ("U.S. duties of 25% on Japanese steel stay in place.", Verdict.CONTRADICTED),
        ("Japanese steel faces a 50 percent U.S. tariff.", Verdict.CONSISTENT),
        ("The US charges 25% on Canadian aluminum.", Verdict.CONTRADICTED),
        # the excepted country is not judged by it
        ("The US charges 25% on British steel.", Verdict.UNKNOWN),
        # the autos row lists no exceptions: deals may have made some, so a country is not judged by it
        ("The US charges a 10% tariff on British cars.", Verdict.UNKNOWN),
    ],
)
def test_a_row_on_every_country_but_some_judges_the_others(rules: RuleSet, text: str, expected: Verdict) -> None:
    assert verdict(rules, text, "2025-07-20") is expected


@pytest.mark.parametrize(
    ("row", "says"),
    [
        ("{imposer: us, target: japan, rate: 10, start: 2025-04-05, all_but: [uk]}", "leave target out"),
        ("{imposer: us, rate: 10, start: 2025-04-05, all_but: [ruritania]}", 'unknown jurisdiction "ruritania"'),
    ],
)
def test_all_but_is_validated(tmp_path: Path, row: str, says: str) -> None:
    (tmp_path / "t.yaml").write_text(f"reference_tariffs:\n  as_of: 2025-12-31\n  tariffs:\n    - {row}\n")
    with pytest.raises(RuleSetError) as info:
        load_ruleset([RULES, tmp_path])
    [error] = info.value.errors
    assert says in str(error) and str(error).startswith(f"{tmp_path}/t.yaml:4:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the shipped rows on US-China rates of September 2025: the total and each layer agree ...
        ("Beijing keeps its 10% tariff on American goods.", Verdict.CONSISTENT),
        ("The U.S. charges a 30% tariff on Chinese imports.", Verdict.CONSISTENT),
        ("Washington's 20% fentanyl tariff on Chinese goods stays.", Verdict.CONSISTENT),
        # ... the sides swapped do not
        ("Beijing cut its duties on American products to 30% from 125%.", Verdict.CONTRADICTED),
        ("China charges a 30 percent tariff on U.S. goods.", Verdict.CONTRADICTED),
        # nor does a rate from before the truce given as in force
        ("The US tariff on Chinese goods stands at 145%.", Verdict.CONTRADICTED),
    ],
)
def test_shipped_us_china_rows(text: str, expected: Verdict) -> None:
    shipped = load_ruleset([RULES])
    assert verdict(shipped, text, "2025-09-16") is expected


def test_a_rate_on_goods_the_vocabulary_does_not_know_is_not_judged_as_all_goods() -> None:
    shipped = load_ruleset([RULES])
    assert verdict(shipped, "The U.S. now charges a 100% tariff on Chinese EVs.", "2024-10-01") is Verdict.UNKNOWN


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the Section 301 tariffs of 2018-2020, rate by rate, agree as they stood
        ("The U.S. charges a 10% tariff on $200 billion of Chinese goods.", "2019-01-10"),
        ("Tariffs of 15% on Chinese goods took effect on Sept. 1.", "2019-10-01"),
        ("Tariffs of 25% on Chinese goods remain in place.", "2022-06-01"),
        ("The U.S. imposed a 10% tariff on Chinese goods on Feb. 4.", "2025-02-10"),
        # over a long span, a side with layers agrees when one of its layers is the rate
        ("Trump's 2018 tariffs of 25% on Chinese goods remain in place.", "2025-10-20"),
    ],
)
def test_shipped_us_china_history_agrees(text: str, published: str) -> None:
    assert verdict(load_ruleset([RULES]), text, published) is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "published", "says"),
    [
        (
            "The U.S. charges a 30% tariff on Canadian goods.",
            "2025-09-01",
            "United States charged 35% on goods from Canada",
        ),
        (
            "The U.S. charges a 25% tariff on aluminium.",
            "2024-09-01",
            "United States charged 10% on aluminium from 2018",
        ),
    ],
)
def test_the_reference_note_names_what_the_rate_fell_on(rules: RuleSet, text: str, published: str, says: str) -> None:
    [claim] = [c for c in extract_claims(make_article(text, published), rules) if c.kind == "tariff_rate"]
    judged = tariffs.judge(claim, rules)
    assert judged.verdict is Verdict.CONTRADICTED
    assert judged.note is not None and says in judged.note.text


@pytest.mark.parametrize(("margin", "expected"), [(None, Verdict.UNKNOWN), (0, Verdict.CONTRADICTED)])
def test_the_margin_around_a_change_is_the_table_s_setting(
    tmp_path: Path, margin: int | None, expected: Verdict
) -> None:
    # two days after Canada's rate rose to 35%: the shipped margin (2 days) leaves 25% unjudged
    layer = (
        LAYER
        if margin is None
        else LAYER.replace("  as_of: 2025-12-31\n", f"  as_of: 2025-12-31\n  margin_days: {margin}\n")
    )
    (tmp_path / "trade.yaml").write_text(layer, encoding="utf-8")
    rules = load_ruleset([RULES, tmp_path])
    assert verdict(rules, "The U.S. now charges a 25% tariff on Canadian goods.", "2025-08-02") is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country the vocabulary does not know, named before the goods: its rate is one country's, so the
        # autos row (no exceptions listed) does not judge it, whatever the quantifier or goods noun ...
        (
            "Washington imposes a 15 percent tariff on most Freedonian products, notably motor vehicles.",
            Verdict.UNKNOWN,
        ),
        ("The US imposes a 15% tariff on Freedonian cars.", Verdict.UNKNOWN),
        ("The United States charges 15 percent on nearly all Freedonian car imports.", Verdict.UNKNOWN),
        ("The US now levies a 15% duty on autos from Freedonia.", Verdict.UNKNOWN),
        # ... while a row listing its exceptions still does (steel: every country but the UK)
        ("The US charges a 25% tariff on most Freedonian steel.", Verdict.CONTRADICTED),
        ("The US charges a 50% tariff on Freedonian steel.", Verdict.CONSISTENT),
        # a rate on everyone's cars is still judged by the autos row
        ("The United States now charges a 15% tariff on imported cars.", Verdict.CONTRADICTED),
        ("The US charges a 15% tariff on most cars.", Verdict.CONTRADICTED),
    ],
)
def test_a_rate_on_an_unknown_country_s_goods_is_that_country_s(text: str, expected: Verdict) -> None:
    shipped = load_ruleset([RULES])
    assert verdict(shipped, text, "2025-07-20") is expected
