"""The preview: the kiosk's own QML, on an engine of its own, showing the content as edited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.languages import autonym
from kiosk.content.presentation import Presenter
from kiosk.startup.app import prepare_engine
from kiosk.viewmodels.access import LARGE_TEXT_SCALE, Look
from kiosk.viewmodels.host import KioskParts
from kiosk.viewmodels.kiosk import KioskViewModel

if TYPE_CHECKING:
    from pathlib import Path

    from kiosk.content.loader import Content
    from kiosk.images.cache import ScaledImageCache

from kiosk.editor.fields import named

translate = QCoreApplication.translate

# The screens kiosks have: a landscape and a portrait full HD screen, and a small old one.
SCREENS = ((1920, 1080), (1080, 1920), (1024, 768))


class KioskPreview(QWidget):
    def __init__(
        self,
        content: Content,
        folder: Path,
        cache: ScaledImageCache | None,
        kiosk_screen: tuple[int, int] | None = None,
        language: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """`kiosk_screen`: the size the kiosk on this computer last ran at, if it has run;
        `language`: the staff's, shown first when the content has it."""
        super().__init__(parent)
        self._content = content
        self.quick = QQuickWidget(self)
        self.quick.setObjectName("previewView")
        self.quick.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        self.quick.setMinimumSize(320, 240)
        # Made after the view and its child, so that the engine goes first at exit and no
        # binding reads a view model already gone.
        self.view_model = KioskViewModel(
            Presenter(content, language if language in content.settings.languages else ""),
            host=KioskParts(windowed=True),
            parent=self.quick,
        )
        prepare_engine(self.quick.engine(), self.view_model, folder, cache)
        self.quick.loadFromModule("Kiosk", "Preview")
        self.screens = named(QComboBox(self), "previewScreen")
        if kiosk_screen is not None and kiosk_screen not in SCREENS:
            width, height = kiosk_screen
            label = translate("Editor", "Tämä kioski (%1)").replace("%1", f"{width} × {height}")
            self.screens.addItem(label, kiosk_screen)
        for width, height in SCREENS:
            label = f"{width} × {height}"
            if (width, height) == kiosk_screen:
                label = translate("Editor", "Tämä kioski (%1)").replace("%1", label)
            self.screens.addItem(label, (width, height))
        self.screens.currentIndexChanged.connect(self._size_chosen)
        self.languages = named(QComboBox(self), "previewLanguage")
        self.languages.activated.connect(self._language_chosen)
        self.large_text = QCheckBox(translate("Editor", "Isompi teksti"), self)
        self.large_text.setObjectName("previewLargeText")
        self.high_contrast = QCheckBox(translate("Editor", "Suuri kontrasti"), self)
        self.high_contrast.setObjectName("previewHighContrast")
        for box in (self.large_text, self.high_contrast):
            box.toggled.connect(self._look_chosen)
        home = QPushButton(translate("Editor", "Aloitusnäyttöön"), self)
        home.setObjectName("previewHome")
        home.clicked.connect(self.view_model.goHome)
        self.note = named(QLabel(self), "previewNote", wrap=True)
        self.note.setVisible(False)
        controls = QHBoxLayout()
        for label, widget in (
            (translate("Editor", "Näyttö"), self.screens),
            (translate("Editor", "Kieli"), self.languages),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            controls.addWidget(caption)
            controls.addWidget(widget)
        for button in (self.large_text, self.high_contrast, home):
            controls.addWidget(button)
        controls.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.note)
        layout.addWidget(self.quick, 1)
        self._fill_languages()
        self._size_chosen()

    def show_content(self, content: Content, stale: bool) -> None:
        """The kiosk as it would show `content`; `stale`: the edited content has errors, so
        this is the last version without them."""
        self.note.setText(
            translate(
                "Editor",
                "Esikatselu näyttää viimeisimmän virheettömän version: korjaa virheet, niin "
                "se näyttää muutoksesi.",
            )
        )
        self.note.setVisible(stale)
        if content is not self._content:
            self._content = content
            self.view_model.show(Presenter(content, self.view_model.language))
            self._fill_languages()

    def shows(self, category_id: str) -> bool:
        """Whether the preview has a page for this category (hidden ones have none)."""
        return self.view_model.source.page(category_id) is not None

    def _fill_languages(self) -> None:
        codes = self._content.settings.languages
        current = self.view_model.language
        if [self.languages.itemData(i) for i in range(self.languages.count())] == list(codes):
            self.languages.setCurrentIndex(codes.index(current) if current in codes else 0)
            return
        self.languages.clear()
        for code in codes:
            self.languages.addItem(autonym(code), code)
        self.languages.setCurrentIndex(codes.index(current) if current in codes else 0)

    def _language_chosen(self, index: int) -> None:
        self.view_model.setLanguage(str(self.languages.itemData(index)))

    def _look_chosen(self) -> None:
        scale = LARGE_TEXT_SCALE if self.large_text.isChecked() else 1.0
        self.view_model.access_view_model.apply(
            Look(text_scale=scale, high_contrast=self.high_contrast.isChecked())
        )

    def _size_chosen(self) -> None:
        width, height = self.screens.currentData() or SCREENS[0]
        root = self.quick.rootObject()
        if root is not None:
            root.setProperty("screenWidth", width)
            root.setProperty("screenHeight", height)

    def screen_size(self) -> tuple[int, int]:
        width, height = self.screens.currentData() or SCREENS[0]
        return int(width), int(height)
