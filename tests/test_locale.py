"""The kiosk runs in UTF-8 even when started with no locale, as a service often is."""

from __future__ import annotations

import locale
import os
from collections.abc import Iterator

import pytest

from kiosk.startup.app import use_utf8_locale


@pytest.fixture
def plain_c_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    before = locale.setlocale(locale.LC_CTYPE)
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        monkeypatch.delenv(name, raising=False)
    locale.setlocale(locale.LC_CTYPE, "C")
    yield
    locale.setlocale(locale.LC_CTYPE, before)


@pytest.mark.skipif(not hasattr(locale, "nl_langinfo"), reason="no C locales on Windows")
def test_with_no_locale_set_the_kiosk_uses_c_utf8(
    plain_c_locale: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert locale.nl_langinfo(locale.CODESET) != "UTF-8"
    use_utf8_locale()
    assert locale.nl_langinfo(locale.CODESET) == "UTF-8"
    assert os.environ["LC_CTYPE"] == "C.UTF-8"  # for Qt, which reads it when it starts


@pytest.mark.skipif(not hasattr(locale, "nl_langinfo"), reason="no C locales on Windows")
def test_a_locale_the_operator_chose_is_left_alone(
    plain_c_locale: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    use_utf8_locale()
    assert locale.nl_langinfo(locale.CODESET) != "UTF-8"
