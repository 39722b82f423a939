"""Start-up of the kiosk: a short sequence of named steps, shared by run, snapshot and tests."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

from kiosk.content.loader import Content, load_content
from kiosk.fonts import load_fonts
from kiosk.images.cache import ScaledImageCache
from kiosk.models.sources import PHOTO_PROVIDER, QR_PROVIDER
from kiosk.paths import qml_import_path
from kiosk.providers.photo import PhotoProvider
from kiosk.providers.qr import QrProvider
from kiosk.qt_messages import install_qt_message_logging
from kiosk.viewmodels.kiosk import KioskViewModel

log = logging.getLogger(__name__)

APP_NAME = "tietopiste"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

EXIT_OK = 0
EXIT_BAD_CONTENT = 3
EXIT_UI_FAILED = 4


@dataclass(frozen=True, slots=True)
class RunOptions:
    content: Path
    windowed: bool = False
    size: tuple[int, int] = (1280, 800)
    language: str = ""


@dataclass(frozen=True, slots=True)
class KioskUi:
    """The running UI: what tests, snapshots and the self-test drive."""

    engine: QQmlApplicationEngine
    view_model: KioskViewModel
    window: QQuickWindow
    photos: PhotoProvider


def run(options: RunOptions) -> int:
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    install_qt_message_logging()
    content = load_valid_content(options.content)
    if content is None:
        return EXIT_BAD_CONTENT
    app = create_application()
    ui = build_ui(content, options.language, default_image_cache())
    if ui is None:
        log.error("The user interface could not be loaded; see the messages above.")
        return EXIT_UI_FAILED
    _show(ui.window, options)
    return app.exec()


def load_valid_content(path: Path, *, decode_images: bool = False) -> Content | None:
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


def default_image_cache() -> ScaledImageCache:
    cache = ScaledImageCache(platformdirs.user_cache_path(APP_NAME) / "images")
    cache.prune()
    return cache


def build_ui(
    content: Content, language: str = "", cache: ScaledImageCache | None = None
) -> KioskUi | None:
    view_model = KioskViewModel(content, language)
    photos = PhotoProvider(content.folder, cache)
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(qml_import_path()))
    engine.addImageProvider(PHOTO_PROVIDER, photos)
    engine.addImageProvider(QR_PROVIDER, QrProvider())
    view_model.attach_to(engine)
    engine.loadFromModule("Kiosk", "Main")
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        return None
    return KioskUi(engine, view_model, roots[0], photos)


def _show(window: QQuickWindow, options: RunOptions) -> None:
    if options.windowed:
        window.resize(QSize(*options.size))
        window.show()
    else:
        window.showFullScreen()
