"""The `kiosk` command: run the kiosk, validate content, print the content schema."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from kiosk import installed_version
from kiosk.content.languages import KNOWN_CODES
from kiosk.shared.paths import bundled_content_path, default_content_path, is_frozen


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
    parser.add_argument("--version", action=_ShowVersion)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="run the kiosk (the default command)")
    run.add_argument("--content", type=Path, default=None, help="content.json to show")
    run.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    run.add_argument("--size", type=_size, default=(1280, 800), help="window size, WxH")
    run.add_argument("--lang", default="", help="language to start in, such as fi")
    run.add_argument("--log-file", type=Path, default=None, help="write the log to this file")
    run.add_argument(
        "--watchdog",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="exit with code 5 when the screen has not responded for this long (30; 0: never)",
    )
    run.set_defaults(handler=_run)

    # Started by `kiosk run` itself (kiosk/platform/speech_worker.py), not by people.
    speech = commands.add_parser("speech-worker", help=argparse.SUPPRESS)
    speech.set_defaults(handler=lambda _args: _speech_worker())

    snapshot = commands.add_parser("snapshot", help="render screens to PNG files")
    snapshot.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    snapshot.add_argument("--content", type=Path, default=None, help="content.json to show")
    snapshot.add_argument("--size", type=_size, default=(1920, 1080), help="WxH (1920x1080)")
    snapshot.add_argument("--lang", default="", help="language, such as fi, sv or fi-x-selko")
    snapshot.add_argument(
        "--text-scale", type=float, default=1.0, help="text size, such as 1.5 (larger text)"
    )
    snapshot.add_argument("--high-contrast", action="store_true", help="the high-contrast theme")
    snapshot.add_argument("--reach", action="store_true", help="reach mode (UI moved down)")
    snapshot.add_argument(
        "--screens", default="", help="only these screens, such as home,category-tyopajat"
    )
    snapshot.add_argument(
        "--full",
        action="store_true",
        help="each category also further down its text and with each photo, for proofreading",
    )
    snapshot.set_defaults(handler=_snapshot)

    self_test = commands.add_parser("self-test", help="render every screen and check it")
    self_test.add_argument("--content", type=Path, default=None, help="content.json to test")
    self_test.set_defaults(handler=_self_test)

    validate = commands.add_parser("validate", help="check content.json and its images")
    validate.add_argument("path", nargs="?", type=Path, default=None, help="content.json")
    _add_message_language(validate)
    validate.set_defaults(handler=_validate)

    set_pin = commands.add_parser(
        "set-pin", help="set this kiosk's staff PIN (6 to 8 digits), run as the kiosk's user"
    )
    set_pin.add_argument(
        "--config",
        type=Path,
        default=None,
        metavar="DIR",
        help="the kiosk user's config folder, if not your own (see the deployment guides)",
    )
    set_pin.add_argument(
        "--stdin", action="store_true", help="read the PIN from standard input (for scripts)"
    )
    set_pin.set_defaults(handler=_set_pin)

    photo = commands.add_parser("photo", help="add a photo to a category")
    photo_commands = photo.add_subparsers(dest="photo_command", required=True)
    add = photo_commands.add_parser(
        "add",
        help="import a photo (upright, at most 2560 px, no metadata) into resources/images/ "
        "and add it to a category",
    )
    add.add_argument("file", type=Path, help="the photo: JPEG, PNG or WebP")
    add.add_argument("--category", required=True, metavar="ID", help="the category's id")
    add.add_argument("--credit", required=True, help="who made the photo")
    add.add_argument("--license", default=None, help="such as CC BY 4.0, or 'used with permission'")
    for code in KNOWN_CODES:
        add.add_argument(
            f"--alt-{code}", default=None, metavar="TEXT", help=f"what it shows ({code})"
        )
    add.add_argument("--source", default=None, help="where it came from, for CREDITS.md")
    add.add_argument("--content", type=Path, default=None, help="content.json")
    _add_message_language(add)
    add.set_defaults(handler=_photo_add)

    credits = commands.add_parser(
        "credits", help="write resources/images/CREDITS.md from the content's image credits"
    )
    credits.add_argument("path", nargs="?", type=Path, default=None, help="content.json")
    _add_message_language(credits)
    credits.set_defaults(handler=_credits)

    edit = commands.add_parser("edit", help="open the content editor on content.json")
    edit.add_argument("path", nargs="?", type=Path, default=None, help="content.json")
    edit.add_argument(
        "--lang",
        choices=("fi", "sv", "en"),
        default=None,
        help="the editor's language (default: the system's, else English)",
    )
    edit.add_argument(
        "--snapshot",
        type=Path,
        default=None,
        metavar="DIR",
        help="draw the editor's views to PNG files in DIR, offscreen, and quit",
    )
    edit.set_defaults(handler=_edit)

    stats = commands.add_parser("stats", help="usage statistics: a summary, or CSV")
    stats.add_argument("--since", type=_day, default=None, help="first day, YYYY-MM-DD")
    stats.add_argument("--until", type=_day, default=None, help="last day, YYYY-MM-DD")
    stats.add_argument(
        "--csv", metavar="FILE", default=None, help="write daily totals as CSV (- for stdout)"
    )
    stats.add_argument(
        "--folder", type=Path, default=None, help="statistics folder (the kiosk user's own)"
    )
    stats.add_argument("--content", type=Path, default=None, help="content.json, for names")
    stats.set_defaults(handler=_stats)

    schema = commands.add_parser("schema", help="print the JSON Schema of content.json")
    schema.add_argument(
        "--editor-files",
        type=Path,
        default=None,
        metavar="DIR",
        help="instead, write content.schema.json and VS Code's .vscode/settings.json into DIR "
        "(the folder of content.json), keeping any already there",
    )
    schema.set_defaults(handler=_schema)
    return parser


def _staff_content() -> Path:
    """The content staff edit; the built app puts its bundled content there on first start."""
    path = default_content_path()
    if is_frozen():
        from kiosk.content.first_start import place_default_content

        place_default_content(path, bundled_content_path())
    return path


class _ShowVersion(argparse.Action):
    """`--version`, from the package metadata: read only when asked, since reading it costs
    every start 50 ms."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_: object) -> None:
        super().__init__(
            option_strings, argparse.SUPPRESS, nargs=0, help="show the version and exit"
        )

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        sys.stdout.write(f"kiosk {installed_version()}\n")
        parser.exit()


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1920x1080") from None
    if width < 320 or height < 240:
        raise argparse.ArgumentTypeError(f"{text} is too small; at least 320x240")
    return width, height


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-28") from None


