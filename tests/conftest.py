"""Test set-up: Qt renders offscreen, and content files are built small in tmp_path."""

from __future__ import annotations

import os

# Must happen before any QGuiApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
