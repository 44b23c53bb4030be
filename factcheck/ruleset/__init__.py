"""Rule files: their schema, a YAML loader that keeps positions, and the merged RuleSet."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.ruleset.loader import RuleSetError, load_ruleset
    from factcheck.ruleset.ruleset import RuleSet

__all__ = ["RuleSet", "RuleSetError", "load_ruleset"]


def __getattr__(name: str) -> Any:
    """Imported on first use: reading a configuration file (yamlmarks) or listing rule files
    (files) does not load the schema and the loader."""
    if name in ("RuleSetError", "load_ruleset"):
        from factcheck.ruleset import loader

        return getattr(loader, name)
    if name == "RuleSet":
        from factcheck.ruleset.ruleset import RuleSet

        return RuleSet
    raise AttributeError(f"module 'factcheck.ruleset' has no attribute {name!r}")
