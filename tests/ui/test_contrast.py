"""Contrast ratios (WCAG 2.1) computed from the Theme's colours, in both themes: the normal
theme at least 4.5:1 for text and 3:1 for controls; high contrast at least 7:1 for text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from kiosk.platform.kiosk_ui import KioskUi
from kiosk.shared.paths import qml_import_path
from kiosk.viewmodels.access import Look
from tests.ui.conftest import UiFactory

TEXT, LARGE_TEXT, CONTROL = "text", "large text", "control"
MINIMUM = {
    False: {TEXT: 4.5, LARGE_TEXT: 3.0, CONTROL: 3.0},
    True: {TEXT: 7.0, LARGE_TEXT: 7.0, CONTROL: 3.0},
}

# What is drawn on what: (foreground, background, kind). A background with alpha is
# composited over each colour in its "over" list, the darkest and lightest that can be under
# it (a photo can be either).
PAIRS = [
    ("text", "background", TEXT),
    ("text", "surface", TEXT),
    ("text", "toolbarBackground", TEXT),
    ("mutedText", "surface", TEXT),
    ("mutedText", "background", TEXT),
    ("accent", "surface", TEXT),  # "Read more" on the tiles
    ("textOnAccent", "accent", TEXT),
    ("textOnAccent", "accentPressed", TEXT),
    ("attractText", "attractBand", TEXT),
    ("qrCardText", "qrCardBackground", TEXT),
    ("qrCardMutedText", "qrCardBackground", TEXT),
    ("accent", "background", CONTROL),
    ("accent", "toolbarBackground", CONTROL),
    ("outline", "surface", CONTROL),
    ("outline", "toolbarBackground", CONTROL),
    ("dotInactive", "background", CONTROL),
    ("focusRing", "background", CONTROL),
    ("focusRing", "surface", CONTROL),
    # The ring keeps a gap of background from the item it surrounds (FocusRing.qml), so it
    # never borders a button's own colour.
    ("focusRing", "toolbarBackground", CONTROL),
]
UNDER_ALPHA = [QColor("#000000"), QColor("#FFFFFF")]
# Colours that are not text or a control's edge: shades, dividers, the attract backdrop.
DECORATIVE = {"divider", "pressShade", "promptShade", "attractBackground"}


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def ratio(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def over(top: QColor, under: QColor) -> QColor:
    alpha = top.alphaF()
    return QColor.fromRgbF(
        top.redF() * alpha + under.redF() * (1 - alpha),
        top.greenF() * alpha + under.greenF() * (1 - alpha),
        top.blueF() * alpha + under.blueF() * (1 - alpha),
    )


def theme_colours(ui: KioskUi, high_contrast: bool) -> dict[str, QColor]:
    ui.view_model.access_view_model.apply(Look(high_contrast=high_contrast))
    theme = ui.engine.singletonInstance("Kiosk", "Theme")
    assert theme is not None
    return {name: theme.property(name) for name in colour_names()}


def colour_names() -> list[str]:
    source = (Path(qml_import_path()) / "Kiosk" / "Theme.qml").read_text("utf-8")
    return re.findall(r"readonly property color (\w+)", source)


def test_every_theme_colour_is_checked_or_decorative() -> None:
    checked = {name for pair in PAIRS for name in pair[:2]}
    assert set(colour_names()) - checked - DECORATIVE == set()


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_theme_colours_meet_their_contrast_ratio(make_ui: UiFactory, high_contrast: bool) -> None:
    colours = theme_colours(make_ui(), high_contrast)
    failures = []
    for foreground, background, kind in PAIRS:
        fg, bg = colours[foreground], colours[background]
        backdrops = [over(bg, under) for under in UNDER_ALPHA] if bg.alphaF() < 1 else [bg]
        worst = min(ratio(fg, backdrop) for backdrop in backdrops)
        if worst < MINIMUM[high_contrast][kind]:
            failures.append(f"{foreground} on {background}: {worst:.2f}:1 ({kind})")
    assert not failures


def test_the_ratio_formula_matches_wcag_examples() -> None:
    assert ratio(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert ratio(QColor("#767676"), QColor("#FFFFFF")) == pytest.approx(4.54, abs=0.01)
