"""What staff save in the editor, a running kiosk shows by itself (hot reload)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.editor.window import EditorWindow
from kiosk.startup.app import Places
from tests.content.builders import valid_data, write_content
from tests.editor.conftest import OpenEditor
from tests.editor.test_editor import press, type_into
from tests.ui.helpers import dispose
from tests.ui.test_reload import start_watching, titles


def test_a_running_kiosk_shows_what_the_editor_saved(
    editor_app: object, open_editor: OpenEditor, tmp_path: Path, qtbot: QtBot
) -> None:
    places = Places(
        tmp_path / "cache", tmp_path / "data", tmp_path / "kiosk" / "content.json", tmp_path / "cfg"
    )
    write_content(places.content.parent, valid_data())
    started, reloader = start_watching(places)
    try:
        window = open_editor(places.content).window
        assert isinstance(window, EditorWindow)
        window.go_to("categories/1/title/fi")
        type_into(window, "categories/1/title/fi", "Kielikahvila")
        window.categories.fill(window.session.data, "2")
        press(window, "hideCategory")
        with qtbot.waitSignal(reloader.reloaded, timeout=10_000):
            assert window.save()
        assert titles(started.ui) == ["Kielikahvila"]
        assert [c.id for c in started.ui.view_model.content.hidden] == ["category-2"]
    finally:
        dispose(started.ui)
