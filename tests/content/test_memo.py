"""The editor's quick checks (a memo of unchanged categories) find what a fresh check finds,
edit after edit; a photo added to a folder just listed is found."""

from __future__ import annotations

import copy
from pathlib import Path

from kiosk.content.files import locate
from kiosk.content.loader import check_data
from kiosk.content.memo import CheckMemo
from tests.content.builders import changed, valid_data, write_content, write_photo


def test_checks_with_a_memo_find_what_a_fresh_check_finds(tmp_path: Path) -> None:
    path = write_content(tmp_path, valid_data(3))
    memo = CheckMemo()
    data = valid_data(3)
    steps = [
        ("categories/2/title", {"fi": ""}),
        ("categories/2/title", {"fi": "Takaisin"}),
        ("categories/3/links/0/url", "javascript:alert(1)"),
        ("settings/1/languages", ["fi", "sv"]),
        ("categories/3/links/0/url", "https://www.trimma.fi"),
        ("categories/1/id", "category-2"),
    ]
    for where, value in steps:
        data = changed(data, where, value)
        quick = check_data(copy.deepcopy(data), path, tmp_path, memo=memo)
        fresh = check_data(copy.deepcopy(data), path, tmp_path)
        assert quick.problems == fresh.problems, where
        assert (quick.content is None) == (fresh.content is None)


def test_a_photo_added_just_after_its_folder_was_listed_is_found(tmp_path: Path) -> None:
    first = write_photo(tmp_path / "resources/images/eka.jpg")
    assert locate(tmp_path, "resources/images/eka.jpg") == first.resolve()
    # Within the same tick of the folder's modification time on a coarse file system.
    second = write_photo(tmp_path / "resources/images/toka.jpg")
    assert locate(tmp_path, "resources/images/toka.jpg") == second.resolve()
