"""A relative clause opened by ", whose" stays in the reported content: it most often tells the
speaker's own view of the noun (analysis/quotes/reported_ends.py CLAUSE_END). Other
non-restrictive relatives (", which ...", ", who ...") still end it.

Sentences written for these tests in the styles of a US paper (The New York Times), wire copy
(AP) and a British paper (The Guardian).
"""
from .helpers import extract


def _indirect(text):
    return [(r.quote, r.verb) for r in extract(text).itertuples() if r.kind == "indirect"]


def test_a_whose_clause_is_part_of_the_content():
    # NYT: the speaker's own view of the noun
    assert ("he was leaning toward the governor, whose energy and candor he admired", "say") in \
        _indirect("Mr. Ellis said he was leaning toward the governor, whose energy and candor he "
                  "admired.")
    # AP: a threat the speaker names, with its source
    assert ("the treaty poses a grave threat to the region from Ruritania, whose leaders have "
            "called for the annexation of the islands", "say") in _indirect(
        "The senator has said the treaty poses a grave threat to the region from Ruritania, whose "
        "leaders have called for the annexation of the islands.")


def test_other_relatives_still_end_the_content():
    # Guardian: ", which ..." after the clause is the reporter's addition
    assert ("the council would review the plan", "say") in _indirect(
        "Ms Patel said the council would review the plan, which was published in March.")
    # AP: ", who ..." after a name
    assert ("she would vote for the mayor", "say") in _indirect(
        "Jones said she would vote for the mayor, who is seeking a third term.")
