"""The accessibility toggles alone: each says it was used, and a reset clears them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.viewmodels.kiosk import KioskViewModel


def test_each_toggle_turns_on_off_and_is_counted(kiosk: KioskViewModel, qtbot: QtBot) -> None:
    access = kiosk.access_view_model
    for toggle, state in [
        (access.toggleLargeText, "largeText"),
        (access.toggleHighContrast, "highContrast"),
        (access.toggleReach, "reach"),
    ]:
        with qtbot.waitSignal(access.used):
            toggle()
        assert access.property(state)
        toggle()
        assert not access.property(state)


def test_larger_text_is_half_as_large_again(kiosk: KioskViewModel) -> None:
    access = kiosk.access_view_model
    assert access.property("textScale") == 1.0
    access.toggleLargeText()
    assert access.property("textScale") == 1.5
    access.reset()
    assert access.property("textScale") == 1.0
