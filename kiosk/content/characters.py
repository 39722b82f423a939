"""What no value in content may hold, whatever its field: a character that cannot be shown or
stored (a control character, half of a surrogate pair), a number no field could use, or
nesting deeper than content ever needs. Checked once over the parsed file, before anything
uses a value as a file name, an address or a text to lay out."""

from __future__ import annotations

import math
import unicodedata
from collections import deque

from kiosk.content.invisible import BIDI_CONTROLS, first_invisible, named, visible_text
from kiosk.content.problems import Problem, join_path

# content.json nests five levels (table, document, field, list, item); far more is not content.
MAX_DEPTH = 16
# Larger than any count of seconds or an order number; past 2**53 JSON numbers lose digits.
MAX_NUMBER = 10**15
# Tab and line breaks are ordinary in pasted text.
ALLOWED_CONTROLS = frozenset("\t\n\r")


def value_problems(data: object) -> list[Problem]:
    problems: list[Problem] = []
    pending: deque[tuple[str, object, int]] = deque([("", data, 0)])
    while pending:
        where, value, depth = pending.popleft()
        if depth > MAX_DEPTH:
            problems.append(
                Problem(where, f"is nested more than {MAX_DEPTH} levels deep; content never is")
            )
        elif isinstance(value, dict):
            for key, item in value.items():
                problems += _text_problems(join_path(where, key), key, "the field name")
                pending.append((join_path(where, key), item, depth + 1))
        elif isinstance(value, list):
            pending.extend((join_path(where, i), item, depth + 1) for i, item in enumerate(value))
        elif isinstance(value, str):
            problems += _text_problems(where, value, "the text")
        elif isinstance(value, float) and not math.isfinite(value):
            problems.append(Problem(where, f"{value} is not a number that can be used here"))
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) >= MAX_NUMBER:
            problems.append(Problem(where, "the number is far too large for any field"))
    return problems


def _text_problems(where: str, text: str, what: str) -> list[Problem]:
    hidden = first_invisible(text)
    if hidden is not None and what == "the field name":
        return [
            Problem(
                where,
                f"the field name '{visible_text(text)}' holds an invisible character "
                f"{named(hidden)}; type the name again",
            )
        ]
    if hidden is not None and hidden in BIDI_CONTROLS:
        return [
            Problem(
                where,
                f"{what} holds {named(hidden)}, which shows the text backwards or out of "
                "order; delete it",
            )
        ]
    for character in text:
        code = ord(character)
        if 0xD800 <= code <= 0xDFFF:
            return [
                Problem(
                    where,
                    f"{what} holds U+{code:04X}, half of a character (the text was cut or "
                    "converted badly); type the text around it again",
                )
            ]
        if unicodedata.category(character) == "Cc" and character not in ALLOWED_CONTROLS:
            return [
                Problem(
                    where,
                    f"{what} holds the control character U+{code:04X}, which cannot be "
                    "shown and breaks file names and addresses; delete it",
                )
            ]
    return []
