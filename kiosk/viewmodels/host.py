"""What the view models ask of the running kiosk, as Protocols: the parts that exist only once
the window is shown, the content is watched or usage is counted. Start-up hands over the real
ones in a KioskParts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from datetime import date, datetime

    from PySide6.QtGui import QWindow

    from kiosk.stats.totals import DayTotals


class UsageSource(Protocol):
    """The usage statistics as staff mode reads them (kiosk.stats.recorder.Recorder)."""

    @property
    def enabled(self) -> bool: ...

    def days(self, since: date | None = None) -> list[DayTotals]: ...

    def now(self) -> datetime: ...


class KioskHost(Protocol):
    """Asked each time staff mode needs it, so a part that starts later is seen then."""

    def windowed(self) -> bool: ...

    def window_size(self) -> tuple[int, int]: ...

    def reload_content(self) -> None: ...

    def usage(self) -> UsageSource | None:
        """None while usage is not counted (before the first frame, or in a snapshot)."""
        ...

    def exit(self, code: int) -> None: ...


class KioskParts:
    """The running kiosk's parts, each handed over by start-up as it starts (none: a view
    model on its own, with no window, nothing to reload and no statistics)."""

    def __init__(
        self, *, windowed: bool = False, exit: Callable[[int], None] = QGuiApplication.exit
    ) -> None:
        self._windowed = windowed
        self._exit = exit
        self._window: QWindow | None = None
        self._reload: Callable[[], None] | None = None
        self._usage: UsageSource | None = None

    def shown_in(self, window: QWindow) -> None:
        self._window = window

    def reloads_with(self, reload: Callable[[], None]) -> None:
        self._reload = reload

    def counts_with(self, usage: UsageSource) -> None:
        self._usage = usage

    def windowed(self) -> bool:
        return self._windowed

    def window_size(self) -> tuple[int, int]:
        window = self._window
        return (window.width(), window.height()) if window is not None else (0, 0)

    def reload_content(self) -> None:
        if self._reload is not None:
            self._reload()

    def usage(self) -> UsageSource | None:
        return self._usage

    def exit(self, code: int) -> None:
        self._exit(code)
