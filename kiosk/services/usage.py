"""Usage statistics, wired to the running kiosk: what visitors do becomes events, written
every minute and on exit (see kiosk.stats)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from kiosk.stats.events import Kind
from kiosk.stats.recorder import Recorder

if TYPE_CHECKING:
    from kiosk.services.reload import ContentReloader
    from kiosk.viewmodels.kiosk import KioskViewModel

FLUSH_MS = 60_000


class UsageStatistics(QObject):
    def __init__(
        self, view_model: KioskViewModel, recorder: Recorder, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._view_model = view_model
        self.recorder = recorder
        self._timer = QTimer(self, interval=FLUSH_MS)
        self._timer.timeout.connect(recorder.flush)
        self._timer.start()
        idle = view_model.idle_view_model
        self._visit_began: datetime | None = None
        idle.visitStarted.connect(self._visit_started)
        idle.visitEnded.connect(self._visit)
        idle.resetRequested.connect(self._idle_reset)
        idle.attractingChanged.connect(self._attracting)
        view_model.categoryOpened.connect(self._category)
        view_model.languageChosen.connect(self._language)
        view_model.detail_view_model.photoSwiped.connect(self._photo)
        view_model.access_view_model.used.connect(self._access)
        view_model.speech_view_model.used.connect(self._speech)
        view_model.contentChanged.connect(self._apply_settings)
        self._apply_settings()

    def watch(self, reloader: ContentReloader) -> None:
        reloader.reloaded.connect(self._reloaded)

    def close(self) -> None:
        """On exit: count the visit in progress, and write everything."""
        self._view_model.idle_view_model.end_visit()
        self._timer.stop()
        self.recorder.close()

    def _apply_settings(self) -> None:
        content = self._view_model.content
        enabled = content.settings.statistics if content is not None else self.recorder.enabled
        self.recorder.enabled = enabled

    def _visit_started(self) -> None:
        self._visit_began = self.recorder.now()

    def _visit(self, seconds: int) -> None:
        self.recorder.record(Kind.VISIT, seconds=seconds, at=self._visit_began)
        self._visit_began = None

    def _idle_reset(self) -> None:
        self.recorder.record(Kind.IDLE_RESET)

    def _attracting(self) -> None:
        if self._view_model.idle_view_model.is_attracting:
            self.recorder.record(Kind.ATTRACT)

    def _category(self, category_id: str) -> None:
        self.recorder.record(Kind.CATEGORY, category_id)
        # The detail view shows every link's QR code at once.
        for link in self._view_model.detail_view_model.page.links:
            self.recorder.record(Kind.QR, link.url)

    def _language(self, code: str) -> None:
        self.recorder.record(Kind.LANGUAGE, code)

    def _photo(self, category_id: str) -> None:
        self.recorder.record(Kind.PHOTO, category_id)

    def _access(self, control: str) -> None:
        self.recorder.record(Kind.ACCESS, control)

    def _speech(self, use: str) -> None:
        self.recorder.record(Kind.SPEECH, use)

    def _reloaded(self) -> None:
        self.recorder.record(Kind.RELOAD)
