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

GUIDES = ["staff-guide.fi.md", "staff-guide.en.md"]
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
