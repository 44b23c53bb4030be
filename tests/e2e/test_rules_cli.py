"""The `rules` commands and `explain`, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import ROOT
from tests.e2e.test_cli import run

BROKEN = """\
checks:
  - id: mine
    check: single_value
    claims: office_holdr
    description: d
    key: [role]
    value: person
    treshold: 3
    message: "{key}"
terms_of_office:
  as_of: 2025-01-01
  roles:
    us-treasury-secretary:
      - {person: nobody, start: 2030-01-01}
"""


def test_validate_lists_every_problem(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "a.yaml").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "mine" / "b.yaml").write_text("people:\n  x: {name: X, alias: [Y]}\n", encoding="utf-8")
    result = run("rules", "validate", "mine", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith('mine/a.yaml:8:5: unknown key "treshold" in check "mine"; expected one of')
    assert lines[1].startswith('mine/a.yaml:14:10: term of "us-treasury-secretary" names unknown person "nobody"')
    assert lines[2] == 'mine/b.yaml:2:16: unknown key "alias" in person "x"; did you mean "aliases"?'
    assert lines[-1] == "3 problems"


def test_validate_reports_cross_references_once_the_files_parse(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "a.yaml").write_text(BROKEN.replace("    treshold: 3\n", ""), encoding="utf-8")
    result = run("rules", "validate", "mine", cwd=tmp_path)
    assert result.returncode == 2
    assert 'check "mine" applies to unknown claim kind "office_holdr"; did you mean "office_holder"?' in result.stderr
    assert 'names unknown person "nobody"' in result.stderr


def test_validate_ok_on_shipped_rules() -> None:
    result = run("rules", "validate", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: ")


def test_rules_test_shows_a_failing_example(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "t.yaml").write_text(
        "tests:\n  - rule: office-vs-reference\n    pass:\n"
        '      - {published: 2025-10, text: "U.S. Treasury Secretary Janet Yellen spoke."}\n',
        encoding="utf-8",
    )
    result = run("rules", "test", "mine", "--rule", "office-vs-reference", cwd=tmp_path)
    assert result.returncode == 1
    assert "office-vs-reference/pass/" in result.stdout
    assert "false positive: expected no conflict" in result.stdout
    assert "article (2025-10): U.S. Treasury Secretary Janet Yellen spoke." in result.stdout
    assert "1 failed" in result.stdout


def test_list_and_explain() -> None:
    listed = run("rules", "list", cwd=ROOT)
    assert listed.returncode == 0
    assert "office-single-holder" in listed.stdout and "single_value" in listed.stdout
    explained = run("explain", "office-single-holder", cwd=ROOT)
    assert explained.returncode == 0
    assert "window_days: 120" in explained.stdout
    assert "single_value: a key that has one value at a time" in explained.stdout
    assert "examples that must flag:" in explained.stdout
    missing = run("explain", "no-such-rule", cwd=ROOT)
    assert missing.returncode == 2
    assert missing.stderr.startswith('factcheck: error: no rule "no-such-rule"; known rules:')


def test_schema_is_json_schema(tmp_path: Path) -> None:
    result = run("rules", "schema", cwd=ROOT)
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(schema["properties"]["checks"]["items"]["discriminator"]["mapping"]) >= {"single_value", "reference"}
