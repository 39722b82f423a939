"""`kiosk snapshot` and `kiosk self-test`, as staff and the packaged app run them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from kiosk.cli import main
from kiosk.content.loader import load_content
from kiosk.shared.paths import default_content_path
from kiosk.tools.selftest import self_test
from tests.content.builders import valid_data, write_content, write_photo


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))


def test_snapshot_writes_the_chosen_screens_at_the_chosen_size(
    kiosk_app: object, tmp_path: Path
) -> None:
    out = tmp_path / "shots"
    screens = "home,category-tyopajat-ja-valmennukset"
    assert main(["snapshot", "--out", str(out), "--size", "1024x768", "--screens", screens]) == 0
    files = sorted(p.name for p in out.iterdir())
    assert files == ["category-tyopajat-ja-valmennukset.png", "home.png"]
    with Image.open(out / "home.png") as image:
        assert image.size == (1024, 768)


def test_a_full_snapshot_shows_the_whole_text_and_every_photo_of_a_category(
    kiosk_app: object, tmp_path: Path
) -> None:
    data = valid_data(1)
    paragraph = "Pitkä kappale, jossa on paljon luettavaa kävijälle. " * 12
    data["categories"]["1"]["body"] = {"fi": [paragraph] * 4}
    second = {**data["categories"]["1"]["images"][0], "file": "resources/images/toinen.jpg"}
    data["categories"]["1"]["images"].append(second)
    content = write_content(tmp_path / "site", data)
    write_photo(tmp_path / "site/resources/images/toinen.jpg", (1600, 1000))
    out = tmp_path / "shots"
    screens = "category-category-1"
    arguments = ["snapshot", "--out", str(out), "--size", "1024x768", "--screens", screens]
    assert main([*arguments, "--content", str(content), "--full"]) == 0
    files = sorted(p.name for p in out.iterdir())
    parts = [name for name in files if "-part-" in name]
    assert "category-category-1.png" in files and "category-category-1-photo-2.png" in files
    assert len(parts) >= 2, files
    # Each part is a different stretch of the text, not the same screen again.
    pictures = {(out / name).read_bytes() for name in ["category-category-1.png", *parts]}
    assert len(pictures) == len(parts) + 1


def test_the_staff_picture_says_its_figures_are_examples(kiosk_app: object, tmp_path: Path) -> None:
    from kiosk.startup.app import build_ui
    from kiosk.tools.snapshot import show_screen, wait_until_ready
    from tests.ui.helpers import find

    content = load_content(default_content_path()).content
    ui = build_ui(content)
    assert ui is not None
    try:
        ui.window.resize(1024, 768)
        ui.window.show()
        show_screen(ui, "staff")
        wait_until_ready(ui)
        assert find(ui, "staffExampleFigures").isVisible()
        ui.view_model.staff_view_model.close()
        ui.view_model.staff_view_model.open()
        wait_until_ready(ui)
        from tests.ui.helpers import find_all

        assert find_all(ui, "staffExampleFigures") == []
    finally:
        from tests.ui.helpers import dispose

        dispose(ui)


def test_snapshot_of_an_unknown_screen_fails_and_names_the_choices(
    kiosk_app: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert main(["snapshot", "--out", str(tmp_path), "--screens", "category-nope"]) == 1
    assert "category-nope" in caplog.text and "home" in caplog.text


def test_self_test_passes_on_the_default_content(kiosk_app: object) -> None:
    report = self_test(default_content_path())
    assert report.ok, report.failures
    assert any("1920x1080 home" in line for line in report.timings)


def test_self_test_fails_on_broken_content(kiosk_app: object, tmp_path: Path) -> None:
    data = valid_data()
    data["categories"]["1"]["links"][0]["url"] = "javascript:alert(1)"
    report = self_test(write_content(tmp_path, data))
    assert not report.ok
    assert "has errors" in report.failures[0]


def test_self_test_fails_when_a_qr_code_does_not_scan(
    kiosk_app: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.providers import qr

    monkeypatch.setattr(qr, "qr_image", lambda url, side: Image.new("L", (side, side), 255))
    data = valid_data(1)
    # An address no other test shows: Qt caches drawn images by address for the process.
    data["categories"]["1"]["links"][0]["url"] = "https://ei-skannaudu.example.fi"
    report = self_test(write_content(tmp_path, data))
    assert not report.ok
    assert any("ei-skannaudu.example.fi does not scan" in failure for failure in report.failures)


def test_the_kiosk_works_with_network_sockets_blocked(
    kiosk_app: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> socket.socket:
        raise OSError("network is blocked in this test")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    report = self_test(default_content_path())
    assert report.ok, report.failures


def test_the_staff_panel_picture_lists_the_contents_real_warnings(
    kiosk_app: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.tools import snapshot
    from tests.content.builders import changed

    data = changed(valid_data(1), "categories/1/images/0/credit", "Kuva: Jenny Salo")
    path = write_content(tmp_path / "content", data)
    listed: list[list[str]] = []

    def shoot(ui: object, *_args: object, **_options: object) -> Iterator[object]:
        listed.append(ui.view_model.staff_view_model.property("problemLines"))  # type: ignore[attr-defined]
        yield from ()

    monkeypatch.setattr(snapshot, "shoot", shoot)
    arguments = ["snapshot", "--content", str(path), "--out", str(tmp_path), "--screens", "staff"]
    assert main(arguments) == 0
    assert any("varoitus: alkaa sanalla 'Kuva:'" in line for line in listed[0]), listed
