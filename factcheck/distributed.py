"""The same pipeline on Dask: an edge that runs the pure steps on a cluster.

    files (client) -> partitions read and extracted on workers -> claims routed by (rule, group key)
    with a shuffle -> each group checked on a worker -> conflicts gathered and sorted on the client

Only the file list, the small per-article facts (label, date known, suppressions), the per-kind
claim counts, the unjudged-claim notes and the conflicts come back to the client; the claims never
do. Through the shuffle each partition's part of a group travels packed (`ClaimStore`: about a
tenth of the bytes of the models) and is unpacked only when its group is checked. The rule set
is loaded once on the client (a rule error stops the run there, exit 2) and sent to every worker
once. Each group's claims are put back in reading order before its check runs, so
the report is the one the local engine writes, byte for byte. Dask retries a task whose worker
died; a file that cannot be read is a warning with its path, as locally.

Dask is an optional extra: `pip install 'factcheck[dask]'`.
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck import engine
from factcheck.claimstore import ClaimStore
from factcheck.corpus import Corpus, CorpusOptions, discover, folder_warnings, link_warnings, load_file, manifest
from factcheck.errors import UsageError
from factcheck.extract import extract_claims
from factcheck.models import Claim, Conflict, Report, Skipped, Suppression, Unchecked
from factcheck.ruleset.ruleset import RuleSet

INSTALL = "the dask engine needs Dask: pip install 'factcheck[dask]'"
FILES_PER_PARTITION = 200


@dataclass(frozen=True)
class _Article:
    """What the client keeps of an article: enough for the summary and the suppressions."""

    order: tuple[str, int, str]
    label: str
    dated: bool
    suppressions: tuple[Suppression, ...]


@dataclass(frozen=True)
class _File:
    """One file's outcome on a worker, without its claims."""

    index: int
    articles: tuple[_Article, ...]
    warnings: tuple[str, ...]
    skipped: tuple[Skipped, ...]


def available() -> bool:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


def run(
    paths: Sequence[str | Path],
    ruleset: RuleSet,
    options: CorpusOptions,
    scheduler: str | None = None,
    workers: int = 2,
) -> tuple[Report, list[Suppression]]:
    """The report of the corpus under `paths`, computed on a Dask cluster: the one at `scheduler`
    (tcp://host:port), else a LocalCluster of `workers` processes. Returns the report before triage,
    and the articles' suppressions for it."""
    if not available():
        raise UsageError(INSTALL)
    import dask.bag as db
    from distributed import Client, LocalCluster

    _register_sizes()
    links: list[Skipped] = []
    pairs = discover(paths, links)
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(  # type: ignore[no-untyped-call, unused-ignore]
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
        )
    try:
        with Client(cluster if cluster is not None else scheduler) as client:  # type: ignore[no-untyped-call, unused-ignore]
            client.run(_register_sizes)  # the workers measure what they hold with the same estimate
            shipped = client.scatter(ruleset, broadcast=True)  # once per worker, not once per task
            npartitions = max(1, min(len(pairs), math.ceil(len(pairs) / FILES_PER_PARTITION)))
            files = db.from_sequence(list(enumerate(pairs)), npartitions=npartitions)  # type: ignore[no-untyped-call, unused-ignore]
            judged = engine.judged_tables(ruleset)
            read = files.map_partitions(_read_partition, options, shipped, judged).persist()
            outcomes = read.filter(_is("file")).map(_payload)
            # each partition's claims already grouped by (rule, key); a shuffle into as many partitions
            # as were read brings each group's parts together: no single task holds every claim
            parts = read.filter(_is("group")).map(_payload)
            groups = parts.groupby(_route_key, npartitions=npartitions, shuffle="tasks")
            conflicts = groups.map(_check, shipped).flatten()
            unchecked = read.filter(_is("unchecked")).map(_payload).flatten().distinct()
            kinds = read.filter(_is("kinds")).map(_payload).fold(_add_counts, initial=Counter())
            done = client.compute([outcomes, conflicts, unchecked, kinds], sync=True)
    finally:
        if cluster is not None:
            cluster.close()
    file_outcomes, found, notes, by_kind = done
    return _assemble(pairs, links, file_outcomes, found, notes, dict(by_kind), ruleset)


CLAIM_BYTES = 4000  # what a claim holds in memory, about: Dask's own estimate of a model is far off
PACKED_OVERHEAD = 200  # a packed claim's share of its store's tables of strings and shapes, about


def _register_sizes() -> None:
    """Tell Dask how big a claim is, so it schedules by a sane estimate (its default counts shared
    sub-objects again and again and takes a 2,000-article corpus for tens of GB)."""
    from dask.sizeof import sizeof

    sizeof.register(Claim)(lambda claim: CLAIM_BYTES)  # type: ignore[no-untyped-call, unused-ignore]
    sizeof.register(ClaimStore)(lambda store: store.packed_bytes + PACKED_OVERHEAD * len(store))  # type: ignore[no-untyped-call, unused-ignore]
    sizeof.register(Conflict)(  # type: ignore[no-untyped-call, unused-ignore]
        lambda conflict: CLAIM_BYTES * (1 + len(conflict.claims))
    )


