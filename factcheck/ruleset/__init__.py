"""Rule files: their schema, a YAML loader that keeps positions, and the merged RuleSet."""

from factcheck.ruleset.loader import RuleSetError, load_ruleset
from factcheck.ruleset.ruleset import RuleSet

__all__ = ["RuleSet", "RuleSetError", "load_ruleset"]
