"""One-shot reactions to a signal run once, however the signal is delivered."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.platform.signals import connect_once


class _Emitter(QObject):
    fired = Signal()


def _emit_from_another_thread(emitter: _Emitter, times: int) -> None:
    # As a real window's render thread emits frameSwapped: every emission is queued for the
    # UI thread, and several are queued before the first is handled.
    worker = threading.Thread(target=lambda: [emitter.fired.emit() for _ in range(times)])
    worker.start()
    worker.join()


def test_a_one_shot_slot_runs_once_when_emissions_arrive_queued(qapp: QCoreApplication) -> None:
    emitter = _Emitter()
    calls: list[str] = []
    connect_once(emitter.fired, lambda: calls.append("first frame"))
    _emit_from_another_thread(emitter, 3)
    QCoreApplication.processEvents()
    assert calls == ["first frame"]


def test_a_one_shot_slot_runs_once_when_emitted_again_on_its_own_thread(
    qapp: QCoreApplication,
) -> None:
    emitter = _Emitter()
    calls: list[str] = []
    connect_once(emitter.fired, lambda: calls.append("first frame"))
    emitter.fired.emit()
    emitter.fired.emit()
    assert calls == ["first frame"]


def test_the_queued_case_is_one_that_a_plain_connection_runs_repeatedly(
    qapp: QCoreApplication,
) -> None:
    """The first test would pass vacuously if the emissions did not arrive queued."""
    emitter = _Emitter()
    calls: list[str] = []

    def disconnect_on_first() -> None:
        calls.append("frame")
        emitter.fired.disconnect(disconnect_on_first)

    emitter.fired.connect(disconnect_on_first)
    _emit_from_another_thread(emitter, 3)
    with pytest.warns(RuntimeWarning, match="Failed to disconnect"):
        QCoreApplication.processEvents()
    assert len(calls) > 1
