"""Checks of one text where it is shown: its length and longest word, characters nobody can
see, and characters the kiosk's font cannot draw."""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from kiosk.content import limits
from kiosk.content.font_coverage import DRAWN
from kiosk.content.invisible import BIDI_CONTROLS, WORD_JOINERS, first_invisible, invisible, named
from kiosk.content.problems import Problem, problem, warning
from kiosk.shared.wording import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class TextLimits:
    """How long a text and its longest word may be where it is shown (None: no limit)."""

    chars: int | None = None
    word_chars: int | None = None


NO_LIMITS = TextLimits()
# Reported elsewhere (bidirectional controls are errors), or often meant in a text: joiners,
# soft hyphens, and spaces that keep "30 %" on one line.
INVISIBLE_BUT_MEANT = BIDI_CONTROLS | WORD_JOINERS | frozenset("\u00a0\u202f\u2007\u2009")


def invisible_problems(where: str, text: str | tuple[str, ...]) -> Iterator[Problem]:
    paragraphs = (text,) if isinstance(text, str) else text
    for paragraph in paragraphs:
        hidden = first_invisible(paragraph, allowed=INVISIBLE_BUT_MEANT)
        if hidden is not None:
            yield warning(
                where,
                QT_TRANSLATE_NOOP(
                    "Content",
                    "holds an invisible character {character}, pasted with the text; "
                    "delete it unless it is meant",
                ),
                character=named(hidden),
            )
            return


_FIRSTS = [first for first, _ in DRAWN]


def drawn(character: str) -> bool:
    """Whether every weight of the bundled font has this character."""
    code = ord(character)
    at = bisect.bisect_right(_FIRSTS, code) - 1
    return at >= 0 and DRAWN[at][0] <= code <= DRAWN[at][1]


def font_problems(where: str, text: str | tuple[str, ...]) -> Iterator[Problem]:
    """A symbol or emoji the kiosk's font lacks shows as an empty box: refused. A letter of
    a script it lacks is drawn with a system font, if the kiosk computer has one: said."""
    joined = text if isinstance(text, str) else "\n".join(text)
    missing = [c for c in dict.fromkeys(joined) if not drawn(c) and not invisible(c)]
    symbols = [c for c in missing if unicodedata.category(c).startswith("S")]
    if symbols:
        yield problem(
            where,
            QT_TRANSLATE_NOOP(
                "Content",
                "holds {characters}, which the kiosk's font cannot draw (it would"
                " show as an empty box); write it in words instead",
            ),
            characters=", ".join(f"{c} {named(c)}" for c in symbols[:3]),
        )
    letters = [c for c in missing if c not in symbols and not c.isspace()]
    if letters:
        yield warning(
            where,
            QT_TRANSLATE_NOOP(
                "Content",
                "holds {character}, which the kiosk's own font does not have; it "
                "is drawn with a font of the kiosk computer, if it has one",
            ),
            character=f"{letters[0]} {named(letters[0])}",
        )


def length_problems(where: str, text: str, text_limits: TextLimits) -> Iterator[Problem]:
    if text_limits.chars is not None and len(text) > text_limits.chars:
        yield too_long(where, len(text), text_limits.chars)
    if text_limits.word_chars is not None:
        longest = limits.longest_unbroken(text)
        if len(longest) > text_limits.word_chars:
            yield problem(
                where,
                QT_TRANSLATE_NOOP(
                    "Content",
                    "the word '{word}' is {length} letters long; at most {most} fit "
                    "across a tile: put a hyphen or a space where it may break, as in"
                    " Työmarkkina-palvelut",
                ),
                word=_quoted(longest),
                length=len(longest),
                most=text_limits.word_chars,
            )


def _quoted(word: str, most: int = 40) -> str:
    """A word as a message quotes it: cut in the middle when long, so a pasted 10 000-letter
    line does not become a 10 kB message."""
    if len(word) <= most:
        return word
    return f"{word[: most // 2]}…{word[-most // 2 :]}"


def too_long(where: str, length: int, limit: int) -> Problem:
    return problem(
        where,
        QT_TRANSLATE_NOOP(
            "Content", "is {length} characters long; at most {most} fit where it is shown"
        ),
        length=length,
        most=limit,
    )
