"""What each screen shows, in one language: rows for the tiles, the gallery and the QR cards."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from kiosk.content.display import in_language, short_address
from kiosk.content.loader import Content
from kiosk.content.rows import CENTRE, DetailPage, LinkRow, PhotoRow, TileRow
from kiosk.content.schema import Category, ImageRef

T = TypeVar("T")


class Presenter:
    """Content seen in one language; missing translations fall back to the default language.

    One kind of ScreenSource (kiosk.content.rows); the other is the start snapshot."""

    def __init__(self, content: Content, language: str = "") -> None:
        self.content = content
        self.language = language or content.settings.default_language

    def text(self, texts: Mapping[str, T]) -> T:
        return in_language(texts, self.language, self.content.settings.default_language)

    @property
    def title(self) -> str:
        return self.text(self.content.settings.title)

    @property
    def languages(self) -> tuple[str, ...]:
        return self.content.settings.languages

    def in_language(self, language: str) -> Presenter:
        """The same content in another of its languages (unknown codes get the default)."""
        known = language in self.languages
        return Presenter(self.content, language if known else "")

    def tiles(self) -> tuple[TileRow, ...]:
        return tuple(self._tile(category) for category in self.content.shown)

    def page(self, category_id: str) -> DetailPage | None:
        for category in self.content.shown:
            if category.id == category_id:
                return self._page(category)
        return None

    def _tile(self, category: Category) -> TileRow:
        photo = self._photo(category.images[0]) if category.images else None
        return TileRow(
            category.id,
            self.text(category.title),
            self.text(category.summary),
            photo,
            category.accent or "",
        )

    def _page(self, category: Category) -> DetailPage:
        paragraphs = tuple(p.strip() for p in self.text(category.body) if p.strip())
        links = tuple(
            LinkRow(self.text(link.label), link.url, short_address(link.url))
            for link in category.links
        )
        photos = tuple(self._photo(image) for image in category.images)
        return DetailPage(category.id, self.text(category.title), paragraphs, photos, links)

    def _photo(self, image: ImageRef) -> PhotoRow:
        try:
            stat = self.content.image_path(image).stat()
            version = f"{stat.st_size}-{stat.st_mtime_ns}"
        except OSError:
            version = "missing"
        focus = image.focus or CENTRE
        return PhotoRow(image.file, self.text(image.alt), image.credit, version, focus)