def _speech_worker() -> int:
    from kiosk.platform.speech_worker import main

    return main()


def _run(args: argparse.Namespace) -> int:
    from kiosk.startup.app import RunOptions, run  # Qt loads only for the commands that need it.

    content = args.content or _staff_content()
    options = RunOptions(
        content=content,
        windowed=args.windowed,
        size=args.size,
        language=args.lang,
        log_file=args.log_file,
        watchdog_s=args.watchdog,
    )
    return run(options)


def _snapshot(args: argparse.Namespace) -> int:
    _render_offscreen()
    from kiosk.tools.snapshot import SnapshotRequest, run_snapshots
    from kiosk.viewmodels.access import Look

    screens = tuple(name for name in args.screens.split(",") if name)
    request = SnapshotRequest(
        out=args.out,
        content=args.content or _staff_content(),
        size=args.size,
        language=args.lang,
        screens=screens,
        look=Look(args.text_scale, args.high_contrast, args.reach),
        full=args.full,
    )
    return run_snapshots(request)


def _self_test(args: argparse.Namespace) -> int:
    _render_offscreen()
    from kiosk.tools.selftest import self_test

    report = self_test(args.content or _staff_content())
    for line in report.lines():
        print(line)  # noqa: T201 - command-line output
    return 0 if report.ok else 1


