"""Meta-tests that keep the shipped rule set honest."""

from __future__ import annotations

import itertools
import json

import yaml

from factcheck.ruleset import load_ruleset
from factcheck.ruleset.jsonschema import rules_schema_json
from factcheck.ruleset.loader import rule_files
from tests.conftest import ROOT, RULES

RULESET = load_ruleset([RULES])


def test_every_check_documents_itself_and_carries_examples() -> None:
    for rule in RULESET.checks:
        assert rule.description.strip(), rule.id
        assert rule.message.strip(), rule.id
        assert rule.examples.flag, f"{rule.id}: no example that must flag"
        assert rule.examples.pass_, f"{rule.id}: no example that must pass"


def test_every_claim_kind_carries_examples() -> None:
    for kind_id, kind in RULESET.claim_kinds.items():
        assert kind.examples.yield_, f"{kind_id}: no example that must yield a claim"
        assert kind.examples.not_, f"{kind_id}: no example that must not"


def test_check_ids_are_unique_across_files() -> None:
    ids = [
        check["id"]
        for path in rule_files(RULES)
        for check in (yaml.safe_load(path.read_text()) or {}).get("checks", [])
    ]
    assert len(ids) == len(set(ids))


def test_single_holder_terms_do_not_overlap() -> None:
    for role, terms in RULESET.terms.items():
        if RULESET.roles[role].single_holder:
            for a, b in itertools.pairwise(terms):
                assert a.end is not None and a.end <= b.start, f"{role}: {a.person} and {b.person} overlap"


def test_no_alias_names_two_people() -> None:
    seen: dict[str, str] = {}
    for pid, person in RULESET.people.items():
        for alias in [person.name, *person.aliases]:
            assert seen.setdefault(alias.casefold(), pid) == pid, f"{alias!r}: {seen[alias.casefold()]} and {pid}"


def test_shipped_rule_files_name_the_schema() -> None:
    for path in rule_files(RULES):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../../docs/rules.schema.json", path


def test_committed_schema_is_current() -> None:
    committed = (ROOT / "docs" / "rules.schema.json").read_text(encoding="utf-8")
    assert json.loads(committed) == json.loads(rules_schema_json()), (
        "docs/rules.schema.json is stale: run `factcheck rules schema --output docs/rules.schema.json`"
    )


def test_schema_paths_resolve() -> None:
    for path in rule_files(RULES):
        assert (path.parent / "../../docs/rules.schema.json").resolve() == (ROOT / "docs/rules.schema.json").resolve()
