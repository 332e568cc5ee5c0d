"""Who names a label ("called "..."") when the verb follows an apposition: the name the
apposition describes ("Ann Kirby, treasurer of the 1980 campaign, called "..."", "Rush Limbaugh,
for one, called"), not the sentence's first subject. Texts written for these tests in newspaper
(Washington Post, NYT) styles."""
from .helpers import one


def test_the_name_before_a_role_apposition_calls_it_wapo():
    text = ('Tom Lund ran the 1980 floor fight, in what Ann Kirby, treasurer of the Reagan '
            'campaign, called "hand-to-hand combat."')
    assert one(text, "hand-to-hand").speaker == "Ann Kirby"


def test_the_name_before_for_one_calls_it_nyt():
    text = ("Governor Paul Lund kept campaigning in the state, uttering charges that Ned Marlow, "
            "for one, called ''liberal lingo.''")
    assert one(text, "liberal lingo").speaker == "Ned Marlow"
