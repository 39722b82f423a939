"""Read aloud: the current screen's text, spoken in the visitor's language.

QtTextToSpeech comes from PySide6-Addons and needs the system's sound libraries; where it
cannot load, or has no voice for the language, the control is simply not shown.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Property,
    QLoggingCategory,
    QObject,
    QThread,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtQml import QmlElement

from kiosk.content.languages import speech_locale
from kiosk.qml import uncreatable
from kiosk.speechd import socket_path, speech_dispatcher_hung
from kiosk.viewmodels.idle import Clock, IdleViewModel
from kiosk.viewmodels.speech_worker import EngineFactory, SpeechWorker, start_speech_thread

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

# Qt's test engine: never chosen for visitors, only when asked for by name.
MOCK_ENGINE = "mock"

log = logging.getLogger(__name__)

# How long the engine may take to answer before read aloud switches itself off: a command
# (speaking, stopping, choosing a voice), and making the engine (speech-dispatcher starting).
ANSWER_LIMIT_S = 5.0
CREATE_LIMIT_S = 20.0
CHECK_MS = 1000
STARTING = "starting"
CHOOSING = "choosing a voice"


def _quiet_library_probing() -> None:
    """Qt Multimedia, under the speech engines, reports every sound library it looks for and
    does not find (pipewire on a PulseAudio system): noise in a kiosk's log."""
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")


def create_speech_engine(name: str | None = None) -> QTextToSpeech | None:
    """The named engine, or the system's own; None where speech cannot work here."""
    if threading.current_thread() is threading.main_thread():
        _quiet_library_probing()
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as error:
        log.warning("Read aloud is off: QtTextToSpeech cannot load (%s)", error)
        return None
    if name is None:
        engines = [e for e in QTextToSpeech.availableEngines() if e != MOCK_ENGINE]
        if not engines:
            log.warning("Read aloud is off: no speech engine is installed")
            return None
        name = engines[0]
    if name == "speechd" and speech_dispatcher_hung():
        log.warning("Read aloud is off: speech-dispatcher does not answer (%s)", socket_path())
        return None
    engine = QTextToSpeech(name)
    if engine.state() == QTextToSpeech.State.Error:
        log.warning("Read aloud is off: speech engine %s failed: %s", name, engine.errorString())
        return None
    return engine


