"""The command line: options -> api -> render -> exit code. Nothing else lives here.

Exit codes: 0 no conflict at or above --fail-on; 1 conflicts found; 2 a usage or input error;
3 a bug in factcheck.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from factcheck import api
from factcheck.errors import FactcheckError
from factcheck.io import write_atomic
from factcheck.models import Severity
from factcheck.report import EXTENSIONS, RENDERERS, RenderOptions
from factcheck.report.claims_table import render_claims
from factcheck.report.explain import explain_rule, table
from factcheck.ruleset import RuleSetError
from factcheck.ruleset.jsonschema import rules_schema_json
from factcheck.ruletest import run_examples
from factcheck.settings import Settings, failed

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="factcheck: a linter for facts across articles.",
    pretty_exceptions_enable=False,
)


class Format(str, Enum):
    markdown = "markdown"
    json = "json"


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
PathsArg = Annotated[list[Path], typer.Argument(help="Article files or folders (.txt, .md).")]


@app.command()
def check(
    paths: PathsArg,
    rules: RulesOpt = None,
    no_default_rules: NoDefaultsOpt = False,
    report: Annotated[str | None, typer.Option(help="Where to write the report; '-' for standard output.")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Report format.")] = Format.markdown,
    fail_on: Annotated[FailOn, typer.Option(help="Lowest severity that makes the exit code 1.")] = FailOn.error,
) -> None:
    """Check the articles against the rules and write a consistency report."""
    settings = Settings(rules=tuple(rules or ()), fail_on=None if fail_on is FailOn.never else Severity(fail_on.value))
    result = api.check(paths, settings=settings)
    target = report or f"reports/consistency{EXTENSIONS[fmt.value]}"
    if target == "-":
        sys.stdout.write(RENDERERS[fmt.value](result, RenderOptions()))
        out = sys.stderr
    else:
        path = Path(target)
        prefix = os.path.relpath(Path.cwd(), path.resolve().parent).replace(os.sep, "/") + "/"
        write_atomic(path, RENDERERS[fmt.value](result, RenderOptions(link_prefix=prefix)))
        out = sys.stdout
    s = result.summary
    total = sum(s.conflicts.values())
    detail = ", ".join(f"{n} {sev}" for sev, n in s.conflicts.items() if n) or "none"
    print(f"{s.articles} articles, {s.claims} claims: {total} conflicts ({detail})", file=out)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if s.undated_articles:
        print(f"{len(s.undated_articles)} articles without a date: {', '.join(s.undated_articles)}", file=out)
    if target != "-":
        print(f"report: {target}", file=out)
    raise typer.Exit(1 if failed(s.conflicts, settings.fail_on) else 0)


@app.command()
def claims(
    paths: PathsArg,
    rules: RulesOpt = None,
    no_default_rules: NoDefaultsOpt = False,
    fmt: Annotated[Format | None, typer.Option("--format", help="table (default) or json.")] = None,
) -> None:
    """List the claims extracted from the articles."""
    settings = Settings(rules=tuple(rules or ()), default_rules=not no_default_rules)
    found, warnings = api.claims(paths, settings=settings)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
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
    try:
        ruleset = api.load_rules(Settings(rules=tuple(dirs or ()), default_rules=not no_default_rules))
    except RuleSetError as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"{len(exc.errors)} problems", file=sys.stderr)
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
    ruleset = api.load_rules(Settings(rules=tuple(dirs or ()), default_rules=not no_default_rules))
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
    ruleset = api.load_rules(Settings(rules=tuple(dirs or ()), default_rules=not no_default_rules))
    rows = [("ID", "CLAIMS", "CHECK", "SEVERITY", "DESCRIPTION")]
    rows += [(r.id, ",".join(r.kinds), r.check, r.severity.value, r.description) for r in ruleset.checks]
    rows += [(k, k, "(claim kind)", "", kind.description) for k, kind in sorted(ruleset.claim_kinds.items())]
    print(table(rows))


@rules_app.command("schema")
def rules_schema(
    output: Annotated[Path | None, typer.Option(help="Write to this file instead of standard output.")] = None,
) -> None:
    """Print the JSON Schema of rule files, for editors and CI."""
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
    ruleset = api.load_rules(Settings(rules=tuple(rules or ())))
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
