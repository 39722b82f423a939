"""A full-screen kiosk stays on screen: under a window manager, "show desktop", minimizing
or a switch of desktops would otherwise leave visitors at a black screen for good."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtQuick import QQuickWindow

log = logging.getLogger(__name__)

# Soon enough that a visitor sees the kiosk again at once, late enough that a window
# manager's own animation is over.
RETURN_MS = 300
# Also looked at now and then: not every window manager says that it hid the window.
CHECK_MS = 2000


class FullScreenKeeper(QObject):
    def __init__(
        self, window: QQuickWindow, leaving: Callable[[], bool], parent: QObject | None = None
    ) -> None:
        """`leaving`: true once staff or the system closes the kiosk (then it may hide)."""
        super().__init__(parent)
        self._window = window
        self._leaving = leaving
        self._back = QTimer(self, singleShot=True, interval=RETURN_MS)
        self._back.timeout.connect(self._return)
        self._check = QTimer(self, interval=CHECK_MS)
        self._check.timeout.connect(self._look)
        window.visibilityChanged.connect(self._look)
        self._check.start()

    def _look(self) -> None:
        if self._hidden() and not self._back.isActive():
            self._back.start()

    def _hidden(self) -> bool:
        if self._leaving():
            return False
        visibility = self._window.visibility()
        return visibility in (QWindow.Visibility.Minimized, QWindow.Visibility.Hidden) or (
            not self._window.isExposed()
        )

    def _return(self) -> None:
        if not self._hidden():
            return
        log.warning("The kiosk's window was hidden or minimized; showing it full screen again")
        # Qt may still take the window as shown (it was unmapped behind its back): hiding it
        # first makes showing it map it again.
        self._window.hide()
        self._window.showFullScreen()
        self._window.raise_()
        self._window.requestActivate()
