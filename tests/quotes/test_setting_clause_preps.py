"""A zero-"that" clause after a setting opened by a preposition that may also open a clause of
its own ("said after the convention he would ...", "admitted under questioning he had ..."): the
content starts at the pronoun; "said before he died" stays no setting."""
from tests.quotes.helpers import indirect


def test_said_after_a_noun_phrase():   # wire style
    rows = indirect("Governor Ann Lee said after the vote she would sign the budget on Friday.")
    assert ("she would sign the budget on Friday", "Ann Lee", "say") in rows


def test_admitted_under_questioning():   # hearing report
    rows = indirect("The bank's chief, Paul Grant, admitted under questioning he had not read "
                    "the audit.")
    assert ("he had not read the audit", "Paul Grant", "admit") in rows


def test_said_through_a_spokesman():   # business page
    rows = indirect("The company said through a spokesman it would appeal the ruling.")
    assert ("it would appeal the ruling", "The company", "say") in rows


def test_a_clause_after_the_preposition_is_no_setting():
    rows = indirect("The mayor said before he left office that the city was safe.")
    assert not [q for q, _, v in rows if q.startswith("he left")]


def test_to_after_the_verb_opens_no_setting():   # the later "say" keeps its clause
    rows = indirect("The unions who wrote to her on Monday say they are worried about the plan.")
    assert ("they are worried about the plan", "The unions", "say") in rows
    assert not [r for r in rows if r[2] == "write"]
