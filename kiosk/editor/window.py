"""The editor's window: the list of categories, the form of the selected one, the problems,
and the kiosk's own preview of the content as edited."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kiosk.content import editing
from kiosk.content.document import ContentDocument, DocumentError
from kiosk.content.loader import CATEGORIES_TABLE
from kiosk.editor.asking import Answer, ask
from kiosk.editor.categories import SETTINGS, CategoryList
from kiosk.editor.fields import dict_at, editing_get, named, wrapped
from kiosk.editor.forms import CategoryForm, Form, SettingsForm
from kiosk.editor.importer import PhotoImport
from kiosk.editor.preview import KioskPreview
from kiosk.editor.problems import ProblemList
from kiosk.editor.session import EditorSession
from kiosk.editor.versions import choose_version
from kiosk.platform.i18n import content_messages_in

if TYPE_CHECKING:
    from kiosk.content.loader import LoadResult
    from kiosk.images.cache import ScaledImageCache
    from kiosk.images.importing import ImportedPhoto, PhotoImportError

translate = QCoreApplication.translate
PHOTO_FILES = "*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.HEIC"
# Fields the category list shows: an edit of one of them shows in the list at once.
LISTED = frozenset({"title", "visible", "order"})
LANGUAGES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))


class EditorWindow(QMainWindow):
    languageChosen = Signal(str)

    def __init__(
        self,
        session: EditorSession,
        staff_language: str,
        cache: ScaledImageCache | None,
        kiosk_screen: tuple[int, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editorWindow")
        self.session = session
        self.language = staff_language
        self.leave_without_asking = False
        self.categories = CategoryList(staff_language, self)
        self.categories.selected.connect(self._show_form)
        self.categories.actionRequested.connect(self._category_action)
        self.categories.moved.connect(self._category_moved)
        self.form_area = named(QScrollArea(self), "formArea")
        self.form_area.setWidgetResizable(True)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form: Form | None = None
        self._form_key = ""
        content = session.last_valid
        self.preview: KioskPreview | None = None
        if content is not None:
            self.preview = KioskPreview(
                content, session.path.parent, cache, kiosk_screen, staff_language, parent=self
            )
        self.problems = ProblemList(staff_language, self)
        self.problems.goTo.connect(self.go_to)
        self.banner = self._make_banner()
        splitter = QSplitter(self)
        splitter.addWidget(self.categories)
        splitter.addWidget(self.form_area)
        if self.preview is not None:
            splitter.addWidget(self.preview)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([230, 720, 650])
        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.addWidget(self.banner)
        column.addWidget(splitter, 1)
        self.setCentralWidget(centre)
        dock = named(QDockWidget(translate("Editor", "Ongelmat"), self), "problemDock")
        dock.setWidget(self.problems)
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.resizeDocks([dock], [120], Qt.Orientation.Vertical)
        self._make_actions()
        self.importer = PhotoImport(self)
        self.importer.finished.connect(self._photo_imported)
        self.importer.failed.connect(self._photo_failed)
        self.progress: QProgressDialog | None = None
        self._importing_into = ""
        self.watcher = QFileSystemWatcher([str(session.path)], self)
        self.watcher.fileChanged.connect(self._changed_on_disk)
        session.edited.connect(self._edited)
        session.checked.connect(self._checked)
        session.savedChanged.connect(self._show_title)
        self.categories.fill(session.data, SETTINGS)
        self._show_form(SETTINGS)
        self._checked(session.result)
        self._show_title()
        self.resize(1600, 1000)

    # The window's parts

    def _make_banner(self) -> QWidget:
        banner = named(QWidget(self), "changedOnDisk")
        row = QHBoxLayout(banner)
        text = wrapped(
            QLabel(
                translate(
                    "Editor",
                    "content.json on muuttunut levyllä sen jälkeen, kun avasit sen (toinen "
                    "käyttäjä tai synkronointi). Lataa se uudelleen ennen tallentamista.",
                ),
                banner,
            )
        )
        reload = QPushButton(translate("Editor", "Lataa uudelleen"), banner)
        reload.setObjectName("reload")
        reload.clicked.connect(self.reload)
        row.addWidget(text, 1)
        row.addWidget(reload)
        banner.setStyleSheet("background: #fff3cd;")
        banner.setVisible(False)
        return banner

    def _make_actions(self) -> None:
        menu = self.menuBar().addMenu(translate("Editor", "&Tiedosto"))
        edit_menu = self.menuBar().addMenu(translate("Editor", "&Muokkaa"))
        language_menu = self.menuBar().addMenu(translate("Editor", "&Kieli"))
        toolbar = self.addToolBar(translate("Editor", "Toiminnot"))
        toolbar.setObjectName("toolbar")
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, keys, slot, where in (
            (
                "save",
                translate("Editor", "Tallenna"),
                QKeySequence.StandardKey.Save,
                self.save,
                menu,
            ),
            (
                "versions",
                translate("Editor", "Palauta aiempi versio…"),
                None,
                self.restore_version,
                menu,
            ),
            (
                "undo",
                translate("Editor", "Kumoa"),
                QKeySequence.StandardKey.Undo,
                self.undo,
                edit_menu,
            ),
            (
                "redo",
                translate("Editor", "Tee uudelleen"),
                QKeySequence.StandardKey.Redo,
                self.redo,
                edit_menu,
            ),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            if keys is not None:
                action.setShortcut(keys)
            action.triggered.connect(slot)
            where.addAction(action)
            toolbar.addAction(action)
            self.actions_by_name[name] = action
        menu.addSeparator()
        close = menu.addAction(translate("Editor", "Sulje"))
        close.triggered.connect(self.close)
        for code, name in LANGUAGES:
            choice = language_menu.addAction(name)
            choice.setCheckable(True)
            choice.setChecked(code == self.language)
            choice.triggered.connect(lambda *_, c=code: self.languageChosen.emit(c))

    def _show_title(self) -> None:
        mark = "● " if self.session.changed else ""
        product = translate("Editor", "Tietopisteen sisältö")
        self.setWindowTitle(f"{mark}{self.session.path} – {product}")
        self.actions_by_name["undo"].setEnabled(bool(self.session.history.done))
        self.actions_by_name["redo"].setEnabled(bool(self.session.history.undone))

    # Forms

    def _show_form(self, key: str) -> None:
        self.session.end_typing()
        if key == SETTINGS:
            form: Form = SettingsForm(self.session)
        elif isinstance(editing_get(self.session.data, (CATEGORIES_TABLE, key)), dict):
            category_form = CategoryForm(self.session, key, self.language)
            category_form.addPhotoRequested.connect(self.add_photo)
            form = category_form
        else:
            return
        self._form_shape = form.shape()
        self._form_key = key
        self.form = form
        self.form_area.setWidget(form)
        self._preview_follows(key)

    def _preview_follows(self, key: str) -> None:
        """The preview shows what is being edited: a category's page, else the home screen."""
        if self.preview is None:
            return
        identifier = editing_get(self.session.data, (CATEGORIES_TABLE, key, "id"))
        if key != SETTINGS and isinstance(identifier, str) and self.preview.shows(identifier):
            self.preview.view_model.openCategory(identifier)
        else:
            self.preview.view_model.goHome()

    def _rebuild_form(self) -> None:
        """The form of the list's selection made again; when it is the same form (a paragraph
        added, an undo), where staff were in it is kept: the scroll position and the field."""
        key = self.categories.current
        same = key == self._form_key
        position = self.form_area.verticalScrollBar().value()
        focused = self.focusWidget()
        name = focused.objectName() if focused is not None and same else ""
        self._show_form(key)
        if same:
            QTimer.singleShot(0, lambda: self.form_area.verticalScrollBar().setValue(position))
        if name and self.form is not None:
            again = self.form.findChild(QWidget, name)
            if again is not None:
                again.setFocus()

    def _edited(self, edit: editing.Edit | None) -> None:
        """Typing in a field only shows the data again; anything that changes what the form
        holds (or which category is selected) makes the list and the form again."""
        form = self.form
        typed = edit.join_key if edit is not None else None
        if typed is not None and form is not None and form.shape() == self._form_shape:
            form.sync()
            if LISTED.intersection(typed):
                self.categories.refresh(self.session.data)
        else:
            select = edit.category if edit is not None else self._category_of_last_change()
            self.categories.fill(self.session.data, select)
            self._rebuild_form()
        self._show_title()

    def _category_of_last_change(self) -> str | None:
        current = self.categories.current
        if current == SETTINGS or current in self.session.data.get(CATEGORIES_TABLE, {}):
            return current
        return SETTINGS

    def _checked(self, result: LoadResult) -> None:
        self.problems.show_result(result, self.session.data)
        if self.preview is not None and self.session.last_valid is not None:
            self.preview.show_content(self.session.last_valid, stale=result.content is None)

    def go_to(self, where: str) -> None:
        """Select what a problem is about and put the cursor in its field."""
        parts = where.split("/")
        if parts == [CATEGORIES_TABLE]:
            self.categories.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if len(parts) >= 2 and parts[0] == CATEGORIES_TABLE:
            self.categories.fill(self.session.data, parts[1])
            self._show_form(parts[1])
        elif parts and parts[0] == "settings":
            self.categories.fill(self.session.data, SETTINGS)
            self._show_form(SETTINGS)
        if self.form is None:
            return
        for length in range(len(parts), 0, -1):
            widget = self.form.fields.get("/".join(parts[:length]))
            if widget is not None:
                self.form_area.ensureWidgetVisible(widget, 50, 50)
                focus = getattr(widget, "focus_problem", None)
                if callable(focus):
                    focus()
                else:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # Categories

    def _category_action(self, action: str, key: str) -> None:
        data = self.session.data
        self.session.end_typing()
        if action == "add":
            edit, _new = editing.add_category(data, translate("Editor", "Uusi aihe"))
            self.session.apply(edit)
        elif key == SETTINGS:
            return
        elif action == "copy":
            edit, _new = editing.duplicate_category(data, key, translate("Editor", "Kopioi aihe"))
            self.session.apply(edit)
        elif action == "delete":
            self.session.apply(
                editing.delete_category(data, key, translate("Editor", "Poista aihe"))
            )
            self.statusBar().showMessage(
                translate("Editor", "Aihe poistettu. Kumoa (Ctrl+Z) tuo sen takaisin."), 10000
            )
        elif action == "hide":
            hidden = dict_at(data, (CATEGORIES_TABLE, key)).get("visible") is False
            self.session.set(
                translate("Editor", "Näkyvyys"),
                (CATEGORIES_TABLE, key, "visible"),
                None if hidden else False,
                key,
            )
        elif action in ("up", "down"):
            keys = editing.ordered_keys(data)
            to = keys.index(key) + (-1 if action == "up" else 1)
            self.session.apply(
                editing.move_category(data, key, to, translate("Editor", "Siirrä aihe"))
            )

    def _category_moved(self, key: str, to: int) -> None:
        self.session.end_typing()
        self.session.apply(
            editing.move_category(self.session.data, key, to, translate("Editor", "Siirrä aihe"))
        )

    # Photos

    def add_photo(self, key: str) -> None:
        start = str(Path.home() / "Pictures") if (Path.home() / "Pictures").is_dir() else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("Editor", "Valitse kuva"),
            start,
            translate("Editor", "Kuvat (%1)").replace("%1", PHOTO_FILES),
        )
        if chosen:
            self.import_photo(Path(chosen), key)

    def import_photo(self, source: Path, key: str) -> None:
        category_id = editing_get(self.session.data, (CATEGORIES_TABLE, key, "id"))
        self._importing_into = key
        self.progress = QProgressDialog(
            translate("Editor", "Tuodaan kuvaa %1…").replace("%1", source.name), "", 0, 0, self
        )
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.importer.start(source, self.session.path.parent, str(category_id or "kuva"))

    def _photo_imported(self, imported: ImportedPhoto) -> None:
        self._end_progress()
        key = self._importing_into
        path = (CATEGORIES_TABLE, key, "images")
        images = editing_get(self.session.data, path)
        images = copy.deepcopy(images) if isinstance(images, list) else []
        languages = editing.languages_of(self.session.data)
        images.append(
            {"file": imported.relative, "alt": dict.fromkeys(languages, ""), "credit": ""}
        )
        self.session.end_typing()
        self.session.set(translate("Editor", "Lisää kuva"), path, images, key)
        self.statusBar().showMessage(
            translate(
                "Editor",
                "Kuva tuotu (sijaintitiedot ja muut tiedot poistettu). Kirjoita tekijä, "
                "lisenssi ja kuvaus.",
            ),
            15000,
        )
        self.go_to(f"{CATEGORIES_TABLE}/{key}/images/{len(images) - 1}/credit")

    def _photo_failed(self, error: PhotoImportError) -> None:
        self._end_progress()
        from kiosk.content.problems import problem

        message = problem("", error.template, **error.values).text(
            content_messages_in(self.language)
        )
        QMessageBox.warning(self, translate("Editor", "Kuvaa ei voitu tuoda"), message)

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    # Undo, save, reload

    def undo(self) -> None:
        self.session.end_typing()
        self.session.undo()

    def redo(self) -> None:
        self.session.redo()

    def save(self) -> bool:
        self.session.end_typing()
        if self.session.document.changed_on_disk():
            self.banner.setVisible(True)
            QMessageBox.warning(
                self,
                translate("Editor", "Ei tallennettu"),
                translate(
                    "Editor",
                    "content.json on muuttunut levyllä sen jälkeen, kun avasit sen. Tallentaminen "
                    "korvaisi ne muutokset. Lataa tiedosto uudelleen ja tee muutoksesi sitten.",
                ),
            )
            return False
        saved = self.session.save()
        if not saved.ok:
            count = len(saved.problems)
            QMessageBox.warning(
                self,
                translate("Editor", "Ei tallennettu"),
                translate(
                    "Editor",
                    "Sisällössä on virheitä (%n), joten sitä ei tallennettu: kioski ei voisi "
                    "näyttää sitä. Virheet ovat luettelossa alhaalla; napsauta virhettä, niin "
                    "pääset sen kenttään. Huomiot eivät estä tallentamista.",
                    "",
                    count,
                ),
            )
            self.session.check_now()
            return False
        self.watcher.addPath(str(self.session.path))
        self.statusBar().showMessage(translate("Editor", "Tallennettu."), 10000)
        self._show_title()
        return True

    def _changed_on_disk(self) -> None:
        if self.session.path.exists():
            self.watcher.addPath(str(self.session.path))
        if self.session.document.changed_on_disk():
            self.banner.setVisible(True)

    def reload(self) -> None:
        if self.session.changed and not self._may_discard():
            return
        try:
            document = ContentDocument(self.session.path)
        except (DocumentError, OSError) as error:
            QMessageBox.warning(self, translate("Editor", "Ei voitu ladata"), str(error))
            return
        self.banner.setVisible(False)
        self.session.replace_document(document)

    def restore_version(self) -> None:
        chosen = choose_version(self, self.session.path, self.language)
        if chosen is None:
            return
        import json

        data = json.loads(chosen.read_text("utf-8-sig"))
        self.session.end_typing()
        self.session.apply(
            replace_all(self.session.data, data, translate("Editor", "Palauta versio"))
        )
        self.statusBar().showMessage(
            translate(
                "Editor", "Versio palautettu muokattavaksi. Tallenna, niin kioski näyttää sen."
            ),
            15000,
        )

    def _may_discard(self) -> bool:
        answer = ask(
            self,
            translate("Editor", "Tallentamattomia muutoksia"),
            translate("Editor", "Muutoksiasi ei ole tallennettu. Hylätäänkö ne?"),
            [Answer.Discard, Answer.Cancel],
        )
        return answer == Answer.Discard

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.leave_without_asking or not self.session.changed:
            event.accept()
            return
        answer = ask(
            self,
            translate("Editor", "Tallentamattomia muutoksia"),
            translate("Editor", "Tallennetaanko muutokset ennen sulkemista?"),
            [Answer.Save, Answer.Discard, Answer.Cancel],
        )
        if answer == Answer.Save and self.save():
            event.accept()
        elif answer == Answer.Discard:
            event.accept()
        else:
            event.ignore()


def replace_all(data: dict[str, Any], new: dict[str, Any], name: str) -> editing.Edit:
    """The whole content replaced (a kept version restored). The objects themselves are
    kept, as a categories change keeps its categories, so that the edits around it in the
    history still find what they changed."""
    before = dict(data)
    after = copy.deepcopy(new)

    def put(target: dict[str, Any], value: dict[str, Any]) -> None:
        target.clear()
        target.update(value)

    return editing.Edit(name, do=lambda d: put(d, after), undo=lambda d: put(d, before))
