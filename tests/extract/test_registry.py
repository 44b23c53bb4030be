"""The fields each claim kind declares are the fields its claims carry: rules are validated by them."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus import load_corpus
from factcheck.extract import extract_claims
from factcheck.extract.registry import EXTRACTORS, FIELDS
from factcheck.ruleset import load_ruleset
from tests.conftest import RULES

ROOT = Path(__file__).resolve().parents[2]


def test_every_extractor_declares_its_fields() -> None:
    assert set(FIELDS) == set(EXTRACTORS)


@pytest.mark.parametrize("corpus", ["seeds", "tests/e2e/true_corpus", "tests/e2e/corpus", "tests/data/pages"])
def test_claims_carry_only_declared_fields(corpus: str) -> None:
    ruleset = load_ruleset([RULES, ROOT / "tests/data/world_rules", ROOT / "tests/data/trade_rules"])
    seen: dict[str, set[str]] = {}
    for article in load_corpus([ROOT / corpus]).articles:
        for claim in extract_claims(article, ruleset):
            seen.setdefault(claim.kind, set()).update(claim.key, claim.value)
    assert seen
    for kind, fields in seen.items():
        if kind in FIELDS:
            assert fields <= FIELDS[kind], f"{kind} carries undeclared fields {sorted(fields - FIELDS[kind])}"


def test_the_rule_writing_guide_lists_every_kind_s_fields() -> None:
    """docs/writing-rules.md tells rule writers which fields a check may name: it must not drift."""
    text = (ROOT / "docs" / "writing-rules.md").read_text(encoding="utf-8")
    table = text[text.index("| claim kind | fields |") :].split("\n\n")[0].splitlines()
    for kind, fields in FIELDS.items():
        row = next(line for line in table if line.startswith(f"| `{kind}` |"))
        listed = {f.strip() for f in row.split("|")[2].split(",")}
        assert listed == set(fields), kind