def _render_offscreen() -> None:
    """Snapshots and the self-test never open a window, with or without a display."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _add_message_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("fi", "sv", "en"),
        default=None,
        help="the language of the messages (default: the system's, else English)",
    )


def _staff_messages(language: str | None = None) -> Callable[[str], str] | None:
    """Content messages in `language`, else in this computer's user's (fi, sv, else en)."""
    from kiosk.platform.i18n import content_messages_in, staff_language

    return content_messages_in(language or staff_language())


def _edit(args: argparse.Namespace) -> int:
    from kiosk.platform.i18n import staff_language

    path = args.path or _staff_content()
    language = args.lang or staff_language()
    if args.snapshot is not None:
        _render_offscreen()
        from kiosk.editor.snapshot import snapshot_editor

        return snapshot_editor(path, args.snapshot, language)
    from kiosk.editor.app import run_editor

    return run_editor(path, language)


def _validate(args: argparse.Namespace) -> int:
    from kiosk.content.report import validation_report

    path = args.path or _staff_content()
    report = validation_report(path, _label(path), _staff_messages(args.lang))
    print(report.text)  # noqa: T201 - command-line output
    return 0 if report.ok else 1


def _set_pin(args: argparse.Namespace) -> int:
    from kiosk.shared.paths import user_config_folder
    from kiosk.staff.machine import MachineSettings, machine_file
    from kiosk.staff.setup import read_new_pin, store_pin_hash

    pin = read_new_pin(from_stdin=args.stdin)
    if pin is None:
        return 1
    machine = MachineSettings(machine_file(args.config or user_config_folder()))
    message = store_pin_hash(machine, pin)
    print(message.text)  # noqa: T201 - command-line output
    return 0 if message.ok else 1


def _photo_add(args: argparse.Namespace) -> int:
    from kiosk.content.adding import ADDED, NOTHING_CHANGED, PhotoDetails, add_photo
    from kiosk.content.document import ContentDocument, DocumentError
    from kiosk.shared.wording import saying

    path = args.content or _staff_content()
    translate = _staff_messages(args.lang)
    alt = {
        code: text
        for code in KNOWN_CODES
        if (text := getattr(args, f"alt_{code.replace('-', '_')}"))
    }
    try:
        document = ContentDocument(path)
    except DocumentError as error:
        for found in error.problems:
            print(found.describe(_label(path), translate), file=sys.stderr)  # noqa: T201
        return 1
    details = PhotoDetails(args.credit, args.license, alt, args.source)
    added = add_photo(document, args.file, args.category, details)
    for found in added.saved.problems:
        print(found.describe(_label(path), translate), file=sys.stderr)  # noqa: T201
    said = saying(translate)
    if not added.ok:
        print(said(NOTHING_CHANGED), file=sys.stderr)  # noqa: T201
        return 1
    print(said(ADDED, file=added.file, category=args.category, content=_label(path)))  # noqa: T201
    return 0


def _credits(args: argparse.Namespace) -> int:
    from kiosk.content.credits import WROTE, write_credits
    from kiosk.content.loader import load_content
    from kiosk.content.report import report_of
    from kiosk.shared.wording import saying

    path = args.path or _staff_content()
    result = load_content(path)
    if result.content is None:
        print(report_of(result, _label(path), _staff_messages(args.lang)).text)  # noqa: T201
        return 1
    written = write_credits(result.content, path.parent)
    print(saying(_staff_messages(args.lang))(WROTE, file=_label(written)))  # noqa: T201
    return 0


def _stats(args: argparse.Namespace) -> int:
    from kiosk.shared.paths import user_data_folder
    from kiosk.stats.command import StatsRequest, run_stats
    from kiosk.stats.store import statistics_folder

    folder = args.folder or statistics_folder(user_data_folder())
    content = args.content or _staff_content()
    return run_stats(StatsRequest(folder, args.since, args.until, args.csv, content))


def _schema(args: argparse.Namespace) -> int:
    from kiosk.content.first_start import place_editor_files
    from kiosk.content.json_schema import content_json_schema

    if args.editor_files is not None:
        place_editor_files(args.editor_files)
        print(f"Editor files are in {args.editor_files}: open that folder in VS Code")  # noqa: T201
        return 0
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
