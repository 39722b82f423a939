"""A content.json that does not parse: shown as its located errors (line, caret, cause),
with the ways back: fix it and open it again, or restore a kept version. Never a crash, and
nothing is written unless staff choose a version."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.document import VERSIONS_FOLDER
from kiosk.content.problems import Problem
from kiosk.editor.fields import named, wrapped
from kiosk.editor.versions import choose_version
from kiosk.platform.i18n import content_messages_in
from kiosk.shared.atomic import atomic_write_bytes

translate = QCoreApplication.translate


class BrokenFileWindow(QMainWindow):
    openAgain = Signal()

    def __init__(
        self,
        path: Path,
        problems: tuple[Problem, ...],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("brokenFile")
        self.path = path
        self.language = language
        product = translate("Editor", "Tietopisteen sisältö")
        self.setWindowTitle(f"{path} – {product}")
        heading = wrapped(
            QLabel(
                "<h2>"
                + translate("Editor", "content.json ei ole luettavissa")
                + "</h2>"
                + translate(
                    "Editor",
                    "Kioski näyttää edelleen viimeisintä toimivaa sisältöä. Korjaa alla näkyvä "
                    "kohta tekstieditorilla ja avaa tiedosto uudelleen, tai palauta aiempi versio.",
                ),
                self,
            )
        )
        messages = content_messages_in(language)
        text = "\n\n".join(
            "\n".join(filter(None, [problem.describe("content.json", messages), problem.excerpt]))
            for problem in problems
        )
        details = named(QPlainTextEdit(text, self), "brokenProblems")
        details.setReadOnly(True)
        details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        again = named(QPushButton(translate("Editor", "Avaa uudelleen"), self), "openAgain")
        again.clicked.connect(self.openAgain)
        restore = QPushButton(translate("Editor", "Palauta aiempi versio…"), self)
        restore.setObjectName("restoreVersion")
        restore.clicked.connect(self.restore)
        close = QPushButton(translate("Editor", "Sulje"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (again, restore):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.addWidget(heading)
        layout.addWidget(details, 1)
        layout.addLayout(buttons)
        self.setCentralWidget(centre)
        self.resize(1000, 640)

    def restore(self) -> None:
        chosen = choose_version(self, self.path, self.language)
        if chosen is not None:
            restore_over(self.path, chosen)
            self.openAgain.emit()


def restore_over(path: Path, chosen: Path) -> None:
    """Put `chosen` in place of the broken file; the broken one is kept beside the versions,
    so that whatever was typed into it can still be found."""
    folder = path.parent / VERSIONS_FOLDER
    folder.mkdir(exist_ok=True)
    stamp = time.strftime("%Y-%m-%d_%H-%M-%S")
    atomic_write_bytes(folder / f"broken-{stamp}.json", path.read_bytes())
    atomic_write_bytes(path, chosen.read_bytes())
