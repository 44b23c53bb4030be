"""The command line: options -> api -> render -> exit code. Nothing else lives here.

Exit codes: 0 no conflict at or above --fail-on; 1 conflicts found; 2 a usage or input error;
3 a bug in factcheck.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

if TYPE_CHECKING:
    from factcheck.ruleset.ruleset import RuleSet

from factcheck.baseline import DEFAULT as DEFAULT_BASELINE
from factcheck.baseline import load_baseline, write_baseline
from factcheck.config import DEFAULTS, Found, find_config, load_config
from factcheck.corpus import discover, is_own_report
from factcheck.corpus.manifest import MANIFEST_NAMES
from factcheck.errors import FactcheckError, UsageError
from factcheck.io import write_atomic
from factcheck.models import Report, Severity, Skipped, Suppression
from factcheck.report import CHUNKED, EXTENSIONS, RENDERERS, STDOUT_FORMATS, RenderOptions
from factcheck.report.claims_table import render_claims, terminal_safe
from factcheck.ruleset.files import rule_files
from factcheck.runcache import Replay, RunCache, fingerprint
from factcheck.settings import Settings, cores, failed
from factcheck.terminal import TerminalProgress, wanted
from factcheck.timing import Stopwatch
from factcheck.triage import baseline_entries
from factcheck.vcs import changed_since as changed_since_ref

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="factcheck: a linter for facts across articles.",
    pretty_exceptions_enable=False,
)


class Format(str, Enum):
    markdown = "markdown"
    json = "json"


class EngineName(str, Enum):
    local = "local"
    dask = "dask"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


RulesOpt = Annotated[
    list[Path] | None,
    typer.Option("--rules", help="A rules directory layered over the shipped rules; repeat for more layers."),
]
NoDefaultsOpt = Annotated[
    bool, typer.Option("--no-default-rules", help="Use only the --rules directories, not the shipped rules.")
]
ARTICLES = "Article files or folders (.txt, .md, .html, .jsonl, .json)"
PathsArg = Annotated[list[Path], typer.Argument(help=f"{ARTICLES}.")]
OptionalPathsArg = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Article files or folders (.txt, .md, .html, .jsonl, .json); default: `paths` in factcheck.yaml."
    ),
]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="This configuration file instead of the nearest factcheck.yaml.")
]
JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=0, help="Processes extracting claims [one per core]; 1: this process only."),
]
CacheOpt = Annotated[
    str | None, typer.Option("--cache", help="The claim cache file [.factcheck/cache.sqlite].", show_default=False)
]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Extract every article afresh; read and write no cache.")]


@dataclass(frozen=True)
class _Run:
    """A check run as the command line and the configuration file decide it together."""

    paths: list[str]
    settings: Settings
    formats: list[str]
    output_dir: str | None
    report: str | None
    baseline: str | None


def _plan(config: Path | None, overrides: dict[str, Any]) -> tuple[_Run, Found, dict[str, tuple[Any, str]]]:
    found = load_config(config if config is not None else find_config())
    values = found.settings(overrides)
    v = {k: value for k, (value, _) in values.items()}
    fail_on = v["fail_on"]
    ignores = tuple(
        Suppression(rules=tuple(i.rules), path=i.path, line=0, reason=i.reason, origin=found.ignore_origin(n))
        for n, i in enumerate(v["ignore"])
    )
    settings = Settings(
        rules=tuple(Path(r) for r in v["rules"]),
        default_rules=bool(v["default_rules"]),
        fail_on=None if fail_on == "never" else Severity(fail_on),
        ignores=ignores,
        published=v["published"],
        timezone=v["timezone"],
        fields={k: tuple(names) for k, names in v["fields"].items()},
        max_file_size=v["max_file_size"],
        jobs=v["jobs"] or cores(),
        cache=_cache_path(v["cache"]),
        engine=v["engine"],
        scheduler=v["scheduler"],
    )
    formats = list(dict.fromkeys(v["format"]))
    run = _Run([str(p) for p in v["paths"]], settings, formats, v["output_dir"], v["report"], v["baseline"])
    return run, found, values


def _corpus_overrides(paths: list[Path] | None, rules: list[Path] | None, no_defaults: bool | None) -> dict[str, Any]:
    """The settings every command that reads a corpus takes from its options (None: not given)."""
    return {
        "paths": [str(p) for p in paths] if paths else None,
        "rules": [str(r) for r in rules] if rules else None,
        "default_rules": False if no_defaults else None,
    }


def _cache_path(value: str | bool | None) -> Path | None:
    if value in (False, None, ""):
        return None
    return Path(DEFAULTS["cache"] if value is True else str(value))


def _extraction_overrides(jobs: int | None, cache: str | None, no_cache: bool) -> dict[str, Any]:
    if cache == "":
        raise UsageError("--cache: empty path; give a file, or --no-cache")
    return {"jobs": jobs, "cache": False if no_cache else cache}


def _formats(raw: str | None) -> list[str] | None:
    if raw is None:
        return None
    names = [f.strip() for f in raw.split(",") if f.strip()]
    unknown = [f for f in names if f not in RENDERERS]
    if unknown or not names:
        raise UsageError(
            f"--format: unknown format {unknown[0] if unknown else raw!r}; choose from {', '.join(RENDERERS)}"
        )
    return names


@app.command()
def check(
    paths: OptionalPathsArg = None,
    rules: RulesOpt = None,
    no_default_rules: Annotated[
        bool | None, typer.Option("--no-default-rules", help="Use only the --rules directories.", show_default=False)
    ] = None,
    report: Annotated[
        str | None, typer.Option(help="Where to write the report (one format); '-' for standard output.")
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", help="Formats, comma-separated: markdown (default), json, sarif, github, junit, jsonl."
        ),
    ] = None,
    output_dir: Annotated[
        str | None, typer.Option(help="Write each format to DIR/consistency.<ext> (default reports/).")
    ] = None,
    fail_on: Annotated[FailOn | None, typer.Option(help="Lowest severity that makes the exit code 1 [error].")] = None,
    baseline: Annotated[
        str | None, typer.Option(help="Count only conflicts not recorded in this baseline file.")
    ] = None,
    update_baseline: Annotated[
        bool, typer.Option("--update-baseline", help="Drop fixed conflicts from the baseline file.")
    ] = False,
    changed_since: Annotated[
        str | None, typer.Option(help="Report only conflicts touching articles changed since this git ref.")
    ] = None,
    jobs: JobsOpt = None,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress display and no summary line; warnings still show.")
    ] = False,
    engine: Annotated[
        EngineName | None,
        typer.Option(help="Where the pipeline runs: here, or on Dask (pip install 'factcheck[dask]') [local]."),
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option(help="With --engine dask: a running scheduler, tcp://HOST:PORT [a LocalCluster].")
    ] = None,
    config: ConfigOpt = None,
    timings: Annotated[
        str | None,
        typer.Option(help="Write where the run's time went (seconds per stage and per rule) to this JSON file."),
    ] = None,
) -> None:
    """Check the articles against the rules and write a consistency report."""
    began = time.perf_counter()
    overrides: dict[str, Any] = {
        **_corpus_overrides(paths, rules, no_default_rules),
        "format": _formats(fmt),
        "output_dir": output_dir,
        "report": report,
        "fail_on": fail_on.value if fail_on else None,
        "baseline": baseline,
        **_extraction_overrides(jobs, cache, no_cache),
        "engine": engine.value if engine else None,
        "scheduler": scheduler,
    }
    run, _, _ = _plan(config, overrides)
    if not run.paths:
        raise UsageError("no articles to check: give PATH... or set `paths` in factcheck.yaml")
    if run.report is not None and len(run.formats) > 1:
        raise UsageError("--report names one file; with several formats use --output-dir")
    if run.report == "":
        raise UsageError("--report: empty path; give a file, or '-' for standard output")
    if run.settings.engine == "dask":
        from factcheck import distributed

        if not distributed.available():
            raise UsageError(distributed.INSTALL)
    if run.settings.scheduler and run.settings.engine != "dask":
        raise UsageError("--scheduler needs --engine dask (or `engine: dask` in factcheck.yaml)")
    if update_baseline and run.baseline is None:
        raise UsageError("--update-baseline needs a baseline: --baseline FILE or `baseline` in factcheck.yaml")
    if timings == "" or timings == "-":
        raise UsageError("--timings: give a file to write the timings to")
    targets = _targets(run)
    extra = [("timings", timings)] if timings else []
    links: list[Skipped] = []
    found = discover(run.paths, links)  # once, for the checks below and the run's fingerprint
    _refuse_inputs([*targets, *extra], run, [f for _, f in found])
    accepted = load_baseline(Path(run.baseline)) if run.baseline else None
    changed = changed_since_ref(changed_since) if changed_since else None
    outputs = frozenset(str(Path(t).resolve()) for _, t in [*targets, *extra] if t != "-")
    runs = _run_cache(run, targets, update_baseline)
    key = _run_key(run, targets, outputs, changed, found, links) if runs is not None else ""
    kept = runs.get(key) if runs is not None else None
    watch = Stopwatch()
    if kept is not None:  # every input as in a run before: its reports, byte for byte
        with watch.stage("replay"):
            code = _replay(kept, run, quiet)
        _write_timings(timings, watch, began)
        raise typer.Exit(code)
    from factcheck import api  # only now: --help and a replayed run never load the pipeline

    watch.add("start", time.perf_counter() - began)  # options, the files found, the pipeline imported
    with TerminalProgress(wanted(quiet)) as progress:
        result = api.check(
            run.paths,
            settings=run.settings,
            baseline=accepted,
            changed=changed,
            exclude=outputs,
            progress=progress,
            stopwatch=watch,
        )
    with watch.stage("report"):
        out = _write_reports(result, run, targets, quiet)
    _write_timings(timings, watch, began)
    _print_summary(result, out, quiet)
    if runs is not None:
        runs.put(key, result, [Path(t) for _, t in targets])
        runs.close()
    if update_baseline and run.baseline and accepted is not None:
        fixed = {e.fingerprint for e in result.fixed}
        write_baseline(Path(run.baseline), [e for e in accepted if e.fingerprint not in fixed])
        print(f"baseline: {run.baseline}: {len(fixed)} fixed conflicts dropped", file=out)
    raise typer.Exit(1 if failed(result.summary.conflicts, run.settings.fail_on) else 0)


def _write_timings(path: str | None, watch: Stopwatch, began: float) -> None:
    """The timings beside the report: never part of it, since they change from run to run."""
    if path:
        write_atomic(Path(path), watch.to_json(total=time.perf_counter() - began))


def _replay(kept: Replay, run: _Run, quiet: bool) -> int:
    """Write a kept run's reports and print its summary; its exit code."""
    for target, pieces in kept.outputs:
        write_atomic(Path(target), pieces())
        if not quiet:
            print(f"report: {target}")
    _print_summary(kept.summary, sys.stdout, quiet)
    return 1 if failed(kept.summary.summary.conflicts, run.settings.fail_on) else 0


