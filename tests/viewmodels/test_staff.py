"""Staff mode alone: the PIN pad, wrong tries, and a lockout that survives a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kiosk.staff.pin import MAX_TRIES, LockoutRecord, hash_pin
from kiosk.viewmodels.staff import StaffViewModel
from tests.ui.test_idle import FakeClock

PIN = "246813"


def staff_with_pin(lockout: Path) -> StaffViewModel:
    staff = StaffViewModel(FakeClock(), LockoutRecord(lockout))
    staff.set_pin_hash(hash_pin(PIN))
    return staff


def enter(staff: StaffViewModel, pin: str) -> None:
    for digit in pin:
        staff.pressDigit(digit)
    staff.submit()


def test_the_right_pin_opens_the_panel(qapp: QCoreApplication, tmp_path: Path) -> None:
    staff = staff_with_pin(tmp_path / "lockout.json")
    staff.open()
    assert staff.property("pinPadOpen")
    staff.pressDigit("9")
    staff.backspace()
    enter(staff, PIN)
    assert staff.property("panelOpen") and not staff.property("pinPadOpen")


def test_wrong_pins_count_down_then_lock_even_after_a_restart(
    qapp: QCoreApplication, tmp_path: Path
) -> None:
    staff = staff_with_pin(tmp_path / "lockout.json")
    staff.open()
    enter(staff, "111111")
    assert staff.property("message") == "Väärä PIN. Yrityksiä jäljellä: 4"
    for _ in range(MAX_TRIES - 1):
        enter(staff, "111111")
    assert staff.property("message") == "Liian monta väärää yritystä. Odota 5 min."
    restarted = staff_with_pin(tmp_path / "lockout.json")
    restarted.open()
    enter(restarted, PIN)
    assert not restarted.property("panelOpen")
    assert "Odota" in restarted.property("message")


def test_digits_beyond_the_longest_pin_are_ignored(qapp: QCoreApplication, tmp_path: Path) -> None:
    staff = staff_with_pin(tmp_path / "lockout.json")
    staff.open()
    for _ in range(20):
        staff.pressDigit("1")
    assert staff.property("enteredLength") == 8


class FakeHost:
    """The running kiosk as staff mode asks it (kiosk.viewmodels.host.KioskHost)."""

    def __init__(self, *, windowed: bool) -> None:
        self._windowed = windowed
        self.reloads = 0
        self.exits: list[int] = []

    def windowed(self) -> bool:
        return self._windowed

    def window_size(self) -> tuple[int, int]:
        return (1080, 1920)

    def reload_content(self) -> None:
        self.reloads += 1

    def usage(self) -> None:
        return None

    def exit(self, code: int) -> None:
        self.exits.append(code)


def test_the_panel_asks_the_host_to_reload_and_to_exit(
    qapp: QCoreApplication, tmp_path: Path
) -> None:
    host = FakeHost(windowed=False)
    staff = StaffViewModel(FakeClock(), LockoutRecord(tmp_path / "lockout.json"), host)
    staff.set_pin_hash(hash_pin(PIN))
    staff.open()
    enter(staff, PIN)
    assert "Näyttö: 1080×1920 (pysty)" in staff.property("statusLines")
    staff.reloadContent()
    staff.exitApp()
    assert (host.reloads, host.exits) == (1, [0])


def test_without_a_pin_only_a_windowed_kiosk_may_be_closed(
    qapp: QCoreApplication, tmp_path: Path
) -> None:
    for windowed, exits in ((False, []), (True, [0])):
        host = FakeHost(windowed=windowed)
        staff = StaffViewModel(FakeClock(), LockoutRecord(tmp_path / "lockout.json"), host)
        staff.open()
        assert staff.property("panelOpen")
        assert staff.property("exitAllowed") is windowed
        staff.exitApp()
        assert host.exits == exits
