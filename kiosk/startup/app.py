"""Start-up of the kiosk: a short sequence of named steps, shared by run, snapshot and tests.

Nothing here imports pydantic or Pillow at module level: the first frame of `kiosk run` can
be drawn from the start snapshot without them (see kiosk.startup.start_snapshot).
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, QQmlEngine
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

from kiosk.content.fingerprint import content_fingerprint
from kiosk.content.last_good import LastGood, last_good_for
from kiosk.content.reported import keep_last_good, load_reported, load_valid_content
from kiosk.content.rows import OUT_OF_ORDER, ScreenSource
from kiosk.images.cache import ScaledImageCache
from kiosk.models.sources import ICON_PROVIDER, PHOTO_PROVIDER, QR_PROVIDER
from kiosk.platform.fonts import load_fonts
from kiosk.platform.full_screen import FullScreenKeeper
from kiosk.platform.hardening import OfflineNetworkFactory, guard_links, harden_engine
from kiosk.platform.i18n import UiTranslations
from kiosk.platform.kiosk_ui import KioskUi
from kiosk.platform.qt_messages import install_qt_message_logging
from kiosk.platform.signals import connect_once
from kiosk.platform.watchdog import HANG_AFTER_S, Watchdog
from kiosk.providers.icon import IconProvider
from kiosk.providers.photo import PhotoProvider
from kiosk.providers.qr import QrProvider
from kiosk.services.reload import ContentReloader
from kiosk.shared.logs import configure_logging, default_log_file
from kiosk.shared.paths import APP_NAME, qml_import_path, user_config_folder
from kiosk.staff.records import StaffRecords
from kiosk.staff.screen import remember_screen_size
from kiosk.startup.start_snapshot import StartSnapshot, read_snapshot, snapshot_path, write_snapshot
from kiosk.viewmodels.host import KioskParts
from kiosk.viewmodels.idle import Clock, InputWatcher
from kiosk.viewmodels.kiosk import KioskViewModel
from kiosk.viewmodels.staff import NOTE_LAST_GOOD, NOTE_LOADED, NOTE_OUT_OF_ORDER

if TYPE_CHECKING:
    from collections.abc import Callable

    from kiosk.content.loader import Content, LoadResult
    from kiosk.services.usage import UsageStatistics

log = logging.getLogger(__name__)


EXIT_UI_FAILED = 4
SWITCH_INTERVAL_S = 0.001
# How long the speech worker has to end at exit before it is killed: well within the 5 s
# SIGTERM is given.
SPEECH_WORKER_WAIT_S = 3.0


@dataclass(frozen=True, slots=True)
class RunOptions:
    content: Path
    windowed: bool = False
    size: tuple[int, int] = (1280, 800)
    language: str = ""
    log_file: Path | None = None
    watchdog_s: float = HANG_AFTER_S


@dataclass(frozen=True, slots=True)
class Startup:
    ui: KioskUi
    # Set when the first frame came from the start snapshot: the content still to validate.
    pending_content: Path | None = None
    # The fingerprint of content.json as it was at start, shown or refused.
    shown_fingerprint: str | None = None
    # Content that validated at start, to keep as the last good copy once on screen.
    keep_as_last_good: Content | None = None


def run(options: RunOptions) -> int:
    configure_logging(options.log_file or default_log_file(APP_NAME))
    install_qt_message_logging()
    app = create_application()
    # Watching from before the content is read: reading it may be what never returns.
    watchdog = Watchdog(options.watchdog_s or float("inf"), parent=app)
    watchdog.start()
    places = user_places(options.content)
    parts = KioskParts(windowed=options.windowed)
    started = start(options.content, options.language, places, parts)
    if isinstance(started, int):
        return started
    _show(started.ui, options)
    reloader = ContentReloader(started.ui, options.content, options.language, places.last_good)

    def count_usage() -> None:
        usage = start_statistics(started.ui.view_model, places)
        usage.watch(reloader)
        parts.counts_with(usage.recorder)
        app.aboutToQuit.connect(usage.close)

    finish_after_first_frame(started, options.language, places, then=count_usage)
    reloader.watch(started.shown_fingerprint)
    parts.reloads_with(reloader.force)
    stop_on_sigterm(started.ui)
    code = app.exec()
    watchdog.event_loop_ended()
    return leave(started.ui, code)


def leave(ui: KioskUi, code: int) -> int:
    """After the event loop: the speech worker ends (killed if it is stuck), then the QML
    engine and its window go before the view models they show, as in a C++ main(). The other
    way round, every binding would read a view model already gone and warn."""
    ui.view_model.speech_view_model.finish(SPEECH_WORKER_WAIT_S)
    ui.engine.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code


def stop_on_sigterm(ui: KioskUi) -> None:
    """systemd stops the kiosk with SIGTERM: quit properly, so that the last minute's
    statistics are written. Python runs the handler between two steps of whatever Python code
    runs then (a log line being written, say), so it only asks the event loop to stop."""
    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, lambda: stop(ui)))


def stop(ui: KioskUi) -> None:
    """The system asks the kiosk to stop (shutdown, `systemctl stop`): the window may close."""
    log.info("Stopping: asked to by the system (SIGTERM)")
    ui.view_model.allow_close()
    QGuiApplication.quit()


def start_statistics(view_model: KioskViewModel, places: Places) -> UsageStatistics:
    """Counting starts after the first frame: nobody has touched anything before it, and
    TinyDB need not be imported while the kiosk starts."""
    from kiosk.services.usage import UsageStatistics
    from kiosk.stats.recorder import Recorder
    from kiosk.stats.store import StatsStore, statistics_folder

    store = StatsStore(statistics_folder(places.data))
    return UsageStatistics(view_model, Recorder(store), view_model)


@dataclass(frozen=True, slots=True)
class Places:
    """Where the kiosk keeps what it makes: caches (safe to delete) and its own data."""

    cache: Path
    data: Path
    content: Path
    config: Path

    @property
    def images(self) -> ScaledImageCache:
        return ScaledImageCache(self.cache / "images")

    @property
    def staff(self) -> StaffRecords:
        """This kiosk's staff PIN, and the wrong tries and lockout, kept across restarts."""
        return StaffRecords.in_folders(self.config, self.data)

    @property
    def last_good(self) -> LastGood:
        return last_good_for(self.data, self.content)


