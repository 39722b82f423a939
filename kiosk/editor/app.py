"""Starting the editor: its window on content.json, in the staff's language, or the broken
file's errors when content.json does not parse."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow

from kiosk.content.document import ContentDocument, DocumentError
from kiosk.editor.broken import BrokenFileWindow
from kiosk.editor.session import EditorSession
from kiosk.editor.window import EditorWindow
from kiosk.images.cache import ScaledImageCache
from kiosk.platform.i18n import EDITOR_CATALOGUE, catalogue_file
from kiosk.shared.paths import APP_NAME
from kiosk.staff.screen import remembered_screen_size

log = logging.getLogger(__name__)


class Editor:
    """The editor application: one window at a time, made again when staff switch its
    language (its words are set as it is made)."""

    def __init__(
        self,
        path: Path,
        language: str,
        cache: ScaledImageCache | None,
        kiosk_screen: tuple[int, int] | None = None,
    ) -> None:
        self.path = path
        self.kiosk_screen = kiosk_screen
        self.language = language
        self.cache = cache
        self.window: QMainWindow | None = None
        self.session: EditorSession | None = None
        self._translator: QTranslator | None = None

    def open(self) -> QMainWindow:
        self._translate_to(self.language)
        try:
            document = ContentDocument(self.path)
        except DocumentError as error:
            broken = BrokenFileWindow(self.path, error.problems, self.language)
            broken.openAgain.connect(self._open_again)
            return self._show(broken)
        self.session = EditorSession(document)
        return self._show(self._editor_window(self.session))

    def _editor_window(self, session: EditorSession) -> EditorWindow:
        window = EditorWindow(session, self.language, self.cache, self.kiosk_screen)
        window.languageChosen.connect(self.switch_language)
        return window

    def _show(self, window: QMainWindow) -> QMainWindow:
        old = self.window
        if old is not None:
            window.setGeometry(old.geometry())
            if isinstance(old, EditorWindow):
                old.leave_without_asking = True
            old.close()
            old.deleteLater()
        self.window = window
        window.show()
        return window

    def _open_again(self) -> None:
        self.open()

    def switch_language(self, language: str) -> None:
        if language == self.language or self.session is None:
            return
        self.language = language
        self._translate_to(language)
        self._show(self._editor_window(self.session))

    def _translate_to(self, language: str) -> None:
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        if language == "fi":
            return
        translator = QTranslator()
        if translator.load(str(catalogue_file(language, catalogue=EDITOR_CATALOGUE))):
            QCoreApplication.installTranslator(translator)
            self._translator = translator
        else:
            log.warning("No editor translation for %s: its words stay in Finnish", language)


def run_editor(path: Path, language: str) -> int:
    from kiosk.startup.app import create_application

    app = QApplication.instance() or QApplication(sys.argv)
    create_application()
    QApplication.setApplicationDisplayName(f"{APP_NAME} – {path.name}")
    import platformdirs

    screen = remembered_screen_size(platformdirs.user_data_path(APP_NAME))
    editor = Editor(path, language, ScaledImageCache(_cache_folder()), screen)
    editor.open()
    return app.exec()


def _cache_folder() -> Path:
    import platformdirs

    return platformdirs.user_cache_path(APP_NAME) / "images"
