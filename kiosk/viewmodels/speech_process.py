"""The kiosk's side of the speech worker process: commands written to it, answers and events
read from it as they come, never waited for (see kiosk/platform/speech_worker.py)."""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QProcess, Signal

log = logging.getLogger(__name__)


def worker_command() -> list[str]:
    """The same program as the kiosk, with the worker's command: the built app or Python.
    (Tests put a fake worker here.)"""
    if getattr(sys, "frozen", False):
        return [sys.executable, "speech-worker"]
    return [sys.executable, "-m", "kiosk.cli", "speech-worker"]


class SpeechProcess(QObject):
    """One worker process; `message` carries each JSON line it writes."""

    message = Signal(dict)
    ended = Signal()

    def __init__(self, command: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process = QProcess(self)
        self._process.readyReadStandardOutput.connect(self._read_output)
        self._process.readyReadStandardError.connect(self._read_errors)
        self._process.finished.connect(lambda *_: self.ended.emit())
        self._output = b""
        self._errors = b""
        self._process.start(command[0], command[1:])

    def send(self, command: dict[str, Any]) -> None:
        self._process.write(QByteArray((json.dumps(command) + "\n").encode("utf-8")))

    def end(self, timeout_s: float) -> None:
        """Close its input, which ends it; one that does not end in time is killed."""
        if self._process.state() == QProcess.ProcessState.NotRunning:
            return
        self._process.closeWriteChannel()
        if not self._process.waitForFinished(int(timeout_s * 1000)):
            self.kill()

    def kill(self) -> None:
        if self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.kill()
            self._process.waitForFinished(5000)

    def _read_output(self) -> None:
        self._output += bytes(self._process.readAllStandardOutput().data())
        *lines, self._output = self._output.split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if isinstance(message, dict):
                self.message.emit(message)

    def _read_errors(self) -> None:
        """The worker's log lines ("speech worker: LEVEL message") go to the kiosk's log."""
        self._errors += bytes(self._process.readAllStandardError().data())
        *lines, self._errors = self._errors.split(b"\n")
        for raw in lines:
            line = raw.decode("utf-8", "replace").strip()
            if line:
                words = line.removeprefix("speech worker: ").split(" ", 1)
                level = logging.getLevelName(words[0]) if len(words) == 2 else logging.INFO
                text = words[1] if len(words) == 2 else line
                log.log(level if isinstance(level, int) else logging.INFO, "%s", text)
