"""Limits on text lengths, chosen so that text fits the tiles and cards it appears on."""

from __future__ import annotations

# Provisional until the tile is rendered (issue 3): a 1920x1080 screen shows five tiles;
# the title gets two lines and the summary three at the tile's type sizes.
TITLE_MAX_CHARS = 60
SUMMARY_MAX_CHARS = 180
CREDIT_MAX_CHARS = 80
LINK_LABEL_MAX_CHARS = 70
ALT_MAX_CHARS = 300
SETTINGS_TITLE_MAX_CHARS = 60

# Longer addresses make denser QR codes that phones read less reliably from a distance.
URL_WARN_CHARS = 120
# Narrower photos look soft when a tile or a detail view stretches them.
IMAGE_MIN_WIDTH_PX = 1000
