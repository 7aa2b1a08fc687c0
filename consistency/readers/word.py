"""Word documents (.docx): paragraphs and table rows, one a line, in document order."""

from __future__ import annotations

import io
import zipfile

from . import NotText, Source

__all__ = ["read_docx", "INFLATED_MAX"]

# A .docx is a zip: text compresses about tenfold, photos not at all. A file that says it
# inflates beyond this is a zip bomb (1 MB that unpacks to gigabytes), not a document.
INFLATED_MAX = 128 * 2**20


def read_docx(data: bytes) -> Source:
    """The text of a .docx; a table row reads "cell | cell |". Title from the properties or a Title/Heading."""
    import docx
    from docx.table import Table

    _check_inflated_size(data)
    try:
        word = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several types for a file that is not a .docx
        raise NotText(f"not a Word document ({type(error).__name__})") from None
    lines: list[str] = []
    heading: str | None = None
    for block in word.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(" | ".join(" ".join(cell.text.split()) for cell in row.cells) + " |" for row in block.rows)
            continue
        lines.append(block.text)
        style = block.style.name if block.style is not None else ""
        if heading is None and block.text.strip() and style.startswith(("Title", "Heading")):
            heading = block.text.strip()
    text = "\n".join(lines)
    if not text.strip():
        raise NotText("empty document (no text in its paragraphs)")
    return Source(text, title=word.core_properties.title or heading)


def _check_inflated_size(data: bytes) -> None:
    """NotText when the zip's members add up to more than INFLATED_MAX (each is read no further than it says)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # python-docx says what is wrong with it
    if inflated > INFLATED_MAX:
        raise NotText(f"a .docx that would unpack to {inflated / 2**20:,.0f} MB (the limit is {INFLATED_MAX / 2**20:g} MB)")
