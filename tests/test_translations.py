"""The UI's own strings and the content checks' messages are translated completely, and the
compiled files are current."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.shared.paths import translations_folder
from kiosk.tools.i18n_tools import CATALOGUES, Catalogue, compile_all, update

PLACEHOLDER = re.compile(r"%\d|\{[a-z_]+\}")
TRANSLATIONS = [(c, language) for c in CATALOGUES for language in c.targets]
IDS = [f"{c.name}_{language}" for c, language in TRANSLATIONS]


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as lupdate makes them from today's code, beside their translations."""
    folder = tmp_path_factory.mktemp("ts")
    for catalogue, language in TRANSLATIONS:
        shutil.copy(catalogue.ts_file(language), folder)
    update(folder)
    return folder


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).iter("message"))


@pytest.mark.parametrize(("catalogue", "language"), TRANSLATIONS, ids=IDS)
def test_every_string_in_the_code_is_translated(
    refreshed: Path, catalogue: Catalogue, language: str
) -> None:
    unfinished = [
        message.findtext("source")
        for message in _messages(catalogue.ts_file(language, refreshed))
        if message.find("translation").get("type") is not None  # type: ignore[union-attr]
        or not (message.findtext("translation") or "").strip()
    ]
    assert not unfinished, f"untranslated in {catalogue.name}_{language}.ts (i18n_tools update)"


@pytest.mark.parametrize(("catalogue", "language"), TRANSLATIONS, ids=IDS)
def test_the_committed_ts_files_match_the_code(
    refreshed: Path, catalogue: Catalogue, language: str
) -> None:
    def sources(path: Path) -> set[str | None]:
        return {message.findtext("source") for message in _messages(path)}

    assert sources(catalogue.ts_file(language)) == sources(catalogue.ts_file(language, refreshed))


@pytest.mark.parametrize(("catalogue", "language"), TRANSLATIONS, ids=IDS)
def test_translations_keep_every_placeholder(catalogue: Catalogue, language: str) -> None:
    for message in _messages(catalogue.ts_file(language)):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            source
        )


def test_the_compiled_translations_are_current(tmp_path: Path) -> None:
    compile_all(target=tmp_path)
    for catalogue, language in TRANSLATIONS:
        name = catalogue.qm_file(language).name
        committed = (translations_folder() / name).read_bytes()
        assert (tmp_path / name).read_bytes() == committed, f"{name} is stale: run compile"


def test_a_language_change_after_the_engine_is_gone_is_harmless(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtQml import QQmlEngine

    from kiosk.platform.i18n import UiTranslations

    engine = QQmlEngine()
    translations = UiTranslations(engine)
    engine.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    translations.apply("sv")  # a reset on its way when the UI closed
    translations.apply("fi")
