"""Word documents (.docx): paragraphs and table rows, one a line, in document order."""

from __future__ import annotations

import io

from . import NotText, Source

__all__ = ["read_docx"]


def read_docx(data: bytes) -> Source:
    """The text of a .docx; a table row reads "cell | cell |". Title from the properties or a Title/Heading."""
    import docx
    from docx.table import Table

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
