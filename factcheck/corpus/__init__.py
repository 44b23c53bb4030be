"""Reading articles from disk: discover files, pick a loader by suffix, apply the manifest.

This is an edge of the pipeline: the only place that reads the corpus. It returns Articles sorted
by path (and record), so nothing downstream depends on file-system order. Nothing is dropped
silently: a file that is binary, too large, empty or has no main text is listed in `skipped` with
its reason (and a warning), and a bad record or date is a warning naming the file and where.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.corpus import html, manifest, markdown, plaintext, records
from factcheck.corpus.decode import DEFAULT_MAX_BYTES, Skip, decode, read_bytes
from factcheck.errors import CorpusError, UsageError
from factcheck.io import display_path, printable
from factcheck.models import Article, Skipped, TimeSpan
from factcheck.timeexpr import parse_date_value

Loader = Callable[[str, str, str, "manifest.Entry | None", "str | None"], Article]
RecordLoader = Callable[[str, str, str, Mapping[str, Sequence[str]], "str | None"], tuple[list[Article], list[str]]]

LOADERS: dict[str, Loader] = {
    ".txt": plaintext.load,
    ".text": plaintext.load,
    ".md": markdown.load,
    ".markdown": markdown.load,
    ".html": html.load,
    ".htm": html.load,
}
RECORD_LOADERS: dict[str, RecordLoader] = {
    ".jsonl": records.load_lines,
    ".ndjson": records.load_lines,
    ".json": records.load_array,
}
SUFFIXES = frozenset(LOADERS) | frozenset(RECORD_LOADERS)
OWN_REPORT = "# Consistency report\n"  # the first line of factcheck's Markdown report
OWN_OUTPUT_PREFIX = "a factcheck"
OWN_OUTPUT = "a factcheck report, not an article"


@dataclass(frozen=True)
class CorpusOptions:
    """How to read a corpus: defaults for what articles leave out, export field names, a size limit."""

    published: str | None = None  # the publication date of articles that give none
    timezone: str | None = None  # publication times with an offset are days in this zone
    fields: Mapping[str, Sequence[str]] = field(default_factory=dict)  # export field names, per field
    max_bytes: int = DEFAULT_MAX_BYTES
    exclude: frozenset[str] = frozenset()  # resolved paths never read: the run's own report files


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def discover(paths: Sequence[str | Path], links_out: list[Skipped] | None = None) -> list[tuple[Path, Path]]:
    """(root, file) for every article under `paths`; a file's id is its path relative to root.

    A file reached twice (a folder and a file in it, "corpus" and "./corpus", a link to a file
    inside) is read once, under its first spelling. Inside a folder, a symbolic link to a file
    outside it is not followed, so a corpus cannot quote what lies beyond it; it is added to
    `links_out` when given. A path named on the command line is read wherever it points.
    """
    found: dict[tuple[int, int], tuple[Path, Path]] = {}  # (device, inode) -> (root, file as spelt)
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"{raw}: no such file or directory")
        if path.is_dir():
            inside = path.resolve()
            for f in sorted(path.rglob("*"), key=lambda p: p.as_posix()):
                if f.suffix.lower() not in SUFFIXES or _hidden(f.relative_to(path)) or not f.is_file():
                    continue
                if f.is_symlink() and not f.resolve().is_relative_to(inside):
                    if links_out is not None:
                        links_out.append(Skipped(path=f"{display_path(f.parent)}/{printable(f.name)}", reason=LINK_OUT))
                    continue
                found.setdefault(_identity(f), (path, f))
        elif path.suffix.lower() in SUFFIXES:
            found.setdefault(_identity(path), (path.parent, path))
        else:
            raise UsageError(f"{raw}: not an article; expected one of {', '.join(sorted(SUFFIXES))}")
    return sorted(found.values(), key=lambda rf: rf[1].as_posix())


def _identity(path: Path) -> tuple[int, int]:
    """What makes two spellings one file (a link, "./corpus"): its device and inode, one stat
    rather than resolving every folder of its path."""
    st = path.stat()
    return st.st_dev, st.st_ino


LINK_OUT = "a symbolic link out of the folder, not followed"


def link_warnings(links: list[Skipped]) -> list[str]:
    """The warnings for links `discover` did not follow, in the order every engine gives them."""
    return [f"{s.path}: skipped: {s.reason}" for s in links]


_CONCISE_LINE = re.compile(r"^.+:\d+:\d+: (?:error|warning|info) [\w.-]+: ")


def is_own_report(path: Path) -> bool:
    """Whether a file is one factcheck wrote (a report in any format, a baseline): safe to replace.

    The same tests `load_corpus` skips such files by, so the two never disagree: the Markdown
    report's first line, the concise format's lines, and the export readers' own-output check.
    """
    try:
        text, _warning = decode(read_bytes(path))
    except (Skip, CorpusError):
        return False
    if not text.strip() or text.startswith(OWN_REPORT) or _concise(text):
        return True
    reader = RECORD_LOADERS.get(path.suffix.lower())
    if reader is None:
        return False
    try:
        reader(path.name, path.name, text, {}, None)
    except Skip as exc:
        return str(exc).startswith(OWN_OUTPUT_PREFIX)
    return False


def _concise(text: str) -> bool:
    lines = [line for line in text.split("\n") if line]
    return bool(lines) and all(_CONCISE_LINE.match(line) for line in lines)


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def load_corpus(
    paths: Sequence[str | Path],
    published: str | None = None,
    timezone: str | None = None,
    options: CorpusOptions | None = None,
) -> Corpus:
    """The articles under `paths`. `published` (or `options.published`) dates those that give no date
    of their own; `timezone` turns publication times with an offset into the newsroom's day; a
    folder's sources.yaml `defaults` do the same for its files."""
    corpus = Corpus()
    corpus.articles = list(read_corpus(paths, options or CorpusOptions(published=published, timezone=timezone), corpus))
    return corpus


