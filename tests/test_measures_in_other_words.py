"""One measure in other words: staff ("employs", "workforce"), sales ("sold", "best-selling"), a fleet
("aircraft", "planes"), donations ("donor", "donated").

The words are one measure's (data/synonyms.csv, data/units.csv), so two
reports that word it differently are compared; another measure of the same
company stays apart.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "conflicting", "agreeing"),
    [
        # a company's staff and its sales, in other words
        ("Brant Motors employs 12,000 people in Kael.", "Brant Motors' workforce in Kael numbers fewer than 9,000.",
         "Brant Motors' workforce in Kael numbers more than 11,000."),
        ("Brant Motors has 4,000 employees at its Kael plant.", "The Kael plant of Brant Motors employs 6,500 workers.",
         "The Kael plant of Brant Motors employs 4,000 workers."),
        ("Orsania donated €3 billion to the Kael relief fund.",
         "Orsania is the biggest donor to the Kael relief fund, with €5 billion.",
         "Orsania is the biggest donor to the Kael relief fund, with €3 billion."),
        ("Vela Air operates a fleet of 48 aircraft.", "Vela Air has more than 60 planes in its fleet.",
         "Vela Air has 48 planes in its fleet."),
        ("Ruritania shot down 12 drones and 3 planes overnight.", "Ruritania's air defences downed 5 aircraft overnight.",
         "Ruritania's air defences downed 3 aircraft overnight."),
        ("Vela's new phone was the best-selling handset in Ruritania in May, with 210,000 units.",
         "Vela sold 150,000 units of its new phone in Ruritania in May.",
         "Vela sold 210,000 units of its new phone in Ruritania in May."),
    ],
)
def test_one_measure_in_other_words(error_kinds, first, conflicting, agreeing):
    assert "value-conflict" in error_kinds(first, conflicting)
    assert error_kinds(first, agreeing) == []


def test_another_measure_of_one_company_stays_apart(error_kinds):
    assert error_kinds("Brant Motors employs 12,000 people in Kael and sold 300,000 cars last year.",
                   "Brant Motors sold 12,500 trucks in Kael last year.") == []
