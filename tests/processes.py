"""The kiosk started as its own process by a test."""

from __future__ import annotations

import subprocess

import pytest


def wait_until_running(kiosk: subprocess.Popen[str]) -> None:
    """Read its standard error until it says it runs (the first frame is on screen)."""
    assert kiosk.stderr is not None
    for line in kiosk.stderr:
        if "Kiosk running" in line:
            return
    pytest.fail("the kiosk never said it was running")
