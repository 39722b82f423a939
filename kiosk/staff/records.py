"""What staff mode keeps across restarts: this machine's PIN, and the wrong tries at it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.staff.machine import MachineSettings, machine_file
from kiosk.staff.pin import LockoutRecord

LOCKOUT_FILE = "staff-pin-lockout.json"


@dataclass(frozen=True, slots=True)
class StaffRecords:
    """None for either: kept in memory only (no PIN set; wrong tries forgotten at exit)."""

    machine: MachineSettings | None = None
    lockout: LockoutRecord | None = None

    @classmethod
    def in_folders(cls, config: Path, data: Path) -> StaffRecords:
        return cls(MachineSettings(machine_file(config)), LockoutRecord(data / LOCKOUT_FILE))
