"""Staff mode: the PIN pad, then a panel with the content's status and the staff actions."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QmlElement

from kiosk import __version__
from kiosk.content.problems import Problem
from kiosk.qml import uncreatable
from kiosk.staff.pin import MAX_TRIES, PinGate

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1
EXIT_STAFF = 0
MAX_PIN_DIGITS = 8

log = logging.getLogger(__name__)


@QmlElement
@uncreatable("The kiosk view model owns staff mode.")
class StaffViewModel(QObject):
    changed = Signal()
    exitRequested = Signal()

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._started = clock()
        self._gate = PinGate(None, clock)
        self._entered = ""
        self._pad_open = False
        self._panel_open = False
        self._message = ""
        self.windowed = False
        self.window_size: Callable[[], tuple[int, int]] | None = None
        self.reload_action: Callable[[], None] | None = None
        self.exit_action: Callable[[int], None] = QGuiApplication.exit
        self._status: list[str] = []
        self._problems: tuple[Problem, ...] = ()
        self._content_file = ""
        self._counts = ""

    def set_pin_hash(self, stored: str | None) -> None:
        self._gate.stored_hash = stored

    def record_load(
        self,
        content_file: str,
        problems: tuple[Problem, ...],
        note: str,
        categories: int,
        images: int,
    ) -> None:
        """What the last load found, in plain language, for the panel."""
        self._content_file = content_file
        self._problems = problems
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        self._status = [f"{stamp}: {note}"]
        self._counts = f"{categories} categories, {images} images"
        self.changed.emit()

    @Slot()
    def open(self) -> None:
        """The hidden gesture or the shortcut: the PIN pad, or the panel if no PIN is set."""
        self._entered = ""
        self._message = ""
        if self._gate.stored_hash is None:
            self._panel_open = True
        else:
            self._pad_open = True
            self._show_lockout()
        self.changed.emit()

    def preview(self, *, pad: bool) -> None:
        """Open the pad or the panel as they look (snapshots), whether a PIN is set or not."""
        self._entered = "12" if pad else ""
        self._pad_open, self._panel_open = pad, not pad
        self.changed.emit()

    @Slot()
    def close(self) -> None:
        self._pad_open = self._panel_open = False
        self._entered = ""
        self.changed.emit()

    @Slot(str)
    def pressDigit(self, digit: str) -> None:
        if len(self._entered) < MAX_PIN_DIGITS and digit.isdigit():
            self._entered += digit
            self.changed.emit()

    @Slot()
    def backspace(self) -> None:
        self._entered = self._entered[:-1]
        self.changed.emit()

    @Slot()
    def submit(self) -> None:
        result = self._gate.try_pin(self._entered)
        self._entered = ""
        if result.accepted:
            self._pad_open, self._panel_open, self._message = False, True, ""
            log.info("Staff panel opened")
        elif result.locked_for_s:
            self._show_lockout()
            log.warning("Staff PIN pad locked after %d wrong tries", MAX_TRIES)
        else:
            self._message = f"Väärä PIN. Yrityksiä jäljellä: {result.tries_left}"
        self.changed.emit()

    def _show_lockout(self) -> None:
        seconds = self._gate.locked_for_s()
        if seconds:
            self._message = f"Liian monta väärää yritystä. Odota {seconds // 60 + 1} min."

    @Slot()
    def reloadContent(self) -> None:
        if self.reload_action is not None:
            self.reload_action()

    @Slot()
    def exitApp(self) -> None:
        if not self._exit_allowed():
            return
        log.info("Staff exit")
        self.exitRequested.emit()
        self.exit_action(EXIT_STAFF)

    def _exit_allowed(self) -> bool:
        return self._panel_open and (self._gate.stored_hash is not None or self.windowed)

    def _lines(self) -> list[str]:
        uptime_min = int((self._clock() - self._started) // 60)
        width, height = self.window_size() if self.window_size else (0, 0)
        orientation = "pysty" if height > width else "vaaka"
        lines = [
            f"Sisältö: {self._content_file}",
            *self._status,
            f"Sisällössä: {self._counts}",
            f"Näyttö: {width}×{height} ({orientation})",
            f"Versio: {__version__}",
            f"Käynnissä: {uptime_min // 60} h {uptime_min % 60} min",
        ]
        if self._gate.stored_hash is None:
            lines.append("PIN-koodia ei ole asetettu: aseta se komennolla `kiosk set-pin`.")
        return lines

    def _problem_lines(self) -> list[str]:
        label = Path(self._content_file).name or "content.json"
        return [p.describe(label) for p in self._problems] or ["Ei ongelmia."]

    def _get_pad_open(self) -> bool:
        return self._pad_open

    def _get_panel_open(self) -> bool:
        return self._panel_open

    def _get_entered_length(self) -> int:
        return len(self._entered)

    def _get_message(self) -> str:
        return self._message

    pinPadOpen = Property(bool, _get_pad_open, notify=changed)
    panelOpen = Property(bool, _get_panel_open, notify=changed)
    enteredLength = Property(int, _get_entered_length, notify=changed)
    message = Property(str, _get_message, notify=changed)
    statusLines = Property(list, _lines, notify=changed)
    problemLines = Property(list, _problem_lines, notify=changed)
    exitAllowed = Property(bool, _exit_allowed, notify=changed)
