"""A fingerprint of content.json and the photos it names, without validating anything.

Equal fingerprints mean the same bytes and the same photo files (by size and modification
time) as content that was already validated, so that content can be trusted as it was.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from kiosk import __version__

# Bump when what validation accepts changes, so old snapshots are not trusted.
FINGERPRINT_VERSION = 1


def content_fingerprint(path: Path) -> str | None:
    """None when the file cannot be read or parsed: then there is nothing to trust."""
    try:
        raw = path.read_bytes()
        data = json.loads(raw.decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError):
        return None
    digest = hashlib.sha256(f"{FINGERPRINT_VERSION}|{__version__}|".encode())
    digest.update(raw)
    for file in sorted(set(_image_files(data))):
        # surrogatepass: a name with half a character is refused later, not here.
        digest.update(
            f"\n{file}|{_file_state(path.parent / file)}".encode("utf-8", "surrogatepass")
        )
    return digest.hexdigest()


def _file_state(path: Path) -> str:
    try:
        stat = path.stat()
    except (OSError, ValueError):  # ValueError: a NUL or half a character in the name
        return "missing"
    return f"{stat.st_size}|{stat.st_mtime_ns}"


def _image_files(data: object) -> Iterator[str]:
    """The photo paths named in the raw file, read defensively: this runs before validation."""
    categories = data.get("categories") if isinstance(data, dict) else None
    documents = categories.values() if isinstance(categories, dict) else ()
    for document in documents:
        images = document.get("images") if isinstance(document, dict) else None
        for image in images if isinstance(images, list) else ():
            file = image.get("file") if isinstance(image, dict) else None
            if isinstance(file, str):
                yield file
