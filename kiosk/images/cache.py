"""A disk cache of scaled images, so that a restart does not decode full-size photos again."""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.atomic import atomic_write_bytes
from kiosk.images.geometry import Box

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

# Bump when the scaling changes, so old entries are not used.
_CACHE_VERSION = 1
JPEG_QUALITY = 90


class ScaledImageCache:
    """Entries are keyed by the file's path, size and modification time and the target box:
    a photo replaced by staff gets a new key, and stale entries are simply never read again."""

    def __init__(self, folder: Path, max_bytes: int = 512 * 1024 * 1024) -> None:
        self.folder = folder
        self.max_bytes = max_bytes

    def path_for(self, source: Path, box: Box) -> Path | None:
        try:
            stat = source.stat()
        except OSError:
            return None
        key = f"{_CACHE_VERSION}|{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|"
        key += f"{box.width}x{box.height}"
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return self.folder / digest[:2] / f"{digest}.img"

    def store(self, entry: Path, image: Image.Image) -> None:
        """Best effort: a full or read-only disk must not stop the kiosk showing the photo."""
        buffer = io.BytesIO()
        if image.mode == "RGBA":
            image.save(buffer, "PNG", compress_level=1)
        else:
            image.save(buffer, "JPEG", quality=JPEG_QUALITY)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(entry, buffer.getvalue())
        except OSError as error:
            log.warning("Cannot write the image cache at %s: %s", entry, error)

    def prune(self) -> None:
        """Drop the least recently written entries once the cache outgrows its limit."""
        entries = []
        for path in self.folder.glob("*/*.img"):
            with contextlib.suppress(OSError):
                stat = path.stat()
                entries.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries):
            if total <= self.max_bytes:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                total -= size
