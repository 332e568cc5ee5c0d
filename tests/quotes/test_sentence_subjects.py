"""An -s form after a capitalised pronoun opening the clause is a verb (analysis/quotes/words.py
SENTENCE_SUBJECTS, read by clause_or_object.has_finite_verb), so a clause opened by "This includes" is a
clause for a frame after it.

Sentences written for these tests in the styles of a US paper (USA Today) and a wire (AP).
"""
from analysis.quotes.clause_or_object import has_finite_verb
from analysis.text import CLAUSE_TOKEN

from .helpers import indirect


def _finite(text):
    return has_finite_verb(list(CLAUSE_TOKEN.finditer(text)))


def test_an_s_form_after_a_capitalised_subject_pronoun_is_a_verb():
    assert _finite("This includes a special force")
    assert _finite("It seems a long shot")
    # (a plural noun after a name or a determiner is no verb)
    assert not _finite("Senate records")
    assert not _finite("The states")


def test_a_post_posed_told_frame_after_a_this_clause_keeps_its_content():
    # USA Today: ", X told a Senate panel Wednesday." after a clause opened by "This"
    assert indirect("The army is sending more troops. This includes a special force to train "
                    "local units, Defense Secretary Ann Reyes told a Senate panel Wednesday.") == [
        ("This includes a special force to train local units", "Ann Reyes", "tell")]
