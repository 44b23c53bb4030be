"""Saved news pages: main text without navigation, ads or comments; title, outlet, URL and date from
the page's metadata or its visible byline; evidence on the page's own lines. The pages in
tests/data/pages were written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus import load_corpus
from factcheck.engine import run
from factcheck.extract import extract_claims
from factcheck.models import Article
from factcheck.ruleset import RuleSet
from factcheck.triage import triage
from tests.conftest import ROOT

PAGES = ROOT / "tests" / "data" / "pages"


@pytest.fixture(scope="module")
def pages() -> dict[str, Article]:
    corpus = load_corpus([PAGES])
    return {Path(a.path).name: a for a in corpus.articles}


def line_of(page: str, text: str) -> int:
    return next(n for n, line in enumerate((PAGES / page).read_text(encoding="utf-8").split("\n"), 1) if text in line)


def test_main_text_only(pages: dict[str, Article]) -> None:
    text = pages["news-jsonld.html"].text
    assert "Scott Bessent will lead the American delegation" in text
    assert "Advertisement" not in text  # an ad slot
    assert "readers say" not in text  # navigation
    assert "Janet Yellen" not in text  # a related-story link and a reader's comment
    assert "\n\n" in text  # one paragraph per block


def test_metadata_from_the_page(pages: dict[str, Article]) -> None:
    news = pages["news-jsonld.html"]
    assert news.title == "Treasury chief to lead talks in Madrid"
    assert news.source == "The Harbour Ledger"
    assert news.url == "https://harbourledger.example/world/2025/10/14/treasury-talks-madrid"
    assert news.published.label() == "2025-10-14"  # JSON-LD datePublished
    amp = pages["amp.html"]
    assert (amp.published.label(), amp.source) == ("2025-04-03", "Quayside Wire")  # article:published_time
    assert pages["byline-date.html"].published.label() == "2025-10-14"  # only in the visible byline


def test_a_page_without_main_text_is_skipped_and_named() -> None:
    corpus = load_corpus([PAGES])
    assert [(Path(k.path).name, k.reason) for k in corpus.skipped] == [
        ("nav-only.html", "no main text found in the page")
    ]
    assert any(w.endswith("nav-only.html: skipped: no main text found in the page") for w in corpus.warnings)


def test_evidence_points_at_the_element_line(ruleset: RuleSet, pages: dict[str, Article]) -> None:
    report = run(list(pages.values()), ruleset)
    claims = {(Path(c.evidence.path).name, c.surface): c for conflict in report.conflicts for c in conflict.claims}
    bessent = claims[("news-jsonld.html", "U.S. Treasury Secretary Scott Bessent")]
    assert bessent.evidence.line == line_of("news-jsonld.html", "U.S. Treasury Secretary Scott Bessent will lead")
    assert bessent.evidence.url == "https://harbourledger.example/world/2025/10/14/treasury-talks-madrid"
    yellen = claims[("byline-date.html", "Treasury Secretary Janet Yellen")]
    assert yellen.evidence.line == line_of("byline-date.html", "thanked Treasury Secretary Janet Yellen")


def test_an_ignore_comment_in_a_page_covers_the_element_after_it(ruleset: RuleSet, pages: dict[str, Article]) -> None:
    [sup] = pages["byline-date.html"].suppressions
    assert sup.rules == ("office-vs-reference",) and sup.reason == "the statement's own wording"
    assert sup.first_line == line_of("byline-date.html", "thanked Treasury Secretary Janet Yellen")
    report = triage(run(list(pages.values()), ruleset), [s for a in pages.values() for s in a.suppressions])
    assert [c.rule for c in report.suppressed] == ["office-vs-reference"]
    assert [c.rule for c in report.conflicts] == ["office-single-holder"]


def test_amp_page_moves(ruleset: RuleSet, pages: dict[str, Article]) -> None:
    moves = [c for c in extract_claims(pages["amp.html"], ruleset) if c.kind == "market_move"]
    assert {(c.key["index"], c.value["size"]) for c in moves} >= {("dow", 1679.0), ("sp500", 4.8)}
    assert all(c.time.label() == "2025-04-03" for c in moves)
