"""An addressee or target set off by an aside before the content's "to" / "of"
(analysis/quotes/set_off_addressees.py; objects._after_object and object_end).

Texts written for these tests in wire and newspaper styles; expected spans are what a reader
would say.
"""
from .helpers import indirect


def test_a_relative_clause_on_the_addressee_before_to():
    assert indirect("Gov. Helen Marsh asked the lawmakers, who return to the capital on Monday, "
                    "to pass the budget before the holiday.") == [   # AP
        ("the lawmakers, who return to the capital on Monday, to pass the budget before the holiday",
         "Helen Marsh", "ask")]


def test_an_apposition_on_the_addressee_before_to():
    assert indirect("The campaign has asked Daniel Ruiz, the moderator of Tuesday's forum, to "
                    "check the candidates' claims in real time.") == [   # Politico
        ("Daniel Ruiz, the moderator of Tuesday's forum, to check the candidates' claims in real time",
         "The campaign", "ask")]


def test_an_adverbial_aside_before_to():
    assert indirect("Party elders are urging her, both privately and in public, to step aside.") == [
        ("her, both privately and in public, to step aside", "Party elders", "urge")]   # Guardian


def test_a_relative_clause_on_the_target_before_of():
    assert indirect("Mr. Okafor accused the contractor, which won the bid in 2019, of inflating "
                    "its costs.") == [   # NYT
        ("the contractor, which won the bid in 2019, of inflating its costs", "Okafor", "accuse")]


def test_charges_repeating_their_preposition_make_one_list():
    assert indirect("The complaint accuses the agency of ignoring the warnings it had from "
                    "inspectors in three states, of misleading Congress about the cost of the "
                    "program and of destroying records.") == [   # Reuters
        ("the agency of ignoring the warnings it had from inspectors in three states, of misleading "
         "Congress about the cost of the program and of destroying records", "The complaint", "accuse")]


def test_a_pair_of_dashes_before_a_question_word():
    rows = indirect("We asked the offices of the three county commissioners - Ruiz, Okafor and "
                    "Lund - why they skipped the hearing.")   # Washington Post, typed dashes
    assert [(q, v) for q, _, v in rows] == [("why they skipped the hearing", "ask")]   # (the
    # reporter's "we" is no speaker name)