def _read_partition(
    items: Sequence[tuple[int, tuple[Path, Path]]],
    options: CorpusOptions,
    ruleset: RuleSet,
    judged: list[tuple[str, str]],
) -> list[tuple[str, Any]]:
    """Read, extract and route one partition of files, in one task: each file's outcome, the
    partition's claims grouped by (rule, group key), its unjudged-claim notes and its claim counts.
    Each claim carries its reading-order position (article order, index in the article), by which
    a group's parts are sorted back together."""
    manifests: dict[Path, manifest.Manifest] = {}
    kinds = engine.wanted_kinds(ruleset)
    files: list[tuple[str, Any]] = []
    groups: dict[tuple[int, str], tuple[list[Position], ClaimStore]] = {}
    notes: set[Unchecked] = set()
    counts: Counter[str] = Counter()
    for index, (root, file) in items:
        if file.parent not in manifests:
            manifests[file.parent] = manifest.load(file.parent)
        loaded: Corpus = load_file(root, file, manifests[file.parent], options)
        articles = []
        for article in loaded.articles:
            order = engine.article_order(article)
            articles.append(_Article(order, article.label, article.published.is_known, tuple(article.suppressions)))
            for n, claim in enumerate(extract_claims(article, ruleset, kinds)):
                counts[claim.kind] += 1
                notes |= engine.claim_unchecked(claim, ruleset, judged)
                for i, key in engine.groups_of(claim, ruleset):
                    positions, store = groups.setdefault((i, repr(key)), ([], ClaimStore()))
                    positions.append((order, n))
                    store.add(claim)
        files.append(("file", _File(index, tuple(articles), tuple(loaded.warnings), tuple(loaded.skipped))))
    out = files + [("group", (key, members)) for key, members in groups.items()]
    return [*out, ("unchecked", sorted(notes, key=_note_order)), ("kinds", counts)]


Position = tuple[tuple[str, int, str], int]  # (article order, index in the article)
# A partition's part of one check group: its claims' positions, and the claims packed (about a
# tenth of the bytes of the models, through the shuffle and in the workers' memory).
Part = tuple[list[Position], ClaimStore]


def _is(tag: str) -> Callable[[tuple[str, Any]], bool]:
    return lambda item: item[0] == tag


def _payload(item: tuple[str, Any]) -> Any:
    return item[1]


def _route_key(part: tuple[tuple[int, str], Part]) -> tuple[int, str]:
    return part[0]


def _add_counts(total: Counter[str], counts: Counter[str]) -> Counter[str]:
    return total + counts


def _check(group: tuple[tuple[int, str], list[tuple[tuple[int, str], Part]]], ruleset: RuleSet) -> list[Conflict]:
    (rule_index, _key), parts = group
    members = [
        (position, claim)
        for _, (positions, store) in parts
        for position, claim in zip(positions, store.group(range(len(store))), strict=True)
    ]
    members.sort(key=lambda m: m[0])  # reading order, as locally
    return engine.check_group(rule_index, [c for _, c in members], ruleset)


def _note_order(note: Unchecked) -> tuple[str, int, str]:
    return (note.article, note.line or 0, note.reason)


def _assemble(
    pairs: list[tuple[Path, Path]],
    links: list[Skipped],
    outcomes: list[_File],
    conflicts: list[Conflict],
    unchecked: list[Unchecked],
    claims_by_kind: dict[str, int],
    ruleset: RuleSet,
) -> tuple[Report, list[Suppression]]:
    """The client's part: warnings in the order the local loader gives them (a folder's own before
    its first file's), articles in reading order, then the report as the local engine assembles it."""
    by_index = {o.index: o for o in outcomes}
    warnings = link_warnings(links)
    seen: set[Path] = set()
    articles: list[_Article] = []
    skipped = list(links)
    for index, (_root, file) in enumerate(pairs):
        if file.parent not in seen:
            seen.add(file.parent)
            warnings += folder_warnings(file.parent)
        one = by_index[index]
        warnings += one.warnings
        skipped += one.skipped
        articles += one.articles
    suppressions = [s for a in articles for s in a.suppressions]  # in the loader's order, as locally
    articles.sort(key=lambda a: a.order)
    report = engine.assemble(
        ruleset,
        articles=len(articles),
        undated=[a.label for a in articles if not a.dated],
        claims_by_kind=Counter(claims_by_kind),
        conflicts=conflicts,
        unchecked=unchecked,
        warnings=warnings,
        skipped=skipped,
    )
    return report, suppressions
