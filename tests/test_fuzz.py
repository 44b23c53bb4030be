"""Property tests: no article and no mutated rule file can crash a run or hang it.

Bounded for CI (a few hundred inputs, well under a minute); `python benchmarks/fuzz.py` runs the
same generators longer and reports tracebacks, hangs and the slowest inputs.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.corpus.markdown import load as load_markdown
from factcheck.engine import run
from factcheck.fuzzing import article, mutate_rules
from factcheck.report import RENDERERS, RenderOptions
from factcheck.ruleset import RuleSetError, load_ruleset
from tests.conftest import RULES

SLOW = 2.0  # seconds: an article taking longer is a hang in the making


SHIPPED_RULES = load_ruleset([RULES])


@settings(max_examples=120, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_no_article_crashes_or_hangs_a_run(seed: int) -> None:
    text = article(random.Random(seed))
    ruleset = SHIPPED_RULES
    started = time.perf_counter()
    doc = load_markdown("a.md", "a.md", text, None)
    report = run([doc], ruleset)
    for render in RENDERERS.values():
        render(report, RenderOptions())
    assert time.perf_counter() - started < SLOW, text[:200]


SHIPPED = sorted(RULES.rglob("*.yaml"))


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), which=st.integers(min_value=0, max_value=len(SHIPPED) - 1))
def test_a_mutated_rule_file_loads_or_names_its_problem(
    tmp_path_factory: pytest.TempPathFactory, seed: int, which: int
) -> None:
    source = SHIPPED[which]
    layer: Path = tmp_path_factory.mktemp("rules")
    target = layer / source.relative_to(RULES)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(mutate_rules(source.read_text(encoding="utf-8"), random.Random(seed)), encoding="utf-8")
    try:
        load_ruleset([RULES, layer])
    except RuleSetError as exc:
        assert exc.errors and all(":" in str(e) for e in exc.errors)
        assert any(str(e).startswith(str(target)) or "rules" in str(e) for e in exc.errors)
