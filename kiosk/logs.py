"""The kiosk's log: rotating files that a months-long run cannot grow without bound, and a
record of every uncaught exception rather than a silent end."""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

log = logging.getLogger("kiosk")


def default_log_file(app_name: str) -> Path:
    import platformdirs

    return platformdirs.user_log_path(app_name) / "kiosk.log"


def configure_logging(log_file: Path) -> None:
    """Log to `log_file` (rotated at 1 MB, five kept) and to standard error."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter(LOG_FORMAT)
    for handler in (
        RotatingFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        ),
        logging.StreamHandler(),
    ):
        handler.setFormatter(formatter)
        root.addHandler(handler)
    install_exception_logging()


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
