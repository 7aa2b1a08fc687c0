"""Reading documents: formats, ids, publication dates, and bad input that must not crash."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import os
import socket
import sys
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.documents import collect, load, read_file
from consistency.model import Document
from consistency.readers import NotText, decode
from consistency.readers.datelines import header_date, parse_date

DOCS = Path(__file__).resolve().parent / "data" / "docs"
GOOD = DOCS / "good"
BAD = DOCS / "bad"


def _by_id(documents: list[Document]) -> dict[str, Document]:
    return {d.id: d for d in documents}


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading documents must never reach the network (trafilatura included)."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access while reading documents")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


# ---- each format -------------------------------------------------------------------------------

FORMATS = [
    # (file, id, kind, title, published, text that must be in the document)
    (
        "story.txt",
        "story",
        "txt",
        "Putin offers US access to rare earth minerals",
        dt.date(2025, 2, 24),
        "MOSCOW, Feb 24 (Reuters) - Russian President Vladimir Putin said on Monday",
    ),
    ("undated.txt", "undated", "txt", "Undated note", None, "The talks resumed on Tuesday."),
    (
        "draft.md",
        "draft",
        "md",
        "Russia offers minerals deal",
        dt.date(2025, 2, 25),
        "Putin said Russia had far more rare earth reserves than Ukraine.",
    ),
    (
        "page.html",
        "page",
        "html",
        "Putin offers US access to rare earth minerals",
        dt.date(2025, 2, 25),
        '"We are ready to attract foreign partners," Putin said in a televised interview.',
    ),
]


@pytest.mark.parametrize(("name", "doc_id", "kind", "title", "published", "excerpt"), FORMATS)
def test_each_format_is_read(
    name: str, doc_id: str, kind: str, title: str, published: dt.date | None, excerpt: str
) -> None:
    documents, problems = load([GOOD / name])
    assert problems == []
    [doc] = documents
    assert (doc.id, doc.kind, doc.title, doc.published) == (doc_id, kind, title, published)
    assert excerpt in doc.text
    assert doc.path == str(GOOD / name)


def test_html_keeps_the_article_and_drops_navigation_and_scripts() -> None:
    [doc], _ = load([GOOD / "page.html"])
    assert "Kremlin spokesman Dmitry Peskov said on Tuesday" in doc.text
    for noise in ("Home", "tracking", "All rights reserved"):
        assert noise not in doc.text


def test_html_without_trafilatura_falls_back_to_the_page_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails, as with lxml lacking html-clean
    [doc], problems = load([GOOD / "page.html"])
    assert problems == []
    assert (doc.title, doc.published) == ("Putin offers US access to rare earth minerals", dt.date(2025, 2, 25))
    assert "Kremlin spokesman Dmitry Peskov said on Tuesday" in doc.text
    for noise in ("Home", "tracking", "All rights reserved"):
        assert noise not in doc.text


def test_markdown_front_matter_is_blanked_so_lines_still_match_the_file() -> None:
    [doc], _ = load([GOOD / "draft.md"])
    source = (GOOD / "draft.md").read_text(encoding="utf-8")
    assert "title:" not in doc.text and "---" not in doc.text
    assert len(doc.text.splitlines()) == len(source.splitlines())
    offset = doc.text.index("Putin said")
    line, column = doc.line_col(offset)
    assert source.splitlines()[line - 1][column - 1 :].startswith("Putin said")


def test_json_records() -> None:
    documents, problems = load([GOOD / "feed.json"])
    assert problems == []
    docs = _by_id(documents)
    assert set(docs) == {"wire-001", "feed#2"}
    assert docs["wire-001"].title == "Kremlin comments on minerals offer"
    assert docs["wire-001"].published == dt.date(2025, 2, 25)
    assert docs["wire-001"].kind == "json"
    assert docs["feed#2"].title == "Macron sees truce within weeks"
    assert docs["feed#2"].published == dt.date(2025, 2, 24)
    assert docs["feed#2"].text.startswith("French President Emmanuel Macron said")


def test_json_lines_records() -> None:
    documents, problems = load([GOOD / "wire.jsonl"])
    assert problems == []
    docs = _by_id(documents)
    assert set(docs) == {"ap-17", "wire#2"}
    assert docs["ap-17"].published == dt.date(2025, 2, 24)
    assert docs["ap-17"].text.startswith("Ukraine's President Volodymyr Zelenskiy")
    assert docs["wire#2"].title == "Aluminium talks"
    assert docs["wire#2"].published is None


def test_a_single_json_object_is_one_record(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text('{"title": "One", "content": "Putin spoke.", "date": "2025-02-24"}', encoding="utf-8")
    [doc], problems = load([path])
    assert (doc.id, doc.title, doc.published, doc.text, problems) == ("one#1", "One", dt.date(2025, 2, 24), "Putin spoke.", [])


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("Rare earths: the offer", level=0)
    word.add_paragraph("Published: 25 February 2025")
    word.add_paragraph("Putin offered the U.S. access to rare earth minerals.")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Country"
    table.cell(0, 1).text = "Share of refining"
    table.cell(1, 0).text = "China"
    table.cell(1, 1).text = "92%"
    word.add_paragraph("Trump welcomed it.")
    path = tmp_path / "draft.docx"
    word.save(str(path))
    [doc], problems = load([path])
    assert problems == []
    assert doc.kind == "docx"
    assert doc.title == "Rare earths: the offer"
    assert doc.published == dt.date(2025, 2, 25)
    assert doc.text.split("\n") == [
        "Rare earths: the offer",
        "Published: 25 February 2025",
        "Putin offered the U.S. access to rare earth minerals.",
        "Country | Share of refining |",
        "China | 92% |",
        "Trump welcomed it.",
    ]


def test_stdin_is_read_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Published: 2025-02-24\n\nPutin spoke on Monday.\n"))
    [doc], problems = load(["-"])
    assert problems == []
    assert (doc.id, doc.path, doc.kind, doc.published) == ("stdin", "-", "txt", dt.date(2025, 2, 24))
    assert "Putin spoke on Monday." in doc.text


def test_stdin_bytes_are_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(codecs.BOM_UTF8 + b"Zelenskyy met Macron.\r\n"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream)
    [doc], _ = load(["-"])
    assert doc.text == "Zelenskyy met Macron.\n"


def test_empty_stdin_is_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    documents, problems = load(["-"])
    assert documents == []
    assert [str(p) for p in problems] == ["-: empty input"]


# ---- folders, ids ------------------------------------------------------------------------------


def test_folder_is_walked_sorted_and_other_extensions_skipped() -> None:
    inputs = collect([GOOD])
    names = [Path(p).name for p in inputs.files]
    assert names == sorted(names)
    assert set(names) == {"draft.md", "feed.json", "page.html", "story.txt", "undated.txt", "wire.jsonl"}
    assert [Path(p).name for p in inputs.skipped] == ["notes.csv"]
    documents, problems = load([GOOD])
    assert problems == []
    assert not any(d.path.endswith(".csv") for d in documents)


def test_hidden_files_and_folders_are_ignored(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / ".draft.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Putin spoke.", encoding="utf-8")
    documents, problems = load([tmp_path])
    assert [d.id for d in documents] == ["story"]
    assert problems == []


def test_nested_folders_are_read(tmp_path: Path) -> None:
    (tmp_path / "2025" / "02").mkdir(parents=True)
    (tmp_path / "2025" / "02" / "wire.txt").write_text("Putin spoke.", encoding="utf-8")
    (tmp_path / "lead.md").write_text("Trump replied.", encoding="utf-8")
    documents, _ = load([tmp_path])
    assert sorted(d.id for d in documents) == ["lead", "wire"]


def test_duplicate_names_get_their_relative_paths() -> None:
    documents, problems = load([DOCS / "dupes"])
    assert problems == []
    assert sorted(d.id for d in documents) == ["a/report", "b/report"]


def test_same_name_in_one_folder_keeps_the_extension(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text("Putin spoke.", encoding="utf-8")
    (tmp_path / "report.md").write_text("Trump replied.", encoding="utf-8")
    documents, _ = load([tmp_path])
    assert sorted(d.id for d in documents) == ["report.md", "report.txt"]


def test_records_sharing_an_id_are_numbered(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "One."}\n{"id": "x", "text": "Two."}\n', encoding="utf-8")
    documents, _ = load([tmp_path / "a.jsonl"])
    assert [d.id for d in documents] == ["x", "x-2"]


def test_one_path_given_as_a_string() -> None:
    documents, problems = load(str(GOOD / "story.txt"))
    assert ([d.id for d in documents], problems) == (["story"], [])


def test_a_file_named_twice_is_read_once() -> None:
    documents, _ = load([GOOD / "story.txt", str(GOOD / "story.txt"), GOOD])
    assert [d.id for d in documents].count("story") == 1


def test_a_named_file_is_read_whatever_its_extension(tmp_path: Path) -> None:
    path = tmp_path / "NOTES"
    path.write_text("Putin spoke on Monday.", encoding="utf-8")
    [doc], problems = load([path])
    assert (doc.id, doc.kind, problems) == ("NOTES", "txt", [])


# ---- bad input ---------------------------------------------------------------------------------

BAD_FILES = [
    ("empty.txt", "empty file"),
    ("blank.txt", "empty file (only white space)"),
    ("picture.txt", "not a text file (binary content)"),
    ("broken.json", "invalid JSON on line 3, column 14: Expecting ',' delimiter"),
    ("mixed.jsonl", "invalid JSON on line 2, column 23: Expecting value"),
    ("fake.docx", "not a Word document (BadZipFile)"),
]


@pytest.mark.parametrize(("name", "message"), BAD_FILES)
def test_bad_file_is_a_problem_and_the_others_still_load(name: str, message: str) -> None:
    path = BAD / name
    documents, problems = load([path, GOOD / "story.txt"])
    assert [str(p) for p in problems] == [f"{path}: {message}"]
    assert "story" in {d.id for d in documents}


def test_the_good_lines_of_a_json_lines_file_still_load() -> None:
    documents, _ = load([BAD / "mixed.jsonl"])
    assert [d.id for d in documents] == ["ok-1", "ok-3"]


def test_windows_1252_file_is_read() -> None:
    [doc], problems = load([BAD / "latin1.txt"])
    assert problems == []
    assert doc.text == "Café owners in São Paulo said prices rose 5% – the most since 2019.\n"


def test_bad_folder_reports_each_file_and_nothing_crashes() -> None:
    documents, problems = load([BAD])
    assert {Path(p.path).name for p in problems} == {n for n, _ in BAD_FILES}
    assert sorted(d.id for d in documents) == ["latin1", "ok-1", "ok-3"]


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    documents, problems = load([missing, GOOD / "story.txt"])
    assert [str(p) for p in problems] == [f"{missing}: no such file or folder"]
    assert [d.id for d in documents] == ["story"]


def test_folder_without_documents(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    documents, problems = load([tmp_path])
    assert documents == []
    [problem] = problems
    assert problem.path == str(tmp_path)
    assert problem.message.startswith("no documents to read in this folder (looked for .docx, .htm, .html")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("secret", encoding="utf-8")
    original = os.open

    def open_file(path, flags, *args):  # the tests may run as root, whom chmod does not stop
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return original(path, flags, *args)

    monkeypatch.setattr(os, "open", open_file)
    documents, problems = load([locked, GOOD / "story.txt"])
    assert [str(p) for p in problems] == [f"{locked}: permission denied"]
    assert [d.id for d in documents] == ["story"]


def test_json_records_without_text_or_not_objects(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text('[{"id": "a", "title": "no text"}, "just a string", {"id": "b", "body": "Putin spoke."}]')
    documents, problems = load([path])
    assert [d.id for d in documents] == ["b"]
    assert [p.message for p in problems] == [
        "record 1: no text (expected a non-empty text, body, content field)",
        "record 2: not a JSON object",
    ]


def test_invalid_front_matter_is_reported_and_the_text_still_read(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text("---\ntitle: [unclosed\n---\nPutin spoke.\n", encoding="utf-8")
    [doc], [problem] = load([path])
    assert doc.text == "\n\n\nPutin spoke.\n"
    assert problem.message.startswith("invalid YAML front matter")


def test_html_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title><script>var a=1;</script></head><body></body></html>")
    documents, problems = load([path])
    assert documents == []
    assert [p.message for p in problems] == ["no article text found in the page"]


# ---- decoding ----------------------------------------------------------------------------------

DECODINGS = [
    ("Putin – Путин".encode(), "Putin – Путин"),
    (codecs.BOM_UTF8 + b"Kyiv\r\nMoscow\r\n", "Kyiv\nMoscow\n"),
    ("Zelensky\r\n".encode("utf-16"), "Zelensky\n"),  # with its BOM
    ("Zelensky\n".encode("utf-16-le"), "Zelensky\n"),  # no BOM
    ("Zelensky\n".encode("utf-32"), "Zelensky\n"),
    (b"old\rmac", "old\nmac"),
    (b"Caf\xe9 \x93quoted\x94", "Café “quoted”"),
]


@pytest.mark.parametrize(("data", "text"), DECODINGS)
def test_decode(data: bytes, text: str) -> None:
    assert decode(data) == text


UNDECODABLE = [
    (b"\x00\x01\x02\x03binary\x00", "not a text file (binary content)"),
    (b"text \x81\x8d\x8f\x90", "cannot decode as UTF-8 at byte 5 (nor as Windows-1252)"),
    (b"ok \xff" + bytes(range(1, 9)) * 4, "cannot decode as UTF-8 at byte 3: not a text file"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "cannot decode as UTF-16 at byte 2"),
]


@pytest.mark.parametrize(("data", "message"), UNDECODABLE)
def test_undecodable(data: bytes, message: str) -> None:
    with pytest.raises(NotText) as caught:
        decode(data)
    assert str(caught.value) == message


def test_undecodable_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"text \x81\x8d\x8f\x90")
    documents, problems = read_file(str(path))
    assert documents == []
    assert [str(p) for p in problems] == [f"{path}: cannot decode as UTF-8 at byte 5 (nor as Windows-1252)"]


def test_crlf_becomes_lf_one_character_each(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_bytes(b"Line one.\r\nLine two.\r\n")
    [doc], _ = load([path])
    assert doc.text == "Line one.\nLine two.\n"


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_never_raise(data: bytes) -> None:
    try:
        text = decode(data)
    except NotText:
        return
    assert "\r" not in text


# ---- publication dates -------------------------------------------------------------------------

HEADER_DATES = [
    ("Post by: Dev Sunday on 2025-02-25 07:35\nIn a series of developments...", dt.date(2025, 2, 25)),
    ("News and Research => Politics => Topic started by: Dev Sunday on 2025-02-25 07:35", dt.date(2025, 2, 25)),
    ("Published: 24 February 2025\n\nRussia offered...", dt.date(2025, 2, 24)),
    ("KYIV, Feb 24 (Reuters) - Ukraine said... \n© 2025 Reuters", dt.date(2025, 2, 24)),
    ("WASHINGTON, March 3, 2025 (AP) — The White House said", dt.date(2025, 3, 3)),
    ("LONDON, 3 March 2025 - Britain said", dt.date(2025, 3, 3)),
    ("Updated 10:32 GMT, February 25, 2025\nText", dt.date(2025, 2, 25)),
    ("Published Feb. 24, 2025 | Updated Feb. 25, 2025", dt.date(2025, 2, 24)),
    ("Last updated: Feb. 25, 2025\nFirst published: Feb. 24, 2025", dt.date(2025, 2, 24)),
    ("By Jane Doe, September 3rd, 2024\n\nThe talks...", dt.date(2024, 9, 3)),
    ("Putin offers minerals\n25 February 2025\n\nText", dt.date(2025, 2, 25)),
    ("Date: 2025/02/25", dt.date(2025, 2, 25)),
    # no publication date
    ("KYIV, Feb 24 (Reuters) - Ukraine said on Monday", None),  # no year anywhere
    (
        "The offer was first made on February 24, 2025, in a televised interview that Putin gave to state TV.",
        None,  # an event in the body, not a header
    ),
    ("Published: February 30, 2025", None),  # no such day
    ("Putin spoke on Monday.", None),
    ("", None),
    ("x" * 700 + "\nPublished: 24 February 2025", None),  # too far down
]


@pytest.mark.parametrize(("text", "expected"), HEADER_DATES)
def test_header_date(text: str, expected: dt.date | None) -> None:
    assert header_date(text) == expected


PARSED_DATES = [
    ("2025-02-25", dt.date(2025, 2, 25)),
    ("2025-02-25T07:35:00+00:00", dt.date(2025, 2, 25)),
    ("February 24, 2025", dt.date(2025, 2, 24)),
    ("24 Feb 2025", dt.date(2025, 2, 24)),
    (dt.date(2025, 2, 24), dt.date(2025, 2, 24)),
    (dt.datetime(2025, 2, 24, 7, 35), dt.date(2025, 2, 24)),
    ("yesterday", None),
    ("2025-13-45", None),
    (20250224, None),
    (None, None),
]


@pytest.mark.parametrize(("value", "expected"), PARSED_DATES)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


def test_undated_document_is_never_given_todays_date() -> None:
    documents, _ = load([GOOD / "undated.txt", GOOD / "wire.jsonl"])
    today = dt.date.today()
    assert all(d.published != today for d in documents)
    assert _by_id(documents)["undated"].published is None


def test_published_argument_overrides_every_date() -> None:
    when = dt.date(2024, 12, 31)
    documents, _ = load([GOOD], published=when)
    assert documents and all(d.published == when for d in documents)


def test_metadata_date_wins_over_the_header(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text("---\ndate: 2025-02-26\n---\nPublished: 24 February 2025\n", encoding="utf-8")
    [doc], _ = load([path])
    assert doc.published == dt.date(2025, 2, 26)


def test_seed_header_gives_the_date() -> None:
    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_e024a1c53c5b9633.txt"
    [doc], _ = load([seed])
    assert doc.published == dt.date(2025, 2, 25)
    assert doc.title == "Russia offers US access to minerals as Macron says Ukraine truce could be weeks"


def test_decomposed_accents_are_composed(tmp_path):
    import unicodedata

    from consistency.documents import load

    path = tmp_path / "bolivar.txt"
    path.write_text(unicodedata.normalize("NFD", "Simón Bolívar was born in Caracas."), encoding="utf-8")
    (doc,), problems = load([str(path)])
    assert not problems
    assert doc.text.startswith("Simón Bolívar")
    assert unicodedata.is_normalized("NFC", doc.text)


class _DictShelf:
    """A `documents.Shelf` in a dict: what `load` put on it, by key."""

    def __init__(self) -> None:
        self.texts: dict[object, str] = {}

    def hold(self, document: Document, key: object = None) -> Document:
        self.texts[document.id if key is None else key] = document.text
        return Document(**{**{f: getattr(document, f) for f in Document.__dataclass_fields__}, "text": ""})

    def rename(self, key: object, doc_id: str) -> None:
        self.texts[doc_id] = self.texts.pop(key)


def test_a_shelf_holds_each_text_under_its_documents_unique_id(tmp_path):
    for folder, text in [("north", "Harbour fees rose 4% in May."), ("south", "Harbour fees rose 5% in May.")]:
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "fees.txt").write_text(text, encoding="utf-8")
    (tmp_path / "wire.jsonl").write_text(
        '{"id": "w1", "text": "The ferry left at 9am."}\n{"id": "w1", "text": "The ferry left at 10am."}\n',
        encoding="utf-8")
    shelf = _DictShelf()
    held, _ = load([tmp_path], shelf=shelf)
    whole, _ = load([tmp_path])
    assert sorted(d.id for d in held) == ["north/fees", "south/fees", "w1", "w1-2"]
    assert [d.id for d in held] == [d.id for d in whole]
    assert all(d.text == "" for d in held)
    assert shelf.texts == {d.id: d.text for d in whole}
    assert [d.title for d in held] == [d.title for d in whole]
