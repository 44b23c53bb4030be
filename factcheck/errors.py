"""Errors a user can fix. Anything else that escapes is a bug in factcheck.

FactcheckError              exit code 2, printed as one line
├── UsageError              a bad option or a path that does not exist
├── CorpusError             an article that cannot be read at all
└── RuleError               a rule set that cannot be used
    └── RuleFileError       one problem at file:line:col in a rule file
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Root of every error the user can act on."""


class UsageError(FactcheckError):
    pass


class CorpusError(FactcheckError):
    pass


class RuleError(FactcheckError):
    pass


class RuleFileError(RuleError):
    """A problem at a place in a rule file; `str()` is `path:line:col: message`."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        super().__init__(f"{path}:{line}:{column}: {message}")
