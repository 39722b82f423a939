"""An address typed or pasted into a link is cleaned as the kiosk needs it, and each change is
said."""

from __future__ import annotations

import pytest

from kiosk.content.cleaning import (
    ADDED_HTTPS,
    REMOVED_INVISIBLE,
    REMOVED_SPACES,
    clean_address,
)


@pytest.mark.parametrize(
    ("typed", "url", "changes"),
    [
        ("https://www.kela.fi/", "https://www.kela.fi/", []),
        ("  https://www.kela.fi/ \n", "https://www.kela.fi/", []),
        ("www.kela.fi", "https://www.kela.fi", [ADDED_HTTPS]),
        ("https://www.suomi\u200b.fi", "https://www.suomi.fi", [REMOVED_INVISIBLE]),
        (
            "https://www.te-palvelut.fi/ tyonhaku",
            "https://www.te-palvelut.fi/tyonhaku",
            [REMOVED_SPACES],
        ),
        (
            "\ufeffsuomi.fi\u00a0",
            "https://suomi.fi",
            [REMOVED_INVISIBLE, REMOVED_INVISIBLE, ADDED_HTTPS],
        ),
        ("", "", []),
    ],
)
def test_an_address_is_cleaned_and_each_change_is_said(
    typed: str, url: str, changes: list[str]
) -> None:
    cleaned = clean_address(typed)
    assert cleaned.url == url
    assert [template for template, _ in cleaned.changes] == changes


def test_the_removed_character_is_named() -> None:
    [(_, values)] = clean_address("https://www.suomi\u200b.fi").changes
    assert dict(values) == {"character": "U+200B (zero width space)"}
