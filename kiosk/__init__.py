"""Tietopiste: an offline touchscreen information kiosk."""

from __future__ import annotations

__version__ = "0.1.0"


def installed_version() -> str:
    """The version in the installed package's metadata (what `kiosk --version` says): the
    same as __version__, which hatchling copies there, unless the install is stale."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tietopiste")
    except PackageNotFoundError:
        return __version__
