"""image://icon/<name>/<rrggbb>: the UI's line icons, drawn in a theme colour.

Images rather than QML Shapes: Qt's software renderer, which kiosks without a graphics card
use, does not clip Shapes inside a scrolled view, and Shapes cost the first frame more.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider
from PySide6.QtSvg import QSvgRenderer

from kiosk.shared.compat import override

# 24 × 24 outlines, and the parts to fill.
STROKES = {
    "back": "M20 12H5M11 5l-7 7 7 7",
    "forward": "M4 12h15M13 5l7 7-7 7",
    "down": "M12 4v15M5 12l7 7 7-7",
    "check": "M4 12.5l5 5L20 6.5",
    "read": "M3 9h4l5-4v14l-5-4H3zM16 8.5a5 5 0 0 1 0 7M19 5.5a9 9 0 0 1 0 13",
    "stop": "M6 6h12v12H6z",
    "repeat": "M20 12a8 8 0 1 1-2.3-5.7M20 3.5v5h-5",
    "contrast": "M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z",
    "text": "M2 19l3.5-9 3.5 9M3.4 16h4.2M11 19l5-14 5 14M12.9 14.5h6.2",
    "reach": "M12 3v13M6 11l6 6 6-6M4 21h16",
}
FILLS = {
    "stop": "M6 6h12v12H6z",
    "contrast": "M12 3a9 9 0 0 1 0 18z",
}
_COLOUR = re.compile(r"[0-9a-fA-F]{6}")
_DEFAULT_SIDE = 48


def icon_svg(name: str, colour: str) -> bytes:
    fill = f'<path d="{FILLS[name]}" fill="#{colour}"/>' if name in FILLS else ""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
        f'<path d="{STROKES[name]}" fill="none" stroke="#{colour}" stroke-width="2.2" '
        f'stroke-linecap="round" stroke-linejoin="round"/>{fill}</svg>'
    ).encode()


def parse_icon_id(icon_id: str) -> tuple[str, str] | None:
    name, _, colour = icon_id.partition("/")
    if name not in STROKES or not _COLOUR.fullmatch(colour):
        return None
    return name, colour


class IconProvider(QQuickImageProvider):
    def __init__(self) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image)

    @override
    def requestImage(self, id: str, size: QSize, requestedSize: QSize) -> QImage:  # noqa: A002
        side = max(requestedSize.width(), requestedSize.height())
        side = side if side > 0 else _DEFAULT_SIDE
        image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        parsed = parse_icon_id(id)
        if parsed is not None:
            renderer = QSvgRenderer(QByteArray(icon_svg(*parsed)))
            painter = QPainter(image)
            renderer.render(painter)
            painter.end()
        return image