def _load_rules(settings: Settings) -> RuleSet:
    from factcheck import api

    return api.load_rules(settings)


def _run_cache(run: _Run, targets: list[tuple[str, str]], update_baseline: bool) -> RunCache | None:
    """The whole-run cache, for a run whose every report goes to a file and that writes nothing else."""
    if run.settings.cache is None or run.settings.engine != "local" or update_baseline:
        return None
    if any(t == "-" for _, t in targets):
        return None
    return RunCache(run.settings.cache)


def _run_key(
    run: _Run,
    targets: list[tuple[str, str]],
    outputs: frozenset[str],
    changed: Collection[str] | None,
    found: list[tuple[Path, Path]],
    links: list[Skipped],
) -> str:
    """The fingerprint of this run's inputs: the corpus, rules and settings, and what the command
    line adds (report paths, the working folder the reports link from, the baseline, the change)."""
    baseline = Path(run.baseline) if run.baseline else None
    held = hashlib.sha256(baseline.read_bytes()).hexdigest() if baseline is not None and baseline.is_file() else ""
    change = "all" if changed is None else "\n".join(sorted(changed))
    extra = [repr(targets), str(Path.cwd()), f"baseline {run.baseline} {held}", f"changed {change}"]
    return fingerprint(found, links, run.settings, outputs, extra)


