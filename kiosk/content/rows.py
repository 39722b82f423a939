"""What the screens show, as plain rows in one language: tiles, gallery photos, QR cards.

No pydantic here: the kiosk's first frame is drawn from these rows, and importing the
content schema would delay it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

# A photo's focal point when the content names none: its middle.
CENTRE = (0.5, 0.5)


@dataclass(frozen=True, slots=True)
class PhotoRow:
    file: str
    alt: str
    credit: str
    # Changes when the file does, so that a photo replaced under the same name is shown anew
    # (Qt keeps drawn images by address).
    version: str = ""
    # The point to keep in view when the photo is cropped, as fractions of width and height.
    focus: tuple[float, float] = CENTRE


@dataclass(frozen=True, slots=True)
class LinkRow:
    label: str
    url: str
    short_address: str


@dataclass(frozen=True, slots=True)
class TileRow:
    category_id: str
    title: str
    summary: str
    photo: PhotoRow | None
    accent: str


@dataclass(frozen=True, slots=True)
class DetailPage:
    category_id: str
    title: str
    paragraphs: tuple[str, ...]
    photos: tuple[PhotoRow, ...]
    links: tuple[LinkRow, ...]


EMPTY_PAGE = DetailPage("", "", (), (), ())


class ScreenSource(Protocol):
    """Where the screens' rows come from: validated content, or the start snapshot."""

    @property
    def title(self) -> str: ...

    @property
    def language(self) -> str: ...

    @property
    def languages(self) -> tuple[str, ...]: ...

    def in_language(self, language: str) -> ScreenSource: ...

    def tiles(self) -> tuple[TileRow, ...]: ...

    def page(self, category_id: str) -> DetailPage | None: ...


@dataclass(frozen=True, slots=True)
class _NoContent:
    """What the screens show with no valid content at all: nothing (the out-of-order
    screen covers them)."""

    title: str = ""
    language: str = ""
    languages: tuple[str, ...] = ()

    def in_language(self, language: str) -> ScreenSource:
        return self

    def tiles(self) -> tuple[TileRow, ...]:
        return ()

    def page(self, category_id: str) -> DetailPage | None:
        return None


OUT_OF_ORDER = _NoContent()
