"""For translators: bring the .ts files up to date with the code, and compile them.

    uv run python -m kiosk.tools.i18n_tools update    # pyside6-lupdate: new strings into the .ts
    uv run python -m kiosk.tools.i18n_tools compile   # pyside6-lrelease: .ts to .qm

See docs/translations.md.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

from kiosk.platform.i18n import CATALOGUE
from kiosk.shared.paths import app_root, translations_folder

# Finnish is the source language; these are translated from it.
TARGET_LANGUAGES = ("sv", "en")


def tool(name: str) -> str:
    """A PySide6 tool from the environment the kiosk runs in."""
    scripts = Path(sysconfig.get_path("scripts"))
    found = scripts / name
    return str(found) if found.exists() else name


def source_files(root: Path | None = None) -> list[Path]:
    root = root or app_root()
    qml = sorted((root / "ui" / "Kiosk").rglob("*.qml"))
    python = sorted((root / "kiosk").rglob("*.py"))
    return [*qml, *python]


def ts_file(language: str, folder: Path | None = None) -> Path:
    return (folder or translations_folder()) / f"{CATALOGUE}_{language}.ts"


def update(folder: Path | None = None) -> None:
    for language in TARGET_LANGUAGES:
        command = [
            tool("pyside6-lupdate"),
            *map(str, source_files()),
            "-source-language",
            "fi_FI",
            "-target-language",
            language,
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(ts_file(language, folder)),
        ]
        subprocess.run(command, check=True, capture_output=True)


def compile_all(source: Path | None = None, target: Path | None = None) -> None:
    for language in TARGET_LANGUAGES:
        qm = (target or translations_folder()) / f"{CATALOGUE}_{language}.qm"
        command = [tool("pyside6-lrelease"), str(ts_file(language, source)), "-qm", str(qm)]
        subprocess.run(command, check=True, capture_output=True)


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
