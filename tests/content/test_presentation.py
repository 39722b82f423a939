"""What the screens show: texts in the chosen language with fallback, short addresses."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.display import in_language, short_address
from kiosk.content.loader import load_content
from kiosk.content.presentation import Presenter
from tests.content.builders import changed, valid_data, write_content


@pytest.mark.parametrize(
    ("url", "short"),
    [
        ("https://www.trimma.fi", "trimma.fi"),
        ("https://www.trimma.fi/", "trimma.fi"),
        ("http://live.fi/palvelut/", "live.fi/palvelut"),
        ("https://www.vamlas.fi/tyo?kieli=fi", "vamlas.fi/tyo?kieli=fi"),
        ("https://WWW.Example.FI", "example.fi"),
        ("https://kirjasto.example.fi:8765/", "kirjasto.example.fi:8765"),
        ("https://www.xn--nekoski-4waa.fi/", "äänekoski.fi"),
        ("https://www.äänekoski.fi/", "äänekoski.fi"),
    ],
)
def test_short_address_is_what_a_visitor_could_type(url: str, short: str) -> None:
    assert short_address(url) == short


def test_missing_or_empty_translation_falls_back_to_the_default_language() -> None:
    texts = {"fi": "Suomeksi", "sv": ""}
    assert in_language(texts, "sv", "fi") == "Suomeksi"
    assert in_language(texts, "en", "fi") == "Suomeksi"
    assert in_language({"fi": "Suomeksi", "en": "In English"}, "en", "fi") == "In English"


def test_presenter_builds_tiles_and_pages_in_the_chosen_language(tmp_path: Path) -> None:
    data = changed(valid_data(), "settings/1/languages", ["fi", "en"])
    data = changed(data, "categories/1/title", {"fi": "Luokka", "en": "Category"})
    data = changed(data, "categories/1/body", {"fi": ["Yksi.", "  ", "Kaksi."]})
    content = load_content(write_content(tmp_path, data)).content
    assert content is not None
    english = Presenter(content, "en")
    assert [tile.title for tile in english.tiles()] == ["Category", "Luokka 2"]
    page = english.page("category-1")
    assert page is not None
    assert page.paragraphs == ("Yksi.", "Kaksi.")
    assert page.links[0].short_address == "trimma.fi"
    assert page.photos[0].credit == "Kuvaaja / Kuvapankki"
    assert english.page("no-such-category") is None


def test_long_addresses_may_wrap_after_their_slashes() -> None:
    from kiosk.content.display import ZERO_WIDTH_SPACE, breakable_at_slashes

    assert breakable_at_slashes("live.fi/palvelut/nuoret") == (
        f"live.fi/{ZERO_WIDTH_SPACE}palvelut/{ZERO_WIDTH_SPACE}nuoret"
    )
    assert breakable_at_slashes("trimma.fi") == "trimma.fi"
