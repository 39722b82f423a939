"""One measured kiosk process (run by bench/startup.py, not on its own).

Prints one JSON line: when the first frame was shown (CLOCK_MONOTONIC, comparable with the
parent's clock), tap-to-detail frame times, and peak RSS.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

MODE, CONTENT, CACHE = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
TAPS = int(sys.argv[4]) if len(sys.argv) > 4 else 0
SIZE = (1920, 1080)


def bare_window_qml(content: Path) -> bytes:
    """The floor: a plain Qt Quick window with the same five photo tiles, no kiosk code."""
    from kiosk.content.loader import load_content

    loaded = load_content(content, decode_images=False).content
    assert loaded is not None
    files = [loaded.image_path(c.images[0]).as_uri() for c in loaded.categories[:5]]
    tiles = "\n".join(
        f'Image {{ x: {i * 384}; width: 360; height: 700; source: "{url}"; '
        f"sourceSize.width: 360; sourceSize.height: 700; fillMode: Image.PreserveAspectCrop }}"
        for i, url in enumerate(files)
    )
    return f"import QtQuick\nWindow {{ width: 1920; height: 1080\n{tiles}\n}}".encode()


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

    QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    result: dict[str, object] = {"mode": MODE}
    keep: list[object] = []
    if MODE == "bare":
        app = QGuiApplication(sys.argv)
        engine = QQmlApplicationEngine()
        engine.loadData(bare_window_qml(CONTENT))
        window = engine.rootObjects()[0]
        keep.append(engine)
        ui = None
    else:
        from kiosk.app import build_ui, create_application, load_valid_content
        from kiosk.images.cache import ScaledImageCache

        app = create_application(software_rendering=True)
        content = load_valid_content(CONTENT)
        assert content is not None
        ui = build_ui(content, cache=ScaledImageCache(CACHE))
        assert ui is not None
        window = ui.window
        window.resize(*SIZE)

    taps: list[float] = []

    def first_frame() -> None:
        result["first_frame"] = time.monotonic()
        window.frameSwapped.disconnect(first_frame)
        QTimer.singleShot(0, tap_next if ui is not None and TAPS else finish)

    def tap_next() -> None:
        assert ui is not None
        categories = ui.view_model.content.categories
        category = categories[len(taps) % min(5, len(categories))]
        ui.view_model.goHome()
        app.processEvents()
        started = time.monotonic()

        def shown() -> None:
            window.frameSwapped.disconnect(shown)
            taps.append((time.monotonic() - started) * 1000)
            QTimer.singleShot(0, tap_next if len(taps) < TAPS else finish)

        window.frameSwapped.connect(shown)
        ui.view_model.openCategory(category.id)

    def finish() -> None:
        result["tap_ms"] = taps
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result), flush=True)  # noqa: T201 - the result for startup.py
        app.quit()

    window.frameSwapped.connect(first_frame)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
