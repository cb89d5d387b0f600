"""Build the demo, run a campaign, let 30 days pass, and save the HTML report
and a screenshot of it, for people to look at.

    python benchmarks/report_screenshot.py [--dir DIR] [--locale en|ru]
        [--clients N] [--campaign NAME] [--days N] [--width PX] [--height PX]

Steps (each a `winback` command, as a user would type it, in DIR):
``winback init DIR`` (when DIR has no winback.toml), ``[report] locale`` set
in its winback.toml, ``winback demo --replace``, ``winback run-once
CAMPAIGN``, ``winback demo --advance DAYS`` (the orders of the DAYS after the
cycle), ``winback attribute --as-of T`` and ``winback report --format html
--output report.html --as-of T`` with T the moment ``demo --advance`` prints
(else the cycle + DAYS days + 1 hour), then headless Chromium
(Debian's ``chromium``) writes ``report.png``. Prints the two paths.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def winback(folder: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "winback", *args], cwd=folder, capture_output=True, text=True
    )
    if done.returncode != 0:
        sys.exit(f"winback {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def set_locale(config: Path, locale: str) -> None:
    text = config.read_text(encoding="utf-8")
    if re.search(r"^\[report\]", text, re.M):
        text = re.sub(r'^locale\s*=\s*"[a-z]+"', f'locale = "{locale}"', text, flags=re.M)
        if f'locale = "{locale}"' not in text:
            text = text.replace("[report]", f'[report]\nlocale = "{locale}"', 1)
    else:
        text += f'\n[report]\nlocale = "{locale}"\n'
    config.write_text(text, encoding="utf-8")


def shoot(page: Path, png: Path, width: int, height: int) -> None:
    browser = shutil.which("chromium")
    if browser is None:
        sys.exit("chromium is not installed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",  # needed as root
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                f"--screenshot={png}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=Path("report-demo"))
    parser.add_argument("--locale", choices=["en", "ru"], default="en")
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--campaign", default="lapsed-regulars")
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=3200)
    args = parser.parse_args()
    folder: Path = args.dir.resolve()
    if not (folder / "winback.toml").exists():
        winback(Path.cwd(), "init", str(folder))
    set_locale(folder / "winback.toml", args.locale)
    winback(folder, "demo", "--clients", str(args.clients), "--replace")
    winback(folder, "run-once", args.campaign)
    cycle_at = dt.datetime.now(dt.UTC)
    advanced = winback(folder, "demo", "--advance", str(args.days))
    said = re.search(r"--as-of (\S+)", advanced)  # the moment `demo --advance` prints
    as_of = (
        said.group(1)
        if said
        else (cycle_at + dt.timedelta(days=args.days, hours=1)).isoformat(timespec="seconds")
    )
    winback(folder, "attribute", "--as-of", as_of)
    page = folder / "report.html"
    winback(folder, "report", "--format", "html", "--output", str(page), "--as-of", as_of)
    png = folder / "report.png"
    shoot(page, png, args.width, args.height)
    print(page)
    print(png)


if __name__ == "__main__":
    main()
