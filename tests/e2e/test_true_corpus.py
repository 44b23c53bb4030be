"""A corpus of true articles in many styles (tests/e2e/true_corpus): no error may be raised on it.

Wire copy, press releases, live blogs, explainers with history, market wraps, data stories and
articles about other countries' politics, each true as of its date. Every error here would be a
false alarm of the kind that gets a CI gate switched off; it found 19 such errors once.
"""

from __future__ import annotations

import json

from tests.conftest import ROOT
from tests.e2e.test_cli import run


def test_no_error_on_true_articles() -> None:
    result = run("check", "tests/e2e/true_corpus", "--format", "json", "--report", "-", cwd=ROOT)
    doc = json.loads(result.stdout)
    errors = [f"{c['rule']}: {c['message']}" for c in doc["conflicts"] if c["severity"] == "error"]
    assert errors == []
    assert result.returncode == 0
    assert doc["summary"]["articles"] >= 50
    assert doc["summary"]["claims"] >= 250  # the articles were read, not skipped
