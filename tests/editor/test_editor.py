"""Staff use the editor as they would: by its buttons and fields, found by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.content import editing
from kiosk.content.loader import load_content
from kiosk.content.report import validation_report
from kiosk.editor.broken import BrokenFileWindow
from kiosk.editor.window import EditorWindow
from tests.editor.conftest import OpenEditor
from tests.images.test_importing import GPS_IFD, phone_photo

LANGUAGES = ("fi", "sv", "en", "fi-x-selko")


def window_of(open_editor: OpenEditor, **options: object) -> EditorWindow:
    window = open_editor(**options).window
    assert isinstance(window, EditorWindow)
    return window


def field(window: EditorWindow, where: str) -> QWidget:
    assert window.form is not None
    found = window.form.findChild(QWidget, f"field:{where}")
    assert found is not None, f"no field for {where}"
    return found


def type_into(window: EditorWindow, where: str, text: str) -> None:
    box = field(window, where)
    assert isinstance(box, QLineEdit | QPlainTextEdit)
    box.setFocus()
    if isinstance(box, QLineEdit):
        box.selectAll()
        QTest.keyClick(box, Qt.Key.Key_Delete)
    else:
        box.selectAll()
        box.textCursor().removeSelectedText()
    for character in text:
        # QTest types ASCII only; other letters arrive as a keyboard layout sends them.
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            )
    if isinstance(box, QLineEdit):
        box.editingFinished.emit()


def press(window: EditorWindow, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isEnabled(), f"{name} is disabled"
    button.click()


def key_of_current(window: EditorWindow) -> str:
    return window.categories.current


def test_staff_create_a_category_with_a_photo_and_two_links_in_four_languages(
    open_editor: OpenEditor, site: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    window = window_of(open_editor)
    press(window, "addCategory")
    key = key_of_current(window)
    type_into(window, f"categories/{key}/id", "kielikahvila")
    for code in LANGUAGES:
        type_into(window, f"categories/{key}/title/{code}", f"Kielikahvila {code}")
        type_into(window, f"categories/{key}/summary/{code}", f"Tule juttelemaan ({code}).")
        type_into(window, f"categories/{key}/body/{code}/0", f"Joka tiistai kirjastossa ({code}).")
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.import_photo(phone_photo(tmp_path / "IMG_0001.JPG"), key)
    type_into(window, f"categories/{key}/images/0/credit", "Kirjaston kuva-arkisto")
    licence = field(window, f"categories/{key}/images/0/license")
    assert isinstance(licence, QComboBox)
    licence.setCurrentIndex(licence.findText("CC BY 4.0"))
    for code in LANGUAGES:
        type_into(window, f"categories/{key}/images/0/alt/{code}", f"Ihmisiä pöydän ääressä {code}")
    for number, address in enumerate(("www.kirjasto.fi/kielikahvila", "https://hel.fi")):
        press(window, "addLink")
        for code in LANGUAGES:
            type_into(window, f"categories/{key}/links/{number}/label/{code}", f"Linkki {number}")
        type_into(window, f"categories/{key}/links/{number}/url", address)
    assert window.save(), window.problems.item(0).text()
    report = validation_report(site, "content.json")
    assert report.ok, report.text
    content = load_content(site).content
    assert content is not None
    added = next(c for c in content.categories if c.id == "kielikahvila")
    assert [link.url for link in added.links] == [
        "https://www.kirjasto.fi/kielikahvila",  # https:// added as it was typed
        "https://hel.fi",
    ]
    assert set(added.title) == set(LANGUAGES)
    assert added.order > max(c.order for c in content.categories if c is not added)
    photo = site.parent / added.images[0].file
    assert added.images[0].file == "resources/images/kielikahvila.jpg"
    assert added.images[0].license == "CC BY 4.0"
    assert "licence" not in report.text, report.text
    with Image.open(photo) as saved:
        assert saved.height > saved.width  # orientation 6: turned upright
        assert not saved.getexif().get_ifd(GPS_IFD)
        assert dict(saved.getexif()) == {}
    assert "Kirjaston kuva-arkisto" in (site.parent / "resources/images/CREDITS.md").read_text()


def test_a_link_shows_its_qr_code_and_that_it_reads_back(open_editor: OpenEditor) -> None:
    window = window_of(open_editor)
    keys = editing.ordered_keys(window.session.data)
    window.categories.fill(window.session.data, keys[0])
    window._show_form(keys[0])
    type_into(window, f"categories/{keys[0]}/links/0/url", " www.vates.fi/tyo\u200b ")
    assert editing.get(window.session.data, ("categories", keys[0], "links", 0, "url")) == (
        "https://www.vates.fi/tyo"
    )
    assert window.form is not None
    cleaned = window.form.findChild(QWidget, f"cleaned:categories/{keys[0]}/links/0")
    decoded = window.form.findChild(QWidget, f"decoded:categories/{keys[0]}/links/0")
    assert "U+200B" in cleaned.text() and "https://" in cleaned.text()
    assert decoded.text().startswith("✓")


def test_reorder_hide_delete_and_undo_each_step(open_editor: OpenEditor, site: Path) -> None:
    window = window_of(open_editor)
    data = window.session.data
    original = json.loads(json.dumps(data))
    keys = editing.ordered_keys(data)
    window.categories.fill(data, keys[2])
    press(window, "upCategory")
    assert editing.ordered_keys(data)[1] == keys[2]
    assert window.categories.current == keys[2]
    press(window, "hideCategory")
    assert data["categories"][keys[2]]["visible"] is False
    assert "(piilotettu)" in window.categories.list.item(2).text()
    press(window, "deleteCategory")
    assert keys[2] not in data["categories"]
    for _ in range(3):
        window.undo()
    assert data == original
    window.redo()
    assert editing.ordered_keys(data)[1] == keys[2]


def test_typing_changes_the_preview_and_errors_keep_the_last_valid_one(
    open_editor: OpenEditor,
) -> None:
    window = window_of(open_editor)
    assert window.preview is not None
    keys = editing.ordered_keys(window.session.data)
    window.categories.fill(window.session.data, keys[0])
    window._show_form(keys[0])
    type_into(window, f"categories/{keys[0]}/title/fi", "Uusi otsikko")
    window.session.check_now()
    tiles = window.preview.view_model.source.tiles()
    assert tiles[0].title == "Uusi otsikko"
    type_into(window, f"categories/{keys[0]}/title/fi", "")
    window.session.check_now()
    assert window.preview.note.isVisibleTo(window)
    assert window.preview.view_model.source.tiles()[0].title == "Uusi otsikko"


def test_saving_with_an_error_is_refused_and_the_problem_leads_to_its_field(
    open_editor: OpenEditor, site: Path, messages: list[str]
) -> None:
    before = site.read_bytes()
    window = window_of(open_editor)
    key = editing.ordered_keys(window.session.data)[1]
    window.categories.fill(window.session.data, key)
    window._show_form(key)
    type_into(window, f"categories/{key}/title/fi", "")
    assert not window.save()
    assert site.read_bytes() == before
    assert "Ei tallennettu" in messages[-1]
    errors = [window.problems.item(i) for i in range(window.problems.count())]
    assert any("› Otsikko: " in item.text() for item in errors), [i.text() for i in errors]
    window.categories.fill(window.session.data, "settings")
    window._show_form("settings")
    wrong = next(item for item in errors if "› Otsikko: " in item.text())
    window.problems.itemActivated.emit(wrong)
    assert window.categories.current == key
    assert window.focusWidget() is field(window, f"categories/{key}/title/fi")


def test_opening_and_saving_unchanged_content_changes_no_byte(
    open_editor: OpenEditor, site: Path
) -> None:
    before = site.read_bytes()
    window = window_of(open_editor)
    keys = editing.ordered_keys(window.session.data)
    window.categories.fill(window.session.data, keys[0])
    window._show_form(keys[0])
    type_into(window, f"categories/{keys[0]}/title/fi", "Muutos")
    window.undo()
    assert window.save()
    assert site.read_bytes() == before


def test_a_broken_file_opens_as_its_located_error(open_editor: OpenEditor, site: Path) -> None:
    text = site.read_text("utf-8")
    site.write_text(text.replace('"order": 10,', '"order": 10', 1), "utf-8")
    window = open_editor().window
    assert isinstance(window, BrokenFileWindow)
    shown = window.findChild(QPlainTextEdit, "brokenProblems").toPlainText()
    assert "rivi 25, sarake 7" in shown and "puuttuu pilkku" in shown and "^" in shown
    assert site.read_text("utf-8") != text  # nothing written


def test_a_change_on_disk_is_detected_and_never_overwritten(
    open_editor: OpenEditor, site: Path, messages: list[str]
) -> None:
    window = window_of(open_editor)
    keys = editing.ordered_keys(window.session.data)
    window.categories.fill(window.session.data, keys[0])
    window._show_form(keys[0])
    type_into(window, f"categories/{keys[0]}/title/fi", "Minun muutokseni")
    theirs = site.read_text("utf-8").replace("Matalan kynnyksen palvelut", "Heidän muutoksensa")
    site.write_text(theirs, "utf-8")
    assert not window.save()
    assert site.read_text("utf-8") == theirs
    assert window.banner.isVisibleTo(window)
    assert "muuttunut levyllä" in messages[-1]


def test_the_editor_speaks_swedish_and_english_and_keeps_the_edits_when_switched(
    open_editor: OpenEditor,
) -> None:
    editor = open_editor()
    window = editor.window
    assert isinstance(window, EditorWindow)
    keys = editing.ordered_keys(window.session.data)
    window.categories.fill(window.session.data, keys[0])
    window._show_form(keys[0])
    type_into(window, f"categories/{keys[0]}/title/fi", "Keskeneräinen")
    for language, save in (("sv", "Spara"), ("en", "Save"), ("fi", "Tallenna")):
        editor.switch_language(language)
        switched = editor.window
        assert isinstance(switched, EditorWindow) and switched is not window
        assert switched.actions_by_name["save"].text() == save
        assert switched.session.changed
        assert switched.session.data["categories"][keys[0]]["title"]["fi"] == "Keskeneräinen"
        window = switched


def test_clicking_the_photo_sets_its_focal_point_and_the_arrows_move_it(
    open_editor: OpenEditor,
) -> None:
    window = window_of(open_editor)
    key = editing.ordered_keys(window.session.data)[0]
    window.go_to(f"categories/{key}/images/0/credit")
    picker = field(window, f"categories/{key}/images/0/focus")
    path = ("categories", key, "images", 0, "focus")
    area = picker.rect()
    QTest.mouseClick(picker, Qt.MouseButton.LeftButton, pos=area.center() + QPoint(0, 30))
    x, y = editing.get(window.session.data, path)
    assert x == pytest.approx(0.5, abs=0.02) and y > 0.6
    QTest.keyClick(picker, Qt.Key.Key_Left)
    assert editing.get(window.session.data, path)[0] == pytest.approx(x - 0.05)
    window.findChild(QPushButton, f"centreFocus:categories/{key}/images/0").click()
    assert "focus" not in window.session.data["categories"][key]["images"][0]


def test_the_preview_offers_the_size_this_kiosk_last_ran_at(
    editor_app: object, site: Path, tmp_path: Path
) -> None:
    from kiosk.editor.app import Editor
    from kiosk.staff.screen import remember_screen_size, remembered_screen_size

    remember_screen_size(tmp_path / "data", 1366, 768)
    editor = Editor(site, "fi", None, remembered_screen_size(tmp_path / "data"))
    window = editor.open()
    try:
        assert isinstance(window, EditorWindow) and window.preview is not None
        screens = window.preview.screens
        assert screens.itemText(0) == "Tämä kioski (1366 × 768)"
        assert window.preview.screen_size() == (1366, 768)
        root = window.preview.quick.rootObject()
        assert (root.property("screenWidth"), root.property("screenHeight")) == (1366, 768)
    finally:
        window.leave_without_asking = True
        window.close()
