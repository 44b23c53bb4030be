"""The CI documentation works as written: its configuration loads, its workflow parses and its
factcheck commands use options and formats that exist."""

from __future__ import annotations

import re
import shlex

import yaml

from factcheck.config import Config
from factcheck.report import RENDERERS
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CI_DOC = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")


def blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", text, re.S)


def test_the_readme_configuration_is_valid() -> None:
    [config] = [b for b in blocks(README, "yaml") if b.startswith("paths:")]
    Config.model_validate(yaml.safe_load(config))


def test_the_workflow_parses_and_its_commands_exist() -> None:
    [workflow] = [b for b in blocks(CI_DOC, "yaml") if b.startswith("name: facts")]
    steps = yaml.safe_load(workflow)["jobs"]["factcheck"]["steps"]
    commands = [s["run"] for s in steps if str(s.get("run", "")).startswith("factcheck check")]
    assert commands
    for command in commands:
        args = shlex.split(command)
        formats = args[args.index("--format") + 1].split(",")
        assert set(formats) <= set(RENDERERS)
    [config] = [b for b in blocks(CI_DOC, "yaml") if b.startswith("paths:")]
    Config.model_validate(yaml.safe_load(config))


def test_the_pre_commit_hook_runs_a_real_command() -> None:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    args = shlex.split(hook["entry"])
    assert args[:2] == ["factcheck", "check"] and args[args.index("--format") + 1] in RENDERERS
