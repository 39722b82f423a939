"""Problems found in content, as values that staff can read and act on."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from kiosk.shared.wording import QT_TRANSLATE_NOOP, render


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


# A message's template in the reader's language (kiosk.platform.content_messages); None keeps
# the English.
Translate = Callable[[str], str]
POSITION = QT_TRANSLATE_NOOP("Content", "line {line}, column {column}")
WARNING = QT_TRANSLATE_NOOP("Content", "warning")
_POSITION = re.compile(r"line (\d+), column (\d+)")
# Values that name a language ("Swedish (sv)"): their names are translated with the message.
LANGUAGE_VALUES = frozenset({"language", "default"})
# Values that list names the messages' catalogue translates (the scripts of a host name).
NAME_LISTS = frozenset({"scripts"})
_NAMED_CODE = re.compile(r"(.+) \(([^()]+)\)")


def _value_in(key: str, value: str, translate: Translate) -> str:
    if key in LANGUAGE_VALUES:
        return _language_in(value, translate)
    if key in NAME_LISTS:
        return ", ".join(translate(name) for name in value.split(", "))
    return value


def _language_in(value: str, translate: Translate) -> str:
    named = _NAMED_CODE.fullmatch(value)
    if named is None:
        return translate(value)
    return f"{translate(named[1])} ({named[2]})"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or worth fixing) at one place in the content file.

    `where` is a slash-separated path into the file as staff see it, such as
    `categories/3/links/0/url`, or a text position such as `line 12, column 5`. `message` is
    in English; `template` and `values` let it be shown in another language.
    """

    where: str
    message: str
    severity: Severity = Severity.ERROR
    # For a syntax error: the line as written, with a caret under the place.
    excerpt: str = ""
    template: str = ""
    values: tuple[tuple[str, str], ...] = ()

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def describe(self, file_label: str, translate: Translate | None = None) -> str:
        parts = [file_label]
        if self.where:
            parts.append(self._where(translate))
        if not self.is_error:
            parts.append(translate(WARNING) if translate else WARNING)
        parts.append(self.text(translate))
        return ": ".join(parts)

    def text(self, translate: Translate | None = None) -> str:
        """The message, in the language `translate` gives (English without it)."""
        if translate is None or not self.template:
            return self.message
        values = {key: _value_in(key, value, translate) for key, value in self.values}
        return render(translate(self.template), values, fallback=self.template)

    def _where(self, translate: Translate | None) -> str:
        position = _POSITION.fullmatch(self.where)
        if translate is None or position is None:
            return self.where
        values = {"line": position[1], "column": position[2]}
        return render(translate(POSITION), values, fallback=POSITION)


def problem(where: str, template: str, /, **values: object) -> Problem:
    """A problem whose message is `template` filled in with `values`."""
    return Problem(where, render(template, values), template=template, values=_texts(values))


def warning(where: str, template: str, /, **values: object) -> Problem:
    return replace(problem(where, template, **values), severity=Severity.WARNING)


def at_position(line: int, column: int) -> str:
    return render(POSITION, {"line": line, "column": column})


def _texts(values: dict[str, object]) -> tuple[tuple[str, str], ...]:
    return tuple((key, str(value)) for key, value in values.items())


def join_path(*parts: object) -> str:
    return "/".join(str(part) for part in parts if part != "")


class ContentFileError(Exception):
    """The file cannot be used as a content database at all (missing, not JSON, wrong shape)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.describe("content") for p in self.problems))
