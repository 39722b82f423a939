"""What the screen shows, assistive technology can read: headings as headings, every
paragraph, credit and hint as text, in the screen's language; a control that is off says so."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAccessible, QAccessibleInterface

from kiosk.tools.snapshot import show_screen, wait_until_ready
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find


def tree(interface: QAccessibleInterface | None) -> Iterator[QAccessibleInterface]:
    if interface is None or not interface.isValid():
        return
    yield interface
    for index in range(interface.childCount()):
        yield from tree(interface.child(index))


def read(ui: object) -> list[tuple[QAccessible.Role, str]]:
    root = QAccessible.queryAccessibleInterface(ui.window)  # type: ignore[attr-defined]
    return [(i.role(), i.text(QAccessible.Text.Name)) for i in tree(root)]


def test_a_category_page_is_read_as_headings_and_text(make_ui: UiFactory) -> None:
    ui = make_ui(size=(1920, 1080), language="sv")
    category = ui.view_model.content.shown[1]
    ui.view_model.openCategory(category.id)
    wait_until_ready(ui)
    spoken = read(ui)
    headings = [name for role, name in spoken if role == QAccessible.Role.Heading]
    texts = [name for role, name in spoken if role == QAccessible.Role.StaticText]
    assert category.title["sv"] in headings
    assert ui.view_model.content.settings.title["sv"] in headings
    for paragraph in category.body["sv"]:
        assert paragraph in texts
    assert any(name.startswith("Bild:") for name in texts)  # the photo's credit
    assert QLocale().name() == "sv_FI"
    ui.view_model.setLanguage("en")
    wait_until_ready(ui)
    assert QLocale().language() == QLocale.Language.English


def test_a_control_that_is_off_reports_itself_disabled(make_ui: UiFactory) -> None:
    ui = make_ui(size=(1920, 1080))
    show_screen(ui, "staff")
    wait_until_ready(ui)
    exit_button = QAccessible.queryAccessibleInterface(find(ui, "staffExit"))
    assert exit_button is not None
    assert not ui.view_model.staff_view_model.property("exitAllowed")
    assert exit_button.state().disabled
    reload = QAccessible.queryAccessibleInterface(find(ui, "staffReload"))
    assert reload is not None and not reload.state().disabled