@QmlElement
@uncreatable("The kiosk view model owns read aloud.")
class SpeechViewModel(QObject):
    """Read aloud for the screens. The engine lives on the speech thread (see
    speech_worker); this side sends it commands and never waits. A command unanswered
    within its time limit switches read aloud off for good, and the kiosk carries on."""

    changed = Signal()
    # The system's engine is attached, or found missing.
    engineReady = Signal()
    # A visitor used read aloud: read or repeat.
    used = Signal(str)
    # Commands for the worker: a command number, then its arguments.
    _to_create = Signal(int, object)
    _to_choose = Signal(int, str)
    _to_say = Signal(int, str)
    _to_stop = Signal(int)

    def __init__(
        self, idle: IdleViewModel, clock: Clock = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._idle = idle
        self._clock = clock
        self._engine: QTextToSpeech | None = None
        self._language = ""
        self._has_voice = False
        self._speaking = False
        self._last_text = ""
        self._used = False
        self._loading = False
        self._off = False
        self._thread: QThread | None = None
        self._worker: SpeechWorker | None = None
        self._commands = 0
        self._last_choice = 0
        # Unanswered commands: what, when sent, how long it may take.
        self._pending: dict[int, tuple[str, float, float]] = {}
        self._checker = QTimer(self, interval=CHECK_MS)
        self._checker.timeout.connect(self.check_answers)
        # What the screen shows, as one text; the kiosk view model sets it.
        self.screen_text: Callable[[], str] = lambda: ""

    @property
    def engine(self) -> QTextToSpeech | None:
        """The engine (on the speech thread), once the worker has taken it."""
        return self._engine

    @property
    def last_text(self) -> str:
        """What was said last: what repeat says again."""
        return self._last_text

    @property
    def busy(self) -> bool:
        """Commands sent and not answered yet."""
        return bool(self._pending)

    @property
    def choosing(self) -> bool:
        """Still finding out whether there is a voice: the read-aloud control may change."""
        return any(what in (STARTING, CHOOSING) for what, _s, _l in self._pending.values())

    @property
    def switched_off(self) -> bool:
        return self._off

    def use_engine(self, factory: EngineFactory) -> None:
        """Make an engine on the speech thread and speak with it (the first one made); the
        tests and snapshots use Qt's test voices this way."""
        _quiet_library_probing()
        self._send(STARTING, self._to_create, factory, limit_s=CREATE_LIMIT_S)

    def load_system_engine(self) -> None:
        """Use the system's speech engine. Made on the speech thread, since starting
        speech-dispatcher and listing its voices takes a second or two. Only once."""
        if not self._loading:
            self._loading = True
            self.use_engine(create_speech_engine)

    def finish(self, timeout_s: float) -> bool:
        """On exit, before Qt tears down (a thread still inside Qt then aborts the process):
        end the speech thread. False if it is still held in a call after `timeout_s`."""
        if self._thread is None:
            return True
        self._thread.quit()
        return bool(self._thread.wait(int(timeout_s * 1000)))

    def set_language(self, language: str) -> None:
        self.stop()
        self._language = language
        self._choose_voice()

    def reset(self) -> None:
        self.stop()
        self._used = False
        self._last_text = ""
        self.changed.emit()

    def announce(self, text: str) -> None:
        """Speak a notice (the idle prompt) to a visitor who has been listening."""
        if self._used:
            self._say(text)

    @Slot()
    def readScreen(self) -> None:
        self._used = True
        self._say(self.screen_text())
        self.used.emit("read")

    @Slot()
    def repeat(self) -> None:
        self._say(self._last_text)
        self.used.emit("repeat")

    @Slot()
    def stop(self) -> None:
        saying = any(what == "speaking" for what, _sent, _limit in self._pending.values())
        if self._engine is not None and (self._speaking or saying):
            self._send("stopping", self._to_stop)

    @Slot()
    def check_answers(self) -> None:
        """Every second while commands are out: one unanswered too long switches off."""
        now = self._clock()
        for what, sent, limit_s in self._pending.values():
            if now - sent > limit_s:
                self._switch_off(what, limit_s)
                return

    def _say(self, text: str) -> None:
        if self._engine is None or not self._has_voice or not text.strip():
            return
        self._last_text = text
        self._send("speaking", self._to_say, text)

    def _choose_voice(self) -> None:
        if self._engine is not None:
            locale = speech_locale(self._language or "fi")
            self._last_choice = self._send(CHOOSING, self._to_choose, locale)

    def _speech_thread(self) -> QThread:
        if self._thread is None:
            self._thread, worker = start_speech_thread()
            self._worker = worker  # a Python reference keeps it alive
            self._to_create.connect(worker.create)
            self._to_choose.connect(worker.choose)
            self._to_say.connect(worker.say)
            self._to_stop.connect(worker.stop)
            worker.answered.connect(self._answered)
            worker.engineSet.connect(self._engine_set)
            worker.voiceChosen.connect(self._voice_chosen)
            worker.stateReported.connect(self._state_reported)
        return self._thread

    def _send(self, what: str, command: SignalInstance, *args: object, limit_s: float = 0) -> int:
        if self._off:
            return 0
        self._speech_thread()
        self._commands += 1
        self._pending[self._commands] = (what, self._clock(), limit_s or ANSWER_LIMIT_S)
        command.emit(self._commands, *args)
        if not self._checker.isActive():
            self._checker.start()
        return self._commands

    def _answered(self, command: int) -> None:
        self._pending.pop(command, None)
        if not self._pending:
            self._checker.stop()

    def _switch_off(self, what: str, limit_s: float) -> None:
        log.warning(
            "Read aloud is off: the speech engine did not answer within %.0f s (%s); "
            "the kiosk goes on without it",
            limit_s,
            what,
        )
        self._off = True
        self._pending.clear()
        self._checker.stop()
        if self._thread is not None:
            self._thread.quit()  # if the call ever returns
        self._has_voice = False
        self._set_speaking(False)
        self.changed.emit()

    def _engine_set(self, engine: QTextToSpeech | None) -> None:
        if self._off:
            return
        had_engine = self._engine is not None
        self._engine = engine
        if engine is not None and not had_engine:
            self._choose_voice()
        self.engineReady.emit()

    def _voice_chosen(self, command: int, found: bool) -> None:
        if self._off or command != self._last_choice:
            return  # switched off, or a later choice is on its way
        if found != self._has_voice:
            self._has_voice = found
            self.changed.emit()

    def _state_reported(self, speaking: bool, error: str) -> None:
        if self._off:
            return
        if error:
            log.warning("Read aloud failed: %s", error)
        self._set_speaking(speaking)

    def _set_speaking(self, speaking: bool) -> None:
        if speaking != self._speaking:
            self._speaking = speaking
            # A visitor listening touches nothing: the kiosk must not reset under them.
            self._idle.held = speaking
            if not speaking:
                self._idle.listened()
            self.changed.emit()

    def _get_available(self) -> bool:
        return self._has_voice

    def _get_speaking(self) -> bool:
        return self._speaking

    def _get_can_repeat(self) -> bool:
        return bool(self._last_text)

    available = Property(bool, _get_available, notify=changed)
    speaking = Property(bool, _get_speaking, notify=changed)
    canRepeat = Property(bool, _get_can_repeat, notify=changed)
