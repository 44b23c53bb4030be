"""Killing a run at any point leaves the previous report whole and a claim cache the next run uses."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.test_cli import run

PLACES = ["Geneva", "London", "Stockholm", "Madrid"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kill")
    articles = root / "articles"
    articles.mkdir()
    for i in range(240):
        day = 1 + i % 28
        text = (
            f"---\npublished: 2025-09-{day:02d}\n---\n"
            f"Treasury Secretary Scott Bessent met Vice Premier He Lifeng in {PLACES[i % 4]} on Sunday.\n\n"
            f"The S&P 500 fell {1 + i % 5}.{i % 10}% on Friday as investors weighed the talks.\n\n"
            "U.S. Treasury Secretary Janet Yellen spoke to reporters in Washington.\n"
        )
        (articles / f"a{i:03d}.md").write_text(text, encoding="utf-8")
    return root


def check(root: Path, *extra: str) -> list[str]:
    return ["check", "articles", "--report", "report.md", "--cache", "cache.sqlite", *extra]


@pytest.mark.parametrize("delay", [0.5, 1.2, 2.5])
def test_a_killed_run_leaves_the_report_and_a_usable_cache(corpus: Path, delay: float) -> None:
    first = run(*check(corpus, "--no-cache"), cwd=corpus)
    assert first.returncode in (0, 1), first.stderr
    report = (corpus / "report.md").read_bytes()
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *check(corpus, "--jobs", "2")],
        cwd=corpus,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its workers share its process group: kill them all at once
    )
    time.sleep(delay)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (corpus / "report.md").read_bytes() == report  # the old report, or the same one rewritten whole
    again = run(*check(corpus), cwd=corpus)
    assert again.returncode == first.returncode, again.stderr
    assert "claim cache" not in again.stderr
    assert (corpus / "report.md").read_bytes() == report
    with sqlite3.connect(corpus / "cache.sqlite") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM claims_v1").fetchone() == (240,)
