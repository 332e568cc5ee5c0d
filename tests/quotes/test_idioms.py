"""Reporting verbs that report nobody's words: "rest assured that ..." is an
imperative to the reader (analysis.quotes.verbs: _REST_BEFORE), as "needless to say" and "to
say the least" are asides; "As the talks continued," is a time, no comment clause
(analysis.quotes.reported_starts.fronted_as). Sentences written in web and newspaper styles."""
from tests.quotes.helpers import indirect


def test_rest_assured_is_no_statement():
    assert indirect("And rest assured that your data will not be shared with any other party.") == []


def test_the_rest_and_assured_still_report():
    assert indirect("The rest said they would stay.") == [("they would stay", "The rest", "say")]
    assert indirect("The mayor assured residents that the water was safe.") == [
        ("the water was safe", "The mayor", "assure")]


def test_as_talks_continued_is_a_time_not_a_comment_clause():
    # "As X noted, ..." attributes the main clause; "As the talks continued, ..." dates it
    assert indirect("As the talks continued, the minister said a deal was close.") == [
        ("a deal was close", "the minister", "say")]
    assert indirect("As Pollak observed, the victor was the party.") == [
        ("the victor was the party", "Pollak", "observe")]
