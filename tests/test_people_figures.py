"""Figures of different named people are theirs, however often one report names them together."""

from __future__ import annotations

import pytest

import consistency


def _errors(tmp_path, *reports: str) -> list[tuple[str, tuple[str, ...]]]:
    for i, text in enumerate(reports):
        (tmp_path / f"{i}.md").write_text(f"---\ndate: 2025-03-12\n---\n{text}\n", encoding="utf-8")
    return [
        (d.kind, tuple(c.mention.text for c in d.claims))
        for d in consistency.check([tmp_path]).discrepancies
        if str(d.severity) == "error"
    ]


@pytest.mark.parametrize(
    "report",
    [
        # sentences of two defendants in one court report
        "Former senator Paul Ridley was jailed for eight years on Tuesday. "
        "His aide, Martin Cole, was jailed for three years.",
        # two candidates' shares of the vote
        "Governor Elena Ruiz won 54% of the vote in the Harlow district. "
        "Her challenger, Tom Becker, won 41%.",
        # two ages in one paragraph
        "Driver Sean Walsh, 34, was arrested at the scene. "
        "Passenger Lucy Ford was 19.",
    ],
)
def test_two_peoples_figures_in_one_report(tmp_path, report):
    assert _errors(tmp_path, report) == []


def test_two_peoples_figures_across_reports(tmp_path):
    found = _errors(
        tmp_path,
        "Paul Ridley was jailed for eight years on Tuesday; Martin Cole received three years.",
        "The aide, Martin Cole, was jailed for three years.",
        "Former senator Paul Ridley was sentenced to eight years in prison on Tuesday.",
    )
    assert found == []


def test_one_persons_figures_still_conflict(tmp_path):
    found = _errors(
        tmp_path,
        "Former senator Paul Ridley was jailed for eight years on Tuesday, Judge Anna Price ruled.",
        "Judge Anna Price jailed former senator Paul Ridley for six years on Tuesday.",
    )
    assert [kind for kind, _ in found] == ["value-conflict"], found


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # an age set off after a name, against "the N-year-old"
        (
            "Former senator Paul Ridley, 67, was jailed on Tuesday.",
            "Paul Ridley was jailed on Tuesday. The court heard that the 64-year-old had kept the money.",
            True,
        ),
        ("Former senator Paul Ridley, 67, was jailed on Tuesday.", "Paul Ridley (64) was jailed for eight years.", True),
        ("Former senator Paul Ridley, 67, was jailed on Tuesday.", "The 67-year-old was jailed on Tuesday.", False),
        # two people's ages in one sentence are each their own
        ("Paul Ridley, 67, and his aide Martin Cole, 41, were both jailed.", "Martin Cole, 41, was jailed for three years.", False),
        # an age is its person's now, whatever years the sentence tells of
        ("Paul Ridley, 67, took bribes between 2015 and 2019.", "Paul Ridley, 64, was jailed on Tuesday.", True),
    ],
)
def test_ages(error_kinds, first, second, flagged):
    assert ("value-conflict" in error_kinds(first, second)) is flagged


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Paul Ridley, 67, was jailed.", 67),
        ("Paul Ridley (67) was jailed.", 67),
        ("The 67-year-old was jailed.", 67),
        ("A man, 67 years old, was jailed.", 67),
        ("Paul Ridley, 67, and Martin Cole, 41, were jailed.", 67),
    ],
)
def test_age_forms(text, age):
    from consistency.align.frames import AGE, frame_of
    from consistency.model import Sentence
    from consistency.parse import mentions

    found = mentions(text)
    names = [m for m in found if m.kind == "entity"]
    sentence = Sentence(0, len(text), text)
    ages = [m.value for m in found if m.is_figure and frame_of(sentence, m, names).measure == AGE]
    assert ages[0] == age


@pytest.mark.parametrize(
    "text",
    [
        "Halford, 120,000 people, voted.",  # a town's population after its name
        "The bus carried 40 people, police said.",
        "Paul Ridley won 67 votes, a record.",
    ],
)
def test_not_ages(text):
    from consistency.align.frames import AGE, frame_of
    from consistency.model import Sentence
    from consistency.parse import mentions

    found = mentions(text)
    names = [m for m in found if m.kind == "entity"]
    sentence = Sentence(0, len(text), text)
    assert all(frame_of(sentence, m, names).measure != AGE for m in found if m.is_figure)


@pytest.mark.parametrize(
    "report",
    [
        "The Liberal Party of Prime Minister Jonas Berg won 54 seats. The Greens came third with 12 seats.",
        "Northfield United sold 31,000 season tickets this year. Rival club Eastbury Rovers sold 18,000.",
    ],
)
def test_two_named_subjects_in_one_report_each_have_their_figure(tmp_path, report):
    assert _errors(tmp_path, report) == []


def test_one_report_contradicting_itself_on_one_subject(tmp_path):
    found = _errors(tmp_path, "The Liberal Party won 54 seats, officials said. Final results gave the Liberal Party 45 seats.")
    assert [kind for kind, _ in found] == ["internal-conflict"], found


def test_each_clause_of_a_sentence_has_its_own_persons_figure(tmp_path):
    found = _errors(
        tmp_path,
        "Paul Ridley got eight years and Martin Cole three years, the judge ruled.",
        "Martin Cole was jailed for three years; Paul Ridley received eight years.",
    )
    assert found == []

