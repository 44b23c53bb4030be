"""The pipeline's layers, guarded: a stage never reaches into a later one or into the edges.

models imports nothing of the pipeline; extraction never imports checks or reports; checks never
read files; nothing in the core imports the CLI.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"


def imports(path: Path) -> set[str]:
    """Every factcheck module a file imports, at any depth of the file."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("factcheck"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("factcheck"))
    return found


def modules(subpath: str) -> list[Path]:
    target = PACKAGE / subpath
    return sorted(target.rglob("*.py")) if target.is_dir() else [target]


FORBIDDEN = [
    (
        "models.py",
        ("factcheck.extract", "factcheck.checks", "factcheck.corpus", "factcheck.ruleset", "factcheck.report"),
    ),
    ("extract", ("factcheck.checks", "factcheck.report", "factcheck.cli", "factcheck.corpus", "factcheck.io")),
    ("checks", ("factcheck.extract", "factcheck.corpus", "factcheck.report", "factcheck.cli", "factcheck.io")),
    ("references", ("factcheck.extract", "factcheck.corpus", "factcheck.report", "factcheck.cli", "factcheck.io")),
    ("report", ("factcheck.extract", "factcheck.corpus", "factcheck.cli", "factcheck.io")),
    ("timeexpr.py", ("factcheck.extract", "factcheck.checks", "factcheck.corpus", "factcheck.ruleset")),
    ("engine.py", ("factcheck.corpus", "factcheck.cli", "factcheck.io", "factcheck.cache", "factcheck.parallel")),
    ("triage.py", ("factcheck.corpus", "factcheck.cli", "factcheck.io", "factcheck.config", "factcheck.vcs")),
]


@pytest.mark.parametrize(("where", "banned"), FORBIDDEN, ids=[w for w, _ in FORBIDDEN])
def test_layer_does_not_import(where: str, banned: tuple[str, ...]) -> None:
    for path in modules(where):
        bad = sorted(m for m in imports(path) if m.startswith(banned))
        assert not bad, f"{path.relative_to(PACKAGE.parent)} imports {bad}"


def test_only_edges_touch_the_disk() -> None:
    """Reading and writing files happens in corpus/, ruleset/ (rule files), io.py, the CLI, the
    project files (configuration, baseline and git) and the claim cache."""
    edges = {
        "corpus",
        "ruleset",
        "io.py",
        "cli.py",
        "settings.py",
        "config.py",
        "baseline.py",
        "vcs.py",
        "cache.py",
        "runcache.py",
    }
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in edges:
            continue
        source = path.read_text(encoding="utf-8")
        for call in ("read_text(", "write_text(", "open(", "read_bytes("):
            assert call not in source, f"{rel} calls {call} outside the edges"
