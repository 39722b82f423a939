"""The built app's first start puts the bundled content beside the executable; later starts
leave staff's edits alone."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.first_start import place_default_content
from tests.content.builders import valid_data, write_content


@pytest.fixture
def frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PyInstaller one-folder app: the bundle in _internal, the executable beside it."""
    app = tmp_path / "dist" / "kiosk"
    bundle = app / "_internal"
    write_content(bundle, valid_data())
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "kiosk"))
    return app


def test_first_start_copies_the_bundled_content_beside_the_executable(frozen_app: Path) -> None:
    assert main(["validate"]) == 0
    assert (frozen_app / "content.json").read_bytes() == (
        frozen_app / "_internal" / "content.json"
    ).read_bytes()
    assert (frozen_app / "resources" / "images" / "photo.jpg").is_file()


def test_a_second_start_keeps_staff_edits(frozen_app: Path) -> None:
    assert main(["validate"]) == 0
    edited = (frozen_app / "content.json").read_text("utf-8").replace("Testikioski", "Meidän")
    (frozen_app / "content.json").write_text(edited, "utf-8")
    (frozen_app / "resources" / "images" / "photo.jpg").write_bytes(b"staff's own photo")
    main(["validate"])
    assert "Meidän" in (frozen_app / "content.json").read_text("utf-8")
    assert (frozen_app / "resources" / "images" / "photo.jpg").read_bytes() == b"staff's own photo"


def test_a_start_cut_short_copies_again(tmp_path: Path) -> None:
    bundled = write_content(tmp_path / "bundle", valid_data())
    target = tmp_path / "app" / "content.json"
    (target.parent / "resources" / "images").mkdir(parents=True)  # photos copied, then power cut
    assert place_default_content(target, bundled)
    assert target.read_bytes() == bundled.read_bytes()
    assert not place_default_content(target, bundled)


def test_a_checkout_uses_its_own_content_json_in_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kiosk.shared.paths import bundled_content_path, default_content_path

    monkeypatch.delattr(sys, "frozen", raising=False)
    assert default_content_path() == bundled_content_path()


def test_the_first_start_leaves_vs_code_the_schema_beside_the_content(tmp_path: Path) -> None:
    bundled = tmp_path / "bundle" / "content.json"
    write_content(bundled.parent, valid_data(1))
    target = tmp_path / "kiosk" / "content.json"
    assert place_default_content(target, bundled)
    schema = json.loads((target.parent / "content.schema.json").read_text("utf-8"))
    assert schema["$schema"].endswith("/2020-12/schema")
    settings = json.loads((target.parent / ".vscode" / "settings.json").read_text("utf-8"))
    assert settings == {
        "json.schemas": [{"fileMatch": ["/content.json"], "url": "./content.schema.json"}]
    }


def test_kiosk_schema_writes_the_editor_files_and_keeps_staffs_own(tmp_path: Path) -> None:
    own = tmp_path / ".vscode" / "settings.json"
    own.parent.mkdir()
    own.write_text('{"editor.fontSize": 18}', "utf-8")
    assert main(["schema", "--editor-files", str(tmp_path)]) == 0
    assert own.read_text("utf-8") == '{"editor.fontSize": 18}'
    assert "Luokka" not in (tmp_path / "content.schema.json").read_text("utf-8")
    assert "Kioskin otsikko" in (tmp_path / "content.schema.json").read_text("utf-8")
