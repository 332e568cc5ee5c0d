"""A day or an adverb inside "call for" ("called Friday for releasing the videos", "calls again
for a strike") keeps the directive and its content (analysis.quotes.verbs.verb_table). Sentences
written in wire and regional newspaper styles."""
from tests.quotes.helpers import indirect


def test_a_weekday_inside_call_for():
    assert indirect("Mayor Jennifer Roberts called Friday for releasing the police videos.") == [
        ("releasing the police videos", "Jennifer Roberts", "call for")]
    assert indirect("Senator Alvarez called Wednesday for the judge to resign.") == [
        ("the judge to resign", "Alvarez", "call for")]


def test_an_adverb_inside_call_for():
    assert indirect("Union leaders called again for a general strike.") == [
        ("a general strike", "Union leaders", "call for")]
