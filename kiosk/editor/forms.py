"""The form of what is selected: the content's settings, or one category."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.content import editing, limits
from kiosk.content.languages import KNOWN_CODES, autonym
from kiosk.content.loader import CATEGORIES_TABLE, SETTINGS_TABLE
from kiosk.editor.fields import (
    Fields,
    LocalizedText,
    Paragraphs,
    TextField,
    dict_at,
    editing_get,
    list_at,
    named,
    where,
)
from kiosk.editor.parts import LinkBlock, PhotoBlock
from kiosk.editor.session import EditorSession

translate = QCoreApplication.translate
SETTINGS_PATH: editing.Path = (SETTINGS_TABLE, "1")


class Form(QWidget):
    """A form shows the data it was made for; `shape` says when it must be made again (a
    paragraph, photo or link added or removed, a language switched on)."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.fields: Fields = {}
        self.synced: list[Any] = []

    def shape(self) -> object:
        return editing.languages_of(self.session.data)

    def sync(self) -> None:
        for widget in self.synced:
            widget.sync()


class SettingsForm(Form):
    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("settingsForm")
        path = SETTINGS_PATH
        languages = editing.languages_of(session.data)
        title = LocalizedText(
            session,
            (*path, "title"),
            translate("Editor", "Kioskin otsikko"),
            languages,
            self.fields,
            limit=limits.SETTINGS_TITLE_MAX_CHARS,
        )
        self.synced.append(title)
        chosen = QGroupBox(translate("Editor", "Kielet, joista kävijä valitsee"), self)
        chosen.setObjectName("group:settings/1/languages")
        self.fields[where((*path, "languages"))] = chosen
        row = QHBoxLayout(chosen)
        self.language_boxes: dict[str, QCheckBox] = {}
        for code in dict.fromkeys([*languages, *KNOWN_CODES]):
            box = QCheckBox(autonym(code), chosen)
            box.setObjectName(f"language:{code}")
            box.setChecked(code in languages)
            box.toggled.connect(lambda on, c=code: self._language_switched(c, on))
            row.addWidget(box)
            self.language_boxes[code] = box
        row.addStretch()
        self.default = named(QComboBox(self), "field:settings/1/default_language")
        for code in languages:
            self.default.addItem(autonym(code), code)
        settings = dict_at(session.data, path)
        current = settings.get("default_language", "fi")
        self.default.setCurrentIndex(max(0, self.default.findData(current)))
        self.default.activated.connect(self._default_chosen)
        self.fields[where((*path, "default_language"))] = self.default
        times = QFormLayout()
        times.addRow(translate("Editor", "Ensimmäinen kieli"), self.default)
        self.spins: dict[str, QSpinBox] = {}
        for key, label, low, high, default in (
            (
                "idle_timeout_s",
                translate("Editor", "Palaa alkuun, kun näyttöä ei ole kosketettu (s)"),
                15,
                3600,
                60,
            ),
            ("attract_after_s", translate("Editor", "Kuvaesitys alkaa (s)"), 15, 86400, 120),
        ):
            spin = named(QSpinBox(self), f"field:settings/1/{key}")
            spin.setRange(low, high)
            value = settings.get(key, default)
            spin.setValue(value if isinstance(value, int) else default)
            spin.valueChanged.connect(lambda v, k=key, n=label: self._set(n, k, v))
            times.addRow(label, spin)
            self.fields[where((*path, key))] = spin
            self.spins[key] = spin
        self.statistics = QCheckBox(
            translate("Editor", "Laske, mitä kävijät katsovat (ei sitä, keitä he ovat)"), self
        )
        self.statistics.setObjectName("field:settings/1/statistics")
        self.statistics.setChecked(settings.get("statistics", True) is not False)
        self.statistics.toggled.connect(
            lambda on: self._set(translate("Editor", "Tilastot"), "statistics", on)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(chosen)
        layout.addLayout(times)
        layout.addWidget(self.statistics)
        layout.addStretch()

    def _set(self, name: str, key: str, value: object) -> None:
        self.session.end_typing()
        self.session.set(name, (*SETTINGS_PATH, key), value)

    def _language_switched(self, code: str, on: bool) -> None:
        languages = editing.languages_of(self.session.data)
        wanted = [c for c in self.language_boxes if c in languages or (on and c == code)]
        if not on:
            wanted.remove(code)
        self._set(translate("Editor", "Kielet"), "languages", wanted)

    def _default_chosen(self, index: int) -> None:
        self._set(
            translate("Editor", "Ensimmäinen kieli"),
            "default_language",
            self.default.itemData(index),
        )

    def sync(self) -> None:
        super().sync()
        settings = dict_at(self.session.data, SETTINGS_PATH)
        for key, spin in self.spins.items():
            value = settings.get(key)
            if isinstance(value, int) and value != spin.value():
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self.default.setCurrentIndex(
            max(0, self.default.findData(settings.get("default_language")))
        )
        self.statistics.blockSignals(True)
        self.statistics.setChecked(settings.get("statistics", True) is not False)
        self.statistics.blockSignals(False)


class CategoryForm(Form):
    addPhotoRequested = Signal(str)  # the category's document key

    def __init__(
        self,
        session: EditorSession,
        key: str,
        staff_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("categoryForm")
        self.key = key
        path: editing.Path = (CATEGORIES_TABLE, key)
        languages = editing.languages_of(session.data)
        category = dict_at(session.data, path)
        identity = TextField(session, (*path, "id"), translate("Editor", "Tunniste"), category=key)
        identity.setToolTip(
            translate(
                "Editor",
                "Pienet kirjaimet a–z, numerot ja väliviivat. Näkyy tilastoissa ja "
                "komennoissa, ei kävijöille.",
            )
        )
        self.fields[where((*path, "id"))] = identity
        self.visible = QCheckBox(translate("Editor", "Näytetään kävijöille"), self)
        self.visible.setObjectName(f"field:{where((*path, 'visible'))}")
        self.visible.setChecked(category.get("visible", True) is not False)
        self.visible.toggled.connect(self._visible_switched)
        self.fields[where((*path, "visible"))] = self.visible
        top = QFormLayout()
        top.addRow(translate("Editor", "Tunniste"), identity)
        top.addRow("", self.visible)
        title = LocalizedText(
            session,
            (*path, "title"),
            translate("Editor", "Otsikko"),
            languages,
            self.fields,
            limit=limits.TITLE_MAX_CHARS,
            category=key,
        )
        summary = LocalizedText(
            session,
            (*path, "summary"),
            translate("Editor", "Lyhyt teksti aloitusnäytöllä"),
            languages,
            self.fields,
            limit=limits.SUMMARY_MAX_CHARS,
            multiline=True,
            category=key,
        )
        body = Paragraphs(
            session, (*path, "body"), translate("Editor", "Teksti"), languages, self.fields, key
        )
        self.synced += [identity, title, summary, body]
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for widget in (title, summary, body):
            layout.addWidget(widget)
        layout.addWidget(self._heading(translate("Editor", "Kuvat")))
        images = list_at(category, ("images",))
        for index in range(len(images)):
            block = PhotoBlock(
                session, (*path, "images", index), len(images), languages, self.fields, key
            )
            self.synced.append(block)
            layout.addWidget(block)
        add_photo = QPushButton(translate("Editor", "Lisää kuva…"), self)
        add_photo.setObjectName("addPhoto")
        add_photo.clicked.connect(lambda: self.addPhotoRequested.emit(key))
        layout.addWidget(add_photo)
        layout.addWidget(self._heading(translate("Editor", "Linkit ja QR-koodit")))
        links = list_at(category, ("links",))
        for index in range(len(links)):
            link = LinkBlock(
                session,
                (*path, "links", index),
                len(links),
                languages,
                self.fields,
                key,
                staff_language,
            )
            self.synced.append(link)
            layout.addWidget(link)
        add_link = QPushButton(translate("Editor", "Lisää linkki"), self)
        add_link.setObjectName("addLink")
        add_link.clicked.connect(self._add_link)
        layout.addWidget(add_link)
        layout.addStretch()

    def _heading(self, text: str) -> QLabel:
        heading = QLabel(f"<h3>{text}</h3>", self)
        heading.setAccessibleName(text)
        return heading

    def shape(self) -> object:
        category = editing_get(self.session.data, (CATEGORIES_TABLE, self.key))
        if not isinstance(category, dict):
            return None
        body = category.get("body")
        return (
            editing.languages_of(self.session.data),
            sorted((k, len(v)) for k, v in body.items() if isinstance(v, list))
            if isinstance(body, dict)
            else None,
            [
                image.get("file")
                for image in list_at(category, ("images",))
                if isinstance(image, dict)
            ],
            len(list_at(category, ("links",))),
        )

    def _visible_switched(self, on: bool) -> None:
        self.session.end_typing()
        self.session.set(
            translate("Editor", "Näkyvyys"),
            (CATEGORIES_TABLE, self.key, "visible"),
            None if on else False,
            self.key,
        )

    def _add_link(self) -> None:
        path = (CATEGORIES_TABLE, self.key, "links")
        links = editing_get(self.session.data, path)
        links = list(links) if isinstance(links, list) else []
        languages = editing.languages_of(self.session.data)
        links.append({"label": {code: "" for code in languages}, "url": ""})
        self.session.end_typing()
        self.session.set(translate("Editor", "Lisää linkki"), path, links, self.key)

    def sync(self) -> None:
        super().sync()
        shown = editing_get(self.session.data, (CATEGORIES_TABLE, self.key, "visible"))
        self.visible.blockSignals(True)
        self.visible.setChecked(shown is not False)
        self.visible.blockSignals(False)
