"""The real CLI on real files: the seeds, exit codes, bad input, and the committed report."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

GOLDEN = ROOT / "reports" / "consistency.md"


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real CLI in a subprocess, with neither debug tracebacks nor a CI runner's job summary."""
    base = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_DEBUG", "GITHUB_STEP_SUMMARY")}
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**base, **(env or {})},
        check=False,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the seeds and the shipped rules, so paths in reports match the repository's."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    return tmp_path


def test_check_seeds_json(project: Path) -> None:
    result = run("check", "seeds/", "--rules", "rules", "--format", "json", "--report", "-", cwd=project)
    assert result.returncode == 1, result.stderr
    doc = json.loads(result.stdout)
    assert doc["version"] == 1
    by_rule = {c["rule"]: c for c in doc["conflicts"]}
    single = by_rule["office-single-holder"]
    assert [(s["path"], s["value"]["person"]) for s in single["claims"]] == [
        ("seeds/000_c3f2627c9144e8c8.txt", "janet-yellen"),
        ("seeds/002_63234e03cf6d0fd5.txt", "scott-bessent"),
    ]
    yellen = single["claims"][0]
    assert yellen["line"] == 13
    assert "U.S. Treasury Secretary Janet Yellen" in yellen["sentence"]
    start, end = yellen["span"]
    text = (project / "seeds/000_c3f2627c9144e8c8.txt").read_text(encoding="utf-8")
    assert text[start:end] == "U.S. Treasury Secretary Janet Yellen"
    reference = by_rule["office-vs-reference"]
    assert reference["claims"][0]["value"] == {"person": "janet-yellen"}
    assert "Scott Bessent holds it since 2025-01-28" in reference["reference"]["text"]
    # The three contradictions the seeds hold, and nothing else: a false conflict here is a bug.
    assert sorted(c["rule"] for c in doc["conflicts"]) == [
        "event-vs-reference",
        "gap-vs-events",
        "office-single-holder",
        "office-vs-reference",
    ]
    beijing = by_rule["event-vs-reference"]["claims"][0]
    assert (beijing["value"]["place"], beijing["time"]["label"]) == ("beijing", "2025-10")
    assert "Kuala Lumpur 2025-10-25..2025-10-26" in by_rule["event-vs-reference"]["reference"]["text"]
    gap = by_rule["gap-vs-events"]
    assert gap["claims"][0]["kind"] == "gap"
    assert [c["value"]["place"] for c in gap["claims"][1:]] == ["geneva", "london", "stockholm"]
    assert all(c["path"] == "seeds/002_63234e03cf6d0fd5.txt" for c in gap["claims"][1:])


def test_check_seeds_markdown_matches_committed_report(project: Path) -> None:
    result = run("check", "seeds/", "--rules", "rules", cwd=project)
    assert result.returncode == 1
    assert "report: reports/consistency.md" in result.stdout
    written = (project / "reports" / "consistency.md").read_text(encoding="utf-8")
    assert "[seeds/000_c3f2627c9144e8c8.txt:13](../seeds/000_c3f2627c9144e8c8.txt#L13)" in written
    assert "**U.S. Treasury Secretary Janet Yellen**" in written
    assert "**Treasury Secretary Scott Bessent**" in written
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        GOLDEN.write_text(written, encoding="utf-8")
    assert written == GOLDEN.read_text(encoding="utf-8"), (
        "reports/consistency.md is stale: run FACTCHECK_UPDATE_GOLDEN=1 pytest tests/e2e and review the diff"
    )


def test_output_is_deterministic(project: Path) -> None:
    first = run("check", "seeds/", "--rules", "rules", "--format", "json", "--report", "-", cwd=project).stdout
    second = run("check", "seeds/", "--rules", "rules", "--format", "json", "--report", "-", cwd=project).stdout
    assert first == second


def test_claims_table_and_json(project: Path) -> None:
    table = run("claims", "seeds/", "--rules", "rules", cwd=project)
    assert table.returncode == 0
    assert "seeds/002_63234e03cf6d0fd5.txt:3" in table.stdout
    assert "Jamieson Greer" in table.stdout
    listed = json.loads(run("claims", "seeds/", "--rules", "rules", "--format", "json", cwd=project).stdout)
    people = {c["value"]["person"] for c in listed if c["kind"] == "office_holder"}
    assert people >= {"janet-yellen", "scott-bessent", "xi-jinping", "he-lifeng"}


def test_fail_on_never_exits_zero(project: Path) -> None:
    assert run("check", "seeds/", "--rules", "rules", "--fail-on", "never", cwd=project).returncode == 0


