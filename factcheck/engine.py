"""The pipeline in one place: articles -> claims -> groups -> conflicts, all sorted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

from factcheck.checks.registry import CHECK_TYPES
from factcheck.extract import extract_claims
from factcheck.models import Article, Claim, Conflict, Report, RuleInfo, Severity, Skipped, Summary, Unchecked
from factcheck.references import TABLES, Verdict
from factcheck.ruleset.ruleset import RuleSet

# Extracts every article's claims of the given kinds (None: all), in the articles' order.
Extractor = Callable[[Sequence[Article], RuleSet, Iterable[str] | None], list[Claim]]


def extract_all(articles: Sequence[Article], ruleset: RuleSet, kinds: Iterable[str] | None) -> list[Claim]:
    return [c for a in articles for c in extract_claims(a, ruleset, kinds)]


def article_order(article: Article) -> tuple[str, int, str]:
    """The order every engine reads articles in, so claims and reports come out the same."""
    return (article.path, article.record or 0, article.id)


def wanted_kinds(ruleset: RuleSet) -> set[str] | None:
    """The claim kinds some check reads: only those are extracted."""
    return {kind for rule in ruleset.checks for kind in rule.kinds} or None


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
    articles = sorted(articles, key=article_order)
    claims = extract(articles, ruleset, wanted_kinds(ruleset))
    conflicts = evaluate(claims, ruleset, progress)
    found: set[Unchecked] = set()
    judged = judged_tables(ruleset)
    for claim in claims:
        found |= claim_unchecked(claim, ruleset, judged)
    return assemble(
        ruleset,
        articles=len(articles),
        undated=[a.label for a in articles if not a.published.is_known],
        claims_by_kind=Counter(c.kind for c in claims),
        conflicts=conflicts,
        unchecked=found,
        warnings=warnings,
        skipped=skipped,
    )


def assemble(
    ruleset: RuleSet,
    *,
    articles: int,
    undated: Sequence[str],
    claims_by_kind: Mapping[str, int],
    conflicts: Iterable[Conflict],
    unchecked: Iterable[Unchecked],
    warnings: Sequence[str],
    skipped: Sequence[Skipped],
) -> Report:
    """The report from what a run found, however it was computed (here, or on a cluster): sorted,
    so the same findings give the same report byte for byte. `undated` are article labels in
    reading order."""
    ordered = sorted(conflicts, key=Conflict.sort_key)
    counts = {s.value: sum(1 for c in ordered if c.severity is s) for s in reversed(Severity)}
    summary = Summary(
        articles=articles,
        claims=sum(claims_by_kind.values()),
        conflicts=counts,
        claims_by_kind={k: claims_by_kind[k] for k in sorted(k for k, n in claims_by_kind.items() if n)},
        undated_articles=tuple(undated),
        rules=len(ruleset.checks),
    )
    reasons = set(unchecked)
    for label in undated:
        reasons.add(Unchecked(article=label, reason="no publication date: relative times were not resolved"))
    return Report(
        summary=summary,
        conflicts=tuple(ordered),
        unchecked=tuple(sorted(reasons, key=lambda u: (u.article, u.line or 0, u.reason))),
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
    """Run every check on the groups of claims it applies to: rule by rule, groups in the order of
    their keys' repr, each group's claims in reading order (the Dask engine routes them the same way)."""
    groups: dict[int, dict[str, list[Claim]]] = {}
    for claim in claims:
        for i, group_key in groups_of(claim, ruleset):
            groups.setdefault(i, {}).setdefault(repr(group_key), []).append(claim)
    out: list[Conflict] = []
    for i in range(len(ruleset.checks)):
        of_rule = groups.get(i, {})
        for shown in sorted(of_rule):
            out.extend(check_group(i, of_rule[shown], ruleset))
        if progress is not None:
            progress("check", 1, len(ruleset.checks))
    return out


def groups_of(claim: Claim, ruleset: RuleSet) -> list[tuple[int, tuple[object, ...]]]:
    """(rule index, group key) of every check group the claim belongs to: how a distributed engine
    routes claims to the check that judges them together."""
    return [
        (i, CHECK_TYPES[rule.check].group_key(rule, claim))
        for i, rule in enumerate(ruleset.checks)
        if claim.kind in rule.kinds
    ]


def check_group(rule_index: int, group: Sequence[Claim], ruleset: RuleSet) -> list[Conflict]:
    """One check on one group of claims, given in reading order."""
    rule = ruleset.checks[rule_index]
    return list(CHECK_TYPES[rule.check].evaluate(group, rule, ruleset))


def judged_tables(ruleset: RuleSet) -> list[tuple[str, str]]:
    """(reference table, claim kind) for every reference check: what a claim may go unjudged by."""
    return sorted({(r, k) for rule in ruleset.checks if (r := getattr(rule, "reference", None)) for k in rule.kinds})


def claim_unchecked(claim: Claim, ruleset: RuleSet, judged: Sequence[tuple[str, str]]) -> set[Unchecked]:
    """What the run could not judge about one claim: an unknown name, a reference that does not cover it."""
    out: set[Unchecked] = set()
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
    return out
