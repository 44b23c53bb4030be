"""Claim kinds declared in YAML: templates and patterns compiled for RE2, their claims, and their errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factcheck.extract import extract_claims
from factcheck.extract.context import ArticleView
from factcheck.extract.pattern import PatternError, compile_kind, extract
from factcheck.models import Claim
from factcheck.ruleset import RuleSet, RuleSetError, load_ruleset
from factcheck.ruleset.schema import ClaimKind
from factcheck.ruletest import run_examples
from tests.conftest import make_article

Claims = Callable[..., list[Claim]]

GROWTH_PARTS: dict[str, Any] = {
    "country": {"vocabulary": "jurisdictions"},
    "direction": {"vocabulary": "directions"},
    "growth": {"number": "percent"},
    "period": {"time": True},
}


def kind(**fields: Any) -> ClaimKind:
    data: dict[str, Any] = {"description": "test kind", "parts": GROWTH_PARTS, "key": ["country"], "value": ["growth"]}
    return ClaimKind.model_validate({**data, **fields})


def run(ruleset: RuleSet, claim_kind: ClaimKind, text: str, published: str | None = "2025-10-20") -> list[Claim]:
    rs = dataclasses.replace(ruleset, claim_kinds={"test_kind": claim_kind}, version="")
    return list(extract(ArticleView(make_article(text, published)), rs, "test_kind"))


def problem(ruleset: RuleSet, claim_kind: ClaimKind) -> str:
    with pytest.raises(PatternError) as info:
        compile_kind("gdp_growth", claim_kind, ruleset)
    return str(info.value)


# --- templates -------------------------------------------------------------------------------------------------------
TEMPLATE = "{country}'s economy {direction} {growth} in {period}"


def test_template_reads_key_value_time_and_hedge(ruleset: RuleSet) -> None:
    text = "China’s economy grew nearly 5% in the third quarter, data showed."
    [claim] = run(ruleset, kind(templates=[TEMPLATE]), text)
    assert claim.kind == "test_kind"
    assert claim.key == {"country": "china"}
    assert claim.value == {"growth": 5.0, "lo": 4.5, "hi": 5.0}
    assert claim.labels == {"country": "China", "growth": "nearly 5%"}
    assert claim.qualifiers.hedge == "nearly"
    assert (claim.time.start, claim.time.end) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    assert claim.time_source == "sentence"
    assert claim.surface == "China’s economy grew nearly 5% in the third quarter"  # cut after the time
    assert claim.unresolved == ()


def test_a_down_direction_signs_the_number(ruleset: RuleSet) -> None:
    [claim] = run(ruleset, kind(templates=[TEMPLATE]), "China's economy shrank about 2 per cent in 2024.")
    assert claim.value["growth"] == -2.0
    assert (claim.value["lo"], claim.value["hi"]) == pytest.approx((-2.2, -1.8))
    assert claim.labels["growth"] == "about -2%"
    assert claim.time.label() == "2024"


def test_template_text_is_flexible_in_spaces_and_case(ruleset: RuleSet) -> None:
    [claim] = run(ruleset, kind(templates=[TEMPLATE]), "China'S  ECONOMY grew\n4.8 percent in 2024.")
    assert claim.value["growth"] == 4.8


def test_case_sensitive_vocabularies_stay_case_sensitive(ruleset: RuleSet) -> None:
    claim_kind = kind(templates=["{country} GDP {direction} {growth} in {period}"])
    assert len(run(ruleset, claim_kind, "US GDP grew 2% in 2024.")) == 1
    assert run(ruleset, claim_kind, "us GDP grew 2% in 2024.") == []


def test_a_phrase_that_is_no_time_drops_the_match(ruleset: RuleSet) -> None:
    assert run(ruleset, kind(templates=[TEMPLATE]), "China's economy grew 4.8% in a tough year.") == []


def test_without_a_time_part_the_claim_has_the_sentence_time(ruleset: RuleSet) -> None:
    parts = {k: v for k, v in GROWTH_PARTS.items() if k != "period"}
    claim_kind = kind(parts=parts, templates=["{country}'s economy {direction} {growth}"])
    [claim] = run(ruleset, claim_kind, "China's economy grew 5%.")
    assert claim.time.label() == "2025-10-20"
    assert claim.time_source == "published"


def test_one_claim_per_reading_per_sentence(ruleset: RuleSet) -> None:
    claim_kind = kind(templates=[TEMPLATE, "{country}'s economy {direction} {growth}  in {period}"])
    text = "China's economy grew 5% in 2024. China's economy grew 5% in 2024, and China's economy grew 5% in 2024."
    assert len(run(ruleset, claim_kind, text)) == 2  # once per sentence


def test_headings_are_skipped(ruleset: RuleSet) -> None:
    text = "China's Economy Grew 5% In Third Quarter\n\nThe body follows."
    assert run(ruleset, kind(templates=[TEMPLATE]), text) == []


def test_inline_values_resolve_to_their_ids(ruleset: RuleSet) -> None:
    claim_kind = ClaimKind.model_validate(
        {
            "description": "d",
            "templates": ["the {bank} set its rate at {rate}"],
            "parts": {"bank": {"values": {"ecb": ["European Central Bank", "ECB"]}}, "rate": {"number": "percent"}},
            "key": ["bank"],
            "value": ["rate"],
        }
    )
    [claim] = run(ruleset, claim_kind, "On Thursday the ECB set its rate at 2%.")
    assert claim.key == {"bank": "ecb"}
    assert claim.labels["bank"] == "European Central Bank"


# --- raw patterns ----------------------------------------------------------------------------------------------------
def test_raw_pattern_with_named_groups(ruleset: RuleSet) -> None:
    pattern = (
        r"(?P<country>[A-Z]\w+)'s\s+output\s+(?P<direction>rose|fell)\s+(?P<growth>\d+(?:\.\d+)?%)"
        r"\s+in\s+(?P<period>\w+)"
    )
    claims = run(ruleset, kind(patterns=[pattern]), "China's output fell 3% in 2024. Japan's output rose 1% in 2024.")
    assert [(c.key, c.value["growth"], c.time.label(), c.unresolved) for c in claims] == [
        ({"country": "china"}, -3.0, "2024", ()),
        ({"country": "japan"}, 1.0, "2024", ("country",)),  # a pattern's own group may name an unknown country
    ]


def test_raw_pattern_slots_and_optional_groups(ruleset: RuleSet) -> None:
    parts = {**GROWTH_PARTS, "basis": {"values": {"year-on-year": ["year-on-year"]}}}
    pattern = r"{country}\s+GDP\s+{direction}\s+{growth}(?:\s+{basis})?\s+in\s+{period}"
    claim_kind = kind(parts=parts, value=["growth", "basis"], patterns=[pattern])
    claims = run(ruleset, claim_kind, "U.S. GDP grew 2% year-on-year in 2024. U.S. GDP grew 3% in 2023.")
    assert [(c.key["country"], c.value["growth"], c.value["basis"]) for c in claims] == [
        ("us", 2.0, "year-on-year"),
        ("us", 3.0, None),  # an optional group left out: unstated
    ]


def test_a_pattern_over_several_lines(ruleset: RuleSet) -> None:
    pattern = "{country}'s\\s+economy\n    \\s+{direction}\\s+{growth}\n    \\s+in\\s+{period}"
    assert len(run(ruleset, kind(patterns=[pattern]), "China's economy grew 5% in 2024.")) == 1


@pytest.mark.parametrize("pattern", [r"(?P<country>(a+)+)$", r"(?P<country>(\w+\s?)+)!"])
def test_a_catastrophic_pattern_cannot_hang_a_run(ruleset: RuleSet, pattern: str) -> None:
    parts = {"country": {"text": True}}
    claim_kind = kind(parts=parts, value=["country"], patterns=[pattern])
    line = "a" * 49_999 + "b" if "$" in pattern else "a " * 25_000
    assert len(line) >= 50_000
    assert run(ruleset, claim_kind, line) == []  # RE2 runs in linear time: this returns at once


# --- errors ----------------------------------------------------------------------------------------------------------
def test_look_behind_is_rejected_with_a_hint(ruleset: RuleSet) -> None:
    claim_kind = kind(patterns=["{country} grew {growth}", r"(?<!not )(?P<country>China) grew (?P<growth>\d+%)"])
    assert problem(ruleset, claim_kind) == (
        'claim kind "gdp_growth": pattern 2 cannot run on the linear-time engine (RE2): invalid perl operator: (?<!; '
        "rewrite it without look-behind or back-references"
    )


def test_back_reference_is_rejected(ruleset: RuleSet) -> None:
    claim_kind = kind(patterns=[r"(?P<country>China) (\w+) \1 (?P<growth>\d+%)"])
    assert "rewrite it without look-behind or back-references" in problem(ruleset, claim_kind)


def test_template_naming_an_undefined_part(ruleset: RuleSet) -> None:
    claim_kind = kind(templates=["{contry}'s economy {direction} {growth} in {period}"])
    assert problem(ruleset, claim_kind) == (
        'claim kind "gdp_growth": template 1 names undefined part "contry"; did you mean "country"?'
    )


def test_pattern_without_a_group_for_a_value_part(ruleset: RuleSet) -> None:
    claim_kind = kind(patterns=[r"(?P<country>China) grew \d+%"])
    assert problem(ruleset, claim_kind).startswith('claim kind "gdp_growth": pattern 1 has no group for part "growth"')


def test_pattern_with_a_group_that_is_no_part(ruleset: RuleSet) -> None:
    claim_kind = kind(patterns=[r"(?P<country>China) grew (?P<growht>\d+%)"])
    assert 'group "growht", which is no part; did you mean "growth"?' in problem(ruleset, claim_kind)


def test_key_naming_an_undefined_part(ruleset: RuleSet) -> None:
    assert 'key names undefined part "nation"' in problem(ruleset, kind(key=["nation"], templates=[TEMPLATE]))


def test_a_built_in_kind_name_is_refused(ruleset: RuleSet) -> None:
    with pytest.raises(PatternError, match="built-in"):
        compile_kind("statistic", kind(templates=[TEMPLATE]), ruleset)


BAD_RULES = """\
claim_kinds:
  gdp_growth:
    description: d
    parts:
      country: {vocabulary: jurisdictions}
      growth: {number: percent}
    key: [country]
    value: [growth]
    patterns:
      - "{country} grew {growth}"
      - '(?<!not )(?P<country>China) grew (?P<growth>\\d+%)'
