"""The visitor's accessibility choices: larger text, high contrast and reach mode."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.platform.qml import uncreatable

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

LARGE_TEXT_SCALE = 1.5


@dataclass(frozen=True, slots=True)
class Look:
    text_scale: float = 1.0
    high_contrast: bool = False
    reach: bool = False


@QmlElement
@uncreatable("The kiosk view model owns the accessibility choices.")
class AccessViewModel(QObject):
    """Each choice lasts one visit: the next visitor starts with the kiosk as it was set up."""

    changed = Signal()
    # A visitor used a control: large_text, contrast or reach.
    used = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._look = Look()

    @property
    def look(self) -> Look:
        return self._look

    def apply(self, look: Look) -> None:
        if look != self._look:
            self._look = look
            self.changed.emit()

    def reset(self) -> None:
        self.apply(Look())

    @Slot()
    def toggleLargeText(self) -> None:
        scale = 1.0 if self._look.text_scale > 1.0 else LARGE_TEXT_SCALE
        self.apply(replace(self._look, text_scale=scale))
        self.used.emit("large_text")

    @Slot()
    def toggleHighContrast(self) -> None:
        self.apply(replace(self._look, high_contrast=not self._look.high_contrast))
        self.used.emit("contrast")

    @Slot()
    def toggleReach(self) -> None:
        self.apply(replace(self._look, reach=not self._look.reach))
        self.used.emit("reach")

    def _get_text_scale(self) -> float:
        return self._look.text_scale

    def _get_large_text(self) -> bool:
        return self._look.text_scale > 1.0

    def _get_high_contrast(self) -> bool:
        return self._look.high_contrast

    def _get_reach(self) -> bool:
        return self._look.reach

    textScale = Property(float, _get_text_scale, notify=changed)
    largeText = Property(bool, _get_large_text, notify=changed)
    highContrast = Property(bool, _get_high_contrast, notify=changed)
    reach = Property(bool, _get_reach, notify=changed)
