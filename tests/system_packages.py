"""Tests that need a system package: skipped, naming the package, where it is missing; failed
instead when TIETOPISTE_REQUIRE_SYSTEM_PACKAGES is set (as .ci/run sets it), so that CI
cannot pass by skipping."""

from __future__ import annotations

import ctypes
import os
import shutil

import pytest

REQUIRE = "TIETOPISTE_REQUIRE_SYSTEM_PACKAGES"
REASON_START = "needs the system package"


def require_program(program: str, package: str) -> str:
    """The program's path, or the test skips (fails in CI) naming the package to install."""
    path = shutil.which(program)
    if path is None:
        missing(package, f"for {program}")
    assert path is not None
    return path


def require_library(soname: str, package: str) -> None:
    try:
        ctypes.CDLL(soname)
    except OSError:
        missing(package, f"for {soname}")


def missing(package: str, what: str) -> None:
    reason = f"{REASON_START} {package} ({what}): apt-get install {package}"
    if os.environ.get(REQUIRE):
        pytest.fail(f"{reason}; {REQUIRE} is set, so this is not skipped", pytrace=False)
    pytest.skip(reason)


def package_of(reason: str) -> str | None:
    """The package a skip reason names, if it is one of ours."""
    if REASON_START not in reason:
        return None
    return reason.split(REASON_START, 1)[1].split()[0]
