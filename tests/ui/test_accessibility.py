"""Accessible structure: names and roles for assistive technology, keyboard and switch use in
a sensible order, larger text that reflows without clipping, reach mode, and a fresh start
for the next visitor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem

from kiosk.content.languages import EASY_FINNISH
from kiosk.platform.kiosk_ui import KioskUi
from kiosk.tools.snapshot import ATTRACT, STILL_THERE, show_screen, visible_items
from kiosk.viewmodels.access import Look
from kiosk.viewmodels.kiosk import Screen
from tests.qt_input import key_click
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, tap, texts, window_rect
from tests.ui.test_layout import text_fit_problems

LANGUAGES = ["fi", "sv", "en", EASY_FINNISH]
LARGE = Look(text_scale=1.5)
BAR = ["language-fi", "language-sv", "language-en", f"language-{EASY_FINNISH}"]
TOOLS = ["largeTextButton", "contrastButton", "reachButton"]


def focus_chain(ui: KioskUi, presses: int = 40) -> list[str]:
    """Objects names in the order Tab reaches them, once round."""
    names: list[str] = []
    for _ in range(presses):
        key_click(ui.window, Qt.Key.Key_Tab)
        item = ui.window.activeFocusItem()
        name = item.objectName() if item else ""
        if names and name == names[0]:
            break
        names.append(name)
    return names


def interactive_items(ui: KioskUi) -> Iterator[QQuickItem]:
    for item in visible_items(ui.window.contentItem()):
        if item.activeFocusOnTab():
            yield item


def test_tab_reaches_every_tile_then_the_languages_and_controls(make_ui: UiFactory) -> None:
    ui = make_ui()
    tiles = [f"tile-{category.id}" for category in ui.view_model.content.categories]
    assert focus_chain(ui) == [*tiles, *BAR, *TOOLS]


def test_tab_reaches_back_links_and_controls_on_a_category(make_ui: UiFactory) -> None:
    ui = make_ui()
    category = ui.view_model.content.categories[0]
    ui.view_model.openCategory(category.id)
    links = [f"qrCard-{index}" for index in range(len(category.links))]
    # The page's heading is where Tab lands first after Back: keyboard and screen-reader
    # users read the page's name before its controls.
    assert focus_chain(ui) == [
        "backButton",
        "detailTitle",
        "bottomBackButton",
        *links,
        *BAR,
        *TOOLS,
    ]


def test_arrow_keys_move_like_tab(make_ui: UiFactory) -> None:
    ui = make_ui()
    key_click(ui.window, Qt.Key.Key_Tab)
    key_click(ui.window, Qt.Key.Key_Right)
    second = f"tile-{ui.view_model.content.categories[1].id}"
    assert ui.window.activeFocusItem().objectName() == second
    key_click(ui.window, Qt.Key.Key_Up)
    first = f"tile-{ui.view_model.content.categories[0].id}"
    assert ui.window.activeFocusItem().objectName() == first


def test_enter_opens_the_focused_tile_and_escape_goes_home(make_ui: UiFactory) -> None:
    ui = make_ui()
    key_click(ui.window, Qt.Key.Key_Tab)
    key_click(ui.window, Qt.Key.Key_Return)
    assert ui.view_model.screen == Screen.Detail
    key_click(ui.window, Qt.Key.Key_Escape)
    assert ui.view_model.screen == Screen.Home


def test_space_toggles_a_focused_control(make_ui: UiFactory) -> None:
    ui = make_ui()
    for _ in range(len(ui.view_model.content.categories) + len(BAR) + 1):
        key_click(ui.window, Qt.Key.Key_Tab)
    assert ui.window.activeFocusItem().objectName() == "largeTextButton"
    key_click(ui.window, Qt.Key.Key_Space)
    assert ui.view_model.access_view_model.look.text_scale == 1.5


def test_the_focused_item_shows_a_ring(make_ui: UiFactory) -> None:
    ui = make_ui()
    key_click(ui.window, Qt.Key.Key_Tab)
    focused = ui.window.activeFocusItem()
    rings = [child for child in focused.childItems() if child.property("target") is focused]
    assert len(rings) == 1 and rings[0].isVisible()


@pytest.mark.parametrize("screen", ["home", "detail"])
def test_every_interactive_item_has_a_name_a_role_and_a_finger_size(
    make_ui: UiFactory, screen: str
) -> None:
    ui = make_ui(size=(1024, 768))
    if screen == "detail":
        ui.view_model.openCategory(ui.view_model.content.categories[0].id)
    items = list(interactive_items(ui))
    assert len(items) >= 8
    for item in items:
        interface = QAccessible.queryAccessibleInterface(item)
        assert interface is not None, item.objectName()
        assert interface.text(QAccessible.Text.Name).strip(), item.objectName()
        if interface.role() == QAccessible.Role.Heading:
            continue  # focusable to be read, not to be pressed
        assert interface.role() in (
            QAccessible.Role.Button,
            QAccessible.Role.Link,
            QAccessible.Role.Graphic,
        ), item.objectName()
        assert min(item.width(), item.height()) >= 64, item.objectName()


def test_toggles_tell_their_state_to_assistive_technology(make_ui: UiFactory) -> None:
    ui = make_ui()
    tap(ui, find(ui, "contrastButton"))
    interface = QAccessible.queryAccessibleInterface(find(ui, "contrastButton"))
    assert interface is not None and interface.state().checked


def test_the_idle_prompt_is_an_alert_with_its_question(make_ui: UiFactory) -> None:
    ui = make_ui()
    show_screen(ui, STILL_THERE)
    interface = QAccessible.queryAccessibleInterface(find(ui, "idlePrompt"))
    assert interface is not None
    assert interface.role() == QAccessible.Role.AlertMessage
    assert interface.text(QAccessible.Text.Name) == "Oletko vielä siellä?"


@pytest.mark.parametrize("size", [(1024, 768), (1080, 1920)], ids=["1024x768", "1080x1920"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_larger_text_reflows_without_clipping_on_every_screen(
    make_ui: UiFactory, language: str, size: tuple[int, int]
) -> None:
    ui = make_ui(size=size, language=language)
    categories = [f"category-{category.id}" for category in ui.view_model.content.categories]
    for name in ["home", *categories, STILL_THERE, ATTRACT]:
        show_screen(ui, name)
        ui.view_model.access_view_model.apply(LARGE)
        ui.window.grabWindow()
        for text in texts(ui):
            problems = text_fit_problems(ui, text)
            assert not problems, f"{name}: {text.property('text')!r}: {problems}"


def test_larger_text_is_half_as_large_again(make_ui: UiFactory) -> None:
    ui = make_ui()
    ui.view_model.openCategory(ui.view_model.content.categories[0].id)
    paragraph, title = find(ui, "paragraph"), find(ui, "detailTitle")
    normal, heading = paragraph.property("font").pixelSize(), title.property("font").pixelSize()
    tap(ui, find(ui, "largeTextButton"))
    assert paragraph.property("font").pixelSize() == pytest.approx(normal * 1.5, abs=1)
    # Headings, large already, grow less but stay the largest text.
    assert title.property("font").pixelSize() > paragraph.property("font").pixelSize()
    assert title.property("font").pixelSize() > heading


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_reach_mode_brings_every_control_into_the_lower_part(
    make_ui: UiFactory, size: tuple[int, int]
) -> None:
    ui = make_ui(size=size)
    for screen in ("home", "detail"):
        if screen == "detail":
            ui.view_model.openCategory(ui.view_model.content.categories[0].id)
        ui.view_model.access_view_model.apply(Look(reach=True))
        ui.window.grabWindow()
        # A landscape screen is low already: it is lowered by a quarter, a portrait one more.
        drop = 0.35 if size[1] > size[0] else 0.25
        for item in interactive_items(ui):
            assert window_rect(item).top() >= drop * size[1], (screen, item.objectName())


def test_the_next_visitor_starts_with_the_usual_look(make_ui: UiFactory) -> None:
    ui = make_ui()
    for name in ("largeTextButton", "contrastButton", "reachButton"):
        tap(ui, find(ui, name))
    assert ui.view_model.access_view_model.look == Look(1.5, True, True)
    ui.view_model.idle_view_model.resetRequested.emit()
    assert ui.view_model.access_view_model.look == Look()
