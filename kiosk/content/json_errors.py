"""Plain-language explanations of JSON syntax errors, with line and column."""

from __future__ import annotations

import json

from kiosk.content.problems import Problem

_EXPLANATIONS = {
    "Expecting ',' delimiter": "a comma , is missing between two items",
    "Expecting ':' delimiter": "a colon : is missing after a field name",
    "Expecting value": "a value is missing here (or there is a comma too many just before)",
    "Expecting property name enclosed in double quotes": (
        "expected a field name in double quotes; a comma after the last item of an object "
        "is not allowed"
    ),
    "Unterminated string starting at": 'text in quotes is not closed: a " is missing',
    "Invalid control character at": (
        "a line break or tab inside quoted text; write a new paragraph as a new list item"
    ),
    "Invalid \\escape": "a backslash \\ must be written twice (\\\\) inside quoted text",
    "Extra data": "there is more text after the end of the data; check the last } ",
}


ENDS_EARLY = (
    "the file ends early (something is missing at its end); if it is still being copied, "
    "wait: it is read again once it changes"
)


def describe_json_error(error: json.JSONDecodeError) -> Problem:
    where = f"line {error.lineno}, column {error.colno}"
    # Unterminated text ran to the end: a line break inside quotes is another error.
    at_the_end = not error.doc[error.pos :].strip() or error.msg.startswith("Unterminated string")
    if at_the_end and error.msg != "Extra data":
        return Problem(where, f"not valid JSON: {ENDS_EARLY}")
    explanation = _EXPLANATIONS.get(error.msg, error.msg)
    return Problem(where, f"not valid JSON: {explanation}")


def describe_unicode_error(raw: bytes, error: UnicodeDecodeError) -> Problem:
    before = raw[: error.start]
    line = before.count(b"\n") + 1
    column = error.start - (before.rfind(b"\n") + 1) + 1
    if error.reason == "unexpected end of data":
        return Problem(f"line {line}, column {column}", ENDS_EARLY)
    return Problem(
        f"line {line}, column {column}",
        "the file is not saved as UTF-8 text; save it again choosing the UTF-8 encoding",
    )
