"""A category staff hid ("visible": false) stays in the file, is never shown to visitors, and
is listed in the staff panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kiosk.content.loader import load_content
from kiosk.content.presentation import Presenter
from kiosk.viewmodels.kiosk import KioskViewModel, Screen
from tests.content.builders import changed, valid_data, write_content


def test_a_hidden_category_is_not_shown_but_named_to_staff(
    qapp: QCoreApplication, tmp_path: Path
) -> None:
    data = changed(valid_data(3), "categories/2/visible", False)
    result = load_content(write_content(tmp_path, data))
    assert result.ok and result.content is not None
    assert [c.id for c in result.content.categories] == ["category-1", "category-2", "category-3"]
    kiosk = KioskViewModel(Presenter(result.content, ""))
    assert [t.category_id for t in kiosk.source.tiles()] == ["category-1", "category-3"]
    kiosk.openCategory("category-2")
    assert kiosk.property("screen") == Screen.Home, "a hidden category cannot be opened"
    kiosk.record_load(result.source, result.problems, "")
    kiosk.staff_view_model.open()
    assert "Piilotetut aiheet: Luokka 2" in kiosk.staff_view_model.property("statusLines")


def test_hiding_every_category_is_an_error(tmp_path: Path) -> None:
    data = valid_data(2)
    for number in ("1", "2"):
        data = changed(data, f"categories/{number}/visible", False)
    result = load_content(write_content(tmp_path, data))
    assert not result.ok
    assert [(p.where, p.message) for p in result.errors] == [
        (
            "categories",
            'every category is hidden ("visible": false); the home screen would be empty',
        )
    ]
