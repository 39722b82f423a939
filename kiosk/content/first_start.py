"""The built app's first start: the bundled content is copied beside the executable, where
staff edit it. Never over anything already there: that is staff's work."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

from kiosk.shared.atomic import atomic_write_bytes
from kiosk.shared.paths import CONTENT_IMAGES

log = logging.getLogger(__name__)

SCHEMA_FILE = "content.schema.json"
VSCODE_SETTINGS = {"json.schemas": [{"fileMatch": ["/content.json"], "url": f"./{SCHEMA_FILE}"}]}


def place_default_content(target: Path, bundled: Path) -> bool:
    """Copy `bundled` content.json and its photos to `target` unless `target` exists.
    content.json is written last, so that a start cut short copies again next time."""
    if target.exists():
        return False
    source_images = bundled.parent / CONTENT_IMAGES
    target_images = target.parent / CONTENT_IMAGES
    target_images.mkdir(parents=True, exist_ok=True)
    for photo in sorted(source_images.iterdir()) if source_images.is_dir() else []:
        destination = target_images / photo.name
        if photo.is_file() and not destination.exists():
            shutil.copy2(photo, destination)
    place_editor_files(target.parent)
    atomic_write_bytes(target, bundled.read_bytes())
    log.info("First start: copied the bundled content to %s", target)
    return True


def place_editor_files(folder: Path) -> None:
    """The content's JSON Schema, and VS Code's setting that applies it to content.json: staff
    who open the folder in VS Code get the checks, completion and descriptions as they type.
    Never over files already there."""
    from kiosk.content.json_schema import content_json_schema

    files = {
        folder / SCHEMA_FILE: content_json_schema(),
        folder / ".vscode" / "settings.json": VSCODE_SETTINGS,
    }
    for path, value in files.items():
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps(value, ensure_ascii=False, indent=2) + "\n"
            atomic_write_bytes(path, text.encode("utf-8"))