def user_places(content: Path) -> Places:
    import platformdirs

    return Places(
        platformdirs.user_cache_path(APP_NAME),
        platformdirs.user_data_path(APP_NAME),
        content,
        user_config_folder(),
    )


def start(
    content_path: Path, language: str, places: Places, parts: KioskParts | None = None
) -> Startup | int:
    """Build the UI: from the start snapshot when it matches the content; else from the
    validated content; else from the last good copy; else an out-of-order screen. The kiosk
    never shows a blank window. An int is an exit code (the QML did not load)."""
    snapshot_file = snapshot_path(places.cache, content_path)
    snapshot = read_snapshot(snapshot_file)
    fingerprint = content_fingerprint(content_path)
    if (
        snapshot is not None
        and fingerprint is not None
        and snapshot.fingerprint == fingerprint
        and snapshot.requested_language == language
    ):
        ui = build_ui_from(snapshot, content_path.parent, places.images, places.staff, parts)
        if ui is None:
            return EXIT_UI_FAILED
        return Startup(ui, pending_content=content_path, shown_fingerprint=fingerprint)
    result = load_reported(content_path)
    content = result.content
    if content is not None:
        ui = build_ui(content, language, places.images, staff=places.staff, parts=parts)
        if ui is None:
            return EXIT_UI_FAILED
        ui.view_model.record_load(result.source, result.problems, NOTE_LOADED)
        if fingerprint is not None:
            _save_snapshot(ui, fingerprint, language, snapshot_file)
        return Startup(ui, shown_fingerprint=fingerprint, keep_as_last_good=content)
    return _start_without_valid_content(content_path, language, places, result, parts)


