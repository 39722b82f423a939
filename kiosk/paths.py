"""Where the kiosk's own files are, in a source checkout and when frozen by PyInstaller."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def default_content_path() -> Path:
    return app_root() / "content.json"


def qml_import_path() -> Path:
    return app_root() / "ui"


def translations_folder() -> Path:
    return app_root() / "ui" / "Kiosk" / "i18n"
