"""Layout is a function of the settings, not of how they were reached: turning on larger text
and then high contrast while the kiosk runs gives the picture, and the accessibility tree, that
a start with them gives."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QImage

from kiosk.tools.snapshot import show_screen, wait_until_ready
from kiosk.viewmodels.access import Look
from tests.ui.conftest import UiFactory
from tests.ui.test_accessible_text import tree

LOOK = Look(text_scale=1.5, high_contrast=True)
SIZES = [(1920, 1080), (1080, 1920), (1024, 768)]


def picture(
    make_ui: UiFactory, size: tuple[int, int], screen: str, live: bool
) -> tuple[QImage, list[str]]:
    """The screen and the names assistive technology finds on it; `live`: the look is
    switched as a visitor does it, one button after the other, on the screen already shown."""
    ui = make_ui(size=size)
    if not live:
        ui.view_model.access_view_model.apply(LOOK)
    show_screen(ui, screen)
    wait_until_ready(ui)
    if live:
        for step in (Look(text_scale=LOOK.text_scale), LOOK):
            ui.view_model.access_view_model.apply(step)
            wait_until_ready(ui)
    root = QAccessible.queryAccessibleInterface(ui.window)
    names = sorted(i.text(QAccessible.Text.Name) for i in tree(root))
    return ui.window.grabWindow(), names


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_switching_text_size_and_contrast_live_equals_a_fresh_start(
    make_ui: UiFactory, size: tuple[int, int]
) -> None:
    for screen in ("home", "category-tyopajat-ja-valmennukset"):
        fresh, fresh_names = picture(make_ui, size, screen, live=False)
        live, live_names = picture(make_ui, size, screen, live=True)
        assert fresh == live, screen
        assert live_names == fresh_names, screen
