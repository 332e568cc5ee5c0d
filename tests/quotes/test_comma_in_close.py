"""A comma typed inside a closing quotation mark ends a reported content as a bare comma would
(analysis/quotes/objects.py object_end, analysis/quotes/reported.py with
reported_limits.shown_commas): the reporter's participle, apposition or new clause after it is no
part of what was said.

Sentences written for these tests in the styles of US papers (NYT's ''...'' marks, The Washington
Post), wire copy (AP, Reuters) and a British paper (The Guardian, curly marks); each shape is
paired with a comma that does not end the content.
"""
from .helpers import extract


def _indirect(text):
    return [(r.quote, r.verb) for r in extract(text).itertuples() if r.kind == "indirect"]


def test_an_object_told_content_ends_at_the_comma_inside_the_mark():
    # Washington Post: a naming, then the reporter's participle
    assert ("himself the “prince of polls,”", "call") in _indirect(
        "The senator mocked Mr. Dunn for calling himself the “prince of polls,” noting that "
        "his own surveys had missed the result.")
    # NYT: typewriter marks, then an apposition of the reporter's
    rows = _indirect("The speaker on Tuesday called the governor's remarks ''reckless,'' a "
                     "rare rebuke that stunned members of his own party.")
    assert ("the governor's remarks ''reckless,''", "call") in rows
    # AP: a second quoted name in a list keeps the content going
    assert ("the mayor a “bully,” a “liar” and a “fraud.”", "call") in _indirect(
        "Brown called the mayor a “bully,” a “liar” and a “fraud.”")


def test_a_short_clause_content_ends_at_the_comma_inside_the_mark():
    # Guardian: two words and a quotation, then the reporter's apposition
    assert ("she was “doing her best,”", "insist") in _indirect(
        "Ms Hale insisted she was “doing her best,” a line she has repeated all week.")
    # Reuters: a participle of the reporter's after the quoted words
    assert ('the plan "would cost billions,"', "say") in _indirect(
        'Governor Amy Reyes said the plan "would cost billions," prompting a sharp reply '
        'from the treasurer.')
    # (a quotation that is the content's subject keeps the clause it opens, AP)
    rows = _indirect('Officials said "the worst of the storm," the part that hit the coast '
                     'overnight, had passed.')
    assert all(not q.endswith('storm,"') for q, _ in rows)


def test_a_bare_form_after_an_indefinite_article_and_a_word_is_a_noun():
    # NYT: "a rare rebuke" is no speech act, its "that" a relative
    rows = _indirect("The speaker on Tuesday called the governor's remarks ''reckless,'' a "
                     "rare rebuke that stunned members of his own party.")
    assert [v for _, v in rows] == ["call"]
    # (a quantity before the verb is its subject, AP: "a few say")
    assert ("they will vote for the governor", "say") in _indirect(
        "A few say they will vote for the governor.")
