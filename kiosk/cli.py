"""The `kiosk` command: run the kiosk, validate content, print the content schema."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.paths import default_content_path

COMMANDS = ("run", "validate", "schema")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(_with_default_command(list(sys.argv[1:] if argv is None else argv)))
    return int(args.handler(args))


def _with_default_command(argv: list[str]) -> list[str]:
    """Plain `kiosk` (with or without run options) means `kiosk run`."""
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        return ["run", *argv]
    return argv


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Tietopiste information kiosk.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="run the kiosk (the default command)")
    run.add_argument("--content", type=Path, default=None, help="content.json to show")
    run.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    run.add_argument("--size", type=_size, default=(1280, 800), help="window size, WxH")
    run.set_defaults(handler=_run)

    validate = commands.add_parser("validate", help="check content.json and its images")
    validate.add_argument("path", nargs="?", type=Path, default=None, help="content.json")
    validate.set_defaults(handler=_validate)

    schema = commands.add_parser("schema", help="print the JSON Schema of content.json")
    schema.set_defaults(handler=_schema)
    return parser


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1920x1080") from None
    if width < 320 or height < 240:
        raise argparse.ArgumentTypeError(f"{text} is too small; at least 320x240")
    return width, height


def _run(args: argparse.Namespace) -> int:
    from kiosk.app import RunOptions, run  # Qt loads only for the commands that need it.

    content = args.content or default_content_path()
    return run(RunOptions(content=content, windowed=args.windowed, size=args.size))


def _validate(args: argparse.Namespace) -> int:
    from kiosk.content.report import validation_report

    path = args.path or default_content_path()
    report = validation_report(path, _label(path))
    print(report.text)  # noqa: T201 - command-line output
    return 0 if report.ok else 1


def _schema(_args: argparse.Namespace) -> int:
    from kiosk.content.json_schema import content_json_schema

    print(json.dumps(content_json_schema(), indent=2, ensure_ascii=False))  # noqa: T201
    return 0


def _label(path: Path) -> str:
    """The path as staff would recognise it: relative to where they are, when it can be."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
