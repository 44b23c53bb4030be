"""Reading articles from disk: discover files, pick a loader by suffix, apply the manifest.

This is an edge of the pipeline: the only place that reads the corpus. It returns Articles sorted
by path, so nothing downstream depends on file-system order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.corpus import manifest, markdown, plaintext
from factcheck.corpus.decode import read_text
from factcheck.errors import UsageError
from factcheck.io import display_path
from factcheck.models import Article, TimeSpan
from factcheck.timeexpr import parse_date_value

Loader = Callable[[str, str, str, "manifest.Entry | None", "str | None"], Article]

LOADERS: dict[str, Loader] = {
    ".txt": plaintext.load,
    ".text": plaintext.load,
    ".md": markdown.load,
    ".markdown": markdown.load,
}


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def discover(paths: Sequence[str | Path]) -> list[tuple[Path, Path]]:
    """(root, file) for every article under `paths`; a file's id is its path relative to root."""
    found: dict[Path, Path] = {}
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"{raw}: no such file or directory")
        if path.is_dir():
            for f in path.rglob("*"):
                if f.is_file() and f.suffix.lower() in LOADERS and not _hidden(f.relative_to(path)):
                    found.setdefault(f, path)
        elif path.suffix.lower() in LOADERS:
            found.setdefault(path, path.parent)
        else:
            raise UsageError(f"{raw}: not an article; expected one of {', '.join(sorted(LOADERS))}")
    return sorted(((root, f) for f, root in found.items()), key=lambda rf: rf[1].as_posix())


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def load_corpus(paths: Sequence[str | Path], published: str | None = None, timezone: str | None = None) -> Corpus:
    """The articles under `paths`; `published` dates those that give no date of their own (a
    configured default), `timezone` turns publication times with an offset into the newsroom's day."""
    default = _default_date(published, timezone)
    corpus = Corpus()
    manifests: dict[Path, dict[str, manifest.Entry]] = {}
    for root, file in discover(paths):
        entries = manifests.get(file.parent)
        if entries is None:
            entries = manifests[file.parent] = manifest.load(file.parent)
        shown = display_path(file)
        text, warning = read_text(file)
        if warning:
            corpus.warnings.append(f"{shown}: {warning}")
        if not text.strip():
            corpus.warnings.append(f"{shown}: empty file skipped")
            continue
        article_id = file.relative_to(root).as_posix()
        loader = LOADERS[file.suffix.lower()]
        article = loader(article_id, shown, text, entries.get(file.name), timezone)
        if default is not None and not article.published.is_known:
            article = article.model_copy(update={"published": default, "published_from": "default"})
        corpus.warnings.extend(f"{shown}: {problem}" for problem in article.problems)
        corpus.articles.append(article)
    return corpus


def _default_date(published: str | None, timezone: str | None) -> TimeSpan | None:
    if published is None:
        return None
    try:
        return parse_date_value(published, timezone)
    except ValueError as exc:
        raise UsageError(f"default publication date: {exc}") from None
