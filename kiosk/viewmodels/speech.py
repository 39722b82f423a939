"""Read aloud: the current screen's text, spoken in the visitor's language.

The speech engine runs in a process of its own (kiosk/platform/speech_worker.py): a call into it can
block for good, holding Python's lock, and no call may stop the kiosk. Where speech cannot
work, or has no voice for the language, the control is simply not shown.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.content.languages import speech_locale
from kiosk.platform.qml import uncreatable
from kiosk.viewmodels import speech_process
from kiosk.viewmodels.idle import Clock, IdleViewModel
from kiosk.viewmodels.speech_process import SpeechProcess

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

# How long the worker may take to answer before read aloud switches itself off: a command
# (speaking, stopping, choosing a voice), and starting (speech-dispatcher starting).
ANSWER_LIMIT_S = 5.0
START_LIMIT_S = 20.0
CHECK_MS = 1000
STARTING = "starting"
CHOOSING = "choosing a voice"


@QmlElement
@uncreatable("The kiosk view model owns read aloud.")
class SpeechViewModel(QObject):
    """Read aloud for the screens. Commands go to the worker process, which answers each;
    nothing here waits. One unanswered within its time limit (or a worker that dies) ends
    the worker and switches read aloud off for good, and the kiosk carries on."""

    changed = Signal()
    # The engine has started, or been found missing.
    engineReady = Signal()
    # A visitor used read aloud: read or repeat.
    used = Signal(str)
    # Each word as it is spoken.
    wordSpoken = Signal(str)

    def __init__(
        self,
        idle: IdleViewModel,
        screen_text: Callable[[], str] = lambda: "",
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        """`screen_text`: what read aloud reads, asked when it starts."""
        super().__init__(parent)
        self._idle = idle
        self._screen_text = screen_text
        self._clock = clock
        self._engine_name: str | None = None
        # The locale of the voice the worker chose last, such as fi_FI.
        self.voice_locale = ""
        self._language = ""
        self._has_voice = False
        self._speaking = False
        self._last_text = ""
        self._used = False
        self._loading = False
        self._off = False
        self._finishing = False
        self._process: SpeechProcess | None = None
        self._commands = 0
        self._last_choice = 0
        # Unanswered commands: what, when sent, how long it may take.
        self._pending: dict[int, tuple[str, float, float]] = {}
        self._checker = QTimer(self, interval=CHECK_MS)
        self._checker.timeout.connect(self.check_answers)
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting, the worker may end first (systemd signals every process of the kiosk).
            app.aboutToQuit.connect(self._quitting)
        # What the screen shows, as one text; the kiosk view model sets it.

    @property
    def engine_name(self) -> str | None:
        """The worker's engine ("speechd", "mock"), once it has started one."""
        return self._engine_name

    @property
    def last_text(self) -> str:
        """What was said last: what repeat says again."""
        return self._last_text

    @property
    def choosing(self) -> bool:
        """Still finding out whether there is a voice: the read-aloud control may change."""
        return any(what in (STARTING, CHOOSING) for what, _s, _l in self._pending.values())

    @property
    def switched_off(self) -> bool:
        return self._off

    def use_engine(self, name: str | None) -> None:
        """Start the worker with the named engine (Qt's test voices in tests and snapshots),
        or the system's own for None."""
        self._send(STARTING, {"do": "start", "engine": name}, limit_s=START_LIMIT_S)

    def load_system_engine(self) -> None:
        """Use the system's speech engine: starting speech-dispatcher and listing its voices
        takes a second or two, in the worker. Only once."""
        if not self._loading:
            self._loading = True
            self.use_engine(None)

    def finish(self, timeout_s: float) -> None:
        """On exit: end the worker (killed if it does not end within `timeout_s`). One still
        in a call reads the end of its input only once the call returns: it is killed now."""
        self._finishing = True
        self._checker.stop()
        if self._process is None:
            return
        if self._pending:
            self._pending.clear()
            self._process.kill()
        else:
            self._process.end(timeout_s)

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
        self._say(self._screen_text())
        self.used.emit("read")

    @Slot()
    def repeat(self) -> None:
        self._say(self._last_text)
        self.used.emit("repeat")

    @Slot()
    def stop(self) -> None:
        saying = any(what == "speaking" for what, _sent, _limit in self._pending.values())
        if self._engine_name is not None and (self._speaking or saying):
            self._send("stopping", {"do": "stop"})

    @Slot()
    def check_answers(self) -> None:
        """Every second while commands are out: one unanswered too long switches off."""
        now = self._clock()
        for what, sent, limit_s in self._pending.values():
            if now - sent > limit_s:
                self._switch_off(
                    f"the speech engine did not answer within {limit_s:.0f} s ({what})"
                )
                return

    def _say(self, text: str) -> None:
        if self._engine_name is None or not self._has_voice or not text.strip():
            return
        self._last_text = text
        self._send("speaking", {"do": "say", "text": text})

    def _choose_voice(self) -> None:
        if self._engine_name is not None:
            locale = speech_locale(self._language or "fi")
            self._last_choice = self._send(CHOOSING, {"do": "choose", "locale": locale})

    def _send(self, what: str, command: dict[str, Any], limit_s: float = 0) -> int:
        if self._off or self._finishing:
            return 0
        if self._process is None:
            self._process = SpeechProcess(speech_process.worker_command(), self)
            self._process.message.connect(self._received)
            self._process.ended.connect(self._worker_ended)
        self._commands += 1
        self._pending[self._commands] = (what, self._clock(), limit_s or ANSWER_LIMIT_S)
        self._process.send({"id": self._commands, **command})
        if not self._checker.isActive():
            self._checker.start()
        return self._commands

    def _received(self, message: dict[str, Any]) -> None:
        if self._off:
            return
        if "answered" in message:
            self._pending.pop(message["answered"], None)
            if not self._pending:
                self._checker.stop()
        elif "engine" in message:
            self._engine_set(message["engine"])
        elif "voice" in message:
            self.voice_locale = str(message.get("locale", ""))
            self._voice_chosen(message.get("for", 0), bool(message["voice"]))
        elif "state" in message:
            self._set_speaking(message["state"] == "speaking")
        elif "error" in message:
            log.warning("Read aloud failed: %s", message["error"])
        elif "word" in message:
            self.wordSpoken.emit(str(message["word"]))

    def _quitting(self) -> None:
        self._finishing = True

    def _worker_ended(self) -> None:
        if not self._finishing and not self._off:
            self._switch_off("the speech engine's process ended")

    def _switch_off(self, why: str) -> None:
        log.warning("Read aloud is off: %s; the kiosk goes on without it", why)
        self._off = True
        self._pending.clear()
        self._checker.stop()
        if self._process is not None:
            self._process.kill()
        self._has_voice = False
        self._set_speaking(False)
        self.changed.emit()

    def _engine_set(self, name: object) -> None:
        had_engine = self._engine_name is not None
        if isinstance(name, str) and not had_engine:
            self._engine_name = name
            self._choose_voice()
        self.engineReady.emit()

    def _voice_chosen(self, command: int, found: bool) -> None:
        if command != self._last_choice:
            return  # a later choice is on its way
        if found != self._has_voice:
            self._has_voice = found
            self.changed.emit()

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
