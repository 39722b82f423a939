"""The built app's entry point: the same `kiosk` command as `uv run kiosk`."""

import sys

from kiosk.cli import main

sys.exit(main())
