"""Problems found in content, as values that staff can read and act on."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or worth fixing) at one place in the content file.

    `where` is a slash-separated path into the file as staff see it, such as
    `categories/3/links/0/url`, or a text position such as `line 12, column 5`.
    """

    where: str
    message: str
    severity: Severity = Severity.ERROR
    # For a syntax error: the line as written, with a caret under the place.
    excerpt: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def describe(self, file_label: str) -> str:
        parts = [file_label]
        if self.where:
            parts.append(self.where)
        if not self.is_error:
            parts.append("warning")
        parts.append(self.message)
        return ": ".join(parts)


def warning(where: str, message: str) -> Problem:
    return Problem(where, message, Severity.WARNING)


def join_path(*parts: object) -> str:
    return "/".join(str(part) for part in parts if part != "")


class ContentFileError(Exception):
    """The file cannot be used as a content database at all (missing, not JSON, wrong shape)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.describe("content") for p in self.problems))
