"""The list models behave as Qt expects and expose what QML binds to."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester

from kiosk.content.rows import LinkRow, PhotoRow, TileRow
from kiosk.models.links import LinkListModel, LinkRole
from kiosk.models.photos import PhotoListModel, PhotoRole
from kiosk.models.tiles import TileListModel, TileRole

PHOTO = PhotoRow("resources/images/kättely.jpg", "Kättely", "Kuvaaja")


def test_tile_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = TileListModel()
    model.set_rows([TileRow("a", "A", "Aa", PHOTO, "#123456"), TileRow("b", "B", "Bb", None, "")])
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert (
        model.data(first, TileRole.photoSource) == "image://photo/resources/images/k%C3%A4ttely.jpg"
    )
    assert model.data(model.index(1, 0), TileRole.photoSource) == ""
    assert model.data(first, TileRole.accentColor) == "#123456"
    assert bytes(model.roleNames()[TileRole.categoryId]) == b"categoryId"
    assert model.data(QModelIndex(), TileRole.title) is None


def test_photo_and_link_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    photos = PhotoListModel()
    photos.set_rows([PHOTO])
    qtmodeltester.check(photos)
    assert photos.data(photos.index(0, 0), PhotoRole.credit) == "Kuvaaja"
    links = LinkListModel()
    links.set_rows([LinkRow("Trimma", "https://www.trimma.fi", "trimma.fi")])
    qtmodeltester.check(links)
    index = links.index(0, 0)
    assert links.data(index, LinkRole.qrSource) == "image://qr/https%3A%2F%2Fwww.trimma.fi"
    assert links.data(index, LinkRole.qrModules) == 33
    assert links.property("largestQrModules") == 33
