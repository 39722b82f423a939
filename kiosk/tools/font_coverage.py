"""For developers: which characters the bundled fonts draw, for the content checks (which run
without Qt) to refuse what would show as an empty box.

    uv run python -m kiosk.tools.font_coverage           # writes kiosk/content/font_coverage.py
    uv run python -m kiosk.tools.font_coverage --check   # exits 1 if that file is stale

Run it after changing a font in ui/Kiosk/fonts; the tests run the check."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QRawFont

from kiosk.shared.paths import app_root, qml_import_path
from kiosk.tools.generated import write_or_check

HEADER = '''"""What every bundled font weight draws, as ranges of code points (first, last).

Written by kiosk/tools/font_coverage.py from ui/Kiosk/fonts; do not edit by hand."""

from __future__ import annotations

'''


def coverage_file() -> Path:
    return app_root() / "kiosk" / "content" / "font_coverage.py"


def drawn_by_every_weight() -> list[tuple[int, int]]:
    """Needs a QGuiApplication (QRawFont reads fonts through the platform's font engine)."""
    fonts = [
        QRawFont(str(path), 12)
        for path in sorted((qml_import_path() / "Kiosk" / "fonts").glob("*.otf"))
    ]
    covered = [c for c in range(0x110000) if all(font.supportsCharacter(c) for font in fonts)]
    ranges: list[tuple[int, int]] = []
    for code in covered:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return ranges


def generate() -> str:
    lines = [f"    (0x{first:04X}, 0x{last:04X}),\n" for first, last in drawn_by_every_weight()]
    return HEADER + "DRAWN: tuple[tuple[int, int], ...] = (\n" + "".join(lines) + ")\n"


def main(argv: list[str] | None = None) -> int:
    # QRawFont reads the fonts through the platform's font engine: it needs an application.
    app = QGuiApplication.instance() or QGuiApplication(["font_coverage", "-platform", "offscreen"])
    try:
        return write_or_check(coverage_file(), generate, "kiosk.tools.font_coverage", argv)
    finally:
        del app


if __name__ == "__main__":
    sys.exit(main())
