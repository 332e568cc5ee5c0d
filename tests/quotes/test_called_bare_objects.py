""""X called Y Z" with a bare noun object before the name given it ("called climate change a
hoax"; analysis/quotes/object_limits.py bare_noun_object, used by objects._called).

Texts written for these tests in wire and newspaper styles; expected spans are what a reader
would say.
"""
from .helpers import indirect


def test_a_bare_noun_object_and_the_name_given_it():
    assert indirect("The governor has called climate change a hoax invented by activists.") == [
        ("climate change a hoax invented by activists", "The governor", "call")]   # AP
    assert indirect("Mr. Holt called immigration reform a trap for moderates.") == [   # NYT
        ("immigration reform a trap for moderates", "Holt", "call")]


def test_a_telephone_call_names_nothing():
    assert indirect("She got a call from a childhood friend on Sunday.") == []   # local paper
    assert indirect("The manager called half a dozen directors before the vote.") == []   # WSJ
