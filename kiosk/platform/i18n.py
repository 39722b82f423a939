"""The UI's own strings in the visitor's language, through Qt's translation system.

Finnish is the source language of every string (qsTr in QML, QCoreApplication.translate in
Python); `ui/Kiosk/i18n/kiosk_<lang>.ts` hold the other languages and are compiled to `.qm`
with `pyside6-lrelease` (see docs/translations.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtQml import QQmlEngine

from kiosk.content.languages import translation_name
from kiosk.shared.paths import translations_folder

log = logging.getLogger(__name__)

CATALOGUE = "kiosk"
# The content checks' messages, written in English (kiosk.shared.wording).
CONTENT_CATALOGUE = "content"
CONTENT_CONTEXT = "Content"
# The content editor's words (kiosk.editor), Finnish like the kiosk's.
EDITOR_CATALOGUE = "editor"


def catalogue_file(name: str, folder: Path | None = None, catalogue: str = CATALOGUE) -> Path:
    return (folder or translations_folder()) / f"{catalogue}_{name}.qm"


# Translators loaded once, by catalogue and language, for text asked for in a language other
# than the one installed (the attract screen's invitations, the content messages).
_loaded: dict[tuple[str, str], QTranslator] = {}


def _translator(catalogue: str, name: str, *, missing: str = "") -> QTranslator:
    """`missing`: what to log, once, when the catalogue has no such translation."""
    if (catalogue, name) not in _loaded:
        translator = QTranslator()
        path = catalogue_file(name, catalogue=catalogue)
        if not translator.load(str(path)) and missing:
            log.warning(missing, path)
        _loaded[catalogue, name] = translator
    return _loaded[catalogue, name]


def translate_in(language: str, context: str, text: str) -> str:
    """`text` in `language`, whichever language the UI shows now (the attract screen
    invites visitors in every language at once)."""
    name = translation_name(language)
    if name is None:
        return text
    return _translator(CATALOGUE, name).translate(context, text) or text


def language_of_locale(code: str) -> str:
    """The Qt locale of a content language: Finnish and Swedish as spoken in Finland, easy-to-
    read Finnish as Finnish, others as themselves."""
    base = code.split("-")[0].lower()
    return {"fi": "fi_FI", "sv": "sv_FI"}.get(base, base or "fi_FI")


def staff_language() -> str:
    """The language of this computer's user, for messages to staff: fi, sv, else en."""
    language = QLocale.system().name().split("_")[0]
    return language if language in ("fi", "sv") else "en"


def content_messages_in(language: str) -> Callable[[str], str] | None:
    """How to put a content message's template into `language` (fi, sv; easy-to-read
    Finnish reads Finnish); None for English, the language the messages are written in."""
    base = language.split("-")[0].lower()
    if base not in ("fi", "sv"):
        return None
    missing = "No translation of the content messages %s: they stay in English"
    translator = _translator(CONTENT_CATALOGUE, base, missing=missing)
    return lambda template: translator.translate(CONTENT_CONTEXT, template) or template


class UiTranslations:
    """Installs the translation for the current language and retranslates the engine."""

    def __init__(self, engine: QQmlEngine) -> None:
        self._engine = engine
        self._translator: QTranslator | None = None
        self._name: str | None = None
        # Translators are the application's: one left behind would speak for the next UI.
        engine.destroyed.connect(self._remove)

    def apply(self, language: str) -> None:
        # Assistive technology reads the locale of what is shown: the screen's language.
        QLocale.setDefault(QLocale(language_of_locale(language)))
        name = translation_name(language)
        if name == self._name:
            return
        self._remove()
        self._name = name
        if name is not None:
            self._install(name)
        # A view model can outlive its engine (a UI closed while a reset was on its way).
        if shiboken6.isValid(self._engine):
            self._engine.retranslate()

    def _install(self, name: str) -> None:
        translator = QTranslator()
        path = catalogue_file(name)
        if not translator.load(str(path)):
            log.warning("No UI translation %s: the UI strings stay in Finnish", path)
            return
        QCoreApplication.installTranslator(translator)
        self._translator = translator

    def _remove(self) -> None:
        # At exit the interpreter may delete the translator before the engine goes.
        if self._translator is not None and shiboken6.isValid(self._translator):
            QCoreApplication.removeTranslator(self._translator)
        self._translator = None
