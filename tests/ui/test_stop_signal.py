"""The SIGTERM handler only asks the event loop to stop: run at once, it could interrupt a
log line being written and fail in the middle (it did, and the kiosk went on running)."""

from __future__ import annotations

import signal

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.startup.app import stop_on_sigterm
from tests.ui.conftest import UiFactory


def test_the_sigterm_handler_only_asks_the_event_loop_to_stop(
    make_ui: UiFactory, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    ui = make_ui()
    quits: list[bool] = []
    monkeypatch.setattr(QGuiApplication, "quit", lambda: quits.append(True))
    previous = signal.getsignal(signal.SIGTERM)
    try:
        stop_on_sigterm(ui)
        handler = signal.getsignal(signal.SIGTERM)
        assert callable(handler)
        handler(signal.SIGTERM, None)
        assert quits == [], "nothing done inside the handler"
        qtbot.waitUntil(lambda: quits == [True])
        assert ui.view_model.closeAllowed()
    finally:
        signal.signal(signal.SIGTERM, previous)
