"""Markdown articles with optional YAML front matter (title, published, source, url).

The front matter is blanked out, not cut, so every offset and line number still matches the file.
"""

from __future__ import annotations

import re
from typing import Any

from factcheck.corpus.manifest import Entry
from factcheck.corpus.plaintext import build
from factcheck.errors import RuleFileError
from factcheck.models import Article
from factcheck.ruleset.yamlmarks import load_with_marks

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.S)
FIELDS = ("title", "published", "date", "source", "url")


def load(article_id: str, shown: str, text: str, entry: Entry | None, timezone: str | None = None) -> Article:
    meta: dict[str, Any] = {}
    problems: list[str] = []
    m = _FRONT.match(text)
    if m:
        data, problem = _front_matter(m.group(1), shown)
        if problem is not None:  # one article's bad metadata never stops the corpus: read it without
            problems.append(problem)
        else:
            published = data.get("published", data.get("date"))
            meta = {k: (None if data.get(k) is None else str(data[k])) for k in ("title", "source", "url")}
            meta["published"] = None if published is None else str(published)
        text = re.sub(r"[^\n]", " ", m.group(0)) + text[m.end() :]
    article = build(article_id, shown, text, entry, meta, timezone)
    return article.model_copy(update={"problems": tuple(problems) + article.problems}) if problems else article


def _front_matter(block: str, shown: str) -> tuple[dict[str, Any], str | None]:
    """The front matter's fields, or the problem with them, naming its line (1 is the opening ---)."""
    try:
        data, _marks = load_with_marks(block, shown)
    except RuleFileError as exc:
        return {}, f"line {exc.line + 1}: front matter ignored: {exc.message}"
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, "line 2: front matter ignored: it must be a mapping of fields (title:, published:, ...)"
    return data, None
