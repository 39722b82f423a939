"""The "more below" cue never covers what it points at, on the home screen or a category's
page, at every size, text scale and language; and a page shows one Back button, with a
second at the end of the text only when the text scrolls."""

from __future__ import annotations

import pytest

from kiosk.content.loader import load_content
from kiosk.shared.paths import default_content_path
from kiosk.tools.snapshot import wait_until_ready
from kiosk.viewmodels.access import Look
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, find_all, window_rect

SIZES = [(1920, 1080), (1080, 1920), (1024, 768)]
LANGUAGES = ["fi", "sv", "en", "fi-x-selko"]


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_scroll_cue_never_covers_text(
    make_ui: UiFactory, size: tuple[int, int], scale: float
) -> None:
    content = load_content(default_content_path()).content
    assert content is not None
    for language in LANGUAGES:
        ui = make_ui(content, size=size, language=language)
        ui.view_model.access_view_model.apply(Look(text_scale=scale))
        wait_until_ready(ui)
        places = [("home", "tileGrid", None)]
        places += [("page", "readingColumn", category.id) for category in content.shown]
        for kind, area_name, category_id in places:
            if category_id is not None:
                ui.view_model.openCategory(category_id)
                wait_until_ready(ui)
            area = window_rect(find(ui, area_name))
            for cue in find_all(ui, "scrollMore"):
                cue_rect = window_rect(cue)
                assert cue_rect.top() >= area.bottom() - 0.5, (language, kind, category_id)
            if kind == "page":
                backs = find_all(ui, "bottomBackButton")
                scrolls = find(ui, "readingColumn").property("contentHeight") > area.height()
                assert bool(backs) == bool(scrolls), (language, category_id)
        ui.view_model.goHome()
