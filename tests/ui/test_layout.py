"""Every screen at every supported size: nothing clipped, codes scannable, targets large."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtQuick import QQuickItem

from kiosk.platform.kiosk_ui import KioskUi
from kiosk.providers.qimage import to_pil
from kiosk.tools.snapshot import save, screen_names, shoot, visible_items
from tests.ui.conftest import SIZE_IDS, SIZES, UiFactory
from tests.ui.helpers import find, find_all, longest_word_width, texts, window_rect

SLACK = 1.0


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_snapshots_of_every_screen_exist_at_the_size(
    make_ui: UiFactory, tmp_path: Path, size: tuple[int, int]
) -> None:
    ui = make_ui(size=size)
    names = screen_names(ui.view_model.content)
    paths = [save(shot, tmp_path / "shots") for shot in shoot(ui, names, size)]
    assert [p.name for p in paths] == [f"{name}.png" for name in names]
    for path in paths:
        from PIL import Image

        with Image.open(path) as image:
            assert image.size == size


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_every_qr_code_in_each_detail_view_scans_to_exactly_its_url(
    make_ui: UiFactory, size: tuple[int, int]
) -> None:
    ui = make_ui(size=size)
    categories = ui.view_model.content.categories
    names = [f"category-{category.id}" for category in categories]
    for category, shot in zip(categories, shoot(ui, names, size), strict=True):
        decoded = sorted(code.text for code in zxingcpp.read_barcodes(to_pil(shot.image)))
        assert decoded == sorted(link.url for link in category.links), shot.name


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_qr_codes_are_drawn_with_whole_pixels_of_at_least_six_per_module(
    make_ui: UiFactory, size: tuple[int, int]
) -> None:
    ui = make_ui(size=size)
    for category in ui.view_model.content.categories:
        ui.view_model.openCategory(category.id)
        for code in find_all(ui, "qrCode"):
            painted = code.property("paintedWidth")
            modules = card_of(code).property("qrModules")
            assert painted == code.width(), "scaled QR codes blur"
            assert painted % modules == 0 and painted // modules >= 6


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_no_text_is_clipped_or_outside_the_window(
    make_ui: UiFactory, size: tuple[int, int]
) -> None:
    ui = make_ui(size=size)
    for name in screen_names(ui.view_model.content):
        next(shoot(ui, [name], size))
        for text in texts(ui):
            problems = text_fit_problems(ui, text)
            assert not problems, f"{name} at {size}: {text.property('text')!r}: {problems}"


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_touch_targets_are_at_least_the_minimum(make_ui: UiFactory, size: tuple[int, int]) -> None:
    ui = make_ui(size=size)
    minimum = 64 if min(size) < 1080 else 80
    tiles = [find(ui, f"tile-{c.id}") for c in ui.view_model.content.categories[:2]]
    ui.view_model.openCategory(ui.view_model.content.categories[0].id)
    targets = [*tiles, find(ui, "backButton")]
    for target in targets:
        assert min(target.width(), target.height()) >= minimum, target.objectName()


def test_five_tiles_fill_a_1080p_screen_without_scrolling(make_ui: UiFactory) -> None:
    ui = make_ui(size=(1920, 1080))
    grid = find(ui, "tileGrid")
    assert grid.property("contentHeight") <= grid.height() + SLACK
    for category in ui.view_model.content.categories:
        rect = window_rect(find(ui, f"tile-{category.id}"))
        assert rect.bottom() <= window_rect(find(ui, "visitorBar")).top() and rect.right() <= 1920
    # What the header and the visitor bar leave is the tiles'.
    assert grid.height() / 1080 > 0.7


def test_tile_photos_line_up_and_keep_a_real_share_of_the_tile(make_ui: UiFactory) -> None:
    ui = make_ui(size=(1920, 1080))
    photos = find_all(ui, "tilePhoto")
    assert len({photo.height() for photo in photos}) == 1
    tile = find(ui, f"tile-{ui.view_model.content.categories[0].id}")
    # Below 1080p-high screens also share their height with the visitor bar.
    assert photos[0].height() >= 0.35 * tile.height()


def card_of(item: QQuickItem) -> QQuickItem:
    card = item.parentItem()
    while not card.objectName().startswith("qrCard-"):
        card = card.parentItem()
    return card


def text_fit_problems(ui: KioskUi, text: QQuickItem) -> list[str]:
    problems = []
    width, height = text.width(), text.height()
    if text.property("contentHeight") > height + SLACK:
        problems.append(f"needs {text.property('contentHeight')} px of height, has {height}")
    if longest_word_width(text) > width + SLACK:
        problems.append(f"a word is wider than the {width} px text box")
    rect = window_rect(text)
    window = ui.window
    if rect.left() < -SLACK or rect.right() > window.width() + SLACK:
        problems.append(f"outside the window sideways: {rect}")
    problems += _clipped_by_ancestors(text, rect)
    return problems


def _clipped_by_ancestors(text: QQuickItem, rect: object) -> list[str]:
    problems = []
    parent = text.parentItem()
    while parent is not None:
        if parent.clip():
            box = window_rect(parent)
            scroller = parent.inherits("QQuickFlickable")
            scrolls_x = scroller and parent.property("contentWidth") > parent.width() + SLACK
            scrolls_y = scroller and parent.property("contentHeight") > parent.height() + SLACK
            horizontal_ok = scrolls_x or (
                rect.left() >= box.left() - SLACK and rect.right() <= box.right() + SLACK
            )
            vertical_ok = scrolls_y or (
                rect.top() >= box.top() - SLACK and rect.bottom() <= box.bottom() + SLACK
            )
            if not (horizontal_ok and vertical_ok):
                problems.append(
                    f"clipped by {parent.objectName() or parent.metaObject().className()}"
                )
        parent = parent.parentItem()
    return problems


def test_visible_items_helper_sees_nested_items(make_ui: UiFactory) -> None:
    ui = make_ui()
    assert sum(1 for _ in visible_items(ui.window.contentItem())) > 20
