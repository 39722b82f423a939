"""Loading content for the running kiosk: every problem found goes to the log, and content
on screen is kept as the last good copy."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.content.last_good import LastGood
    from kiosk.content.loader import Content, LoadResult

log = logging.getLogger(__name__)


def load_reported(
    path: Path, *, decode_images: bool = False, images_folder: Path | None = None
) -> LoadResult:
    """Load and check content, logging every problem. (pydantic is imported here, not when
    the kiosk starts: its first frame can come from the start snapshot without it.)"""
    from kiosk.content.loader import load_content

    result = load_content(path, decode_images=decode_images, images_folder=images_folder)
    for problem in result.problems:
        log.log(logging.ERROR if problem.is_error else logging.WARNING, problem.describe(str(path)))
    if result.content is None:
        log.error("Content in %s has errors; check it with `kiosk validate`.", path)
    return result


def load_valid_content(
    path: Path, *, decode_images: bool = False, images_folder: Path | None = None
) -> Content | None:
    return load_reported(path, decode_images=decode_images, images_folder=images_folder).content


def keep_last_good(last_good: LastGood, content: Content) -> None:
    """Keep a copy of content that is on screen, with its photos' hashes."""
    files = [image.file for category in content.categories for image in category.images]
    last_good.save(content.source, files)
