"""Objects of "sought"/"seeking" (what someone seeks), and "offered" with goods (no content):
analysis/quotes/content.py and the cue codebook.

Texts written for these tests in wire, newspaper and broadcast styles; expected holders and spans
are what a reader would say.
"""
from .helpers import extract, one


def test_what_someone_seeks_is_the_object():
    row = one("The port authority is seeking federal approval for the new terminal.", "federal")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("The port authority", "seek", "intention", "federal approval for the new terminal")
    row = one("Back in 2009, Ms. Ferreira sought a recount in two districts.", "a recount")
    assert (row.speaker, row.verb) == ("Ferreira", "seek")
    # the infinitive is still its own shape
    row = one("The union sought to delay the vote.", "to delay")
    assert row.verb == "seek"


def test_a_seeking_participle_ends_before_the_predicate():
    row = one("Three of the candidates seeking the nomination have filed their reports.",
              "the nomination")
    assert row.quote == "the nomination"


def test_offered_goods_is_no_content():
    for text in ("The airline also offers free meals on long flights.",
                 "She offered him a job in her cabinet."):
        assert "offer" not in set(extract(text)["verb"]), text
