"""The speech worker process: it answers each command, outlives the SIGTERM that systemd
sends every process of the kiosk at shutdown, and ends when its input does."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM to send on Windows")
def test_the_worker_ignores_sigterm_and_ends_with_its_input() -> None:
    worker = subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli", "speech-worker"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert worker.stdin is not None and worker.stdout is not None
    try:
        worker.stdin.write(json.dumps({"id": 1, "do": "choose", "locale": "fi_FI"}) + "\n")
        worker.stdin.flush()
        assert json.loads(worker.stdout.readline()) == {"voice": False, "for": 1, "locale": ""}
        assert json.loads(worker.stdout.readline()) == {"answered": 1}
        worker.send_signal(signal.SIGTERM)
        worker.stdin.write(json.dumps({"id": 2, "do": "stop"}) + "\n")
        worker.stdin.flush()
        assert json.loads(worker.stdout.readline()) == {"answered": 2}, "SIGTERM ended it"
        worker.stdin.close()
        assert worker.wait(timeout=30) == 0
    finally:
        worker.kill()
