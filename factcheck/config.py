"""Project configuration: `factcheck.yaml` or `[tool.factcheck]` in pyproject.toml.

Found by walking up from the working directory; in each folder `factcheck.yaml` (or
`.factcheck.yaml`) wins over pyproject.toml, and the first folder with either is the project's.
Paths in the file are relative to the file's folder. Command-line options override the file; every
setting remembers where its value came from, for `factcheck config`. An unknown key is an error
naming file:line and the nearest valid key (exit 2): a misspelt `fail_on` must not silently fail
open. This is an edge: it reads files; what it returns is plain data.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import sys
import zoneinfo
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck.errors import RuleFileError, UsageError
from factcheck.io import display_path
from factcheck.ruleset.yamlmarks import Marks, load_with_marks, mark_for

FILENAMES = ("factcheck.yaml", ".factcheck.yaml")
FORMATS = ("markdown", "json", "sarif", "github", "junit", "jsonl", "concise")
Level = Literal["error", "warning", "info", "never"]


class Ignore(BaseModel):
    """Conflicts of these rules in articles matching `path` (a glob) are not counted."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str = "*"
    rules: list[str] = Field(min_length=1)
    reason: str = ""


class Config(BaseModel):
    """Every setting a project may fix; None means "not set here"."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    paths: list[str] | None = None
    rules: list[str] | None = None
    default_rules: bool | None = None
    format: list[str] | None = None
    output_dir: str | None = None
    report: str | None = None
    fail_on: Level | None = None
    baseline: str | None = None
    ignore: list[Ignore] | None = None
    published: str | None = None  # publication date for articles that give none
    timezone: str | None = None  # zone for publication times written with an offset
    fields: dict[Literal["text", "title", "published", "url", "source"], list[str]] | None = None
    max_file_size: int | None = Field(None, gt=0)  # bytes
    jobs: int | None = Field(None, ge=0)  # processes extracting claims; 0: one per core
    cache: str | bool | None = None  # the claim cache file; false: none
    engine: Literal["local", "dask"] | None = None  # where the pipeline runs
    scheduler: str | None = None  # a Dask scheduler, tcp://host:port; none: a LocalCluster

    @field_validator("published", mode="before")
    @classmethod
    def _date(cls, value: Any) -> Any:
        return value.isoformat() if isinstance(value, dt.date) else value  # YAML and TOML read 2025-10-15 as a date

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                zoneinfo.ZoneInfo(value)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown time zone {value!r}; use an IANA name such as Europe/London") from None
        return value

    @field_validator("format", mode="before")
    @classmethod
    def _formats(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        for v in value or ():
            if v not in FORMATS:
                raise ValueError(f"unknown format {v!r}; expected some of {', '.join(FORMATS)}")
        return value


KEYS = tuple(Config.model_fields)


DEFAULTS: dict[str, Any] = {
    "paths": [],
    "rules": [],
    "default_rules": True,
    "format": ["markdown"],
    "output_dir": None,
    "report": None,
    "fail_on": "error",
    "baseline": None,
    "ignore": [],
    "published": None,
    "timezone": None,
    "fields": {},
    "max_file_size": 5 * 1024 * 1024,
    "jobs": 0,
    "cache": ".factcheck/cache.sqlite",
    "engine": "local",
    "scheduler": None,
}
PATH_KEYS = ("paths", "rules", "output_dir", "report", "baseline", "cache")


class Found(BaseModel):
    """The configuration in force: the values and, per key, where each was set (file:line)."""

    model_config = ConfigDict(frozen=True)

    file: Path | None = None
    config: Config = Config()
    lines: dict[str, int] = {}
    ignore_lines: list[int] = []

    def settings(self, overrides: dict[str, Any]) -> dict[str, tuple[Any, str]]:
        """Every setting's value and origin: the command line over the file over the defaults.

        Paths from the file are made relative to the working directory. `overrides` holds only the
        options given on the command line (None for those left out).
        """
        out: dict[str, tuple[Any, str]] = {}
        for key in KEYS:
            if overrides.get(key) is not None:
                out[key] = (overrides[key], "command line")
                continue
            value = getattr(self.config, key)
            if value is None:
                out[key] = (DEFAULTS[key], "default")
                continue
            if key in PATH_KEYS and not isinstance(value, bool):  # `cache: false` is no path
                value = [self.resolve(v) for v in value] if isinstance(value, list) else self.resolve(value)
            if key == "ignore":  # globs from the file's folder, made absolute: they match wherever factcheck runs
                value = [i.model_copy(update={"path": self.absolute(i.path)}) for i in value]
            out[key] = (value, self.origin(key))
        return out

    def absolute(self, glob: str) -> str:
        if glob == "*" or self.file is None or Path(glob).is_absolute():
            return glob
        return (self.file.parent.resolve() / glob).as_posix()

    def ignore_origin(self, index: int) -> str:
        line = self.ignore_lines[index] if index < len(self.ignore_lines) else self.lines.get("ignore", 1)
        return f"{self.file}:{line}"

    def origin(self, key: str) -> str:
        if self.file is None or getattr(self.config, key) is None:
            return "default"
        return f"{self.file}:{self.lines.get(key, 1)}"

    def resolve(self, value: str) -> str:
        """A path (or glob) from the file, relative to the file's folder, as seen from the working directory."""
        if self.file is None or Path(value).is_absolute():
            return value
        base = self.file.parent.as_posix()
        return value if base in ("", ".") else f"{base}/{value}"


