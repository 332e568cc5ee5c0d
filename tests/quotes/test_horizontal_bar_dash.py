"""The horizontal bar (U+2015) some outlets print as their dash: a dateline "PLACE ― " is no
part of the words, and a lone bar ends a reported clause like any other dash."""
from tests.quotes.helpers import indirect


def test_dateline_with_horizontal_bar_is_cut():
    rows = indirect("DETROIT ― The new contract is a betrayal of retired autoworkers, union leaders said.")
    assert rows == [("The new contract is a betrayal of retired autoworkers", "union leaders", "say")]


def test_fronted_gerund_after_dateline_with_bar():
    rows = indirect("CHICAGO ― After boasting for months about the city's falling crime rate, the mayor "
                    "is now hiring more police officers.")
    assert [(q, v) for q, _, v in rows] == [("for months about the city's falling crime rate", "boast")]


def test_lone_bar_ends_the_clause():
    rows = indirect("The senator said the vote would be close ― a forecast few of his colleagues shared.")
    assert rows == [("the vote would be close", "The senator", "say")]
