"""`kiosk run` whose UI thread is stuck in a call that never returns (content.json turned into
a named pipe: reading it waits for a writer forever, as a file on a hung network share would):
the watchdog ends it for a restart, and SIGTERM still ends it within 5 s."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.platform.watchdog import EXIT_HUNG
from kiosk.services.reload import POLL_MS
from kiosk.shared.paths import default_content_path
from tests.processes import wait_until_running

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def _start(tmp_path: Path, watchdog_s: int) -> tuple[subprocess.Popen[str], Path]:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy2(default_content_path(), content / "content.json")
    shutil.copytree(default_content_path().parent / "resources", content / "resources")
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        **{f"XDG_{kind}_HOME": str(tmp_path / kind) for kind in ("DATA", "CACHE", "STATE")},
    }
    command = [
        sys.executable,
        "-m",
        "kiosk.cli",
        "run",
        "--windowed",
        "--content",
        str(content / "content.json"),
        "--log-file",
        str(tmp_path / "k.log"),
        "--watchdog",
        str(watchdog_s),
    ]
    kiosk = subprocess.Popen(command, cwd=ROOT, env=environment, stderr=subprocess.PIPE, text=True)
    wait_until_running(kiosk)
    return kiosk, content / "content.json"


def _block_the_ui_thread(content: Path) -> None:
    content.unlink()
    os.mkfifo(content)


def test_a_stuck_ui_thread_ends_the_kiosk_with_the_hung_exit_code(tmp_path: Path) -> None:
    kiosk, content = _start(tmp_path, watchdog_s=3)
    try:
        _block_the_ui_thread(content)
        assert kiosk.wait(timeout=60) == EXIT_HUNG
    finally:
        kiosk.kill()
    log = (tmp_path / "k.log").read_text("utf-8")
    assert "The user interface has not responded" in log
    assert "fingerprint.py" in log  # where the UI thread was stuck


def test_sigterm_ends_a_kiosk_whose_ui_thread_is_stuck_within_5_s(tmp_path: Path) -> None:
    kiosk, content = _start(tmp_path, watchdog_s=0)
    try:
        _block_the_ui_thread(content)
        # The reloader looks at the file within its 3 s poll; out of this process nothing
        # says when it is stuck but the time it has had.
        time.sleep(POLL_MS / 1000 + 1)
        began = time.monotonic()
        kiosk.send_signal(signal.SIGTERM)
        assert kiosk.wait(timeout=30) == 0
        assert time.monotonic() - began < 5
    finally:
        kiosk.kill()
    assert "Did not stop within 4 s of SIGTERM" in (tmp_path / "k.log").read_text("utf-8")
