"""Start-up of the kiosk: a short sequence of named steps, shared by run, snapshot and tests.

Nothing here imports pydantic or Pillow at module level: the first frame of `kiosk run` can
be drawn from the start snapshot without them (see kiosk.start_snapshot).
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

from kiosk.content.fingerprint import content_fingerprint
from kiosk.content.rows import ScreenSource
from kiosk.fonts import load_fonts
from kiosk.hardening import OfflineNetworkFactory, harden_engine
from kiosk.images.cache import ScaledImageCache
from kiosk.logs import configure_logging, default_log_file
from kiosk.models.sources import PHOTO_PROVIDER, QR_PROVIDER
from kiosk.paths import qml_import_path
from kiosk.providers.photo import PhotoProvider
from kiosk.providers.qr import QrProvider
from kiosk.qt_messages import install_qt_message_logging
from kiosk.start_snapshot import StartSnapshot, read_snapshot, snapshot_path, write_snapshot
from kiosk.viewmodels.idle import Clock, InputWatcher
from kiosk.viewmodels.kiosk import KioskViewModel

if TYPE_CHECKING:
    from kiosk.content.loader import Content

log = logging.getLogger(__name__)

APP_NAME = "tietopiste"

EXIT_OK = 0
EXIT_BAD_CONTENT = 3
EXIT_UI_FAILED = 4


@dataclass(frozen=True, slots=True)
class RunOptions:
    content: Path
    windowed: bool = False
    size: tuple[int, int] = (1280, 800)
    language: str = ""
    log_file: Path | None = None


@dataclass(frozen=True, slots=True)
class KioskUi:
    """The running UI: what tests, snapshots and the self-test drive."""

    engine: QQmlApplicationEngine
    view_model: KioskViewModel
    window: QQuickWindow
    photos: PhotoProvider
    network: OfflineNetworkFactory
    watcher: InputWatcher


@dataclass(frozen=True, slots=True)
class Startup:
    ui: KioskUi
    # Set when the first frame came from the start snapshot: the content still to validate.
    pending_content: Path | None = None


def run(options: RunOptions) -> int:
    configure_logging(options.log_file or default_log_file(APP_NAME))
    install_qt_message_logging()
    app = create_application()
    started = start(options.content, options.language, user_cache_folder())
    if isinstance(started, int):
        return started
    _show(started.ui.window, options)
    finish_after_first_frame(started, options.language, user_cache_folder())
    return app.exec()


def start(content_path: Path, language: str, cache_folder: Path) -> Startup | int:
    """Build the UI from the start snapshot when it matches the content, else from the
    validated content (saving a snapshot for next time). An int is an exit code."""
    images = ScaledImageCache(cache_folder / "images")
    snapshot_file = snapshot_path(cache_folder, content_path)
    snapshot = read_snapshot(snapshot_file)
    fingerprint = content_fingerprint(content_path)
    if (
        snapshot is not None
        and fingerprint is not None
        and snapshot.fingerprint == fingerprint
        and snapshot.requested_language == language
    ):
        ui = build_ui_from(snapshot, content_path.parent, images)
        return Startup(ui, pending_content=content_path) if ui else EXIT_UI_FAILED
    content = load_valid_content(content_path)
    if content is None:
        return EXIT_BAD_CONTENT
    ui = build_ui(content, language, images)
    if ui is None:
        log.error("The user interface could not be loaded; see the messages above.")
        return EXIT_UI_FAILED
    if fingerprint is not None:
        _save_snapshot(ui, fingerprint, language, snapshot_file)
    return Startup(ui)


def finish_after_first_frame(started: Startup, language: str, cache_folder: Path) -> None:
    """Once the first frame is on screen: validate the content if it came from the start
    snapshot (categories open after that), then load what the first tap will need."""
    window = started.ui.window

    def finish() -> None:
        window.frameSwapped.disconnect(on_first_frame)
        if started.pending_content is not None and not _validate_pending(started, language):
            QGuiApplication.exit(EXIT_BAD_CONTENT)
            return
        ScaledImageCache(cache_folder / "images").prune()
        _warm_up()

    def on_first_frame() -> None:
        QTimer.singleShot(0, finish)

    window.frameSwapped.connect(on_first_frame)


def _validate_pending(started: Startup, language: str) -> bool:
    from kiosk.content.presentation import Presenter

    assert started.pending_content is not None
    content = load_valid_content(started.pending_content)
    if content is not None:
        started.ui.view_model.show(Presenter(content, language))
    return content is not None


def _warm_up() -> None:
    """Import now what opening a category needs (QR codes, photo decoding), while nobody
    waits, rather than on the first visitor's first tap."""
    import PIL.Image  # noqa: F401
    import segno  # noqa: F401


def _save_snapshot(ui: KioskUi, fingerprint: str, language: str, path: Path) -> None:
    source = ui.view_model.source
    write_snapshot(path, StartSnapshot(fingerprint, language, source.title, source.tiles()))


def load_valid_content(path: Path, *, decode_images: bool = False) -> Content | None:
    from kiosk.content.loader import load_content

    result = load_content(path, decode_images=decode_images)
    for problem in result.problems:
        log.log(logging.ERROR if problem.is_error else logging.WARNING, problem.describe(str(path)))
    if result.content is None:
        log.error("Content in %s has errors; check it with `kiosk validate`.", path)
    return result.content


def create_application(software_rendering: bool = False) -> QGuiApplication:
    if software_rendering:
        # Offscreen snapshots render the same on every machine, GPU or not.
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    existing = QGuiApplication.instance()
    app = existing if isinstance(existing, QGuiApplication) else QGuiApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    load_fonts(app)
    return app


def user_cache_folder() -> Path:
    import platformdirs

    return platformdirs.user_cache_path(APP_NAME)


def default_image_cache() -> ScaledImageCache:
    return ScaledImageCache(user_cache_folder() / "images")


def build_ui(
    content: Content,
    language: str = "",
    cache: ScaledImageCache | None = None,
    clock: Clock | None = None,
) -> KioskUi | None:
    from kiosk.content.presentation import Presenter

    return build_ui_from(Presenter(content, language), content.folder, cache, clock)


def build_ui_from(
    source: ScreenSource, folder: Path, cache: ScaledImageCache | None, clock: Clock | None = None
) -> KioskUi | None:
    view_model = KioskViewModel(source, clock)
    photos = PhotoProvider(folder, cache)
    network = OfflineNetworkFactory()
    engine = QQmlApplicationEngine()
    harden_engine(engine, network)
    engine.addImportPath(str(qml_import_path()))
    engine.addImageProvider(PHOTO_PROVIDER, photos)
    engine.addImageProvider(QR_PROVIDER, QrProvider())
    view_model.attach_to(engine)
    engine.loadFromModule("Kiosk", "Main")
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        return None
    window = roots[0]
    watcher = InputWatcher(view_model.idle_view_model)
    window.installEventFilter(watcher)
    view_model.idle_view_model.start()
    return KioskUi(engine, view_model, window, photos, network, watcher)


def _show(window: QQuickWindow, options: RunOptions) -> None:
    if options.windowed:
        window.resize(QSize(*options.size))
        window.show()
    else:
        # A touch screen has no pointer to show; a stray mouse must not reveal one either.
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        window.showFullScreen()
