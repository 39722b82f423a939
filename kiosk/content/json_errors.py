"""Plain-language explanations of JSON syntax errors, with line and column."""

from __future__ import annotations

import json

from kiosk.content.problems import Problem, at_position, problem
from kiosk.shared.wording import QT_TRANSLATE_NOOP

NOT_JSON = QT_TRANSLATE_NOOP("Content", "not valid JSON: {reason}")

_EXPLANATIONS = {
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP(
        "Content", "not valid JSON: a comma , is missing between two items"
    ),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP(
        "Content", "not valid JSON: a colon : is missing after a field name"
    ),
    "Expecting value": QT_TRANSLATE_NOOP(
        "Content",
        "not valid JSON: a value is missing here (or there is a comma too many just before)",
    ),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "Content",
        "not valid JSON: expected a field name in double quotes; a comma "
        "after the last item of an object is not allowed",
    ),
    "Unterminated string starting at": QT_TRANSLATE_NOOP(
        "Content", 'not valid JSON: text in quotes is not closed: a " is missing'
    ),
    "Invalid control character at": QT_TRANSLATE_NOOP(
        "Content",
        "not valid JSON: a line break or tab inside quoted text; write a "
        "new paragraph as a new list item",
    ),
    "Invalid \\escape": QT_TRANSLATE_NOOP(
        "Content",
        "not valid JSON: a backslash \\ must be written twice (\\\\) inside quoted text",
    ),
    "Extra data": QT_TRANSLATE_NOOP(
        "Content",
        "not valid JSON: there is more text after the end of the data; check the last }} ",
    ),
}


ENDS_EARLY = QT_TRANSLATE_NOOP(
    "Content",
    "the file ends early (something is missing at its end); if it is "
    "still being copied, wait: it is read again once it changes",
)
ENDS_EARLY_JSON = QT_TRANSLATE_NOOP(
    "Content",
    "not valid JSON: the file ends early (something is missing at its"
    " end); if it is still being copied, wait: it is read again once "
    "it changes",
)


def describe_json_error(error: json.JSONDecodeError) -> Problem:
    where = at_position(error.lineno, error.colno)
    # Unterminated text ran to the end: a line break inside quotes is another error.
    at_the_end = not error.doc[error.pos :].strip() or error.msg.startswith("Unterminated string")
    if at_the_end and error.msg != "Extra data":
        return problem(where, ENDS_EARLY_JSON)
    explanation = _EXPLANATIONS.get(error.msg)
    if explanation is None:
        return problem(where, NOT_JSON, reason=error.msg)
    return problem(where, explanation)


def describe_unicode_error(raw: bytes, error: UnicodeDecodeError) -> Problem:
    before = raw[: error.start]
    line = before.count(b"\n") + 1
    column = error.start - (before.rfind(b"\n") + 1) + 1
    if error.reason == "unexpected end of data":
        return problem(at_position(line, column), ENDS_EARLY)
    return problem(
        at_position(line, column),
        QT_TRANSLATE_NOOP(
            "Content",
            "the file is not saved as UTF-8 text; save it again choosing the UTF-8 encoding",
        ),
    )
