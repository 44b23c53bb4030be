"""Report writers: one pure module per format, chosen by name from RENDERERS."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.report import json_format, markdown
from factcheck.report.options import RenderOptions

Renderer = Callable[[object, RenderOptions], str]

RENDERERS: dict[str, Callable[..., str]] = {
    "markdown": markdown.render,
    "json": json_format.render,
}

EXTENSIONS: dict[str, str] = {"markdown": ".md", "json": ".json"}

__all__ = ["EXTENSIONS", "RENDERERS", "RenderOptions"]
