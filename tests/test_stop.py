"""`systemctl stop` and shutdown send SIGTERM: the kiosk quits cleanly (and so writes its
last statistics) instead of refusing to close until systemd kills it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.processes import wait_until_running

ROOT = Path(__file__).resolve().parent.parent


def _start(tmp_path: Path, **extra: str) -> subprocess.Popen[str]:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        **extra,
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kiosk.cli",
            "run",
            "--windowed",
            "--log-file",
            str(tmp_path / "k.log"),
        ],
        cwd=ROOT,
        env=environment,
        stderr=subprocess.PIPE,
        text=True,
    )


def _stop_once_running(kiosk: subprocess.Popen[str]) -> float:
    """SIGTERM as soon as the kiosk says it runs; the seconds it took to end."""
    wait_until_running(kiosk)
    began = time.monotonic()
    kiosk.send_signal(signal.SIGTERM)
    kiosk.wait(timeout=30)
    return time.monotonic() - began


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM on Windows")
def test_sigterm_stops_the_kiosk_cleanly(tmp_path: Path) -> None:
    kiosk = _start(tmp_path)
    try:
        _stop_once_running(kiosk)
        assert kiosk.returncode == 0
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
    log = (tmp_path / "k.log").read_text("utf-8")
    assert "Stopping: asked to by the system (SIGTERM)" in log
    assert "Refused to close" not in log


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM on Windows")
def test_sigterm_while_the_speech_engine_is_starting_stops_with_0(tmp_path: Path) -> None:
    """Qt's teardown racing a thread still inside Qt (the speech engine being made) aborted
    the process (exit -6). A speech-dispatcher that takes its time keeps that thread busy."""
    slow_daemon = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    address = tmp_path / "speechd.sock"
    slow_daemon.bind(str(address))
    slow_daemon.listen(8)  # connections wait in the backlog, never answered
    kiosk = _start(tmp_path, SPEECHD_ADDRESS=f"unix_socket:{address}")
    try:
        assert _stop_once_running(kiosk) < 5
        assert kiosk.returncode == 0
    finally:
        slow_daemon.close()
        if kiosk.poll() is None:
            kiosk.kill()
