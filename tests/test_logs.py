"""The log rotates, and an exception in a slot is logged while the kiosk carries on."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kiosk.shared import logs


@pytest.fixture
def restored_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers, root.level, sys.excepthook = handlers, level, hook


def test_log_file_rotates_and_keeps_five(tmp_path: Path, restored_logging: None) -> None:
    path = tmp_path / "logs" / "kiosk.log"
    logs.configure_logging(path)
    line = "x" * 1000
    for _ in range(8 * logs.MAX_BYTES // 1000):
        logging.getLogger("test").info(line)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["kiosk.log", *(f"kiosk.log.{n}" for n in range(1, logs.BACKUP_COUNT + 1))]
    assert all(p.stat().st_size <= logs.MAX_BYTES + 2000 for p in path.parent.iterdir())


class Emitter(QObject):
    fired = Signal()


def test_an_exception_in_a_slot_is_logged_and_the_app_goes_on(
    qapp: QCoreApplication, restored_logging: None, caplog: pytest.LogCaptureFixture
) -> None:
    logs.install_exception_logging()
    calls: list[str] = []

    def broken() -> None:
        calls.append("broken")
        raise RuntimeError("a bug in a slot")

    emitter = Emitter()
    emitter.fired.connect(broken)
    emitter.fired.emit()
    QTimer.singleShot(0, lambda: calls.append("still running"))
    for _ in range(5):
        qapp.processEvents()
    assert calls == ["broken", "still running"]
    assert "Uncaught exception" in caplog.text
    assert "a bug in a slot" in caplog.text


def test_default_log_file_is_in_the_user_log_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert logs.default_log_file("tietopiste").is_relative_to(tmp_path)


class FullDisk:
    def write(self, _text: str) -> None:
        raise OSError(28, "No space left on device")

    def flush(self) -> None:
        raise OSError(28, "No space left on device")

    def close(self) -> None:
        pass


def test_a_log_file_that_cannot_be_written_is_reported_once_then_retried(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    now = [0.0]
    handler = logs.SparingFileHandler(tmp_path / "kiosk.log", clock=lambda: now[0])
    handler.stream = FullDisk()  # type: ignore[assignment]
    record = logging.LogRecord("kiosk", logging.INFO, __file__, 1, "line %d", (1,), None)
    for _ in range(25):
        handler.emit(record)
    errors = capsys.readouterr().err
    assert errors.count("Cannot write the log file") == 1
    assert "Logging error" not in errors
    now[0] += logs.RETRY_FILE_S + 1
    handler.emit(record)  # the disk has room again: the file is reopened
    handler.close()
    assert "line 1" in (tmp_path / "kiosk.log").read_text("utf-8")


def test_a_log_folder_that_cannot_be_made_leaves_standard_error(
    tmp_path: Path, restored_logging: None, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", "utf-8")
    logs.configure_logging(blocker / "log" / "kiosk.log")
    logging.getLogger("test").warning("still heard")
    assert "still heard" in capsys.readouterr().err
