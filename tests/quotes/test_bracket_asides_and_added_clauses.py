"""A count opening its clause as a subject ("..., 43 said"), an aside in brackets between a
subject and its reporting verb or after a semicolon that opens a new speaker's clause
(analysis/quotes/subjects.py, reported.py); a clause opened by a nominative pronoun after
"adding"/"maintained" (analysis/quotes/clause_or_object.py).

Sentences written for these tests in the styles of AP, Reuters and a British paper.
"""
from .helpers import indirect


def test_a_bracketed_aside_before_the_verb_leaves_the_subject_before_it():
    # AP poll story: a semicolon, then a second group and its own clause
    rows = indirect("About 40 percent of voters said the economy was improving; 35 percent (and "
                    "half of independents) said it was getting worse.")
    assert ("the economy was improving", "About 40 percent of voters", "say") in rows
    assert ("it was getting worse", "35 percent", "say") in rows
    # Guardian: a plain subject and an aside
    assert ("the levy would hit small firms hardest", "Most economists", "warn") in indirect(
        "Most economists (including two former Treasury advisers) warned the levy would hit "
        "small firms hardest.")


def test_a_nominative_pronoun_opens_a_clause_after_adding():
    # Reuters: "adding" with no "that", a pronoun and a past tense
    assert ("she planned to appeal the ruling", "The lawyer", "add") in indirect(
        "The lawyer spoke for an hour, adding she planned to appeal the ruling.")
    # an object pronoun is still an object: no clause
    assert indirect("He kept the letter, adding it to his file.") == []


def test_a_count_opening_its_clause_is_the_subject():
    # AP poll style: a bare count after "while"
    assert ("the same of the governor", "48", "say") in indirect(
        "Of the 120 delegates polled, 61 backed the senator, while 48 said the same of the governor.")
    # a year is no count ("In 2012 said" is no clause with a subject)
    assert [r for r in indirect("The panel met in 2012 and in 2014 said nothing new.") if r[1] == "2014"] == []
