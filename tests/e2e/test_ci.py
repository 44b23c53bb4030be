"""factcheck in CI, through the real command line: formats, baselines, suppressions, configuration,
changed files, and the GitHub job summary."""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.e2e.test_cli import run

YELLEN = "U.S. Treasury Secretary Janet Yellen spoke in Washington on Monday.\n"
BESSENT = "Treasury Secretary Scott Bessent spoke on Tuesday.\n"


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Two dated articles that contradict each other on who is Treasury Secretary."""
    front = "---\npublished: 2025-10-15\n---\n"
    write(tmp_path, {"news/a.md": front + YELLEN, "news/b.md": front + BESSENT})
    return tmp_path


def test_several_formats_in_one_run(project: Path) -> None:
    result = run("check", "news", "--format", "markdown,sarif,junit,jsonl,json", "--output-dir", "out", cwd=project)
    assert result.returncode == 1, result.stderr
    out = project / "out"
    assert sorted(p.name for p in out.iterdir()) == [
        "consistency.json",
        "consistency.jsonl",
        "consistency.junit.xml",
        "consistency.md",
        "consistency.sarif",
    ]
    assert json.loads((out / "consistency.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    ET.fromstring((out / "consistency.junit.xml").read_text(encoding="utf-8"))
    assert "2 articles, " in result.stdout


def test_one_report_path_for_several_formats_is_a_usage_error(project: Path) -> None:
    result = run("check", "news", "--format", "markdown,json", "--report", "r.md", cwd=project)
    assert result.returncode == 2 and "--output-dir" in result.stderr
    bad = run("check", "news", "--format", "markdown,pdf", cwd=project)
    assert bad.returncode == 2 and "unknown format 'pdf'" in bad.stderr


def test_github_annotations_and_job_summary(project: Path) -> None:
    summary = project / "summary.md"
    summary.write_text("# earlier step\n", encoding="utf-8")
    result = run("check", "news", "--format", "github", cwd=project, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 1
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert any("file=news/a.md,line=4" in line for line in annotations)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# earlier step\n") and "# Consistency report" in text


def test_baseline_flow(project: Path) -> None:
    made = run("baseline", "news", cwd=project)
    assert made.returncode == 0, made.stderr
    baseline = json.loads((project / "factcheck-baseline.json").read_text(encoding="utf-8"))
    assert {e["rule"] for e in baseline["conflicts"]} == {"office-single-holder", "office-vs-reference"}
    assert all(e["articles"] and e["message"] for e in baseline["conflicts"])
    known = run(
        "check", "news", "--baseline", "factcheck-baseline.json", "--format", "json", "--report", "-", cwd=project
    )
    assert known.returncode == 0, known.stderr
    doc = json.loads(known.stdout)
    assert doc["conflicts"] == [] and len(doc["baselined"]) == 2
    # a new article repeats the mistake: only its conflicts count
    write(project, {"news/c.md": "---\npublished: 2025-10-16\n---\n" + YELLEN})
    new = run("check", "news", "--baseline", "factcheck-baseline.json", cwd=project)
    assert new.returncode == 1 and "baselined" in new.stdout
    # the mistakes are corrected: the baselined conflicts are fixed, and --update-baseline prunes them
    write(project, {"news/a.md": "---\npublished: 2025-10-15\n---\n" + BESSENT, "news/c.md": "Nothing here.\n"})
    fixed = run("check", "news", "--baseline", "factcheck-baseline.json", "--update-baseline", cwd=project)
    assert fixed.returncode == 0, fixed.stderr
    assert "fixed conflicts dropped" in fixed.stdout
    assert json.loads((project / "factcheck-baseline.json").read_text(encoding="utf-8"))["conflicts"] == []


def test_a_missing_baseline_is_a_usage_error(project: Path) -> None:
    result = run("check", "news", "--baseline", "nope.json", cwd=project)
    assert result.returncode == 2 and "factcheck baseline" in result.stderr


def test_inline_suppression_and_unused_suppressions(project: Path) -> None:
    write(
        project,
        {
            "news/a.md": "---\npublished: 2025-10-15\n---\n"
            "<!-- factcheck: ignore office-single-holder, office-vs-reference -- a quote from 2024 -->\n"
            + YELLEN
            + "\n<!-- factcheck: ignore gap-vs-events -- nothing to ignore here -->\nThe end.\n"
        },
    )
    result = run("check", "news", "--format", "json", "--report", "-", cwd=project)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["conflicts"] == [] and len(doc["suppressed"]) == 2
    assert [s["rules"] for s in doc["unused_suppressions"]] == [["gap-vs-events"]]
    assert "news/a.md:7: unused suppression of gap-vs-events" in result.stderr


def test_configuration_is_found_walking_up_and_overridden_by_options(project: Path) -> None:
    write(
        project,
        {
            "factcheck.yaml": "paths: [news]\nfail_on: never\nformat: [markdown, json]\noutput_dir: out\n"
            "ignore:\n  - {path: 'news/b.md', rules: [office-single-holder], reason: wire copy}\n",
            "sub/dir/.keep": "",
        },
    )
    result = run("check", cwd=project / "sub" / "dir")
    assert result.returncode == 0, result.stderr  # fail_on: never
    doc = json.loads((project / "out/consistency.json").read_text(encoding="utf-8"))  # relative to the file
    assert [c["rule"] for c in doc["conflicts"]] == ["office-vs-reference"]
    assert [c["rule"] for c in doc["suppressed"]] == ["office-single-holder"]
    strict = run("check", "--fail-on", "error", cwd=project)
    assert strict.returncode == 1
    shown = run("config", "--config", "factcheck.yaml", cwd=project)
    assert shown.returncode == 0
    rows = {line.split()[0]: line for line in shown.stdout.splitlines()[2:]}
    assert rows["fail_on"].endswith("factcheck.yaml:2") and rows["baseline"].endswith("default")


def test_pyproject_table(project: Path) -> None:
    write(
        project, {"pyproject.toml": '[project]\nname = "x"\n\n[tool.factcheck]\npaths = ["news"]\nfail_on = "never"\n'}
    )
    assert run("check", cwd=project).returncode == 0
    shown = run("config", cwd=project)
    assert "pyproject.toml:6" in shown.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fail-on: error\n", 'factcheck.yaml:1: unknown setting "fail-on"; did you mean "fail_on"?'),
        ("paths: [news]\nformat: [pdf]\n", "factcheck.yaml:2: format: unknown format 'pdf'"),
        ("ignore:\n  - {path: x, rulez: [a]}\n", 'factcheck.yaml:2: unknown setting "rulez"; did you mean "rules"?'),
    ],
)
def test_a_bad_setting_names_its_line_and_the_fix(project: Path, text: str, expected: str) -> None:
    write(project, {"factcheck.yaml": text})
    result = run("check", "news", cwd=project)
    assert result.returncode == 2
    assert expected in result.stderr and "Traceback" not in result.stderr


def test_default_publication_date_from_the_configuration(project: Path) -> None:
    write(
        project,
        {"undated/a.txt": "Treasury Secretary Janet Yellen spoke.\n", "factcheck.yaml": "published: 2025-10-15\n"},
    )
    result = run("check", "undated", "--format", "json", "--report", "-", cwd=project)
    doc = json.loads(result.stdout)
    assert doc["summary"]["undated_articles"] == []
    assert [c["rule"] for c in doc["conflicts"]] == ["office-vs-reference"]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_changed_since_reports_only_conflicts_touching_changed_articles(project: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "add", ".")
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", "corpus")
    write(project, {"news/c.md": "---\npublished: 2025-10-16\n---\nChina's President Xi Jinping spoke.\n"})
    quiet = run("check", "news", "--changed-since", "HEAD", cwd=project)
    assert quiet.returncode == 0, quiet.stderr  # c.md takes no side in the old conflicts
    assert "outside the change" in quiet.stdout
    write(project, {"news/b.md": "---\npublished: 2025-10-15\n---\nTreasury Secretary Scott Bessent spoke again.\n"})
    touched = run("check", "news", "--changed-since", "HEAD", "--format", "json", "--report", "-", cwd=project)
    assert touched.returncode == 1
    rules = [c["rule"] for c in json.loads(touched.stdout)["conflicts"]]
    assert rules == ["office-single-holder"]  # b.md against the unchanged a.md
    bad = run("check", "news", "--changed-since", "no-such-ref", cwd=project)
    assert bad.returncode == 2 and "unknown git ref" in bad.stderr


def test_claims_reads_the_configuration_too(project: Path) -> None:
    write(project, {"factcheck.yaml": "paths: [news]\n"})
    result = run("claims", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "news/a.md:4" in result.stdout and "news/b.md:4" in result.stdout
