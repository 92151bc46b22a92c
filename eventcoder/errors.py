"""Exceptions and the :class:`Problem` record used by the dictionary validator."""
from __future__ import annotations

import attrs


class EventcoderError(Exception):
    """Base class of every error eventcoder raises on purpose."""


@attrs.frozen
class Problem:
    """
    One thing wrong (or suspicious) in a dictionary file.

    Args:
        path: The file, as given to the loader.
        line: 1-based line number; 0 when the problem concerns the whole file.
        message: What is wrong, the bad value in ``repr()``, and how to fix it.
        severity: ``"error"`` (the entry is not used) or ``"warning"``.

    .. versionadded:: 0.1.0
    """

    path: str
    line: int
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        tag = "" if self.severity == "error" else "warning: "
        return f"{self.path}:{self.line}: {tag}{self.message}"


class DictionaryError(EventcoderError, ValueError):
    """
    Raised when dictionaries have errors; carries every :class:`Problem` found.

    .. versionadded:: 0.1.0
    """

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        shown = "\n".join(str(p) for p in self.problems[:50])
        more = f"\n... and {len(self.problems) - 50} more" if len(self.problems) > 50 else ""
        super().__init__(f"{len(self.problems)} problem(s) in the dictionaries:\n{shown}{more}")


class InputError(EventcoderError, ValueError):
    """A record that cannot be coded (bad JSON, no text, bad date...)."""
