"""After a while without a touch the kiosk asks "Still there?", then starts afresh.
Time comes from a fake clock that the tests move on: no waiting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from kiosk.content.loader import load_content
from kiosk.platform.kiosk_ui import KioskUi
from kiosk.tools.snapshot import wait_until_ready
from kiosk.viewmodels.idle import PROMPT_SECONDS, SLIDE_SECONDS
from kiosk.viewmodels.kiosk import Screen
from tests.content.builders import changed, valid_data, write_content
from tests.qt_input import mouse_click
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, find_all, tap, window_rect

TIMEOUT_S = 30
ATTRACT_S = 90


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ui(make_ui: UiFactory, tmp_path: Path, clock: FakeClock) -> KioskUi:
    data = changed(valid_data(3), "settings/1/idle_timeout_s", TIMEOUT_S)
    data = changed(data, "settings/1/attract_after_s", ATTRACT_S)
    content = load_content(write_content(tmp_path, data)).content
    assert content is not None
    return make_ui(content, size=(1024, 768), clock=clock)


def idle_for(ui: KioskUi, clock: FakeClock, seconds: float) -> None:
    clock.now += seconds
    ui.view_model.idle_view_model.tick()
    wait_until_ready(ui)


def prompting(ui: KioskUi) -> bool:
    return bool(ui.view_model.idle_view_model.property("prompting"))


def attracting(ui: KioskUi) -> bool:
    return bool(ui.view_model.idle_view_model.property("attracting"))


def test_an_untouched_kiosk_never_prompts(ui: KioskUi, clock: FakeClock) -> None:
    idle_for(ui, clock, ATTRACT_S - 1)
    assert not prompting(ui)


def test_attract_screen_starts_after_its_time_and_shows_photos_in_turn(
    ui: KioskUi, clock: FakeClock
) -> None:
    idle_for(ui, clock, ATTRACT_S - 1)
    assert not attracting(ui)
    idle_for(ui, clock, 1)
    assert attracting(ui)
    assert find(ui, "attractInvitation").property("text") == "Kosketa aloittaaksesi"
    assert ui.view_model.property("attractTitle") == "Luokka 1"
    assert ui.view_model.property("attractPhoto").startswith("image://photo/")
    idle_for(ui, clock, SLIDE_SECONDS)
    assert ui.view_model.property("attractTitle") == "Luokka 2"
    assert "Kuva: Kuvaaja / Kuvapankki" in find(ui, "attractCredit").property("text")


def test_the_touch_that_wakes_the_attract_screen_only_wakes_it(
    ui: KioskUi, clock: FakeClock
) -> None:
    tile = find(ui, "tile-category-1")
    point = window_rect(tile).center().toPoint()
    idle_for(ui, clock, ATTRACT_S)
    assert attracting(ui)
    mouse_click(ui.window, point)
    wait_until_ready(ui)
    assert not attracting(ui)
    assert ui.view_model.property("screen") == Screen.Home


def test_a_kiosk_left_in_use_resets_then_attracts(ui: KioskUi, clock: FakeClock) -> None:
    tap(ui, find(ui, "tile-category-2"))
    idle_for(ui, clock, TIMEOUT_S)
    assert prompting(ui)
    idle_for(ui, clock, PROMPT_SECONDS)
    assert ui.view_model.property("screen") == Screen.Home
    idle_for(ui, clock, ATTRACT_S - TIMEOUT_S - PROMPT_SECONDS)
    assert attracting(ui)


def test_prompt_counts_down_then_the_kiosk_starts_afresh(ui: KioskUi, clock: FakeClock) -> None:
    tap(ui, find(ui, "tile-category-2"))
    reading = find(ui, "readingColumn")
    idle_for(ui, clock, TIMEOUT_S - 1)
    assert not prompting(ui)
    idle_for(ui, clock, 1)
    assert prompting(ui)
    assert find(ui, "idleQuestion").property("text") == "Oletko vielä siellä?"
    assert find(ui, "idleCountdown").property("text") == str(PROMPT_SECONDS)
    idle_for(ui, clock, 3.5)
    assert find(ui, "idleCountdown").property("text") == str(PROMPT_SECONDS - 3)
    reading.setProperty("contentY", 50)
    idle_for(ui, clock, PROMPT_SECONDS)
    assert not prompting(ui)
    assert ui.view_model.property("screen") == Screen.Home
    assert find(ui, "tileGrid").property("contentY") == 0


def test_a_touch_dismisses_the_prompt_and_reaches_nothing_beneath(
    ui: KioskUi, clock: FakeClock
) -> None:
    tile = find(ui, "tile-category-1")
    tap(ui, find(ui, "headerTitle"))  # a touch that opens nothing: the kiosk is in use
    idle_for(ui, clock, TIMEOUT_S)
    assert prompting(ui)
    mouse_click(
        ui.window,
        window_rect(tile).center().toPoint(),
    )
    wait_until_ready(ui)
    assert not prompting(ui)
    assert ui.view_model.property("screen") == Screen.Home, "the touch must not open the tile"
    assert find_all(ui, "idlePrompt") == []


def test_touching_the_screen_restarts_the_idle_time(ui: KioskUi, clock: FakeClock) -> None:
    tap(ui, find(ui, "tile-category-1"))
    idle_for(ui, clock, TIMEOUT_S - 5)
    mouse_click(ui.window, QPoint(5, 300))
    idle_for(ui, clock, TIMEOUT_S - 5)
    assert not prompting(ui)
    assert ui.view_model.property("screen") == Screen.Detail


def test_a_staff_panel_left_open_is_closed_by_the_idle_reset(ui: KioskUi, clock: FakeClock) -> None:
    staff = ui.view_model.staff_view_model
    staff.open()  # no PIN in this content: the panel opens at once
    assert staff.property("panelOpen")
    tap(ui, find(ui, "staffClose"))
    staff.open()
    ui.view_model.idle_view_model.activity()
    idle_for(ui, clock, TIMEOUT_S)
    idle_for(ui, clock, PROMPT_SECONDS)
    assert not staff.property("panelOpen")
