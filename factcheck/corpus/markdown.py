"""Markdown articles with optional YAML front matter (title, published, source, url).

The front matter is blanked out, not cut, so every offset and line number still matches the file.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from factcheck.corpus.manifest import Entry
from factcheck.corpus.plaintext import build
from factcheck.errors import CorpusError
from factcheck.models import Article

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.S)
FIELDS = ("title", "published", "date", "source", "url")


def load(article_id: str, shown: str, text: str, entry: Entry | None, timezone: str | None = None) -> Article:
    meta: dict[str, Any] = {}
    m = _FRONT.match(text)
    if m:
        try:
            data = yaml.safe_load(m.group(1)) or {}
        except ValueError as exc:  # an impossible date such as 2025-02-30
            raise CorpusError(f"{shown}: invalid front matter: {exc}; fix or quote the value") from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark else 1
            raise CorpusError(f"{shown}:{line}: invalid front matter: {getattr(exc, 'problem', exc)}") from None
        if not isinstance(data, dict):
            raise CorpusError(f"{shown}:1: front matter must be a mapping of fields")
        published = data.get("published", data.get("date"))
        meta = {k: (None if data.get(k) is None else str(data[k])) for k in ("title", "source", "url")}
        meta["published"] = None if published is None else str(published)
        text = re.sub(r"[^\n]", " ", m.group(0)) + text[m.end() :]
    return build(article_id, shown, text, entry, meta, timezone)
