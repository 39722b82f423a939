"""Names of languages for messages to staff."""

from __future__ import annotations

_NAMES = {
    "fi": "Finnish",
    "sv": "Swedish",
    "en": "English",
    "se": "Northern Sami",
    "ru": "Russian",
    "et": "Estonian",
    "uk": "Ukrainian",
    "ar": "Arabic",
    "so": "Somali",
    "fa": "Persian",
}


def language_name(code: str) -> str:
    name = _NAMES.get(code.split("-", 1)[0])
    return f"{name} ({code})" if name else f"'{code}'"
