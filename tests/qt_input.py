"""Synthetic touches and keys for tests and benchmarks: the left button, no modifiers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def mouse_press(window: QWindow, point: QPoint) -> None:
    QTest.mousePress(window, LEFT, NO_MODIFIER, point)


def mouse_release(window: QWindow, point: QPoint) -> None:
    QTest.mouseRelease(window, LEFT, NO_MODIFIER, point)


def mouse_move(window: QWindow, point: QPoint, delay_ms: int = -1) -> None:
    QTest.mouseMove(window, point, delay_ms)


def mouse_click(window: QWindow, point: QPoint) -> None:
    QTest.mouseClick(window, LEFT, NO_MODIFIER, point)


def key_click(window: QWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    QTest.keyClick(window, key, modifiers)
