"""The contract every check type fulfils: a rule model and a pure evaluate()."""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from factcheck.models import Claim, Conflict, Severity
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule

Evaluate = Callable[[Sequence[Claim], Any, RuleSet], Iterator[Conflict]]


@dataclass(frozen=True)
class CheckType:
    """One registered mechanism. `rule` validates a rule's fields; `evaluate` judges one group of
    claims (all of the rule's claim kind sharing a key) and yields conflicts."""

    name: str
    rule: type[CheckRule]
    evaluate: Evaluate
    doc: str

    def group_key(self, rule: CheckRule, claim: Claim) -> tuple[Any, ...]:
        # a field read from the model's dict: getattr of a field a rule type lacks raises inside pydantic,
        # for every claim and rule
        fields = rule.__dict__.get("key") or sorted(claim.key)
        return tuple(claim.field(f) for f in fields)


class _Side:
    """One claim as a message template sees it: {a.value}, {a.article}, {a.line}, {a.time}."""

    def __init__(self, claim: Claim, value_field: str) -> None:
        self.value = claim.label(value_field)
        self.article = claim.evidence.path
        self.line = claim.evidence.line
        self.time = claim.time.label()
        self.surface = claim.surface

    def __getattr__(self, name: str) -> str:
        raise AttributeError(name)


def side(claim: Claim, value_field: str) -> _Side:
    return _Side(claim, value_field)


def lone_conflict(claim: Claim, rule: CheckRule, fields: dict[str, Any], cause: str) -> Conflict:
    """A conflict one claim makes on its own (a weekday against its date, a sentence against its
    numbers); `cause` joins the same mistake in many articles into one finding."""
    return Conflict(
        rule=rule.id,
        severity=rule.severity,
        message=render_message(rule.message, fields),
        claims=(claim,),
        cause=cause,
    )


SIDE_FIELDS = ("value", "article", "line", "time", "surface")
SIDES = ("a", "b")


def template_problem(template: str, allowed: tuple[str, ...]) -> str | None:
    """Why a message template cannot be filled, or None. Run at load time, never at report time."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        return f"message template is malformed: {exc}; double a brace to write one literally ({{{{)"
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion:  # "{a.value:d}" fails on a string, "{reference:>300000000}" writes 300 MB
            shown = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            return f'"{{{shown}}}" in message: write plain fields only ({{{name}}}), with no format or conversion'
        root, _, attr = name.partition(".")
        if root not in allowed:
            return f'unknown field "{{{name}}}" in message; available: {", ".join(_names(allowed))}'
        if root in SIDES and attr not in SIDE_FIELDS:
            return f'unknown field "{{{name}}}" in message; available: {", ".join(_names(allowed))}'
        if root not in SIDES and attr:
            return f'unknown field "{{{name}}}" in message; available: {", ".join(_names(allowed))}'
    return None


def _names(allowed: tuple[str, ...]) -> list[str]:
    out = []
    for root in allowed:
        if root in SIDES:
            out += [f"{{{root}.{f}}}" for f in SIDE_FIELDS]
        else:
            out.append(f"{{{root}}}")
    return out


class DisjointSets:
    """Union-find over 0..n-1, for checks that join items transitively (periods, quote clusters)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        """Join two sets; the smaller root index wins, so roots are stable in input order."""
        ri, rj = self.root(i), self.root(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def severity_of(rule: CheckRule, claims: Sequence[Claim]) -> Severity:
    """The rule's severity, one lower when a claim is hedged ("perhaps at the summit in Seoul"):
    an uncertain claim is still checked, never hidden, but it is not stated as fact either."""
    if not any(c.qualifiers.uncertain for c in claims):
        return rule.severity
    return {Severity.ERROR: Severity.WARNING, Severity.WARNING: Severity.INFO}.get(rule.severity, Severity.INFO)


def render_message(template: str, fields: dict[str, Any]) -> str:
    """Fill a rule's message; templates were validated at load time, so this cannot fail."""
    return string.Formatter().vformat(template, (), fields)
