"""The kiosk as QML sees it: what screen is showing, the tiles, and the open category."""

from __future__ import annotations

import logging
import time
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Property,
    QCoreApplication,
    QEnum,
    QObject,
    Signal,
    Slot,
)
from PySide6.QtQml import QJSEngine, QmlElement, QmlSingleton, QQmlEngine

from kiosk.content.display import in_language
from kiosk.content.rows import ScreenSource, TileRow
from kiosk.models.languages import LanguageListModel, language_rows
from kiosk.models.tiles import TileListModel, tile_photo_source
from kiosk.platform.i18n import translate_in
from kiosk.viewmodels.access import AccessViewModel
from kiosk.viewmodels.detail import DetailViewModel
from kiosk.viewmodels.idle import Clock, IdleViewModel
from kiosk.viewmodels.speech import SpeechViewModel
from kiosk.viewmodels.staff import StaffViewModel

if TYPE_CHECKING:
    from pathlib import Path

    from kiosk.content.loader import Content
    from kiosk.content.problems import Problem
    from kiosk.staff.records import StaffRecords
    from kiosk.viewmodels.host import KioskHost

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

INVITATION = str(QT_TRANSLATE_NOOP("AttractScreen", "Kosketa aloittaaksesi"))


class Screen(IntEnum):
    """The visitor screens; QML compares with KioskViewModel.Home and KioskViewModel.Detail."""

    Home = 0
    Detail = 1


# The view model each engine shows. A singleton rather than a property handed down from Main:
# QML evaluates bindings in no fixed order, so a property passed down could still be null
# when a screen's binding first reads through it.
_BY_ENGINE: dict[int, KioskViewModel] = {}


