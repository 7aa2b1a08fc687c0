"""Suppressions: inline directives in Markdown, HTML and plain text; [[ignore]] and [acknowledged] in the config."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import consistency
from consistency.cli import main
from consistency.documents import load
from consistency.model import Claim, Directive, Discrepancy, Document, Mention, Sentence, Severity
from consistency.readers.directives import directives_in_text
from consistency.rules import RULES
from consistency.suppress import IgnoreRule, inline_spans, suppress

DESK = Path(__file__).parent / "data" / "desk"

SOURCE = "---\ndate: 2025-03-04\n---\nThe earthquake in Herat province killed 261 people, provincial officials said on Tuesday.\n"
DRAFT_LINE = "The earthquake in Herat province killed 312 people, provincial officials said on Tuesday."


@pytest.fixture(autouse=True)
def _here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # check saves .consistency/last.json where it runs


def _story(tmp_path: Path, draft_body: str, name: str = "draft.md") -> list[str]:
    (tmp_path / "wire.md").write_text(SOURCE, encoding="utf-8")
    draft = tmp_path / name
    header = "---\ndate: 2025-03-04\n---\n" if name.endswith(".md") else "Published: 2025-03-04\n\n"
    draft.write_text(header + draft_body, encoding="utf-8")
    return [str(tmp_path / "wire.md"), str(draft)]


def _check(paths: list[str], *args: str) -> dict:
    result = CliRunner().invoke(main, ["check", *paths, "--format", "json", "--fail-on", "never", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("body", "suppressed"),
    [
        (f"{DRAFT_LINE}\n", False),
        (f"<!-- consistency off -->\n{DRAFT_LINE}\n<!-- consistency on -->\n", True),
        (f"<!-- consistency off -->\n\n{DRAFT_LINE}\n", True),  # no 'on': to the end
        (f"<!-- consistency off -->\nA calm passage.\n<!-- consistency on -->\n\n{DRAFT_LINE}\n", False),
        (f"<!-- consistency ignore value-conflict -->\n{DRAFT_LINE}\n", True),
        (f"<!-- consistency ignore value-conflict -->\n\n{DRAFT_LINE}\n", True),
        (f"<!-- consistency ignore -->\n{DRAFT_LINE}\n", True),
        (f"<!-- consistency ignore name-variant, quote-variant -->\n{DRAFT_LINE}\n", False),
        (f"<!-- consistency off name-variant -->\n{DRAFT_LINE}\n<!-- consistency on -->\n", False),
        (f"<!-- consistency off value-conflict -->\n{DRAFT_LINE}\n<!-- consistency on -->\n", True),
        (f"<!-- consistency ignore value-conflict -->\nRescue teams worked through the night. {DRAFT_LINE}\n", False),
    ],
)
def test_markdown_directives(tmp_path, body, suppressed):
    doc = _check(_story(tmp_path, body))
    conflicts = [d for d in doc["discrepancies"] if d["kind"] == "value-conflict"]
    hidden = [s for s in doc["suppressed"] if s["kind"] == "value-conflict"]
    assert (len(hidden), len(conflicts)) == ((1, 0) if suppressed else (0, 1))


@pytest.mark.parametrize(
    ("body", "suppressed"),
    [
        (f"# consistency: ignore value-conflict\n{DRAFT_LINE}\n", True),
        (f"# consistency: off\n{DRAFT_LINE}\n# consistency: on\n", True),
        (f"# consistency: ignore date-conflict\n{DRAFT_LINE}\n", False),
        (f"<!-- consistency ignore value-conflict -->\n{DRAFT_LINE}\n", True),
    ],
)
def test_plain_text_directives(tmp_path, body, suppressed):
    doc = _check(_story(tmp_path, body, name="draft.txt"))
    assert bool(doc["suppressed"]) == suppressed
    assert bool([d for d in doc["discrepancies"] if d["kind"] == "value-conflict"]) != suppressed


def test_a_hash_line_in_markdown_is_a_heading_not_a_directive(tmp_path):
    doc = _check(_story(tmp_path, f"# consistency: ignore value-conflict\n{DRAFT_LINE}\n"))
    assert not doc["suppressed"]


def test_suppressed_reason_names_the_directive_and_line(tmp_path):
    doc = _check(_story(tmp_path, f"Intro.\n\n<!-- consistency ignore value-conflict -->\n{DRAFT_LINE}\n"))
    (entry,) = doc["suppressed"]
    assert entry["reason"] == "<!-- consistency ignore value-conflict --> on line 6 of draft"
    assert entry["summary"] == "draft says 312 people, wire says 261 people"


def test_table_lists_what_was_suppressed(tmp_path):
    paths = _story(tmp_path, f"<!-- consistency ignore value-conflict -->\n{DRAFT_LINE}\n")
    result = CliRunner().invoke(main, ["check", *paths])
    assert result.exit_code == 0, result.output
    assert "1 suppressed:" in result.output
    assert "value-conflict" in result.output and "<!-- consistency ignore value-conflict --> on line 4 of draft" in result.output


@pytest.mark.parametrize(
    ("directive", "message"),
    [
        (
            "<!-- consistency ignore value-conflcit -->",
            "line 4, column 1: 'value-conflcit' in '<!-- consistency ignore value-conflcit -->' is not a discrepancy kind; known kinds: ",
        ),
        ("<!-- consistency of -->", "line 4, column 1: cannot read the directive '<!-- consistency of -->': write off, on or ignore KIND"),
        (
            "<!-- consistency on value-conflict -->",
            "line 4, column 1: '<!-- consistency on value-conflict -->': 'on' takes no kinds; it ends every 'off' before it",
        ),
    ],
)
def test_unreadable_directive_is_an_input_error_that_locates(tmp_path, directive, message):
    paths = _story(tmp_path, f"{directive}\n{DRAFT_LINE}\n")
    result = CliRunner().invoke(main, ["check", *paths, "--fail-on", "never"])
    assert result.exit_code == 2
    assert f"consistency: {paths[1]}: {message}" in result.stderr


def test_html_passage_switched_off_in_the_page(tmp_path):
    folder = tmp_path / "desk"
    shutil.copytree(DESK, folder)
    doc = _check([str(folder)])
    assert [s["reason"] for s in doc["suppressed"]] == ["<!-- consistency off --> on line 6 of page"]
    assert len(doc["suppressed"][0]["id"]) == 12
    assert not any("page" in {c["doc"] for c in d["claims"]} for d in doc["discrepancies"])


def test_html_ignore_governs_only_the_next_sentence(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta property='article:published_time' content='2025-03-04'></head><body><article>"
        "<p>Rescue teams searched the rubble through the night.</p>"
        "<!-- consistency ignore value-conflict --><p>The earthquake in <b>Herat</b> province killed 261 people, "
        "provincial officials said on Tuesday.</p><p>Aid agencies said convoys reached the villages.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    draft = tmp_path / "draft.md"
    draft.write_text(f"---\ndate: 2025-03-04\n---\n{DRAFT_LINE}\n", encoding="utf-8")
    document = consistency.load([str(page)])[0][0]
    spans, problems = inline_spans(document, RULES)
    assert not problems
    assert [document.text[s.start : s.end] for s in spans] == [
        "The earthquake in Herat province killed 261 people, provincial officials said on Tuesday."
    ]
    doc = _check([str(page), str(draft)])
    assert len(doc["suppressed"]) == 1 and not doc["discrepancies"]


def _discrepancy(text: str, kind: str = "name-variant") -> Discrepancy:
    sentence = Sentence(0, 40, f"{text} spoke in Kyiv on Monday.")
    claim = Claim(doc="a", mention=Mention(kind="entity", text=text, start=0, end=len(text)), sentence=sentence)
    return Discrepancy(kind=kind, severity=Severity.warning, summary=f"{text} spelled oddly", claims=(claim,))


@pytest.mark.parametrize(
    ("rule", "text", "kind", "matches"),
    [
        (IgnoreRule("Zelenskiy", "house style", "name-variant"), "Volodymyr Zelenskiy", "name-variant", True),
        (IgnoreRule("Zelenskiy", "house style", "name-variant"), "Volodymyr Zelenskiy", "quote-variant", False),
        (IgnoreRule("Zelenskiy", "house style", None), "Volodymyr Zelenskiy", "quote-variant", True),
        (IgnoreRule("Zelenskiy", "house style", "name-variant"), "Volodymyr zelenskiy", "name-variant", False),
        (IgnoreRule("Zelenskiy", "house style", "name-variant"), "Zelensky", "name-variant", False),
    ],
)
def test_ignore_rule_matches_on_text_and_kind(rule, text, kind, matches):
    assert rule.matches(_discrepancy(text, kind)) is matches


def test_suppress_gives_each_reason():
    kept, dropped = suppress(
        [_discrepancy("Zelenskiy"), _discrepancy("Zelenzky"), _discrepancy("Zelensky")],
        spans=[],
        ignores=[IgnoreRule("Zelenskiy", "house style", "name-variant")],
        config_name="consistency.toml",
        acknowledged={_discrepancy("Zelenzky").id: "spelled so in the court filing"},
    )
    assert [d.claims[0].text for d in kept] == ["Zelensky"]
    assert [s.reason for s in dropped] == [
        "consistency.toml [[ignore]] 'Zelenskiy': house style",
        "consistency.toml [acknowledged]: spelled so in the court filing",
    ]


def test_config_ignore_and_acknowledged_through_the_cli(tmp_path):
    folder = tmp_path / "desk"
    shutil.copytree(DESK, folder)
    before = _check([str(folder)])["discrepancies"]
    typo = next(d["id"] for d in before if d["kind"] == "name-variant")
    fund = next(d["id"] for d in before if "$3bn" in d["summary"])
    (tmp_path / "consistency.toml").write_text(
        '[[ignore]]\nkind = "name-variant"\ntext = "Zelenzky"\nreason = "the family\'s own spelling"\n\n'
        f'[acknowledged]\n"{fund}" = "the ministry revised the fund; both figures are quoted"\n',
        encoding="utf-8",
    )
    doc = _check([str(folder)])
    reasons = {s["id"]: s["reason"] for s in doc["suppressed"]}
    config = "consistency.toml"  # relative to the folder the check runs in
    assert reasons[typo] == f"{config} [[ignore]] 'Zelenzky': the family's own spelling"
    assert reasons[fund] == f"{config} [acknowledged]: the ministry revised the fund; both figures are quoted"
    assert {d["kind"] for d in doc["discrepancies"]} == {"value-conflict"}


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<!-- consistency off on ignore value-conflict\n#:é漢 .")), max_size=300))
def test_directive_reading_never_raises(text):
    for kind in ("md", "txt", "json"):
        doc = Document(id="x", path="", text=text, kind=kind, directives=directives_in_text(text, kind))
        spans, problems = inline_spans(doc, RULES)
        assert all(0 <= s.start <= s.end <= len(text) for s in spans)
        assert all(p.message for p in problems)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_raises(text):
    text = "<!-- consistency ignore -->" + text
    doc = Document(id="x", path="", text=text, kind="md", directives=directives_in_text(text, "md"))
    spans, _ = inline_spans(doc, RULES)
    assert all(0 <= s.start <= s.end <= len(text) for s in spans)


def test_github_annotation_of_a_bad_directive_points_at_it(tmp_path):
    paths = _story(tmp_path, f"<!-- consistency ignore value-conflcit -->\n{DRAFT_LINE}\n")
    result = CliRunner().invoke(main, ["check", *paths, "--format", "github"])
    assert result.exit_code == 2
    line = next(x for x in result.output.splitlines() if "title=could not read" in x)
    assert line.startswith("::error file=draft.md,line=4,col=1,title=could not read::line 4, column 1: 'value-conflcit'")


def test_html_report_lists_the_suppressed(tmp_path):
    paths = _story(tmp_path, f"<!-- consistency ignore value-conflict -->\n{DRAFT_LINE}\n")
    html = CliRunner().invoke(main, ["check", *paths, "--format", "html"]).output
    assert '<details class="small" id="suppressed"><summary>1 suppressed</summary>' in html
    assert "&lt;!-- consistency ignore value-conflict --&gt; on line 4 of draft" in html


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<!-- consistency off on ignore value-conflict p b /> &amp;é漢.\n")), max_size=300))
def test_html_pages_with_any_markup_never_raise(markup):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "page.html"
        page.write_text(markup, encoding="utf-8")
        doc = Document(id="page", path=str(page), text="The earthquake killed 261 people. Aid came.", kind="html")
        spans, _ = inline_spans(doc, RULES)
        assert all(0 <= s.start <= s.end <= len(doc.text) for s in spans)


def test_directives_are_on_the_document_as_read(tmp_path):
    md = tmp_path / "draft.md"
    md.write_text("---\ndate: 2025-03-04\n---\nCalm.\n\n<!-- consistency ignore value-conflict -->\n"
                  "The toll rose to 312. Rescue went on.\n", encoding="utf-8")
    txt = tmp_path / "wire.txt"
    txt.write_text("Published: 2025-03-04\n\n# consistency: off\nThe toll was 261.\n# consistency: on\n", encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Quake</title></head><body><article><p>Calm before it.</p>"
                    "<!-- consistency ignore --><p>The toll was 290 on the first night.</p>"
                    "<p>Rescue went on through the week.</p></article></body></html>", encoding="utf-8")
    documents, problems = load([md, txt, page])
    assert problems == []
    by_id = {d.id: d for d in documents}
    draft = by_id["draft"]
    assert draft.directives == (
        Directive("<!-- consistency ignore value-conflict -->", ("ignore", "value-conflict"), 6, 1,
                  ((draft.text.index("-->") + 3, draft.text.index("312.") + 4),)),
    )
    wire = by_id["wire"]
    off, on = wire.directives
    assert (off.words, off.line, on.words, on.line) == (("off",), 3, ("on",), 5)
    assert [wire.text[s:e].strip() for s, e in off.governs] == ["The toll was 261."] and on.governs == ()
    (ignore,) = by_id["page"].directives
    assert ignore.words == ("ignore",)
    assert [by_id["page"].text[s:e] for s, e in ignore.governs] == ["The toll was 290 on the first night."]
