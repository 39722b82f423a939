"""`kiosk set-pin` keeps only a salted hash, in this machine's settings, never in the content."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.loader import load_content
from kiosk.staff.pin import hash_pin, verify_pin
from tests.content.builders import changed, valid_data, write_content


def test_set_pin_keeps_a_hash_that_verifies_on_this_machine_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    content = write_content(tmp_path, valid_data())
    before = content.read_text("utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("246813\n"))
    assert main(["set-pin", "--config", str(tmp_path / "config"), "--stdin"]) == 0
    text = (tmp_path / "config" / "machine.json").read_text("utf-8")
    assert "246813" not in text
    stored = json.loads(text)["staff_pin_hash"]
    assert verify_pin("246813", stored)
    assert content.read_text("utf-8") == before, "the content does not hold the PIN"
    assert "Staff PIN set for this kiosk" in capsys.readouterr().out


@pytest.mark.parametrize("pin", ["12", "2468", "12345", "123456789", "12a456"])
def test_set_pin_refuses_a_pin_that_is_not_6_to_8_digits(
    pin: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{pin}\n"))
    assert main(["set-pin", "--config", str(tmp_path / "config"), "--stdin"]) == 1
    assert not (tmp_path / "config").exists()


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


def test_a_hash_left_in_content_is_a_warning_that_says_where_the_pin_lives(
    tmp_path: Path,
) -> None:
    data = changed(valid_data(), "settings/1/staff_pin_hash", hash_pin("246813"))
    result = load_content(write_content(tmp_path, data))
    assert result.ok
    [found] = [p for p in result.problems if p.where == "settings/1/staff_pin_hash"]
    assert not found.is_error
    assert found.message.startswith("content.json no longer decides the staff PIN")
