"""A test that needs a system package skips with the package's name, unless CI requires it."""

from __future__ import annotations

import pytest

from tests.system_packages import REQUIRE, package_of, require_library, require_program


def test_a_missing_program_skips_naming_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(REQUIRE, raising=False)
    with pytest.raises(pytest.skip.Exception) as skipped:
        require_program("no-such-program-here", "no-such-package")
    assert "apt-get install no-such-package" in str(skipped.value)
    assert package_of(str(skipped.value)) == "no-such-package"


def test_a_missing_library_fails_when_ci_requires_system_packages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(REQUIRE, "1")
    with pytest.raises(pytest.fail.Exception) as failed:
        require_library("libno-such-library.so.0", "libno-such0")
    assert "apt-get install libno-such0" in str(failed.value)


def test_a_present_program_gives_its_path() -> None:
    assert require_program("sh", "dash").endswith("/sh")