def find_config(start: Path | None = None) -> Path | None:
    """The nearest factcheck.yaml, .factcheck.yaml or pyproject.toml with [tool.factcheck], walking up."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in FILENAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and re.search(r"^\s*\[tool\.factcheck\]", _read(pyproject), re.M):
            return pyproject
    return None


def load_config(path: Path | None) -> Found:
    if path is None:
        return Found()
    shown = display_path(path)
    text = _read(path)
    if path.name == "pyproject.toml":
        data, lines = _from_pyproject(text, shown)
        marks: Marks = {(k,): (line, 1) for k, line in lines.items()}
    else:
        try:
            data, marks = load_with_marks(text, shown)
        except RuleFileError as exc:
            raise UsageError(str(exc)) from None
        data = data or {}
        if not isinstance(data, dict):
            raise UsageError(f"{shown}:1: the configuration must be a mapping of settings ({', '.join(KEYS)})")
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        raise UsageError(_first_error(exc, shown, marks)) from None
    lines = {k: mark_for(marks, (k,))[0] for k in data if isinstance(k, str)}
    ignore_lines = [mark_for(marks, ("ignore", i))[0] for i in range(len(config.ignore or ()))]
    return Found(file=Path(shown), config=config, lines=lines, ignore_lines=ignore_lines)


def _first_error(exc: ValidationError, shown: str, marks: Marks) -> str:
    err = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")[0]  # a misspelt key explains the rest
    loc = tuple(err["loc"])
    line = mark_for(marks, loc)[0]
    if err["type"] == "extra_forbidden":
        name = str(loc[-1])
        valid = list(Ignore.model_fields) if len(loc) > 1 else list(KEYS)
        hint = difflib.get_close_matches(name, valid, n=1)
        nearest = f'; did you mean "{hint[0]}"?' if hint else f"; valid keys: {', '.join(valid)}"
        return f'{shown}:{line}: unknown setting "{name}"{nearest}'
    where = ".".join(str(p) for p in loc)
    message = str(err["msg"]).removeprefix("Value error, ")
    return f"{shown}:{line}: {where}: {message}"


def _from_pyproject(text: str, shown: str) -> tuple[dict[str, Any], dict[str, int]]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{shown}: invalid TOML: {exc}") from None
    data = doc.get("tool", {}).get("factcheck", {})
    if not isinstance(data, dict):
        raise UsageError(f"{shown}: [tool.factcheck] must be a table of settings")
    lines: dict[str, int] = {}
    table = re.search(r"^[ \t]*\[tool\.factcheck\][ \t]*$", text, re.M)
    if table:
        offset = text.count("\n", 0, table.start()) + 1
        for n, line in enumerate(text[table.end() :].split("\n")[1:], start=offset + 1):
            if re.match(r"^\s*\[", line):
                break
            if m := re.match(r"^\s*([\w-]+)\s*=", line):
                lines.setdefault(m.group(1), n)
    return data, lines


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{display_path(path)}: cannot read the configuration: {exc}") from None
