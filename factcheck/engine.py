"""The pipeline in one place: articles -> claims -> groups -> conflicts, all sorted."""

from __future__ import annotations

import marshal
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from factcheck.checks.registry import CHECK_TYPES
from factcheck.claimstore import ClaimStore, lean
from factcheck.extract import extract_claims
from factcheck.models import (
    Article,
    Claim,
    Conflict,
    ReferenceNote,
    Report,
    RuleInfo,
    Severity,
    Skipped,
    Summary,
    Unchecked,
)
from factcheck.references import TABLES, Verdict
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import CheckRule
from factcheck.timing import Stopwatch

# Yields each article with its claims of the given kinds (None: all), in the order the articles come.
Extractor = Callable[[Iterable[Article], RuleSet, Iterable[str] | None], Iterable[tuple[Article, list[Claim]]]]
# Checks every rule of the held claims: `Held.evaluate`, or the same work shared among processes.
Checker = Callable[["Held", Callable[[str, int, int], None] | None, Stopwatch | None], list[Conflict]]


def extract_each(
    articles: Iterable[Article], ruleset: RuleSet, kinds: Iterable[str] | None
) -> Iterator[tuple[Article, list[Claim]]]:
    wanted = None if kinds is None else set(kinds)
    for article in articles:
        yield article, extract_claims(article, ruleset, wanted)


def extract_all(articles: Iterable[Article], ruleset: RuleSet, kinds: Iterable[str] | None) -> list[Claim]:
    """Every claim, in the articles' order, in this process."""
    return [c for _, claims in extract_each(articles, ruleset, kinds) for c in claims]


def article_order(article: Article) -> tuple[str, int, str]:
    """The order every engine reads articles in, so claims and reports come out the same."""
    return (article.path, article.record or 0, article.id)


def wanted_kinds(ruleset: RuleSet) -> set[str] | None:
    """The claim kinds some check reads: only those are extracted."""
    return {kind for rule in ruleset.checks for kind in rule.kinds} or None


def run(
    articles: Iterable[Article],
    ruleset: RuleSet,
    warnings: Sequence[str] = (),
    skipped: Sequence[Skipped] = (),
    extract: Extractor = extract_each,
    progress: Callable[[str, int, int], None] | None = None,
    stopwatch: Stopwatch | None = None,
    check: Checker | None = None,
) -> Report:
    """`articles` may be a stream, in any order: each is let go once its claims are packed, so a run
    holds the claims (compactly), never the corpus. `warnings` and `skipped` are read when the report
    is assembled, after the last article, so a streaming reader may add to them as it reads.
    `extract` may be another way to the same claims (worker processes, a cache): the report is the
    same whichever is used. `progress` hears of each rule checked ("check", 1, rules); `stopwatch`
    records the time of each stage and rule; `check` may share the check stage among processes
    (the conflicts are `Held.evaluate`'s)."""
    watch = stopwatch or Stopwatch()
    held = Held(ruleset)
    read = watch.pulls(articles, "read")
    for article, claims in watch.pulls(extract(read, ruleset, wanted_kinds(ruleset)), "extract"):
        with watch.stage("route"):
            held.add(article, claims)
    watch.add("extract", -watch.stages.get("read", 0.0))  # articles are read while extraction waits for them
    conflicts = (check or Held.evaluate)(held, progress, watch)
    watch.counts.update(articles=held.articles, claims=len(held.store))
    with watch.stage("assemble"):
        return assemble(
            ruleset,
            articles=held.articles,
            undated=held.undated(),
            claims_by_kind=held.kinds,
            conflicts=conflicts,
            unchecked=held.unchecked,
            warnings=warnings,
            skipped=skipped,
        )


