"""The staff PIN belongs to the machine: content.json neither holds it nor can change it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kiosk.staff.machine import MachinePin, MachineSettings, machine_file
from kiosk.staff.pin import hash_pin


@pytest.fixture
def machine(tmp_path: Path) -> MachineSettings:
    return MachineSettings(machine_file(tmp_path / "config"))


def test_no_file_means_no_pin(machine: MachineSettings) -> None:
    assert machine.pin() == MachinePin(None)


def test_a_hash_in_older_content_is_taken_over_once(
    machine: MachineSettings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    first, second = hash_pin("246813"), hash_pin("135792")
    with caplog.at_level(logging.WARNING):
        assert machine.adopt_content_pin(first, tmp_path / "content.json")
    assert machine.pin() == MachinePin(first)
    assert "Moved the staff PIN from" in caplog.text
    assert not machine.adopt_content_pin(second, tmp_path / "content.json")
    assert machine.pin() == MachinePin(first), "later content cannot change the PIN"


def test_content_without_a_hash_takes_nothing_over(
    machine: MachineSettings, tmp_path: Path
) -> None:
    assert not machine.adopt_content_pin(None, tmp_path / "content.json")
    assert not machine.exists()


@pytest.mark.parametrize("text", ["{not json", '{"staff_pin_hash": 12}', "\xff\xfe"])
def test_an_unreadable_file_locks_the_panel_instead_of_opening_it(
    machine: MachineSettings, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    machine.path.parent.mkdir(parents=True)
    machine.path.write_bytes(text.encode("utf-8", errors="surrogateescape"))
    with caplog.at_level(logging.ERROR):
        assert machine.pin() == MachinePin(None, unreadable=True)
        machine.pin()
    assert caplog.text.count("the staff panel stays locked") == 1, "said once, not each time"


def test_setting_the_pin_keeps_the_rest_of_the_file(machine: MachineSettings) -> None:
    machine.path.parent.mkdir(parents=True)
    machine.path.write_text('{"later_setting": 3}', "utf-8")
    stored = hash_pin("246813")
    machine.set_pin_hash(stored)
    assert machine.pin() == MachinePin(stored)
    assert '"later_setting": 3' in machine.path.read_text("utf-8")
