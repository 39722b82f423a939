"""The problem list: the checks' findings in the staff's language, each naming the category
and field it is about in the editor's own words; activating one goes to that field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from kiosk.content.languages import KNOWN_CODES, autonym
from kiosk.content.loader import CATEGORIES_TABLE, SETTINGS_TABLE
from kiosk.editor.fields import editing_get
from kiosk.platform.i18n import content_messages_in

if TYPE_CHECKING:
    from kiosk.content.loader import LoadResult
    from kiosk.content.problems import Problem

translate = QCoreApplication.translate
ERROR_COLOUR = QColor("#b00020")
WARNING_COLOUR = QColor("#8a5300")


def field_names() -> dict[str, str]:
    return {
        "title": translate("Editor", "Otsikko"),
        "summary": translate("Editor", "Lyhyt teksti aloitusnäytöllä"),
        "body": translate("Editor", "Teksti"),
        "images": translate("Editor", "Kuva"),
        "links": translate("Editor", "Linkki"),
        "alt": translate("Editor", "Mitä kuvassa on"),
        "credit": translate("Editor", "Tekijä"),
        "license": translate("Editor", "Lisenssi"),
        "source": translate("Editor", "Lähde"),
        "file": translate("Editor", "Kuvatiedosto"),
        "label": translate("Editor", "Mihin linkki vie"),
        "url": translate("Editor", "Verkko-osoite"),
        "id": translate("Editor", "Tunniste"),
        "order": translate("Editor", "Järjestys"),
        "visible": translate("Editor", "Näytetään kävijöille"),
        "languages": translate("Editor", "Kielet"),
        "default_language": translate("Editor", "Ensimmäinen kieli"),
        "idle_timeout_s": translate("Editor", "Paluu alkuun"),
        "attract_after_s": translate("Editor", "Kuvaesitys"),
    }


def place_of(where: str, data: dict[str, Any], language: str) -> str:
    """Where a problem is, as the editor names it: "Työpajat › Kuva 2 › Tekijä"."""
    parts = where.split("/") if where and not where.startswith("line ") else []
    if not parts:
        return where
    names = field_names()
    said: list[str] = []
    if parts[0] == SETTINGS_TABLE:
        said.append(translate("Editor", "Asetukset"))
        parts = parts[2:]
    elif parts[0] == CATEGORIES_TABLE and len(parts) > 1:
        said.append(category_title(editing_get(data, (CATEGORIES_TABLE, parts[1])), language))
        parts = parts[2:]
    previous = ""
    for part in parts:
        if part.isdigit() and previous in ("images", "links"):
            said[-1] = f"{said[-1]} {int(part) + 1}"
        elif part.isdigit() and previous in KNOWN_CODES:
            said.append(translate("Editor", "kappale %1").replace("%1", str(int(part) + 1)))
        elif part in KNOWN_CODES:
            said.append(autonym(part))
        else:
            said.append(names.get(part, part))
        previous = part
    return " › ".join(said)


def category_title(category: object, language: str) -> str:
    if not isinstance(category, dict):
        return "?"
    title = category.get("title")
    if isinstance(title, dict):
        for code in (language, "fi", *title):
            text = title.get(code)
            if isinstance(text, str) and text.strip():
                return text.strip()
    identifier = category.get("id")
    return (
        identifier
        if isinstance(identifier, str) and identifier
        else translate("Editor", "(nimetön aihe)")
    )


class ProblemList(QListWidget):
    goTo = Signal(str)  # the problem's place in the file

    def __init__(self, staff_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.setAccessibleName(translate("Editor", "Ongelmat"))
        self.setWordWrap(True)
        self._language = staff_language
        self._translate = content_messages_in(staff_language)
        self._shown: tuple[object, ...] | None = None
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def show_result(self, result: LoadResult, data: dict[str, Any]) -> None:
        problems: list[Problem] = [*result.errors, *result.warnings]
        # Typing changes the problems seldom; the list is left as it is (and where staff
        # scrolled it) until they do. Titles of categories named in it count too.
        shown = (tuple(problems), tuple(place_of(p.where, data, self._language) for p in problems))
        if shown == self._shown:
            return
        self._shown = shown
        self.clear()
        for problem, place in zip(problems, shown[1], strict=True):
            kind = (
                translate("Editor", "Virhe") if problem.is_error else translate("Editor", "Huomio")
            )
            text = f"{kind}: {place}: {problem.text(self._translate)}"
            if problem.excerpt:
                text += "\n" + problem.excerpt
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, problem.where)
            item.setForeground(QBrush(ERROR_COLOUR if problem.is_error else WARNING_COLOUR))
        if not problems:
            item = QListWidgetItem(
                translate("Editor", "Ei ongelmia: sisältö on valmis tallennettavaksi."), self
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)

    def _activated(self, item: QListWidgetItem) -> None:
        where = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(where, str):
            self.goTo.emit(where)
