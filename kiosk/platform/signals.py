"""One-shot reactions to Qt signals, safe against repeated and queued delivery."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, SignalInstance


def connect_once(signal: SignalInstance, slot: Callable[[], object]) -> None:
    """Run `slot` on the signal's first emission and never again.

    Disconnecting inside the slot is not enough: a signal from another thread (a real
    window's render thread emits frameSwapped) arrives queued, and the next emission is
    often queued before the first one is handled, so the slot would run twice. Qt's
    single-shot connection is broken at the moment of the first emission, in the emitting
    thread; the flag keeps the promise even for a delivery already under way."""
    done = False

    def first(*_args: Any) -> None:
        nonlocal done
        if done:
            return
        done = True
        slot()

    signal.connect(first, Qt.ConnectionType.SingleShotConnection)
