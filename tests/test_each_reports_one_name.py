"""A slot each of two reports fills with one name only ("flown to hospital in Brig", "taken to hospital in Thun") is
one fact told two ways, however common the slot's word is to the story; a report that fills it with two names ("two
to hospital in Brig and two to Sierre") has told of two."""

from __future__ import annotations

from tests.test_places_of_one_act import _entity_rows


def test_each_reports_one_name_for_a_slot_is_compared(tmp_path):
    found = _entity_rows(
        tmp_path,
        ("2026-08-13", "All four climbers were flown to hospital in Brig after the rescue, police said."),
        ("2026-08-14", "The four were taken to hospital in Thun, where two are being treated for frostbite."),
    )
    assert found == {("Brig", "Thun")}


def test_a_report_that_names_two_for_a_slot_is_no_one_answer(tmp_path):
    found = _entity_rows(
        tmp_path,
        ("2026-08-13", "Two of the climbers were flown to hospital in Brig and the other two to hospital in Sierre, "
                       "police said."),
        ("2026-08-14", "The four were taken to hospital in Thun, where two are being treated for frostbite."),
    )
    assert found == set()


def test_where_two_people_are_from_is_no_one_answer(tmp_path):
    found = _entity_rows(
        tmp_path,
        ("2026-04-13", "Third place went to a local rider: the 23-year-old from Zulte gave his home crowd plenty to "
                       "cheer."),
        ("2026-04-13", "On Sunday, in the town of Waregem, the 26-year-old from Zwolle finally had the win."),
    )
    assert found == set()
