"""A "who" after an indefinite predicate noun ("X is a lawyer who said ...") stands for the
copula's subject when that subject is a name or description (coreference rule 10), not a pronoun
whose own resolution may be wrong, and not after an apposition (the name before it, as before)."""
from tests.quotes.helpers import extract


def _speakers(text):
    return [(r.speaker, r.speaker_mention) for r in extract(text).itertuples()]


def test_a_named_subject_speaks_through_its_predicate_noun():
    # AP profile
    assert _speakers("Jane Holt is a lawyer who said the ruling was flawed.") == [
        ("Jane Holt", "a lawyer")]
    # US paper: a description as the subject
    assert _speakers("The mayor is a veteran politician who has repeatedly pledged to cut taxes.") == [
        ("The mayor", "a veteran politician")]


def test_a_pronoun_subject_leaves_the_predicate_noun_as_written():
    # no antecedent for "He": the description stays, no name is guessed
    assert _speakers("He is a man who says the system is rigged.") == [("a man", "a man")]


def test_an_apposition_keeps_its_name():
    assert _speakers("Smith, a lawyer who said the ruling was flawed, left early.")[0][0] == "Smith"
