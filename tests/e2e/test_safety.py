"""Reports never destroy or feed back into the corpus, keep their permissions, refuse devices, and
quote hostile file names as text."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.e2e.test_cli import run


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for seed in (ROOT / "seeds").glob("*.txt"):
        shutil.copy(seed, tmp_path / seed.name)
    shutil.copy(ROOT / "seeds" / "sources.yaml", tmp_path / "sources.yaml")
    return tmp_path


@pytest.mark.parametrize("target", ["000_c3f2627c9144e8c8.txt", "sources.yaml"])
def test_a_report_never_overwrites_an_input(corpus: Path, target: str) -> None:
    before = (corpus / target).read_bytes()
    result = run("check", ".", "--report", target, cwd=corpus)
    assert result.returncode == 2 and "is an input of this run" in result.stderr
    assert (corpus / target).read_bytes() == before


def test_reports_in_the_corpus_are_never_read_back(corpus: Path) -> None:
    summaries = []
    for _ in range(3):
        result = run("check", ".", "--format", "markdown,json,jsonl,concise", cwd=corpus)
        assert result.returncode == 1, result.stderr
        summaries.append(result.stdout.splitlines()[-2 if "without a date" in result.stdout else -1])
    first = run("check", ".", cwd=corpus)  # the default run, with every earlier format lying in reports/
    assert len(set(summaries)) == 1 and summaries[0] in first.stdout
    assert "skipped" not in first.stderr  # its own reports are listed in the report, not warned about


def test_an_existing_report_keeps_its_mode_and_a_device_is_refused(corpus: Path) -> None:
    report = corpus / "out.md"
    report.write_text("old\n", encoding="utf-8")
    report.chmod(0o644)
    articles = ["000_c3f2627c9144e8c8.txt", "002_63234e03cf6d0fd5.txt"]
    assert run("check", *articles, "--report", "out.md", cwd=corpus).returncode == 1
    assert stat.S_IMODE(report.stat().st_mode) == 0o644 and report.read_text(encoding="utf-8") != "old\n"
    pipe = corpus.parent / f"{corpus.name}.pipe"
    os.mkfifo(pipe)  # not a regular file, like a device: writing to it would block or lose data
    for special in (str(pipe), str(corpus.parent)):
        refused = run("check", *articles, "--report", special, cwd=corpus)
        assert refused.returncode == 2 and "not a regular file" in refused.stderr
    empty = run("check", ".", "--report", "", cwd=corpus)
    assert empty.returncode == 2


def test_hostile_file_names_are_text_in_the_markdown_report(tmp_path: Path) -> None:
    names = ["<img src=x onerror=alert(1)>.txt", "line\nbreak <script>.txt"]
    for name in names:
        (tmp_path / name).write_text("Treasury Secretary Janet Yellen spoke on Monday.\n", encoding="utf-8")
    result = run("check", ".", "--report", "r.md", cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)<(?:img|script)", text)  # every "<" from a name is escaped
    assert "\\<img src=x onerror=alert(1)\\>" in text
    assert "line break \\<script\\>.txt" in text  # the newline cannot open an HTML block


def test_claims_never_write_escape_sequences_or_infinity(tmp_path: Path) -> None:
    (tmp_path / "evil\x1b[2J.txt").write_text(
        "U.S. Treasury Secretary Janet Yellen said \x1b]0;pwned\x07 the Dow fell " + "9" * 400 + "% on Monday.\n",
        encoding="utf-8",
    )
    table = run("claims", ".", cwd=tmp_path)
    assert table.returncode == 0 and "\x1b" not in table.stdout + table.stderr
    listed = run("claims", ".", "--format", "json", cwd=tmp_path)
    assert listed.returncode == 0 and "Infinity" not in listed.stdout
    json.loads(listed.stdout)
