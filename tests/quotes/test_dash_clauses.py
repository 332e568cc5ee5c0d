"""A dash closes a prepositional phrase: a name after " – " or " - " is no preposition's object
("... optimism about working together – Reyes saying ...", "With sleeves rolled - and any text
ignored - Mr. Lund assured ..."), so it can be a subject and a he's antecedent. Texts written for
these tests in wire and newspaper (NYT) styles."""
from .helpers import one


def test_a_name_after_a_dash_is_the_participles_subject_wire():
    text = ("Governor Ana Reyes met Mayor Tom Lund on Friday. Afterward, both issued a statement "
            "expressing hope about working together – Reyes saying she was “very encouraged.”")
    assert one(text, "very encouraged").speaker == "Ana Reyes"


def test_a_subject_after_a_dashed_aside_is_the_next_he_nyt():
    text = ("Mayor Ana Reyes has mocked Governor Tom Baker for weeks.\n\n"
            "For much of the speech - with his sleeves rolled up and any prepared text doomed "
            "to be ignored - Senator Paul Lund assured the crowd that Ms. Reyes was ''made of "
            "the same stuff,'' even if she could not always show it.\n\n"
            "''Maybe the difference is our schools,'' he wondered aloud.")
    assert one(text, "Maybe the difference").speaker == "Paul Lund"
