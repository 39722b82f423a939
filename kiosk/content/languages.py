"""Languages: their names for staff messages, their names in themselves for visitors, and
which translation and voice each one uses."""

from __future__ import annotations

from kiosk.shared.wording import QT_TRANSLATE_NOOP

# Easy-to-read Finnish (selkosuomi) as a language of its own, in BCP 47's private-use form.
EASY_FINNISH = "fi-x-selko"
# The languages the kiosk is made for: offered first by the schema and the tools, and what a
# language code written otherwise is matched against.
KNOWN_CODES = ("fi", "sv", "en", EASY_FINNISH)

# Staff messages name languages in English; the staff panel and `kiosk validate --lang`
# translate the names with the messages.
_NAMES = {
    "fi": QT_TRANSLATE_NOOP("Content", "Finnish"),
    "sv": QT_TRANSLATE_NOOP("Content", "Swedish"),
    "en": QT_TRANSLATE_NOOP("Content", "English"),
    EASY_FINNISH: QT_TRANSLATE_NOOP("Content", "easy-to-read Finnish"),
    "se": QT_TRANSLATE_NOOP("Content", "Northern Sami"),
    "ru": QT_TRANSLATE_NOOP("Content", "Russian"),
    "et": QT_TRANSLATE_NOOP("Content", "Estonian"),
    "uk": QT_TRANSLATE_NOOP("Content", "Ukrainian"),
    "ar": QT_TRANSLATE_NOOP("Content", "Arabic"),
    "so": QT_TRANSLATE_NOOP("Content", "Somali"),
    "fa": QT_TRANSLATE_NOOP("Content", "Persian"),
}

# How visitors find their language: each named in itself, never in Finnish.
_AUTONYMS = {
    "fi": "Suomi",
    "sv": "Svenska",
    "en": "English",
    EASY_FINNISH: "Selkosuomi",
    "se": "Davvisámegiella",
    "ru": "Русский",
    "et": "Eesti",
    "uk": "Українська",
    "so": "Soomaali",
}

# The voice to read each language with: Finland's own variety first.
_SPEECH_LOCALES = {
    "fi": "fi_FI",
    EASY_FINNISH: "fi_FI",
    "sv": "sv_FI",
    "en": "en_GB",
}


def _base(code: str) -> str:
    return code.split("-", 1)[0]


def language_name(code: str) -> str:
    name = _NAMES.get(code) or _NAMES.get(_base(code))
    return f"{name} ({code})" if name else f"'{code}'"


def autonym(code: str) -> str:
    """The language's name in the language itself, such as 'Svenska'."""
    return _AUTONYMS.get(code) or _AUTONYMS.get(_base(code)) or code


def translation_name(code: str) -> str | None:
    """Which compiled UI translation a language uses; None for Finnish, the source language
    of the UI strings (easy-to-read Finnish uses them too)."""
    base = _base(code)
    return None if base == "fi" else base


def speech_locale(code: str) -> str:
    """The locale whose voice reads `code` aloud, such as 'sv_FI'."""
    return _SPEECH_LOCALES.get(code) or _SPEECH_LOCALES.get(_base(code)) or _base(code)


# What staff write for a language they mean, beside its code: the language's name in Finnish,
# Swedish or English, the three-letter code, a region, or Northern Sami's `se` for Swedish.
_MEANT = {
    "fi": ("fin", "suomi", "finska", "finnish", "fi-fi", "fi_fi"),
    "sv": ("se", "swe", "sve", "ruotsi", "svenska", "swedish", "sv-fi", "sv_fi", "sv-se"),
    "en": ("eng", "englanti", "engelska", "english", "en-gb", "en-us", "en_gb", "en_us", "uk"),
    EASY_FINNISH: ("selko", "selkosuomi", "fi-selko", "fi_selko", "fi-x-selkosuomi"),
}


def meant_code(written: str, listed: tuple[str, ...]) -> str | None:
    """The listed language `written` most likely means, when it is not itself listed."""
    if written in listed:
        return None
    folded = written.strip().casefold().replace(" ", "")
    for code in listed:
        if folded == code or folded in _MEANT.get(code, ()):
            return code
    return None
