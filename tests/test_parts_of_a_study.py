"""A study, survey, count or vote tells a whole (those studied, polled, checked, on the roll) and, in the same
sentence, the part of it something befell ("A study of 48,600 adults found that 2,140 developed the disease"). The
part is no value of the whole: the verb of finding after the whole's noun is not what the whole counts, the whole's
noun is not the part's, and the verb of finding says where the figures come from, not what either measures."""

from __future__ import annotations

from pathlib import Path

import pytest

import consistency
from consistency.engine import claims

# (genre, one report's sentence with the whole and the part, another's telling each in its own sentence,
#  the whole, another whole, the part, another part)
STUDIES = [
    (
        "staff survey",
        "A poll of {w} hospital nurses showed {p} had been verbally abused.",
        "The union polled {w} hospital nurses. Some {p} of them had been verbally abused.",
        "6,300", "7,100", "2,480", "2,840",
    ),
    (
        "medical study",
        "A study of {w} people found that {p} participants developed the disease.",
        "The study followed {w} people. Of those, {p} developed the disease.",
        "48,600", "46,800", "2,140", "2,410",
    ),
    (
        "police operation",
        "A police operation that checked {w} drivers found {p} were over the limit.",
        "Officers stopped {w} drivers at a checkpoint. Of those, {p} were over the limit, police said.",
        "1,930", "1,390", "214", "241",
    ),
    (
        "exam result",
        "Results for {w} candidates showed {p} passed the exam at the first attempt.",
        "In all, {w} candidates sat the exam. Of those, {p} passed at the first attempt.",
        "8,350", "8,530", "6,920", "6,290",
    ),
    (
        "census",
        "The census of {w} households found {p} had no car.",
        "Census takers visited {w} households in the district. Of these, {p} had no car.",
        "3,460", "3,640", "870", "780",
    ),
    (
        "clinical trial",
        "A trial of {w} patients found that {p} had a serious side effect.",
        "The drug was tested on {w} patients. Among them, {p} had a serious side effect.",
        "1,820", "1,280", "63", "36",
    ),
    (
        "factory workforce",
        "A health check of the plant's {w} workers showed {p} had raised lead levels.",
        "The plant employs {w} workers. Tests found {p} of them had raised lead levels.",
        "2,650", "2,560", "410", "140",
    ),
    (
        "referendum poll",
        "An exit poll of {w} voters suggests {p} backed the proposal.",
        "Pollsters questioned {w} voters as they left polling stations. Of those, {p} had backed the proposal.",
        "5,210", "5,120", "3,090", "3,900",
    ),
]

IDS = [case[0] for case in STUDIES]