def _targets(run: _Run) -> list[tuple[str, str]]:
    """Each format and where it goes: a file, or '-' for standard output."""
    targets: list[tuple[str, str]] = []
    for name in run.formats:
        if name in STDOUT_FORMATS:
            targets.append((name, "-"))
        elif run.report is not None:
            targets.append((name, run.report))
        elif run.output_dir is not None or len(run.formats) > 1:
            targets.append((name, f"{(run.output_dir or 'reports').rstrip('/')}/consistency{EXTENSIONS[name]}"))
        else:
            targets.append((name, f"reports/consistency{EXTENSIONS[name]}"))
    return targets


def _refuse_inputs(targets: list[tuple[str, str]], run: _Run, articles: list[Path]) -> None:
    """A report must never overwrite what the run reads: an article, a manifest, a rule file, the baseline."""
    reports = {Path(t).resolve(): t for _, t in targets if t != "-"}
    if not reports:
        return
    inputs = list(articles)
    inputs += [f.parent / name for f in inputs for name in MANIFEST_NAMES if (f.parent / name).is_file()]
    inputs += [f for d in run.settings.rule_dirs() if d.is_dir() for f in rule_files(d)]
    inputs += [Path(run.baseline)] if run.baseline else []
    names = {p.name for p in reports}  # resolving every input's path costs more than the rest of a replay
    for path in inputs:
        if (path.name in names or path.is_symlink()) and path.resolve() in reports and not is_own_report(path):
            shown = reports[path.resolve()]
            raise UsageError(f"--report {shown}: that is an input of this run ({path}); write elsewhere")


