"""Render the Tietopiste SVG illustrations to JPEG.

Usage (from the project root)::

    uv run python docs/illustrations/render.py
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
OUTPUT_DIR = HERE.parents[1] / "resources" / "images"
WIDTH, HEIGHT = 1600, 1000
BACKGROUND = "#f7f3ec"


def render_svg(svg_path: Path) -> Image.Image:
    """Rasterize one SVG to an RGB Pillow image of WIDTH x HEIGHT."""
    renderer = QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        raise ValueError(f"invalid SVG: {svg_path}")
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor(BACKGROUND))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        renderer.render(painter, QRectF(0, 0, WIDTH, HEIGHT))
    finally:
        painter.end()
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(image.constBits())[: image.bytesPerLine() * HEIGHT]
    return Image.frombuffer("RGB", (WIDTH, HEIGHT), data, "raw", "RGB", image.bytesPerLine(), 1)


def save_jpeg(image: Image.Image, target: Path) -> None:
    """Save as an optimized progressive JPEG without metadata."""
    target.parent.mkdir(parents=True, exist_ok=True)
    clean = Image.new("RGB", image.size)
    clean.paste(image)
    clean.save(target, "JPEG", quality=88, optimize=True, progressive=True)


def main() -> None:
    _app = QGuiApplication.instance() or QGuiApplication([])
    sources = sorted(HERE.glob("*.svg"))
    for svg_path in sources:
        save_jpeg(render_svg(svg_path), OUTPUT_DIR / f"{svg_path.stem}.jpg")
    print(f"Rendered {len(sources)} illustration(s) to {OUTPUT_DIR}")  # noqa: T201


if __name__ == "__main__":
    main()
