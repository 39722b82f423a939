"""Staff mode: the shortcut opens the PIN pad; the right PIN opens the panel; wrong PINs lock
the pad; the panel lists the content's problems; only staff can exit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kiosk.staff.machine import MachineSettings, machine_file
from kiosk.staff.pin import MAX_TRIES, hash_pin
from kiosk.staff.records import StaffRecords
from kiosk.viewmodels.host import KioskParts
from tests.qt_input import key_click
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, find_all, tap

PIN = "246813"


def staff_with_pin(tmp_path: Path, pin: str | None = PIN) -> StaffRecords:
    """This machine's PIN (none: not set), as `kiosk set-pin` keeps it."""
    machine = MachineSettings(machine_file(tmp_path / "config"))
    if pin is not None:
        machine.set_pin_hash(hash_pin(pin))
    return StaffRecords(machine)


def shortcut(ui: object) -> None:
    modifiers = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier
    )
    key_click(ui.window, Qt.Key.Key_S, modifiers)  # type: ignore[attr-defined]


def enter(ui: object, pin: str) -> None:
    for digit in pin:
        tap(ui, find(ui, f"pinDigit-{digit}"))
    tap(ui, find(ui, "pinOk"))


def test_shortcut_then_right_pin_opens_the_panel(make_ui: UiFactory, tmp_path: Path) -> None:
    ui = make_ui(staff=staff_with_pin(tmp_path))
    shortcut(ui)
    assert find(ui, "pinPad").isVisible()
    tap(ui, find(ui, "pinDigit-2"))
    assert len(find(ui, "pinDots").childItems()) == 1 + 1  # one dot, and its Repeater
    tap(ui, find(ui, "pinBack"))
    enter(ui, PIN)
    assert find_all(ui, "pinPad") == []
    assert find(ui, "staffPanel").isVisible()
    assert find(ui, "staffExit").property("active")


def test_wrong_pins_count_down_then_lock_the_pad(make_ui: UiFactory, tmp_path: Path) -> None:
    ui = make_ui(staff=staff_with_pin(tmp_path))
    shortcut(ui)
    enter(ui, "111111")
    assert "Yrityksiä jäljellä: 4" in find(ui, "pinMessage").property("text")
    for _ in range(MAX_TRIES - 1):
        enter(ui, "111111")
    assert "Odota 5 min." in find(ui, "pinMessage").property("text")
    enter(ui, PIN)
    assert find_all(ui, "staffPanel") == []


def test_without_a_pin_the_panel_says_how_to_set_one_and_exit_is_off(
    make_ui: UiFactory, tmp_path: Path
) -> None:
    ui = make_ui(staff=staff_with_pin(tmp_path, pin=None))
    shortcut(ui)
    assert find(ui, "staffPanel").isVisible()
    assert not find(ui, "staffExit").property("active")
    lines = ui.view_model.staff_view_model.property("statusLines")
    assert any("kiosk set-pin" in line for line in lines)


def test_staff_exit_ends_the_app_with_code_0(make_ui: UiFactory, tmp_path: Path) -> None:
    codes: list[int] = []
    ui = make_ui(staff=staff_with_pin(tmp_path), parts=KioskParts(exit=codes.append))
    shortcut(ui)
    enter(ui, PIN)
    tap(ui, find(ui, "staffExit"))
    assert codes == [0]
    ui.window.close()
    assert not ui.window.isVisible(), "after a staff exit the window may close"


def test_panel_lists_the_problems_of_the_last_load(make_ui: UiFactory, tmp_path: Path) -> None:
    from kiosk.content.problems import Problem

    ui = make_ui(staff=staff_with_pin(tmp_path, pin=None))
    problem = Problem("categories/2/links/0/url", "must be a web address starting with https://")
    ui.view_model.staff_view_model.record_load("content.json", (problem,), "Virheitä.", 2, 2)
    shortcut(ui)
    texts = [item.property("text") for item in find_all(ui, "staffProblem")]
    assert texts == [
        "content.json: categories/2/links/0/url: must be a web address starting with https://"
    ]


def test_holding_the_top_right_corner_opens_staff_mode(
    make_ui: UiFactory, tmp_path: Path, qtbot: object
) -> None:
    from PySide6.QtCore import QObject, QPoint

    from tests.qt_input import mouse_press, mouse_release

    ui = make_ui(staff=staff_with_pin(tmp_path))
    corner = find(ui, "staffCorner")
    hold = corner.findChild(QObject, "staffHold")
    assert hold is not None and hold.property("longPressThreshold") == 5
    hold.setProperty("longPressThreshold", 0.05)  # the same handler, without a 5 s wait
    point = QPoint(ui.window.width() - 10, 10)
    with qtbot.waitSignal(ui.view_model.staff_view_model.changed, timeout=5000):  # type: ignore[attr-defined]
        mouse_press(ui.window, point)
    mouse_release(ui.window, point)
    assert find(ui, "pinPad").isVisible()


def test_the_panel_shows_the_real_screen_size(make_ui: UiFactory) -> None:
    ui = make_ui(size=(1080, 1920))
    lines = ui.view_model.staff_view_model.property("statusLines")
    assert "Näyttö: 1080×1920 (pysty)" in lines


def test_the_panel_shows_the_installed_version(make_ui: UiFactory) -> None:
    from importlib.metadata import version

    lines = make_ui().view_model.staff_view_model.property("statusLines")
    assert f"Versio: {version('tietopiste')}" in lines


def type_keys(ui: object, *keys: Qt.Key) -> None:
    for key in keys:
        key_click(ui.window, key)  # type: ignore[attr-defined]


def test_a_pin_typed_on_a_keyboard_opens_the_panel(make_ui: UiFactory, tmp_path: Path) -> None:
    ui = make_ui(staff=staff_with_pin(tmp_path))
    shortcut(ui)
    type_keys(ui, Qt.Key.Key_2, Qt.Key.Key_9, Qt.Key.Key_Backspace)
    assert ui.view_model.staff_view_model.enteredLength == 1
    keys = (Qt.Key.Key_4, Qt.Key.Key_6, Qt.Key.Key_8, Qt.Key.Key_1, Qt.Key.Key_3)
    type_keys(ui, *keys, Qt.Key.Key_Return)
    assert find_all(ui, "pinPad") == []
    assert find(ui, "staffPanel").isVisible()


def test_a_wrong_pin_typed_and_enter_counts_as_a_try(make_ui: UiFactory, tmp_path: Path) -> None:
    ui = make_ui(staff=staff_with_pin(tmp_path))
    shortcut(ui)
    type_keys(ui, *[Qt.Key.Key_1] * 6, Qt.Key.Key_Enter)
    assert "Yrityksiä jäljellä: 4" in find(ui, "pinMessage").property("text")


def test_escape_cancels_the_pin_pad(make_ui: UiFactory, tmp_path: Path) -> None:
    ui = make_ui(staff=staff_with_pin(tmp_path))
    shortcut(ui)
    type_keys(ui, Qt.Key.Key_2, Qt.Key.Key_Escape)
    assert find_all(ui, "pinPad") == []
    assert find_all(ui, "staffPanel") == []
    shortcut(ui)
    assert ui.view_model.staff_view_model.enteredLength == 0
