"""The UI's own strings are translated completely, and the compiled files are current."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.shared.paths import translations_folder
from kiosk.tools.i18n_tools import TARGET_LANGUAGES, compile_all, ts_file, update

PLACEHOLDER = re.compile(r"%\d")


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as lupdate makes them from today's code, beside their translations."""
    folder = tmp_path_factory.mktemp("ts")
    for language in TARGET_LANGUAGES:
        shutil.copy(ts_file(language), folder)
    update(folder)
    return folder


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).iter("message"))


@pytest.mark.parametrize("language", TARGET_LANGUAGES)
def test_every_ui_string_in_the_code_is_translated(refreshed: Path, language: str) -> None:
    unfinished = [
        message.findtext("source")
        for message in _messages(ts_file(language, refreshed))
        if message.find("translation").get("type") is not None  # type: ignore[union-attr]
        or not (message.findtext("translation") or "").strip()
    ]
    assert not unfinished, f"untranslated in kiosk_{language}.ts (run i18n_tools update)"


@pytest.mark.parametrize("language", TARGET_LANGUAGES)
def test_the_committed_ts_files_match_the_code(refreshed: Path, language: str) -> None:
    def sources(path: Path) -> set[str | None]:
        return {message.findtext("source") for message in _messages(path)}

    assert sources(ts_file(language)) == sources(ts_file(language, refreshed))


@pytest.mark.parametrize("language", TARGET_LANGUAGES)
def test_translations_keep_every_placeholder(language: str) -> None:
    for message in _messages(ts_file(language)):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            source
        )


def test_the_compiled_translations_are_current(tmp_path: Path) -> None:
    compile_all(target=tmp_path)
    for language in TARGET_LANGUAGES:
        name = f"kiosk_{language}.qm"
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
