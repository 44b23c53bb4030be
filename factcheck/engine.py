"""The pipeline in one place: articles -> claims -> groups -> conflicts, all sorted."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from factcheck.checks.registry import CHECK_TYPES
from factcheck.extract import extract_claims
from factcheck.models import Article, Claim, Conflict, Report, RuleInfo, Severity, Skipped, Summary, Unchecked
from factcheck.references import TABLES, Verdict
from factcheck.ruleset.ruleset import RuleSet

# Extracts every article's claims of the given kinds (None: all), in the articles' order.
Extractor = Callable[[Sequence[Article], RuleSet, Iterable[str] | None], list[Claim]]


def extract_all(articles: Sequence[Article], ruleset: RuleSet, kinds: Iterable[str] | None) -> list[Claim]:
    return [c for a in articles for c in extract_claims(a, ruleset, kinds)]


def run(
    articles: Sequence[Article],
    ruleset: RuleSet,
    warnings: Sequence[str] = (),
    skipped: Sequence[Skipped] = (),
    extract: Extractor = extract_all,
    progress: Callable[[str, int, int], None] | None = None,
) -> Report:
    """`extract` may be another way to the same claims (worker processes, a cache): the report is
    the same whichever is used. `progress` hears of each rule checked ("check", 1, rules)."""
    articles = sorted(articles, key=lambda a: (a.path, a.record or 0, a.id))
    kinds = {kind for rule in ruleset.checks for kind in rule.kinds} or None
    claims = extract(articles, ruleset, kinds)
    conflicts = sorted(evaluate(claims, ruleset, progress), key=Conflict.sort_key)
    counts = {s.value: sum(1 for c in conflicts if c.severity is s) for s in reversed(Severity)}
    undated = tuple(a.label for a in articles if not a.published.is_known)
    summary = Summary(
        articles=len(articles),
        claims=len(claims),
        conflicts=counts,
        claims_by_kind={k: sum(1 for c in claims if c.kind == k) for k in sorted({c.kind for c in claims})},
        undated_articles=undated,
        rules=len(ruleset.checks),
    )
    return Report(
        summary=summary,
        conflicts=tuple(conflicts),
        unchecked=tuple(unchecked(articles, claims, ruleset)),
        warnings=tuple(warnings),
        rules=tuple(rule_info(ruleset)),
        skipped=tuple(sorted(skipped, key=lambda k: k.path)),
    )


def rule_info(ruleset: RuleSet) -> list[RuleInfo]:
    return [
        RuleInfo(
            id=r.id,
            check=r.check,
            kinds=r.kinds,
            severity=r.severity,
            description=" ".join(r.description.split()),
            source=ruleset.source("checks", r.id),
        )
        for r in sorted(ruleset.checks, key=lambda r: r.id)
    ]


def evaluate(
    claims: Sequence[Claim], ruleset: RuleSet, progress: Callable[[str, int, int], None] | None = None
) -> list[Conflict]:
    """Run every check on the groups of claims it applies to."""
    out: list[Conflict] = []
    by_kind: dict[str, list[Claim]] = {}
    for claim in claims:
        by_kind.setdefault(claim.kind, []).append(claim)
    for rule in ruleset.checks:
        check = CHECK_TYPES[rule.check]
        groups: dict[tuple[object, ...], list[Claim]] = {}
        # in reading order, whatever the kinds: a check may take several ("gap" and "event")
        of_rule = (
            by_kind.get(rule.kinds[0], []) if len(rule.kinds) == 1 else [c for c in claims if c.kind in rule.kinds]
        )
        for claim in of_rule:
            groups.setdefault(check.group_key(rule, claim), []).append(claim)
        for key in sorted(groups, key=repr):
            out.extend(check.evaluate(groups[key], rule, ruleset))
        if progress is not None:
            progress("check", 1, len(ruleset.checks))
    return out


def unchecked(articles: Sequence[Article], claims: Sequence[Claim], ruleset: RuleSet) -> list[Unchecked]:
    """What the run could not judge: undated articles, unknown names, claims the reference does not cover."""
    out: set[Unchecked] = set()
    for article in articles:
        if not article.published.is_known:
            out.add(Unchecked(article=article.label, reason="no publication date: relative times were not resolved"))
    judged = sorted({(r, k) for rule in ruleset.checks if (r := getattr(rule, "reference", None)) for k in rule.kinds})
    for claim in claims:
        where = claim.evidence
        for field in claim.unresolved:
            reason = f'unknown {field} "{claim.label(field)}" (not in the vocabulary)'
            out.add(Unchecked(article=where.path, line=where.line, reason=reason))
        for name, kind in judged:
            if claim.kind != kind:
                continue
            judgement = TABLES[name](claim, ruleset)
            if judgement.verdict is Verdict.UNKNOWN and judgement.reason:
                reason = f'"{claim.surface}": not checked against {name}: {judgement.reason}'
                out.add(Unchecked(article=where.path, line=where.line, reason=reason))
    return sorted(out, key=lambda u: (u.article, u.line or 0, u.reason))
