"""Attitudes told by an adjective or a stance noun after a copula (attitudes.py), in wire and
newspaper styles written for these tests."""
from tests.quotes.helpers import indirect


def rows(text):
    return {(q, s, v) for q, s, v in indirect(text)}


def test_adjective_with_a_that_clause():
    # Reuters style: adverbs and auxiliaries between the copula and the adjective
    assert ("the talks would collapse", "Marta Keller", "aware") in rows(
        "Finance Minister Marta Keller has been acutely aware that the talks would collapse.")
    # AP style: "remain" as the copula, a quantified subject
    assert ("they can hold the seat in November", "Local Democrats", "confident") in rows(
        "Local Democrats remain confident that they can hold the seat in November.")
    # NYT style: negation
    assert ("the plan will pass the Senate", "Her advisers", "convinced") in rows(
        "Her advisers are not convinced that the plan will pass the Senate.")


def test_adjective_with_its_preposition():
    # The Guardian style: the object ends at the comma
    assert ("the drought", "The farmers", "worried") in rows(
        "The farmers are worried about the drought.")
    assert ("the company", "Ohio lawmakers", "furious") in rows(
        "Ohio lawmakers are furious at the company and want their money back.")
    got = indirect("Senator Ruth Alvarez was also critical of the treaty, telling reporters it "
                   "gave away too much.")
    assert ("the treaty", "Ruth Alvarez", "critical") in got


def test_stance_nouns():
    assert ("Bernie Sanders", "Raul Grijalva", "backer") in rows(
        "Rep. Raul Grijalva, D-Ariz., was an early backer of Bernie Sanders.")
    assert ("the Affordable Care Act", "Clinton", "defender") in rows(
        "Mrs. Clinton has been a dogged defender of the Affordable Care Act, while Mr. Sanders "
        "wants more.")
    # an apposition after the name (BBC style)
    assert ("Mr. Sanders and his Wall Street proposals", "Barney Frank", "critic") in rows(
        "Barney Frank, a former Massachusetts congressman and fierce critic of Mr. Sanders and "
        "his Wall Street proposals, will chair the committee.")


def test_no_holder_no_row():
    """No copula of a subject: an infinitive, a name's possessive, a noun phrase alone."""
    for text in ("To observe the debate is to be aware of the history behind it.",
                 "Supporters of the law say it works.",
                 "The bridge is critical to the region's economy.",
                 "He is sure to win the seat."):
        assert not [r for r in indirect(text) if r[2] in ("aware", "supporter", "critical", "sure")], text
