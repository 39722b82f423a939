"""The kiosk as QML sees it: what screen is showing, the tiles, and the open category."""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QJSEngine, QmlElement, QmlSingleton, QQmlEngine

from kiosk.content.loader import Content
from kiosk.content.presentation import Presenter
from kiosk.models.tiles import TileListModel
from kiosk.viewmodels.detail import DetailViewModel

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


class Screen(StrEnum):
    HOME = "home"
    DETAIL = "detail"


# The view model each engine shows. A singleton rather than a property handed down from Main:
# QML evaluates bindings in no fixed order, so a property passed down could still be null
# when a screen's binding first reads through it.
_BY_ENGINE: dict[int, KioskViewModel] = {}


@QmlElement
@QmlSingleton
class KioskViewModel(QObject):
    screenChanged = Signal()
    contentChanged = Signal()
    languageChanged = Signal()

    def __init__(self, content: Content, language: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self._language = language or content.settings.default_language
        self._screen = Screen.HOME
        self._tiles = TileListModel(self)
        self._detail = DetailViewModel(self)
        self._present()

    @staticmethod
    def create(engine: QQmlEngine) -> KioskViewModel:
        return _BY_ENGINE[id(engine)]

    def attach_to(self, engine: QQmlEngine) -> None:
        """Make this the KioskViewModel singleton of `engine`; call before loading QML."""
        key = id(engine)
        _BY_ENGINE[key] = self
        # Python owns the view model; the engine must not delete it when it goes.
        engine.setObjectOwnership(self, QJSEngine.ObjectOwnership.CppOwnership)
        engine.destroyed.connect(lambda: _BY_ENGINE.pop(key, None))

    @property
    def presenter(self) -> Presenter:
        return Presenter(self._content, self._language)

    @property
    def content(self) -> Content:
        return self._content

    def set_content(self, content: Content) -> None:
        self._content = content
        self._present()
        self.contentChanged.emit()

    def _present(self) -> None:
        presenter = self.presenter
        self._tiles.set_rows(presenter.tiles())
        page = presenter.page(self._detail.page.category_id)
        if page is not None:
            self._detail.show(page)
        elif self._screen is Screen.DETAIL:
            self._go(Screen.HOME)

    @Slot(str)
    def openCategory(self, category_id: str) -> None:
        page = self.presenter.page(category_id)
        if page is None:
            log.warning("No category with id %r to open", category_id)
            return
        self._detail.show(page)
        self._go(Screen.DETAIL)

    @Slot()
    def goHome(self) -> None:
        self._go(Screen.HOME)

    def _go(self, screen: Screen) -> None:
        if screen is not self._screen:
            self._screen = screen
            self.screenChanged.emit()

    def _get_screen(self) -> str:
        return self._screen.value

    def _get_title(self) -> str:
        return self.presenter.title

    def _get_language(self) -> str:
        return self._language

    def _get_tiles(self) -> TileListModel:
        return self._tiles

    def _get_detail(self) -> DetailViewModel:
        return self._detail

    screen = Property(str, _get_screen, notify=screenChanged)
    title = Property(str, _get_title, notify=contentChanged)
    language = Property(str, _get_language, notify=languageChanged)
    tiles = Property(TileListModel, _get_tiles, constant=True)
    detail = Property(DetailViewModel, _get_detail, constant=True)
