"""`kiosk set-pin` keeps only a salted hash in the settings, and the content stays valid."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.loader import load_content
from kiosk.staff.pin import verify_pin
from tests.content.builders import changed, valid_data, write_content


def test_set_pin_stores_a_hash_that_verifies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_content(tmp_path, valid_data())
    monkeypatch.setattr("sys.stdin", io.StringIO("246813\n"))
    assert main(["set-pin", str(path), "--stdin"]) == 0
    text = path.read_text("utf-8")
    assert "246813" not in text
    stored = json.loads(text)["settings"]["1"]["staff_pin_hash"]
    assert verify_pin("246813", stored)
    result = load_content(path)
    assert result.ok and result.content is not None
    assert result.content.settings.staff_pin_hash == stored
    assert "Staff PIN set" in capsys.readouterr().out


@pytest.mark.parametrize("pin", ["12", "2468", "12345", "123456789", "12a456"])
def test_set_pin_refuses_a_pin_that_is_not_6_to_8_digits(
    pin: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_content(tmp_path, valid_data())
    before = path.read_text("utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{pin}\n"))
    assert main(["set-pin", str(path), "--stdin"]) == 1
    assert path.read_text("utf-8") == before


def test_a_pin_written_by_hand_is_refused_by_the_validator(tmp_path: Path) -> None:
    data = changed(valid_data(), "settings/1/staff_pin_hash", "1234")
    result = load_content(write_content(tmp_path, data))
    assert not result.ok
    assert "kiosk set-pin" in result.errors[0].message


def test_a_short_pin_is_refused_before_it_is_asked_again(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.staff.setup import read_new_pin

    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "2468")
    assert read_new_pin(from_stdin=False) is None
    assert len(asked) == 1
    assert "6 to 8 digits" in capsys.readouterr().err
