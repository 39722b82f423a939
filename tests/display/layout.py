"""Where things are on the screen, read off the same UI laid out offscreen at the same size:
a tap from outside needs coordinates, and the layout depends only on content and size."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF

from kiosk.content.loader import load_content
from kiosk.images.cache import ScaledImageCache
from kiosk.startup.app import build_ui
from kiosk.tools.snapshot import wait_until_ready
from tests.ui.helpers import dispose, find, find_all, tap, window_rect

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class HomeLayout:
    first_tile: tuple[int, int]
    first_category: str
    back_button: tuple[int, int]
    # The tile photos wholly on the screen.
    photos: list[Box]


def _box(rect: QRectF) -> Box:
    return (int(rect.left()), int(rect.top()), int(rect.right()), int(rect.bottom()))


def _centre(rect: QRectF) -> tuple[int, int]:
    point = rect.center().toPoint()
    return (point.x(), point.y())


def home_layout(content_file: Path, size: tuple[int, int], cache: Path) -> HomeLayout:
    """Needs the tests' offscreen QGuiApplication."""
    content = load_content(content_file).content
    assert content is not None
    ui = build_ui(content, cache=ScaledImageCache(cache))
    assert ui is not None
    try:
        ui.window.resize(*size)
        ui.window.show()
        wait_until_ready(ui)
        screen = QRectF(0, 0, *size)
        photos = [window_rect(photo) for photo in find_all(ui, "tilePhoto")]
        category = content.categories[0].id
        tile = find(ui, f"tile-{category}")
        first_tile = _centre(window_rect(tile))
        tap(ui, tile)
        back = _centre(window_rect(find(ui, "backButton")))
        return HomeLayout(
            first_tile,
            category,
            back,
            [_box(photo) for photo in photos if screen.contains(photo)],
        )
    finally:
        dispose(ui)
