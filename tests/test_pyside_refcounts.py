"""Guards against PySide builds that lose references to None, True or False.

PySide6 6.12.0 dropped a reference to True on every Signal.emit() and to None in calls such
as QTest's and begin/endResetModel(); the interpreter then aborted ("bool_dealloc",
"none_dealloc") after a few thousand calls: minutes of use for a kiosk. These tests fail on
such a build, before a kiosk does.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.models.tiles import TileListModel

# Few enough that a broken build fails the assertion before it aborts the interpreter.
CALLS = 300


class Emitter(QObject):
    changed = Signal()


def references_lost(call: Callable[[], object]) -> dict[str, int]:
    before = {name: sys.getrefcount(value) for name, value in _SINGLETONS.items()}
    for _ in range(CALLS):
        call()
    return {name: before[name] - sys.getrefcount(value) for name, value in _SINGLETONS.items()}


_SINGLETONS = {"None": None, "True": True, "False": False}


def test_signal_emit_keeps_its_references(qapp: object) -> None:
    emitter = Emitter()
    emitter.changed.connect(lambda: None)
    lost = references_lost(emitter.changed.emit)
    assert all(count < CALLS // 2 for count in lost.values()), lost


def test_model_reset_keeps_its_references(qapp: object) -> None:
    model = TileListModel()
    lost = references_lost(lambda: model.set_rows(()))
    assert all(count < CALLS // 2 for count in lost.values()), lost
