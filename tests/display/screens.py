"""What a screen shows, compared with what the kiosk renders offscreen for the same content."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image, ImageChops

from tests.display.running import base_environment, kiosk_executable

# Compared in blocks of 16 px: text drawn by OpenGL and by the software renderer differs in
# its antialiasing (a block differs by at most about 11 of 255), a missing photo or another
# screen by far more (over 200).
BLOCK = 16
SAME_SCREEN = 40


def block_difference(shown: Path, expected: Path) -> int:
    """The largest difference of a block's mean colour, 0-255."""
    a = Image.open(shown).convert("RGB")
    b = Image.open(expected).convert("RGB")
    assert a.size == b.size, f"{shown.name} is {a.size}, {expected.name} is {b.size}"
    blocks = (a.width // BLOCK, a.height // BLOCK)
    difference = ImageChops.difference(a.resize(blocks, Image.BOX), b.resize(blocks, Image.BOX))
    return max(high for _low, high in difference.getextrema())


def same_screen(shown: Path, expected: Path) -> bool:
    return block_difference(shown, expected) <= SAME_SCREEN


def offscreen_references(
    content: Path, size: tuple[int, int], screens: list[str], folder: Path
) -> dict[str, Path]:
    """The screens as `kiosk snapshot` renders them offscreen, by name."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            str(kiosk_executable()),
            "snapshot",
            "--out",
            str(folder),
            "--content",
            str(content),
            "--size",
            f"{size[0]}x{size[1]}",
            "--screens",
            ",".join(screens),
        ],
        check=True,
        capture_output=True,
        env=_offscreen_environment(folder),
        timeout=300,
    )
    return {screen: folder / f"{screen}.png" for screen in screens}


def _offscreen_environment(folder: Path) -> dict[str, str]:
    return {**base_environment(folder / "home"), "QT_QPA_PLATFORM": "offscreen"}


def distinct_colours(screenshot: Path, box: tuple[int, int, int, int]) -> int:
    """How many colours a part of the screen has: a photo has hundreds, an empty frame one."""
    region = Image.open(screenshot).convert("RGB").crop(box)
    colours = region.getcolors(maxcolors=1_000_000)
    return len(colours) if colours is not None else 1_000_000
