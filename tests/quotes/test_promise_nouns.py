"""A promise, pledge or vow told by its infinitive after the noun ("his promise to build a wall",
"with promises to cut fees", "her vow to go after ..."): the commitment is the content, as of the
verb (analysis/quotes/nominal.py, owned_contents).

Sentences written for these tests in wire (AP, Reuters), US and British newspaper styles.
"""
from .helpers import indirect


def _of(text, verbs=("promise", "pledge", "vow")):
    return [(q, v) for q, _, v in indirect(text) if v in verbs]


def test_an_owned_promise_or_vow_holds_its_infinitive():
    # AP: a possessive owner; the predicate of the subject phrase is not the content's
    assert _of("The governor's promise to freeze tuition won him the student vote.") == [
        ("to freeze tuition", "promise")]
    # Guardian: a pronoun owner, a list of infinitives
    assert _of("Her vow to close the tax loopholes and raise the minimum wage drew cheers in "
               "Leeds.") == [("to close the tax loopholes and raise the minimum wage", "vow")]


def test_an_unowned_promise_after_an_article_or_with():
    # Reuters: "with promises to ...", "a pledge to ..."
    assert _of("She courted farmers with promises to cut diesel taxes.") == [
        ("to cut diesel taxes", "promise")]
    assert _of("The accord includes a pledge to halve emissions by 2030.") == [
        ("to halve emissions by 2030", "pledge")]


def test_a_quoted_word_inside_does_not_end_it():
    # NYT: a scare-quoted word, and the commitment runs on after it
    assert _of('His promise to stay "neutral" in the border talks worried the allies.') == [
        ('to stay "neutral" in the border talks', "promise")]


def test_no_commitment_without_a_verb_after_to():
    # "a promise to himself" (no act promised); the verb "promises" is the verb rules' row
    assert _of("It was a promise to himself.") == []
    assert _of("The candidate promises to cut taxes.") == [("to cut taxes", "promise")]
