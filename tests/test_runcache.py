"""The whole-run cache: a run whose every input is unchanged writes the same reports, summary and
exit status without running the pipeline; any changed input runs it again."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck import api, runcache
from factcheck.cli import app
from factcheck.runcache import KEEP
from tests.conftest import ROOT

RULE = """\
checks:
  - id: local-note
    check: reference
    claims: [office_holder]
    reference: terms_of_office
    severity: info
    message: "{a.person} as {a.role}"
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "rules").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def pipeline_runs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many times the pipeline ran, counted."""
    calls: list[int] = []
    real = api.check

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "check", counted)
    yield calls


def check(*args: str) -> tuple[int, str, bytes]:
    """Exit code, terminal output and the report's bytes of one `factcheck check` run."""
    result = CliRunner().invoke(app, ["check", "seeds", "--rules", "rules", "--jobs", "1", *args])
    report = Path(args[args.index("--report") + 1] if "--report" in args else "reports/consistency.md")
    return result.exit_code, result.output, report.read_bytes()


def test_an_unchanged_run_is_replayed(project: Path, pipeline_runs: list[int]) -> None:
    first = check()
    (project / "reports" / "consistency.md").write_text("stale", encoding="utf-8")
    second = check()
    assert first == second and first[0] == 1  # the seeds hold known contradictions
    assert len(pipeline_runs) == 1
    assert (project / ".factcheck" / "cache.sqlite").is_file()


def _edit_article(project: Path) -> None:
    path = project / "seeds" / "000_c3f2627c9144e8c8.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nU.S. Treasury Secretary Janet Yellen spoke.\n")


def _add_article(project: Path) -> None:
    (project / "seeds" / "new.txt").write_text("Treasury Secretary Janet Yellen met reporters.\n", encoding="utf-8")


def _edit_manifest(project: Path) -> None:
    path = project / "seeds" / "sources.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("published: 2025-10", "published: 2023-10"))


def _add_rule(project: Path) -> None:
    (project / "rules" / "local.yaml").write_text(RULE, encoding="utf-8")


@pytest.mark.parametrize("change", [_edit_article, _add_article, _edit_manifest, _add_rule])
def test_a_changed_input_runs_again(project: Path, pipeline_runs: list[int], change: Callable[[Path], None]) -> None:
    check()
    change(project)
    again = check()
    fresh = check("--no-cache")
    assert again == fresh and len(pipeline_runs) == 3


@pytest.mark.parametrize(
    "options",
    [("--fail-on", "warning"), ("--format", "json"), ("--report", "other.md"), ("--format", "sarif")],
)
def test_other_options_run_again(project: Path, pipeline_runs: list[int], options: tuple[str, ...]) -> None:
    check()
    assert check(*options) == check(*options, "--no-cache")
    assert len(pipeline_runs) == 3


def test_a_report_to_standard_output_is_never_replayed(project: Path, pipeline_runs: list[int]) -> None:
    for _ in range(2):
        CliRunner().invoke(app, ["check", "seeds", "--rules", "rules", "--report", "-"])
    assert len(pipeline_runs) == 2


def test_a_damaged_table_is_a_miss(project: Path, pipeline_runs: list[int]) -> None:
    first = check()
    with sqlite3.connect(project / ".factcheck" / "cache.sqlite") as db:
        db.execute("UPDATE run_outputs_v1 SET data = substr(data, 1, length(data) - 9)")
    assert check() == first and len(pipeline_runs) == 2
    with sqlite3.connect(project / ".factcheck" / "cache.sqlite") as db:
        db.execute("UPDATE runs_v1 SET summary = x'00'")
    assert check() == first and len(pipeline_runs) == 3


def test_only_the_last_runs_are_kept(project: Path) -> None:
    for n in range(KEEP + 2):
        check("--report", f"r{n}.md")
    with sqlite3.connect(project / ".factcheck" / "cache.sqlite") as db:
        assert db.execute("SELECT count(*) FROM runs_v1").fetchone() == (KEEP,)
        assert db.execute("SELECT count(DISTINCT key) FROM run_outputs_v1").fetchone() == (KEEP,)


def test_a_run_with_huge_reports_is_not_kept(
    project: Path, pipeline_runs: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runcache, "MAX_KEPT_BYTES", 100)  # the seeds' report is larger
    assert check() == check()
    assert len(pipeline_runs) == 2
