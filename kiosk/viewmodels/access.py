"""The visitor's accessibility choices: larger text, high contrast and reach mode."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.qml import uncreatable

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

LARGE_TEXT_SCALE = 1.5


@QmlElement
@uncreatable("The kiosk view model owns the accessibility choices.")
class AccessViewModel(QObject):
    """Each choice lasts one visit: the next visitor starts with the kiosk as it was set up."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text_scale = 1.0
        self._high_contrast = False
        self._reach = False

    def set_state(
        self, *, text_scale: float = 1.0, high_contrast: bool = False, reach: bool = False
    ) -> None:
        self._text_scale, self._high_contrast, self._reach = text_scale, high_contrast, reach
        self.changed.emit()

    def reset(self) -> None:
        self.set_state()

    @Slot()
    def toggleLargeText(self) -> None:
        scale = 1.0 if self._text_scale > 1.0 else LARGE_TEXT_SCALE
        self.set_state(text_scale=scale, high_contrast=self._high_contrast, reach=self._reach)

    @Slot()
    def toggleHighContrast(self) -> None:
        self.set_state(
            text_scale=self._text_scale, high_contrast=not self._high_contrast, reach=self._reach
        )

    @Slot()
    def toggleReach(self) -> None:
        self.set_state(
            text_scale=self._text_scale, high_contrast=self._high_contrast, reach=not self._reach
        )

    def _get_text_scale(self) -> float:
        return self._text_scale

    def _get_large_text(self) -> bool:
        return self._text_scale > 1.0

    def _get_high_contrast(self) -> bool:
        return self._high_contrast

    def _get_reach(self) -> bool:
        return self._reach

    textScale = Property(float, _get_text_scale, notify=changed)
    largeText = Property(bool, _get_large_text, notify=changed)
    highContrast = Property(bool, _get_high_contrast, notify=changed)
    reach = Property(bool, _get_reach, notify=changed)
