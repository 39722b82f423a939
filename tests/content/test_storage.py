"""content.json is read fresh every time and written so that a crash never leaves half a file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from tinydb import TinyDB

from kiosk.content.problems import ContentFileError
from kiosk.content.storage import ContentStorage
from kiosk.shared import atomic
from kiosk.shared.atomic import LEFTOVER_AGE_S, atomic_write_bytes
from tests.content.builders import valid_data

OLD = {"settings": {"1": {"title": {"fi": "Vanha"}}}}
NEW = {"settings": {"1": {"title": {"fi": "Uusi"}}}}


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data), encoding="utf-8")


def replace_like_an_editor(path: Path, data: dict) -> None:
    """Editors save by writing a new file and renaming it over the old one."""
    staged = path.with_name("staged.json")
    write_json(staged, data)
    staged.replace(path)


def test_reading_after_another_program_replaced_the_file_returns_the_new_content(
    tmp_path: Path,
) -> None:
    path = tmp_path / "content.json"
    write_json(path, OLD)
    with TinyDB(path, storage=ContentStorage) as db:
        assert db.table("settings").all()[0]["title"]["fi"] == "Vanha"
        replace_like_an_editor(path, NEW)
        assert db.table("settings").all()[0]["title"]["fi"] == "Uusi"


def test_reading_keeps_no_file_open(tmp_path: Path) -> None:
    path = tmp_path / "content.json"
    write_json(path, OLD)
    storage = ContentStorage(path)
    storage.read()
    path.unlink()  # would fail on Windows with a handle open; here it proves nothing is cached
    with pytest.raises(ContentFileError, match="file not found"):
        storage.read()


def test_tinydb_writes_through_the_storage_keep_finnish_letters_readable(tmp_path: Path) -> None:
    path = tmp_path / "content.json"
    write_json(path, valid_data(1))
    with TinyDB(path, storage=ContentStorage) as db:
        db.table("settings").update({"title": {"fi": "Välityömarkkinat"}})
    text = path.read_text(encoding="utf-8")
    assert "Välityömarkkinat" in text and text.endswith("\n")
    assert json.loads(text)["categories"] == valid_data(1)["categories"]


def test_a_write_leaves_no_temporary_file_behind(tmp_path: Path) -> None:
    path = tmp_path / "content.json"
    ContentStorage(path).write(NEW)
    assert [p.name for p in tmp_path.iterdir()] == ["content.json"]


def test_a_write_keeps_the_file_permissions(tmp_path: Path) -> None:
    path = tmp_path / "content.json"
    write_json(path, OLD)
    path.chmod(0o644)
    ContentStorage(path).write(NEW)
    assert path.stat().st_mode & 0o777 == 0o644


def test_failure_before_the_swap_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "content.json"
    write_json(path, OLD)

    def power_cut(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", power_cut)
    with pytest.raises(OSError, match="disk full"):
        ContentStorage(path).write(NEW)
    assert json.loads(path.read_text(encoding="utf-8")) == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["content.json"]


def test_process_killed_mid_write_leaves_the_old_file_intact(tmp_path: Path) -> None:
    path = tmp_path / "content.json"
    write_json(path, OLD)
    # The child dies abruptly (no cleanup, no exception handling) after half the data is
    # written to disk: what a power cut or a killed process does.
    child = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from kiosk.content.storage import ContentStorage

        real_fdopen = os.fdopen

        class DiesMidway:
            def __init__(self, fd, mode):
                self.handle = real_fdopen(fd, mode)
            def __enter__(self):
                return self
            def __exit__(self, *exc):
                return False
            def write(self, data):
                self.handle.write(data[: len(data) // 2])
                self.handle.flush()
                os._exit(9)

        os.fdopen = DiesMidway
        ContentStorage(Path({str(path)!r})).write({NEW!r})
        """
    )
    completed = subprocess.run([sys.executable, "-c", child], check=False, timeout=60)
    assert completed.returncode == 9
    assert json.loads(path.read_text(encoding="utf-8")) == OLD
    leftovers = [p for p in tmp_path.iterdir() if p.name != "content.json"]
    assert leftovers and all(p.name.startswith(".content.json.") for p in leftovers)

    # A fresh temporary file may be another writer's, under way: it stays. An old one goes.
    ContentStorage(path).write(NEW)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["content.json", *(p.name for p in leftovers)]
    )
    long_ago = time.time() - LEFTOVER_AGE_S - 1
    for leftover in leftovers:
        os.utime(leftover, (long_ago, long_ago))
    ContentStorage(path).write(NEW)
    assert [p.name for p in tmp_path.iterdir()] == ["content.json"]


def test_busy_file_on_windows_is_retried_then_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "content.json"
    write_json(path, OLD)
    real_replace = os.replace
    failures = iter([PermissionError("in use"), PermissionError("in use")])

    def busy_twice(src: object, dst: object) -> None:
        error = next(failures, None)
        if error is not None:
            raise error
        real_replace(src, dst)

    delays: list[float] = []
    monkeypatch.setattr(os, "replace", busy_twice)
    atomic_write_bytes(path, b'{"ok": true}', sleep=delays.append)
    assert path.read_bytes() == b'{"ok": true}'
    assert delays == [atomic.FIRST_RETRY_DELAY_S, atomic.FIRST_RETRY_DELAY_S * 2]


def test_file_busy_for_too_long_gives_up_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "content.json"
    write_json(path, OLD)

    def always_busy(_src: object, _dst: object) -> None:
        raise PermissionError("in use")

    delays: list[float] = []
    monkeypatch.setattr(os, "replace", always_busy)
    with pytest.raises(PermissionError):
        atomic_write_bytes(path, b"{}", attempts=4, sleep=delays.append)
    assert len(delays) == 3
    assert json.loads(path.read_text(encoding="utf-8")) == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["content.json"]


def test_a_category_number_written_twice_is_refused_not_silently_dropped(tmp_path: Path) -> None:
    from kiosk.content.loader import load_content
    from tests.content.builders import write_content

    data = valid_data(2)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # Staff copy category "2" to make a third and forget to renumber it.
    copied = json.dumps(data["categories"]["2"], ensure_ascii=False).replace(
        "category-2", "category-3"
    )
    text = text.replace('"categories": {', f'"categories": {{"2": {copied},', 1)
    result = load_content(write_content(tmp_path, text))
    assert result.content is None
    messages = [problem.describe("content.json") for problem in result.problems]
    assert any('"2" is written twice' in m and "category-3" in m for m in messages), messages
