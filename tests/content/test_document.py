"""Editing content.json keeps what staff wrote: unchanged content is never rewritten, a change
shows as only that change (every other field, order and indentation as it was), the previous
version is kept, and a change that would break the content is never written."""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.document import KEPT_VERSIONS, VERSIONS_FOLDER, ContentDocument, DocumentError
from kiosk.content.loader import load_content
from kiosk.shared.paths import app_root, default_content_path
from tests.content.builders import valid_data, write_content
from tests.images.test_importing import phone_photo


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    shutil.copytree(app_root() / "resources", tmp_path / "resources")
    shutil.copy(default_content_path(), tmp_path / "content.json")
    return tmp_path / "content.json"


def test_saving_unchanged_content_changes_no_byte(bundled: Path) -> None:
    before = bundled.read_bytes()
    document = ContentDocument(bundled)
    saved = document.save()
    assert saved.ok and saved.kept is None
    assert bundled.read_bytes() == before
    assert not (bundled.parent / VERSIONS_FOLDER).exists()


def test_a_change_shows_as_only_that_change_and_keeps_the_previous_version(
    bundled: Path,
) -> None:
    before = bundled.read_text("utf-8")
    document = ContentDocument(bundled)
    first = next(iter(document.data["categories"].values()))
    old = first["title"]["fi"]
    first["title"]["fi"] = "Uusi otsikko"
    saved = document.save()
    assert saved.ok, saved.problems
    after = bundled.read_text("utf-8")
    changed = [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="")
        if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))
    ]
    assert changed == [f'-        "fi": "{old}",', '+        "fi": "Uusi otsikko",'], changed
    assert saved.kept is not None and saved.kept.read_text("utf-8") == before


def test_a_change_that_breaks_the_content_is_never_written(bundled: Path) -> None:
    before = bundled.read_bytes()
    document = ContentDocument(bundled)
    next(iter(document.data["categories"].values()))["links"] = [{"url": "javascript:x"}]
    saved = document.save()
    assert not saved.ok
    assert any("https://" in problem.message for problem in saved.problems)
    assert bundled.read_bytes() == before


def test_only_the_last_versions_are_kept(tmp_path: Path) -> None:
    path = write_content(tmp_path, valid_data(1))
    moments = iter(range(0, 10_000, 60))
    document = ContentDocument(path, clock=lambda: 1_800_000_000 + next(moments))
    for number in range(KEPT_VERSIONS + 5):
        document.data["categories"]["1"]["order"] = number + 100
        assert document.save().ok
    assert len(list((tmp_path / VERSIONS_FOLDER).glob("content-*.json"))) == KEPT_VERSIONS


def test_a_file_that_does_not_parse_opens_as_its_located_error(tmp_path: Path) -> None:
    path = write_content(tmp_path, '{"settings": {“1”: {}}}')
    with pytest.raises(DocumentError) as raised:
        ContentDocument(path)
    assert raised.value.problems[0].where == "line 1, column 15"
    assert "curly quote" in raised.value.problems[0].message


def test_kiosk_photo_add_imports_the_photo_and_names_it_in_the_category(
    bundled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    category = json.loads(bundled.read_text("utf-8"))["categories"]["1"]["id"]
    photo = phone_photo(bundled.parent / "IMG_0001.JPG")
    arguments = ["photo", "add", str(photo), "--category", category, "--content", str(bundled)]
    credit = ["--credit", "Maija Virtanen", "--license", "CC BY 4.0"]
    assert main([*arguments, *credit, "--alt-fi", "Kaksi ihmistä juttelee."]) == 0
    assert capsys.readouterr().out.startswith(f"Added resources/images/{category}.jpg")
    result = load_content(bundled)
    assert result.ok and result.content is not None
    images = next(c for c in result.content.categories if c.id == category).images
    assert images[-1].file == f"resources/images/{category}.jpg"
    assert (images[-1].credit, images[-1].license) == ("Maija Virtanen", "CC BY 4.0")


def test_kiosk_photo_add_leaves_nothing_behind_when_the_content_would_break(
    bundled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = bundled.read_bytes()
    category = json.loads(before)["categories"]["1"]["id"]
    photo = phone_photo(bundled.parent / "IMG_0001.JPG")
    # No Finnish description: every text needs the default language.
    arguments = ["photo", "add", str(photo), "--category", category, "--content", str(bundled)]
    assert main([*arguments, "--credit", "Maija Virtanen", "--alt-en", "Two people"]) == 1
    assert "missing Finnish (fi) text" in capsys.readouterr().err
    assert bundled.read_bytes() == before
    assert not (bundled.parent / "resources" / "images" / f"{category}.jpg").exists()


def test_adding_a_photo_lists_it_in_the_credits(bundled: Path) -> None:
    category = json.loads(bundled.read_text("utf-8"))["categories"]["1"]["id"]
    photo = phone_photo(bundled.parent / "IMG_0001.JPG")
    arguments = ["photo", "add", str(photo), "--category", category, "--content", str(bundled)]
    credit = ["--credit", "Maija Virtanen | Kirjasto", "--alt-fi", "Kaksi ihmistä juttelee."]
    assert main([*arguments, *credit]) == 0
    credits = (bundled.parent / "resources" / "images" / "CREDITS.md").read_text("utf-8")
    assert (
        f"| `{category}.jpg` | Kaksi ihmistä juttelee. | Maija Virtanen \\| Kirjasto | not given "
        "| not given |"
    ) in credits


def test_kiosk_credits_writes_the_credits_from_content_edited_by_hand(
    bundled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(bundled.read_text("utf-8"))
    data["categories"]["1"]["images"][0]["source"] = "https://example.org/photo"
    bundled.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    assert main(["credits", str(bundled)]) == 0
    credits = (bundled.parent / "resources" / "images" / "CREDITS.md").read_text("utf-8")
    assert "| https://example.org/photo |" in credits


def test_a_file_changed_on_disk_since_it_was_opened_is_never_overwritten(bundled: Path) -> None:
    document = ContentDocument(bundled)
    next(iter(document.data["categories"].values()))["order"] = 999
    theirs = bundled.read_text("utf-8").replace('"order": 10', '"order": 11', 1)
    bundled.write_text(theirs, "utf-8")  # another staff member saved meanwhile
    assert document.changed_on_disk()
    saved = document.save()
    assert not saved.ok
    assert saved.problems[0].message.startswith("content.json was changed on disk")
    assert bundled.read_text("utf-8") == theirs


def test_kiosk_photo_add_speaks_the_staffs_language_when_asked(
    bundled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = phone_photo(bundled.parent / "IMG_0001.JPG")
    arguments = ["photo", "add", str(photo), "--category", "Kielikahvila", "--lang", "fi"]
    assert main([*arguments, "--content", str(bundled), "--credit", "Maija"]) == 1
    err = capsys.readouterr().err
    assert "aihetta, jonka tunnus on 'Kielikahvila', ei ole" in err
    assert err.strip().endswith("Mitään ei muutettu.")
