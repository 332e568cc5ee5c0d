"""A quotation with no frame of its own continues the last quotation's speaker when the later
report of its sentence stands in a subordinate clause ("... after callers asked how much he was
paid"), not that report's speaker (analysis/quotes/quoted_voice.py). Texts written for these
tests in several styles."""
from .helpers import one


def test_during_which_clause_after_an_exclamation_feature():
    text = ('"And I am not being paid!" Bruce Lee declared, a point he likes to make after a radio '
            "appearance during which callers asked how much money he was getting. "
            '"I make my own money. I have a business."')
    assert one(text, "I make my own money").speaker == "Bruce Lee"


def test_shortly_after_clause_wire():
    text = ('"People have every right to be angry," Senator Ann Cole said in a brief speech shortly '
            "after she called Governor Tom Ray to congratulate him. \"What are we going to do? That "
            'is the fight we are taking," she said later.')
    assert one(text, "What are we going").speaker == "Ann Cole"


def test_when_clause_new_paragraph_nyt_marks():
    text = ("''We were outspent,'' Mr. Dunn said on Tuesday, when reporters asked whether the "
            "campaign had run out of money.\n\n''We will be back in the fall, with more volunteers "
            "than ever.''")
    assert "Dunn" in one(text, "We will be back").speaker


def test_a_main_clause_report_is_not_passed_over_guardian():
    text = ("The minister, Jane Hart, spoke first. Labour's spokesman, Tim Rowe, then argued that "
            "the figures were wrong. “The numbers do not lie, and they never will.”")
    assert one(text, "The numbers do not lie").speaker == "Tim Rowe"
