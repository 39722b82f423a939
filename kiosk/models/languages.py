"""The language switcher's buttons: each language named in itself, the current one marked."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtQml import QmlElement

from kiosk.content.languages import autonym
from kiosk.models.row_model import RowListModel
from kiosk.platform.qml import uncreatable

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@dataclass(frozen=True, slots=True)
class LanguageRow:
    code: str
    name: str
    selected: bool


def language_rows(codes: tuple[str, ...], current: str) -> tuple[LanguageRow, ...]:
    return tuple(LanguageRow(code, autonym(code), code == current) for code in codes)


class LanguageRole(IntEnum):
    code = Qt.ItemDataRole.UserRole + 1
    autonym = Qt.ItemDataRole.UserRole + 2
    selected = Qt.ItemDataRole.UserRole + 3


@QmlElement
@uncreatable("The kiosk view model owns the languages.")
class LanguageListModel(RowListModel[LanguageRow]):
    # Choosing a language changes which button is selected, not the buttons: they stay, and
    # so does the keyboard's focus on the one just pressed.
    updates_in_place = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            LanguageRole,
            {
                LanguageRole.code: lambda row: row.code,
                LanguageRole.autonym: lambda row: row.name,
                LanguageRole.selected: lambda row: row.selected,
            },
            parent,
        )
