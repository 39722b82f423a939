"""For translators: bring the .ts files up to date with the code, and compile them.

    uv run python -m kiosk.tools.i18n_tools update    # pyside6-lupdate: new strings into the .ts
    uv run python -m kiosk.tools.i18n_tools compile   # pyside6-lrelease: .ts to .qm

See docs/translations.md.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from kiosk.platform.i18n import CATALOGUE, CONTENT_CATALOGUE, EDITOR_CATALOGUE
from kiosk.shared.paths import app_root, translations_folder


@dataclass(frozen=True, slots=True)
class Catalogue:
    """One set of translations: its source language, the languages it is translated into,
    and the code its strings come from."""

    name: str
    source_language: str
    targets: tuple[str, ...]
    rooms: tuple[str, ...] | None  # the packages of kiosk/ it reads (None: all but PURE)
    with_qml: bool

    def sources(self, root: Path | None = None) -> list[Path]:
        root = root or app_root()
        qml = sorted((root / "ui" / "Kiosk").rglob("*.qml")) if self.with_qml else []
        python = [
            path
            for path in sorted((root / "kiosk").rglob("*.py"))
            if _in_rooms(path.relative_to(root / "kiosk"), self.rooms)
        ]
        return [*qml, *python]

    def ts_file(self, language: str, folder: Path | None = None) -> Path:
        return (folder or translations_folder()) / f"{self.name}_{language}.ts"

    def qm_file(self, language: str, folder: Path | None = None) -> Path:
        return (folder or translations_folder()) / f"{self.name}_{language}.qm"


# The layers without Qt write their messages (content checks) in English; the kiosk's own
# words, in QML and the Qt layers, are written in Finnish.
PURE = ("content", "images", "qr", "stats", "staff", "shared")
KIOSK = Catalogue(CATALOGUE, "fi_FI", ("sv", "en"), None, with_qml=True)
CONTENT = Catalogue(CONTENT_CATALOGUE, "en", ("fi", "sv"), ("content", "images"), with_qml=False)
# The content editor's words: staff's, not visitors', so a catalogue of its own; the preview
# shows the kiosk in one language while the editor speaks another.
EDITOR = Catalogue(EDITOR_CATALOGUE, "fi_FI", ("sv", "en"), ("editor",), with_qml=False)
CATALOGUES = (KIOSK, CONTENT, EDITOR)
OWN_CATALOGUES = ("editor",)
TARGET_LANGUAGES = KIOSK.targets


def _in_rooms(relative: Path, rooms: tuple[str, ...] | None) -> bool:
    room = relative.parts[0] if len(relative.parts) > 1 else ""
    if rooms is None:
        return room not in PURE and room not in OWN_CATALOGUES
    return room in rooms


def tool(name: str) -> str:
    """A PySide6 tool from the environment the kiosk runs in."""
    scripts = Path(sysconfig.get_path("scripts"))
    found = scripts / name
    return str(found) if found.exists() else name


def ts_file(language: str, folder: Path | None = None) -> Path:
    return KIOSK.ts_file(language, folder)


def update(folder: Path | None = None) -> None:
    for catalogue in CATALOGUES:
        for language in catalogue.targets:
            command = [
                tool("pyside6-lupdate"),
                *map(str, catalogue.sources()),
                "-source-language",
                catalogue.source_language,
                "-target-language",
                language,
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                str(catalogue.ts_file(language, folder)),
            ]
            subprocess.run(command, check=True, capture_output=True)


def compile_all(source: Path | None = None, target: Path | None = None) -> None:
    for catalogue in CATALOGUES:
        for language in catalogue.targets:
            ts = str(catalogue.ts_file(language, source))
            qm = str(catalogue.qm_file(language, target))
            subprocess.run(
                [tool("pyside6-lrelease"), ts, "-qm", qm], check=True, capture_output=True
            )


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        update()
    elif argv == ["compile"]:
        compile_all()
    else:
        sys.stderr.write(__doc__ or "")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
