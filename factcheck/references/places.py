"""Places nest: Geneva lies within Switzerland, so a claim of either agrees with the other."""

from __future__ import annotations

from factcheck.ruleset.ruleset import RuleSet

_CHAINS: dict[tuple[str, str], tuple[str, ...]] = {}
MAX_CHAINS = 65536  # places remembered across rule-set versions before the memory is let go


def enclosing(place: str, ruleset: RuleSet) -> tuple[str, ...]:
    """The place and every place it lies within, innermost first. Remembered per rule-set
    version: every event claim asks, often of the same few places."""
    key = (ruleset.version, place)
    if ruleset.version and (known := _CHAINS.get(key)) is not None:
        return known
    chain = [place]
    while (p := ruleset.places.get(chain[-1])) is not None and p.within and p.within not in chain:
        chain.append(p.within)
    if ruleset.version:
        if len(_CHAINS) >= MAX_CHAINS:
            _CHAINS.clear()
        _CHAINS[key] = tuple(chain)
    return tuple(chain)


def same_place(a: str | None, b: str | None, ruleset: RuleSet) -> bool:
    if a is None or b is None:
        return False
    return a in enclosing(b, ruleset) or b in enclosing(a, ruleset)
