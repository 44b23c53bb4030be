"""The engine streams: it takes articles as they come and lets each go once its claims are held."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

from factcheck import engine
from factcheck.models import Article
from factcheck.report import RENDERERS, RenderOptions
from factcheck.ruleset import RuleSet
from tests.conftest import make_article

TEXTS = [
    ("Treasury Secretary Janet Yellen spoke in Washington.", "2025-10-15"),
    ("Treasury Secretary Scott Bessent spoke in Madrid.", "2025-10-14"),
    ("The S&P 500 fell 1.2% on Friday.", "2025-10-11"),
    ("The S&P 500 rose 0.8% on Friday.", "2025-10-11"),
    ("The talks were held in Geneva.", None),
]


def articles() -> list[Article]:
    return [make_article(text, day, f"n{i}.md") for i, (text, day) in enumerate(TEXTS)]


def test_a_stream_gives_the_report_of_a_list(ruleset: RuleSet) -> None:
    listed = engine.run(articles(), ruleset)
    streamed = engine.run(iter(reversed(articles())), ruleset)
    assert listed.conflicts and listed.summary.undated_articles == ("n4.md",)
    for render in RENDERERS.values():
        assert render(streamed, RenderOptions()) == render(listed, RenderOptions())


def test_an_article_is_let_go_once_its_claims_are_held(ruleset: RuleSet) -> None:
    seen: list[weakref.ref[Article]] = []
    held_before: list[int] = []

    def stream() -> Iterator[Article]:
        for i, (text, day) in enumerate(TEXTS):
            article = make_article(text, day, f"n{i}.md")
            gc.collect()
            held_before.append(sum(ref() is not None for ref in seen))
            seen.append(weakref.ref(article))
            yield article

    report = engine.run(stream(), ruleset)
    assert report.summary.articles == len(TEXTS)
    assert max(held_before) <= 1  # the one just handed on, at most: no article, nor its text, is kept
