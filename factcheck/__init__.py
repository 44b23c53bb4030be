"""factcheck: a linter for facts across articles."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "check", "claims", "load_rules", "load_ruleset"]


def __getattr__(name: str) -> Any:
    """The API, imported on first use: `factcheck --help` and a replayed run never load the pipeline."""
    if name in ("check", "claims", "load_rules"):
        from factcheck import api

        return getattr(api, name)
    if name == "load_ruleset":
        from factcheck.ruleset import load_ruleset

        return load_ruleset
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
