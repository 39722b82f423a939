"""A smaller ICU data library for the built app.

Qt links ICU, whose data library (libicudata, 32 MB) holds collation, calendars, names and
legacy code pages for some 800 locales. Qt draws, shapes and breaks text with its own tables
(and HarfBuzz), and its locale data comes from CLDR tables compiled into QtCore, so what the
kiosk reaches in ICU is the Unicode core (properties, case, normalisation, break rules) and the
root, Finnish, Swedish and English resources. This module rewrites ICU's common data package
with just those items and links it back into a shared library under the same name and symbol,
using binutils (`as`, `ld`), which PyInstaller already needs on Linux.

The package format is ICU's "CmnD" common data: a data header, then a table of contents
(count, then name and data offsets from the table's start, sorted by name), the names, and the
items, each 16-byte aligned. See icu4c/source/common/ucmndata.h.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

KEPT_LANGUAGES = {"root", "en", "fi", "sv"}
# A locale's name: language, then optional script, region and variant (fi, sv_FI, sr_Latn_BA).
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|\d{3}))?(_[A-Z0-9]{4,8})?")
# Legacy East Asian code pages are the large converter tables; the kiosk reads only UTF-8.
_LARGE_CONVERTER = 32 * 1024
_ALIGN = 16
_PAD = b"\xaa"  # what ICU's own tools pad with


def read_package(blob: bytes) -> tuple[bytes, dict[str, bytes]]:
    """Split a common data package into its header and its items by name."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27":
        raise ValueError("not an ICU data package")
    if blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (CmnD)")
    toc = blob[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * index) for index in range(count)]
    items: dict[str, bytes] = {}
    for index, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        items[name] = toc[data_offset:end]
    return blob[:header_size], items


def write_package(header: bytes, items: dict[str, bytes]) -> bytes:
    """The inverse of `read_package`: names sorted as ICU's binary search expects."""
    names = sorted(items, key=lambda name: name.encode("ascii"))
    toc_size = 4 + 8 * len(names)
    name_block = b"".join(name.encode("ascii") + b"\0" for name in names)
    data_start = _aligned(toc_size + len(name_block))
    entries, data = [], bytearray()
    name_offset = toc_size
    for name in names:
        entries.append((name_offset, data_start + len(data)))
        name_offset += len(name) + 1
        data += items[name]
        data += _PAD * (_aligned(len(data)) - len(data))
    toc = struct.pack("<I", len(names)) + b"".join(struct.pack("<II", *e) for e in entries)
    padding = _PAD * (data_start - toc_size - len(name_block))
    return header + toc + name_block + padding + bytes(data)


def kept(name: str, size: int) -> bool:
    """Whether the kiosk's build keeps a package item (`icudt73l/coll/fi.res`)."""
    path = name.split("/", 1)[1]
    stem, _, extension = path.rsplit("/", 1)[-1].partition(".")
    if extension == "dict" or path == "unames.icu" or path.startswith("translit/"):
        return False  # Thai, Lao, Khmer, Burmese and CJK word lists; names; transliteration
    if extension == "cnv":
        return size <= _LARGE_CONVERTER
    if extension == "res" and _LOCALE.fullmatch(stem):
        return stem.split("_", 1)[0] in KEPT_LANGUAGES
    return True


def trimmed(blob: bytes) -> bytes:
    header, items = read_package(blob)
    return write_package(header, {n: d for n, d in items.items() if kept(n, len(d))})


def data_symbol(library: Path) -> tuple[str, bytes]:
    """The data symbol's name and bytes in an ICU data library (icudt73_dat)."""
    symbols = _binutils("nm", "-D", "--defined-only", "-S", str(library))
    address, size, _, symbol = next(
        line.split() for line in symbols.splitlines() if re.search(r" icudt\d+_dat$", line)
    )
    start, length = int(address, 16), int(size, 16)
    for line in _binutils("readelf", "-lW", str(library)).splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, virtual, _, file_size = (int(field, 16) for field in fields[1:5])
            if virtual <= start < virtual + file_size:
                with library.open("rb") as stream:
                    stream.seek(start - virtual + offset)
                    return symbol, stream.read(length)
    raise ValueError(f"{library.name}: {symbol} is not in a loaded segment")


def write_library(symbol: str, blob: bytes, soname: str, destination: Path) -> None:
    """Link `blob` into a shared library exporting it as `symbol`, as ICU's own is."""
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        (folder / "data.dat").write_bytes(blob)
        (folder / "data.s").write_text(
            ".section .rodata\n.balign 16\n"
            f".globl {symbol}\n.type {symbol}, @object\n{symbol}:\n"
            f'.incbin "{folder / "data.dat"}"\n.size {symbol}, .-{symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(["as", "-o", str(folder / "data.o"), str(folder / "data.s")], check=True)
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "-o", str(destination), str(folder / "data.o")],
            check=True,
        )


def trim_library(library: Path, destination: Path) -> None:
    """Write a trimmed copy of an ICU data library (libicudata.so.73) to `destination`."""
    symbol, blob = data_symbol(library)
    write_library(symbol, trimmed(blob), library.name, destination)


def can_link() -> bool:
    return all(shutil.which(tool) for tool in ("as", "ld", "nm", "readelf"))


def _binutils(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _aligned(offset: int) -> int:
    return (offset + _ALIGN - 1) // _ALIGN * _ALIGN