def _pieces(name: str, result: Report, options: RenderOptions) -> Iterable[str]:
    """A format's text, in pieces where the format streams them."""
    chunked = CHUNKED.get(name)
    return chunked(result, options) if chunked is not None else [RENDERERS[name](result, options)]


def _write_reports(result: Report, run: _Run, targets: list[tuple[str, str]], quiet: bool = False) -> TextIO:
    """Write every format; the stream left for the summary lines (stderr when stdout carries a report)."""
    out: TextIO = sys.stdout
    for name, target in targets:
        if target == "-":
            sys.stdout.writelines(_pieces(name, result, RenderOptions()))
            if name not in STDOUT_FORMATS:
                out = sys.stderr
            continue
        path = Path(target)
        prefix = os.path.relpath(Path.cwd(), path.resolve().parent).replace(os.sep, "/") + "/"
        write_atomic(path, _pieces(name, result, RenderOptions(link_prefix=prefix)))
        if not quiet:
            print(f"report: {target}", file=sys.stderr if out is sys.stderr else sys.stdout)
    if "github" in run.formats and (summary := os.environ.get("GITHUB_STEP_SUMMARY")):
        _append(Path(summary), RENDERERS["markdown"](result, RenderOptions()))
    return out


def _append(path: Path, text: str) -> None:
    try:
        with path.open("a", encoding="utf-8") as fh:
            fh.write(text)
    except OSError as exc:
        raise UsageError(f"GITHUB_STEP_SUMMARY {path}: cannot append the job summary: {exc.strerror or exc}") from None


def _print_summary(result: Report, out: TextIO, quiet: bool = False) -> None:
    s = result.summary
    total = sum(s.conflicts.values())
    detail = ", ".join(f"{n} {sev}" for sev, n in s.conflicts.items() if n) or "none"
    extra = [(s.baselined, "baselined"), (s.fixed, "fixed"), (s.suppressed, "suppressed")]
    extra += [(s.outside_change, "outside the change")]
    tail = "".join(f"; {n} {what}" for n, what in extra if n)
    if not quiet:
        print(f"{s.articles} articles, {s.claims} claims: {total} conflicts ({detail}){tail}", file=out)
    for warning in result.warnings:
        print(terminal_safe(f"warning: {warning}"), file=sys.stderr)
    for sup in result.unused_suppressions:
        print(terminal_safe(f"warning: {sup.where}: unused suppression of {', '.join(sup.rules)}"), file=sys.stderr)
    if s.undated_articles and not quiet:
        undated = ", ".join(s.undated_articles)
        print(terminal_safe(f"{len(s.undated_articles)} articles without a date: {undated}"), file=out)


