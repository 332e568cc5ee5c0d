"""A reported content inside a noun phrase or a participle phrase ends at the comma before that
phrase's own predicate ("X's claim that ..., is contradicted", "Her email announcing that ..., was
left unopened") or before a noun summing the content up (", claims that ...", ", remarks that
...") (analysis/quotes/reported_ends.py bare_predicate). Not past a comma closing an aside inside
the content, not before a list of predicates or of nouns, not after a fronted phrase.

Sentences written for these tests in the styles of a US paper (The Washington Post), wire copy
(AP, Reuters), a British paper (The Guardian) and a US weekly's column.
"""
from .helpers import extract


def _indirect(text):
    return [(r.quote, r.verb) for r in extract(text).itertuples() if r.kind == "indirect"]


def test_the_predicate_after_the_content_is_its_hosts():
    # Washington Post: an auxiliary after a noun's "that" clause
    assert ("the figures were accurate", "claim") in _indirect(
        "The minister's claim that the figures were accurate, is contradicted by the agency's "
        "own report.")
    # US weekly column: a participle phrase holding the speech act, then its host's verb
    assert ("she had been dropped from the course", "announce") in _indirect(
        "Her email announcing that she had been dropped from the course, was left unopened on "
        "the table.")
    # AP: an object content, then a verb in -s before its own object
    assert ("a review of all supplier contracts", "announce") in _indirect(
        "Her memo announcing a review of all supplier contracts, gives the board a week to "
        "respond.")


def test_a_noun_summing_up_the_content_is_the_reporters():
    # Reuters: ", claims that ..." is no verb of the speaker's content
    assert ("it followed every rule", "maintain") in _indirect(
        "The ministry has long maintained that it followed every rule, claims that the auditors "
        "could not confirm.")
    # Guardian: ", remarks that ..."
    assert ("the people of Crimea wanted to rejoin Russia", "say") in _indirect(
        "Putin said the people of Crimea wanted to rejoin Russia, remarks that were replayed on "
        "state television all evening.")


def test_commas_that_do_not_end_the_content():
    # Guardian: an aside inside the content's subject closes before its verb
    assert ("the inquiry, which began in March, is nearly finished", "say") in _indirect(
        "Ms Okafor said the inquiry, which began in March, is nearly finished.")
    # AP: a list of predicates after the comma (whose they are, the shape does not tell)
    assert ("the bridge had been closed for repairs, had reopened on Tuesday and was carrying "
            "traffic again", "say") in _indirect(
        "Officials said the bridge had been closed for repairs, had reopened on Tuesday and was "
        "carrying traffic again.")
    # Washington Post: a plural noun before a preposition is a list's next item
    assert ("to cut taxes, regulations on small firms and red tape", "promise") in _indirect(
        "He promised to cut taxes, regulations on small firms and red tape.")
    # Reuters: a fronted phrase opening the content keeps its clause
    assert ("since then, thanks to the new contract, he has been more secure", "say") in _indirect(
        "He said since then, thanks to the new contract, he has been more secure.")
    # AP: a repeated adverb is no clause's end
    assert ("he really, really wants to sell the team but cannot find a buyer", "insist") in _indirect(
        "The owner insists he really, really wants to sell the team but cannot find a buyer.")
    # Guardian: a phrase fronted in a second conjunct closes at its comma
    assert ("the party took its voters for granted and as a result, now has to win them back",
            "believe") in _indirect(
        "Ms Reid believes the party took its voters for granted and as a result, now has to win "
        "them back.")
