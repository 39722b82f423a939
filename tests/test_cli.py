"""The `kiosk` command as staff use it: validate and schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from tests.content.builders import changed, valid_data, write_content


def test_validate_good_content_prints_a_short_ok_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_content(tmp_path, valid_data())
    assert main(["validate", str(path)]) == 0
    output = capsys.readouterr().out.strip()
    assert output == f"OK: {path} (2 categories, 2 images)"


def test_validate_lists_every_problem_one_a_line_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = changed(valid_data(), "categories/2/links/0/url", "javascript:alert(1)")
    data = changed(data, "categories/1/images/0/credit", "")
    path = write_content(tmp_path, data)
    assert main(["validate", str(path)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == (
        f"{path}: categories/1/images/0/credit: is empty; write who made the image, "
        f"such as 'Vatesin kuvapankki / Jenny Salo'"
    )
    assert lines[1].startswith(f"{path}: categories/2/links/0/url: must be a web address")
    assert lines[2].startswith(f"{path}: 2 errors, 0 warnings.")


def test_validate_shows_warnings_but_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_content(tmp_path, changed(valid_data(1), "settings/1/languages", ["fi", "en"]))
    assert main(["validate", str(path)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert any(
        line.startswith(f"{path}: categories/1/title/en: warning: no English (en) text")
        for line in lines
    )
    assert lines[-1].startswith("OK with ")


def test_validate_reports_a_json_syntax_error_with_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_content(tmp_path, '{"settings": {\n  "1": {"title": {"fi": "x"}}\n  "x": 1}}')
    assert main(["validate", str(path)]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert (
        first == f"{path}: line 3, column 3: not valid JSON: a comma , is missing between two items"
    )


def test_validate_names_the_file_relative_to_the_working_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_content(tmp_path, valid_data(1))
    monkeypatch.chdir(tmp_path)
    assert main(["validate", str(tmp_path / "content.json")]) == 0
    assert capsys.readouterr().out.startswith("OK: content.json ")


def test_schema_is_a_json_schema_of_both_tables(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].endswith("/2020-12/schema")
    assert set(schema["properties"]) == {"$schema", "settings", "categories"}
    category = schema["$defs"]["Category"]
    assert category["additionalProperties"] is False
    assert set(category["required"]) == {"id", "order", "title", "summary", "body"}


def test_kiosk_command_validates_the_bundled_content_by_default() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "validate"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert completed.stdout.startswith("OK: ")
    assert len(completed.stdout.strip().splitlines()) == 1


def test_version_comes_from_the_package_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    import tomllib
    from importlib.metadata import version

    from kiosk import __version__

    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"kiosk {version('tietopiste')}\n"
    # One version: pyproject.toml takes it from the package, so metadata and code agree.
    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text("utf-8"))
    assert project["project"]["dynamic"] == ["version"]
    assert version("tietopiste") == __version__


def test_run_passes_every_option_on(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import kiosk.startup.app

    seen: list[kiosk.startup.app.RunOptions] = []
    monkeypatch.setattr(kiosk.startup.app, "run", lambda options: seen.append(options) or 0)
    log = tmp_path / "kiosk.log"
    content = tmp_path / "content.json"
    args = ["--content", str(content), "--windowed", "--size", "800x600", "--lang", "sv"]
    assert main([*args, "--log-file", str(log)]) == 0
    assert seen == [kiosk.startup.app.RunOptions(content, True, (800, 600), "sv", log)]
