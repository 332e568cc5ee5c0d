"""A mid-sentence frame inside a non-restrictive relative clause: the words are that clause, not
the main clause before it (analysis.quotes.reported_ends.setting_around_aside)."""
from tests.quotes.helpers import indirect


def test_which_clause_interrupted_by_the_frame():
    rows = indirect("The park is near the stadium, which, Tompkins said, is usually full of "
                    "activities on game days.")
    assert rows == [("which, Tompkins said, is usually full of activities on game days.", "Tompkins", "say")]


def test_who_clause_with_a_predicate_before_the_frame():
    text = ("Ms. Ortiz distanced herself from Mr. Hale, who works directly for the network and, "
            "Ms. Ortiz said, has recently seemed supportive of the governor.")
    quote, speaker, verb = indirect(text)[-1]
    assert quote.startswith("who works directly") and speaker == "Ortiz" and verb == "say"


def test_a_main_clause_interrupted_by_the_frame_keeps_its_start():
    # a comma after the relative word's clause: the frame interrupts the main clause
    text = "The budget, which passed on Tuesday, will protect the city, the mayor said, from deep cuts."
    assert indirect(text)[0][0].startswith("The budget, which passed")
