"""With larger text, a category's QR codes stay in view on full HD screens, landscape and
portrait: on a landscape one under the photo when a strip along the bottom would leave the
text too little room, never down in the text's scroll where a visitor would not find them.
(Smaller screens may scroll them; issue 17 part 3's rest.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from kiosk.content.loader import load_content
from kiosk.shared.paths import default_content_path
from kiosk.tools.snapshot import wait_until_ready
from kiosk.viewmodels.access import Look
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, find_all, is_within, window_rect


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["1920x1080", "1080x1920"])
def test_qr_codes_stay_in_view_with_larger_text(make_ui: UiFactory, size: tuple[int, int]) -> None:
    content = load_content(default_content_path()).content
    assert content is not None
    ui = make_ui(content, size=size)
    ui.view_model.access_view_model.apply(Look(text_scale=1.5))
    window = QRectF(0, 0, *size)
    for category in content.shown:
        ui.view_model.openCategory(category.id)
        wait_until_ready(ui)
        codes = find_all(ui, "qrCode")
        assert len(codes) == len(category.links), category.id
        reading = find(ui, "readingColumn")
        for code in codes:
            assert not is_within(code, reading), category.id
            assert window.contains(window_rect(code)), category.id
