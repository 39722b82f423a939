"""The home screen as last shown, so that the next start can draw it before validating.

Validating content.json means importing pydantic, which alone takes longer on a small
kiosk PC than drawing the whole first frame. When the content's fingerprint is the one the
snapshot was made from, the kiosk draws the snapshot's tiles at once and validates the
content right after the first frame; categories open once that is done.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kiosk.content.rows import DetailPage, PhotoRow, TileRow
from kiosk.shared.atomic import atomic_write_bytes

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StartSnapshot:
    fingerprint: str
    requested_language: str
    title: str
    tile_rows: tuple[TileRow, ...]
    language: str = ""
    languages: tuple[str, ...] = ()

    def in_language(self, language: str) -> StartSnapshot:
        # Only one language is kept; others are shown once the content is validated, a
        # moment after the first frame.
        return self

    def tiles(self) -> tuple[TileRow, ...]:
        return self.tile_rows

    def page(self, category_id: str) -> DetailPage | None:
        return None


def snapshot_path(folder: Path, content: Path) -> Path:
    key = hashlib.sha256(str(content.resolve()).encode()).hexdigest()[:16]
    return folder / f"start-{key}.json"


def write_snapshot(path: Path, snapshot: StartSnapshot) -> None:
    """Best effort: without a snapshot the next start is only slower."""
    payload = json.dumps(asdict(snapshot), ensure_ascii=False).encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, payload)
    except OSError as error:
        log.warning("Cannot save the start snapshot %s: %s", path, error)


def read_snapshot(path: Path) -> StartSnapshot | None:
    try:
        data = json.loads(path.read_text("utf-8"))
        return StartSnapshot(
            fingerprint=str(data["fingerprint"]),
            requested_language=str(data["requested_language"]),
            title=str(data["title"]),
            tile_rows=tuple(_tile(row) for row in data["tile_rows"]),
            language=str(data["language"]),
            languages=tuple(str(code) for code in data["languages"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _tile(row: dict[str, Any]) -> TileRow:
    photo = row.pop("photo")
    if photo and "focus" in photo:
        photo["focus"] = tuple(photo["focus"])
    return TileRow(**row, photo=PhotoRow(**photo) if photo else None)
