"""Regenerate reports/example.png, the README's picture of the nightly HTML report.

Runs ``consistency report`` over the seeds and their reference facts for the
story's date, then has headless Chromium (the browser the HTML test drives)
photograph the page, so the picture always shows what the report gives now:

    python scripts/example_screenshot.py            # writes reports/example.png
    python scripts/example_screenshot.py -o x.png   # elsewhere

Chromium: ``chromium``, ``chromium-browser`` or ``google-chrome`` on PATH
(``apt-get install chromium``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
STORY_DATE = "2025-02-25"  # the seeds' story date: the report is dated as if run that night
WINDOW = "1280,1400"  # wide enough for the table, tall enough for the header and the first rows
# Headless, offline and quiet: no first-run pages, no update or sync traffic.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=2000",
]


def find_chromium() -> str | None:
    """The Chromium on PATH, under any of its usual names."""
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)


def run_chromium(args: list[str], profile: Path, chromium: str | None = None) -> subprocess.CompletedProcess:
    """Headless Chromium with `args`, its profile in `profile` (a fresh folder keeps runs apart)."""
    browser = chromium or find_chromium()
    if browser is None:
        raise RuntimeError("no Chromium on PATH (apt-get install chromium)")
    return subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


def nightly_page(folder: Path) -> Path:
    """The seeds' nightly report written under `folder`; its index.html."""
    command = [sys.executable, "-m", "consistency", "report", str(SEEDS), "--facts", str(SEEDS / "reference_facts.csv"),
               "--out", str(folder), "--date", STORY_DATE, "--quiet"]
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return folder / STORY_DATE / "index.html"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "reports" / "example.png")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        page = nightly_page(Path(tmp) / "reports")
        run = run_chromium([f"--screenshot={args.output.resolve()}", f"--window-size={WINDOW}", page.as_uri()],
                           Path(tmp) / "profile")
    if run.returncode != 0:
        print(run.stderr[-2000:], file=sys.stderr)
        return run.returncode
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
