"""What a renderer may be told besides the report itself."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RenderOptions:
    # Prefix that turns an article path (relative to the working directory) into a link that
    # works from where the report is written, e.g. "../" for reports/consistency.md.
    link_prefix: str = ""
