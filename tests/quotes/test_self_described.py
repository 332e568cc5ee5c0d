"""A label someone gives themself (analysis/quotes/self_described.py).

Sentences written for these tests in the styles of wire copy (AP, Reuters), a British paper (The
Guardian) and US papers (NYT, Politico); the expected spans are the label, as a careful coder
takes the person's own description of themself.
"""
from .helpers import extract


def _rows(text):
    return [(r.quote, r.speaker, r.verb) for r in extract(text).itertuples()
            if r.kind == "indirect"]


def test_a_self_given_label_in_an_apposition_is_the_persons_content():
    # AP: the apposition describes the name before it
    assert _rows("Young voters are flocking to Sen. Bernie Sanders, I-Vt., a self-described "
                 "democratic socialist.") == [("democratic socialist", "Bernie Sanders", "describe")]
    # Guardian: a label joined to a role by "and", the speaker's verb after it keeps its row
    assert _rows("Mr. Lopez, a former mayor and self-proclaimed fiscal hawk, said the budget "
                 "was a mess.") == [("fiscal hawk", "Lopez", "proclaim"),
                                    ("the budget was a mess", "Lopez", "say")]
    # Washington Post: a "who" clause of the person's own after the label
    assert _rows("It was classic Ann Lee, a self-described populist who has spent years in "
                 "the state senate.") == [("populist", "Ann Lee", "describe")]
    # NYT: a predicate after "is"
    assert _rows("Phyllis Schlafly was a fierce critic of the amendment and a self-described "
                 "housewife.")[-1] == ("housewife", "Phyllis Schlafly", "describe")


def test_a_label_naming_a_subject_or_heading_a_relative_is_no_content():
    # Politico: "the self-described X" is how the writer names the subject
    assert [r for r in _rows("The self-described democratic socialist won the state.")
            if r[2] == "describe"] == []
    # Reuters: the label heads a relative clause
    assert [r for r in _rows("She ran against a self-described centrist whom the party backed.")
            if r[2] == "describe"] == []   # (the party's stance on "whom" is a row of its own)
    # a quoted label is the quotation's (NYT's ''...'' marks)
    assert [r for r in _rows("Mr. Cruz, a self-described ''geeky kid,'' changed his name.")
            if r[2] == "describe"] == []
