"""Which files in a rules folder are rule files: a module of its own, so what only lists them (the
whole-run cache's fingerprint, the CLI's input check) need not import the loader and the schema."""

from __future__ import annotations

from pathlib import Path

RULE_SUFFIXES = (".yaml", ".yml")


def rule_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.suffix.lower() in RULE_SUFFIXES and p.is_file())
