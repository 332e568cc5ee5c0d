"""Speech verbs whose "content" is only the setting of the act or a pointer to words that follow
a colon, and an -ing form coordinated with an adjective (analysis/quotes/speech_senses.py).

Sentences written for these tests in the styles of US papers (The Washington Post, Politico),
wire copy (AP, Reuters) and a British paper (The Guardian); each shape is paired with the same
verb reporting a statement, which keeps its row.
"""
from .helpers import extract


def _indirect(text):
    return [(r.quote, r.verb) for r in extract(text).itertuples() if r.kind == "indirect"]


def test_an_object_before_the_verb_leaves_only_its_setting():
    # Washington Post: the shift is the object (a relative's gap); "in its review" is where
    assert _indirect("This was exactly the kind of shift the committee warned about in its "
                     "2012 review.") == []
    # Politico: a pronoun object, then the place
    assert _indirect("She was a lobbyist for a drug firm, but she doesn't mention that on the "
                     "campaign trail.") == []
    # (a topic that opens with "in-" is a topic, Reuters)
    assert _indirect("The minister spoke about in-person voting in the capital.") == [
        ("in-person voting in the capital", "speak")]
    # (a time and a clause after it, AP)
    assert _indirect("The senator said on Tuesday that the bill was dead.") == [
        ("the bill was dead", "say")]


def test_a_participle_before_a_colon_points_to_the_words_after_it():
    # Guardian: the statement is the paragraph after the colon
    assert _indirect("According to Mary Lane, writing for the Herald:") == []
    # (a clause after the participle keeps the row, Reuters)
    rows = _indirect("According to Mary Lane, writing for the Herald, the council ran out of "
                     "money in May.")
    assert len(rows) == 1 and rows[0][0].endswith("the council ran out of money in May")


def test_an_ing_form_after_an_adjective_and_but_is_an_adjective():
    # AP: "an awkward but promising start" promises nothing
    assert _indirect("Ohio showed an awkward but promising start for the senator.") == []
    # (a noun before "but" and a "that" clause: a speech act, Washington Post)
    assert ("his style would hurt the party", "warn") in _indirect(
        "Rubio took him on sideways, acknowledging that Trump had tapped into a vein but "
        "warning that his style would hurt the party.")
