"""The kiosk's log: rotating files that a months-long run cannot grow without bound, and a
record of every uncaught exception rather than a silent end."""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import time
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from kiosk.shared.compat import override

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
RETRY_FILE_S = 60.0
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

log = logging.getLogger("kiosk")


def default_log_file(app_name: str) -> Path:
    import platformdirs

    return platformdirs.user_log_path(app_name) / "kiosk.log"


def configure_logging(log_file: Path) -> None:
    """Log to `log_file` (rotated at 1 MB, five kept) and to standard error (the journal,
    under systemd), which goes on when the file cannot be written."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter(LOG_FORMAT)
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(SparingFileHandler(log_file))
    except OSError as error:
        sys.stderr.write(f"Cannot write the log file {log_file} ({error}); logging here only\n")
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    install_exception_logging()


class SparingFileHandler(RotatingFileHandler):
    """A log file that may stop taking lines (a full disk, a removed USB stick) without a
    traceback on standard error for every line: it says so once, skips the file for a
    while, then tries again."""

    def __init__(self, log_file: Path, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
        self._clock = clock
        self._resting_until: float | None = None

    @override
    def emit(self, record: logging.LogRecord) -> None:
        if self._resting_until is not None:
            if self._clock() < self._resting_until:
                return
            self._resting_until = None
        super().emit(record)

    @override
    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if self._resting_until is None:
            sys.stderr.write(
                f"Cannot write the log file {self.baseFilename} ({error}); the log goes on "
                f"here and the file is tried again in {RETRY_FILE_S:.0f} s\n"
            )
        self._resting_until = self._clock() + RETRY_FILE_S
        if self.stream is not None:
            with contextlib.suppress(OSError, ValueError):
                self.stream.close()
            self.stream = None  # reopened on the next line


def install_exception_logging() -> None:
    """Uncaught exceptions go to the log. Qt calls sys.excepthook for an exception raised in
    a slot and then carries on, so one failing action does not take the kiosk down."""
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_thread_exception


def _log_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    log.critical("Uncaught exception", exc_info=(kind, error, trace))


def _log_thread_exception(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        log.critical(
            "Uncaught exception in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