def _start_without_valid_content(
    content_path: Path,
    language: str,
    places: Places,
    result: LoadResult,
    parts: KioskParts | None,
) -> Startup | int:
    copy = places.last_good
    content = None
    note = NOTE_OUT_OF_ORDER
    if copy.exists():
        log.warning(
            "Showing the last good copy of the content (%s) until %s is fixed",
            copy.content_file,
            content_path,
        )
        content = load_valid_content(copy.content_file, images_folder=content_path.parent)
        for file in copy.changed_images(content_path.parent):
            log.warning("Photo changed or missing since the good copy was kept: %s", file)
        note = NOTE_LAST_GOOD
    if content is not None:
        ui = build_ui(content, language, places.images, staff=places.staff, parts=parts)
    else:
        if note == NOTE_LAST_GOOD:
            log.error("The good copy cannot be shown either: showing the out-of-order screen")
        else:
            log.error("No valid content and no good copy of it: showing the out-of-order screen")
        folder = content_path.parent
        ui = build_ui_from(OUT_OF_ORDER, folder, places.images, places.staff, parts)
        if ui is not None:
            ui.view_model.set_out_of_order(True)
    if ui is None:
        return EXIT_UI_FAILED
    ui.view_model.record_load(result.source, result.problems, note)
    # The broken file is not retried until it changes; the reloader picks up a fix.
    return Startup(ui, shown_fingerprint=content_fingerprint(content_path))


def finish_after_first_frame(
    started: Startup, language: str, places: Places, then: Callable[[], None] | None = None
) -> None:
    """Once the first frame is on screen: validate the content if it came from the start
    snapshot (categories open after that), keep a copy of good content, and load what the
    first tap will need."""
    window = started.ui.window

    def finish() -> None:
        content = started.keep_as_last_good
        if started.pending_content is not None:
            content = _validate_pending(started, language)
        if content is not None:
            keep_last_good(places.last_good, content)
            machine = places.staff.machine
            if machine is not None:
                machine.adopt_content_pin(content.settings.staff_pin_hash, places.content)
        places.images.prune()
        _warm_up()
        settle_interpreter()
        log.info("Kiosk running, showing %s %s", places.content, _window_and_screen(window))
        remember_screen_size(places.data, window.width(), window.height())
        started.ui.view_model.speech_view_model.load_system_engine()
        if then is not None:
            then()

    # A real window swaps frames on its render thread: more frames can be queued before the
    # first one reaches this thread, and `finish` must run only once. Run it after the first
    # frame's handling is over, so that the frame is really on screen.
    connect_once(window.frameSwapped, lambda: QTimer.singleShot(0, finish))


def _window_and_screen(window: QQuickWindow) -> str:
    """For the log: a kiosk that does not fill its screen shows here."""
    screen = window.screen()
    size = screen.size() if screen is not None else QSize()
    name = f" ({screen.name()})" if screen is not None and screen.name() else ""
    return (
        f"in a {window.width()}x{window.height()} window on a {size.width()}x{size.height()}"
        f" screen{name}"
    )


def settle_interpreter() -> None:
    """Once the UI is up, keep Python from holding up frames when other threads work (the
    statistics writer, speech). The objects made so far live as long as the kiosk: frozen,
    a full garbage collection no longer walks them (it took 25 ms, a frame and a half, when
    the writer's allocations set one off). And a thread holding the GIL hands it back to the
    UI thread within 1 ms rather than 5."""
    gc.freeze()
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def _validate_pending(started: Startup, language: str) -> Content | None:
    from kiosk.content.presentation import Presenter

    assert started.pending_content is not None
    content = load_valid_content(started.pending_content)
    if content is not None:
        started.ui.view_model.show(Presenter(content, language))
    else:
        # Changed between the fingerprint and now: show what there is rather than stale tiles.
        started.ui.view_model.set_out_of_order(True)
    return content


def _warm_up() -> None:
    """Import now what opening a category needs (QR codes, photo decoding), while nobody
    waits, rather than on the first visitor's first tap."""
    import PIL.Image  # noqa: F401
    import segno  # noqa: F401


def _save_snapshot(ui: KioskUi, fingerprint: str, language: str, path: Path) -> None:
    source = ui.view_model.source
    snapshot = StartSnapshot(
        fingerprint, language, source.title, source.tiles(), source.language, source.languages
    )
    write_snapshot(path, snapshot)


