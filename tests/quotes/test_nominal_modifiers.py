"""A noun for a body or group used as a modifier ("a military uprising", "his leadership team",
"the government effort") is no object of its own: the object is the whole noun phrase
(analysis.quotes.nominal._object_head). Sentences written in wire and newspaper styles."""
from tests.quotes.helpers import indirect


def test_a_call_for_a_military_uprising_keeps_its_head_noun():
    rows = indirect("The talks stalled a day after opposition leader Juan Guaido's call for a "
                    "military uprising fizzled out.")
    assert [(q, v) for q, _, v in rows] == [("a military uprising", "call for")]


def test_a_body_noun_as_a_modifier_in_other_owned_calls():
    rows = indirect("The rebels' calls for a military takeover were rejected by the council.")
    assert [q for q, _, _ in rows] == ["a military takeover"]
    rows = indirect("Union leaders renewed their call for a government inquiry into the mine collapse.")
    assert [q for q, _, _ in rows] == ["a government inquiry into the mine collapse"]
