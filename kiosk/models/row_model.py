"""A list model over immutable rows: the one place that does the Qt model bookkeeping."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kiosk.shared.compat import override

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class RowListModel(QAbstractListModel, Generic[Row]):
    """Subclasses name their roles in an IntEnum whose member names are the QML role names,
    and give one function per role that reads it from a row."""

    countChanged = Signal()

    def __init__(
        self,
        roles: type[IntEnum],
        readers: dict[IntEnum, Callable[[Row], Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._roles = roles
        self._readers = readers
        self._rows: tuple[Row, ...] = ()

    @property
    def rows(self) -> tuple[Row, ...]:
        return self._rows

    # Whether new rows, as many as before, are changes to the rows shown rather than another
    # list: views then keep their delegates and only the rows that differ are drawn again (the
    # home screen's tiles, as the editor's preview follows staff's typing). A list that means
    # "another page" (a category's photos) is reset, so that its views start afresh.
    updates_in_place = False

    def set_rows(self, rows: Sequence[Row]) -> None:
        rows = tuple(rows)
        if not self.updates_in_place or len(rows) != len(self._rows) or not rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            self.countChanged.emit()
            return
        changed = [
            i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new
        ]
        self._rows = rows
        for index in changed:
            at = self.index(index, 0)
            self.dataChanged.emit(at, at)

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        try:
            reader = self._readers[self._roles(role)]
        except ValueError:
            return None
        return reader(self._rows[index.row()])

    @override
    def roleNames(self) -> dict[int, QByteArray]:
        return {int(role): QByteArray(role.name.encode()) for role in self._roles}

    def _count(self) -> int:
        return len(self._rows)

    # For QML bindings that need the number of rows before any delegate exists.
    count = Property(int, _count, notify=countChanged)
