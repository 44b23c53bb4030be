"""Places nest: Geneva lies within Switzerland, so a claim of either agrees with the other."""

from __future__ import annotations

from factcheck.ruleset.ruleset import RuleSet


def enclosing(place: str, ruleset: RuleSet) -> list[str]:
    """The place and every place it lies within, innermost first."""
    chain = [place]
    while (p := ruleset.places.get(chain[-1])) is not None and p.within and p.within not in chain:
        chain.append(p.within)
    return chain


def same_place(a: str | None, b: str | None, ruleset: RuleSet) -> bool:
    if a is None or b is None:
        return False
    return a in enclosing(b, ruleset) or b in enclosing(a, ruleset)
