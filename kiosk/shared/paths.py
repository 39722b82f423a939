"""Where the kiosk's own files are, in a source checkout and when frozen by PyInstaller."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "tietopiste"
# Where a content's photos are, relative to the folder of its content.json.
CONTENT_IMAGES = Path("resources") / "images"


def user_data_folder() -> Path:
    """The kiosk's own data (last good content, statistics), per user; see the README."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME)


def user_config_folder() -> Path:
    """This machine's own settings (the staff PIN), per user: never part of the content."""
    import platformdirs

    return platformdirs.user_config_path(APP_NAME)


def app_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root)
    return Path(__file__).resolve().parents[2]


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundled_content_path() -> Path:
    """The content the kiosk comes with: the checkout's own, or the copy in the bundle."""
    return app_root() / "content.json"


def default_content_path() -> Path:
    """Where staff edit the content: in a checkout, the bundled file itself; in the built
    app, content.json beside the executable (kiosk.content.first_start puts it there)."""
    if is_frozen():
        return Path(sys.executable).resolve().parent / "content.json"
    return bundled_content_path()


def qml_import_path() -> Path:
    return app_root() / "ui"


def translations_folder() -> Path:
    return app_root() / "ui" / "Kiosk" / "i18n"
