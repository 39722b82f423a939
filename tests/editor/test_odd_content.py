"""Whatever a hand-edited content.json holds, the editor opens it: as forms when it parses
(the problems listed, odd fields shown as empty), as its located error when it does not. It
never crashes, and never writes a file with errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.content.editing import ordered_keys
from kiosk.editor.broken import BrokenFileWindow
from kiosk.editor.window import EditorWindow
from tests.content.builders import changed, valid_data, write_content
from tests.content.hostile import HOSTILE
from tests.editor.conftest import OpenEditor


def shapes() -> dict[str, Any]:
    data = valid_data(2)
    return {
        "categories-a-list": {**data, "categories": [data["categories"]["1"]]},
        "category-a-text": changed(data, "categories/1", "Työpajat"),
        "title-a-text": changed(data, "categories/1/title", "Työpajat"),
        "body-a-text": changed(data, "categories/1/body", "Yksi kappale"),
        "paragraphs-a-text": changed(data, "categories/1/body", {"fi": "Yksi kappale"}),
        "images-a-dict": changed(data, "categories/1/images", {"file": "a.jpg"}),
        "image-a-text": changed(data, "categories/1/images", ["a.jpg"]),
        "link-url-a-number": changed(data, "categories/1/links", [{"url": 5, "label": 3}]),
        "order-a-text": changed(data, "categories/1/order", "kymmenen"),
        "id-a-number": changed(data, "categories/1/id", 5),
        "focus-a-text": changed(data, "categories/1/images/0/focus", "keskellä"),
        "settings-a-list": changed(data, "settings/1", []),
        "languages-a-text": changed(data, "settings/1/languages", "fi"),
        "no-settings": {"categories": data["categories"]},
        "no-categories": {"settings": data["settings"]},
        "a-list-at-the-top": [data],
    }


CASES = {**{name: json.dumps(value) for name, value in shapes().items()}, **HOSTILE}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_editor_opens_any_content_without_crashing(
    open_editor: OpenEditor, tmp_path: Path, qtbot: QtBot, name: str
) -> None:
    path = write_content(tmp_path / "odd", CASES[name])
    before = path.read_bytes()
    window = open_editor(path).window
    assert isinstance(window, EditorWindow | BrokenFileWindow)
    if isinstance(window, EditorWindow):
        data = window.session.data
        for key in ["settings", *ordered_keys(data)]:
            window.categories.fill(data, key)
            window._show_form(key)
        for row in range(window.problems.count()):
            window.problems.itemActivated.emit(window.problems.item(row))
        if not window.session.result.ok:
            window.session.set("", ("categories",), data.get("categories"))
            assert not window.save() or path.read_bytes() == before
    assert path.read_bytes() == before


def test_typing_where_the_file_has_a_text_instead_of_languages_makes_the_block(
    open_editor: OpenEditor, tmp_path: Path
) -> None:
    path = write_content(tmp_path / "odd", json.dumps(shapes()["title-a-text"]))
    window = open_editor(path).window
    assert isinstance(window, EditorWindow)
    window.session.set("", ("categories", "1", "title", "fi"), "Työpajat")
    assert window.session.data["categories"]["1"]["title"] == {"fi": "Työpajat"}
    window.session.undo()
    assert window.session.data["categories"]["1"]["title"] == "Työpajat"


def test_a_category_can_be_added_to_content_that_has_none_yet(
    open_editor: OpenEditor, tmp_path: Path
) -> None:
    path = write_content(tmp_path / "odd", json.dumps(shapes()["no-categories"]))
    window = open_editor(path).window
    assert isinstance(window, EditorWindow)
    window.findChild(QPushButton, "addCategory").click()
    assert len(window.session.data["categories"]) == 1
