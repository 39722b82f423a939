"""The list on the left: the content's settings, then the categories in home-screen order,
with the buttons that add, copy, delete, move and hide them. Dragging moves one too."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.content import editing
from kiosk.content.loader import CATEGORIES_TABLE
from kiosk.editor.problems import category_title

translate = QCoreApplication.translate
SETTINGS = "settings"


class CategoryList(QWidget):
    selected = Signal(str)  # SETTINGS, or a category's document key
    actionRequested = Signal(str, str)  # add, copy, delete, up, down, hide; the key
    moved = Signal(str, int)  # a category dragged to a new position

    def __init__(self, staff_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = staff_language
        self.list = QListWidget(self)
        self.list.setObjectName("categories")
        self.list.setAccessibleName(translate("Editor", "Aiheet"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.model().rowsMoved.connect(self._dropped)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for position, (action, text) in enumerate(
            (
                ("add", translate("Editor", "Uusi aihe")),
                ("copy", translate("Editor", "Kopioi")),
                ("delete", translate("Editor", "Poista")),
                ("hide", translate("Editor", "Piilota")),
                ("up", translate("Editor", "Ylemmäs")),
                ("down", translate("Editor", "Alemmas")),
            )
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"{action}Category")
            button.clicked.connect(lambda *_, a=action: self._act(a))
            grid.addWidget(button, position // 2, position % 2)
            self.buttons[action] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)
        self._keys: list[str] = []
        self._hidden: set[str] = set()
        self._filling = False

    @property
    def current(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else SETTINGS

    def fill(self, data: dict[str, Any], select: str | None = None) -> None:
        """Show the data's categories; keep the selection unless told what to select."""
        wanted = select or self.current
        self._filling = True
        self.list.clear()
        settings = QListWidgetItem(translate("Editor", "Asetukset"), self.list)
        settings.setData(Qt.ItemDataRole.UserRole, SETTINGS)
        settings.setFlags(settings.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
        font = QFont(settings.font())
        font.setBold(True)
        settings.setFont(font)
        self._keys = editing.ordered_keys(data)
        for key in self._keys:
            item = QListWidgetItem(self._label(data[CATEGORIES_TABLE][key]), self.list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        row = 0 if wanted == SETTINGS or wanted not in self._keys else self._keys.index(wanted) + 1
        self.list.setCurrentRow(row)
        self._filling = False
        self._hidden = self._hidden_in(data)
        self._enable()

    def refresh(self, data: dict[str, Any]) -> None:
        """The list again after a title or visibility changed: in place when the categories
        and their order are the same, so that a keystroke does not rebuild the list."""
        if editing.ordered_keys(data) != self._keys:
            self.fill(data)
            return
        for row, key in enumerate(self._keys, start=1):
            text = self._label(data.get(CATEGORIES_TABLE, {}).get(key))
            item = self.list.item(row)
            if item.text() != text:
                item.setText(text)
        self._hidden = self._hidden_in(data)
        self._enable()

    def _label(self, category: object) -> str:
        title = category_title(category, self._language)
        if isinstance(category, dict) and category.get("visible") is False:
            return translate("Editor", "%1 (piilotettu)").replace("%1", title)
        return title

    def _hidden_in(self, data: dict[str, Any]) -> set[str]:
        table = data.get(CATEGORIES_TABLE, {})
        return {
            key
            for key in self._keys
            if isinstance(table[key], dict) and table[key].get("visible") is False
        }

    def _current_changed(self) -> None:
        self._enable()
        if not self._filling:
            self.selected.emit(self.current)

    def _enable(self) -> None:
        key = self.current
        on_category = key in self._keys
        at = self._keys.index(key) if on_category else -1
        for action in ("copy", "delete", "hide"):
            self.buttons[action].setEnabled(on_category)
        self.buttons["up"].setEnabled(on_category and at > 0)
        self.buttons["down"].setEnabled(on_category and at < len(self._keys) - 1)
        self.buttons["hide"].setText(
            translate("Editor", "Näytä") if key in self._hidden else translate("Editor", "Piilota")
        )

    def _act(self, action: str) -> None:
        self.actionRequested.emit(action, self.current)

    def _dropped(self, *_: object) -> None:
        item = self.list.currentItem()
        if self._filling or item is None:
            return
        key = str(item.data(Qt.ItemDataRole.UserRole))
        row = self.list.row(item)
        if key in self._keys:
            self.moved.emit(key, max(0, row - 1))
