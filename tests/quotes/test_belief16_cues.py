"""Cues of beliefs, intentions, stances and topics added on 2 Dec 2026 (ninth session):
an adverb between a verb and its particle (analysis/quotes/content.py).

Texts written for these tests in wire, newspaper and broadcast styles; expected holders and spans
are what a reader would say.
"""
from .helpers import extract, one


def test_an_adverb_before_the_particle_keeps_the_cue():
    row = one("The mayor talked glowingly about the new stadium deal.", "the new")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("The mayor", "talk about", "topic", "the new stadium deal")
    row = one("In 2014 the Liberal Democrats campaigned hard against the tuition rise.", "the tuition")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("the Liberal Democrats", "campaign against", "stance", "the tuition rise")
    row = one("Ms. Okafor, 52, focused mainly on health care.", "health")
    assert (row.speaker, row.verb, row.quote) == ("Okafor", "focus on", "health care")
    row = one("Farmers in the valley care deeply about water rights.", "water")
    assert (row.verb, row.quote) == ("care about", "water rights")


def test_an_adverb_alone_is_no_cue():
    out = extract("The committee voted early on Tuesday. She talked quietly with her aides.")
    assert out.empty, out[["quote", "verb"]]
