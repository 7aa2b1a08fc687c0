"""One measure in other words: staff ("employs", "workforce"), sales ("sold", "best-selling"), a fleet
("aircraft", "planes"), donations ("donor", "donated"), a cost ("the final bill is", "an outlay of", "cost").

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
        # a cost told as a bill ("the final bill is"), an outlay or a price tag, and as what a thing cost
        ("Harbour officials opened the new ferry terminal in Dunmere on Friday. The final bill is £84 million, "
         "well over the original budget.",
         "The Dunmere ferry terminal, which cost £48 million, opened on Friday, the port authority said.",
         "The Dunmere ferry terminal, which cost £84 million, opened on Friday, the port authority said."),
        ("Work on the Avrin flood barrier ended in May. The total bill came to $1.3 billion.",
         "The Avrin flood barrier cost $3.1 billion, engineers said.",
         "The Avrin flood barrier cost $1.3 billion, engineers said."),
        ("Hospital chiefs said the outlay on agency nurses reached €31 million last year.",
         "Hospital chiefs said agency nurses cost the trust €13 million last year.",
         "Hospital chiefs said agency nurses cost the trust €31 million last year."),
    ],
)
def test_one_measure_in_other_words(error_kinds, first, conflicting, agreeing):
    assert "value-conflict" in error_kinds(first, conflicting)
    assert error_kinds(first, agreeing) == []


def test_another_measure_of_one_company_stays_apart(error_kinds):
    assert error_kinds("Brant Motors employs 12,000 people in Kael and sold 300,000 cars last year.",
                   "Brant Motors sold 12,500 trucks in Kael last year.") == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a bill that is a law's, and a bill of another thing, are no cost of the thing the other report prices
        ("The Senate passed the farm bill on Tuesday. The bill sets aside $12 billion for drought relief.",
         "The Senate passed the farm bill on Tuesday. The measure would cost $95 billion over ten years, "
         "budget analysts said."),
        ("The club's wage bill rose to €210 million last season.", "The club spent €95 million on transfers last season."),
        ("Residents face a heating bill of €1,400 this winter, the regulator said.",
         "The new boilers cost €4,100 each, the regulator said."),
    ],
)
def test_other_bills_stay_apart(error_kinds, first, second):
    assert error_kinds(first, second) == []
