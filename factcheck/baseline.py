"""The baseline file (`factcheck-baseline.json`): the conflicts a project has accepted, by fingerprint.

An edge: it reads and writes the file; what a baseline does to a report is triage.py's. The file is
sorted by rule, articles and fingerprint, one entry per conflict with its rule, severity, message
and articles, so a reviewer can read a diff of it and see what was accepted.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from factcheck.errors import UsageError
from factcheck.io import write_atomic
from factcheck.models import BaselineEntry

DEFAULT = "factcheck-baseline.json"


class BaselineFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    tool: str = "factcheck"
    conflicts: list[BaselineEntry] = []


def load_baseline(path: Path) -> list[BaselineEntry]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"{path}: no such baseline; create it with 'factcheck baseline PATH...'") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the baseline: {exc}") from None
    try:
        data = BaselineFile.model_validate(json.loads(text))
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}:{exc.lineno}: the baseline is not valid JSON: {exc.msg}") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise UsageError(f"{path}: not a factcheck baseline ({where}: {err['msg']}); recreate it") from None
    return data.conflicts


def write_baseline(path: Path, entries: Sequence[BaselineEntry]) -> None:
    ordered = sorted(entries, key=lambda e: (e.rule, e.articles, e.fingerprint))
    doc = BaselineFile(conflicts=list(ordered)).model_dump(mode="json")
    write_atomic(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
