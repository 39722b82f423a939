"""The speech engine on a thread of its own: every call into it (making it, choosing a voice,
speaking, stopping) may block when speech-dispatcher or the sound system is stuck, and none
may hold the UI thread. The view model sends commands and never waits for them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

EngineFactory = Callable[[], "QTextToSpeech | None"]


class SpeechWorker(QObject):
    """Lives on the speech thread; each slot answers with `answered(command)` once its call
    into the engine has returned."""

    answered = Signal(int)
    # Whether an engine is attached, after `create` or `adopt`.
    engineSet = Signal(object)
    # Whether the engine has a voice for the locale asked for.
    voiceChosen = Signal(int, bool)
    # Speaking (or synthesizing), and the engine's error text when it failed.
    stateReported = Signal(bool, str)

    def __init__(self) -> None:
        super().__init__()
        self._engine: QTextToSpeech | None = None

    @Slot(int, object)
    def create(self, command: int, factory: EngineFactory) -> None:
        """Make the engine here: its backend starts timers in the thread it is made in, and
        moving the engine afterwards does not move the backend."""
        engine = factory()
        if engine is not None and self._engine is None:
            engine.setParent(self)
            engine.stateChanged.connect(self._on_state)
            self._engine = engine
        elif engine is not None:
            engine.deleteLater()  # one engine speaks; a second would answer twice
        self.engineSet.emit(self._engine)
        self.answered.emit(command)

    @Slot(int, str)
    def choose(self, command: int, locale_name: str) -> None:
        from PySide6.QtCore import QLocale

        found = False
        if self._engine is not None:
            wanted = QLocale(locale_name)
            locales = self._engine.availableLocales()
            exact = [locale for locale in locales if locale.name() == wanted.name()]
            same = [locale for locale in locales if locale.language() == wanted.language()]
            choices = exact or same
            if choices:
                self._engine.setLocale(choices[0])
                found = bool(self._engine.availableVoices())
        self.voiceChosen.emit(command, found)
        self.answered.emit(command)

    @Slot(int, str)
    def say(self, command: int, text: str) -> None:
        if self._engine is not None:
            self._engine.say(text)
        self.answered.emit(command)

    @Slot(int)
    def stop(self, command: int) -> None:
        if self._engine is not None:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self._engine.stop(QTextToSpeech.BoundaryHint.Immediate)
        self.answered.emit(command)

    def _on_state(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        assert self._engine is not None
        state = self._engine.state()
        speaking = state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)
        error = self._engine.errorString() if state == QTextToSpeech.State.Error else ""
        self.stateReported.emit(speaking, error)


def start_speech_thread() -> tuple[QThread, SpeechWorker]:
    thread = QThread()
    thread.setObjectName("speech")
    worker = SpeechWorker()
    worker.moveToThread(thread)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread, worker
