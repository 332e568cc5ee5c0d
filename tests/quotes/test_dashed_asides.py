"""A content framed by a belief or a viewpoint runs over a pair of dashes around an aside
("the plan — from X to Y — is doomed"), but ends at a dash that opens the reporter's next clause
("— and ..."); the horizontal bar "―" is read as that dash."""
from tests.quotes.helpers import indirect


def test_viewpoint_runs_over_a_dashed_aside():
    rows = indirect("To the veteran pollster Ames, the party's whole pitch — from the tax cuts to "
                    "the border fence — is simply out of date.")
    assert rows == [("the party's whole pitch — from the tax cuts to the border fence — is "
                     "simply out of date", "Ames", "to")]


def test_belief_runs_over_an_or_aside():
    rows = indirect("The memo undermines the assumption that the agency is unable to — or "
                    "unwilling to — enforce the rule.")
    assert rows[0][0] == "the agency is unable to — or unwilling to — enforce the rule"


def test_horizontal_bars_read_as_em_dashes():
    em = "To Ms. Ortiz, the budget — every line of it — is a gift to donors."
    assert indirect(em.replace("—", "―"))[0][1:] == indirect(em)[0][1:]
    assert indirect(em.replace("—", "―"))[0][0] == indirect(em)[0][0].replace("—", "―")


def test_a_dash_before_and_ends_the_content():
    rows = indirect("The poll feeds the fear that the senator is safe in her primary — and the party "
                    "is already planning for November — despite the polls.")
    assert rows[0][0] == "the senator is safe in her primary"
