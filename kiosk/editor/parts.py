"""A category's photos and links, each a block of the category form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QImageReader,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.content import limits
from kiosk.content.cleaning import REMOVED_INVISIBLE, clean_address
from kiosk.content.invisible import invisible
from kiosk.content.invisible import named as named_character
from kiosk.content.problems import Problem
from kiosk.content.rows import CENTRE
from kiosk.editor.fields import (
    Fields,
    LocalizedText,
    TextField,
    dict_at,
    editing_get,
    named,
    where,
    wrapped,
)
from kiosk.editor.session import EditorSession
from kiosk.platform.i18n import content_messages_in
from kiosk.providers.qimage import to_qimage
from kiosk.qr.code import qr_image

translate = QCoreApplication.translate
Path_ = tuple[str | int, ...]

# The licences staff choose from; anything else is written in the same box.
LICENCES = ("CC0 1.0", "CC BY 4.0", "CC BY-SA 4.0")
THUMBNAIL = QSize(240, 126)
QR_PREVIEW_PX = 160


def _moves(block: QWidget, count: int, index: int, act: Any, what: str) -> QHBoxLayout:
    """Up, down and remove buttons for item `index` of `count`."""
    row = QHBoxLayout()
    for action, text, enabled in (
        ("up", translate("Editor", "Siirrä ylemmäs"), index > 0),
        ("down", translate("Editor", "Siirrä alemmas"), index < count - 1),
        ("remove", translate("Editor", "Poista"), True),
    ):
        button = QPushButton(text, block)
        button.setObjectName(f"{action}{what}:{index}")
        button.setEnabled(enabled)
        button.clicked.connect(lambda *_, a=action: act(a, index))
        row.addWidget(button)
    row.addStretch()
    return row


def change_list(
    session: EditorSession,
    path: tuple[str | int, ...],
    action: str,
    index: int,
    name: str,
    category: str,
) -> None:
    current = editing_get(session.data, path)
    items = list(current) if isinstance(current, list) else []
    if action == "remove":
        del items[index]
    else:
        other = index - 1 if action == "up" else index + 1
        items[index], items[other] = items[other], items[index]
    session.end_typing()
    session.set(name, path, items, category)


def thumbnail(file: Path) -> QPixmap:
    """Read at about the thumbnail's size: a 48 MP photo is not decoded whole for it."""
    reader = QImageReader(str(file))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


