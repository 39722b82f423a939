"""The detail view of one category."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.content.rows import EMPTY_PAGE, DetailPage
from kiosk.models.links import LinkListModel
from kiosk.models.photos import PhotoListModel
from kiosk.platform.qml import uncreatable

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@uncreatable("The kiosk view model owns the detail view.")
class DetailViewModel(QObject):
    pageChanged = Signal()
    # A visitor moved the gallery to another photo (the category's id).
    photoSwiped = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page = EMPTY_PAGE
        self._photo_index = 0
        self._photos = PhotoListModel(self)
        self._links = LinkListModel(self)

    @property
    def page(self) -> DetailPage:
        return self._page

    def show(self, page: DetailPage) -> None:
        self._page = page
        self._photo_index = 0
        self._photos.set_rows(page.photos)
        self._links.set_rows(page.links)
        self.pageChanged.emit()

    @Slot(int)
    def photoShown(self, index: int) -> None:
        """The gallery shows photo `index`: counted when a visitor moved to it."""
        if index != self._photo_index and 0 <= index < len(self._page.photos):
            self._photo_index = index
            self.photoSwiped.emit(self._page.category_id)

    def _category_id(self) -> str:
        return self._page.category_id

    def _title(self) -> str:
        return self._page.title

    def _paragraphs(self) -> list[str]:
        return list(self._page.paragraphs)

    def _photo_model(self) -> PhotoListModel:
        return self._photos

    def _link_model(self) -> LinkListModel:
        return self._links

    categoryId = Property(str, _category_id, notify=pageChanged)
    title = Property(str, _title, notify=pageChanged)
    paragraphs = Property(list, _paragraphs, notify=pageChanged)
    photos = Property(PhotoListModel, _photo_model, constant=True)
    links = Property(LinkListModel, _link_model, constant=True)
