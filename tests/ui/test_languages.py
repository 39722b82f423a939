"""The language switcher: every language named in itself, switching at once, content and UI
strings alike, and back to the default for the next visitor."""

from __future__ import annotations

from kiosk.content.languages import EASY_FINNISH
from kiosk.content.presentation import Presenter
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, find_all, tap

LANGUAGES = ["fi", "sv", "en", EASY_FINNISH]


def _first_tile_title(ui: object) -> str:
    return str(find_all(ui, "tileTitle")[0].property("text"))  # type: ignore[arg-type]


def test_the_switcher_names_each_language_in_itself(make_ui: UiFactory) -> None:
    ui = make_ui()
    names = [find(ui, f"language-{code}").property("label") for code in LANGUAGES]
    assert names == ["Suomi", "Svenska", "English", "Selkosuomi"]
    assert find(ui, "language-fi").property("checked") is True


def test_the_switcher_is_on_the_detail_screen_too(make_ui: UiFactory) -> None:
    ui = make_ui()
    ui.view_model.openCategory(ui.view_model.content.categories[0].id)
    tap(ui, find(ui, "language-en"))
    assert ui.view_model.currentLanguage == "en"
    category = ui.view_model.content.categories[0]
    assert find(ui, "detailTitle").property("text") == category.title["en"]
    assert find(ui, "backButton").property("label") == "Back"


def test_switching_changes_content_and_ui_strings_at_once(make_ui: UiFactory) -> None:
    ui = make_ui()
    content = ui.view_model.content
    tap(ui, find(ui, "language-sv"))
    assert ui.view_model.content is content  # switched, not reloaded
    assert _first_tile_title(ui) == content.categories[0].title["sv"]
    assert find_all(ui, "tileMore")[0].property("text") == "Läs mer"
    assert str(find_all(ui, "photoCredit")[0].property("text")).startswith("Bild: ")
    assert find(ui, "language-sv").property("checked") is True
    assert find(ui, "language-fi").property("checked") is False


def test_english_credits_say_photo(make_ui: UiFactory) -> None:
    ui = make_ui(language="en")
    assert str(find_all(ui, "photoCredit")[0].property("text")).startswith("Photo: ")
    assert find(ui, "headerSubtitle").property("text") == "Touch a topic to choose it."


def test_easy_finnish_has_its_own_texts_and_the_finnish_ui(make_ui: UiFactory) -> None:
    ui = make_ui()
    tap(ui, find(ui, f"language-{EASY_FINNISH}"))
    category = ui.view_model.content.categories[0]
    assert _first_tile_title(ui) == category.title[EASY_FINNISH]
    assert category.title[EASY_FINNISH] != category.title["fi"]
    assert find_all(ui, "tileMore")[0].property("text") == "Lue lisää"


def test_the_next_visitor_starts_in_the_default_language(make_ui: UiFactory) -> None:
    ui = make_ui()
    tap(ui, find(ui, "language-en"))
    ui.view_model.idle_view_model.resetRequested.emit()
    assert ui.view_model.currentLanguage == "fi"
    assert find_all(ui, "tileMore")[0].property("text") == "Lue lisää"


def test_changed_content_is_shown_in_the_visitors_language(make_ui: UiFactory) -> None:
    ui = make_ui()
    tap(ui, find(ui, "language-sv"))
    ui.view_model.show(Presenter(ui.view_model.content))
    assert ui.view_model.currentLanguage == "sv"
    assert _first_tile_title(ui) == ui.view_model.content.categories[0].title["sv"]


def test_the_attract_screen_invites_in_every_language_default_first(make_ui: UiFactory) -> None:
    ui = make_ui(language="en")
    ui.view_model.idle_view_model.attract_now()
    ui.window.grabWindow()
    assert find(ui, "attractInvitation").property("text") == "Touch to start"
    others = find(ui, "attractOtherLanguages").property("text")
    # Easy-to-read Finnish shares the Finnish words: said once.
    assert others == "Kosketa aloittaaksesi  ·  Tryck för att börja"
