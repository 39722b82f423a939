"""Importing a photo off the UI thread: a 48 MP phone photo takes seconds to decode, turn
upright, scale and write, and the window must stay responsive meanwhile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kiosk.images.importing import ImportedPhoto, PhotoImportError, import_photo


class PhotoImport(QObject):
    finished = Signal(object)  # the ImportedPhoto
    failed = Signal(object)  # the PhotoImportError

    def start(self, source: Path, content_folder: Path, category_id: str) -> None:
        QThreadPool.globalInstance().start(_Job(self, source, content_folder, category_id))


class _Job(QRunnable):
    def __init__(self, owner: PhotoImport, source: Path, folder: Path, category_id: str) -> None:
        super().__init__()
        self._owner = owner
        self._arguments = (source, folder, category_id)

    def run(self) -> None:
        # Signals of an object living on the UI thread are delivered there, queued.
        try:
            imported: ImportedPhoto = import_photo(*self._arguments)
        except PhotoImportError as error:
            self._owner.failed.emit(error)
            return
        self._owner.finished.emit(imported)
