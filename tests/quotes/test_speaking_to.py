"""The subject of "X speaking to <outlet> said": X, the one speaking, not the outlet after "to"
(the bare-subject rule took the words right before the verb); and the description opening the
clause after a fronted phrase as the subject of ", saying:". Texts written for these tests in
wire and cable-news web styles."""
from .helpers import one


def test_a_source_speaking_to_an_outlet_said_cable_web():
    text = ("The inquiry widened in March. Another federal source speaking to Channel Nine News "
            "said, \u201cThe agents are looking at every donation.\u201d")
    assert one(text, "The agents are looking").speaker == "Another federal source"


def test_an_insider_posting_to_a_forum_said_wire():
    text = ('The vote was delayed again. One party insider posting to Reddit said, "Nobody has '
            'the numbers."')
    assert one(text, "Nobody has").speaker == "One party insider"


def test_a_description_after_a_fronted_phrase_is_the_participles_subject_web():
    # "In response to ..., Y's <role noun> rallied supporters, saying:": the description speaks
    text = ("In response to Governor Tom Lund's plan to close the border, Senator Ana Reyes's "
            "closest aide rallied volunteers, saying: \u201cWe have to be ready to stop him.\u201d")
    assert one(text, "We have to be ready").speaker == "Senator Ana Reyes's closest aide"
