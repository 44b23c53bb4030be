"""docs/writing-rules.md, followed step by step: the German Chancellor added by editing YAML only."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import ROOT
from tests.e2e.test_cli import run

GUIDE = ROOT / "docs" / "writing-rules.md"


def guide_files() -> dict[str, str]:
    """The YAML blocks of the guide that start with `# file: PATH`, joined per file in order."""
    files: dict[str, str] = {}
    for block in re.findall(r"```yaml\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S):
        first, _, body = block.partition("\n")
        m = re.fullmatch(r"# file: (\S+)", first)
        if m:
            files[m.group(1)] = files.get(m.group(1), "") + body
    return files


def test_guide_step_by_step(tmp_path: Path) -> None:
    files = guide_files()
    assert list(files) == ["myrules/germany.yaml", "myrules/events.yaml", "myrules/ecb.yaml", "myrules/trade.yaml"]
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")

    validate = run("rules", "validate", "myrules", cwd=tmp_path)
    assert validate.returncode == 0, validate.stderr
    assert validate.stdout.startswith("ok: ")

    tested = run("rules", "test", "myrules", cwd=tmp_path)
    assert tested.returncode == 0, tested.stdout
    assert ", 0 failed" in tested.stdout

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "scholz.md").write_text(
        "---\npublished: 2025-10-14\n---\nGerman Chancellor Olaf Scholz visited Paris on Monday.\n", encoding="utf-8"
    )
    (articles / "merz.md").write_text(
        "---\npublished: 2025-10-14\n---\nChancellor Friedrich Merz visited Paris on Monday.\n", encoding="utf-8"
    )
    result = run("check", "articles/", "--rules", "myrules", "--format", "json", "--report", "-", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    conflicts = json.loads(result.stdout)["conflicts"]
    flagged = {(c["rule"], c["claims"][0]["path"]) for c in conflicts}
    assert ("office-vs-reference", "articles/scholz.md") in flagged
    assert ("office-vs-reference", "articles/merz.md") not in flagged
    reference = next(c for c in conflicts if c["rule"] == "office-vs-reference")["reference"]
    assert reference["source"].startswith("myrules/germany.yaml:")
    assert "Friedrich Merz holds it since 2025-05-06" in reference["text"]


def test_without_the_guide_nothing_is_known(tmp_path: Path) -> None:
    """The control: the shipped rules alone do not know the office, so the same article passes."""
    (tmp_path / "scholz.md").write_text(
        "---\npublished: 2025-10-14\n---\nGerman Chancellor Olaf Scholz visited Paris on Monday.\n", encoding="utf-8"
    )
    assert run("check", "scholz.md", "--report", "-", cwd=tmp_path).returncode == 0
