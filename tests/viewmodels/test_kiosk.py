"""The kiosk view model alone: languages, categories and back, and a fresh start for the
next visitor."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.viewmodels.kiosk import KioskViewModel, Screen


def test_a_language_chosen_changes_the_texts_and_is_counted(
    kiosk: KioskViewModel, qtbot: QtBot
) -> None:
    assert kiosk.language == "fi"
    with qtbot.waitSignal(kiosk.languageChosen) as chosen:
        kiosk.setLanguage("sv")
    assert chosen.args == ["sv"]
    assert kiosk.property("title") == "Mellanarbetsmarknad – verksamhetsmodeller"
    assert kiosk.source.tiles()[0].title == "Lågtröskeltjänster"


def test_a_language_not_offered_changes_nothing(kiosk: KioskViewModel, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(kiosk.languageChanged):
        kiosk.setLanguage("de")
    assert kiosk.language == "fi"


def test_a_category_opens_and_back_goes_home(kiosk: KioskViewModel, qtbot: QtBot) -> None:
    category = kiosk.source.tiles()[1].category_id
    with qtbot.waitSignal(kiosk.categoryOpened):
        kiosk.openCategory(category)
    assert kiosk.property("screen") == Screen.Detail
    assert kiosk.detail_view_model.page.category_id == category
    kiosk.goHome()
    assert kiosk.property("screen") == Screen.Home


def test_an_unknown_category_leaves_the_visitor_where_they_were(kiosk: KioskViewModel) -> None:
    kiosk.openCategory("no-such-category")
    assert kiosk.property("screen") == Screen.Home


def test_the_next_visitor_starts_in_the_default_language_at_home(
    kiosk: KioskViewModel,
) -> None:
    kiosk.setLanguage("en")
    kiosk.openCategory(kiosk.source.tiles()[0].category_id)
    kiosk.access_view_model.toggleLargeText()
    kiosk.staff_view_model.open()
    kiosk.reset()
    assert kiosk.language == "fi"
    assert kiosk.property("screen") == Screen.Home
    assert not kiosk.access_view_model.property("largeText")
    assert not kiosk.staff_view_model.property("pinPadOpen")
