"""The seeds' story in our own words: every planted natural error is flagged by its rule, and true
sentences that once raised false conflicts stay quiet (tests/e2e/story/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import ROOT
from tests.e2e.test_cli import run

STORY = Path("tests/e2e/story")


def flagged(folder: Path) -> dict[str, set[str]]:
    result = run("check", str(folder), "--format", "json", "--report", "-", "--no-cache", cwd=ROOT)
    assert result.returncode in (0, 1), result.stderr
    out: dict[str, set[str]] = {}
    for conflict in json.loads(result.stdout)["conflicts"]:
        for claim in conflict["claims"]:
            out.setdefault(Path(claim["article"]).name, set()).add(conflict["rule"])
    return out


def test_each_planted_error_is_flagged_by_its_rule() -> None:
    expected = [line.split() for line in (ROOT / STORY / "expected.txt").read_text(encoding="utf-8").splitlines()]
    found = flagged(STORY / "planted")
    missed = [(name, rule) for name, rule in expected if rule not in found.get(name, set())]
    assert missed == []
    assert set(found) == {name for name, _ in expected}  # nothing flagged in an article without a planted error


def test_true_sentences_raise_no_conflict() -> None:
    assert flagged(STORY / "true") == {}