def test_no_conflict_exits_zero(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\npublished: 2025-10-02\n---\nTreasury Secretary Scott Bessent spoke.\n")
    result = run("check", "a.md", "--rules", str(ROOT / "rules"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "0 conflicts" in result.stdout


def test_missing_path_is_one_line_exit_2(tmp_path: Path) -> None:
    result = run("check", "nope/", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "factcheck: error: nope: no such file or directory\n"


def test_malformed_rules_exit_2(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "bad.yaml").write_text("checks:\n  - id: x\n    check: nonesuch\n")
    (tmp_path / "a.txt").write_text("Text.\n")
    result = run("check", "a.txt", "--rules", "rules", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith('factcheck: error: rules/bad.yaml:3:5: unknown check type "nonesuch"')
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "reports").exists()


def test_bad_input_files_warn_and_continue(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "latin.txt").write_bytes(b"Treasury Secretary Scott Bessent visited a caf\xe9.\n")
    result = run("check", ".", "--rules", str(ROOT / "rules"), cwd=tmp_path)
    assert result.returncode == 0
    assert "warning: empty.txt: skipped: empty file" in result.stderr
    assert "warning: latin.txt: not valid UTF-8" in result.stderr
    assert "1 articles without a date: latin.txt" in result.stdout


def test_unknown_format_is_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.\n")
    assert run("check", "a.txt", "--format", "xml", cwd=tmp_path).returncode == 2


def test_quiet_prints_neither_summary_nor_report_path(project: Path) -> None:
    result = run("check", "seeds/", "--rules", "rules", "--quiet", "--report", "out.md", cwd=project)
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert (project / "out.md").is_file()


def test_jobs_and_cache_give_the_same_report(project: Path) -> None:
    args = ("check", "seeds/", "--rules", "rules", "--format", "json", "--report", "-")
    alone = run(*args, "--jobs", "1", "--no-cache", cwd=project)
    cold = run(*args, "--jobs", "2", "--cache", "c.sqlite", cwd=project)
    warm = run(*args, "--jobs", "2", "--cache", "c.sqlite", cwd=project)
    assert alone.stdout == cold.stdout == warm.stdout
    assert (project / "c.sqlite").is_file()
    assert not (project / ".factcheck").exists()  # --no-cache and --cache FILE write nothing at the default


def test_an_empty_cache_path_is_a_usage_error(project: Path) -> None:
    result = run("check", "seeds/", "--cache", "", cwd=project)
    assert result.returncode == 2
    assert "--cache" in result.stderr


def test_timings_say_where_the_time_went_and_leave_the_report_alone(project: Path) -> None:
    args = ("check", "seeds/", "--rules", "rules", "--format", "json", "--report", "out.json", "--no-cache")
    plain = run(*args, cwd=project)
    report = (project / "out.json").read_bytes()
    timed = run(*args, "--timings", "t.json", cwd=project)
    assert timed.returncode == plain.returncode == 1, timed.stderr
    assert (project / "out.json").read_bytes() == report
    record = json.loads((project / "t.json").read_text(encoding="utf-8"))
    assert record["articles"] == 2 and record["claims"] > 0
    assert {"start", "rules", "read", "extract", "route", "check", "report"} <= set(record["stages"])
    assert sum(record["stages"].values()) <= record["total"] + 0.01
    assert "office-vs-reference" in record["rules"]


def test_timings_of_a_replayed_run_are_the_replay(project: Path) -> None:
    args = ("check", "seeds/", "--rules", "rules", "--report", "out.md", "--cache", "c.sqlite")
    run(*args, cwd=project)
    replayed = run(*args, "--timings", "t.json", cwd=project)
    assert replayed.returncode == 1, replayed.stderr
    assert list(json.loads((project / "t.json").read_text(encoding="utf-8"))["stages"]) == ["replay"]


def test_timings_written_inside_the_corpus_are_never_read_back(project: Path) -> None:
    args = ("check", "seeds/", "--rules", "rules", "--format", "json", "--report", "-", "--no-cache")
    run(*args, "--timings", "seeds/timings.json", cwd=project)
    again = json.loads(run(*args, cwd=project).stdout)
    assert again["summary"]["articles"] == 2
    assert not any("timings.json" in w for w in again["warnings"])


@pytest.mark.parametrize("path", ["", "-", "seeds/{first}"])
def test_timings_never_overwrite_an_input_or_go_nowhere(project: Path, path: str) -> None:
    first = sorted(p.name for p in (project / "seeds").iterdir())[0]
    target = path.format(first=first)
    before = (project / "seeds" / first).read_bytes()
    result = run("check", "seeds/", "--rules", "rules", "--report", "out.md", "--timings", target, cwd=project)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert (project / "seeds" / first).read_bytes() == before
