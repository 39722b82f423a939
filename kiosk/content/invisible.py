"""Characters a reader cannot see: zero-width and format characters, bidirectional controls
and spaces that are not the ordinary space. Pasted from web pages and word processors, they
break addresses and field names while looking like nothing, and a bidirectional override
shows a text backwards."""

from __future__ import annotations

import unicodedata

# Reverse or reorder the text after them: never wanted in a kiosk's texts.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Needed inside words in some languages (Persian, Indic scripts, emoji), or a place where a
# word may be hyphenated: fine in texts.
WORD_JOINERS = frozenset("\u200c\u200d\u00ad")


def invisible(character: str) -> bool:
    category = unicodedata.category(character)
    return category == "Cf" or (category == "Zs" and character != " ")


def named(character: str) -> str:
    """'U+200B (zero-width space)': how a message names a character nobody can see."""
    name = unicodedata.name(character, "").lower() or "an unnamed character"
    return f"U+{ord(character):04X} ({name})"


def first_invisible(text: str, allowed: frozenset[str] = frozenset()) -> str | None:
    return next((c for c in text if invisible(c) and c not in allowed), None)


def visible_text(text: str) -> str:
    """`text` as a reader sees it: without the characters that show as nothing."""
    return "".join(c for c in text if not (unicodedata.category(c) == "Cf")).strip()
