"""The same corpus and rules give byte-identical reports in every format, whatever the order the
articles come in: shuffled here many times."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from factcheck.corpus import load_corpus
from factcheck.engine import run
from factcheck.models import Article
from factcheck.report import RENDERERS, RenderOptions
from factcheck.ruleset import RuleSet
from factcheck.triage import baseline_entries, triage
from tests.conftest import ROOT

CORPORA = [ROOT / "seeds", ROOT / "tests" / "e2e" / "true_corpus"]


def rendered(articles: list[Article], ruleset: RuleSet) -> dict[str, str]:
    report = run(articles, ruleset)
    half = baseline_entries(report.conflicts[::2])
    report = triage(report, [s for a in articles for s in a.suppressions], half)
    return {name: render(report, RenderOptions()) for name, render in RENDERERS.items()}


@pytest.mark.parametrize("folder", CORPORA, ids=[p.name for p in CORPORA])
def test_shuffled_input_gives_identical_reports(ruleset: RuleSet, folder: Path) -> None:
    articles = load_corpus([folder]).articles
    expected = rendered(articles, ruleset)
    rng = random.Random(20251015)
    for _ in range(5):
        shuffled = articles[:]
        rng.shuffle(shuffled)
        assert rendered(shuffled, ruleset) == expected


def test_file_system_order_does_not_matter(ruleset: RuleSet, tmp_path: Path) -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").iterdir()) if p.is_file()}
    outputs = []
    for order, name in ((sorted(texts), "forward"), (sorted(texts, reverse=True), "backward")):
        folder = tmp_path / name / "corpus"
        folder.mkdir(parents=True)
        for file in order:  # created in a different order: directory listings may differ
            (folder / file).write_text(texts[file], encoding="utf-8")
        articles = [a.model_copy(update={"path": f"corpus/{a.id}"}) for a in load_corpus([folder]).articles]
        outputs.append(rendered(articles, ruleset))
    assert outputs[0] == outputs[1]
