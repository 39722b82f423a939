"""The content editor's speed: opening big content, a keystroke reaching the preview, and a
large phone photo imported while the window stays responsive.

    uv run python bench/editor.py [--runs 5] [--keys 40]

Each run is a fresh process (`--probe`), offscreen with the software renderer, on the
200-category content with 20-megapixel photos that bench/startup.py generates.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
PHONE_SIZE = (8000, 6000)  # 48 megapixels, as phones now take


def probe(content: Path, cache: Path, keys: int, photo: Path) -> dict[str, object]:
    # From just before the process was spawned: Python's and Qt's start count too.
    spawned = float(os.environ.get("BENCH_SPAWNED", time.time()))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.editor.app import Editor
    from kiosk.editor.window import EditorWindow
    from kiosk.images.cache import ScaledImageCache
    from kiosk.startup.app import create_application

    app = QApplication(sys.argv)
    create_application(software_rendering=True)
    editor = Editor(content, "fi", ScaledImageCache(cache))
    window = editor.open()
    assert isinstance(window, EditorWindow) and window.preview is not None
    quick = window.preview.quick

    def wait_for_frame(timeout_ms: int = 5000) -> None:
        loop = QEventLoop()
        quick.quickWindow().afterRendering.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        quick.quickWindow().afterRendering.disconnect(loop.quit)

    wait_for_frame()
    opened_ms = (time.time() - spawned) * 1000
    window.go_to("categories/1/title/fi")
    app.processEvents()
    box = window.form.findChild(QWidget, "field:categories/1/title/fi")
    latencies = []
    frames: list[float] = []
    checks: list[float] = []
    quick.quickWindow().afterRendering.connect(lambda: frames.append(time.perf_counter()))
    window.session.checked.connect(lambda _result: checks.append(time.perf_counter()))
    for number in range(keys):
        frames.clear()
        checks.clear()
        typed = time.perf_counter()
        # Words of a few letters: one word growing past a tile's width would be an error,
        # and the preview would rightly stop following.
        QTest.keyClicks(box, "ab "[number % 3])
        deadline = typed + 5
        # The preview shows the change once the check is done and the next frame is drawn.
        while time.perf_counter() < deadline and not (
            checks and any(frame > checks[0] for frame in frames)
        ):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        shown = next((frame for frame in frames if checks and frame > checks[0]), None)
        if shown is not None:
            latencies.append((shown - typed) * 1000)
    ticks: list[float] = []
    done: list[float] = []

    def tick() -> None:
        ticks.append(time.perf_counter())

    ticker = QTimer(interval=10)
    ticker.timeout.connect(tick)
    ticker.start()
    loop = QEventLoop()
    # Called in the import's own thread the moment its work is done: the UI thread's pauses
    # are counted until then (what follows on the UI thread, the form shown again, is timed
    # as a whole).
    window.importer.finished.connect(
        lambda _photo: done.append(time.perf_counter()), Qt.ConnectionType.DirectConnection
    )
    window.importer.finished.connect(loop.quit)
    window.importer.failed.connect(loop.quit)
    imported = time.perf_counter()
    window.import_photo(photo, "1")
    loop.exec()
    ended = time.perf_counter()
    import_ms = (ended - imported) * 1000
    ticker.stop()
    during = [imported, *(t for t in ticks if t <= done[0]), done[0]]
    gaps = [(b - a) * 1000 for a, b in zip(during, during[1:], strict=False)]
    shown_ms = (ended - done[0]) * 1000  # the photo's form shown, on the UI thread
    window.leave_without_asking = True
    window.close()
    return {
        "open_ms": opened_ms,
        "key_ms": latencies,
        "import_ms": import_ms,
        "ui_gap_ms": max(gaps, default=0.0),
        "after_import_ms": shown_ms,
    }


def phone_photo(folder: Path) -> Path:
    from PIL import Image

    path = folder / "IMG_4800.jpg"
    if not path.exists():
        noise = Image.effect_noise((PHONE_SIZE[0] // 8, PHONE_SIZE[1] // 8), 60)
        image = Image.merge("RGB", (noise, noise.rotate(180), noise)).resize(PHONE_SIZE)
        exif = Image.Exif()
        exif[0x0112] = 6
        image.save(path, quality=92, exif=exif)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--probe", nargs=4, metavar=("CONTENT", "CACHE", "KEYS", "PHOTO"))
    args = parser.parse_args()
    if args.probe:
        content, cache, keys, photo = args.probe
        print(json.dumps(probe(Path(content), Path(cache), int(keys), Path(photo))))  # noqa: T201
        return
    from startup import big_content

    folder = Path(tempfile.gettempdir()) / "tietopiste-bench-200"
    folder.mkdir(exist_ok=True)
    content = big_content(folder)
    photo = phone_photo(folder)
    cache = folder / "editor-cache"
    opened, keys, imports, gaps, shown = [], [], [], [], []
    for _ in range(args.runs):
        environment = {**os.environ, "BENCH_SPAWNED": repr(time.time())}
        completed = subprocess.run(
            [
                sys.executable,
                __file__,
                "--probe",
                str(content),
                str(cache),
                str(args.keys),
                str(photo),
            ],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            timeout=900,
            env=environment,
        )
        result = json.loads(completed.stdout.strip().splitlines()[-1])
        opened.append(result["open_ms"])
        keys += result["key_ms"]
        imports.append(result["import_ms"])
        gaps.append(result["ui_gap_ms"])
        shown.append(result["after_import_ms"])
    keys.sort()
    lines = [
        f"open to a usable window, ms (median of {args.runs}): {statistics.median(opened):.0f}",
        f"keystroke to preview frame, ms: median {statistics.median(keys):.0f}, "
        f"95th percentile {keys[int(len(keys) * 0.95) - 1]:.0f}",
        f"import of a 48 MP JPEG, ms (median): {statistics.median(imports):.0f}; "
        f"longest UI-thread pause meanwhile: {max(gaps):.0f} ms; then the form with the "
        f"photo shown: {statistics.median(shown):.0f} ms",
    ]
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
