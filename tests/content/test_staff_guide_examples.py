"""The staff guides' own example, the Language café category, passes the checks as the
guides tell staff to add it: pasted as category "6" beside its photo."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from kiosk.content.loader import load_content
from kiosk.shared.paths import app_root, default_content_path
from tests.content.builders import write_photo

GUIDES = ["staff-guide-json.fi.md", "staff-guide-json.en.md"]
EXAMPLE = re.compile(r"```json\n(    \"6\": \{.*?\n    \})\n```", re.DOTALL)


@pytest.mark.parametrize("guide", GUIDES)
def test_the_guides_example_category_passes(tmp_path: Path, guide: str) -> None:
    text = (app_root() / "docs" / guide).read_text("utf-8")
    found = EXAMPLE.search(text)
    assert found, f"no example category in {guide}"
    category = json.loads("{" + found[1] + "}")["6"]
    shutil.copytree(app_root() / "resources", tmp_path / "resources")
    write_photo(tmp_path / category["images"][0]["file"], (1600, 1000))
    data = json.loads(default_content_path().read_text("utf-8"))
    data["categories"]["6"] = category
    path = tmp_path / "content.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    result = load_content(path)
    assert result.ok, [p.describe(guide) for p in result.errors]
    assert result.content is not None and len(result.content.categories) == 6


@pytest.mark.parametrize("guide", GUIDES)
def test_the_guides_photo_command_works_as_written(tmp_path: Path, guide: str) -> None:
    import shlex

    from kiosk.cli import main
    from tests.images.test_importing import phone_photo

    text = (app_root() / "docs" / guide).read_text("utf-8")
    command = next(line for line in text.splitlines() if line.startswith("kiosk.exe photo add"))
    arguments = shlex.split(command.replace("\\", "/"))[1:]
    category = json.loads("{" + EXAMPLE.search(text)[1] + "}")["6"]  # type: ignore[index]
    category["images"] = []
    shutil.copytree(app_root() / "resources", tmp_path / "resources")
    data = json.loads(default_content_path().read_text("utf-8"))
    data["categories"]["6"] = category
    path = tmp_path / "content.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    photo = phone_photo(tmp_path / "IMG_0412.JPG")
    arguments[arguments.index("E:/IMG_0412.JPG")] = str(photo)
    assert main([*arguments, "--content", str(path)]) == 0
    assert load_content(path).ok
