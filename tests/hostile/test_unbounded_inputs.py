"""Small inputs that would take unbounded time or memory are refused by name, and every pass is linear."""

from __future__ import annotations

import io
import os
import sys
import zipfile
from pathlib import Path

import pytest

from .harness import invoke, run, still_checked

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")

BOMB = """---
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
title: *h
date: *h
---
The quake killed 5 people.
"""


def _check(corpus: Path, *extra: str):
    return run("check", str(corpus), "--format", "json", "--fail-on", "never", *extra, cwd=corpus.parent)


def test_a_fifo_is_refused_by_name_not_waited_on(corpus):
    os.mkfifo(corpus / "x.txt")
    result = _check(corpus)
    assert result.code == 2
    assert "x.txt: not a regular file (a FIFO)" in result.stderr
    still_checked(result)


def test_a_symlink_to_an_endless_device_is_refused(corpus):
    (corpus / "zero.txt").symlink_to("/dev/zero")
    result = _check(corpus, "--draft", "/dev/urandom")
    assert result.code == 2
    assert "zero.txt: not a regular file (a character device)" in result.stderr
    assert "/dev/urandom: not a regular file (a character device)" in result.stderr
    assert {d["id"] for d in result.report["documents"]} == {"a", "b"}


def test_a_fifo_for_facts_or_config_is_refused_not_waited_on(corpus, tmp_path):
    os.mkfifo(tmp_path / "facts.csv")
    result = _check(corpus, "--facts", str(tmp_path / "facts.csv"))
    assert result.code == 2
    assert "facts.csv: cannot read: not a regular file (a FIFO)" in result.stderr
    still_checked(result)
    os.mkfifo(tmp_path / "consistency.toml")
    result = _check(corpus, "--config", str(tmp_path / "consistency.toml"))
    assert result.code == 2
    assert "consistency.toml: cannot read the file: not a regular file (a FIFO)" in result.stderr


def test_a_file_over_the_size_limit_is_named_and_left_out(corpus, tmp_path):
    (corpus / "big.txt").write_text("The quake killed 5 people. " * 50_000, encoding="utf-8")  # 1.3 MB
    (tmp_path / "consistency.toml").write_text("max_file_mb = 1\n", encoding="utf-8")
    result = _check(corpus)
    assert result.code == 2
    assert "big.txt: larger than the limit of 1 MB" in result.stderr
    still_checked(result)


def test_yaml_aliases_in_front_matter_are_refused(corpus):
    (corpus / "bomb.md").write_text(BOMB, encoding="utf-8")
    result = _check(corpus)
    assert result.code == 2
    assert "bomb.md: front matter with" in result.stderr and "YAML aliases not read" in result.stderr
    still_checked(result)
    assert "bomb" in {d["id"] for d in result.report["documents"]}  # the text is still read


def test_a_docx_that_inflates_beyond_the_limit_is_refused(corpus, monkeypatch):
    from consistency.readers import word

    monkeypatch.setattr(word, "INFLATED_MAX", 2**20)  # the same test as at 128 MB, without building 128 MB
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document/>" + b" " * (3 * 2**20))
    (corpus / "bomb.docx").write_bytes(packed.getvalue())
    assert len(packed.getvalue()) < 2**16
    result = invoke("check", str(corpus), "--format", "json", "--fail-on", "never")
    assert result.code == 2
    assert "bomb.docx: a .docx that would unpack to 3 MB (the limit is 1 MB)" in result.stderr
    still_checked(result)


LINEAR = """
import sys
from consistency.engine import analyse
from consistency.model import Document
unit = sys.argv[1]
text = (unit * (200_000 // len(unit) + 1))[:200_000]
claims, _ = analyse(Document(id="x", path="x.txt", text=text, title=None, published=None, kind="txt"))
print(len(claims))
"""


@pytest.mark.parametrize(
    "unit",
    [
        # one line, long sentences, figures among words, a table's bars
        "Rescuers said 2,946 people died | the ministry | Al Haouz, and 5,674 were injured while crews searched ",
        # nothing but figures
        "1,234 people, 56% of 7.8 million, $9bn, 12 km, 3 May 2024, 10:30. ",
        # a run of junk, no white space
        "#1#1#1#1#1#1#1#1",
    ],
    ids=["long line", "dense figures", "hash run"],
)
def test_200_kb_on_one_line_is_read_in_bounded_time(tmp_path, unit):
    result = run("-c", LINEAR, unit, cwd=tmp_path, module=False)
    assert result.code == 0, result.stderr
    assert int(result.stdout) >= 0


def test_a_fifo_or_a_device_in_a_knowledge_folder_is_named_not_waited_on(corpus, tmp_path):
    desk = tmp_path / "desk-knowledge"
    desk.mkdir()
    os.mkfifo(desk / "aliases.csv")
    (desk / "entities.csv").symlink_to("/dev/zero")
    result = _check(corpus, "--knowledge", str(desk))
    assert result.code == 2
    assert "aliases.csv: not a regular file (a FIFO)" in result.stderr