class FocusPicker(QLabel):
    """The photo's thumbnail, on which staff click the subject: the kiosk keeps that point in
    view when it crops the photo. The arrow keys move the point too."""

    STEP = 0.05

    def __init__(self, session: EditorSession, path: Path_, category: str, file: Path) -> None:
        super().__init__()
        self.session = session
        self.path = path
        self.category = category
        self.setPixmap(thumbnail(file))
        self.setFixedSize(THUMBNAIL)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        tip = translate(
            "Editor",
            "Napsauta kuvan tärkeintä kohtaa: kioski pitää sen näkyvissä, kun se rajaa kuvaa.",
        )
        self.setToolTip(tip)
        self.setAccessibleName(translate("Editor", "Kuvan tärkein kohta"))
        self.setAccessibleDescription(tip)

    def point(self) -> tuple[float, float]:
        stored = editing_get(self.session.data, self.path)
        if isinstance(stored, list) and len(stored) == 2:
            x, y = stored
            if isinstance(x, int | float) and isinstance(y, int | float):
                return float(x), float(y)
        return CENTRE

    def _photo_rect(self) -> QRect:
        pixmap = self.pixmap()
        size = pixmap.size() if not pixmap.isNull() else self.size()
        return QRect(
            (self.width() - size.width()) // 2,
            (self.height() - size.height()) // 2,
            size.width(),
            size.height(),
        )

    def choose(self, x: float, y: float) -> None:
        point = [round(min(1.0, max(0.0, x)), 3), round(min(1.0, max(0.0, y)), 3)]
        self.session.end_typing()
        value = None if tuple(point) == CENTRE else point
        self.session.set(
            translate("Editor", "Kuvan tärkein kohta"), self.path, value, self.category
        )
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        rect = self._photo_rect()
        position = event.position()
        if rect.width() > 0 and rect.height() > 0:
            self.choose(
                (position.x() - rect.x()) / rect.width(), (position.y() - rect.y()) / rect.height()
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        moves = {
            Qt.Key.Key_Left: (-self.STEP, 0.0),
            Qt.Key.Key_Right: (self.STEP, 0.0),
            Qt.Key.Key_Up: (0.0, -self.STEP),
            Qt.Key.Key_Down: (0.0, self.STEP),
        }
        move = moves.get(Qt.Key(event.key()))
        if move is None:
            super().keyPressEvent(event)
            return
        x, y = self.point()
        self.choose(x + move[0], y + move[1])

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        rect = self._photo_rect()
        x, y = self.point()
        centre = QPointF(rect.x() + x * rect.width(), rect.y() + y * rect.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for colour, width in ((QColor("white"), 5), (QColor("#b00020"), 2)):
            painter.setPen(QPen(colour, width))
            painter.drawEllipse(centre, 12, 12)
            painter.drawLine(centre + QPointF(-18, 0), centre + QPointF(18, 0))
            painter.drawLine(centre + QPointF(0, -18), centre + QPointF(0, 18))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()

    def sync(self) -> None:
        self.update()


class ItemBlock(QGroupBox):
    """One of a category's photos or links: numbered, named by its place in the file (for
    tests and problem links), with buttons that move it up or down or delete it."""

    def __init__(
        self,
        session: EditorSession,
        path: tuple[str | int, ...],
        title: str,
        fields: Fields,
        category: str,
        list_name: str,
    ) -> None:
        super().__init__(title.replace("%1", str(int(path[-1]) + 1)))
        self.setObjectName(f"group:{where(path)}")
        fields[where(path)] = self
        self.session = session
        self.path = path
        self.category = category
        self._list_name = list_name

    def moves(self, count: int, what: str) -> QHBoxLayout:
        return _moves(self, count, int(self.path[-1]), self._act, what)

    def _act(self, action: str, index: int) -> None:
        change_list(self.session, self.path[:-1], action, index, self._list_name, self.category)


class PhotoBlock(ItemBlock):
    def __init__(
        self,
        session: EditorSession,
        path: tuple[str | int, ...],
        count: int,
        languages: list[str],
        fields: Fields,
        category: str,
    ) -> None:
        super().__init__(
            session,
            path,
            translate("Editor", "Kuva %1"),
            fields,
            category,
            translate("Editor", "Kuvat"),
        )
        self.text_fields: list[TextField | LocalizedText | FocusPicker] = []
        image = dict_at(session.data, path)
        file = str(image.get("file", ""))
        self.picker = named(
            FocusPicker(session, (*path, "focus"), category, session.path.parent / file),
            f"field:{where((*path, 'focus'))}",
        )
        fields[where((*path, "focus"))] = self.picker
        name = wrapped(QLabel(file, self))
        hint = wrapped(QLabel(self.picker.toolTip(), self))
        centre = QPushButton(translate("Editor", "Keskikohta"), self)
        centre.setObjectName(f"centreFocus:{where(path)}")
        centre.clicked.connect(lambda: self.picker.choose(*CENTRE))
        about = QVBoxLayout()
        about.addWidget(name)
        about.addWidget(hint)
        about.addWidget(centre, 0, Qt.AlignmentFlag.AlignLeft)
        about.addStretch()
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addLayout(about, 1)
        form = QFormLayout()
        credit = TextField(
            session,
            (*path, "credit"),
            translate("Editor", "Tekijä"),
            limit=limits.CREDIT_MAX_CHARS,
            category=category,
        )
        fields[where((*path, "credit"))] = credit
        form.addRow(translate("Editor", "Tekijä"), credit)
        self.licence = named(QComboBox(self), f"field:{where((*path, 'license'))}")
        self.licence.setEditable(True)
        self.licence.addItems(["", *LICENCES, translate("Editor", "Käytetty luvalla")])
        self.licence.setCurrentText(str(image.get("license", "")))
        self.licence.currentTextChanged.connect(self._licence_chosen)
        fields[where((*path, "license"))] = self.licence
        form.addRow(translate("Editor", "Lisenssi"), self.licence)
        source = TextField(
            session,
            (*path, "source"),
            translate("Editor", "Lähde"),
            category=category,
            optional=True,
        )
        fields[where((*path, "source"))] = source
        form.addRow(translate("Editor", "Lähde"), source)
        alt = LocalizedText(
            session,
            (*path, "alt"),
            translate("Editor", "Mitä kuvassa on (niille, jotka eivät näe kuvaa)"),
            languages,
            fields,
            limit=limits.ALT_MAX_CHARS,
            multiline=True,
            category=category,
        )
        self.text_fields += [credit, source, alt, self.picker]
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(alt)
        layout.addLayout(self.moves(count, "Photo"))

    def _licence_chosen(self, text: str) -> None:
        value = text.strip() or None
        self.session.set(
            translate("Editor", "Lisenssi"), (*self.path, "license"), value, self.category
        )

    def sync(self) -> None:
        for field in self.text_fields:
            field.sync()
        stored = editing_get(self.session.data, (*self.path, "license")) or ""
        if self.licence.currentText() != stored:
            self.licence.blockSignals(True)
            self.licence.setCurrentText(str(stored))
            self.licence.blockSignals(False)


class LinkBlock(ItemBlock):
    """A link's label in every language, its address cleaned as staff type it, and its QR
    code as the kiosk draws it, read back to show that a phone will get the address."""

    def __init__(
        self,
        session: EditorSession,
        path: tuple[str | int, ...],
        count: int,
        languages: list[str],
        fields: Fields,
        category: str,
        staff_language: str,
    ) -> None:
        super().__init__(
            session,
            path,
            translate("Editor", "Linkki %1"),
            fields,
            category,
            translate("Editor", "Linkit"),
        )
        self._translate = content_messages_in(staff_language)
        self._dropped: set[str] = set()  # invisible characters taken out as they were typed
        label = LocalizedText(
            session,
            (*path, "label"),
            translate("Editor", "Mihin linkki vie"),
            languages,
            fields,
            limit=limits.LINK_LABEL_MAX_CHARS,
            category=category,
        )
        self.url = TextField(
            session, (*path, "url"), translate("Editor", "Verkko-osoite"), category=category
        )
        self.url.edit.setPlaceholderText("https://")
        fields[where((*path, "url"))] = self.url
        assert isinstance(self.url.edit, QLineEdit)
        self.url.edit.editingFinished.connect(self._clean)
        self.url.edit.textEdited.connect(self._drop_invisible)
        self.url.edit.textChanged.connect(self._draw)
        self.cleaned = named(QLabel(self), f"cleaned:{where(path)}", wrap=True)
        self.code = named(QLabel(self), f"qr:{where(path)}")
        self.code.setFixedSize(QR_PREVIEW_PX, QR_PREVIEW_PX)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.decoded = named(QLabel(self), f"decoded:{where(path)}", wrap=True)
        address = QVBoxLayout()
        address.addWidget(QLabel(translate("Editor", "Verkko-osoite"), self))
        address.addWidget(self.url)
        address.addWidget(self.cleaned)
        address.addWidget(self.decoded)
        address.addStretch()
        row = QHBoxLayout()
        row.addLayout(address, 1)
        row.addWidget(self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addLayout(self.moves(count, "Link"))
        self.text_fields: list[TextField | LocalizedText] = [label, self.url]
        self._draw()

    def _drop_invisible(self, typed: str) -> None:
        """Invisible characters (pasted from web pages and documents) go as they arrive;
        the rest of the cleaning waits until staff leave the field."""
        kept = "".join(c for c in typed if not invisible(c) or c == " ")
        self._dropped.update(c for c in typed if c not in kept)
        if kept != typed:
            edit = self.url.edit
            assert isinstance(edit, QLineEdit)
            cursor = edit.cursorPosition() - (len(typed) - len(kept))
            self.session.set(
                translate("Editor", "Verkko-osoite"), (*self.path, "url"), kept, self.category
            )
            self.url.sync()
            edit.setCursorPosition(max(0, cursor))

    def _clean(self) -> None:
        """Spaces and invisible characters out, https:// in front, each change said."""
        typed = self.url.text()
        cleaned = clean_address(typed)
        if cleaned.url != typed:
            self.session.set(
                translate("Editor", "Verkko-osoite"),
                (*self.path, "url"),
                cleaned.url,
                self.category,
            )
            self.url.sync()
        dropped = [(REMOVED_INVISIBLE, (("character", named_character(c)),)) for c in self._dropped]
        self._dropped.clear()
        said = [
            Problem("", "", template=template, values=values).text(self._translate)
            for template, values in (*dropped, *cleaned.changes)
        ]
        self.cleaned.setText("; ".join(said))

    def _draw(self) -> None:
        url = self.url.text().strip()
        if not url:
            self.code.clear()
            self.decoded.setText("")
            return
        image = qr_image(url, QR_PREVIEW_PX)
        self.code.setPixmap(QPixmap.fromImage(to_qimage(image)))
        self.decoded.setText(_read_back(image, url))

    def sync(self) -> None:
        for field in self.text_fields:
            field.sync()
        self._draw()


def _read_back(image: Any, url: str) -> str:
    import zxingcpp

    read = {barcode.text for barcode in zxingcpp.read_barcodes(image)}
    if read == {url}:
        return translate("Editor", "✓ Koodi luettu: puhelin avaa tämän osoitteen.")
    return translate("Editor", "Koodia ei voitu lukea oikein; tarkista osoite.")
