"""Report writers: one pure module per format, chosen by name from RENDERERS."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from factcheck.report import concise, github, json_format, jsonl, junit, markdown, sarif
from factcheck.report.options import RenderOptions

Renderer = Callable[[object, RenderOptions], str]

RENDERERS: dict[str, Callable[..., str]] = {
    "markdown": markdown.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "github": github.render,
    "junit": junit.render,
    "jsonl": jsonl.render,
    "concise": concise.render,
}

# Formats written piece by piece: a big JSON or SARIF report never stands whole in memory.
CHUNKED: dict[str, Callable[..., Iterable[str]]] = {"json": json_format.chunks, "sarif": sarif.chunks}

# The file each format is written to under --output-dir; `github` goes to standard output, where the
# Actions runner reads workflow commands.
EXTENSIONS: dict[str, str] = {
    "markdown": ".md",
    "json": ".json",
    "sarif": ".sarif",
    "junit": ".junit.xml",
    "jsonl": ".jsonl",
    "concise": ".txt",
}
STDOUT_FORMATS = frozenset({"github"})

__all__ = ["CHUNKED", "EXTENSIONS", "RENDERERS", "STDOUT_FORMATS", "RenderOptions"]
