"""image://photo/<file>: content photos, scaled to the size shown, from a disk cache."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

from kiosk.content.files import MissingFile, locate
from kiosk.images.cache import ScaledImageCache
from kiosk.images.geometry import Box
from kiosk.providers.qimage import to_qimage
from kiosk.shared.compat import override

log = logging.getLogger(__name__)

PLACEHOLDER_COLOUR = QColor("#D5DCE1")
PLACEHOLDER_GLYPH_COLOUR = QColor("#B3BEC7")
_DEFAULT_SIDE = 512


class PhotoProvider(QQuickImageProvider):
    """Runs in Qt's image loading threads too, so the state it shares is guarded by a lock."""

    def __init__(self, folder: Path, cache: ScaledImageCache | None) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image)
        self._folder = folder
        self._cache = cache
        self._lock = threading.Lock()
        self._reported: set[str] = set()

    @property
    def placeholders(self) -> frozenset[str]:
        """Files shown as a placeholder since the content folder was last set."""
        with self._lock:
            return frozenset(self._reported)

    def set_folder(self, folder: Path) -> None:
        with self._lock:
            self._folder = folder
            self._reported.clear()

    @override
    def requestImage(self, id: str, size: QSize, requestedSize: QSize) -> QImage:  # noqa: A002
        relative = unquote(id.split("?", 1)[0])
        box = Box(max(0, requestedSize.width()), max(0, requestedSize.height()))
        with self._lock:
            folder = self._folder
        located = locate(folder, relative)
        if isinstance(located, MissingFile):
            return self._placeholder(relative, located.message, box)
        entry = self._cache.path_for(located, box) if self._cache else None
        if entry is not None and entry.is_file():
            cached = QImage(str(entry))
            if not cached.isNull():
                return cached
        return self._scaled(located, relative, box, entry)

    def _scaled(self, path: Path, relative: str, box: Box, entry: Path | None) -> QImage:
        # Pillow loads only on a cache miss: a warm start shows its photos without it.
        from kiosk.images.scaling import UnusableImageError, scale_to_cover

        try:
            image = scale_to_cover(path, box)
        except UnusableImageError as error:
            return self._placeholder(relative, str(error), box)
        if entry is not None and self._cache is not None:
            self._cache.store(entry, image)
        return to_qimage(image)

    def _placeholder(self, relative: str, reason: str, box: Box) -> QImage:
        with self._lock:
            first_time = relative not in self._reported
            self._reported.add(relative)
        if first_time:
            log.warning("Showing a placeholder for the image %s: %s", relative, reason)
        return placeholder_image(box)


def placeholder_image(box: Box) -> QImage:
    """A calm neutral panel with a simple picture glyph, so a gap never looks like a fault."""
    width = box.width or box.height or _DEFAULT_SIDE
    height = box.height or box.width or _DEFAULT_SIDE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(PLACEHOLDER_COLOUR)
    side = min(width, height) * 0.3
    centre = QPointF(width / 2, height / 2)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PLACEHOLDER_GLYPH_COLOUR)
    mountains = QPainterPath()
    mountains.moveTo(centre.x() - side, centre.y() + side * 0.5)
    mountains.lineTo(centre.x() - side * 0.3, centre.y() - side * 0.3)
    mountains.lineTo(centre.x() + side * 0.1, centre.y() + side * 0.15)
    mountains.lineTo(centre.x() + side * 0.45, centre.y() - side * 0.1)
    mountains.lineTo(centre.x() + side, centre.y() + side * 0.5)
    mountains.closeSubpath()
    painter.drawPath(mountains)
    sun = side * 0.18
    painter.drawEllipse(QRectF(centre.x() + side * 0.35, centre.y() - side * 0.65, sun, sun))
    painter.end()
    return image
