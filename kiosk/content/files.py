"""Find a file named in content, the way the kiosk will: inside its folder, letter case exact."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

IMAGES_FOLDER = "resources/images"


@dataclass(frozen=True, slots=True)
class MissingFile:
    message: str


def locate(folder: Path, relative: str) -> Path | MissingFile:
    """Resolve `relative` against `folder`, refusing anything outside it.

    Letter case is checked part by part even on Windows and macOS, whose file systems ignore
    it: content prepared there must still work on a Linux kiosk, where case matters.
    """
    root = folder.resolve()
    target = (root / relative).resolve()
    if not target.is_relative_to(root):
        return MissingFile(
            f"{relative} is outside the folder that holds content.json; "
            f"put the image in resources/images/ there"
        )
    current = root
    for part in PurePosixPath(relative).parts:
        if part in (".", ""):
            continue
        if part == "..":
            current = current.parent
            continue
        fault = _check_part(current, part, relative)
        if fault is not None:
            return _in_the_images_folder(root, relative) or fault
        current = current / part
    if current.is_dir():
        return MissingFile(f"{relative} is a folder, not an image file")
    return target


def _in_the_images_folder(root: Path, relative: str) -> MissingFile | None:
    """A bare file name for a photo that is in resources/images/: say the whole name."""
    if len(PurePosixPath(relative).parts) != 1:
        return None
    candidate = PurePosixPath(IMAGES_FOLDER, relative)
    if not (root / candidate).is_file():
        return None
    return MissingFile(f"file not found: {relative}; did you mean '{candidate}'?")


def _check_part(parent: Path, part: str, relative: str) -> MissingFile | None:
    try:
        names = [entry.name for entry in parent.iterdir()]
    except FileNotFoundError:
        return MissingFile(f"file not found: {relative}")
    except PermissionError:
        return MissingFile(
            f"{relative}: the kiosk may not open the folder {parent.name}/ (permission "
            "denied); let the kiosk's user read it"
        )
    except OSError as error:
        return MissingFile(f"{relative}: the folder {parent.name}/ cannot be read: {error}")
    if part in names:
        return None
    same_but_case = [name for name in names if name.casefold() == part.casefold()]
    if same_but_case:
        return MissingFile(
            f"file not found: {relative}; the name on disk is '{same_but_case[0]}' "
            f"(letter case matters on the kiosk)"
        )
    guess = difflib.get_close_matches(part, names, n=1, cutoff=0.7)
    hint = f"; did you mean '{guess[0]}'?" if guess else ""
    return MissingFile(f"file not found: {relative}{hint}")
