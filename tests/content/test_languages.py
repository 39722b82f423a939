"""Languages: named in themselves for visitors, with the right UI translation and voice."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.languages import (
    EASY_FINNISH,
    autonym,
    language_name,
    speech_locale,
    translation_name,
)
from kiosk.content.loader import load_content
from kiosk.content.presentation import Presenter
from tests.content.builders import in_languages, valid_data, write_content


def test_languages_are_named_in_themselves() -> None:
    assert [autonym(code) for code in ("fi", "sv", "en", EASY_FINNISH)] == [
        "Suomi",
        "Svenska",
        "English",
        "Selkosuomi",
    ]
    assert autonym("xx") == "xx"


def test_staff_messages_name_easy_finnish_by_its_full_code() -> None:
    assert language_name(EASY_FINNISH) == "easy-to-read Finnish (fi-x-selko)"
    assert language_name("sv-fi") == "Swedish (sv-fi)"


def test_finnish_and_easy_finnish_use_the_source_strings_of_the_ui() -> None:
    assert translation_name("fi") is None
    assert translation_name(EASY_FINNISH) is None
    assert translation_name("sv") == "sv"
    assert translation_name("en") == "en"


def test_each_language_is_read_with_a_voice_of_finland_where_there_is_one() -> None:
    assert speech_locale("fi") == "fi_FI"
    assert speech_locale(EASY_FINNISH) == "fi_FI"
    assert speech_locale("sv") == "sv_FI"
    assert speech_locale("en") == "en_GB"
    assert speech_locale("ru") == "ru"


def test_presenter_switches_to_another_content_language(tmp_path: Path) -> None:
    data = in_languages(valid_data(1), ["sv", EASY_FINNISH])
    content = load_content(write_content(tmp_path, data)).content
    assert content is not None
    finnish = Presenter(content)
    swedish = finnish.in_language("sv")
    assert swedish.language == "sv"
    assert swedish.languages == ("fi", "sv", EASY_FINNISH)
    assert swedish.tiles()[0].title == "[sv] Luokka 1"
    assert finnish.in_language(EASY_FINNISH).title == f"[{EASY_FINNISH}] Testikioski"


def test_a_language_the_content_does_not_list_shows_the_default(tmp_path: Path) -> None:
    content = load_content(write_content(tmp_path, valid_data(1))).content
    assert content is not None
    assert Presenter(content).in_language("en").language == "fi"
