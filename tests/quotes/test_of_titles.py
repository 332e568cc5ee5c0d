"""A role of two nouns joined by "of" ("the head of state", "heads of government") is a
description of a person, as wire copy from Latin America, Asia and Europe writes it; its plural
is on the first noun (analysis.quotes.descriptions, codebooks/role_nouns.csv)."""
from tests.quotes.helpers import extract, indirect


def test_the_head_of_state_speaks():
    assert indirect("The head of state said the vote had been free and fair.") == [
        ("the vote had been free and fair", "The head of state", "say")]


def test_heads_of_government_and_a_modifier():
    row = extract("Several Caribbean heads of government agreed on Friday that sanctions would stay.").iloc[0]
    assert (row["quote"], row["speaker_mention"]) == ("sanctions would stay", "Several Caribbean heads of government")
    assert indirect("The Venezuelan head of state told supporters the army remained loyal.") == [
        ("the army remained loyal", "The Venezuelan head of state", "tell")]


def test_the_head_of_state_capitalised_as_translated_copy_writes_it():
    text = ("Speaking on national television, the head of State affirmed that the opposition "
            "had tried to provoke a confrontation.")
    assert indirect(text) == [("the opposition had tried to provoke a confrontation",
                               "the head of State", "affirm")]
