"""Making a QtTextToSpeech engine: the system's own, or one named (Qt's test voices). Only
the speech worker process does this (kiosk/platform/speech_worker.py)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLoggingCategory

from kiosk.platform.speechd import socket_path, speech_dispatcher_hung

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

# Qt's test engine: never chosen for visitors, only when asked for by name.
MOCK_ENGINE = "mock"

log = logging.getLogger(__name__)


def _quiet_library_probing() -> None:
    """Qt Multimedia, under the speech engines, reports every sound library it looks for and
    does not find (pipewire on a PulseAudio system): noise in a kiosk's log."""
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")


def create_speech_engine(name: str | None = None) -> QTextToSpeech | None:
    """The named engine, or the system's own; None where speech cannot work here."""
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
