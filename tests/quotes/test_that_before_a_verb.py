"""A "that" right before a finite verb is no conjunction (analysis/quotes/reported.py with
reported_limits.verb_after_that): right after the speech verb it is the clause's subject ("said
that was a mistake": the content keeps it); after an object it is a relative pronoun, so the
content is the object with its relative ("points out a bill that made ...") or, for a verb that
takes no such object, no content starts there ("agreed on setting up a panel to review the rules
that could limit ...": the topic after "on").

Sentences written for these tests in the styles of AP, Politico, Reuters and The Washington Post;
each is paired with a "that" that opens a clause.
"""
from .helpers import extract


def _indirect(text):
    return [(r.quote, r.verb) for r in extract(text).itertuples() if r.kind == "indirect"]


def test_that_right_after_the_verb_is_the_subject():
    # AP: a demonstrative subject
    assert _indirect("Officials said that was a mistake.") == [("that was a mistake", "say")]
    # Reuters: a modal after it
    assert _indirect("The minister suggested that might not be enough to calm markets.") == [
        ("that might not be enough to calm markets", "suggest")]
    # (a conjunction before a subject, AP; a plural noun in -es is no verb, Politico)
    assert _indirect("Officials said that the vote was a mistake.") == [
        ("the vote was a mistake", "say")]
    assert _indirect("Activists have demanded that candidates address police brutality.") == [
        ("candidates address police brutality", "demand")]


def test_that_after_an_object_opens_a_relative():
    # Politico: the object and its relative are the content
    assert _indirect("It also points out another Senate bill that made available $500 million "
                     "for flood relief.") == [
        ("another Senate bill that made available $500 million for flood relief", "point out")]
    # Washington Post: the topic after "on" is the content, not the relative's predicate
    assert _indirect("The two parties also agreed on setting up a panel to review the party rules "
                     "that could limit the power of insiders.") == [
        ("setting up a panel to review the party rules that could limit the power of insiders",
         "agree")]
    # Reuters: a clause without "that" holding a relative keeps its subject
    assert _indirect("Mr. Lowe notes the charity hid three gifts that totaled $2 million from a "
                     "mining firm.") == [
        ("the charity hid three gifts that totaled $2 million from a mining firm", "note")]
