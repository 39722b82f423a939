"""A speech engine that stops answering (speech-dispatcher with no working sound output), or
dies: the kiosk keeps responding, and read aloud switches itself off with one log line."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.platform.kiosk_ui import KioskUi
from kiosk.tools.snapshot import wait_until_ready
from kiosk.viewmodels import speech_process
from kiosk.viewmodels.speech import ANSWER_LIMIT_S
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, find_all, tap
from tests.ui.test_idle import FakeClock

FAKE_WORKER = Path(__file__).with_name("fake_speech_worker.py")


def speaking_with(
    make_ui: UiFactory, monkeypatch: pytest.MonkeyPatch, clock: FakeClock, *args: str
) -> KioskUi:
    monkeypatch.setattr(
        speech_process, "worker_command", lambda: [sys.executable, str(FAKE_WORKER), *args]
    )
    ui = make_ui(clock=clock)
    ui.view_model.speech_view_model.load_system_engine()
    wait_until_ready(ui)
    return ui


def test_a_hung_speech_engine_leaves_the_kiosk_responding_and_read_aloud_off(
    make_ui: UiFactory,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = FakeClock()
    ui = speaking_with(make_ui, monkeypatch, clock)
    speech = ui.view_model.speech_view_model
    assert speech.available
    tap(ui, find(ui, "readAloudButton"))
    qtbot.waitUntil(lambda: speech.speaking)

    # Choosing a language stops the speech: the worker hangs in stop, the kiosk does not.
    tap(ui, find(ui, "language-sv"))
    assert ui.view_model.language == "sv"
    tap(ui, find(ui, "language-en"))
    assert ui.view_model.language == "en"

    with caplog.at_level(logging.WARNING):
        clock.now += ANSWER_LIMIT_S + 1
        speech.check_answers()
        speech.check_answers()
    assert not speech.available and not speech.speaking
    assert speech.switched_off
    off = [record for record in caplog.records if "Read aloud is off" in record.getMessage()]
    assert len(off) == 1
    # The kiosk can reset for the next visitor: the visit is no longer held for a listener.
    assert not ui.view_model.idle_view_model.held
    wait_until_ready(ui)
    assert not find_all(ui, "readAloudButton")
    category = ui.view_model.content.categories[0].id  # type: ignore[union-attr]
    ui.view_model.goHome()
    tap(ui, find(ui, f"tile-{category}"))
    assert ui.view_model.detail_view_model.page.category_id == category


def test_a_speech_engine_that_dies_switches_read_aloud_off(
    make_ui: UiFactory,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
) -> None:
    ui = speaking_with(make_ui, monkeypatch, FakeClock(), "die")
    speech = ui.view_model.speech_view_model
    tap(ui, find(ui, "readAloudButton"))
    qtbot.waitUntil(lambda: speech.speaking)
    with caplog.at_level(logging.WARNING):
        speech.stop()
        qtbot.waitUntil(lambda: speech.switched_off)
    assert not speech.available
    assert "the speech engine's process ended" in caplog.text
