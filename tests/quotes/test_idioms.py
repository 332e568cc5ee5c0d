"""Reporting verbs inside idioms report nobody's words: "rest assured that ..." is an
imperative to the reader (analysis.quotes.verbs: _REST_BEFORE), as "needless to say" and "to
say the least" are asides. Sentences written in the style of web copy and newspapers."""
from tests.quotes.helpers import indirect


def test_rest_assured_is_no_statement():
    assert indirect("And rest assured that your data will not be shared with any other party.") == []


def test_the_rest_and_assured_still_report():
    assert indirect("The rest said they would stay.") == [("they would stay", "The rest", "say")]
    assert indirect("The mayor assured residents that the water was safe.") == [
        ("the water was safe", "The mayor", "assure")]
