"""Hot reload: staff replace content.json or photos, and the kiosk shows the new content
within seconds, if it is valid; if not, it keeps the last good content and says why."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from kiosk.content.fingerprint import content_fingerprint
from kiosk.content.last_good import LastGood
from kiosk.content.problems import Problem
from kiosk.shared.paths import CONTENT_IMAGES
from kiosk.viewmodels.staff import NOTE_RELOAD_REFUSED, NOTE_RELOADED

if TYPE_CHECKING:
    from kiosk.platform.kiosk_ui import KioskUi

log = logging.getLogger(__name__)

DEBOUNCE_MS = 500
POLL_MS = 3000


class ContentReloader(QObject):
    """Watches the content's folder (editors save by writing a new file and renaming it over
    the old one, which silently ends a watch on the file itself) and the photo folder, waits
    for a burst of changes to settle, and polls as well, for file systems that never tell."""

    reloaded = Signal()
    refused = Signal()

    def __init__(self, ui: KioskUi, content_file: Path, language: str, last_good: LastGood) -> None:
        super().__init__()
        self._ui = ui
        self._file = content_file
        self._language = language
        self._last_good = last_good
        self._seen: str | None = None
        self.problems: tuple[Problem, ...] = ()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._changed)
        self._watcher.fileChanged.connect(self._changed)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_now)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.check_now)

    def watch(self, shown_fingerprint: str | None) -> None:
        """Start watching; `shown_fingerprint` is the state of the file already dealt with."""
        self._seen = shown_fingerprint or self._state()
        self._rewatch()
        self._poll.start()

    def _changed(self, _path: str) -> None:
        self._debounce.start()

    def _rewatch(self) -> None:
        """(Re)add the folders: one replaced or created since is not watched any more."""
        wanted = [self._file.parent, self._file.parent / CONTENT_IMAGES]
        watched = set(self._watcher.directories())
        for folder in wanted:
            if folder.is_dir() and str(folder) not in watched:
                self._watcher.addPath(str(folder))

    def force(self) -> None:
        """Load the content again even if it looks unchanged (the staff panel's reload)."""
        self._seen = None
        self.check_now()

    def check_now(self) -> None:
        self._rewatch()
        state = self._state()
        if state == self._seen:
            return
        self._seen = state
        self._load()

    def _state(self) -> str:
        fingerprint = content_fingerprint(self._file)
        if fingerprint is not None:
            return fingerprint
        try:
            stat = self._file.stat()
        except OSError:
            return "missing"
        return f"unreadable|{stat.st_size}|{stat.st_mtime_ns}"

    def _load(self) -> None:
        from kiosk.content.presentation import Presenter
        from kiosk.content.reported import keep_last_good, load_reported

        result = load_reported(self._file)
        self.problems = result.problems
        if result.content is None:
            log.error("The changed content has errors; still showing the last good content")
            self._ui.view_model.record_load(result.source, result.problems, NOTE_RELOAD_REFUSED)
            self.refused.emit()
            return
        self._ui.photos.set_folder(result.content.folder)
        self._ui.view_model.show(Presenter(result.content, self._language))
        self._ui.view_model.record_load(result.source, result.problems, NOTE_RELOADED)
        keep_last_good(self._last_good, result.content)
        log.info("Showing the changed content from %s", self._file)
        self.reloaded.emit()