def _errors(tmp_path: Path, one: str, other: str) -> list[str]:
    (tmp_path / "a.txt").write_text(f"Published: 3 March 2026\n\n{one}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Published: 3 March 2026\n\n{other}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [d.summary for d in report.discrepancies if str(d.severity) == "error"]


@pytest.mark.parametrize(("genre", "one", "other", "w", "w2", "p", "p2"), STUDIES, ids=IDS)
def test_a_part_is_never_its_whole(tmp_path, genre, one, other, w, w2, p, p2):
    assert _errors(tmp_path, one.format(w=w, p=p), other.format(w=w, p=p)) == []


@pytest.mark.parametrize(("genre", "one", "other", "w", "w2", "p", "p2"), STUDIES, ids=IDS)
def test_a_whole_told_differently_conflicts(tmp_path, genre, one, other, w, w2, p, p2):
    errors = _errors(tmp_path, one.format(w=w, p=p), other.format(w=w2, p=p))
    assert any(w in e and w2 in e for e in errors), errors
    assert not any(p in e for e in errors), errors  # the part agrees, and is no side of the whole's conflict


@pytest.mark.parametrize(("genre", "one", "other", "w", "w2", "p", "p2"), STUDIES, ids=IDS)
def test_a_part_told_differently_conflicts(tmp_path, genre, one, other, w, w2, p, p2):
    errors = _errors(tmp_path, one.format(w=w, p=p), other.format(w=w, p=p2))
    assert any(p in e and p2 in e for e in errors), errors
    assert not any(w in e for e in errors), errors


def _claim(tmp_path: Path, text: str, phrase: str):
    folder = tmp_path / "one"
    folder.mkdir(exist_ok=True)
    (folder / "story.md").write_text(f"---\ndate: 2026-03-04\n---\n\n{text}\n", encoding="utf-8")
    found = [c for c in claims(folder) if c.mention.text == phrase]
    assert len(found) == 1, phrase
    return found[0]


# (sentence, figure, what it counts): the verb after the counted noun is no word of it
HEADS = [
    ("The survey of 14,200 warehouse workers found 3,150 had been injured.", "14,200", "warehous work"),
    ("A study of 9,800 schoolchildren showed that 1,140 were short-sighted.", "9,800", "schoolchildren"),
    ("A poll of 2,100 voters suggests the proposal will pass.", "2,100", "voter"),
    # a participle before the noun, or another verb after it, still says what is counted: "1,240 pupils sat the
    # exam" are not "1,050 pupils passed"
    ("There were 13,686 confirmed cases.", "13,686", "confirm case"),
    ("The storm left 40 barns damaged in the village.", "40", "barn damag"),
    ("The firm hired 500 locally recruited staff.", "500", "locall recruit staff"),
    ("This year 1,240 pupils sat the exam.", "1,240", "pupil sat"),
]


@pytest.mark.parametrize(("text", "phrase", "head"), HEADS)
def test_a_head_ends_where_its_verb_begins(tmp_path, text, phrase, head):
    assert _claim(tmp_path, text, phrase).head == head


def test_a_part_does_not_borrow_its_wholes_noun(tmp_path):
    text = "The survey of 14,200 warehouse workers found 3,150 had been injured."
    part = _claim(tmp_path, text, "3,150")
    assert "warehous" not in part.attribute and "found" not in part.attribute
    assert "part of" in part.frame.qualifiers
    whole = _claim(tmp_path, text, "14,200")
    assert "part of" not in whole.frame.qualifiers and whole.frame.measure is None


def test_a_found_object_is_no_part_without_a_whole_before_it(tmp_path):
    # "Rescuers found 12 bodies": what a verb of finding opens is a part only of a count its subject holds
    found = _claim(tmp_path, "Rescuers found 12 bodies in the rubble on Tuesday.", "12")
    assert "part of" not in found.frame.qualifiers


def test_what_a_verb_of_finding_finds_is_no_part_of_the_count_before_it(tmp_path):
    # "checked 640 lorries and found 212 defects": the defects are found, not some of the lorries
    found = _claim(tmp_path, "Inspectors checked 640 lorries and found 212 defects in their brakes.", "212")
    assert "part of" not in found.frame.qualifiers
    errors = _errors(
        tmp_path,
        "Inspectors checked 640 lorries and found 212 defects in their brakes.",
        "Inspectors found 221 defects in the brakes of 640 lorries.",
    )
    assert any("212" in e and "221" in e for e in errors), errors


def test_those_who_did_one_thing_are_not_those_who_did_another(tmp_path):
    # the verb after the counted noun says who is counted: those who sat an exam are not those who passed it
    docs = {
        "a.txt": "Of the 1,240 pupils who sat the exam, 1,050 passed.",
        "b.txt": "This year 1,240 pupils sat the exam. Of those, 1,050 passed.",
        "c.txt": "The exam board said 1,050 pupils passed the exam.",
    }
    for name, text in docs.items():
        (tmp_path / name).write_text(f"Published: 3 March 2026\n\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    assert [d.summary for d in report.discrepancies if str(d.severity) == "error"] == []


# (the size of a study told alone, what it found told alone, the size, another size, a finding, another finding)
FOUND_APART = [
    (
        "Car ownership in the valley is falling, a census of {w} households has found.",
        "Car ownership is falling, the census shows. The census found that {p} households had no car.",
        "3,460", "3,640", "870", "780",
    ),
    (
        "Night shifts harm sleep, a survey of {w} bus drivers has found.",
        "The survey, by the transport union, found that {p} bus drivers slept less than five hours.",
        "5,300", "3,500", "1,260", "1,620",
    ),
    (
        "A new asthma inhaler works, a trial of {w} children has shown.",
        "The inhaler works, doctors said. The trial showed that {p} children had fewer attacks.",
        "940", "490", "610", "160",
    ),
]


@pytest.mark.parametrize(("size", "finding", "w", "w2", "p", "p2"), FOUND_APART)
def test_what_a_study_found_is_no_size_of_the_study(tmp_path, size, finding, w, w2, p, p2):
    assert _errors(tmp_path, size.format(w=w), finding.format(p=p)) == []


@pytest.mark.parametrize(("size", "finding", "w", "w2", "p", "p2"), FOUND_APART)
def test_what_a_study_found_told_differently_conflicts(tmp_path, size, finding, w, w2, p, p2):
    errors = _errors(tmp_path, finding.format(p=p), finding.format(p=p2))
    assert any(p in e and p2 in e for e in errors), errors
    errors = _errors(tmp_path, size.format(w=w), size.format(w=w2))
    assert any(w in e and w2 in e for e in errors), errors


def test_what_an_inquiry_found_is_still_the_count_itself(tmp_path):
    # no study's sample stands behind "an inquiry found that": its count is the count another report gives
    errors = _errors(
        tmp_path,
        "An inquiry found that 38 officers were injured during the riot.",
        "Some 83 officers were injured during the riot, police said.",
    )
    assert any("38" in e and "83" in e for e in errors), errors


def test_a_finding_is_a_studys_only_when_the_study_finds_it(tmp_path):
    found = _claim(tmp_path, "During the trial, prosecutors showed that 12 payments were made to the minister.", "12")
    assert "part of" not in found.frame.qualifiers  # a court's trial, and the prosecutors' finding
    found = _claim(tmp_path, "The survey, by the transport union, found that 1,260 drivers slept badly.", "1,260")
    assert "part of" in found.frame.qualifiers
