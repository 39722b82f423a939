"""A long scripted visit, to show the kiosk neither grows nor complains over time.

    uv run python bench/soak.py [--actions 10000] [--reload-every 300]

A visitor taps random tiles, scrolls, swipes galleries, goes back, changes language, text size,
contrast and reach mode, and now and then walks
away until the idle prompt, the reset and the attract screen come (a fake clock moves time
on); every few hundred actions the content is replaced on disk and hot-reloaded. Usage
statistics are counted as in the kiosk and written every 100 actions. Prints the RSS after
warm-up and at the end, every Qt warning seen, and the events counted. Offscreen, software
rendering.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF  # noqa: E402

from kiosk.platform.qt_messages import collected_qt_warnings  # noqa: E402
from kiosk.services.reload import ContentReloader  # noqa: E402
from kiosk.startup.app import (  # noqa: E402
    Places,
    create_application,
    settle_interpreter,
    start,
    start_statistics,
)
from kiosk.tools.snapshot import visible_items, wait_until_ready  # noqa: E402
from tests.qt_input import mouse_click, mouse_move, mouse_press, mouse_release  # noqa: E402


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:  # noqa: PTH123 - Linux only
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 1024 / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--reload-every", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="tietopiste-soak-"))
    content_folder = work / "content"
    shutil.copytree(ROOT / "resources", content_folder / "resources")
    shutil.copy(ROOT / "content.json", content_folder / "content.json")
    places = Places(work / "cache", work / "data", content_folder / "content.json", work / "config")

    app = create_application(software_rendering=True)
    started = start(places.content, "", places)
    assert not isinstance(started, int)
    ui = started.ui
    clock = Clock()
    ui.view_model.idle_view_model._clock = clock  # the soak drives time itself
    reloader = ContentReloader(ui, places.content, "", places.last_good)
    reloader.watch(started.shown_fingerprint)
    usage = start_statistics(ui.view_model, places)
    usage.watch(reloader)
    ui.window.resize(1920, 1080)
    ui.window.show()
    wait_until_ready(ui)
    settle_interpreter()
    original = places.content.read_text("utf-8")

    def click(point: QPoint) -> None:
        mouse_click(ui.window, point)

    def drag(start_point: QPoint, dx: int, dy: int) -> None:
        mouse_press(ui.window, start_point)
        for step in range(1, 9):
            mouse_move(ui.window, start_point + QPoint(dx * step // 8, dy * step // 8), 10)
        mouse_release(
            ui.window,
            start_point + QPoint(dx, dy),
        )

    tools = ("largeTextButton", "contrastButton", "reachButton")

    def items_named(prefix: str) -> list:
        """Items on screen whose name starts with `prefix`; "TOOLS": the accessibility
        toggles. (Larger text and reach mode push some items below the window's edge.)"""
        area = ui.window.contentItem().boundingRect()
        items = [
            i
            for i in visible_items(ui.window.contentItem())
            if area.contains(i.mapToScene(QPointF(i.width() / 2, i.height() / 2)))
        ]
        if prefix == "TOOLS":
            return [i for i in items if i.objectName() in tools]
        return [i for i in items if i.objectName().startswith(prefix)]

    def centre(item: object) -> QPoint:
        return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()

    with collected_qt_warnings() as warnings:
        warm_rss = 0.0
        for action in range(args.actions):
            clock.now += rng.uniform(0.5, 5)
            choice = rng.random()
            if choice < 0.35 and (tiles := items_named("tile-")):
                click(centre(rng.choice(tiles)))
            elif choice < 0.5 and (backs := items_named("backButton")):
                click(centre(backs[0]))
            elif choice < 0.7:
                drag(QPoint(900, 700), 0, -rng.randint(100, 500))
            elif choice < 0.8 and (galleries := items_named("galleryList")):
                drag(centre(galleries[0]), -400, 0)
            elif choice < 0.85:
                clock.now += rng.choice([70, 130, 400])  # walk away: prompt, reset, attract
                ui.view_model.idle_view_model.tick()
                wait_until_ready(ui)
                ui.view_model.idle_view_model.tick()
                click(QPoint(960, 540))
            elif choice < 0.9 and (bar := items_named("language-") + items_named("TOOLS")):
                click(centre(rng.choice(bar)))  # a language, larger text, contrast, reach
            else:
                drag(QPoint(900, 600), 0, rng.randint(100, 400))
            ui.view_model.idle_view_model.tick()
            app.processEvents()
            # What returning to a running event loop does: processEvents() alone never
            # deletes the delegates of a closed view (deleteLater), and they pile up.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            if action and action % args.reload_every == 0:
                variant = original.replace("Välityömarkkinoiden", f"Välityömarkkinoiden ({action})")
                staged = content_folder / "staged.json"
                staged.write_text(
                    variant if action % (2 * args.reload_every) else original, "utf-8"
                )
                staged.replace(places.content)
                reloader.check_now()
            if action % 100 == 0:
                usage.recorder.flush()
            if action == min(1000, args.actions // 10):
                warm_rss = rss_mb()
        end_rss = rss_mb()
    usage.close()
    counted = sum(sum(c.values()) for day in usage.recorder.days() for c in day.counts.values())
    lines = [
        f"actions: {args.actions}, reloads: {args.actions // args.reload_every}",
        f"RSS after warm-up: {warm_rss:.1f} MB, at the end: {end_rss:.1f} MB, "
        f"growth: {end_rss - warm_rss:+.1f} MB",
        f"Qt warnings: {len(warnings)}",
        f"statistics events counted: {counted}",
        *(f"  {warning}" for warning in sorted(set(warnings))[:20]),
    ]
    print("\n".join(lines))  # noqa: T201 - the report
    sys.stdout.flush()
    os._exit(0 if not warnings and end_rss - warm_rss < 20 else 1)


if __name__ == "__main__":
    main()
