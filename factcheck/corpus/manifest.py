"""sources.yaml: publication date, title, outlet and URL for the articles in its folder.

articles:
  000_c3f2627c9144e8c8.txt:
    published: 2025-10        # a day, a month (2025-10), a year, or a range A..B
    source: Example News
defaults:                     # for every article of the folder that does not say otherwise
  source: Example Wire
  timezone: America/New_York  # publication times with an offset are days in this zone
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from factcheck.errors import CorpusError, RuleFileError
from factcheck.io import display_path
from factcheck.ruleset.yamlmarks import load_with_marks, mark_for

MANIFEST_NAMES = ("sources.yaml", "sources.yml")


class _Dated(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    published: str | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _as_text(cls, value: Any) -> Any:
        # YAML reads 2025-10-03 as a date and 2025 as an int; the date parser wants text.
        return None if value is None else str(value)


class Entry(_Dated):
    title: str | None = None
    source: str | None = None
    url: str | None = None
    note: str | None = None


class Defaults(_Dated):
    """What a folder's articles share; an article's own metadata (manifest entry, front matter) wins."""

    source: str | None = None
    timezone: str | None = None


class Manifest(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    articles: dict[str, Entry] = {}
    defaults: Defaults = Defaults()


def load(folder: Path) -> Manifest:
    """The folder's manifest; an empty one when it has none."""
    for name in MANIFEST_NAMES:
        path = folder / name
        if path.is_file():
            break
    else:
        return Manifest()
    shown = display_path(path)
    try:
        data, marks = load_with_marks(path.read_text(encoding="utf-8"), shown)
        return Manifest.model_validate(data or {})
    except RuleFileError as exc:
        raise CorpusError(str(exc)) from None
    except UnicodeDecodeError:
        raise CorpusError(f"{shown}:1:1: manifest is not valid UTF-8") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        line, col = mark_for(marks, tuple(err["loc"]))
        what = ".".join(str(p) for p in err["loc"])
        raise CorpusError(f"{shown}:{line}:{col}: {what}: {err['msg']}") from None
