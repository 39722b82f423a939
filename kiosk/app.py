"""Start-up of the kiosk window: a short sequence of named steps."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtQml import QQmlApplicationEngine

from kiosk.content.loader import Content, load_content
from kiosk.paths import qml_import_path

log = logging.getLogger(__name__)

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

EXIT_OK = 0
EXIT_BAD_CONTENT = 3
EXIT_UI_FAILED = 4


@dataclass(frozen=True, slots=True)
class RunOptions:
    content: Path
    windowed: bool = False
    size: tuple[int, int] = (1280, 800)


def run(options: RunOptions) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    content = _load_content(options.content)
    if content is None:
        return EXIT_BAD_CONTENT
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    engine = create_engine(content)
    window = load_main(engine)
    if window is None:
        log.error("The user interface could not be loaded; see the messages above.")
        return EXIT_UI_FAILED
    _show(window, options)
    return app.exec()


def _load_content(path: Path) -> Content | None:
    result = load_content(path)
    for problem in result.problems:
        log.log(logging.ERROR if problem.is_error else logging.WARNING, problem.describe(str(path)))
    if result.content is None:
        log.error("Content in %s has errors; check it with `kiosk validate`.", path)
    return result.content


def create_engine(content: Content) -> QQmlApplicationEngine:
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(qml_import_path()))
    language = content.settings.default_language
    engine.setInitialProperties(
        {
            "kioskTitle": content.settings.title[language],
            "categoryTitles": [category.title[language] for category in content.categories],
        }
    )
    return engine


def load_main(engine: QQmlApplicationEngine) -> QWindow | None:
    engine.loadFromModule("Kiosk", "Main")
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QWindow):
        return None
    return roots[0]


def _show(window: QWindow, options: RunOptions) -> None:
    if options.windowed:
        window.resize(QSize(*options.size))
        window.show()
    else:
        window.showFullScreen()


def install_qt_message_logging() -> None:
    """Send Qt's own warnings (QML errors among them) to our log."""
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        logging.getLogger("qt").log(levels.get(kind, logging.WARNING), message)

    qInstallMessageHandler(handler)