@QmlElement
@QmlSingleton
class KioskViewModel(QObject):
    QEnum(Screen)

    screenChanged = Signal()
    contentChanged = Signal()
    outOfOrderChanged = Signal()
    attractSlideChanged = Signal()
    languageChanged = Signal()
    # What a visitor did, for the usage statistics.
    categoryOpened = Signal(str)
    languageChosen = Signal(str)

    resetRequested = Signal()

    def __init__(
        self,
        source: ScreenSource,
        clock: Clock | None = None,
        staff: StaffRecords | None = None,
        host: KioskHost | None = None,
        parent: QObject | None = None,
    ) -> None:
        """For staff mode: `staff`, its PIN and lockout (none: no PIN); `host`, the running
        kiosk's window, reloading, statistics and exit (none: a view model on its own)."""
        super().__init__(parent)
        self._source = source
        # The language each visitor starts in, and the one this visitor chose.
        self._home_language = source.language
        self._language = source.language
        self._languages = LanguageListModel(self)
        self._screen = Screen.Home
        self._close_allowed = False
        self._out_of_order = False
        self._tiles = TileListModel(self)
        self._detail = DetailViewModel(self)
        self._idle = IdleViewModel(clock or time.monotonic, self)
        self._staff = StaffViewModel(clock or time.monotonic, staff, host, self)
        self._access = AccessViewModel(self)
        self._speech = SpeechViewModel(self._idle, self.screen_text, clock or time.monotonic, self)
        self._speech.set_language(self._language)
        self.languageChanged.connect(lambda: self._speech.set_language(self._language))
        self._staff.set_language(self._language)
        self.languageChanged.connect(lambda: self._staff.set_language(self._language))
        self.screenChanged.connect(self._speech.stop)
        self._idle.promptingChanged.connect(self._announce_prompt)
        self._staff.exitRequested.connect(self.allow_close)
        self._idle.resetRequested.connect(self.reset)
        if self.content is not None:
            self._apply_settings(self.content)
        self._idle.slideChanged.connect(self.attractSlideChanged)
        self.contentChanged.connect(self.attractSlideChanged)
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
    def source(self) -> ScreenSource:
        return self._source

    @property
    def content(self) -> Content | None:
        """The validated content, once loaded (a start snapshot has none yet)."""
        content: Content | None = getattr(self._source, "content", None)
        return content

    @property
    def detail_view_model(self) -> DetailViewModel:
        return self._detail

    @property
    def idle_view_model(self) -> IdleViewModel:
        return self._idle

    @property
    def staff_view_model(self) -> StaffViewModel:
        return self._staff

    @property
    def access_view_model(self) -> AccessViewModel:
        return self._access

    @property
    def speech_view_model(self) -> SpeechViewModel:
        return self._speech

    @property
    def language(self) -> str:
        return self._language

    def show(self, source: ScreenSource) -> None:
        """Swap in new rows, in the visitor's language where the content still has it; a
        visitor on a category that no longer exists is taken home."""
        self._home_language = self._home_language or source.language
        if self._language and self._language != source.language:
            source = source.in_language(self._language)
        self._source = source
        self._set_language(source.language)
        content = self.content
        if content is not None:
            self._apply_settings(content)
            self.set_out_of_order(False)
        self._present()
        self.contentChanged.emit()

    def _apply_settings(self, content: Content) -> None:
        self._idle.timeout_s = content.settings.idle_timeout_s
        self._idle.attract_after_s = content.settings.attract_after_s

    def set_out_of_order(self, out_of_order: bool) -> None:
        """No valid content at all: visitors see a calm notice instead of empty screens."""
        if out_of_order != self._out_of_order:
            self._out_of_order = out_of_order
            if out_of_order:
                self._go(Screen.Home)
            self.outOfOrderChanged.emit()

    @Slot()
    def reset(self) -> None:
        """Start afresh for the next visitor: home, at the top of everything, and no staff
        pad or panel left open. (The one place to add what else a new visitor resets.)"""
        self._staff.close()
        self._speech.reset()
        self._access.reset()
        self._go(Screen.Home)
        self._change_language(self._home_language)
        self.resetRequested.emit()

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        """A visitor chose a language: show everything in it, at once."""
        if self._change_language(language):
            self.languageChosen.emit(language)

    def _change_language(self, language: str) -> bool:
        if language == self._language or language not in self._source.languages:
            return False
        self._source = self._source.in_language(language)
        # A start snapshot has only one language: the choice applies once content is loaded.
        self._language = language
        self._present()
        self.contentChanged.emit()
        self.languageChanged.emit()
        return True

    def _set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self.languageChanged.emit()

    def _present(self) -> None:
        self._languages.set_rows(language_rows(self._source.languages, self._language))
        self._tiles.set_rows(self._source.tiles())
        page = self._source.page(self._detail.page.category_id)
        if page is not None:
            self._detail.show(page)
        elif self._screen is Screen.Detail:
            self._go(Screen.Home)

    @Slot(str)
    def openCategory(self, category_id: str) -> None:
        page = self._source.page(category_id)
        if page is None:
            log.warning("No category with id %r to open", category_id)
            return
        self._detail.show(page)
        self._go(Screen.Detail)
        self.categoryOpened.emit(category_id)

    @Slot()
    def goHome(self) -> None:
        self._go(Screen.Home)

    def _go(self, screen: Screen) -> None:
        if screen is not self._screen:
            self._screen = screen
            self.screenChanged.emit()

    def screen_text(self) -> str:
        """What read aloud says: the current screen's title and text."""
        if self._screen is Screen.Detail:
            page = self._detail.page
            links = [link.label for link in page.links]
            return "\n".join([page.title, *page.paragraphs, *links])
        choose = QCoreApplication.translate("HomeScreen", "Valitse aihe koskettamalla.")
        tiles = [f"{tile.title}. {tile.summary}" for tile in self._tiles.rows]
        return "\n".join([self._source.title, choose, *tiles])

    def _announce_prompt(self) -> None:
        if self._idle.is_prompting:
            question = QCoreApplication.translate("IdlePrompt", "Oletko vielä siellä?")
            hint = QCoreApplication.translate(
                "IdlePrompt", "Kosketa näyttöä jatkaaksesi. Muuten palataan alkuun."
            )
            self._speech.announce(f"{question} {hint}")

    def record_load(self, source: Path, problems: tuple[Problem, ...], note: str) -> None:
        """Tell the staff panel what the last load found, and what is shown now."""
        content = self.content
        categories = len(content.categories) if content else 0
        images = sum(len(c.images) for c in content.categories) if content else 0
        default = content.settings.default_language if content else ""
        hidden = (
            tuple(in_language(c.title, self._language, default) for c in content.hidden)
            if content
            else ()
        )
        self._staff.record_load(str(source), problems, note, categories, images, hidden)

    @property
    def leaving(self) -> bool:
        """Staff or the system have allowed the window to close."""
        return self._close_allowed

    def allow_close(self) -> None:
        """Only the app itself (a staff exit, shutting down) may close the window."""
        self._close_allowed = True

    @Slot(result=bool)
    def closeAllowed(self) -> bool:
        if not self._close_allowed:
            log.info("Refused to close the kiosk window (only staff can exit)")
        return self._close_allowed

    def _get_screen(self) -> int:
        return int(self._screen)

    def _get_title(self) -> str:
        return self._source.title

    def _get_languages(self) -> LanguageListModel:
        return self._languages

    def _get_language(self) -> str:
        return self._language

    def _get_tiles(self) -> TileListModel:
        return self._tiles

    def _get_detail(self) -> DetailViewModel:
        return self._detail

    def _get_idle(self) -> IdleViewModel:
        return self._idle

    def _get_staff(self) -> StaffViewModel:
        return self._staff

    def _get_access(self) -> AccessViewModel:
        return self._access

    def _get_speech(self) -> SpeechViewModel:
        return self._speech

    def _get_out_of_order(self) -> bool:
        return self._out_of_order

    def _attract_tile(self) -> TileRow | None:
        # The rows the home screen already shows: building them again would stat every photo
        # for each of the three attract properties.
        with_photos = [tile for tile in self._tiles.rows if tile.photo is not None]
        if not with_photos:
            return None
        return with_photos[self._idle.slide_index % len(with_photos)]

    def _get_attract_photo(self) -> str:
        tile = self._attract_tile()
        return tile_photo_source(tile) if tile else ""

    def _get_attract_credit(self) -> str:
        tile = self._attract_tile()
        return tile.photo.credit if tile and tile.photo else ""

    def _get_invitations(self) -> list[str]:
        """ "Touch to start" in each of the content's languages, the default first."""
        languages = [self._home_language, *self._source.languages]
        invitations: list[str] = []
        for language in languages:
            invitation = translate_in(language, "AttractScreen", INVITATION)
            if language and invitation not in invitations:
                invitations.append(invitation)
        return invitations

    def _get_attract_title(self) -> str:
        tile = self._attract_tile()
        return tile.title if tile else ""

    screen = Property(int, _get_screen, notify=screenChanged)
    title = Property(str, _get_title, notify=contentChanged)
    tiles = Property(TileListModel, _get_tiles, constant=True)
    languages = Property(LanguageListModel, _get_languages, constant=True)
    # The content language in use, such as "sv" (QML's own name for this is taken).
    currentLanguage = Property(str, _get_language, notify=languageChanged)
    detail = Property(DetailViewModel, _get_detail, constant=True)
    idle = Property(IdleViewModel, _get_idle, constant=True)
    staff = Property(StaffViewModel, _get_staff, constant=True)
    access = Property(AccessViewModel, _get_access, constant=True)
    speech = Property(SpeechViewModel, _get_speech, constant=True)
    outOfOrder = Property(bool, _get_out_of_order, notify=outOfOrderChanged)
    attractPhoto = Property(str, _get_attract_photo, notify=attractSlideChanged)
    attractCredit = Property(str, _get_attract_credit, notify=attractSlideChanged)
    attractTitle = Property(str, _get_attract_title, notify=attractSlideChanged)
    attractInvitations = Property(list, _get_invitations, notify=contentChanged)
