"""The built app's first start: the bundled content is copied beside the executable, where
staff edit it. Never over anything already there: that is staff's work."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from kiosk.shared.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

IMAGES = Path("resources") / "images"


def place_default_content(target: Path, bundled: Path) -> bool:
    """Copy `bundled` content.json and its photos to `target` unless `target` exists.
    content.json is written last, so that a start cut short copies again next time."""
    if target.exists():
        return False
    source_images = bundled.parent / IMAGES
    target_images = target.parent / IMAGES
    target_images.mkdir(parents=True, exist_ok=True)
    for photo in sorted(source_images.iterdir()) if source_images.is_dir() else []:
        destination = target_images / photo.name
        if photo.is_file() and not destination.exists():
            shutil.copy2(photo, destination)
    atomic_write_bytes(target, bundled.read_bytes())
    log.info("First start: copied the bundled content to %s", target)
    return True
