"""SARIF 2.1.0: valid against the official schema, and what GitHub code scanning reads from it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from factcheck.models import Report
from factcheck.report import sarif
from factcheck.triage import baseline_entries, triage

SCHEMA = Path(__file__).resolve().parent.parent / "data" / "sarif" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def doc(report: Report) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(sarif.render(report))
    return data


def test_valid_against_the_official_schema(report: Report, validator: jsonschema.Draft4Validator) -> None:
    errors = sorted(validator.iter_errors(doc(report)), key=str)
    assert not errors, errors[0].message


def test_every_rule_is_described_with_its_default_level(report: Report) -> None:
    rules = doc(report)["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(r.id for r in report.rules)
    single = next(r for r in rules if r["id"] == "office-single-holder")
    assert single["defaultConfiguration"]["level"] == "error"
    assert single["shortDescription"]["text"] and single["help"]["text"]
    assert "factcheck explain office-single-holder" in single["help"]["text"]


def test_results_point_at_both_sides(report: Report) -> None:
    results = doc(report)["runs"][0]["results"]
    single = next(r for r in results if r["ruleId"] == "office-single-holder")
    first = single["locations"][0]["physicalLocation"]
    assert first["artifactLocation"] == {"uri": "news/a.md", "uriBaseId": "%SRCROOT%"}
    assert first["region"]["startLine"] == 1
    assert first["region"]["snippet"]["text"] == "U.S. Treasury Secretary Janet Yellen"
    related = single["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "news/b.md"
    rules = doc(report)["runs"][0]["tool"]["driver"]["rules"]
    assert rules[single["ruleIndex"]]["id"] == "office-single-holder"
    assert single["partialFingerprints"]["factcheck/v1"] == next(
        c.fingerprint for c in report.conflicts if c.rule == "office-single-holder"
    )


def test_baselined_and_suppressed_results_are_marked(report: Report, validator: jsonschema.Draft4Validator) -> None:
    single = [c for c in report.conflicts if c.rule == "office-single-holder"]
    known = triage(report, baseline=baseline_entries(single))
    data = doc(known)
    assert not list(validator.iter_errors(data))
    states = {r["ruleId"]: r.get("baselineState") for r in data["runs"][0]["results"]}
    assert states["office-single-holder"] == "unchanged"
    assert states["office-vs-reference"] == "new"


def test_output_is_deterministic(report: Report) -> None:
    assert sarif.render(report) == sarif.render(report)


def test_an_absolute_path_becomes_a_file_uri(report: Report) -> None:
    conflict = report.conflicts[0]
    claim = conflict.claims[0]
    moved = claim.model_copy(update={"evidence": claim.evidence.model_copy(update={"path": "/srv/news/a b.md"})})
    other = report.model_copy(update={"conflicts": (conflict.model_copy(update={"claims": (moved,)}),)})
    location = doc(other)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "file:///srv/news/a%20b.md"}
