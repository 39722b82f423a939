"""One content.json being edited: its data, the undo history, the checks, and saving."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.content import editing
from kiosk.content.document import ContentDocument, Saved
from kiosk.content.editing import Edit, History
from kiosk.content.loader import remember_well_formed
from kiosk.content.memo import CheckMemo

if TYPE_CHECKING:
    from kiosk.content.loader import Content, LoadResult


class EditorSession(QObject):
    # Something changed the data: an edit (None: the whole data, after undo, redo or reload).
    edited = Signal(object)
    # The checks of the data as it is now are done (a LoadResult); the preview and the
    # problem list follow them.
    checked = Signal(object)
    savedChanged = Signal()

    def __init__(self, document: ContentDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.history = History(document.data)
        self._memo = CheckMemo()
        remember_well_formed(self._memo, document.data)
        self.result: LoadResult = document.check_as_typed(self._memo)
        # What the preview shows while the edited content has errors: the last that had none.
        self.last_valid: Content | None = self.result.content
        # A burst of keystrokes is checked once, when the event loop is next free.
        self._check_soon = QTimer(self, singleShot=True, interval=0)
        self._check_soon.timeout.connect(self.check_now)

    @property
    def path(self) -> Path:
        return self.document.path

    @property
    def data(self) -> dict[str, Any]:
        return self.document.data

    @property
    def changed(self) -> bool:
        return self.document.changed

    def apply(self, edit: Edit) -> None:
        self.history.apply(edit)
        self._after(edit)

    def set(self, name: str, path: editing.Path, value: Any, category: str | None = None) -> None:
        """Set one field (None clears an optional one); unchanged values make no step. Where
        the file has something else than a block for the field (a text written where a block
        of languages belongs), the block is made, holding the value."""
        try:
            if editing.get(self.data, path) == value:
                return
        except (KeyError, IndexError, TypeError):
            pass
        key = path[-1]
        try:
            container = editing.get(self.data, path[:-1])
        except (KeyError, IndexError, TypeError):
            container = None
        fits = (
            isinstance(container, dict)
            if isinstance(key, str)
            else isinstance(container, list) and 0 <= key < len(container)
        )
        if not fits and len(path) > 1:
            self.set(name, path[:-1], {key: value} if isinstance(key, str) else [value], category)
            return
        self.apply(editing.set_value(name, path, value, self.data, category))

    def end_typing(self) -> None:
        self.history.stop_joining()

    def undo(self) -> Edit | None:
        edit = self.history.undo()
        if edit is not None:
            self._after(None)
        return edit

    def redo(self) -> Edit | None:
        edit = self.history.redo()
        if edit is not None:
            self._after(None)
        return edit

    def _after(self, edit: Edit | None) -> None:
        self.edited.emit(edit)
        self.savedChanged.emit()
        self._check_soon.start()

    def check_now(self) -> LoadResult:
        self._check_soon.stop()
        self.result = self.document.check_as_typed(self._memo)
        if self.result.content is not None:
            self.last_valid = self.result.content
        self.checked.emit(self.result)
        return self.result

    def save(self) -> Saved:
        saved = self.document.save()
        if saved.ok:
            self.savedChanged.emit()
        return saved

    def replace_document(self, document: ContentDocument) -> None:
        """Another version of the file (reloaded after a change on disk, or restored)."""
        self.document = document
        self.history = History(document.data)
        remember_well_formed(self._memo, document.data)
        self._after(None)
        self.check_now()
