"""A disk cache of scaled images, so that a restart does not decode full-size photos again."""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kiosk.images.geometry import Box
from kiosk.shared.atomic import atomic_write_bytes

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

# A cache that cannot write rests this long before trying again.
REST_S = 600.0
# Pruned on the way too, each time this share of its limit has been written.
PRUNE_EVERY_FRACTION = 10


class DiskSpace(Protocol):
    @property
    def total(self) -> int: ...
    @property
    def free(self) -> int: ...


def _reserve(total: int) -> int:
    """Free space the cache always leaves to the log, the statistics and everything else."""
    return min(200 * 2**20, total // 10)


# Bump when the scaling changes, so old entries are not used.
_CACHE_VERSION = 2
JPEG_QUALITY = 90


class ScaledImageCache:
    """Entries are keyed by the file's path, size and modification time and the target box:
    a photo replaced by staff gets a new key, and stale entries are simply never read again."""

    def __init__(
        self,
        folder: Path,
        max_bytes: int = 512 * 1024 * 1024,
        clock: Callable[[], float] = time.monotonic,
        free_space: Callable[[Path], DiskSpace] = lambda folder: shutil.disk_usage(folder),
    ) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self._clock = clock
        self._free_space = free_space
        self._resting_until: float | None = None
        self._written_since_prune = 0

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
        """Best effort: a full or read-only disk must not stop the kiosk showing the photo,
        and the cache must never be what fills the disk. A failed write rests the cache for
        a while (said once), then it tries again."""
        if self._resting_until is not None and self._clock() < self._resting_until:
            return
        self._resting_until = None
        buffer = io.BytesIO()
        if image.mode == "RGBA":
            image.save(buffer, "PNG", compress_level=1)
        else:
            image.save(buffer, "JPEG", quality=JPEG_QUALITY)
        data = buffer.getvalue()
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            space = self._free_space(self.folder)
            if space.free - len(data) < _reserve(space.total):
                self._rest(f"less than {_reserve(space.total) // 2**20} MB would be left free")
                return
            atomic_write_bytes(entry, data)
        except OSError as error:
            self._rest(str(error))
            return
        self._written_since_prune += len(data)
        if self._written_since_prune > self.max_bytes // PRUNE_EVERY_FRACTION:
            self.prune()

    def _rest(self, reason: str) -> None:
        log.warning(
            "Not caching scaled photos for %.0f min (%s); they are shown all the same",
            REST_S / 60,
            reason,
        )
        self._resting_until = self._clock() + REST_S

    def prune(self) -> None:
        """Drop the least recently written entries once the cache outgrows its limit (at
        most a tenth of the disk it is on)."""
        self._written_since_prune = 0
        limit = self.max_bytes
        with contextlib.suppress(OSError):
            limit = min(limit, self._free_space(self.folder).total // 10)
        entries = []
        for path in self.folder.glob("*/*.img"):
            with contextlib.suppress(OSError):
                stat = path.stat()
                entries.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries):
            if total <= limit:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                total -= size
