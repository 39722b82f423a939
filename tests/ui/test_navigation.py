"""Visitors move between home and a category by touch: tap, Back, swipe."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from kiosk.viewmodels.kiosk import Screen
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, find_all, swipe, tap, window_rect

CATEGORY = "sosiaaliset-ja-yhteiskunnalliset-yritykset"


def test_tapping_a_tile_opens_its_category(make_ui: UiFactory) -> None:
    ui = make_ui()
    tap(ui, find(ui, f"tile-{CATEGORY}"))
    assert ui.view_model.property("screen") == Screen.Detail
    assert find(ui, "detailTitle").property("text") == "Sosiaaliset ja yhteiskunnalliset yritykset"
    assert len(find_all(ui, "paragraph")) == 4
    assert [
        card.property("label") for card in find_all(ui, "qrCard-0") + find_all(ui, "qrCard-1")
    ] == [
        "Suomalaisen Työn Liitto",
        "Pääkaupunkiseudun Kierrätyskeskus",
    ]


def test_back_button_returns_home(make_ui: UiFactory) -> None:
    ui = make_ui()
    tap(ui, find(ui, f"tile-{CATEGORY}"))
    tap(ui, find(ui, "backButton"))
    assert ui.view_model.property("screen") == Screen.Home
    assert find(ui, f"tile-{CATEGORY}").isVisible()


def test_back_button_stays_in_the_same_place_on_every_category(make_ui: UiFactory) -> None:
    ui = make_ui()
    places = set()
    for category in ui.view_model.content.categories:
        ui.view_model.openCategory(category.id)
        rect = window_rect(find(ui, "backButton"))
        places.add((rect.x(), rect.y(), rect.width(), rect.height()))
    assert len(places) == 1


def test_swiping_right_on_the_text_goes_back(make_ui: UiFactory) -> None:
    ui = make_ui()
    tap(ui, find(ui, f"tile-{CATEGORY}"))
    reading = window_rect(find(ui, "readingColumn"))
    start = QPoint(int(reading.left() + 40), int(reading.center().y()))
    swipe(ui.window, start, dx=400)
    assert ui.view_model.property("screen") == Screen.Home


def test_a_short_sideways_drag_does_not_go_back(make_ui: UiFactory) -> None:
    ui = make_ui()
    tap(ui, find(ui, f"tile-{CATEGORY}"))
    reading = window_rect(find(ui, "readingColumn"))
    swipe(ui.window, QPoint(int(reading.left() + 40), int(reading.center().y())), dx=60)
    assert ui.view_model.property("screen") == Screen.Detail


def test_swiping_up_the_home_screen_does_not_open_a_tile(make_ui: UiFactory) -> None:
    ui = make_ui(size=(1024, 768))
    grid = window_rect(find(ui, "tileGrid"))
    swipe(ui.window, QPoint(int(grid.center().x()), int(grid.bottom() - 40)), dx=0, dy=-300)
    assert ui.view_model.property("screen") == Screen.Home


def test_a_press_shows_feedback_before_release(make_ui: UiFactory) -> None:
    from tests.qt_input import mouse_press, mouse_release

    ui = make_ui()
    tile = find(ui, f"tile-{CATEGORY}")
    before = ui.window.grabWindow()
    point = window_rect(tile).center().toPoint()
    mouse_press(ui.window, point)
    pressed = ui.window.grabWindow()
    mouse_release(ui.window, point)
    assert before.pixel(point) != pressed.pixel(point)


def test_opening_another_category_starts_at_the_top_of_its_text(make_ui: UiFactory) -> None:
    ui = make_ui(size=(1024, 768))
    tap(ui, find(ui, f"tile-{CATEGORY}"))
    reading = find(ui, "readingColumn")
    reading.setProperty("contentY", 200)
    tap(ui, find(ui, "backButton"))
    ui.view_model.openCategory("tyopajat-ja-valmennukset")
    assert reading.property("contentY") == 0


def test_more_below_button_scrolls_the_text_and_hides_at_the_end(make_ui: UiFactory) -> None:
    ui = make_ui(size=(1024, 768))
    tap(ui, find(ui, f"tile-{CATEGORY}"))
    reading = find(ui, "readingColumn")
    for _ in range(20):
        more = find_all(ui, "scrollMore")
        if not more:
            break
        before = reading.property("contentY")
        tap(ui, more[0])
        assert reading.property("contentY") > before
    assert reading.property("atYEnd")
    assert find_all(ui, "scrollMore") == []


def test_back_button_at_the_end_of_the_text_returns_home(make_ui: UiFactory) -> None:
    ui = make_ui(size=(1080, 1920))
    tap(ui, find(ui, f"tile-{CATEGORY}"))
    reading = find(ui, "readingColumn")
    reading.setProperty("contentY", reading.property("contentHeight") - reading.height())
    tap(ui, find(ui, "bottomBackButton"))
    assert ui.view_model.property("screen") == Screen.Home
