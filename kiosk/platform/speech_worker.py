"""The speech engine in a process of its own (`kiosk speech-worker`, started by the kiosk).

QtTextToSpeech's speech-dispatcher engine can block in a call for good (a speech-dispatcher
that cannot open its sound device) and holds Python's lock while it does: on any thread of
the kiosk's own process that stops the whole kiosk. Here it stops only this process, which
the kiosk then ends. Commands come as JSON lines on standard input, answers and events go
out as JSON lines on standard output:

    in:  {"id": 1, "do": "start", "engine": null}   (null: the system's engine)
         {"id": 2, "do": "choose", "locale": "fi_FI"}
         {"id": 3, "do": "say", "text": "..."}       {"id": 4, "do": "stop"}
    out: {"answered": 1}   {"engine": "speechd"} or {"engine": null}
         {"voice": true, "for": 2}   {"state": "speaking"} / "ready" / {"error": "..."}
         {"word": "..."}
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal, Slot

log = logging.getLogger(__name__)


class _Lines(QObject):
    """Standard input's lines, read on a thread (a pipe has no notifier on Windows) and
    handed to the main thread; the end of input ends the worker."""

    line = Signal(str)
    ended = Signal()

    def start(self) -> None:
        threading.Thread(target=self._read, name="commands", daemon=True).start()

    def _read(self) -> None:
        for line in sys.stdin:
            self.line.emit(line)
        self.ended.emit()


class SpeechWorker(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._engine: Any = None

    @Slot(str)
    def handle(self, line: str) -> None:
        try:
            command = json.loads(line)
            number = int(command["id"])
            what = str(command["do"])
        except (ValueError, KeyError, TypeError):
            log.warning("Speech worker: not a command: %r", line[:80])
            return
        if what == "start":
            self._start(command.get("engine"))
        elif what == "choose":
            found = self._choose(str(command.get("locale", "")))
            send({"voice": found, "for": number, "locale": self._engine_locale()})
        elif what == "say" and self._engine is not None:
            self._engine.say(str(command.get("text", "")))
        elif what == "stop" and self._engine is not None:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self._engine.stop(QTextToSpeech.BoundaryHint.Immediate)
        send({"answered": number})

    def _start(self, name: object) -> None:
        from kiosk.platform.speech_engine import create_speech_engine

        if self._engine is None:
            self._engine = create_speech_engine(name if isinstance(name, str) else None)
            if self._engine is not None:
                self._engine.stateChanged.connect(self._state)
                self._engine.sayingWord.connect(lambda word, *_: send({"word": word}))
        send({"engine": self._engine.engine() if self._engine is not None else None})

    def _choose(self, locale_name: str) -> bool:
        if self._engine is None:
            return False
        wanted = QLocale(locale_name)
        locales = self._engine.availableLocales()
        exact = [locale for locale in locales if locale.name() == wanted.name()]
        same = [locale for locale in locales if locale.language() == wanted.language()]
        choices = exact or same
        if not choices:
            return False
        self._engine.setLocale(choices[0])
        return bool(self._engine.availableVoices())

    def _engine_locale(self) -> str:
        return self._engine.locale().name() if self._engine is not None else ""

    def _state(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        state = self._engine.state()
        if state == QTextToSpeech.State.Error:
            send({"error": self._engine.errorString()})
        speaking = state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)
        send({"state": "speaking" if speaking else "ready"})


def send(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="speech worker: %(levelname)s %(message)s")
    # The kiosk ends this process by closing its input (or kills it); a SIGTERM to all of
    # the kiosk's processes at shutdown must not end it before the kiosk has.
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, signal.SIG_IGN)
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    worker = SpeechWorker()
    lines = _Lines()
    lines.line.connect(worker.handle)
    lines.ended.connect(app.quit)
    lines.start()
    return app.exec()
