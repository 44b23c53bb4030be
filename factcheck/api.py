"""The one entry point: check(paths) -> Report. The CLI and other programs call this."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path

from factcheck import distributed, engine
from factcheck.corpus import Corpus, CorpusOptions, load_corpus, read_corpus
from factcheck.extract import extract_claims
from factcheck.models import Article, BaselineEntry, Claim, Report, Suppression
from factcheck.parallel import Extraction, Progress, SharedCheck
from factcheck.ruleset import RuleSet, load_ruleset
from factcheck.settings import Settings
from factcheck.timing import Stopwatch
from factcheck.triage import triage


def corpus_options(settings: Settings, exclude: Collection[str] = ()) -> CorpusOptions:
    return CorpusOptions(
        published=settings.published,
        timezone=settings.timezone,
        fields=settings.fields,
        max_bytes=settings.max_file_size,
        exclude=frozenset(exclude),
    )


def load_rules(settings: Settings | None = None) -> RuleSet:
    return load_ruleset((settings or Settings()).rule_dirs())


def check(
    paths: Sequence[str | Path],
    ruleset: RuleSet | None = None,
    settings: Settings | None = None,
    baseline: Sequence[BaselineEntry] | None = None,
    changed: Collection[str] | None = None,
    exclude: Collection[str] = (),
    progress: Progress | None = None,
    stopwatch: Stopwatch | None = None,
) -> Report:
    """Read the articles under `paths`, extract claims and evaluate every rule.

    The articles' `factcheck: ignore` comments and the settings' ignores suppress conflicts; a
    `baseline` accepts the conflicts it records; `changed` (article paths) keeps only the conflicts
    touching one of them, though every article takes part in the comparison. `exclude` (resolved
    paths) are never read: the run's own report files. Claims are extracted in `settings.jobs`
    processes, through the cache file `settings.cache` if set, and checked in as many; `progress`
    hears of each article extracted and each rule checked; `stopwatch` records where the time goes
    (the local engine's stages).
    """
    settings = settings or Settings()
    watch = stopwatch or Stopwatch()
    with watch.stage("rules"):
        ruleset = ruleset or load_rules(settings)
    if settings.engine == "dask":
        options = corpus_options(settings, exclude)
        report, found = distributed.run(paths, ruleset, options, settings.scheduler, max(settings.jobs, 1))
        return triage(report, [*found, *settings.ignores], baseline, changed)
    corpus = Corpus()  # the warnings and skipped files, filled as the articles stream by
    suppressions: list[Suppression] = []
    articles = _noting_suppressions(read_corpus(paths, corpus_options(settings, exclude), corpus), suppressions)
    extraction = Extraction(jobs=settings.jobs, cache=settings.cache, progress=progress)
    checking = SharedCheck(jobs=settings.jobs)
    report = engine.run(
        articles,
        ruleset,
        corpus.warnings,
        corpus.skipped,
        extract=extraction,
        progress=progress,
        stopwatch=watch,
        check=checking,
    )
    if extraction.warnings or checking.warnings:
        report = report.model_copy(update={"warnings": (*report.warnings, *extraction.warnings, *checking.warnings)})
    return triage(report, [*suppressions, *settings.ignores], baseline, changed)


def _noting_suppressions(articles: Iterable[Article], into: list[Suppression]) -> Iterator[Article]:
    """The articles as they come, keeping their `factcheck: ignore` comments for triage."""
    for article in articles:
        into.extend(article.suppressions)
        yield article


def claims(
    paths: Sequence[str | Path], ruleset: RuleSet | None = None, settings: Settings | None = None
) -> tuple[list[Claim], list[str]]:
    """Every claim in the articles under `paths`, with the corpus warnings."""
    settings = settings or Settings()
    ruleset = ruleset or load_rules(settings)
    corpus = load_corpus(paths, options=corpus_options(settings))
    return [c for a in corpus.articles for c in extract_claims(a, ruleset)], corpus.warnings
