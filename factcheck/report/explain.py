"""Plain-text views of rules for `factcheck explain` and `factcheck rules list`."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.checks.registry import CHECK_TYPES
from factcheck.errors import UsageError
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule, Example

_COMMON = set(CheckRule.model_fields)


def table(rows: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell; the last column runs free."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r[:-1], widths, strict=False)) + "  " + r[-1] for r in rows)


def explain_rule(ruleset: RuleSet, rule_id: str) -> str:
    rule = ruleset.check(rule_id)
    if rule is None:
        if rule_id in ruleset.claim_kinds:
            return _explain_kind(ruleset, rule_id)
        known = ", ".join(sorted([c.id for c in ruleset.checks] + list(ruleset.claim_kinds)))
        raise UsageError(f'no rule "{rule_id}"; known rules: {known}')
    check_type = CHECK_TYPES[rule.check]
    where = ruleset.source("checks", rule.id)
    lines = [
        f"{rule.id} ({where})",
        f"  {rule.description}",
        "",
        f"claims: {', '.join(rule.kinds)}    check: {rule.check}    severity: {rule.severity.value}",
        f"message: {rule.message}",
        "",
        "parameters:",
    ]
    params = {k: v for k, v in rule.model_dump(mode="json").items() if k not in _COMMON}
    lines += [f"  {k}: {v}" for k, v in params.items()] or ["  (none)"]
    lines += ["", f"check type {rule.check}:", *("  " + line for line in check_type.doc.splitlines())]
    lines += _examples("must flag", rule.examples.flag) + _examples("must pass", rule.examples.pass_)
    return "\n".join(lines).rstrip() + "\n"


def _explain_kind(ruleset: RuleSet, kind_id: str) -> str:
    kind = ruleset.claim_kinds[kind_id]
    lines = [f"{kind_id} (claim kind declared in YAML)", f"  {kind.description}", ""]
    lines += [f"template: {t}" for t in kind.templates] + [f"pattern: {p}" for p in kind.patterns]
    lines += [f"key: {', '.join(kind.key)}    value: {', '.join(kind.value)}    time: {kind.time or '(sentence)'}"]
    lines += _examples("must yield", kind.examples.yield_) + _examples("must not yield", kind.examples.not_)
    return "\n".join(lines).rstrip() + "\n"


def _examples(title: str, examples: list[Example]) -> list[str]:
    if not examples:
        return []
    lines = ["", f"examples that {title}:"]
    for i, example in enumerate(examples, 1):
        for article in example.all_articles():
            lines.append(f"  {i}. ({article.published or 'no date'}) {article.text}")
        if example.note:
            lines.append(f"     note: {example.note}")
    return lines
