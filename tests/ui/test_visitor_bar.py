"""The visitor bar keeps to one row on landscape screens in every language, read aloud
included, with larger text too; a portrait screen, which has the height to spare, may take a
second row. Its text grows with "Isompi teksti" like the rest."""

from __future__ import annotations

import pytest

from kiosk.platform.speech_engine import MOCK_ENGINE
from kiosk.tools.snapshot import wait_until_ready
from kiosk.viewmodels.access import Look
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, window_rect

LANGUAGES = ["fi", "sv", "en", "fi-x-selko"]


def bar_buttons(ui: object) -> list[object]:
    bar = find(ui, "visitorBar")  # type: ignore[arg-type]
    flow = max(bar.childItems(), key=lambda item: len(item.childItems()))
    return [item for item in flow.childItems() if item.isVisible() and item.objectName()]


LANDSCAPE = [(1920, 1080), (1024, 768)]
CASES = [(size, scale) for size in LANDSCAPE for scale in (1.0, 1.5)]


@pytest.mark.parametrize(
    ("size", "scale"), CASES, ids=[f"{w}x{h}-{scale}" for (w, h), scale in CASES]
)
def test_the_visitor_bar_is_one_row_in_every_language(
    make_ui: UiFactory, size: tuple[int, int], scale: float
) -> None:
    for language in LANGUAGES:
        ui = make_ui(size=size, language=language)
        # Qt's test voices (Finnish and English), so that read aloud shows where it would.
        ui.view_model.speech_view_model.use_engine(MOCK_ENGINE)
        ui.view_model.access_view_model.apply(Look(text_scale=scale))
        wait_until_ready(ui)
        buttons = bar_buttons(ui)
        if language in ("fi", "en"):  # the test voices' languages
            assert "readAloudButton" in [b.objectName() for b in buttons]
        rows = {round(window_rect(button).top()) for button in buttons}
        assert len(rows) == 1, (language, sorted(b.objectName() for b in buttons))


def test_the_bar_keeps_its_words_where_they_fit_and_grows_with_larger_text(
    make_ui: UiFactory,
) -> None:
    ui = make_ui(size=(1920, 1080), language="fi")
    wait_until_ready(ui)
    assert not find(ui, "visitorBar").property("compact")
    before = window_rect(find(ui, "language-sv")).width()
    ui.view_model.access_view_model.apply(Look(text_scale=1.5))
    wait_until_ready(ui)
    assert window_rect(find(ui, "language-sv")).width() > before * 1.3
