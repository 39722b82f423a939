"""JSON syntax errors as people make them: each named by its likely cause (curly quotes from
Word, a " inside a text, a comma too many or too few, a block left open, a pasted line), shown
with its line and a caret under the place; after a mistake whose fix is clear, the text is
mended in memory and read on, so that up to a handful are reported at once."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace

from kiosk.content.json_errors import ENDS_EARLY_JSON, describe_json_error
from kiosk.content.problems import Problem, at_position, problem
from kiosk.shared.wording import QT_TRANSLATE_NOOP

MAX_REPORTED = 5
MAX_READINGS = 20
CURLY_QUOTES = frozenset("“”„‟‘’‚‛«»")
EXCERPT_CHARS = 70


@dataclass(frozen=True, slots=True)
class Diagnosis:
    problem: Problem
    mended: str | None  # the text with this mistake fixed, when the fix is clear


def syntax_problems(error: json.JSONDecodeError) -> list[Problem]:
    problems: list[Problem] = []
    # Each round reads the whole text again: bounded, whatever the file holds.
    for _ in range(MAX_READINGS):
        if len(problems) == MAX_REPORTED:
            break
        diagnosis = diagnose(error)
        # A " inside a text ends it twice (before and after the quoted word): said once.
        last = problems[-1] if problems else None
        repeated = last is not None and (last.message, last.where.split(",")[0]) == (
            diagnosis.problem.message,
            diagnosis.problem.where.split(",")[0],
        )
        if not repeated:
            problems.append(diagnosis.problem)
        if diagnosis.mended is None:
            break
        try:
            json.loads(diagnosis.mended)
        except json.JSONDecodeError as next_error:
            error = next_error
            continue
        except (RecursionError, ValueError):
            pass
        break
    return problems


def diagnose(error: json.JSONDecodeError) -> Diagnosis:
    text, at = error.doc, error.pos
    for cause in _CAUSES:
        found = cause(text, at, error.msg)
        if found is not None:
            return found
    plain = describe_json_error(error)
    return Diagnosis(_located(text, at, plain.template, **dict(plain.values)), None)


def _curly_quote(text: str, at: int, _msg: str) -> Diagnosis | None:
    if at >= len(text) or text[at] not in CURLY_QUOTES:
        return None
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    closing = next((i for i in range(at + 1, end) if text[i] in CURLY_QUOTES), None)
    mended = _replaced(text, at, '"')
    if closing is not None:
        mended = _replaced(mended, closing, '"')
    message = QT_TRANSLATE_NOOP(
        "Content",
        "not valid JSON: {quote} is a curly quote (Word and web pages "
        'make them); JSON needs straight double quotes " around field '
        "names and texts",
    )
    return Diagnosis(_located(text, at, message, quote=text[at]), mended)


def _quote_inside_text(text: str, at: int, msg: str) -> Diagnosis | None:
    before = _previous(text, at)
    if msg != "Expecting ',' delimiter" or before is None or text[before] != '"':
        return None
    if at >= len(text) or text[at] in '"{[]},:' or text[before - 1 : before] == "\\":
        return None
    message = QT_TRANSLATE_NOOP(
        "Content",
        'not valid JSON: a " inside a text ends the text too early; write'
        ' it as \\" or use curly quotes “ ” inside texts',
    )
    return Diagnosis(_located(text, before, message), _replaced(text, before, "'"))


def _comma_too_many(text: str, at: int, msg: str) -> Diagnosis | None:
    before = _previous(text, at)
    closing = text[at : at + 1]
    if before is None or text[before] != "," or closing not in ("}", "]"):
        return None
    if msg not in ("Expecting property name enclosed in double quotes", "Expecting value"):
        return None
    message = QT_TRANSLATE_NOOP(
        "Content",
        "not valid JSON: a comma after the last item of a block is not "
        "allowed; delete the , before {closing}",
    )
    return Diagnosis(_located(text, at, message, closing=closing), _replaced(text, before, " "))


def _comma_missing(text: str, at: int, msg: str) -> Diagnosis | None:
    before = _previous(text, at)
    if msg != "Expecting ',' delimiter" or before is None or at >= len(text):
        return None
    if text[at] not in '"{[' and not text[at].isdigit():
        return None
    message = QT_TRANSLATE_NOOP("Content", "not valid JSON: a comma , is missing between two items")
    return Diagnosis(_located(text, at, message), text[: before + 1] + "," + text[before + 1 :])


def _pasted_text(text: str, at: int, msg: str) -> Diagnosis | None:
    if at >= len(text) or not text[at].isalpha():
        return None
    if msg == "Expecting property name enclosed in double quotes":
        message = QT_TRANSLATE_NOOP(
            "Content",
            "not valid JSON: this is text where a field name in double quotes"
            " belongs (a pasted line?); texts go inside quotes as the value "
            'of a field, such as "fi": "…"',
        )
    elif msg == "Expecting value" and text[at : at + 4] not in ("true", "null", "fals"):
        message = QT_TRANSLATE_NOOP(
            "Content", 'not valid JSON: a text must be in double quotes, such as "Työpajat"'
        )

    else:
        return None
    return Diagnosis(_located(text, at, message), None)


def _block_left_open(text: str, at: int, msg: str) -> Diagnosis | None:
    if text[at:].strip() and not msg.startswith("Unterminated string"):
        return None
    opened = _open_blocks(text)
    last = text.rstrip()[-1:]
    if not opened or last not in ("}", "]"):
        return Diagnosis(_located(text, at, ENDS_EARLY_JSON), None)
    start = opened[-1]
    bracket = "}" if text[start] == "{" else "]"
    line = text.count("\n", 0, start) + 1
    values = {"opening": text[start], "line": line, "closing": bracket}
    if len(opened) > 1:
        message = QT_TRANSLATE_NOOP(
            "Content",
            "not valid JSON: the file ends early: the block that begins with "
            "{opening} on line {line} (and {more} around it) is never closed,"
            " a {closing} is missing at the end (if the file is still being "
            "copied, wait: it is read again once it changes)",
        )
        return Diagnosis(_located(text, start, message, more=len(opened) - 1, **values), None)
    message = QT_TRANSLATE_NOOP(
        "Content",
        "not valid JSON: the file ends early: the block that begins with "
        "{opening} on line {line} is never closed, a {closing} is missing"
        " at the end (if the file is still being copied, wait: it is read"
        " again once it changes)",
    )
    return Diagnosis(_located(text, start, message, **values), None)


_CAUSES: tuple[Callable[[str, int, str], Diagnosis | None], ...] = (
    _block_left_open,
    _curly_quote,
    _comma_too_many,
    _quote_inside_text,
    _comma_missing,
    _pasted_text,
)


def _open_blocks(text: str) -> list[int]:
    """Where each block still open at the end of `text` began, outermost first."""
    opened: list[int] = []
    in_text = escaped = False
    for index, char in enumerate(text):
        if in_text:
            escaped = not escaped and char == "\\"
            in_text = escaped or char != '"'
        elif char == '"':
            in_text = True
        elif char in "{[":
            opened.append(index)
        elif char in "}]" and opened:
            opened.pop()
    return opened


def _previous(text: str, at: int) -> int | None:
    index = at - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    return index if index >= 0 else None


def _replaced(text: str, at: int, char: str) -> str:
    return text[:at] + char + text[at + 1 :]


def _located(text: str, at: int, template: str, **values: object) -> Problem:
    line = text.count("\n", 0, at) + 1
    start = text.rfind("\n", 0, at) + 1
    found = problem(at_position(line, at - start + 1), template, **values)
    return replace(found, excerpt=excerpt(text, at))


def excerpt(text: str, at: int) -> str:
    """The line with the mistake, cut to a readable width around it, and a caret under it."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : len(text) if end < 0 else end].replace("\t", " ")
    column = at - start
    first = max(0, min(column - EXCERPT_CHARS // 2, len(line) - EXCERPT_CHARS))
    shown = line[first : first + EXCERPT_CHARS]
    prefix = "…" if first > 0 else ""
    suffix = "…" if first + EXCERPT_CHARS < len(line) else ""
    return f"{prefix}{shown}{suffix}\n{' ' * (len(prefix) + column - first)}^"
