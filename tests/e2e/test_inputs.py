"""Real inputs through the command line: a saved page, an export and files that are no articles,
in one corpus; every report says where each claim came from, and what was skipped."""

from __future__ import annotations

import codecs
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.e2e.test_cli import run

PAGES = ROOT / "tests" / "data" / "pages"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(PAGES / "news-jsonld.html", folder / "page.html")
    record = {"headline": "Yellen", "content": "U.S. Treasury Secretary Janet Yellen spoke on Tuesday.",
              "published_at": "2025-10-14", "link": "https://cms.example/42"}  # fmt: skip
    (folder / "export.jsonl").write_text(json.dumps(record) + "\n{broken\n", encoding="utf-8")
    (folder / "logo.txt").write_bytes(b"\x89PNG\x00\x00")
    (folder / "wire.txt").write_bytes(codecs.BOM_UTF16_LE + "Officials met in Geneva.\n".encode("utf-16-le"))
    return tmp_path


def test_every_input_kind_in_one_run(corpus: Path) -> None:
    result = run("check", "corpus", "--format", "json,markdown,sarif", "--output-dir", "out", cwd=corpus)
    assert result.returncode == 1, result.stderr
    assert "corpus/export.jsonl: record 2 (line 2): not valid JSON" in result.stderr
    assert "corpus/logo.txt: skipped: binary file (NUL bytes)" in result.stderr
    doc = json.loads((corpus / "out/consistency.json").read_text(encoding="utf-8"))
    assert doc["skipped"] == [{"path": "corpus/logo.txt", "reason": "binary file (NUL bytes)"}]
    single = next(c for c in doc["conflicts"] if c["rule"] == "office-single-holder")
    where = {(c["path"], c["line"], c["url"]) for c in single["claims"]}
    assert where == {
        ("corpus/export.jsonl", 1, "https://cms.example/42"),
        ("corpus/page.html", 29, "https://harbourledger.example/world/2025/10/14/treasury-talks-madrid"),
    }
    markdown = (corpus / "out/consistency.md").read_text(encoding="utf-8")
    assert "## Skipped files" in markdown and "binary file (NUL bytes)" in markdown
    assert "[cms.example](https://cms.example/42)" in markdown
    sarif = json.loads((corpus / "out/consistency.sarif").read_text(encoding="utf-8"))
    urls = [
        r.get("properties", {}).get("urls")
        for r in sarif["runs"][0]["results"]
        if r["ruleId"] == "office-single-holder"
    ]
    assert urls and "https://cms.example/42" in urls[0]


def test_claims_show_where_each_came_from(corpus: Path) -> None:
    result = run("claims", "corpus", cwd=corpus)
    assert result.returncode == 0, result.stderr
    assert "corpus/page.html:29" in result.stdout and "corpus/export.jsonl:1" in result.stdout
