"""Messages that say what really happened: a file still being copied, a folder or photo the
kiosk may not read, a yes/no setting, one broken setting giving one message."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from kiosk.content.files import locate
from kiosk.content.loader import load_content
from kiosk.images.inspect import inspect_image
from kiosk.shared.paths import default_content_path
from tests.content.builders import IMAGE_FILE, changed, valid_data, write_content


@pytest.mark.parametrize("cut", [0.5, 0.9, 0.999])
def test_a_file_still_being_copied_is_said_to_end_early(tmp_path: Path, cut: float) -> None:
    whole = write_content(tmp_path, valid_data()).read_bytes()
    (tmp_path / "content.json").write_bytes(whole[: int(len(whole) * cut)])
    result = load_content(tmp_path / "content.json")
    assert "the file ends early" in result.problems[0].message
    assert "still being copied" in result.problems[0].message


def test_a_file_cut_inside_a_letter_is_said_to_end_early(tmp_path: Path) -> None:
    text = write_content(tmp_path, valid_data()).read_text("utf-8")
    raw = text[: text.index("Ensimmäinen") + 9].encode("utf-8")[:-1]  # half of "ä"
    (tmp_path / "content.json").write_bytes(raw)
    assert "the file ends early" in load_content(tmp_path / "content.json").problems[0].message


def test_a_yes_or_no_setting_says_true_or_false(tmp_path: Path) -> None:
    data = changed(valid_data(), "settings/1/statistics", "no")
    result = load_content(write_content(tmp_path, data))
    messages = [p.describe("content.json") for p in result.errors]
    assert messages == [
        "content.json: settings/1/statistics: must be true or false, without quotes"
    ]


def test_one_broken_setting_gives_one_message(tmp_path: Path) -> None:
    """The bundled content, in four languages: the texts' languages are still checked
    against the settings' own list, not against Finnish alone."""
    data = json.loads(default_content_path().read_text("utf-8"))
    data["settings"]["1"]["idle_timeout_s"] = "sixty"
    path = tmp_path / "content.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    result = load_content(path, images_folder=default_content_path().parent)
    assert [p.where for p in result.problems] == ["settings/1/idle_timeout_s"]


def test_a_folder_the_kiosk_may_not_open_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_content(tmp_path, valid_data())
    real = Path.iterdir

    def refused(self: Path):  # type: ignore[no-untyped-def]
        if self.name == "images":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", refused)
    found = locate(tmp_path, IMAGE_FILE)
    assert not isinstance(found, Path)
    assert "permission denied" in found.message and "file not found" not in found.message


def test_a_photo_the_kiosk_may_not_read_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = write_content(tmp_path, valid_data()).parent / IMAGE_FILE
    from PIL import Image

    def refused(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(photo))

    monkeypatch.setattr(Image, "open", refused)
    fault = inspect_image(photo)
    assert "permission denied" in fault.message  # type: ignore[union-attr]
