"""The UI thread watched from another thread: a kiosk whose event loop stops turning (a call
that never returns) is ended with its tracebacks logged, so the service manager restarts it;
and SIGTERM ends the kiosk within seconds even when the UI thread cannot act on it."""

from __future__ import annotations

import faulthandler
import logging
import math
import os
import select
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

# Distinct from a crash (1) and a user interface that did not load (4).
EXIT_HUNG = 5
HANG_AFTER_S = 30.0
STOP_WITHIN_S = 4.0
BEAT_MS = 1000
# Start-up (reading the content, the first frame) may take this long before the first beat.
STARTING_S = 120.0
# If even the watchdog thread cannot run (a call holding Python's lock), faulthandler's own
# thread, which needs no lock, ends the kiosk this much later (with exit code 1).
LAST_RESORT_AFTER_S = 15.0


class Watchdog(QObject):
    def __init__(
        self,
        hang_after_s: float = HANG_AFTER_S,
        stop_within_s: float = STOP_WITHIN_S,
        clock: Callable[[], float] = time.monotonic,
        leave: Callable[[int], None] = os._exit,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hang_after_s = hang_after_s
        self._stop_within_s = stop_within_s
        self._clock = clock
        self._leave = leave
        self._last_beat = clock()
        self._stop_asked_at: float | None = None
        self._heart = QTimer(self, interval=BEAT_MS)
        self._heart.timeout.connect(self.beat)
        self._signals: int | None = None
        self._watching_ui = True
        self._beats = 0
        self._last_resort = False

    def start(self) -> None:
        """Beat on the UI thread; watch, and hear SIGTERM, on a thread of its own."""
        self._last_resort = True
        self.beat()
        self._heart.start()
        # The first turn of the event loop beats at once: start-up is over from then on.
        QTimer.singleShot(0, self.beat)
        self._signals = _signal_pipe()
        threading.Thread(target=self._watch, name="watchdog", daemon=True).start()

    def beat(self) -> None:
        """On the UI thread, each second once the event loop runs."""
        self._beats += 1
        self._last_beat = self._clock()
        if self._last_resort and math.isfinite(self._hang_after_s):
            last_resort = self._limit_s() + LAST_RESORT_AFTER_S
            faulthandler.dump_traceback_later(last_resort, exit=True, file=sys.stderr)

    def event_loop_ended(self) -> None:
        """The kiosk is on its way out: no more beats, but SIGTERM's deadline still holds."""
        self._watching_ui = False
        self._heart.stop()
        faulthandler.cancel_dump_traceback_later()

    def stop_asked(self) -> None:
        if self._stop_asked_at is None:
            self._stop_asked_at = self._clock()

    def check(self) -> None:
        """One look: called every second by the watching thread (and by tests)."""
        now = self._clock()
        if self._stop_asked_at is not None and now - self._stop_asked_at > self._stop_within_s:
            log.error("Did not stop within %.0f s of SIGTERM; leaving now", self._stop_within_s)
            log.error("Where the threads were:\n%s", all_tracebacks())
            logging.shutdown()
            self._leave(0)
        elif self._watching_ui and now - self._last_beat > self._limit_s():
            log.critical(
                "The user interface has not responded for %.0f s; ending the kiosk (exit %d) "
                "so that it is restarted. Where the threads were:\n%s",
                now - self._last_beat,
                EXIT_HUNG,
                all_tracebacks(),
            )
            logging.shutdown()
            self._leave(EXIT_HUNG)

    def _limit_s(self) -> float:
        # Before the event loop turns (the first beat is start()'s own) the kiosk is still
        # reading its content and drawing its first frame, which a slow PC may take a while.
        if self._beats < 2:
            return max(self._hang_after_s, STARTING_S)
        return self._hang_after_s

    def _watch(self) -> None:
        while True:
            if self._signals is not None:
                ready, _, _ = select.select([self._signals], [], [], 1.0)
                if ready and signal.SIGTERM in os.read(self._signals, 64):
                    self.stop_asked()
            else:
                time.sleep(1.0)
            self.check()


def _signal_pipe() -> int | None:
    """A pipe the C signal handler writes each signal's number to, whatever Python's main
    thread is doing: the only way another thread learns of SIGTERM while it is stuck."""
    if sys.platform == "win32":
        return None
    read, write = os.pipe()
    os.set_blocking(write, False)
    signal.set_wakeup_fd(write, warn_on_full_buffer=False)
    return read


def all_tracebacks() -> str:
    with tempfile.TemporaryFile("w+", encoding="utf-8") as dump:
        faulthandler.dump_traceback(file=dump, all_threads=True)
        dump.seek(0)
        return dump.read()
