"""What no value in content may hold, whatever its field: a character that cannot be shown or
stored (a control character, half of a surrogate pair), a number no field could use, or
nesting deeper than content ever needs. Checked once over the parsed file, before anything
uses a value as a file name, an address or a text to lay out."""

from __future__ import annotations

import math
import unicodedata
from collections import deque

from kiosk.content.invisible import BIDI_CONTROLS, first_invisible, named, visible_text
from kiosk.content.problems import Problem, join_path, problem
from kiosk.shared.wording import QT_TRANSLATE_NOOP

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
                problem(
                    where,
                    QT_TRANSLATE_NOOP(
                        "Content", "is nested more than {depth} levels deep; content never is"
                    ),
                    depth=MAX_DEPTH,
                )
            )
        elif isinstance(value, dict):
            for key, item in value.items():
                problems += _text_problems(join_path(where, key), key, field_name=True)
                pending.append((join_path(where, key), item, depth + 1))
        elif isinstance(value, list):
            pending.extend((join_path(where, i), item, depth + 1) for i, item in enumerate(value))
        elif isinstance(value, str):
            problems += _text_problems(where, value, field_name=False)
        elif isinstance(value, float) and not math.isfinite(value):
            unusable = QT_TRANSLATE_NOOP("Content", "{value} is not a number that can be used here")
            problems.append(problem(where, unusable, value=value))
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) >= MAX_NUMBER:
            too_large = QT_TRANSLATE_NOOP("Content", "the number is far too large for any field")
            problems.append(problem(where, too_large))
    return problems


def _text_problems(where: str, text: str, field_name: bool) -> list[Problem]:
    hidden = first_invisible(text)
    if hidden is not None and field_name:
        template = QT_TRANSLATE_NOOP(
            "Content",
            "the field name '{name}' holds an invisible character {character}; type the name again",
        )
        return [problem(where, template, name=visible_text(text), character=named(hidden))]
    if hidden is not None and hidden in BIDI_CONTROLS:
        template = QT_TRANSLATE_NOOP(
            "Content",
            "the text holds {character}, which shows the text backwards or out of order; delete it",
        )
        return [problem(where, template, character=named(hidden))]
    for character in text:
        kind = _unusable(character)
        if kind is not None:
            template = _UNUSABLE[kind, field_name]
            return [problem(where, template, code=f"{ord(character):04X}")]
    return []


def _unusable(character: str) -> str | None:
    if 0xD800 <= ord(character) <= 0xDFFF:
        return "half"
    if unicodedata.category(character) == "Cc" and character not in ALLOWED_CONTROLS:
        return "control"
    return None


# By what is wrong, and whether it is in a field name (True) or a text.
_UNUSABLE = {
    ("half", True): QT_TRANSLATE_NOOP(
        "Content",
        "the field name holds U+{code}, half of a character (the text was cut or converted "
        "badly); type it again",
    ),
    ("half", False): QT_TRANSLATE_NOOP(
        "Content",
        "the text holds U+{code}, half of a character (the text was cut or converted badly); "
        "type the text around it again",
    ),
    ("control", True): QT_TRANSLATE_NOOP(
        "Content",
        "the field name holds the control character U+{code}, which cannot be shown and "
        "breaks file names and addresses; delete it",
    ),
    ("control", False): QT_TRANSLATE_NOOP(
        "Content",
        "the text holds the control character U+{code}, which cannot be shown and breaks file "
        "names and addresses; delete it",
    ),
}
