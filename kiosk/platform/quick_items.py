"""Walking a Qt Quick scene: what is shown, and whether its photos are still loading."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtQuick import QQuickItem


def visible_items(root: QQuickItem) -> Iterator[QQuickItem]:
    for child in root.childItems():
        if child.isVisible():
            yield child
            yield from visible_items(child)


def is_loading(item: QQuickItem) -> bool:
    # `busy` is declared by ui/Kiosk/controls/Photo.qml, the kiosk's only kind of image.
    return item.property("busy") is True
