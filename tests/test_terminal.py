"""The progress display: only for a person at a terminal, never in CI or with --quiet."""

from __future__ import annotations

import io

import pytest

from factcheck import terminal


def test_no_display_in_ci_or_when_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stderr", Tty())
    monkeypatch.delenv("CI", raising=False)
    assert terminal.wanted(quiet=False)
    assert not terminal.wanted(quiet=True)
    monkeypatch.setenv("CI", "true")
    assert not terminal.wanted(quiet=False)


def test_no_display_when_standard_error_is_no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stderr", io.StringIO())
    monkeypatch.delenv("CI", raising=False)
    assert not terminal.wanted(quiet=False)


def test_a_disabled_display_draws_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with terminal.TerminalProgress(enabled=False) as progress:
        progress("extract", 5, 10)
    assert capsys.readouterr() == ("", "")


def test_a_quick_run_draws_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    """Under a second no display starts, though the counts are kept."""
    with terminal.TerminalProgress(enabled=True) as progress:
        progress("extract", 5, 10)
        progress("check", 1, 24)
    assert capsys.readouterr() == ("", "")
