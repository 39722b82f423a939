"""`kiosk edit --snapshot DIR`: the editor draws itself, offscreen, for the staff guides.

It works on a copy of the content, so that the pictures can show an error being fixed
without anything being written to the real file."""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.content import editing
from kiosk.content.loader import CATEGORIES_TABLE
from kiosk.editor.app import Editor
from kiosk.editor.window import EditorWindow
from kiosk.platform.quick_items import is_loading, visible_items
from kiosk.shared.paths import CONTENT_IMAGES

log = logging.getLogger(__name__)
WINDOW_SIZE = (1600, 1000)
READY_TIMEOUT_S = 20.0
FRAME_MS = 50


def snapshot_editor(path: Path, out: Path, language: str) -> int:
    """`kiosk edit --snapshot`: the pictures, and their paths printed."""
    import sys

    from kiosk.startup.app import create_application

    if QApplication.instance() is None:
        QApplication(sys.argv)
    create_application(software_rendering=True)
    for saved in editor_snapshots(path, out, language):
        # A windowed program (the built kiosk-editor on Windows) has no standard output.
        if sys.stdout is not None:
            print(saved)  # noqa: T201 - command-line output
    return 0


def editor_snapshots(content: Path, out: Path, language: str) -> list[Path]:
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "content.json"
        shutil.copy(content, copy)
        images = content.parent / CONTENT_IMAGES
        if images.is_dir():
            shutil.copytree(images, copy.parent / CONTENT_IMAGES)
        return _shoot_all(copy, out, language)


def _shoot_all(content: Path, out: Path, language: str) -> list[Path]:
    from kiosk.images.cache import ScaledImageCache

    out.mkdir(parents=True, exist_ok=True)
    editor = Editor(content, language, ScaledImageCache(content.parent / "cache"))
    window = editor.open()
    assert isinstance(window, EditorWindow), "the content does not open in the editor"
    window.resize(*WINDOW_SIZE)
    data = window.session.data
    first = editing.ordered_keys(data)[0]
    saved: list[Path] = []

    def shot(name: str, prepare: Callable[[], None]) -> None:
        prepare()
        _settle(window)
        path = out / f"editor-{name}-{language}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        saved.append(path)

    def to_category() -> None:
        window.go_to(f"{CATEGORIES_TABLE}/{first}/title")

    def to_part(part: str) -> Callable[[], None]:
        return lambda: window.go_to(f"{CATEGORIES_TABLE}/{first}/{part}/0")

    def with_an_error() -> None:
        window.session.set("", (CATEGORIES_TABLE, first, "title", "fi"), "")
        window.session.check_now()
        window.go_to(f"{CATEGORIES_TABLE}/{first}/title/fi")

    shot("settings", lambda: window.go_to("settings/1/title"))
    shot("category", to_category)
    shot("photos", to_part("images"))
    shot("links", to_part("links"))
    shot("problem", with_an_error)
    window.leave_without_asking = True
    window.close()
    return saved


def _settle(window: QWidget) -> None:
    """Let the window lay out and the preview load its photos."""
    deadline = time.monotonic() + READY_TIMEOUT_S
    preview = getattr(window, "preview", None)
    while time.monotonic() < deadline:
        loop = QEventLoop()
        QTimer.singleShot(FRAME_MS, loop.quit)
        loop.exec()
        root = preview.quick.rootObject() if preview is not None else None
        if root is None or not any(is_loading(item) for item in visible_items(root)):
            break
    QApplication.processEvents()
