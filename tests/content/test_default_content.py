"""The bundled content.json: the customer's five categories, valid and credited."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.loader import Content, load_content
from kiosk.shared.paths import app_root, default_content_path

CUSTOMER_CATEGORIES = [
    "Matalan kynnyksen palvelut",
    "Työpajat ja valmennukset",
    "Sosiaaliset ja yhteiskunnalliset yritykset",
    "Työmarkkinapalvelut",
    "Pitkäkestoisen tuen palvelut",
]


@pytest.fixture(scope="module")
def content() -> Content:
    result = load_content(default_content_path())
    assert result.content is not None, [p.describe("content.json") for p in result.problems]
    assert not result.problems, [p.describe("content.json") for p in result.problems]
    return result.content


def test_default_content_has_the_five_categories_in_the_customers_order(content: Content) -> None:
    assert [c.title["fi"] for c in content.categories] == CUSTOMER_CATEGORIES


def test_every_category_has_a_photo_a_credit_and_a_link(content: Content) -> None:
    for category in content.categories:
        assert category.images, category.id
        assert category.links, category.id
        assert all(image.credit for image in category.images)


def test_every_image_is_listed_in_credits_with_the_same_credit(content: Content) -> None:
    credits_text = (app_root() / "resources" / "images" / "CREDITS.md").read_text("utf-8")
    for category in content.categories:
        for image in category.images:
            assert Path(image.file).name in credits_text
            assert image.credit in credits_text


def test_the_credits_file_is_written_from_the_content(content: Content) -> None:
    from kiosk.content.credits import CREDITS_FILE, credits_markdown

    committed = (app_root() / CREDITS_FILE).read_text("utf-8")
    assert committed == credits_markdown(content), (
        "resources/images/CREDITS.md differs from content.json: save the content with the "
        "kiosk's tools, which write it"
    )
