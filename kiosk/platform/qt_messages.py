"""Qt's own messages (QML warnings among them): to our log, and countable by checks."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

Handler = Callable[[QtMsgType, QMessageLogContext, str], None]


def _to_log(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_LEVELS.get(kind, logging.WARNING), message)


def install_qt_message_logging() -> None:
    qInstallMessageHandler(_to_log)


@contextmanager
def collected_qt_warnings() -> Iterator[list[str]]:
    """Every Qt warning or error while the block runs (also still logged)."""
    warnings: list[str] = []

    def collect(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if _LEVELS.get(kind, logging.WARNING) >= logging.WARNING:
            warnings.append(message)
        _to_log(kind, context, message)

    previous = qInstallMessageHandler(collect)
    try:
        yield warnings
    finally:
        qInstallMessageHandler(previous)
