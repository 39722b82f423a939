"""Limits on text lengths, chosen so that text fits the tiles and cards it appears on."""

from __future__ import annotations

import re

# Measured on the rendered tiles (tests/ui/test_text_limits.py renders text at these limits
# at every supported screen size): five tiles side by side on a 1920x1080 screen are the
# narrowest, and a word longer than the tile is wide would have to break mid-word.
TITLE_MAX_CHARS = 60
TITLE_MAX_WORD_CHARS = 20
SUMMARY_MAX_WORD_CHARS = 26
LINK_LABEL_MAX_WORD_CHARS = 18
SUMMARY_MAX_CHARS = 180
CREDIT_MAX_CHARS = 80
LINK_LABEL_MAX_CHARS = 70
ALT_MAX_CHARS = 300
SETTINGS_TITLE_MAX_CHARS = 60

# Longer addresses make denser QR codes that phones read less reliably from a distance.
URL_WARN_CHARS = 120
# The detail view shows photos this many times as wide as high (Theme.galleryAspect), and
# tiles crop them wide too: a square or portrait photo loses much of its height.
GALLERY_ASPECT = 1.9
# Narrower photos look soft when a tile or a detail view stretches them.
IMAGE_MIN_WIDTH_PX = 1000

# Where the tiles' text may break a line (Qt follows Unicode's line-breaking rules): spaces,
# the zero-width space, and after a hyphen, a Unicode hyphen or a soft hyphen. The longest
# piece between them is what must fit across a tile.
_BREAKS = re.compile(r"[\s\u200b]+|(?<=[-\u2010\u00ad])")


def longest_unbroken(text: str) -> str:
    """The longest part of `text` that a line cannot break inside."""
    return max(_BREAKS.split(text), key=len, default="")
