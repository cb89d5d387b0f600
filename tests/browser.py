"""Headless Chromium for the report tests: the rendered DOM, a screenshot,
and a small PNG reader to count the pixels of a colour (no imaging library
is a dependency). Debian's ``chromium`` package; `.ci/run` installs it."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium")
# As root Chromium needs --no-sandbox; the rest keep it off the (closed) network.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def need_chromium() -> str:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (`apt-get install chromium`; .ci/run installs it)")
    return CHROMIUM


def chromium(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [need_chromium(), *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def dump_dom(page: Path, profile: Path) -> str:
    """The DOM after the page loaded, as Chromium serialises it."""
    return chromium(page, profile, "--dump-dom").stdout


def screenshot(page: Path, profile: Path, out: Path, size: str = "1280,4000") -> Path:
    chromium(page, profile, f"--screenshot={out}", f"--window-size={size}")
    return out


def png_rows(path: Path) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB bytes) of an 8-bit, non-interlaced RGB or
    RGBA PNG (what Chromium writes)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    width = height = channels = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0 and colour in (2, 6), (depth, colour, interlace)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    previous = bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        line = _unfilter(raw[start], raw[start + 1 : start + 1 + stride], previous, channels)
        rows.append(line if channels == 3 else _drop_alpha(line))
        previous = line
    return width, height, rows


def _unfilter(kind: int, data: bytes, prev: bytes, bpp: int) -> bytes:
    if kind == 0:
        return data
    if kind == 2:  # Up, most rows: bytewise addition mod 256 on whole rows at once
        n = len(data)
        low, high = int.from_bytes(b"\x7f" * n, "big"), int.from_bytes(b"\x80" * n, "big")
        a, b = int.from_bytes(data, "big"), int.from_bytes(prev, "big")
        return (((a & low) + (b & low)) ^ ((a ^ b) & high)).to_bytes(n, "big")
    line = bytearray(data)
    for i in range(len(line)):
        left = line[i - bpp] if i >= bpp else 0
        up = prev[i]
        corner = prev[i - bpp] if i >= bpp else 0
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 0xFF
        else:  # 4, Paeth
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
            line[i] = (line[i] + pred) & 0xFF
    return bytes(line)


def _drop_alpha(line: bytes) -> bytes:
    return b"".join(line[i : i + 3] for i in range(0, len(line), 4))


def count_colour(rows: list[bytes], hex_colour: str) -> int:
    """Pixels of exactly that colour (anti-aliased edges are not counted)."""
    target = bytes(rgb(hex_colour))
    return sum(
        1 for row in rows for match in re.finditer(re.escape(target), row) if match.start() % 3 == 0
    )


def rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