@app.command("baseline")
def baseline_cmd(
    paths: OptionalPathsArg = None,
    rules: RulesOpt = None,
    output: Annotated[
        str | None, typer.Option("--baseline", "--output", help=f"The baseline file [{DEFAULT_BASELINE}].")
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Record today's conflicts in a baseline: later runs with it count only new ones."""
    overrides: dict[str, Any] = {**_corpus_overrides(paths, rules, None), "baseline": output}
    run, _, _ = _plan(config, overrides)
    if not run.paths:
        raise UsageError("no articles to check: give PATH... or set `paths` in factcheck.yaml")
    from factcheck import api

    result = api.check(run.paths, settings=run.settings)
    target = Path(run.baseline or DEFAULT_BASELINE)
    write_baseline(target, baseline_entries(result.conflicts))
    print(f"baseline: {target}: {len(result.conflicts)} conflicts recorded")


@app.command("config")
def config_cmd(config: ConfigOpt = None) -> None:
    """Show every setting in force and where it came from (command line, file:line, or default)."""
    _, found, values = _plan(config, {})
    print(f"configuration: {found.file if found.file else 'none found (defaults)'}")
    rows = [("SETTING", "VALUE", "FROM")]
    for key, (value, origin) in values.items():
        if key == "ignore":
            shown = "; ".join(f"{i.path}: {','.join(i.rules)}" for i in value) or "none"
        elif key == "fields":
            shown = "; ".join(f"{k}: {','.join(names)}" for k, names in value.items()) or "defaults"
        elif isinstance(value, list):
            shown = ", ".join(str(x) for x in value) or "none"
        else:
            shown = "none" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
        rows.append((key, shown, origin))
    from factcheck.report.explain import table

    print(table(rows))


@app.command()
def claims(
    paths: OptionalPathsArg = None,
    rules: RulesOpt = None,
    no_default_rules: NoDefaultsOpt = False,
    fmt: Annotated[Format | None, typer.Option("--format", help="table (default) or json.")] = None,
    config: ConfigOpt = None,
) -> None:
    """List the claims extracted from the articles (paths, rules and corpus settings from factcheck.yaml too)."""
    run, _, _ = _plan(config, _corpus_overrides(paths, rules, no_default_rules))
    if not run.paths:
        raise UsageError("no articles to read: give PATH... or set `paths` in factcheck.yaml")
    from factcheck import api

    found, warnings = api.claims(run.paths, settings=run.settings)
    for warning in warnings:
        print(terminal_safe(f"warning: {warning}"), file=sys.stderr)
    sys.stdout.write(render_claims(found, "json" if fmt is Format.json else "table"))


rules_app = typer.Typer(help="Work with rule files: validate, test, list, schema.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")
DirsArg = Annotated[
    list[Path] | None,
    typer.Argument(help="Rules directories layered over the shipped rules (with --no-default-rules: alone)."),
]


@rules_app.command("validate")
def rules_validate(dirs: DirsArg = None, no_default_rules: NoDefaultsOpt = False) -> None:
    """Report every problem in the rule files, each with file:line:column and a hint."""
    from factcheck.ruleset import RuleSetError

    try:
        ruleset = _load_rules(Settings(rules=tuple(dirs or ()), default_rules=not no_default_rules))
    except RuleSetError as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"{len(exc.errors)} problem{'' if len(exc.errors) == 1 else 's'}", file=sys.stderr)
        raise typer.Exit(2) from None
    print(
        f"ok: {len(ruleset.files)} rule files, {len(ruleset.checks)} checks, "
        f"{len(ruleset.claim_kinds)} claim kinds declared in YAML"
    )


@rules_app.command("test")
def rules_test(
    dirs: DirsArg = None,
    no_default_rules: NoDefaultsOpt = False,
    only: Annotated[list[str] | None, typer.Option("--rule", help="Run only this rule's examples.")] = None,
) -> None:
    """Run every rule's examples: must flag / must pass, must yield / must not."""
    ruleset = _load_rules(Settings(rules=tuple(dirs or ()), default_rules=not no_default_rules))
    from factcheck.ruletest import run_examples

    results = run_examples(ruleset, only)
    failures = [r for r in results if not r.ok]
    for result in failures:
        print(result.explain())
    missing = sorted({r.id for r in ruleset.checks} - {r.rule for r in results})
    if missing and not only:
        print(f"rules without examples: {', '.join(missing)}")
    print(f"{len(results)} examples: {len(results) - len(failures)} passed, {len(failures)} failed")
    raise typer.Exit(1 if failures else 0)


@rules_app.command("list")
def rules_list(dirs: DirsArg = None, no_default_rules: NoDefaultsOpt = False) -> None:
    """List the checks: id, claim kind, check type, severity, description."""
    ruleset = _load_rules(Settings(rules=tuple(dirs or ()), default_rules=not no_default_rules))
    rows = [("ID", "CLAIMS", "CHECK", "SEVERITY", "DESCRIPTION")]
    rows += [(r.id, ",".join(r.kinds), r.check, r.severity.value, r.description) for r in ruleset.checks]
    rows += [(k, k, "(claim kind)", "", kind.description) for k, kind in sorted(ruleset.claim_kinds.items())]
    from factcheck.report.explain import table

    print(table(rows))


@rules_app.command("schema")
def rules_schema(
    output: Annotated[Path | None, typer.Option(help="Write to this file instead of standard output.")] = None,
) -> None:
    """Print the JSON Schema of rule files, for editors and CI."""
    from factcheck.ruleset.jsonschema import rules_schema_json

    text = rules_schema_json()
    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text)


@app.command()
def explain(
    rule_id: Annotated[str, typer.Argument(help="A check id or a claim kind.")], rules: RulesOpt = None
) -> None:
    """Explain a rule: what it checks, its parameters, its examples."""
    ruleset = _load_rules(Settings(rules=tuple(rules or ())))
    from factcheck.report.explain import explain_rule

    sys.stdout.write(explain_rule(ruleset, rule_id))


def main() -> None:
    """Run the CLI, turning user errors into one line and exit code 2."""
    try:
        app()
    except FactcheckError as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        sys.exit(2)
    except Exception as exc:
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        print(
            f"factcheck: internal error (a bug in factcheck, please report it): {type(exc).__name__}: {exc}; "
            "set FACTCHECK_DEBUG=1 for the traceback",
            file=sys.stderr,
        )
        sys.exit(3)
