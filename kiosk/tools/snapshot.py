"""Render the kiosk's screens offscreen to PNG, with the same QML and code as the kiosk."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtQuick import QQuickItem

from kiosk.content.loader import Content
from kiosk.content.reported import load_reported
from kiosk.platform.kiosk_ui import KioskUi
from kiosk.platform.quick_items import is_loading, visible_items
from kiosk.platform.speech_engine import MOCK_ENGINE
from kiosk.startup.app import build_ui, create_application, user_places
from kiosk.stats.events import Kind
from kiosk.stats.totals import DayTotals
from kiosk.viewmodels.access import Look
from kiosk.viewmodels.staff import NOTE_LOADED

log = logging.getLogger(__name__)

HOME = "home"
CATEGORY_PREFIX = "category-"
STILL_THERE = "still-there"
ATTRACT = "attract"
PIN = "pin"
STAFF = "staff"
READY_TIMEOUT_S = 30.0
# Long enough for a frame to be laid out and drawn.
FRAME_MS = 50
# As far as the "more below" button scrolls (Theme.scrollStep): a few lines stay in view.
SCROLL_STEP = 0.8
SPEECH_WAIT_S = 2.0


@dataclass(frozen=True, slots=True)
class Shot:
    name: str
    image: QImage
    seconds: float


@dataclass(frozen=True, slots=True)
class SnapshotRequest:
    out: Path
    content: Path
    size: tuple[int, int] = (1920, 1080)
    language: str = ""
    screens: tuple[str, ...] = ()
    look: Look = Look()
    # Every category over its whole scroll length, and once per gallery photo.
    full: bool = False


def run_snapshots(request: SnapshotRequest) -> int:
    """`kiosk snapshot`: 0 when every screen was written, 1 otherwise."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    loaded = load_reported(request.content)
    content = loaded.content
    if content is None:
        return 1
    names = list(request.screens) or screen_names(content)
    unknown = unknown_screens(content, names)
    if unknown:
        log.error(
            "No such screen: %s; choose from %s",
            ", ".join(unknown),
            ", ".join(screen_names(content)),
        )
        return 1
    create_application(software_rendering=True)
    ui = build_ui(content, request.language, user_places(request.content).images)
    if ui is None:
        log.error("The user interface could not be loaded; see the messages above.")
        return 1
    # The staff panel's picture lists the warnings the content really has.
    ui.view_model.record_load(loaded.source, loaded.problems, NOTE_LOADED)
    # Qt's test voices (Finnish and English) stand in for the kiosk's, so that the pictures
    # show the read-aloud control where a kiosk with those voices would.
    ui.view_model.speech_view_model.use_engine(MOCK_ENGINE)
    for shot in shoot(ui, names, request.size, request.look, full=request.full):
        log.info("Wrote %s", save(shot, request.out))
    ui.view_model.speech_view_model.finish(READY_TIMEOUT_S)
    return 0


def screen_names(content: Content) -> list[str]:
    categories = [f"{CATEGORY_PREFIX}{category.id}" for category in content.shown]
    return [HOME, *categories, STILL_THERE, ATTRACT, PIN, STAFF]


def unknown_screens(content: Content, wanted: Iterable[str]) -> list[str]:
    known = set(screen_names(content))
    return [name for name in wanted if name not in known]


def shoot(
    ui: KioskUi,
    names: Iterable[str],
    size: tuple[int, int],
    look: Look | None = None,
    *,
    full: bool = False,
) -> Iterator[Shot]:
    """Show each named screen in turn, as `look` sets it (larger text, high contrast), and
    render it once every image on it has loaded. `full`: a category also further down its
    text, a screenful at a time, and with each of its other photos, for proofreading."""
    ui.window.resize(QSize(*size))
    ui.window.show()
    for name in names:
        started = time.perf_counter()
        show_screen(ui, name)
        # After the screen: the attract screen starts a new visit, which resets the look.
        ui.view_model.access_view_model.apply(look or Look())
        wait_until_ready(ui)
        image = ui.window.grabWindow()
        yield Shot(name, image, time.perf_counter() - started)
        if full and name.startswith(CATEGORY_PREFIX):
            yield from _further(ui, name)


