"""The last content that loaded valid, kept in the user data folder.

When content.json later turns out broken or missing, the kiosk starts on this copy instead
of going blank. Photos stay where they are (they can be large); the copy records their
hashes, so that staff can be told which photos have changed since.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from kiosk.shared.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

CONTENT_FILE = "content.json"
HASHES_FILE = "images.json"
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class LastGood:
    folder: Path

    @property
    def content_file(self) -> Path:
        return self.folder / CONTENT_FILE

    def exists(self) -> bool:
        return self.content_file.is_file()

    def save(self, content_file: Path, image_files: list[str]) -> None:
        """Keep a copy of `content_file` and the hashes of its photos. Best effort: failing
        to keep a copy must not stop the kiosk showing the content."""
        try:
            payload = content_file.read_bytes()
            hashes = {file: file_hash(content_file.parent / file) for file in image_files}
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.folder / HASHES_FILE, json.dumps(hashes, indent=1).encode())
            atomic_write_bytes(self.content_file, payload)
        except OSError as error:
            log.warning("Cannot keep a copy of the good content in %s: %s", self.folder, error)

    def changed_images(self, images_folder: Path) -> list[str]:
        """Photos named by the copy that are missing or different in `images_folder` now."""
        try:
            hashes: dict[str, str] = json.loads((self.folder / HASHES_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            return []
        return sorted(
            file for file, digest in hashes.items() if file_hash(images_folder / file) != digest
        )


def last_good_for(data_folder: Path, content_file: Path) -> LastGood:
    key = hashlib.sha256(str(content_file.resolve()).encode()).hexdigest()[:16]
    return LastGood(data_folder / f"last-good-{key}")


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return "missing"
    return digest.hexdigest()