def create_application(software_rendering: bool = False) -> QGuiApplication:
    use_utf8_locale()
    if software_rendering:
        # Offscreen snapshots render the same on every machine, GPU or not.
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    existing = QGuiApplication.instance()
    app = existing if isinstance(existing, QGuiApplication) else QGuiApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    load_fonts(app)
    return app


def use_utf8_locale() -> None:
    """A service starts with no locale unless the system sets one (LANG is often unset on a
    kiosk PC). Python itself then switches to C.UTF-8 (PEP 538), but the built app starts
    without that step, and Qt warns and falls back on its own. Do it as Python does: only
    when nothing but the plain C locale is set."""
    if sys.platform == "win32" or os.environ.get("LC_ALL"):
        return
    import locale

    if locale.nl_langinfo(locale.CODESET) == "UTF-8":
        return
    os.environ["LC_CTYPE"] = "C.UTF-8"
    try:
        locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
    except locale.Error:
        log.warning("No UTF-8 locale on this system; set LANG=C.UTF-8 for the kiosk")


def build_ui(
    content: Content,
    language: str = "",
    cache: ScaledImageCache | None = None,
    clock: Clock | None = None,
    staff: StaffRecords | None = None,
    parts: KioskParts | None = None,
) -> KioskUi | None:
    """For staff mode: `staff`, its PIN and lockout (none: no PIN); `parts`, the rest of the
    running kiosk (none: only the window)."""
    from kiosk.content.presentation import Presenter

    source = Presenter(content, language)
    ui = build_ui_from(source, content.folder, cache, staff, parts, clock)
    if ui is not None:
        ui.view_model.record_load(content.source, (), NOTE_LOADED)
    return ui


def build_ui_from(
    source: ScreenSource,
    folder: Path,
    cache: ScaledImageCache | None,
    staff: StaffRecords | None = None,
    parts: KioskParts | None = None,
    clock: Clock | None = None,
) -> KioskUi | None:
    parts = parts or KioskParts()
    view_model = KioskViewModel(source, clock, staff, parts)
    engine = QQmlApplicationEngine()
    prepared = prepare_engine(engine, view_model, folder, cache)
    engine.loadFromModule("Kiosk", "Main")
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        return None
    window = roots[0]
    parts.shown_in(window)
    watcher = InputWatcher(view_model.idle_view_model)
    window.installEventFilter(watcher)
    view_model.idle_view_model.start()
    photos, network, translations = prepared
    return KioskUi(engine, view_model, window, photos, network, watcher, translations, parts)


def prepare_engine(
    engine: QQmlEngine,
    view_model: KioskViewModel,
    folder: Path,
    cache: ScaledImageCache | None,
) -> tuple[PhotoProvider, OfflineNetworkFactory, UiTranslations]:
    """What every engine that shows the kiosk needs before it loads the kiosk's QML (the
    kiosk's window, and the content editor's preview): no network, the kiosk's module, the
    image providers, `view_model` as its KioskViewModel, and the UI in its language."""
    photos = PhotoProvider(folder, cache)
    network = OfflineNetworkFactory()
    harden_engine(engine, network)
    guard_links()
    engine.addImportPath(str(qml_import_path()))
    engine.addImageProvider(PHOTO_PROVIDER, photos)
    engine.addImageProvider(QR_PROVIDER, QrProvider())
    engine.addImageProvider(ICON_PROVIDER, IconProvider())
    view_model.attach_to(engine)
    translations = UiTranslations(engine)
    translations.apply(view_model.language)
    view_model.languageChanged.connect(lambda: translations.apply(view_model.language))
    return photos, network, translations


def _show(ui: KioskUi, options: RunOptions) -> None:
    window = ui.window
    if options.windowed:
        window.resize(QSize(*options.size))
        window.show()
    else:
        # A touch screen has no pointer to show; a stray mouse must not reveal one either.
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        # Full screen is a request to the window manager; with none (a bare X server) or
        # one that ignores it, the window would keep its own small size in a corner.
        screen = window.screen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
        FullScreenKeeper(window, leaving=lambda: ui.view_model.leaving, parent=window)
