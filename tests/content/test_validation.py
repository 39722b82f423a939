"""Each validation rule rejects a broken file with a message at the right place."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
from PIL import Image

from kiosk.content.loader import LoadResult, load_content
from kiosk.content.problems import Problem
from tests.content.builders import (
    IMAGE_FILE,
    category,
    changed,
    removed,
    valid_data,
    write_content,
    write_photo,
)


def load(folder: Path, data: dict | str) -> LoadResult:
    return load_content(write_content(folder, data))


def only_error(result: LoadResult) -> Problem:
    assert result.content is None, "broken content must not be handed to the kiosk"
    assert len(result.errors) == 1, [p.describe("content.json") for p in result.errors]
    return result.errors[0]


def test_valid_content_loads_with_categories_in_order(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/1/order", 99)
    result = load(tmp_path, data)
    assert result.ok and not result.problems
    assert result.content is not None
    assert [c.id for c in result.content.categories] == ["category-2", "category-1"]
    assert result.content.image_path(result.content.categories[0].images[0]) == (
        tmp_path / IMAGE_FILE
    )


def test_json_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    text = '{\n  "settings": {\n    "1": {"title": {"fi": "x"}\n  }\n'
    error = only_error(load(tmp_path, text))
    assert error.where.startswith("line ") and ", column " in error.where
    assert "not valid JSON" in error.message


def test_trailing_comma_is_explained(tmp_path: Path) -> None:
    text = '{"settings": {"1": {"title": {"fi": "x"},}}}'
    error = only_error(load(tmp_path, text))
    assert error.where == "line 1, column 42"
    assert "comma after the last item" in error.message


def test_file_not_saved_as_utf8_is_reported_with_position(tmp_path: Path) -> None:
    path = write_content(tmp_path, "{}")
    path.write_bytes('{"settings": {"1": {"title": {"fi": "Välityö"}}}}'.encode("latin-1"))
    error = only_error(load_content(path))
    assert error.where == "line 1, column 39"
    assert "UTF-8" in error.message


def test_missing_file_is_reported(tmp_path: Path) -> None:
    error = only_error(load_content(tmp_path / "content.json"))
    assert "file not found" in error.message


def test_empty_file_is_reported(tmp_path: Path) -> None:
    assert only_error(load(tmp_path, "  \n")).message == "the file is empty"


def test_unknown_key_suggests_the_right_name(tmp_path: Path) -> None:
    data = removed(valid_data(), "categories/2/title")
    data["categories"]["2"]["tilte"] = {"fi": "Typo"}
    problems = load(tmp_path, data).errors
    described = [p.describe("content.json") for p in problems]
    assert "content.json: categories/2/tilte: unknown field 'tilte'; did you mean 'title'?" in (
        described
    )
    assert "content.json: categories/2/title: required field is missing" in described


def test_unknown_key_in_a_link_suggests_link_fields(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/1/links/0/ulr", "https://x.fi")
    data = removed(data, "categories/1/links/0/url")
    messages = {p.where: p.message for p in load(tmp_path, data).errors}
    assert messages["categories/1/links/0/ulr"] == "unknown field 'ulr'; did you mean 'url'?"


def test_missing_default_language_text_is_an_error(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/2/summary", {"sv": "Bara svenska"})
    error = only_error(load(tmp_path, data))
    assert error.where == "categories/2/summary"
    assert "missing Finnish (fi) text" in error.message


def test_blank_default_language_text_counts_as_missing(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/1/body", {"fi": ["   ", ""]})
    assert only_error(load(tmp_path, data)).where == "categories/1/body"


def test_missing_translation_is_a_warning_not_an_error(tmp_path: Path) -> None:
    data = changed(valid_data(), "settings/1/languages", ["fi", "sv"])
    result = load(tmp_path, data)
    assert result.ok
    assert any(
        w.where == "categories/1/title/sv" and "no Swedish (sv) text" in w.message
        for w in result.warnings
    )


def test_text_in_unlisted_language_is_a_warning(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/1/title", {"fi": "Otsikko", "de": "Titel"})
    result = load(tmp_path, data)
    assert result.ok
    assert [w.where for w in result.warnings] == ["categories/1/title/de"]


def test_duplicate_ids_point_at_the_second_category(tmp_path: Path) -> None:
    data = changed(valid_data(3), "categories/3/id", "category-1")
    error = only_error(load(tmp_path, data))
    assert error.where == "categories/3/id"
    assert "already the id of categories/1" in error.message


def test_duplicate_order_is_a_warning(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/2/order", 10)
    result = load(tmp_path, data)
    assert result.ok
    assert [w.where for w in result.warnings] == ["categories/2/order"]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("javascript:alert(1)", "starting with https://"),
        ("file:///etc/passwd", "starting with https://"),
        ("ftp://example.fi/file", "starting with https://"),
        ("trimma.fi", "starting with https://"),
        ("https://", "has no host name"),
        ("https:///polku", "has no host name"),
        ("http://localhost/", "has no host name"),
        ("https://user:secret@example.fi", "user name or password"),
        ("https://example.fi/a b", "spaces"),
    ],
)
def test_bad_urls_are_rejected_at_their_link(tmp_path: Path, url: str, reason: str) -> None:
    data = changed(valid_data(), "categories/2/links/0/url", url)
    error = only_error(load(tmp_path, data))
    assert error.where == "categories/2/links/0/url"
    assert reason in error.message


def test_http_url_is_a_warning(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/1/links/0/url", "http://www.trimma.fi")
    result = load(tmp_path, data)
    assert result.ok
    assert [w.where for w in result.warnings] == ["categories/1/links/0/url"]


def test_missing_image_file_is_reported_at_its_file_field(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/2/images/0/file", "resources/images/nope.jpg")
    error = only_error(load(tmp_path, data))
    assert error.where == "categories/2/images/0/file"
    assert "file not found: resources/images/nope.jpg" in error.message


def test_image_name_with_wrong_letter_case_names_the_file_on_disk(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/1/images/0/file", "resources/images/Photo.JPG")
    error = only_error(load(tmp_path, data))
    assert "'photo.jpg'" in error.message and "letter case" in error.message


@pytest.mark.parametrize(
    "file", ["../outside.jpg", "resources/../../outside.jpg", "/etc/hostname", "C:\\kuva.jpg"]
)
def test_image_outside_the_content_folder_is_refused(tmp_path: Path, file: str) -> None:
    content_folder = tmp_path / "kiosk"
    write_photo(tmp_path / "outside.jpg")
    data = changed(valid_data(), "categories/1/images/0/file", file)
    error = only_error(load(content_folder, data))
    assert error.where == "categories/1/images/0/file"
    assert "relative to the folder" in error.message or "outside the folder" in error.message


def test_backslashes_in_image_paths_are_accepted(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/1/images/0/file", "resources\\images\\photo.jpg")
    assert load(tmp_path, data).ok


def test_undecodable_image_is_reported(tmp_path: Path) -> None:
    path = write_content(tmp_path, valid_data(1))
    photo = tmp_path / IMAGE_FILE
    photo.write_bytes(photo.read_bytes()[:2000])
    error = only_error(load_content(path))
    assert error.where == "categories/1/images/0/file"
    assert "damaged or incomplete" in error.message


def test_text_file_named_as_image_is_reported(tmp_path: Path) -> None:
    path = write_content(tmp_path, valid_data(1))
    (tmp_path / IMAGE_FILE).write_text("not a photo")
    assert "not an image file" in only_error(load_content(path)).message


def test_decompression_bomb_is_refused_from_its_header(tmp_path: Path) -> None:
    path = write_content(tmp_path, valid_data(1))
    (tmp_path / IMAGE_FILE).write_bytes(png_header_only(30_000, 30_000))
    error = only_error(load_content(path))
    assert error.where == "categories/1/images/0/file"
    assert "too large" in error.message


def test_image_just_over_the_pixel_limit_is_refused_with_its_size(tmp_path: Path) -> None:
    path = write_content(tmp_path, valid_data(1))
    (tmp_path / IMAGE_FILE).write_bytes(png_header_only(8000, 6000))
    error = only_error(load_content(path))
    assert "8000 × 6000 pixels (48 megapixels)" in error.message


def test_small_image_is_a_warning(tmp_path: Path) -> None:
    path = write_content(tmp_path, valid_data(1))
    write_photo(tmp_path / IMAGE_FILE, (600, 400))
    result = load_content(path)
    assert result.ok
    assert "blurry" in result.warnings[0].message


@pytest.mark.parametrize("credit", ["", "   "])
def test_empty_credit_is_an_error(tmp_path: Path, credit: str) -> None:
    data = changed(valid_data(), "categories/1/images/0/credit", credit)
    error = only_error(load(tmp_path, data))
    assert error.where == "categories/1/images/0/credit"
    assert "who made the image" in error.message


def test_summary_too_long_for_the_tile_is_an_error(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/2/summary", {"fi": "sana " * 60})
    error = only_error(load(tmp_path, data))
    assert error.where == "categories/2/summary/fi"
    assert "characters long" in error.message


def test_title_too_long_for_the_tile_is_an_error(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/1/title", {"fi": "Otsikko " * 10})
    assert only_error(load(tmp_path, data)).where == "categories/1/title/fi"


@pytest.mark.parametrize(
    ("where", "value", "reason"),
    [
        ("settings/1/idle_timeout_s", "60", "whole number without quotes"),
        ("settings/1/idle_timeout_s", 5, "at least 15"),
        ("settings/1/languages", "fi", "list in square brackets"),
        ("categories/1/order", 1.5, "whole number"),
        ("categories/1/title", "Pelkkä teksti", "object in curly braces"),
        ("categories/1/id", "Työpajat", "not a valid id"),
        ("categories/1/accent", "blue", "#RRGGBB"),
        ("categories/1/title", {"FI": "x"}, "not a language code"),
    ],
)
def test_wrong_values_are_explained_in_plain_language(
    tmp_path: Path, where: str, value: object, reason: str
) -> None:
    result = load(tmp_path, changed(valid_data(), where, value))
    assert result.content is None
    problem = result.errors[0]
    assert problem.where.startswith(where)
    assert reason in problem.message
    assert "pydantic" not in problem.message and "Value error" not in problem.message


def test_default_language_must_be_listed(tmp_path: Path) -> None:
    data = changed(valid_data(), "settings/1/languages", ["sv"])
    problems = load(tmp_path, data).errors
    assert problems[0].where == "settings/1/default_language"


def test_unknown_table_and_missing_table_are_reported(tmp_path: Path) -> None:
    data = valid_data()
    data["kategoriat"] = data.pop("categories")
    described = {p.where: p.message for p in load(tmp_path, data).errors}
    assert "unknown table 'kategoriat'" in described["kategoriat"]
    assert described["categories"] == "the table 'categories' is missing"


def test_more_than_one_settings_document_is_an_error(tmp_path: Path) -> None:
    data = valid_data()
    data["settings"]["2"] = data["settings"]["1"]
    assert "keep exactly one" in only_error(load(tmp_path, data)).message


def test_no_categories_is_an_error(tmp_path: Path) -> None:
    data = valid_data()
    data["categories"] = {}
    assert "home screen would be empty" in only_error(load(tmp_path, data)).message


def test_documents_must_be_keyed_by_number(tmp_path: Path) -> None:
    data = valid_data()
    data["categories"] = {"eka": category(1)}
    error = only_error(load(tmp_path, data))
    assert error.where == "categories/eka"


def test_every_problem_is_listed_not_only_the_first(tmp_path: Path) -> None:
    data = changed(valid_data(3), "categories/1/links/0/url", "javascript:x")
    data = changed(data, "categories/2/images/0/credit", "")
    data = changed(data, "categories/3/id", "category-1")
    data = changed(data, "settings/1/idle_timeout_s", "60")
    wheres = {p.where for p in load(tmp_path, data).errors}
    assert wheres == {
        "categories/1/links/0/url",
        "categories/2/images/0/credit",
        "categories/3/id",
        "settings/1/idle_timeout_s",
    }


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims a size; no pixel data, so it costs nothing to write."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def test_word_too_long_for_a_tile_is_an_error_naming_the_word(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/1/title", {"fi": "Maahanmuuttajapalvelukeskus"})
    error = only_error(load(tmp_path, data))
    assert error.where == "categories/1/title/fi"
    assert error.message == (
        "the word 'Maahanmuuttajapalvelukeskus' is 27 letters long; at most 20 fit across a "
        "tile: put a hyphen or a space where it may break, as in Työmarkkina-palvelut"
    )


@pytest.mark.parametrize(
    "title",
    ["Maahanmuuttaja-palvelukeskus", "Suomi.fi-verkkopalvelu", "Työmarkkina\u00adpalvelukeskus"],
)
def test_a_word_split_as_the_message_advises_passes(tmp_path: Path, title: str) -> None:
    data = changed(valid_data(), "categories/1/title", {"fi": title})
    assert load(tmp_path, data).ok


def test_a_pasted_endless_word_is_quoted_cut_short(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/1/summary", {"fi": "a" * 10_000})
    messages = [p.message for p in load(tmp_path, data).problems]
    assert all(len(message) < 300 for message in messages), messages
    assert any(
        "the word 'aaaaaaaaaaaaaaaaaaaa…aaaaaaaaaaaaaaaaaaaa' is 10000 letters" in m
        for m in messages
    )


def test_kiosk_start_checks_image_headers_only_but_still_refuses_bombs(tmp_path: Path) -> None:
    path = write_content(tmp_path, valid_data(1))
    photo = tmp_path / IMAGE_FILE
    photo.write_bytes(photo.read_bytes()[:2000])
    assert load_content(path, decode_images=False).ok
    photo.write_bytes(png_header_only(30_000, 30_000))
    assert not load_content(path, decode_images=False).ok


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("se", "sv"),
        ("swe", "sv"),
        ("sv-FI", "sv"),
        ("EN", "en"),
        ("suomi", "fi"),
        ("Svenska", "sv"),
    ],
)
def test_a_language_key_that_looks_like_a_listed_one_is_an_error_with_a_guess(
    tmp_path: Path, written: str, meant: str
) -> None:
    data = changed(valid_data(), "settings/1/languages", ["fi", "sv", "en"])
    title = {"fi": "Työpajat", "en": "Workshops", "sv": "Verkstäder"}
    title[written] = title.pop(meant)
    data = changed(data, "categories/1/title", title)
    errors = [p for p in load(tmp_path, data).problems if p.is_error]
    assert [p.where for p in errors] == [f"categories/1/title/{written}"], errors
    assert f"did you mean '{meant}'" in errors[0].message


def test_northern_sami_listed_in_the_settings_is_taken_as_it_is(tmp_path: Path) -> None:
    data = changed(valid_data(), "settings/1/languages", ["fi", "se"])
    data = changed(data, "categories/1/title", {"fi": "Työpajat", "se": "Bargobájit"})
    assert not [p for p in load(tmp_path, data).problems if p.is_error]


def test_a_photo_named_without_its_folder_gets_the_whole_name(tmp_path: Path) -> None:
    name = PurePosixPath(IMAGE_FILE).name
    data = changed(valid_data(), "categories/1/images/0/file", name)
    error = only_error(load(tmp_path, data))
    assert error.message == f"file not found: {name}; did you mean '{IMAGE_FILE}'?"


def test_an_invisible_character_in_an_address_is_named(tmp_path: Path) -> None:
    link = {"label": {"fi": "Suomi.fi"}, "url": "https://www.suomi\u200b.fi/"}
    data = changed(valid_data(), "categories/1/links", [link])
    error = only_error(load(tmp_path, data))
    assert error.where == "categories/1/links/0/url"
    assert error.message == (
        "holds an invisible character U+200B (zero width space): a phone cannot open the "
        "address; type it again"
    )


def test_an_invisible_character_in_a_field_name_is_named(tmp_path: Path) -> None:
    data = valid_data()
    image = data["categories"]["1"]["images"][0]
    image["credit\u00a0"] = image.pop("credit")
    error = next(p for p in load(tmp_path, data).problems if "invisible" in p.message)
    assert error.message == (
        "the field name 'credit' holds an invisible character U+00A0 (no-break space); "
        "type the name again"
    )


def test_a_right_to_left_override_is_refused(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/1/summary", {"fi": "Tervetuloa \u202etyöpajaan"})
    error = only_error(load(tmp_path, data))
    assert error.where == "categories/1/summary/fi"
    assert "U+202E (right-to-left override), which shows the text backwards" in error.message


def test_a_title_of_invisible_characters_only_is_missing(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/1/title", {"fi": "\u200b\u200b"})
    problems = load(tmp_path, data).problems
    assert [p.where for p in problems if p.is_error] == ["categories/1/title"]


def test_a_zero_width_space_pasted_into_a_text_is_a_warning(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/1/summary", {"fi": "Työ\u200bpajat auttavat."})
    result = load(tmp_path, data)
    assert result.ok
    assert any(
        "U+200B (zero width space), pasted with the text" in p.message for p in result.problems
    )


def test_a_look_alike_host_shows_both_forms(tmp_path: Path) -> None:
    link = {"label": {"fi": "Kela"}, "url": "https://www.k\u0435la.fi/"}
    data = changed(valid_data(), "categories/1/links", [link])
    error = only_error(load(tmp_path, data))
    assert error.message == (
        "the host www.k\u0435la.fi mixes letters of different scripts (Cyrillic, Latin), as a "
        "look-alike of a known address does (a phone opens www.xn--kla-rdd.fi); type it again "
        "in plain letters"
    )


def test_an_emoji_the_font_cannot_draw_is_refused_with_its_name(tmp_path: Path) -> None:
    data = changed(valid_data(), "categories/1/summary", {"fi": "Tervetuloa 😀 työpajaan!"})
    error = only_error(load(tmp_path, data))
    assert error.where == "categories/1/summary/fi"
    assert error.message == (
        "holds 😀 U+1F600 (grinning face), which the kiosk's font cannot draw (it would show "
        "as an empty box); write it in words instead"
    )


def test_a_letter_of_a_script_the_font_lacks_is_a_warning(tmp_path: Path) -> None:
    data = changed(valid_data(), "settings/1/languages", ["fi", "ar"])
    data = changed(data, "categories/1/title", {"fi": "Työpajat", "ar": "ورش العمل"})
    result = load(tmp_path, data)
    assert result.ok
    assert any(
        "U+0648 (arabic letter waw), which the kiosk's own font" in p.message
        for p in result.problems
    )


def test_the_signs_staff_use_are_drawn(tmp_path: Path) -> None:
    summary = {"fi": "Maksu 5 € – alennus 30 % → kysy lisää “heti”."}
    assert not load(tmp_path, changed(valid_data(), "categories/1/summary", summary)).problems


def _with_photo(tmp_path: Path, image: Image.Image, **save: Any) -> LoadResult:
    path = write_content(tmp_path, valid_data(1))
    image.save(tmp_path / IMAGE_FILE, "JPEG", **save)
    return load_content(path)


def test_an_upright_photo_is_a_warning_that_says_how_much_is_cut(tmp_path: Path) -> None:
    result = _with_photo(tmp_path, Image.new("RGB", (1200, 1600)))
    assert result.ok
    [problem] = result.problems
    assert problem.message == (
        f"{IMAGE_FILE} is 1200 × 1600 pixels, upright: the kiosk shows photos in a wide 19:10 "
        "frame, so 61 % of its height is cut off; use a landscape photo, or crop it wide"
    )


def test_an_upright_photo_with_a_focal_point_is_cropped_as_staff_chose(tmp_path: Path) -> None:
    data = changed(valid_data(1), "categories/1/images/0/focus", [0.5, 0.2])
    path = write_content(tmp_path, data)
    Image.new("RGB", (1200, 1600)).save(tmp_path / IMAGE_FILE, "JPEG")
    result = load_content(path)
    assert result.ok and result.problems == ()


def test_a_photo_without_a_licence_is_a_warning(tmp_path: Path) -> None:
    data = removed(valid_data(1), "categories/1/images/0/license")
    [problem] = load(tmp_path, data).problems
    assert problem.where == "categories/1/images/0/license" and not problem.is_error
    assert "CC BY 4.0" in problem.message


def test_a_phone_photo_stored_on_its_side_counts_as_it_is_shown(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # turn 90 degrees to show
    result = _with_photo(tmp_path, Image.new("RGB", (1600, 1600 * 3 // 4)), exif=exif)
    assert any("1200 × 1600 pixels, upright" in p.message for p in result.problems)


def test_a_credit_that_starts_with_the_kiosks_own_word_is_a_warning(tmp_path: Path) -> None:
    data = changed(valid_data(1), "categories/1/images/0/credit", "Kuva: Jenny Salo")
    [problem] = load(tmp_path, data).problems
    assert problem.where == "categories/1/images/0/credit"
    assert problem.message == (
        "starts with 'Kuva:', which the kiosk adds itself (it would show 'Kuva: Kuva: Jenny "
        "Salo'); leave the word out"
    )
