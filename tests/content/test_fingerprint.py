"""The fingerprint changes with anything validation depends on, and costs no validation."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.content.fingerprint import content_fingerprint
from tests.content.builders import IMAGE_FILE, valid_data, write_content


def test_same_files_give_the_same_fingerprint(tmp_path: Path) -> None:
    path = write_content(tmp_path, valid_data())
    assert content_fingerprint(path) == content_fingerprint(path) is not None


def test_editing_the_content_changes_the_fingerprint(tmp_path: Path) -> None:
    path = write_content(tmp_path, valid_data())
    before = content_fingerprint(path)
    path.write_text(path.read_text("utf-8").replace("Testikioski", "Testikioski 2"), "utf-8")
    assert content_fingerprint(path) != before


def test_replacing_or_deleting_a_photo_changes_the_fingerprint(tmp_path: Path) -> None:
    path = write_content(tmp_path, valid_data())
    before = content_fingerprint(path)
    os.utime(tmp_path / IMAGE_FILE, ns=(1, 1))
    touched = content_fingerprint(path)
    (tmp_path / IMAGE_FILE).unlink()
    assert len({before, touched, content_fingerprint(path)}) == 3


def test_unreadable_content_has_no_fingerprint(tmp_path: Path) -> None:
    assert content_fingerprint(tmp_path / "missing.json") is None
    assert content_fingerprint(write_content(tmp_path, "{not json")) is None
    assert content_fingerprint(write_content(tmp_path, '{"categories": [1, {"images": 3}]}'))
