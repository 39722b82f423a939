"""Pillow images to QImage."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from PIL import Image

_FORMATS = {
    "RGB": (QImage.Format.Format_RGB888, 3),
    "RGBA": (QImage.Format.Format_RGBA8888, 4),
    "L": (QImage.Format.Format_Grayscale8, 1),
}


def to_qimage(image: Image.Image) -> QImage:
    if image.mode not in _FORMATS:
        image = image.convert("RGB")
    qt_format, channels = _FORMATS[image.mode]
    data = image.tobytes()
    # copy() detaches the QImage from `data`, which Python frees when this returns.
    return QImage(data, image.width, image.height, image.width * channels, qt_format).copy()


def to_pil(image: QImage) -> Image.Image:
    from PIL import Image

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())
    return Image.frombuffer(
        "RGB", (rgb.width(), rgb.height()), data, "raw", "RGB", rgb.bytesPerLine(), 1
    )
