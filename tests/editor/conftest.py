"""The content editor on a copy of the default content, offscreen, with its message boxes
recorded instead of waiting for a click."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from kiosk.editor.app import Editor
from kiosk.editor.window import EditorWindow
from kiosk.images.cache import ScaledImageCache
from kiosk.shared.paths import default_content_path
from kiosk.startup.app import create_application


@pytest.fixture(scope="session")
def editor_app(qapp: QApplication) -> QApplication:
    create_application(software_rendering=True)
    return qapp


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of the default content.json and its images, for staff to change."""
    folder = tmp_path / "site"
    folder.mkdir()
    source = default_content_path()
    shutil.copy(source, folder / "content.json")
    shutil.copytree(source.parent / "resources", folder / "resources")
    return folder / "content.json"


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the editor told staff in a message box; a question is answered as `answers` say."""
    said: list[str] = []

    def record(_parent: object, title: str, text: str, *_: object) -> QMessageBox.StandardButton:
        said.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    return said


OpenEditor = Callable[..., Editor]


@pytest.fixture
def open_editor(
    editor_app: QApplication, site: Path, tmp_path: Path, messages: list[str]
) -> Iterator[OpenEditor]:
    made: list[Editor] = []

    def make(path: Path = site, language: str = "fi") -> Editor:
        editor = Editor(path, language, ScaledImageCache(tmp_path / "cache"))
        editor.open()
        made.append(editor)
        return editor

    yield make
    for editor in made:
        window = editor.window
        if window is not None:
            if isinstance(window, EditorWindow):
                window.leave_without_asking = True
            window.close()
            window.deleteLater()
        editor.switch_language("fi")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
