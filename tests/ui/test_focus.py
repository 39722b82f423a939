"""Keyboard and switch users keep their place: after choosing a language the focus stays on
its button; opening a category puts it on the page's heading, and Back returns it to the
tile; the staff panel and the PIN pad keep Tab inside them, and Escape closes them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.tools.snapshot import wait_until_ready
from kiosk.viewmodels.kiosk import Screen
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, is_within, window_rect
from tests.ui.test_staff import staff_with_pin


def key(
    ui: object, which: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    window = ui.window  # type: ignore[attr-defined]
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(window, QKeyEvent(kind, which, modifiers))
    wait_until_ready(ui)  # type: ignore[arg-type]


def focused(ui: object) -> str:
    item = ui.window.activeFocusItem()  # type: ignore[attr-defined]
    return item.objectName() if item is not None else ""


def focus_stays_in(ui: object, layer: object, keys: list[Qt.Key]) -> None:
    for which in keys:
        key(ui, which)
        assert is_within(ui.window.activeFocusItem(), layer), focused(ui)  # type: ignore[attr-defined,arg-type]


def test_the_focus_stays_on_the_language_just_chosen(make_ui: UiFactory) -> None:
    ui = make_ui(size=(1920, 1080))
    wait_until_ready(ui)
    find(ui, "language-sv").forceActiveFocus(Qt.FocusReason.TabFocusReason)
    key(ui, Qt.Key.Key_Return)
    assert ui.view_model.language == "sv"
    assert focused(ui) == "language-sv"


def test_opening_a_category_focuses_its_heading_and_back_returns_to_the_tile(
    make_ui: UiFactory,
) -> None:
    ui = make_ui(size=(1920, 1080))
    wait_until_ready(ui)
    tile = ui.view_model.content.shown[2].id
    find(ui, f"tile-{tile}").forceActiveFocus(Qt.FocusReason.TabFocusReason)
    key(ui, Qt.Key.Key_Return)
    assert ui.view_model.property("screen") == Screen.Detail
    assert focused(ui) == "detailTitle"
    key(ui, Qt.Key.Key_Escape)
    assert ui.view_model.property("screen") == Screen.Home
    assert focused(ui) == f"tile-{tile}"


def test_a_tap_opens_a_page_without_moving_the_focus_ring_onto_it(make_ui: UiFactory) -> None:
    ui = make_ui(size=(1920, 1080))
    wait_until_ready(ui)
    ui.view_model.openCategory(ui.view_model.content.shown[0].id)
    wait_until_ready(ui)
    assert focused(ui) != "detailTitle"


def test_the_staff_panel_keeps_tab_inside_and_closes_on_escape(make_ui: UiFactory) -> None:
    ui = make_ui(size=(1920, 1080))
    wait_until_ready(ui)
    ui.view_model.staff_view_model.open()
    wait_until_ready(ui)
    focus_stays_in(ui, find(ui, "staffPanel"), [Qt.Key.Key_Tab] * 25)
    key(ui, Qt.Key.Key_Escape)
    assert not ui.view_model.staff_view_model.property("panelOpen")


def test_the_pin_pad_keeps_tab_inside_and_closes_on_escape(
    make_ui: UiFactory, tmp_path: Path
) -> None:
    ui = make_ui(staff=staff_with_pin(tmp_path))
    wait_until_ready(ui)
    ui.view_model.staff_view_model.open()
    wait_until_ready(ui)
    focus_stays_in(ui, find(ui, "pinPad"), [Qt.Key.Key_Tab] * 15 + [Qt.Key.Key_Backtab] * 15)
    key(ui, Qt.Key.Key_Escape)
    assert not ui.view_model.staff_view_model.property("pinPadOpen")


def test_holding_the_staff_corner_shows_a_ring_after_a_second(
    make_ui: UiFactory, qtbot: QtBot
) -> None:
    ui = make_ui(size=(1920, 1080))
    wait_until_ready(ui)
    corner = find(ui, "staffCorner")
    ring = [i for i in corner.childItems() if i.objectName() == "staffHoldRing"][0]
    point = window_rect(corner).center().toPoint()
    QTest.mousePress(ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert not ring.isVisible()  # a brief touch shows nothing
    qtbot.waitUntil(ring.isVisible, timeout=4000)
    assert 0 < ring.property("progress") < 1
    QTest.mouseRelease(ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.waitUntil(lambda: not ring.isVisible(), timeout=2000)
    assert not ui.view_model.staff_view_model.property("panelOpen")
