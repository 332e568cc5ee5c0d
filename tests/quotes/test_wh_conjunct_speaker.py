"""A coordinated wh-clause with a speaker and speech verb of its own ("between what X says his
plan would do and how experts say it would ...") ends the first speaker's content before "and"."""
from tests.quotes.helpers import indirect


def test_and_how_others_say_ends_the_content():
    rows = indirect("The gap between what the governor says his budget would do and how analysts say "
                    "it would affect schools has shaped the race.")
    assert ("what the governor says his budget would do", "the governor", "say") in rows  # (a free
    # relative starts at its wh-word, as PolNeAR codes it: test_free_relatives.py)


def test_or_why_others_claim():
    rows = indirect("Voters are left to weigh what the company says its new plant would bring or why "
                    "critics claim it would pollute the river.")
    assert ("what the company says its new plant would bring", "the company", "say") in rows


def test_wh_clause_of_the_same_speaker_stays():
    # no speech verb after the wh-word: the clause is the speaker's own
    rows = indirect("The mayor said the plan would cut costs and how it would be paid for was unclear.")
    assert rows[0][0] == "the plan would cut costs and how it would be paid for was unclear"


def test_a_belief_in_the_second_wh_clause_does_not_end_the_content():
    # "what we expect" holds a belief verb, not a second speaker's statement
    rows = indirect("As one reader pointed out, the gap between what we expect from the mayor and what "
                    "we expect from the governor is so vast it is almost laughable.")
    assert rows[0][0] == ("the gap between what we expect from the mayor and what we expect from the "
                          "governor is so vast it is almost laughable")
