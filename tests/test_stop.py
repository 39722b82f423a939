"""`systemctl stop` and shutdown send SIGTERM: the kiosk quits cleanly (and so writes its
last statistics) instead of refusing to close until systemd kills it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM on Windows")
def test_sigterm_stops_the_kiosk_cleanly(tmp_path: Path) -> None:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    kiosk = subprocess.Popen(
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
    assert kiosk.stderr is not None
    try:
        for line in kiosk.stderr:
            if "Kiosk running" in line:
                break
        else:
            pytest.fail("the kiosk never said it was running")
        kiosk.send_signal(signal.SIGTERM)
        assert kiosk.wait(timeout=30) == 0
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
    log = (tmp_path / "k.log").read_text("utf-8")
    assert "Stopping: asked to by the system (SIGTERM)" in log
    assert "Refused to close" not in log
