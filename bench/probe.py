"""One measured process for bench/startup.py (not run on its own).

    probe.py bare  PHOTO_LIST  -        0
    probe.py kiosk CONTENT     CACHE    TAPS

Prints one JSON line: when the first frame was shown (CLOCK_MONOTONIC, comparable with the
parent's clock), the tap-to-detail frame times, and the peak RSS. "bare" is the floor: a
plain Qt Quick window with the same five photo tiles, importing none of the kiosk's code.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.qt_input

MODE, SOURCE, CACHE, TAPS = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
SIZE = (1920, 1080)


def bare_window_qml(photo_list: Path) -> bytes:
    files = [Path(line).as_uri() for line in photo_list.read_text("utf-8").splitlines()]
    tiles = "\n".join(
        f'Image {{ x: {i * 384}; width: 360; height: 700; source: "{url}"; '
        f"sourceSize.width: 360; sourceSize.height: 700; fillMode: Image.PreserveAspectCrop }}"
        for i, url in enumerate(files[:5])
    )
    return f"import QtQuick\nWindow {{ width: 1920; height: 1080\n{tiles}\n}}".encode()


def main() -> None:
    from PySide6.QtCore import QPointF, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

    from kiosk.platform.signals import connect_once
    from tests.qt_input import mouse_click

    QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    result: dict[str, object] = {"mode": MODE}
    if MODE == "bare":
        app = QGuiApplication(sys.argv)
        engine = QQmlApplicationEngine()
        engine.loadData(bare_window_qml(SOURCE))
        window = engine.rootObjects()[0]
        ui = None
    else:
        from kiosk.startup.app import Places, create_application, finish_after_first_frame, start

        app = create_application(software_rendering=True)
        places = Places(cache=CACHE, data=CACHE / "data", content=SOURCE, config=CACHE / "config")
        started = start(SOURCE, "", places)  # the same steps as `kiosk run`
        assert not isinstance(started, int), f"start-up failed with exit code {started}"
        ui = started.ui
        window = ui.window
        window.resize(*SIZE)
        finish_after_first_frame(started, "", places)

    taps: list[float] = []

    def first_frame() -> None:
        result["first_frame"] = time.monotonic()
        # After the start snapshot's first frame the content is validated; taps wait for it.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, tap_next if ui and TAPS else finish))

    def tile_centre(category_id: str) -> QPointF:
        from kiosk.tools.snapshot import visible_items  # delegates are not QObject children

        name = f"tile-{category_id}"
        tile = next(i for i in visible_items(window.contentItem()) if i.objectName() == name)
        return tile.mapToScene(QPointF(tile.width() / 2, tile.height() / 2))

    def tap_next() -> None:
        assert ui is not None
        categories = ui.view_model.content.categories
        category = categories[len(taps) % min(5, len(categories))]
        ui.view_model.goHome()
        app.processEvents()
        point = tile_centre(category.id).toPoint()
        started = time.monotonic()

        def shown() -> None:
            taps.append((time.monotonic() - started) * 1000)
            QTimer.singleShot(0, tap_next if len(taps) < TAPS else finish)

        connect_once(window.frameSwapped, shown)
        mouse_click(window, point)

    def finish() -> None:
        result["tap_ms"] = taps
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result), flush=True)  # noqa: T201 - the result for startup.py
        # The kiosk's window refuses to close (only staff may end it): measured and
        # reported, the probe simply ends.
        os._exit(0)

    connect_once(window.frameSwapped, first_frame)
    # A probe that stalls (a tap that opened nothing) must not hang the benchmark.
    QTimer.singleShot(120_000, lambda: app.exit(3))
    window.show()
    sys.exit(app.exec())


if __name__ == "__main__":
    main()
