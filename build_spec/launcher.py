"""The built app's entry point: the same `kiosk` command as `uv run kiosk`, and, started as
`kiosk-editor` (a second windowed program on Windows, a link on Linux), the content editor."""

import sys
from pathlib import Path

from kiosk.cli import main

if Path(sys.argv[0]).stem == "kiosk-editor":
    sys.exit(main(["edit", *sys.argv[1:]]))
sys.exit(main())
