"""Triage: suppressions, baselines and changed files decide which conflicts count."""

from __future__ import annotations

from factcheck.engine import run
from factcheck.models import Article, Report, Suppression
from factcheck.ruleset import RuleSet
from factcheck.triage import baseline_entries, triage
from tests.conftest import make_article

YELLEN = "U.S. Treasury Secretary Janet Yellen spoke on Monday."
BESSENT = "Treasury Secretary Scott Bessent spoke on Tuesday."


def corpus(*texts: tuple[str, str]) -> list[Article]:
    return [make_article(text, "2025-10-15", path) for path, text in texts]


def checked(ruleset: RuleSet, articles: list[Article]) -> Report:
    return run(articles, ruleset)


def rules_of(report: Report) -> list[str]:
    return sorted(c.rule for c in report.conflicts)


def test_an_inline_suppression_covers_its_lines_only(ruleset: RuleSet) -> None:
    report = checked(ruleset, corpus(("a.md", YELLEN), ("b.md", BESSENT)))
    assert rules_of(report) == ["office-single-holder", "office-vs-reference"]
    here = Suppression(rules=("office-vs-reference",), path="a.md", line=3, first_line=1, last_line=1)
    elsewhere = Suppression(rules=("office-vs-reference",), path="a.md", line=9, first_line=10, last_line=12)
    out = triage(report, [here, elsewhere])
    assert rules_of(out) == ["office-single-holder"]
    assert [c.rule for c in out.suppressed] == ["office-vs-reference"]
    assert out.unused_suppressions == (elsewhere,)
    assert (out.summary.suppressed, out.summary.conflicts["error"]) == (1, 1)


def test_all_and_a_configured_glob(ruleset: RuleSet) -> None:
    report = checked(ruleset, corpus(("archive/a.md", YELLEN), ("news/b.md", BESSENT)))
    everything = Suppression(rules=("all",), path="archive/*", origin="factcheck.yaml:4")
    out = triage(report, [everything])
    assert out.conflicts == () and len(out.suppressed) == 2  # the single-holder conflict has a side there
    other = Suppression(rules=("all",), path="elsewhere/*", origin="factcheck.yaml:7")
    assert triage(report, [other]).unused_suppressions == (other,)


def test_a_baseline_counts_only_new_conflicts_and_lists_fixed_ones(ruleset: RuleSet) -> None:
    before = checked(ruleset, corpus(("a.md", YELLEN), ("b.md", BESSENT)))
    accepted = baseline_entries(before.conflicts)
    same = triage(before, baseline=accepted)
    assert same.conflicts == () and len(same.baselined) == 2 and same.fixed == ()
    # Yellen's article is corrected; a new article repeats the mistake
    after = checked(ruleset, corpus(("a.md", "Scott Bessent, the Treasury Secretary, spoke."), ("b.md", BESSENT)))
    fixed = triage(after, baseline=accepted)
    assert fixed.conflicts == () and {e.rule for e in fixed.fixed} == {"office-single-holder", "office-vs-reference"}
    worse = checked(
        ruleset, corpus(("a.md", YELLEN), ("b.md", BESSENT), ("c.md", "Treasury Secretary Janet Yellen spoke."))
    )
    new = triage(worse, baseline=accepted)
    assert new.conflicts and all(any(x.evidence.path == "c.md" for x in c.claims) for c in new.conflicts)


def test_fingerprints_survive_file_order_line_moves_and_unrelated_edits(ruleset: RuleSet) -> None:
    first = {c.fingerprint for c in checked(ruleset, corpus(("a.md", YELLEN), ("b.md", BESSENT))).conflicts}
    reordered = checked(ruleset, corpus(("b.md", BESSENT), ("a.md", YELLEN)))
    moved = checked(
        ruleset,
        corpus(("a.md", "An opening paragraph about markets.\n\nMore context here.\n\n" + YELLEN), ("b.md", BESSENT)),
    )
    edited = checked(
        ruleset, corpus(("a.md", YELLEN + " The weather was fine."), ("b.md", "Hello.\n\n" + BESSENT + " Then lunch."))
    )
    for later in (reordered, moved, edited):
        assert {c.fingerprint for c in later.conflicts} == first


def test_a_change_keeps_conflicts_touching_it(ruleset: RuleSet) -> None:
    report = checked(ruleset, corpus(("a.md", YELLEN), ("b.md", BESSENT)))
    only_b = triage(report, changed={"b.md"})
    assert rules_of(only_b) == ["office-single-holder"]  # b against a: still compared with the whole corpus
    assert only_b.summary.outside_change == 1
    assert triage(report, changed=set()).conflicts == ()
