"""Progress on a terminal: an edge, drawing on standard error with rich.

Shown only for a run that lasts over a second, on a terminal, outside CI and without `--quiet`:
a report piped to a file, a CI log and a quick run stay as they were. Nothing of it reaches a
report, so reports stay byte-identical.
"""

from __future__ import annotations

import os
import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rich is imported when a display is drawn: a quick or replayed run never pays for it
    from rich.progress import Progress, TaskID

DELAY = 1.0  # seconds before a display appears
LABELS = {"extract": "extracting claims", "check": "checking rules"}


def wanted(quiet: bool) -> bool:
    """A display only for a person watching: a terminal on standard error, and not in CI."""
    return not quiet and sys.stderr.isatty() and not os.environ.get("CI")


class TerminalProgress:
    """Called as (stage, done, total); counts quietly for the first second, then draws."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._start = time.monotonic()
        self._counts: dict[str, tuple[int, int]] = {}
        self._display: Progress | None = None
        self._tasks: dict[str, TaskID] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        so_far, _ = self._counts.get(stage, (0, total))
        self._counts[stage] = (so_far + done, total)
        if self._display is None:
            if time.monotonic() - self._start < DELAY:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._display = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._display.start()
        for name, (count, of) in self._counts.items():
            if name not in self._tasks:
                self._tasks[name] = self._display.add_task(LABELS.get(name, name), total=of or None)
            self._display.update(self._tasks[name], completed=count, total=of or None)

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._display is not None:
            self._display.stop()
