"""A reported content that ends inside a quotation running on past its sentence runs on to the
quotation's end (analysis/quotes/reported_checks.py _through_open_quotation): the sentence
splitter cuts at a stop between the marks, but the words are one statement.

Sentences written for these tests in the styles of The Washington Post (straight marks), The New
York Times (''...'' marks) and AP (curly marks); each is paired with a quotation closed inside the
sentence, which keeps its end.
"""
from .helpers import extract


def _indirect(text):
    return [(r.quote, r.verb) for r in extract(text).itertuples() if r.kind == "indirect"]


def test_a_partial_quotation_over_two_sentences_is_one_content():
    # Washington Post
    assert _indirect('Sen. Mark Dolan has said he would "shut the program down. I don\'t care '
                     'who runs it."') == [
        ('he would "shut the program down. I don\'t care who runs it."', "say")]
    # NYT: typewriter marks
    assert _indirect("Ms. Ortiz said the plan was ''a gift to the banks. Nobody else gains "
                     "from it.''") == [
        ("the plan was ''a gift to the banks. Nobody else gains from it.''", "say")]
    # AP: curly marks, three sentences
    assert _indirect("The governor told reporters that the vote on the budget “came too late. We warned them. "
                     "They did not listen.”") == [
        ("the vote on the budget “came too late. We warned them. They did not listen.”", "tell")]


def test_a_quotation_closed_in_the_sentence_keeps_its_end():
    # (AP: the next sentence is the reporter's)
    assert _indirect("The governor told reporters that the vote on the budget “came too late.” The session ended "
                     "at noon.") == [("the vote on the budget “came too late.”", "tell")]
