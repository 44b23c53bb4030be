"""Rule examples as tests: every check's `flag`/`pass` examples and every claim kind's `yield`/`not`.

`factcheck rules test` and pytest both run `run_examples`, so a rule author sees the same verdict
as CI. A failing example says what was found instead: the conflicts, or the claims.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from factcheck.engine import evaluate
from factcheck.extract import extract_claims
from factcheck.models import Article, Claim, TimeSpan
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckExamples, CheckRule, ClaimKind, Example
from factcheck.timeexpr import parse_date_value

Expectation = Literal["flag", "pass", "yield", "not"]


@dataclass(frozen=True)
class ExampleResult:
    rule: str  # a check id or a claim kind
    expectation: Expectation
    index: int
    ok: bool
    found: tuple[str, ...]  # the conflicts or claims found, one line each
    example: Example

    @property
    def name(self) -> str:
        return f"{self.rule}/{self.expectation}/{self.index + 1}"

    @property
    def verdict(self) -> str:
        if self.ok:
            return "ok"
        return "false negative" if self.expectation in ("flag", "yield") else "false positive"

    def explain(self) -> str:
        """A failure as a reader needs it: the example, what was expected, what was found."""
        wanted = {
            "flag": "a conflict",
            "pass": "no conflict",
            "yield": "a claim" + (f" with {self.example.expect}" if self.example.expect else ""),
            "not": "no claim",
        }[self.expectation]
        lines = [f"{self.name}: {self.verdict}: expected {wanted}"]
        for article in self.example.all_articles():
            lines.append(f"    article ({article.published or 'no date'}): {article.text}")
        lines += [f"    found: {line}" for line in self.found] or ["    found: nothing"]
        return "\n".join(lines)


def run_examples(ruleset: RuleSet, only: Iterable[str] | None = None) -> list[ExampleResult]:
    """Run the examples of every check and claim kind (or those named in `only`)."""
    wanted = set(only) if only is not None else None
    results: list[ExampleResult] = []
    for rule in ruleset.checks:
        if wanted is None or rule.id in wanted:
            results.extend(_check_examples(rule, rule.examples, ruleset))
    for test in ruleset.tests:
        tested = ruleset.check(test.rule)
        if tested is not None and (wanted is None or tested.id in wanted):
            results.extend(_check_examples(tested, test, ruleset))
    for kind_id, kind in sorted(ruleset.claim_kinds.items()):
        if wanted is None or kind_id in wanted:
            results.extend(_kind_examples(kind_id, kind, ruleset))
    return results


def _articles(example: Example, name: str) -> list[Article]:
    out = []
    for i, a in enumerate(example.all_articles(), 1):
        published = parse_date_value(a.published) if a.published else TimeSpan.unknown()
        out.append(Article(id=f"{name}-{i}", path=f"{name} article {i}", text=a.text, published=published))
    return out


def _check_examples(rule: CheckRule, examples: CheckExamples, ruleset: RuleSet) -> Iterator[ExampleResult]:
    alone = dataclasses.replace(ruleset, checks=(rule,))
    cases: list[tuple[Expectation, list[Example]]] = [("flag", examples.flag), ("pass", examples.pass_)]
    for expectation, listed in cases:
        for i, example in enumerate(listed):
            articles = _articles(example, f"{rule.id}/{expectation}/{i + 1}")
            claims = [c for a in articles for c in extract_claims(a, alone, rule.kinds)]
            conflicts = [c for c in evaluate(claims, alone) if c.rule == rule.id]
            ok = bool(conflicts) == (expectation == "flag")
            found = [c.message for c in conflicts] or [_describe(c) for c in claims]
            yield ExampleResult(rule.id, expectation, i, ok, tuple(found), example)


def _kind_examples(kind_id: str, kind: ClaimKind, ruleset: RuleSet) -> Iterator[ExampleResult]:
    cases: list[tuple[Expectation, list[Example]]] = [("yield", kind.examples.yield_), ("not", kind.examples.not_)]
    for expectation, examples in cases:
        for i, example in enumerate(examples):
            articles = _articles(example, f"{kind_id}/{expectation}/{i + 1}")
            claims = [c for a in articles for c in extract_claims(a, ruleset, [kind_id])]
            ok = any(_has(c, example.expect) for c in claims) if expectation == "yield" else not claims
            yield ExampleResult(kind_id, expectation, i, ok, tuple(_describe(c) for c in claims), example)


def _has(claim: Claim, expect: dict[str, Any]) -> bool:
    """True when every expected field matches the claim's id, label or number."""
    fields: dict[str, Any] = {**claim.key, **claim.value}
    for name, want in expect.items():
        if name == "time":
            if claim.time.label() != str(want):
                return False
            continue
        got = fields.get(name)
        if isinstance(want, (int, float)) and not isinstance(want, bool) and isinstance(got, (int, float)):
            if abs(float(got) - float(want)) > 1e-9:
                return False
        elif str(want) not in (str(got), claim.labels.get(name)):
            return False
    return True


def _describe(claim: Claim) -> str:
    key = ", ".join(f"{k}={claim.label(k)}" for k in claim.key)
    value = ", ".join(f"{k}={claim.label(k)}" for k, v in claim.value.items() if v is not None)
    return f'{claim.kind} claim: {key}: {value} ({claim.time.label()}) from "{claim.surface}"'
