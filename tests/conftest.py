"""Test set-up: Qt renders offscreen, and content files are built small in tmp_path."""

from __future__ import annotations

import os

# Must happen before any QGuiApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_exit_status = 0


def pytest_sessionfinish(session: object, exitstatus: int) -> None:
    global _exit_status
    _exit_status = int(exitstatus)


def pytest_unconfigure(config: object) -> None:
    """End the process with pytest's own status once everything is reported.

    With many Qt Quick engines made and destroyed in one process, PySide 6.12 can abort
    while Python finalises its objects ("none_dealloc"), after every test has passed; that
    must not turn a green run red. Failures still fail: the status is pytest's.
    """
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status)
