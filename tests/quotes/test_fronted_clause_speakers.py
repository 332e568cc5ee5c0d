"""A speaker quoted inside a fronted clause ("When X called it "...," Y laughed it off") ranks
after the main clause's subject as the antecedent of a later "he"/"she"; the fronted clause may
end at a comma inside the quotation's closing marks (analysis/quotes/antecedents.py
history_split, fronted_end). Texts written for these tests in several styles."""
from .helpers import one


def test_when_clause_quote_then_main_subject_she_cable_recap():
    text = ("Rachel Maddow interviewed Hillary Clinton on Wednesday.\n\nWhen Maddow pointed out that "
            'Sanders calls it "Medicare for all," Clinton seized upon the reference, repeating her '
            'line. "Medicare for all is not the same if you give it to the states," she said.')
    assert one(text, "Medicare for all is not").speaker == "Hillary Clinton"


def test_when_clause_comma_inside_the_closing_mark_ap():
    text = ('Diane Ross met Laura Kent in Boston. When Ross called the plan "a disaster," Kent '
            'laughed it off. "It is a fine plan," she said.')
    assert one(text, "It is a fine plan").speaker == "Laura Kent"


def test_after_clause_nyt_double_single_marks():
    text = ("Mr. Hale and Mr. Ames debated on Friday in Albany. After Mr. Hale described the bill as "
            "''reckless,'' Mr. Ames shook his head.\n\n''The bill is sound,'' he said.")
    assert one(text, "The bill is sound").speaker_mention == "he"
    assert "Ames" in one(text, "The bill is sound").speaker


def test_while_clause_curly_marks_guardian():
    text = ("Tom Price, the shadow minister, spoke after Paul Grant, the party chairman. While Price "
            "called the vote “a betrayal”, Grant stayed calm.\n\n“We will recover,” he said.")
    assert one(text, "We will recover").speaker == "Paul Grant"


def test_a_fronted_phrase_holding_no_quotation_changes_nothing_wire():
    text = ('In Boston on Monday, Maria Lopez called the plan "a disaster." Ana Ruiz was not there. '
            '"It will fail," she said.')
    assert one(text, "It will fail").speaker == "Ana Ruiz"


def test_a_participle_after_the_main_clause_is_the_main_subjects_guardian():
    # the fronted clause ends at the comma inside the quotation's closing mark
    text = ("When Maddow pointed out that Sanders calls it “Medicare for all,” Clinton seized upon "
            "the reference, repeating her line that the plan would hand control to the states.")
    from .helpers import indirect
    rows = [r for r in indirect(text) if r[2] == "repeat"]
    assert rows and rows[0][1] == "Clinton"
