"""A speech engine that stops answering (speech-dispatcher with no working sound output):
the kiosk keeps responding, and read aloud switches itself off with one log line."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QObject, Signal
from pytestqt.qtbot import QtBot

from kiosk.app import KioskUi
from kiosk.snapshot import wait_until_ready
from kiosk.viewmodels.speech import ANSWER_LIMIT_S
from tests.system_packages import require_library
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, tap
from tests.ui.test_idle import FakeClock


class HangingEngine(QObject):
    """Speaks at once; `stop` then blocks, as libspeechd did on a stuck daemon."""

    stateChanged = Signal(object)

    def __init__(self, released: threading.Event) -> None:
        super().__init__()
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._states = QTextToSpeech.State
        self._state = QTextToSpeech.State.Ready
        self._released = released

    def availableLocales(self) -> list[QLocale]:
        return [QLocale("fi_FI"), QLocale("sv_SE"), QLocale("en_GB")]

    def setLocale(self, _locale: QLocale) -> None:
        pass

    def availableVoices(self) -> list[str]:
        return ["voice"]

    def say(self, _text: str) -> None:
        self._state = self._states.Speaking
        self.stateChanged.emit(self._state)

    def stop(self, _hint: object) -> None:
        self._released.wait()

    def state(self) -> object:
        return self._state

    def errorString(self) -> str:
        return ""


@pytest.fixture
def released() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()  # lets the speech thread end before the UI is disposed


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def hanging_ui(make_ui: UiFactory, released: threading.Event, clock: FakeClock) -> KioskUi:
    require_library("libpulse.so.0", "libpulse0")  # QtTextToSpeech's enums
    ui = make_ui(clock=clock)
    ui.view_model.speech_view_model.use_engine(lambda: HangingEngine(released))
    wait_until_ready(ui)
    return ui


def test_a_hung_speech_engine_leaves_the_kiosk_responding_and_read_aloud_off(
    hanging_ui: KioskUi, clock: FakeClock, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    ui = hanging_ui
    speech = ui.view_model.speech_view_model
    assert speech.available
    tap(ui, find(ui, "readAloudButton"))
    qtbot.waitUntil(lambda: speech.speaking)

    # Choosing a language stops the speech: the engine hangs in stop, the UI does not.
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
    assert not find_visible(ui, "readAloudButton")
    category = ui.view_model.content.categories[0].id  # type: ignore[union-attr]
    ui.view_model.goHome()
    tap(ui, find(ui, f"tile-{category}"))
    assert ui.view_model.detail_view_model.page.category_id == category


def find_visible(ui: KioskUi, name: str) -> bool:
    from tests.ui.helpers import find_all

    return bool(find_all(ui, name))
