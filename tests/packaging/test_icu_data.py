"""The built app's smaller ICU data (build_spec/icu_data.py): the package survives a rewrite
unchanged, keeps what the kiosk reaches, and Qt behaves the same with it."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="ICU is bundled on Linux")


def _icu_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icu_data", ROOT / "build_spec" / "icu_data.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


icu_data = _icu_data()


@pytest.fixture(scope="module")
def library() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found or not icu_data.can_link():
        pytest.skip("needs the wheel's ICU and binutils")
    return found[0]


@pytest.fixture(scope="module")
def trimmed_library(library: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    destination = tmp_path_factory.mktemp("icu") / library.name
    icu_data.trim_library(library, destination)
    return destination


def test_a_package_rewritten_whole_is_unchanged(library: Path) -> None:
    _, blob = icu_data.data_symbol(library)
    header, items = icu_data.read_package(blob)
    assert icu_data.write_package(header, items) == blob


def test_the_trimmed_data_keeps_the_kiosk_languages_and_the_unicode_core(
    trimmed_library: Path, library: Path
) -> None:
    _, blob = icu_data.data_symbol(trimmed_library)
    names = {name.split("/", 1)[1] for name in icu_data.read_package(blob)[1]}
    for kept in (
        "root.res",
        "fi.res",
        "sv_FI.res",
        "en_GB.res",
        "coll/fi.res",
        "coll/sv.res",
        "coll/ucadata.icu",
        "ulayout.icu",
        "nfkc.nrm",
        "brkitr/line.brk",
        "zoneinfo64.res",
        "pool.res",
        "res_index.res",
        "cnvalias.icu",
    ):
        assert kept in names
    for dropped in ("de.res", "coll/zh.res", "brkitr/cjdict.dict", "translit/root.res"):
        assert dropped not in names
    assert trimmed_library.stat().st_size < library.stat().st_size / 4


# What Qt takes from ICU: collation, locale case mapping, text boundaries, time zone names,
# code page converters. Line layout is Qt's own; it is checked here too, to be sure.
_PROBE = """
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTextBoundaryFinder, QTimeZone
from PySide6.QtGui import QFont, QGuiApplication, QTextLayout
app = QGuiApplication([])
words = ["öljy", "äiti", "åra", "zeta", "Aalto", "vesi", "wc", "Ääni", "ångström", "über"]
for name in ("fi_FI", "sv_FI", "en_GB", "uk_UA", "ar_SY"):
    locale = QLocale(name)
    print(sorted(words, key=QCollator(locale).sortKey), locale.toUpper("istanbul ıi ß"))
for text in ("Välityömarkkinoiden palvelut työttömille", "مرحبا بكم في مكتبة المدينة",
             "ภาษาไทยไม่มีช่องว่างระหว่างคำ", "中文没有空格但是可以换行", "Українська мова тут"):
    for kind in QTextBoundaryFinder.BoundaryType:
        finder, found = QTextBoundaryFinder(kind, text), []
        while (position := finder.toNextBoundary()) != -1:
            found.append(position)
        print(kind, found)
    layout, lines = QTextLayout(text, QFont("sans", 20)), []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(120)
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    print(lines)
zone = QTimeZone(b"Europe/Helsinki")
print(zone.displayName(QTimeZone.StandardTime, QTimeZone.LongName, QLocale("fi_FI")))
print([QStringDecoder(name).isValid() for name in ("windows-1252", "ISO-8859-15", "UTF-16")])
"""


def _probe(preload: Path | None) -> str:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if preload:
        environment["LD_PRELOAD"] = str(preload)
    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
        timeout=120,
    )
    return result.stdout


def test_qt_behaves_the_same_with_the_trimmed_data(trimmed_library: Path) -> None:
    full = _probe(None)
    assert (
        "['Aalto', 'vesi', 'wc', 'über', 'zeta', 'ångström', 'åra', 'äiti', 'Ääni', 'öljy']" in full
    )
    assert "Itä-Euroopan normaaliaika" in full
    assert _probe(trimmed_library) == full
