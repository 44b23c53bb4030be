"""factcheck: a linter for facts across articles."""

from factcheck.api import check, claims, load_rules
from factcheck.ruleset import load_ruleset

__version__ = "0.1.0"

__all__ = ["__version__", "check", "claims", "load_rules", "load_ruleset"]
