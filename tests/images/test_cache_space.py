"""The image cache never fills the disk it is on, and a disk that refuses writes is said once,
rested, and tried again later."""

from __future__ import annotations

import logging
from collections import namedtuple
from pathlib import Path

import pytest
from PIL import Image

from kiosk.images import cache as cache_module
from kiosk.images.cache import REST_S, ScaledImageCache

Usage = namedtuple("Usage", "total free")
SMALL_DISK = 2 * 2**20


def used(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def noise(seed: int) -> Image.Image:
    return Image.effect_noise((200, 200), 40 + seed).convert("RGB")


def test_on_a_small_disk_the_cache_stops_short_of_filling_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "cache"
    now = [0.0]
    cache = ScaledImageCache(
        folder,
        clock=lambda: now[0],
        free_space=lambda _folder: Usage(SMALL_DISK, SMALL_DISK - used(folder)),
    )
    with caplog.at_level(logging.WARNING):
        for index in range(200):
            cache.store(folder / "ab" / f"{index}.img", noise(index))
    assert used(folder) <= SMALL_DISK - SMALL_DISK // 10
    assert caplog.text.count("Not caching scaled photos") == 1


def test_a_failing_disk_is_said_once_then_tried_again_later(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    now = [0.0]
    cache = ScaledImageCache(folder, clock=lambda: now[0])

    def full_disk(_path: Path, _data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_module, "atomic_write_bytes", full_disk)
    with caplog.at_level(logging.WARNING):
        for index in range(25):
            cache.store(folder / "ab" / f"{index}.img", noise(0))
    assert caplog.text.count("No space left on device") == 1
    monkeypatch.undo()
    cache.store(folder / "ab" / "early.img", noise(0))
    assert not (folder / "ab" / "early.img").exists()  # still resting
    now[0] += REST_S + 1
    cache.store(folder / "ab" / "later.img", noise(0))
    assert (folder / "ab" / "later.img").exists()
