"""The HTML report in a real browser: headless Chromium renders it, the test reads the DOM.

Skipped with a stated reason only where no Chromium exists and CI is not set
(.ci/run installs Debian's chromium package when it is missing). The
screenshot is kept in tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path

import pytest

import consistency
from consistency.report import write

ARTIFACTS = Path(__file__).parent / "artifacts"
# The Chromium and flags the README's picture is taken with (scripts/example_screenshot.py).
_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "example_screenshot.py"
_spec = importlib.util.spec_from_file_location("example_screenshot", _SCRIPT)
screenshots = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(screenshots)
CHROMIUM = screenshots.find_chromium()

if CHROMIUM is None and not os.environ.get("CI"):
    pytest.skip("no Chromium on this machine (apt-get install chromium); CI installs it", allow_module_level=True)


def _chromium(args: list[str], tmp_path: Path) -> str:
    assert CHROMIUM, "CI must have Chromium: .ci/run installs it"
    run = screenshots.run_chromium(args, tmp_path / "profile", CHROMIUM)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("html")
    (folder / "wire.md").write_text(
        "---\ndate: 2025-02-25\ntitle: Wire copy\n---\nThe Trump administration welcomed Putin's proposal.\n",
        encoding="utf-8",
    )
    (folder / "blog.md").write_text(
        "---\ndate: 2025-02-25\ntitle: Blog <b>bold</b>\n---\nThe Biden administration "
        "<script>document.body.setAttribute('data-injected','yes')</script> "
        "<img src=x onerror=\"document.body.setAttribute('data-injected','img')\"> met Putin's proposal with skepticism.\n",
        encoding="utf-8",
    )
    report = consistency.check([str(folder)])
    assert report.discrepancies
    out = folder / "index.html"
    out.write_text(write(report, "html"), encoding="utf-8")
    return out


def _rows(dom: str) -> list[str]:
    return re.findall(r"<tr class=\"row[^\"]*\"[^>]*>", dom)


def test_rows_render_and_no_injected_script_runs(page, tmp_path):
    dom = _chromium(["--dump-dom", page.as_uri()], tmp_path)
    rows = _rows(dom)
    assert len(rows) >= 2
    assert "data-injected=" not in re.search(r"<body[^>]*>", dom).group()
    assert "&lt;script&gt;" in dom  # shown as text
    assert re.search(r'id="shown">\d+ of \d+ shown<', dom)


def test_filter_from_the_link_hides_other_kinds(page, tmp_path):
    dom = _chromium(["--dump-dom", page.as_uri() + "#kind=anachronism"], tmp_path)
    rows = _rows(dom)
    visible = [r for r in rows if "display: none" not in r]
    assert visible and len(visible) < len(rows)
    assert all('data-kind="anachronism"' in r for r in visible)


def test_screenshot_is_kept_as_an_artifact(page, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    shot.unlink(missing_ok=True)
    _chromium([f"--screenshot={shot}", "--window-size=1280,900", page.as_uri()], tmp_path)
    assert shot.is_file() and shot.stat().st_size > 5000
