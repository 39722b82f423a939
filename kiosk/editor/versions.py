"""Choosing an earlier version of content.json: those kept at each save (the last 20, by
date and time), and the copy the kiosk last showed without problems."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.document import VERSIONS_FOLDER
from kiosk.editor.asking import name_buttons
from kiosk.editor.fields import named, wrapped

translate = QCoreApplication.translate


def kept_versions(content: Path) -> list[Path]:
    folder = content.parent / VERSIONS_FOLDER
    found = folder.glob("content-*.json") if folder.is_dir() else []
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def last_good_copy(content: Path) -> Path | None:
    import platformdirs

    from kiosk.content.last_good import last_good_for
    from kiosk.shared.paths import APP_NAME

    copy = last_good_for(platformdirs.user_data_path(APP_NAME), content)
    return copy.content_file if copy.exists() else None


def choose_version(parent: QWidget, content: Path, language: str) -> Path | None:
    dialog = named(QDialog(parent), "versions")
    dialog.setWindowTitle(translate("Editor", "Palauta aiempi versio"))
    listing = named(QListWidget(dialog), "versionList")
    for path in kept_versions(content):
        stamp = time.strftime("%d.%m.%Y %H.%M.%S", time.localtime(path.stat().st_mtime))
        label = translate("Editor", "Ennen tallennusta %1").replace("%1", stamp)
        item = QListWidgetItem(label, listing)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
    good = last_good_copy(content)
    if good is not None:
        item = QListWidgetItem(
            translate("Editor", "Kioskin viimeksi näyttämä toimiva sisältö"), listing
        )
        item.setData(Qt.ItemDataRole.UserRole, str(good))
    note = wrapped(
        QLabel(
            translate(
                "Editor",
                "Valittu versio avataan muokattavaksi; se korvaa content.jsonin vasta, kun "
                "tallennat. Kumoa (Ctrl+Z) palauttaa nykyisen.",
            )
            if listing.count()
            else translate(
                "Editor", "Aiempia versioita ei ole vielä: ne syntyvät tallennettaessa."
            ),
            dialog,
        )
    )
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    name_buttons(buttons)
    open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
    if open_button is not None:
        open_button.setEnabled(listing.count() > 0)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    listing.itemDoubleClicked.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(note)
    layout.addWidget(listing)
    layout.addWidget(buttons)
    if listing.count():
        listing.setCurrentRow(0)
    dialog.resize(520, 420)
    if dialog.exec() != QDialog.DialogCode.Accepted or listing.currentItem() is None:
        return None
    return Path(listing.currentItem().data(Qt.ItemDataRole.UserRole))
