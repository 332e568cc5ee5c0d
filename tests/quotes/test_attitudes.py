"""Attitudes told by an adjective or a stance noun after a copula (attitudes.py), in wire and
newspaper styles written for these tests."""
from tests.quotes.helpers import extract, indirect


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


def test_an_adjective_set_off_after_its_holder():
    # AP style: dashes
    assert ("how the network has treated him", "Donald Trump", "angry") in rows(
        "A grumpy Donald Trump -- angry at how the network has treated him -- stood apart.")


def test_a_noun_whose_content_a_copula_gives():
    # NYT style: an owner and a speech noun (its reporting-verb class)
    row = [r for r in extract("Mr. Rubio's response was that the tax code punishes savers.")
           .itertuples() if r.verb == "response"]
    assert [(r.quote, r.speaker, r.verb_class) for r in row] == \
        [("the tax code punishes savers", "Mr. Rubio", "neutral")]   # as written (nominal.py)
    # Guardian style: a belief noun with no owner
    assert ("donors can still give in good conscience", "", "idea") in rows(
        "The idea is that donors can still give in good conscience.")
    # the narrator's own nouns hold nothing
    for text in ("The point is that we will win.", "The problem is that nobody believes him."):
        assert not indirect(text), text


def test_opinions_held_or_withheld_and_leanings():
    # AP style: a divided electorate, "on" as the adjective's preposition
    assert ("whether the county should borrow for the bridge", "The voters", "split") in rows(
        "The voters are split on whether the county should borrow for the bridge.")
    assert ("the pension bill", "Labour backbenchers", "divided") in rows(
        "Labour backbenchers remain deeply divided over the pension bill.")
    # NYT style: adverbs before the adjective, a gerund object
    assert ("relying on a single supplier", "The board", "leery") in rows(
        "The board was far more leery about relying on a single supplier.")
    # Reuters style: an intention with "on" takes its gerund, not an infinitive
    got = indirect("Governor Ana Ruiz is intent on winning back the rural counties.")
    assert ("winning back the rural counties", "Ana Ruiz", "intent") in got
    # The Guardian style: a feeling caused, and a stance
    assert ("the new offer", "Union leaders", "unimpressed") in rows(
        "Union leaders were unimpressed by the new offer.")
    assert ("the new tax", "Rural voters", "resistant") in rows(
        "Rural voters have been especially resistant to the new tax.")


def test_adjectives_that_hold_no_view_give_no_row():
    # "open to the public", "favorable to" a party and troops "loyal to" a government tell facts
    assert rows("The museum is open to the public on Sundays.") == set()
    assert rows("In Florida the demographics are more favorable to the Democrats.") == set()
    assert rows("The garrison, however, remained loyal to the elected government.") == set()


def test_an_adverb_opening_the_sentence_holds_no_attitude():
    # Reuters style: a set-off adjective phrase opening the sentence, its holder after the comma
    got = rows("Deeply divided about the budget, the ministers ended the summit early.")
    assert all(s != "Deeply" for _, s, _ in got)


def test_plural_stance_nouns_without_an_article():
    # a poll's share or a group as holder: "were supporters of", "are critics of"
    assert ("the governor", "About a third of the delegates", "supporter") in rows(
        "About a third of the delegates were supporters of the governor.")
    assert ("the pipeline", "Many farmers in the county", "critic") in rows(
        "Many farmers in the county are longtime critics of the pipeline.")
    # an inverted copula names no holder: no row
    out = extract("Leading the push to raise money are major backers of the governor.")
    assert "backer" not in set(out["verb"])


def test_a_comparison_after_the_object_is_no_content():
    assert ("the treaty", "Hal Brooks", "critic") in rows(
        "Senator Hal Brooks is a harsher critic of the treaty than most Democrats.")
    assert ("the new rules", "Lane", "worried") in rows(
        "Ms. Lane is more worried about the new rules than about the budget.")
