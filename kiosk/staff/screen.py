"""The size this kiosk last ran at, kept in its data folder, so that the content editor can
preview the content at exactly that size when it runs on the same computer."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from kiosk.shared.atomic import atomic_write_bytes

log = logging.getLogger(__name__)
SCREEN_FILE = "screen.json"


def remember_screen_size(data_folder: Path, width: int, height: int) -> None:
    """Best effort: without it the editor offers only the usual sizes."""
    payload = json.dumps({"width": width, "height": height}).encode("utf-8")
    path = data_folder / SCREEN_FILE
    try:
        if path.is_file() and path.read_bytes() == payload:
            return
        data_folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, payload)
    except OSError as error:
        log.warning("Cannot keep the screen size in %s: %s", path, error)


def remembered_screen_size(data_folder: Path) -> tuple[int, int] | None:
    try:
        data = json.loads((data_folder / SCREEN_FILE).read_text("utf-8"))
        width, height = int(data["width"]), int(data["height"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return (width, height) if width > 0 and height > 0 else None
