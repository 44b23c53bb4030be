"""Correct news sentences of our own that once raised false conflicts: each must stay quiet at error.

Found in review of the real-news mechanisms: appointers given the office, nominations read as
holding, a reporting verb's day taken for an event's, a parenthesised date lost, any two countries'
citizens meeting taken for the talks, adjectives read as past verbs, plans already carried out
moved a year ahead.
"""

from __future__ import annotations

import pytest

from factcheck import engine
from factcheck.models import Severity
from factcheck.ruleset import RuleSet
from tests.conftest import make_article

TOPIC = "China and the U.S. held trade talks this year. "


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Trump named his new Treasury Secretary on Friday.", "2024-11-25"),
        ("Biden named a new Fed chair.", "2021-11-23"),
        ("Trump named Scott Bessent as Treasury Secretary on Friday.", "2024-11-25"),
        ("Trump was elected president on November 5, 2024.", "2024-11-20"),
        ("Powell was named Fed chair by Trump in November 2017.", "2017-11-20"),
        ("Trump said he had picked Kevin Hassett as Fed chair.", "2025-11-20"),
        (TOPIC + "Officials said on Tuesday the talks in Madrid had been constructive.", "2025-09-18"),
        (TOPIC + "Officials on Monday confirmed talks in Geneva.", "2025-05-06"),
        (TOPIC + "Monday's announcement of new talks in Geneva lifted stocks.", "2025-05-06"),
        (TOPIC + "On Monday, Bessent said the talks in Geneva (May 10-11) had gone well.", "2025-05-13"),
        (TOPIC + "Chinese and American business leaders met in Shanghai on Sunday.", "2025-09-20"),
        (TOPIC + "U.S. and Chinese scientists gathered in Geneva last week for a climate conference.", "2025-09-20"),
        (TOPIC + "Trump will attend the delayed summit with Xi on Thursday, Oct. 30.", "2025-10-27"),
        (TOPIC + "China said on May 6 that the talks would be held in Geneva on Saturday, May 10.", "2025-05-12"),
    ],
)
def test_correct_news_raises_no_error(ruleset: RuleSet, text: str, published: str) -> None:
    report = engine.run([make_article(text, published)], ruleset)
    assert [c.message for c in report.conflicts if c.severity is Severity.ERROR] == []
