"""Staff mode alone: the PIN pad, wrong tries, and a lockout that survives a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kiosk.staff.machine import MachineSettings, machine_file
from kiosk.staff.pin import MAX_TRIES, LockoutRecord, hash_pin
from kiosk.staff.records import StaffRecords
from kiosk.viewmodels.staff import StaffViewModel
from tests.ui.test_idle import FakeClock

PIN = "246813"


def records(lockout: Path, pin: str | None = PIN) -> StaffRecords:
    machine = MachineSettings(machine_file(lockout.parent / "config"))
    if pin is not None:
        machine.set_pin_hash(hash_pin(pin))
    return StaffRecords(machine, LockoutRecord(lockout))


def staff_with_pin(lockout: Path) -> StaffViewModel:
    return StaffViewModel(FakeClock(), records(lockout))


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
    staff = StaffViewModel(FakeClock(), records(tmp_path / "lockout.json"), host)
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
        staff = StaffViewModel(FakeClock(), records(tmp_path / "lockout.json", pin=None), host)
        staff.open()
        assert staff.property("panelOpen")
        assert staff.property("exitAllowed") is windowed
        staff.exitApp()
        assert host.exits == exits


def test_a_pin_set_while_the_kiosk_runs_counts_at_the_next_opening(
    qapp: QCoreApplication, tmp_path: Path
) -> None:
    kept = records(tmp_path / "lockout.json", pin=None)
    staff = StaffViewModel(FakeClock(), kept)
    staff.open()
    assert staff.property("panelOpen"), "no PIN yet: the panel opens at once"
    staff.close()
    assert kept.machine is not None
    kept.machine.set_pin_hash(hash_pin(PIN))
    staff.open()
    assert staff.property("pinPadOpen") and not staff.property("panelOpen")
    enter(staff, PIN)
    assert staff.property("panelOpen")


def test_an_unreadable_pin_file_keeps_the_panel_locked(
    qapp: QCoreApplication, tmp_path: Path
) -> None:
    kept = records(tmp_path / "lockout.json")
    assert kept.machine is not None
    kept.machine.path.write_text("{ broken", "utf-8")
    staff = StaffViewModel(FakeClock(), kept)
    staff.open()
    assert staff.property("pinPadOpen")
    assert "kiosk set-pin" in staff.property("message")
    enter(staff, PIN)
    assert not staff.property("panelOpen")