def read_corpus(paths: Sequence[str | Path], options: CorpusOptions, into: Corpus) -> Iterator[Article]:
    """The articles under `paths`, one file at a time, for a run that must not hold the corpus: the
    warnings and skipped files go to `into` as they are met (its `articles` stay empty). A path
    that does not exist is an error at once, before any article."""
    links: list[Skipped] = []
    found = discover(paths, links)
    into.warnings += link_warnings(links)
    into.skipped += links
    return _read(found, options, into)


def _read(found: list[tuple[Path, Path]], opts: CorpusOptions, into: Corpus) -> Iterator[Article]:
    manifests: dict[Path, manifest.Manifest] = {}
    for root, file in found:
        if file.parent not in manifests:
            manifests[file.parent] = manifest.load(file.parent)
            into.warnings += _unmatched(file.parent, manifests[file.parent])
        one = load_file(root, file, manifests[file.parent], opts)
        into.warnings += one.warnings
        into.skipped += one.skipped
        yield from one.articles


def folder_warnings(folder: Path) -> list[str]:
    """What a folder's sources.yaml says wrong about the folder, once per folder."""
    return _unmatched(folder, manifest.load(folder))


def load_file(root: Path, file: Path, folder: manifest.Manifest, opts: CorpusOptions) -> Corpus:
    """One discovered file's articles, warnings and skip: what `load_corpus` does per file, for an
    engine that reads files in partitions elsewhere (the folder's own warnings are not included)."""
    out = Corpus()
    if opts.exclude and str(file.resolve()) in opts.exclude:
        return out  # this run's own report
    shown = display_path(file)
    default = _default_date(opts.published, opts.timezone)
    try:
        text, warning = decode(read_bytes(file, opts.max_bytes))
        if warning:
            out.warnings.append(f"{shown}: {warning}")
        if not text.strip():
            raise Skip("empty file")
        if text.startswith(OWN_REPORT) or _concise(text):
            raise Skip(OWN_OUTPUT)
        found, problems = _load(file, root, shown, text, folder, opts)
    except Skip as exc:
        out.skipped.append(Skipped(path=shown, reason=str(exc)))
        if not str(exc).startswith(OWN_OUTPUT_PREFIX):  # its own reports: listed, not warned about
            out.warnings.append(f"{shown}: skipped: {exc}")
        return out
    out.warnings.extend(f"{shown}: {problem}" for problem in problems)
    out.articles.extend(_with_defaults(a, folder.defaults, default, opts.timezone) for a in found)
    return out


def _load(
    file: Path, root: Path, shown: str, text: str, folder: manifest.Manifest, opts: CorpusOptions
) -> tuple[list[Article], list[str]]:
    """The file's articles, and the problems of its records (an export) or of its metadata."""
    article_id = printable(file.relative_to(root).as_posix())
    zone = folder.defaults.timezone or opts.timezone
    suffix = file.suffix.lower()
    if suffix in RECORD_LOADERS:
        found, problems = RECORD_LOADERS[suffix](article_id, shown, text, opts.fields, zone)
        if not found and not problems:
            raise Skip("no article records")
        return found, problems
    article = LOADERS[suffix](article_id, shown, text, folder.articles.get(file.name), zone)
    return [article], list(article.problems)


def _unmatched(folder: Path, entries: manifest.Manifest) -> list[str]:
    """Manifest entries naming no file of the folder: a typo there would silently leave an article undated."""
    names = sorted(printable(p.name) for p in folder.iterdir() if p.is_file())
    out = []
    for key in sorted(set(entries.articles) - set(names)):
        near = difflib.get_close_matches(key, names, n=1)
        hint = f'; did you mean "{near[0]}"?' if near else ""
        out.append(f"{display_path(folder)}/sources.yaml: no file {key!r} in the folder{hint}")
    return out


def _with_defaults(
    article: Article, defaults: manifest.Defaults, default: TimeSpan | None, timezone: str | None
) -> Article:
    update: dict[str, object] = {}
    if article.source is None and defaults.source is not None:
        update["source"] = defaults.source
    if not article.published.is_known:
        folder_date = _default_date(defaults.published, defaults.timezone or timezone)
        if folder_date is not None or default is not None:
            update["published"] = folder_date or default
            update["published_from"] = "default"
    return article.model_copy(update=update) if update else article


@functools.lru_cache(maxsize=64)  # a folder's default date is read once, not once per article
def _default_date(published: str | None, timezone: str | None) -> TimeSpan | None:
    if published is None:
        return None
    try:
        return parse_date_value(published, timezone)
    except ValueError as exc:
        raise UsageError(f"default publication date: {exc}") from None
