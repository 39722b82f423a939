"""Find a file named in content, the way the kiosk will: inside its folder, letter case exact."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from kiosk.content.problems import Problem, problem
from kiosk.shared.paths import CONTENT_IMAGES
from kiosk.shared.wording import QT_TRANSLATE_NOOP, render

NOT_FOUND = QT_TRANSLATE_NOOP("Content", "file not found: {file}")
DID_YOU_MEAN = QT_TRANSLATE_NOOP("Content", "file not found: {file}; did you mean '{guess}'?")


@dataclass(frozen=True, slots=True)
class MissingFile:
    template: str
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def said(cls, template: str, /, **values: object) -> MissingFile:
        return cls(template, tuple((key, str(value)) for key, value in values.items()))

    @property
    def message(self) -> str:
        return render(self.template, dict(self.values))

    def problem(self, where: str) -> Problem:
        return problem(where, self.template, **dict(self.values))


def locate(folder: Path, relative: str) -> Path | MissingFile:
    """Resolve `relative` against `folder`, refusing anything outside it.

    Letter case is checked part by part even on Windows and macOS, whose file systems ignore
    it: content prepared there must still work on a Linux kiosk, where case matters.
    """
    root = folder.resolve()
    target = (root / relative).resolve()
    if not target.is_relative_to(root):
        return MissingFile.said(
            QT_TRANSLATE_NOOP(
                "Content",
                "{file} is outside the folder that holds content.json; put the "
                "image in resources/images/ there",
            ),
            file=relative,
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
        return MissingFile.said(
            QT_TRANSLATE_NOOP("Content", "{file} is a folder, not an image file"), file=relative
        )
    return target


def _in_the_images_folder(root: Path, relative: str) -> MissingFile | None:
    """A bare file name for a photo that is in resources/images/: say the whole name."""
    if len(PurePosixPath(relative).parts) != 1:
        return None
    candidate = PurePosixPath(CONTENT_IMAGES.as_posix(), relative)
    if not (root / candidate).is_file():
        return None
    return MissingFile.said(DID_YOU_MEAN, file=relative, guess=candidate)


# A folder's names, by folder, as of its last change: checking 200 photos in one folder
# would otherwise list the folder 200 times, each time staff type a letter in the editor.
_listings: dict[Path, tuple[int, tuple[str, ...]]] = {}


def _names(folder: Path, *, fresh: bool = False) -> tuple[str, ...]:
    """The folder's entries; a folder changes its modification time whenever an entry is
    added, removed or renamed, so a listing is reused until then. (Some file systems keep
    the time to two seconds only: a name not found is looked for afresh.)"""
    changed = folder.stat().st_mtime_ns
    known = _listings.get(folder)
    if known is not None and known[0] == changed and not fresh:
        return known[1]
    names = tuple(entry.name for entry in folder.iterdir())
    if len(_listings) > 1000:
        _listings.clear()
    _listings[folder] = (changed, names)
    return names


def _check_part(parent: Path, part: str, relative: str) -> MissingFile | None:
    try:
        names = _names(parent)
        if part not in names:
            names = _names(parent, fresh=True)
    except FileNotFoundError:
        return MissingFile.said(NOT_FOUND, file=relative)
    except PermissionError:
        return MissingFile.said(
            QT_TRANSLATE_NOOP(
                "Content",
                "{file}: the kiosk may not open the folder {folder}/ (permission "
                "denied); let the kiosk's user read it",
            ),
            file=relative,
            folder=parent.name,
        )
    except OSError as error:
        return MissingFile.said(
            QT_TRANSLATE_NOOP("Content", "{file}: the folder {folder}/ cannot be read: {error}"),
            file=relative,
            folder=parent.name,
            error=error,
        )
    if part in names:
        return None
    same_but_case = [name for name in names if name.casefold() == part.casefold()]
    if same_but_case:
        return MissingFile.said(
            QT_TRANSLATE_NOOP(
                "Content",
                "file not found: {file}; the name on disk is '{name}' (letter "
                "case matters on the kiosk)",
            ),
            file=relative,
            name=same_but_case[0],
        )
    guess = difflib.get_close_matches(part, names, n=1, cutoff=0.7)
    if guess:
        return MissingFile.said(DID_YOU_MEAN, file=relative, guess=guess[0])
    return MissingFile.said(NOT_FOUND, file=relative)
