"""Form fields bound to a place in the content: each writes its edits through the session and
shows the data again after undo and redo. A translatable text shows every language at once,
with a counter against the validator's own limit and missing translations marked."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.content import editing
from kiosk.content.languages import autonym
from kiosk.editor.session import EditorSession

translate = QCoreApplication.translate

# Where a problem's path points to a widget (kiosk.content.problems: slash-separated).
Fields = dict[str, QWidget]
OVER_LIMIT = "color: #b00020; font-weight: bold;"
FEWEST_LINES = 3
MOST_LINES = 12
MISSING = "color: #8a5300;"


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, *, wrap: bool = False) -> W:
    """`widget` with the name tests and problem links find it by (and word wrap, for labels)."""
    widget.setObjectName(name)
    if wrap and isinstance(widget, QLabel):
        widget.setWordWrap(True)
    return widget


def wrapped(label: QLabel) -> QLabel:
    """A label whose text wraps to the width it is given."""
    label.setWordWrap(True)
    return label


def where(path: editing.Path) -> str:
    return "/".join(str(part) for part in path)


class _FocusOut(QObject):
    """Leaving a field ends its undo step: the next edit there is a step of its own."""

    def __init__(self, session: EditorSession, parent: QObject) -> None:
        super().__init__(parent)
        self._session = session

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(event, QFocusEvent) and event.type() == QEvent.Type.FocusOut:
            self._session.end_typing()
        return False


class TextField(QWidget):
    """One text at `path`: a line, or a box for paragraphs and summaries, with its count."""

    def __init__(
        self,
        session: EditorSession,
        path: editing.Path,
        name: str,
        *,
        limit: int | None = None,
        multiline: bool = False,
        category: str | None = None,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.path = path
        self.name = name
        self.limit = limit
        self.category = category
        self.optional = optional
        self.edit: QLineEdit | QPlainTextEdit
        if multiline:
            box = QPlainTextEdit(self)
            box.setTabChangesFocus(True)
            box.textChanged.connect(self._typed)
            box.document().documentLayout().documentSizeChanged.connect(self._fit)
            self.edit = box
            self._fit()
        else:
            line = QLineEdit(self)
            line.textEdited.connect(self._typed)
            self.edit = line
        self.edit.setObjectName(f"field:{where(path)}")
        self.edit.installEventFilter(_FocusOut(session, self))
        self.setFocusProxy(self.edit)
        self.counter = QLabel(self)
        self.counter.setMinimumWidth(self.counter.fontMetrics().horizontalAdvance("000 / 000"))
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.counter)
        self.sync()

    def _fit(self) -> None:
        """A box as tall as its text (three to twelve lines), so that a paragraph is read
        whole, without a scroll bar of its own inside the form's."""
        box = self.edit
        if not isinstance(box, QPlainTextEdit):
            return
        lines = int(box.document().documentLayout().documentSize().height())
        shown = min(MOST_LINES, max(FEWEST_LINES, lines))
        box.setFixedHeight(box.fontMetrics().lineSpacing() * shown + 2 * box.frameWidth() + 10)

    def text(self) -> str:
        edit = self.edit
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def stored(self) -> str:
        try:
            value = editing.get(self.session.data, self.path)
        except (KeyError, IndexError, TypeError):
            return ""
        return value if isinstance(value, str) else ""

    def _typed(self) -> None:
        text = self.text()
        if text != self.stored():
            value = None if self.optional and not text.strip() else text
            self.session.set(self.name, self.path, value, self.category)
        self._count(text)

    def sync(self) -> None:
        """Show the data's value (after undo, redo or a reload) without making an edit."""
        stored = self.stored()
        if stored != self.text():
            self.edit.blockSignals(True)
            if isinstance(self.edit, QPlainTextEdit):
                self.edit.setPlainText(stored)
            else:
                self.edit.setText(stored)
            self.edit.blockSignals(False)
        self._count(stored)

    def _count(self, text: str) -> None:
        length = len(text.strip())
        limit = self.limit
        if limit is None:
            self.counter.setText(str(length) if length else "")
            return
        self.counter.setText(f"{length} / {limit}")
        self.counter.setStyleSheet(OVER_LIMIT if length > limit else "")
        self.counter.setToolTip(translate("Editor", "Enintään %n merkkiä.", "", limit))


