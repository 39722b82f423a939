"""Read aloud: the current screen's text, spoken in the visitor's language.

QtTextToSpeech comes from PySide6-Addons and needs the system's sound libraries; where it
cannot load, or has no voice for the language, the control is simply not shown.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QLocale,
    QLoggingCategory,
    QObject,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement

from kiosk.content.languages import speech_locale
from kiosk.qml import uncreatable
from kiosk.speechd import socket_path, speech_dispatcher_hung
from kiosk.viewmodels.idle import IdleViewModel

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

# Qt's test engine: never chosen for visitors, only when asked for by name.
MOCK_ENGINE = "mock"

log = logging.getLogger(__name__)


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


class _Delivery(QObject):
    """Hands an engine made on another thread to the UI thread."""

    loaded = Signal(object)


@QmlElement
@uncreatable("The kiosk view model owns read aloud.")
class SpeechViewModel(QObject):
    changed = Signal()
    # The system's engine is attached, or found missing.
    engineReady = Signal()
    # A visitor used read aloud: read or repeat.
    used = Signal(str)

    def __init__(self, idle: IdleViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = idle
        self._engine: QTextToSpeech | None = None
        self._language = ""
        self._has_voice = False
        self._speaking = False
        self._last_text = ""
        self._used = False
        self._maker: threading.Thread | None = None
        # What the screen shows, as one text; the kiosk view model sets it.
        self.screen_text: Callable[[], str] = lambda: ""

    @property
    def engine(self) -> QTextToSpeech | None:
        return self._engine

    @property
    def last_text(self) -> str:
        """What was said last: what repeat says again."""
        return self._last_text

    def attach(self, engine: QTextToSpeech | None) -> None:
        if engine is None:
            return
        if self._engine is not None:
            # One engine speaks; a second would answer every stateChanged twice.
            engine.deleteLater()
            return
        engine.setParent(self)
        engine.stateChanged.connect(self._on_state)
        self._engine = engine
        self._choose_voice()

    def load_system_engine(self) -> None:
        """Attach the system's speech engine once it is ready, without blocking the UI:
        starting speech-dispatcher and listing its voices takes a second or two. Only once:
        a second call changes nothing."""
        if self._maker is not None:
            return
        _quiet_library_probing()
        delivery = _Delivery(self)
        delivery.loaded.connect(self.attach)
        delivery.loaded.connect(self.engineReady)
        app = QCoreApplication.instance()
        assert app is not None
        ui_thread = app.thread()

        def make() -> None:
            engine = create_speech_engine()
            if engine is not None:
                engine.moveToThread(ui_thread)
            try:
                delivery.loaded.emit(engine)
            except RuntimeError:
                log.info("The kiosk closed before its speech engine was ready")

        self._maker = threading.Thread(target=make, name="speech-engine", daemon=True)
        self._maker.start()

    def wait_for_engine(self, timeout_s: float) -> bool:
        """On exit, before Qt tears down: an engine still being made (Qt loading its plugin,
        libspeechd connecting) must not race that teardown, which aborts the process. False
        if it is still being made after `timeout_s`."""
        if self._maker is None:
            return True
        self._maker.join(timeout_s)
        return not self._maker.is_alive()

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
        if self._engine is not None and self._speaking:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self._engine.stop(QTextToSpeech.BoundaryHint.Immediate)

    def _say(self, text: str) -> None:
        if self._engine is None or not self._has_voice or not text.strip():
            return
        self._last_text = text
        self._engine.say(text)

    def _choose_voice(self) -> None:
        had_voice = self._has_voice
        self._has_voice = self._engine is not None and self._set_locale(self._engine)
        if self._has_voice != had_voice:
            self.changed.emit()

    def _set_locale(self, engine: QTextToSpeech) -> bool:
        wanted = QLocale(speech_locale(self._language or "fi"))
        locales = engine.availableLocales()
        exact = [locale for locale in locales if locale.name() == wanted.name()]
        same_language = [locale for locale in locales if locale.language() == wanted.language()]
        choices = exact or same_language
        if not choices:
            return False
        engine.setLocale(choices[0])
        return bool(engine.availableVoices())

    def _on_state(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        assert self._engine is not None
        state = self._engine.state()
        speaking = state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)
        if state == QTextToSpeech.State.Error:
            log.warning("Read aloud failed: %s", self._engine.errorString())
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
