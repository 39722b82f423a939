"""For developers: the QML type information of the Python types, so that qmllint (and qmlls in
an editor) checks ui/ against what the view models really expose.

    uv run python -m kiosk.tools.qml_types           # writes ui/Kiosk/kiosk.qmltypes
    uv run python -m kiosk.tools.qml_types --check   # exits 1 if the committed file is stale

The tests run the check, so a property renamed in Python and not regenerated fails CI.

pyside6-metaobjectdump reads the QML registrations (QmlElement, QmlSingleton, QmlUncreatable)
from the source. It cannot see a generic base class (`RowListModel[TileRow]`), misses a
`constant=True` given as a keyword and calls Qt's QVariantList `list`, so everything but the
registrations is taken from each class's meta-object at run time, which is exactly what QML
sees. pyside6-qmltyperegistrar then writes the .qmltypes. The kiosk itself never reads the
file: qmldir's `typeinfo` line points the tools at it.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QMetaMethod, QMetaObject

from kiosk.shared.paths import app_root
from kiosk.tools.generated import write_or_check
from kiosk.tools.i18n_tools import tool

# The rooms whose classes QML sees; all of them register under this module.
QML_ROOMS = ("models", "viewmodels")
MODULE = "Kiosk"
QT_METATYPES = ("core", "gui", "qml", "quick")


def qmltypes_file(root: Path | None = None) -> Path:
    return (root or app_root()) / "ui" / MODULE / "kiosk.qmltypes"


def source_files(root: Path | None = None) -> list[Path]:
    package = (root or app_root()) / "kiosk"
    return sorted(path for room in QML_ROOMS for path in (package / room).glob("[!_]*.py"))


def module_of(path: Path, root: Path) -> str:
    return ".".join(path.relative_to(root).with_suffix("").parts)


def text(value: object) -> str:
    """A name PySide6 gives as a QByteArray, bytes or str."""
    if isinstance(value, QByteArray):
        return bytes(value.data()).decode()
    return value.decode() if isinstance(value, bytes) else str(value)


def arguments(method: QMetaMethod) -> list[dict[str, str]]:
    types = [text(name) for name in method.parameterTypes()]
    return [{"name": f"a{n + 1}", "type": kind} for n, kind in enumerate(types)]


def methods(meta: QMetaObject, kind: QMetaMethod.MethodType) -> list[dict[str, Any]]:
    found = []
    for index in range(meta.methodOffset(), meta.methodCount()):
        method = meta.method(index)
        if method.methodType() == kind:
            found.append(
                {
                    "access": "public",
                    "name": text(method.name()),
                    "arguments": arguments(method),
                    "returnType": method.typeName(),
                    "index": index - meta.methodOffset(),
                }
            )
    return found


def properties(meta: QMetaObject) -> list[dict[str, Any]]:
    found = []
    for index in range(meta.propertyOffset(), meta.propertyCount()):
        prop = meta.property(index)
        entry: dict[str, Any] = {
            "name": text(prop.name()),
            "type": prop.typeName(),
            "index": index - meta.propertyOffset(),
            "read": text(prop.name()),
            "constant": prop.isConstant(),
            "final": False,
            "required": False,
        }
        if prop.isWritable():
            entry["write"] = f"set_{text(prop.name())}"
        if prop.hasNotifySignal():
            entry["notify"] = text(prop.notifySignal().name())
        found.append(entry)
    return found


def enums(meta: QMetaObject) -> list[dict[str, Any]]:
    found = []
    for index in range(meta.enumeratorOffset(), meta.enumeratorCount()):
        enum = meta.enumerator(index)
        values = [enum.key(n) for n in range(enum.keyCount())]
        found.append(
            {
                "name": enum.name(),
                "isClass": enum.isScoped(),
                "isFlag": enum.isFlag(),
                "values": values,
            }
        )
    return found


def from_runtime(entry: dict[str, Any], module: str) -> dict[str, Any]:
    """One class of the dump with its base, members and enums read from its meta-object."""
    cls = getattr(importlib.import_module(module), entry["className"], None)
    meta = getattr(cls, "staticMetaObject", None)
    if not isinstance(meta, QMetaObject) or meta.className() != entry["className"]:
        return entry
    superclass = meta.superClass()
    corrected = {key: value for key, value in entry.items() if key in ("className", "classInfos")}
    corrected.update(
        qualifiedClassName=entry["className"],
        object=True,
        superClasses=[{"access": "public", "name": superclass.className()}] if superclass else [],
        properties=properties(meta),
        signals=methods(meta, QMetaMethod.MethodType.Signal),
        slots=methods(meta, QMetaMethod.MethodType.Slot),
        enums=enums(meta),
    )
    return corrected


def metatypes(root: Path, folder: Path) -> Path:
    dumped = folder / "dump.json"
    files = source_files(root)
    subprocess.run(
        [tool("pyside6-metaobjectdump"), *map(str, files), "-o", str(dumped)],
        check=True,
        capture_output=True,
    )
    by_file = json.loads(dumped.read_text("utf-8"))
    for found in by_file:
        module = module_of(Path(found["inputFile"]), root)
        found["classes"] = [from_runtime(entry, module) for entry in found["classes"]]
        found["inputFile"] = Path(found["inputFile"]).name
    corrected = folder / "metatypes.json"
    corrected.write_text(json.dumps(by_file, indent=1), "utf-8")
    return corrected


def qt_metatypes() -> list[str]:
    folder = Path(QtCore.__file__).parent / "Qt" / "metatypes"
    return [str(next(folder.glob(f"qt6{name}_*metatypes.json"))) for name in QT_METATYPES]


def generate(root: Path | None = None) -> str:
    """The .qmltypes text for the Python types under root."""
    root = root or app_root()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        output = folder / "kiosk.qmltypes"
        subprocess.run(
            [
                tool("pyside6-qmltyperegistrar"),
                f"--generate-qmltypes={output}",
                f"--import-name={MODULE}",
                "--major-version=1",
                f"--foreign-types={','.join(qt_metatypes())}",
                str(metatypes(root, folder)),
                "-o",
                str(folder / "registrations.cpp"),
            ],
            check=True,
            capture_output=True,
        )
        return output.read_text("utf-8")


def main(argv: list[str] | None = None) -> int:
    return write_or_check(qmltypes_file(), generate, "kiosk.tools.qml_types", argv)


if __name__ == "__main__":
    sys.exit(main())
