"""qmllint checks every QML file against the Python types QML sees and finds nothing; the
categories it checks are set in ui/.qmllint.ini."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from kiosk.tools.i18n_tools import tool
from kiosk.tools.qml_types import generate, qmltypes_file

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"


def lint(ui: Path) -> list[str]:
    files = sorted(str(path) for path in ui.rglob("*.qml"))
    result = subprocess.run(
        [tool("pyside6-qmllint"), "--json", "-", "-I", str(ui), *files],
        capture_output=True,
        text=True,
        check=False,
        cwd=ui.parent,
    )
    report = json.loads(result.stdout)
    found = [
        f"{Path(entry['filename']).relative_to(ui)}:{warning.get('line')}: "
        f"{warning['message']} [{warning.get('id')}]"
        for entry in report["files"]
        for warning in entry["warnings"]
    ]
    if result.returncode != 0 and not found:
        found.append(f"qmllint ended with {result.returncode}: {result.stderr}")
    return found


def test_the_committed_qml_types_describe_the_python_types() -> None:
    assert qmltypes_file().read_text("utf-8") == generate(), (
        "ui/Kiosk/kiosk.qmltypes is stale: run uv run python -m kiosk.tools.qml_types"
    )


def test_qmllint_finds_nothing_in_the_kiosk_qml() -> None:
    assert lint(UI) == []


def test_qmllint_would_report_a_mistake(tmp_path: Path) -> None:
    """The clean result above means something: the same files with one wrong member name
    and one unqualified name are reported, with the settings file in force."""
    copy = tmp_path / "ui"
    shutil.copytree(UI, copy, ignore=shutil.ignore_patterns("fonts", "i18n"))
    header = copy / "Kiosk" / "controls" / "Header.qml"
    text = header.read_text("utf-8").rstrip().removesuffix("}")
    mistake = "    Item { objectName: KioskViewModel.noSuchMember; width: unknownWidth }\n}\n"
    header.write_text(text + mistake, "utf-8")
    found = "\n".join(lint(copy))
    assert "noSuchMember" in found
    assert "[unqualified]" in found
