"""The content checks know what the bundled fonts draw: the committed table is current."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.tools.font_coverage import coverage_file, generate


def test_the_font_coverage_table_matches_the_bundled_fonts(qapp: QApplication) -> None:
    assert coverage_file().read_text("utf-8") == generate(), (
        "kiosk/content/font_coverage.py is stale: run uv run python -m kiosk.tools.font_coverage"
    )