class Held:
    """The claims of a run, packed (`ClaimStore`) and routed to their check groups as they arrive.

    Articles may arrive in any order; the checks see every group's claims in reading order (the
    articles sorted by `article_order`, each article's claims in its own order), as if the corpus
    had been sorted first. Memory: a few hundred bytes a claim, and a few integers a route.
    """

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self.store = ClaimStore()
        self.kinds: Counter[str] = Counter()
        self.unchecked: set[Unchecked] = set()
        self.articles = 0
        self._judged = judged_tables(ruleset)
        self._routes: dict[int, dict[str, array[int]]] = {}
        self._spans: list[tuple[tuple[str, int, str], int, int]] = []  # article order, its claims [from, to)
        self._undated: list[tuple[tuple[str, int, str], str]] = []
        self._notes: dict[tuple[str, str], ReferenceNote] = {}
        self._strings: dict[str, str] = {}
        self._dicts: dict[bytes, dict[str, Any]] = {}  # never changed: claims are frozen, and so read
        self._in_conflict: dict[int, Claim] = {}  # unpacked once, shared by every conflict they are in

    def add(self, article: Article | None, claims: Iterable[Claim]) -> None:
        """One article's claims; None: claims of no article, placed after the rest."""
        first = len(self.store)
        for claim in claims:
            index = self.store.add(claim)
            for rule, group_key in groups_of(claim, self.ruleset):
                self._routes.setdefault(rule, {}).setdefault(repr(group_key), array("L")).append(index)
            self.kinds[claim.kind] += 1
            for note in claim_unchecked(claim, self.ruleset, self._judged):
                if note not in self.unchecked:
                    self.unchecked.add(lean(note))
        order = article_order(article) if article is not None else ("\U0010ffff", 0, "")
        self._spans.append((order, first, len(self.store)))
        if article is not None:
            self.articles += 1
            if not article.published.is_known:
                self._undated.append((order, article.label))

    def undated(self) -> list[str]:
        """The labels of the articles with no publication date, in reading order."""
        return [label for _, label in sorted(self._undated, key=lambda u: u[0])]

    def evaluate(
        self, progress: Callable[[str, int, int], None] | None = None, stopwatch: Stopwatch | None = None
    ) -> list[Conflict]:
        """Every check on the groups it applies to: rule by rule, groups in the order of their keys'
        repr, each group's claims in reading order (the Dask engine routes them the same way).
        A group's claims are unpacked while its check runs, and its routes let go after."""
        found = self.check_rules(range(len(self.ruleset.checks)), progress, stopwatch)
        return [conflict for i in sorted(found) for conflict in found[i]]

    def check_rules(
        self,
        indices: Iterable[int],
        progress: Callable[[str, int, int], None] | None = None,
        stopwatch: Stopwatch | None = None,
    ) -> dict[int, list[Conflict]]:
        """The conflicts of some of the rules, by rule index: a share of `evaluate`'s work, which
        another process may do for the rest (the conflicts in rule order are `evaluate`'s)."""
        rank = self._ranks()
        out: dict[int, list[Conflict]] = {}
        watch = stopwatch or Stopwatch()
        for i in indices:
            with watch.rule(self.ruleset.checks[i].id):
                out[i] = list(self._check_rule(i, rank))
            if progress is not None:
                progress("check", 1, len(self.ruleset.checks))
        return out

    def routed(self) -> list[int]:
        """How many claims each rule will check (a claim in several groups counted in each): the
        measure of a rule's work that orders the rules when the check stage is shared."""
        return [sum(len(g) for g in self._routes.get(i, {}).values()) for i in range(len(self.ruleset.checks))]

    def drop(self, indices: Iterable[int]) -> None:
        """Let go of the routes of rules checked elsewhere."""
        for i in indices:
            self._routes.pop(i, None)

    def _check_rule(self, i: int, rank: array[int] | None) -> Iterator[Conflict]:
        of_rule = self._routes.pop(i, {})
        for shown in sorted(of_rule):
            indices = of_rule.pop(shown)
            ordered = indices if rank is None else sorted(indices, key=rank.__getitem__)
            group = self.store.group(ordered)
            if self._in_conflict:
                group = [self._in_conflict.get(j, claim) for j, claim in zip(ordered, group, strict=True)]
            found = check_group(i, group, self.ruleset)
            if found:
                index_of = {id(claim): j for claim, j in zip(group, ordered, strict=True)}
                yield from (self._lean(conflict, index_of) for conflict in found)

    def _lean(self, conflict: Conflict, index_of: Mapping[int, int]) -> Conflict:
        """A conflict as the run keeps it until the report (a corpus may hold hundreds of
        thousands): each claim held once however many conflicts it is in, and later groups given
        that same instance; the reference note, the cause and the claims' key, value and labels
        shared with every conflict that has the same."""
        claims = tuple(self._kept(claim, index_of.get(id(claim))) for claim in conflict.claims)
        note = conflict.reference
        if note is not None:
            note = self._notes.setdefault((note.text, note.source), lean(note))
        cause = self._strings.setdefault(conflict.cause, conflict.cause)
        return lean(conflict, claims=claims, reference=note, cause=cause)

    def _kept(self, claim: Claim, index: int | None) -> Claim:
        if index is None:  # not one of the group's: nothing to share it with
            return claim
        kept = self._in_conflict.get(index)
        if kept is None:
            shared = {
                f: self._dicts.setdefault(marshal.dumps(d), d)
                for f in ("key", "value", "labels")
                if (d := getattr(claim, f)) is not None
            }
            kept = self._in_conflict[index] = lean(claim, **shared)
        return kept

    def _ranks(self) -> array[int] | None:
        """Each claim's place in reading order; None when the articles came in reading order."""
        ordered = sorted(self._spans, key=lambda span: span[0])  # stable: ties keep their arrival order
        if ordered == self._spans:
            return None
        rank = array("L", bytes(array("L").itemsize * len(self.store)))
        place = 0
        for _, first, end in ordered:
            for index in range(first, end):
                rank[index] = place
                place += 1
        return rank


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
    claims: Iterable[Claim], ruleset: RuleSet, progress: Callable[[str, int, int], None] | None = None
) -> list[Conflict]:
    """The conflicts among claims already in reading order."""
    held = Held(ruleset)
    held.add(None, claims)
    return held.evaluate(progress)


def groups_of(claim: Claim, ruleset: RuleSet) -> list[tuple[int, tuple[object, ...]]]:
    """(rule index, group key) of every check group the claim belongs to: how a distributed engine
    routes claims to the check that judges them together."""
    return [
        (i, CHECK_TYPES[rule.check].group_key(rule, claim)) for i, rule in _rules_by_kind(ruleset).get(claim.kind, ())
    ]


_BY_KIND: dict[int, tuple[RuleSet, dict[str, list[tuple[int, CheckRule]]]]] = {}


def _rules_by_kind(ruleset: RuleSet) -> dict[str, list[tuple[int, CheckRule]]]:
    """The checks of each claim kind, with their index: found once per rule set, not once per claim."""
    held = _BY_KIND.get(id(ruleset))
    if held is None or held[0] is not ruleset:  # an id reused by another rule set is a miss
        index: dict[str, list[tuple[int, CheckRule]]] = {}
        for i, rule in enumerate(ruleset.checks):
            for kind in dict.fromkeys(rule.kinds):  # a kind named twice routes once
                index.setdefault(kind, []).append((i, rule))
        if len(_BY_KIND) > 16:
            _BY_KIND.clear()
        held = _BY_KIND[id(ruleset)] = (ruleset, index)
    return held[1]


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
