"""The log rotates, and an exception in a slot is logged while the kiosk carries on."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kiosk import logs


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
