"""Idle reset: after a while without a touch, ask "Still there?", then start afresh."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.platform.qml import uncreatable
from kiosk.shared.compat import override

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

PROMPT_SECONDS = 10
DEFAULT_IDLE_TIMEOUT_S = 60
DEFAULT_ATTRACT_AFTER_S = 120
SLIDE_SECONDS = 8
TICK_MS = 250

Clock = Callable[[], float]

# Presses, not hovering: a mouse that only moves (or a pointer that drifts) is no visitor,
# and must not dismiss the prompt before the press that would then go through.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


@QmlElement
@uncreatable("The kiosk view model owns the idle state.")
class IdleViewModel(QObject):
    """Time is read from `clock` and advanced by `tick()`, so that tests need no waiting."""

    promptingChanged = Signal()
    secondsLeftChanged = Signal()
    attractingChanged = Signal()
    slideChanged = Signal()
    resetRequested = Signal()
    # A visit: from the first touch after idle to the idle reset. Its length runs to the last
    # touch (or the end of reading aloud): the wait for the reset is the kiosk's, not the
    # visitor's.
    visitStarted = Signal()
    visitEnded = Signal(int)

    def __init__(self, clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.timeout_s = DEFAULT_IDLE_TIMEOUT_S
        self.attract_after_s = DEFAULT_ATTRACT_AFTER_S
        self._attracting = False
        self._slide = 0
        # Set while the kiosk reads aloud: a listening visitor touches nothing.
        self.held = False
        self._last_input = clock()
        self._used = False
        self._visit_start: float | None = None
        self._deadline: float | None = None
        self._seconds_left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        """The UI is closing: no more prompts or resets."""
        self._timer.stop()

    def activity(self) -> None:
        """A visitor touched the screen (or a key): the kiosk is in use."""
        self._last_input = self._clock()
        if self._visit_start is None:
            self._visit_start = self._last_input
            self.visitStarted.emit()
        self._used = True
        if self._deadline is not None:
            self._set_deadline(None)
        self._set_attracting(False)

    def listened(self) -> None:
        """Reading aloud ended: the visitor was there until now. Not a touch: it must not
        dismiss the idle prompt, which is itself read aloud to a listening visitor."""
        self._last_input = self._clock()

    def prompt_now(self) -> None:
        """Show the prompt at once (snapshots, and staff checking how it looks)."""
        self._used = True
        self._set_deadline(self._clock() + PROMPT_SECONDS)

    def attract_now(self) -> None:
        """Start the attract screen at once (snapshots)."""
        self._last_input = self._clock() - self.attract_after_s
        self.tick()

    @property
    def is_attracting(self) -> bool:
        return self._attracting

    @property
    def slide_index(self) -> int:
        return self._slide

    @Slot()
    def tick(self) -> None:
        now = self._clock()
        if self.held:
            self._last_input = now
            return
        idle_s = now - self._last_input
        if idle_s >= self.attract_after_s:
            self._attract(idle_s)
            return
        if self._deadline is None:
            if self._used and now - self._last_input >= self.timeout_s:
                self._set_deadline(now + PROMPT_SECONDS)
            return
        if now >= self._deadline:
            self._start_afresh()
        else:
            self._set_seconds_left(math.ceil(self._deadline - now))

    def _start_afresh(self) -> None:
        """Nobody is there any more: the visit ends and the kiosk resets for the next."""
        self._used = False
        self._set_deadline(None)
        self.end_visit()
        self.resetRequested.emit()

    def end_visit(self) -> None:
        """The visit in progress is over (the idle reset, or the kiosk closing)."""
        if self._visit_start is not None:
            seconds = max(0, round(self._last_input - self._visit_start))
            self._visit_start = None
            self.visitEnded.emit(seconds)

    def _attract(self, idle_s: float) -> None:
        if not self._attracting:
            if self._used:
                self._start_afresh()
            self._set_attracting(True)
        # A slow slideshow: the picture, and where the text sits, change every few seconds,
        # which also keeps the screen from burning in.
        slide = int((idle_s - self.attract_after_s) // SLIDE_SECONDS)
        if slide != self._slide:
            self._slide = slide
            self.slideChanged.emit()

    def _set_attracting(self, attracting: bool) -> None:
        if attracting != self._attracting:
            self._attracting = attracting
            self._slide = 0
            self.attractingChanged.emit()
            self.slideChanged.emit()

    def _set_deadline(self, deadline: float | None) -> None:
        was_prompting = self._deadline is not None
        self._deadline = deadline
        if deadline is not None:
            self._set_seconds_left(PROMPT_SECONDS)
        if was_prompting != (deadline is not None):
            self.promptingChanged.emit()

    def _set_seconds_left(self, seconds: int) -> None:
        if seconds != self._seconds_left:
            self._seconds_left = seconds
            self.secondsLeftChanged.emit()

    @property
    def is_prompting(self) -> bool:
        return self._deadline is not None

    def _prompting(self) -> bool:
        return self.is_prompting

    def _get_seconds_left(self) -> int:
        return self._seconds_left

    def _get_attracting(self) -> bool:
        return self._attracting

    def _get_slide(self) -> int:
        return self._slide

    prompting = Property(bool, _prompting, notify=promptingChanged)
    attracting = Property(bool, _get_attracting, notify=attractingChanged)
    slide = Property(int, _get_slide, notify=slideChanged)
    secondsLeft = Property(int, _get_seconds_left, notify=secondsLeftChanged)


class InputWatcher(QObject):
    """Sees every touch, click and key press that reaches the window, before QML does."""

    def __init__(self, idle: IdleViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = idle

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in INPUT_EVENTS:
            return False
        waking = self._idle.is_prompting or self._idle.is_attracting
        self._idle.activity()
        # The touch that dismisses the prompt or wakes the attract screen goes no further:
        # it never opens what lies beneath (which QML would see once the overlay is gone).
        return waking