def _further(ui: KioskUi, name: str) -> Iterator[Shot]:
    """The rest of a category's page: scrolled on a screenful at a time (a few lines kept,
    as the "more below" button scrolls), then each photo of its gallery after the first."""
    reading = _named(ui, "readingColumn")
    if reading is not None:
        step = float(reading.property("height")) * SCROLL_STEP
        end = float(reading.property("contentHeight")) - float(reading.property("height"))
        position, part = 0.0, 2
        while position < end - 1 and step > 0:
            started = time.perf_counter()
            position = min(position + step, end)
            reading.setProperty("contentY", position)
            wait_until_ready(ui)
            yield Shot(f"{name}-part-{part}", ui.window.grabWindow(), time.perf_counter() - started)
            part += 1
        reading.setProperty("contentY", 0)
    gallery = _named(ui, "galleryList")
    count = int(gallery.property("count")) if gallery is not None else 0
    for index in range(1, count):
        started = time.perf_counter()
        assert gallery is not None
        gallery.setProperty("currentIndex", index)
        gallery.setProperty("contentX", index * float(gallery.property("width")))
        wait_until_ready(ui)
        yield Shot(
            f"{name}-photo-{index + 1}", ui.window.grabWindow(), time.perf_counter() - started
        )


def _named(ui: KioskUi, name: str) -> QQuickItem | None:
    return next((i for i in visible_items(ui.window.contentItem()) if i.objectName() == name), None)


class SampleWeek:
    """A made-up week of usage, so that the staff panel's chart shows: the picture is for
    checking the layout."""

    enabled = True

    def now(self) -> datetime:
        return datetime.now()

    def days(self, since: date | None = None) -> list[DayTotals]:
        days = []
        for back, visits in enumerate((0, 12, 31, 25, 8, 40, 17)):
            totals = DayTotals((date.today() - timedelta(days=back)).isoformat())
            totals.counts[Kind.VISIT.value][""] = visits
            totals.visit_seconds[45 + 5 * back] = visits
            days.append(totals)
        return days


def show_screen(ui: KioskUi, name: str) -> None:
    idle = ui.view_model.idle_view_model
    idle.activity()  # whatever an earlier shot showed, start from a kiosk in use
    staff = ui.view_model.staff_view_model
    staff.close()
    if name in (PIN, STAFF):
        ui.view_model.goHome()
        ui.parts.counts_with(SampleWeek())
        staff.preview(pad=name == PIN)
    elif name == ATTRACT:
        idle.attract_now()
    elif name == HOME:
        ui.view_model.goHome()
    elif name == STILL_THERE:
        # The prompt as a visitor meets it: over a category they left open.
        tiles = ui.view_model.source.tiles()
        if tiles:
            ui.view_model.openCategory(tiles[0].category_id)
        idle.prompt_now()
    else:
        ui.view_model.openCategory(name.removeprefix(CATEGORY_PREFIX))


def wait_until_ready(ui: KioskUi, timeout_s: float = READY_TIMEOUT_S) -> None:
    """Let Qt lay out the screen, finish loading its images (some load asynchronously) and
    hear back from the speech engine (whether read aloud has a voice for the language)."""
    deadline = time.monotonic() + timeout_s
    speech = ui.view_model.speech_view_model
    # A working engine answers within milliseconds; a stuck one is not waited for.
    speech_deadline = time.monotonic() + SPEECH_WAIT_S
    waited_for_speech = speech.choosing
    while True:
        QGuiApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        choosing = speech.choosing and time.monotonic() < speech_deadline
        if waited_for_speech and not choosing:
            # The answer changed the screen (the read-aloud control): let a frame lay it out.
            _run_event_loop_for(FRAME_MS)
            waited_for_speech = False
        loading = any(is_loading(item) for item in visible_items(ui.window.contentItem()))
        if not loading and not choosing:
            return
        if time.monotonic() > deadline:
            log.warning("Images still loading after %.0f s; rendering anyway", timeout_s)
            return


def _run_event_loop_for(milliseconds: int) -> None:
    """Timers included (processEvents alone does not wait for the next frame's)."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def save(shot: Shot, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{shot.name}.png"
    if not shot.image.save(str(path)):
        raise OSError(f"cannot write {path}")
    return path
