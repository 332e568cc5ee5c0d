"""A speech act inside a fronted subordinate clause ("When X noted that ... — aside — Y
boasted ..."): its content ends where a dash opens an aside, as it does at a comma; the main
clause resumes after it."""
from tests.quotes.helpers import indirect


def test_when_clause_ends_at_an_aside_opened_by_a_dash():
    rows = indirect("When the governor noted that the state had run a surplus -- as it had for three "
                    "years running -- lawmakers voted to cut taxes.")
    assert rows == [("the state had run a surplus", "the governor", "note")]


def test_while_clause_with_em_dash_aside():
    rows = indirect("While the company said its drivers were contractors — a claim the courts have "
                    "rejected — the union filed a new complaint on Monday.")
    assert [(q, v) for q, _, v in rows] == [("its drivers were contractors", "say")]


def test_main_clause_content_keeps_its_aside():
    # not in a subordinate clause: the paired dashes stay inside the words
    rows = indirect("The minister said the reform -- long delayed by the courts -- would pass this year.")
    assert rows[0][0] == "the reform -- long delayed by the courts -- would pass this year"