"""


def test_a_bad_pattern_fails_loading_at_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "kinds.yaml").write_text(BAD_RULES, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RuleSetError) as info:
        load_ruleset([Path("rules")])
    assert [str(e) for e in info.value.errors] == [
        'rules/kinds.yaml:11:9: claim kind "gdp_growth": pattern 2 cannot run on the linear-time engine (RE2): '
        "invalid perl operator: (?<!; rewrite it without look-behind or back-references"
    ]


# --- the shipped kinds -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("China's economy grew 4.8% in the third quarter.", "2025-10-20", ("china", 4.8, None, "2025-07-01")),
        ("China’s economy expanded 5.2 per cent year-on-year in the second quarter.", "2025-07-15",
         ("china", 5.2, "year-on-year", "2025-04-01")),
        ("U.S. GDP expanded at a 3.8% annualized rate in the second quarter.", "2025-09-25",
         ("us", 3.8, "annualized", "2025-04-01")),
        ("The U.S. economy grew at an annual rate of 3.8% in the second quarter.", "2025-09-25",
         ("us", 3.8, "annualized", "2025-04-01")),
        ("Germany's gross domestic product shrank 0.2% in 2024.", "2025-01-15", ("germany", -0.2, None, "2024-01-01")),
        ("The German economy contracted 0.3% in the second quarter of 2025, revised data showed.", "2025-08-22",
         ("germany", -0.3, None, "2025-04-01")),
        ("Britain's economy grew 0.3% quarter-on-quarter in the second quarter.", "2025-08-14",
         ("uk", 0.3, "quarter-on-quarter", "2025-04-01")),
        ("China's GDP growth slowed to 4.8% in the third quarter.", "2025-10-20", ("china", 4.8, None, "2025-07-01")),
    ],
)  # fmt: skip
def test_shipped_gdp_growth(claims_of: Claims, sentence: str, published: str, expected: tuple[Any, ...]) -> None:
    [claim] = claims_of(sentence, published, kind="gdp_growth")
    start = claim.time.start.isoformat() if claim.time.start else None
    assert (claim.key["country"], claim.value["growth"], claim.value["basis"], start) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "China's economy is expected to grow 4.8% in 2025.",
        "The IMF forecast that China's economy will grow 4.8% in 2025.",
        "China's exports grew 8.3% in September.",
        "China's economy grew strongly in the third quarter.",
        "China's economy grew 4.8% despite trade tensions.",
        "Japan's economy grew 0.5% in the second quarter.",
        "China's Economy Grew 4.8% In The Third Quarter",
    ],
)
def test_shipped_gdp_growth_near_misses(claims_of: Claims, sentence: str) -> None:
    assert claims_of(sentence, "2025-10-20", kind="gdp_growth") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Federal Reserve held its benchmark rate at 4.25%.", ("federal-reserve", 4.25, 4.25, None)),
        ("The Fed held interest rates steady at 4.25%-4.5% on Wednesday.", ("federal-reserve", 4.25, 4.5, None)),
        ("The Fed cut interest rates by 25 basis points to a range of 4%-4.25%.", ("federal-reserve", 4.0, 4.25, None)),
        ("the ECB cut its deposit rate to 2%, as expected.", ("ecb", 2.0, 2.0, "deposit")),
        ("The European Central Bank kept its main refinancing rate at 2.15 percent.",
         ("ecb", 2.15, 2.15, "main-refinancing")),
        ("The People's Bank of China kept the one-year loan prime rate unchanged at 3%.", ("pboc", 3.0, 3.0, "lpr-1y")),
        ("The BoE left Bank Rate unchanged at 4 per cent.", ("boe", 4.0, 4.0, None)),
        ("The Bank of Japan raised its short-term policy rate to 0.5%.", ("boj", 0.5, 0.5, None)),
        ("The Fed's benchmark rate stands at 4.25%-4.5%.", ("federal-reserve", 4.25, 4.5, None)),
    ],
)  # fmt: skip
def test_shipped_policy_rate(claims_of: Claims, sentence: str, expected: tuple[Any, ...]) -> None:
    [claim] = claims_of(sentence, "2025-09-18", kind="policy_rate")
    assert (claim.key["bank"], claim.value["rate"], claim.value["hi"], claim.value["instrument"]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Federal Reserve is expected to cut its benchmark rate to 4% next month.",
        "The ECB could cut its deposit rate to 1.75% next year.",
        "Bank of America cut its prime rate to 7.25%.",
        "Mortgage rates fell to 6.3% after the Fed cut rates.",
        "The Fed held 4.25% of the bonds.",
    ],
)
def test_shipped_policy_rate_near_misses(claims_of: Claims, sentence: str) -> None:
    assert claims_of(sentence, "2025-09-18", kind="policy_rate") == []


def test_extract_claims_runs_yaml_kinds_under_the_kinds_filter(ruleset: RuleSet) -> None:
    article = make_article("China's economy grew 4.8% in the third quarter, as exports rose 8% in September.")
    assert {c.kind for c in extract_claims(article, ruleset)} >= {"gdp_growth", "statistic"}
    assert {c.kind for c in extract_claims(article, ruleset, ["gdp_growth"])} == {"gdp_growth"}
    assert {c.kind for c in extract_claims(article, ruleset, ["statistic"])} == {"statistic"}


def test_compiled_once_per_rule_set_version(ruleset: RuleSet) -> None:
    first = compile_kind("gdp_growth", ruleset.claim_kinds["gdp_growth"], ruleset)
    assert compile_kind("gdp_growth", ruleset.claim_kinds["gdp_growth"], ruleset) is first


@pytest.mark.parametrize("rule", ["gdp_growth", "policy_rate", "gdp-growth-agreement", "policy-rate-agreement"])
def test_shipped_examples_hold(ruleset: RuleSet, rule: str) -> None:
    results = run_examples(ruleset, [rule])
    assert results
    assert [r.explain() for r in results if not r.ok] == []
