"""Plain-text articles: the text as it is; the date from the manifest or, failing that, the text."""

from __future__ import annotations

from typing import Any

from factcheck.corpus.directives import read_directives
from factcheck.corpus.manifest import Entry
from factcheck.models import Article, TimeSpan
from factcheck.text import is_heading
from factcheck.timeexpr import infer_published, parse_date_value


def load(article_id: str, shown: str, text: str, entry: Entry | None, timezone: str | None = None) -> Article:
    return build(article_id, shown, text, entry, {}, timezone)


def build(
    article_id: str, shown: str, text: str, entry: Entry | None, meta: dict[str, Any], timezone: str | None = None
) -> Article:
    """Merge metadata: the manifest wins over front matter, which wins over the text."""
    text, suppressions, problems = read_directives(shown, text)
    fields: dict[str, Any] = {k: v for k, v in meta.items() if v is not None}
    published_from = "front_matter" if "published" in fields else "none"
    if entry is not None:
        for name in ("title", "source", "url", "published"):
            value = getattr(entry, name)
            if value is not None:
                fields[name] = value
                if name == "published":
                    published_from = "manifest"
    published = TimeSpan.unknown()
    if "published" in fields:
        try:
            published = parse_date_value(str(fields.pop("published")), timezone)
        except ValueError as exc:  # one bad date must not stop the corpus: the article is read undated
            problems.append(f"publication date ignored: {exc}")
            published_from = "none"
    else:
        published = infer_published(text)
        published_from = "text" if published.is_known else "none"
    return Article(
        id=article_id,
        path=shown,
        title=fields.get("title") or _first_title(text),
        source=fields.get("source"),
        url=fields.get("url"),
        published=published,
        published_from=published_from,
        text=text,
        problems=tuple(problems),
        suppressions=tuple(suppressions),
    )


def _first_title(text: str) -> str | None:
    for line in text.split("\n")[:5]:
        if line.strip() and is_heading(line):
            return line.strip()
    return None
