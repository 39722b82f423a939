"""The home screen's tiles."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtQml import QmlElement

from kiosk.content.rows import CENTRE, TileRow
from kiosk.models.row_model import RowListModel
from kiosk.models.sources import photo_source
from kiosk.platform.qml import uncreatable

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


class TileRole(IntEnum):
    categoryId = Qt.ItemDataRole.UserRole + 1
    title = Qt.ItemDataRole.UserRole + 2
    summary = Qt.ItemDataRole.UserRole + 3
    photoSource = Qt.ItemDataRole.UserRole + 4
    photoCredit = Qt.ItemDataRole.UserRole + 5
    photoAlt = Qt.ItemDataRole.UserRole + 6
    accentColor = Qt.ItemDataRole.UserRole + 7
    photoFocus = Qt.ItemDataRole.UserRole + 8


@QmlElement
@uncreatable("The kiosk view model owns the tiles.")
class TileListModel(RowListModel[TileRow]):
    updates_in_place = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            TileRole,
            {
                TileRole.categoryId: lambda row: row.category_id,
                TileRole.title: lambda row: row.title,
                TileRole.summary: lambda row: row.summary,
                TileRole.photoSource: lambda row: (
                    photo_source(row.photo.file, row.photo.version) if row.photo else ""
                ),
                TileRole.photoCredit: lambda row: row.photo.credit if row.photo else "",
                TileRole.photoAlt: lambda row: row.photo.alt if row.photo else "",
                TileRole.accentColor: lambda row: row.accent,
                TileRole.photoFocus: _focus,
            },
            parent,
        )


def _focus(row: TileRow) -> QPointF:
    return QPointF(*(row.photo.focus if row.photo else CENTRE))


def tile_photo_source(row: TileRow) -> str:
    return photo_source(row.photo.file, row.photo.version) if row.photo else ""
