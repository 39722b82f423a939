"""The bundled Inter font, so that text measures the same on every kiosk computer."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk.shared.paths import qml_import_path

log = logging.getLogger(__name__)

FAMILY = "Inter"


def load_fonts(app: QGuiApplication) -> None:
    folder = qml_import_path() / "Kiosk" / "fonts"
    for path in sorted(folder.glob("*.otf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("Cannot load the font %s; text falls back to a system font", path)
    font = QFont(FAMILY)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
