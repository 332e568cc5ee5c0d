"""A fronted speech participle after "Having", "In addition to" or "Since ... in <month>": its
clause is a statement of the main clause's subject ("Having announced that ..., the judge ...").

Texts written for these tests in wire (AP, Reuters) and newspaper (NYT, Guardian) styles.
"""
from .helpers import indirect


def test_a_perfect_participle_with_that():
    rows = indirect("Having announced that she would not seek re-election, Senator Mary Dunn "
                    "spent the summer campaigning for others.")
    assert rows == [("she would not seek re-election", "Mary Dunn", "announce")]


def test_in_addition_to_stating():
    rows = indirect("In addition to stating that the tariffs were unlawful, Judge Alan Ross "
                    "ordered the government to refund the importers.")
    assert ("the tariffs were unlawful", "Alan Ross", "state") in rows


def test_since_announcing_with_a_month():
    rows = indirect("Since announcing in October that he would step down, Mr. Kell has "
                    "skipped most votes.")
    assert ("he would step down", "Kell", "announce") in rows


def test_a_perfect_participle_with_an_object_gives_no_clause():
    # "Having announced his retirement": an object, no clause of the subject's words
    rows = indirect("Having announced his retirement, coach Dan Ortiz left the stadium early.")
    assert all(v != "announce" for _, _, v in rows)