class LocalizedText(QGroupBox):
    """A text in every language of the content, one row each; an empty one is marked."""

    def __init__(
        self,
        session: EditorSession,
        path: editing.Path,
        title: str,
        languages: list[str],
        fields: Fields,
        *,
        limit: int | None = None,
        multiline: bool = False,
        category: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(f"group:{where(path)}")
        self.rows: list[tuple[QLabel, TextField]] = []
        form = QFormLayout(self)
        fields[where(path)] = self
        for code in languages:
            field = TextField(
                session, (*path, code), title, limit=limit, multiline=multiline, category=category
            )
            label = QLabel(self)
            label.setBuddy(field.edit)
            form.addRow(label, field)
            fields[where((*path, code))] = field
            self.rows.append((label, field))
            row = len(self.rows) - 1
            field.edit.textChanged.connect(lambda *_, row=row: self._mark(row))
            self._mark(row)

    def focus_problem(self) -> None:
        """A problem with the whole text (a translation missing): to the first empty one."""
        empty = [field for _, field in self.rows if not field.text().strip()]
        target = empty[0] if empty else self.rows[0][1] if self.rows else None
        if target is not None:
            target.setFocus()

    def _mark(self, row: int) -> None:
        label, field = self.rows[row]
        code = field.path[-1]
        name = autonym(str(code))
        if field.text().strip():
            label.setText(name)
            label.setStyleSheet("")
        else:
            label.setText(translate("Editor", "%1 (puuttuu)").replace("%1", name))
            label.setStyleSheet(MISSING)

    def sync(self) -> None:
        for row, (_, field) in enumerate(self.rows):
            field.sync()
            self._mark(row)


def editing_get(data: Any, path: editing.Path) -> Any:
    try:
        return editing.get(data, path)
    except (KeyError, IndexError, TypeError):
        return None


def dict_at(data: Any, path: editing.Path) -> dict[str, Any]:
    """The block at `path`, or an empty one where the file has something else."""
    value = editing_get(data, path)
    return value if isinstance(value, dict) else {}


def list_at(data: Any, path: editing.Path) -> list[Any]:
    value = editing_get(data, path)
    return value if isinstance(value, list) else []


class Paragraphs(QGroupBox):
    """The body text: for each language its paragraphs, each of which can be moved up or
    down or removed, and a new one added at the end."""

    def __init__(
        self,
        session: EditorSession,
        path: editing.Path,
        title: str,
        languages: list[str],
        fields: Fields,
        category: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(f"group:{where(path)}")
        self.session = session
        self.path = path
        self.category = category
        self.fields: list[TextField] = []
        fields[where(path)] = self
        layout = QVBoxLayout(self)
        for code in languages:
            language_path = (*path, code)
            paragraphs = editing_get(session.data, language_path)
            paragraphs = paragraphs if isinstance(paragraphs, list) else []
            heading = QLabel(f"<b>{autonym(code)}</b>", self)
            if not any(isinstance(p, str) and p.strip() for p in paragraphs):
                heading.setText(
                    "<b>"
                    + translate("Editor", "%1 (puuttuu)").replace("%1", autonym(code))
                    + "</b>"
                )
                heading.setStyleSheet(MISSING)
            layout.addWidget(heading)
            fields[where(language_path)] = heading
            for index in range(len(paragraphs)):
                layout.addLayout(self._paragraph(language_path, index, len(paragraphs), fields))
            add = QPushButton(translate("Editor", "Lisää kappale"), self)
            add.setObjectName(f"addParagraph:{code}")
            add.clicked.connect(lambda *_, p=language_path: self._change(p, "add", 0))
            layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)

    def _paragraph(
        self, language_path: editing.Path, index: int, count: int, fields: Fields
    ) -> QHBoxLayout:
        row = QHBoxLayout()
        field = TextField(
            self.session,
            (*language_path, index),
            self.title(),
            multiline=True,
            category=self.category,
        )
        fields[where((*language_path, index))] = field
        self.fields.append(field)
        row.addWidget(field, 1)
        buttons = QVBoxLayout()
        for action, text, tip, enabled in (
            ("up", "↑", translate("Editor", "Siirrä ylemmäs"), index > 0),
            ("down", "↓", translate("Editor", "Siirrä alemmas"), index < count - 1),
            ("remove", "✕", translate("Editor", "Poista kappale"), True),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"{action}Paragraph:{where((*language_path, index))}")
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setEnabled(enabled)
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("MM") + 16)
            button.clicked.connect(
                lambda *_, p=language_path, a=action, i=index: self._change(p, a, i)
            )
            buttons.addWidget(button)
        buttons.addStretch()
        row.addLayout(buttons)
        return row

    def _change(self, language_path: editing.Path, action: str, index: int) -> None:
        current = editing_get(self.session.data, language_path)
        paragraphs = list(current) if isinstance(current, list) else []
        names = {
            "add": translate("Editor", "Lisää kappale"),
            "up": translate("Editor", "Siirrä kappale"),
            "down": translate("Editor", "Siirrä kappale"),
            "remove": translate("Editor", "Poista kappale"),
        }
        if action == "add":
            paragraphs.append("")
        elif action == "remove":
            del paragraphs[index]
        else:
            other = index - 1 if action == "up" else index + 1
            paragraphs[index], paragraphs[other] = paragraphs[other], paragraphs[index]
        self.session.end_typing()
        self.session.set(names[action], language_path, paragraphs, self.category)

    def sync(self) -> None:
        for field in self.fields:
            field.sync()
