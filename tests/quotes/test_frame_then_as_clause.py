"""A content-first sentence whose mid frame is followed by a clause of the moment (", as they
...", ", while her aides ..."): the words end before the frame (the clause is the reporter's)."""
from tests.quotes.helpers import indirect


def test_as_clause_after_frame_is_the_reporters():
    rows = indirect("The new tariff plan is an insult to every farmer in the state, Democratic "
                    "lawmakers said Friday, as they bristled at the administration's latest delay.")
    assert rows == [("The new tariff plan is an insult to every farmer in the state", "Democratic lawmakers", "say")]


def test_while_clause_after_frame():
    rows = indirect("Talks with the union had collapsed over pensions, the mayor told reporters, "
                    "while her aides handed out copies of the offer.")
    assert [(q, v) for q, _, v in rows] == [("Talks with the union had collapsed over pensions", "tell")]


def test_clause_after_frame_still_keeps_an_as_predicate():
    # "as" with no subject of its own is no clause of the moment: the words run on
    rows = indirect("The bill, the senator said, is dead as written, and the vote will wait.")
    assert rows[0][0].startswith("The bill, the senator said, is dead as written")
