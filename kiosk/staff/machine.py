"""The settings of one kiosk machine, kept apart from the content: today the staff PIN's hash.

Content is copied between kiosks and over the kiosk's own file by staff; who may open the
staff panel must not change with it. So the PIN lives in `machine.json` in the kiosk user's
config folder, written atomically, and read each time the PIN pad opens (a PIN set while the
kiosk runs works at once)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from kiosk.shared.atomic import atomic_write_bytes

MACHINE_FILE = "machine.json"
PIN_FIELD = "staff_pin_hash"

log = logging.getLogger(__name__)


def machine_file(config_folder: Path) -> Path:
    return config_folder / MACHINE_FILE


@dataclass(frozen=True, slots=True)
class MachinePin:
    """The PIN's hash (None: no PIN set), or that the file cannot be read: then no PIN can
    open the panel until `kiosk set-pin` writes the file again; never "no PIN at all"."""

    hash: str | None
    unreadable: bool = False


class MachineSettings:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._complained = ""

    def exists(self) -> bool:
        return self.path.exists()

    def pin(self) -> MachinePin:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return MachinePin(None)
        except (OSError, ValueError) as error:
            return self._unreadable(str(error))
        stored = data.get(PIN_FIELD) if isinstance(data, dict) else ""
        if stored is not None and not isinstance(stored, str):
            return self._unreadable(f"{PIN_FIELD} is not text")
        return MachinePin(stored or None)

    def set_pin_hash(self, stored: str) -> None:
        """Keep `stored` as the PIN's hash, with whatever else the file holds."""
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            data = {}
        data = data if isinstance(data, dict) else {}
        data[PIN_FIELD] = stored
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        atomic_write_bytes(self.path, text.encode("utf-8"))

    def adopt_content_pin(self, stored: str | None, content_file: Path) -> bool:
        """Earlier versions kept the hash in content.json: moved here once, the first time a
        kiosk with no machine file starts with such content. True if it was moved."""
        if not stored or self.exists():
            return False
        try:
            self.set_pin_hash(stored)
        except OSError as error:
            log.error("Cannot move the staff PIN from %s to %s: %s", content_file, self.path, error)
            return False
        log.warning(
            "Moved the staff PIN from %s to %s; content.json no longer decides it",
            content_file,
            self.path,
        )
        return True

    def _unreadable(self, reason: str) -> MachinePin:
        if reason != self._complained:
            log.error(
                "Cannot read the staff PIN from %s (%s): the staff panel stays locked until "
                "`kiosk set-pin` sets the PIN again",
                self.path,
                reason,
            )
            self._complained = reason
        return MachinePin(None, unreadable=True)
