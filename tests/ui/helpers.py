"""Finding items the way a test sees the screen, and touching them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.platform.kiosk_ui import KioskUi
from kiosk.platform.quick_items import visible_items
from kiosk.tools.snapshot import wait_until_ready
from tests.qt_input import mouse_click, mouse_move, mouse_press, mouse_release


def find(ui: KioskUi, name: str) -> QQuickItem:
    matches = [item for item in visible_items(ui.window.contentItem()) if item.objectName() == name]
    assert matches, f"no visible item named {name!r}"
    return matches[0]


def find_all(ui: KioskUi, name: str) -> list[QQuickItem]:
    return [item for item in visible_items(ui.window.contentItem()) if item.objectName() == name]


def is_within(item: QQuickItem | None, ancestor: QQuickItem) -> bool:
    """Whether `item` is `ancestor` or inside it."""
    while item is not None:
        if item is ancestor:
            return True
        item = item.parentItem()
    return False


def window_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def centre(item: QQuickItem) -> QPoint:
    return window_rect(item).center().toPoint()


def tap(ui: KioskUi, item: QQuickItem) -> None:
    mouse_click(ui.window, centre(item))
    wait_until_ready(ui)


def swipe(window: QQuickWindow, start: QPoint, dx: int, dy: int = 0, steps: int = 12) -> None:
    mouse_press(window, start)
    for step in range(1, steps + 1):
        point = QPointF(start) + QPointF(dx * step / steps, dy * step / steps)
        mouse_move(window, point.toPoint(), 16)
    end = QPoint(start.x() + dx, start.y() + dy)
    mouse_release(window, end)


def texts(ui: KioskUi) -> Iterator[QQuickItem]:
    for item in visible_items(ui.window.contentItem()):
        if item.inherits("QQuickText") and item.property("text"):
            yield item


def longest_word_width(item: QObject) -> float:
    font = item.property("font")
    assert isinstance(font, QFont)
    metrics = QFontMetricsF(font)
    # A zero-width space is where the kiosk lets a long address wrap.
    words = re.split(r"[\s\u200b]+", str(item.property("text")))
    return max(metrics.horizontalAdvance(word) for word in words)


def dispose(ui: KioskUi) -> None:
    """Close the window and delete the engine now, so that each test starts from one UI."""
    ui.view_model.speech_view_model.finish(10)
    ui.view_model.idle_view_model.stop()
    ui.view_model.allow_close()
    ui.window.close()
    ui.engine.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
