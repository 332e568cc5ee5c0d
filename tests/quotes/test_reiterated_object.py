"""A speech act told by its object: "reiterated <noun phrase>" (analysis/quotes/objects.py,
PLAIN_OBJECT), like "repeated".

Sentences written for these tests in the styles of AP, Reuters and a British paper.
"""
from .helpers import extract


def _rows(text):
    return [(r.quote, r.speaker, r.verb) for r in extract(text).itertuples() if r.kind == "indirect"]


def test_reiterated_takes_its_object_as_the_content():
    # AP
    assert _rows("But Mr. Okafor reiterated his support for the governor's budget.") == [
        ("his support for the governor's budget", "Okafor", "reiterate")]
    # Reuters: a present tense, a determiner
    assert _rows("The central bank reiterates the need for patience on interest rates.") == [
        ("the need for patience on interest rates", "The central bank", "reiterate")]
    # Guardian: still a clause after "that"
    assert _rows("The minister reiterated that the border would stay open.") == [
        ("the border would stay open", "The minister", "reiterate")]


def test_a_lone_pronoun_after_reiterated_is_no_content():
    assert _rows("She reiterated it.") == []
