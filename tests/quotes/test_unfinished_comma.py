"""A comma that cannot end a content: after a word that closes no phrase ("that", "instead of")
it opens an aside, and inside a question with no finite verb yet it closes an aside or a fronted
phrase (analysis/quotes/object_limits.py unfinished_at, reported_ends.reporter_comment). The
content runs on to the clause's end.

Sentences written for these tests in the styles of a US paper's feature (The Washington Post),
wire copy (AP, Reuters), a British paper (The Guardian) and a US opinion column.
"""
from .helpers import extract


def _indirect(text):
    return [(r.quote, r.verb) for r in extract(text).itertuples() if r.kind == "indirect"]


def test_a_comma_after_that_or_instead_of_opens_an_aside():
    # US opinion column: "that, having ..., he now faces"
    assert ("it is only fitting that, having survived so many scandals, he now faces a jury",
            "say") in _indirect("The columnist said it is only fitting that, having survived so "
                                "many scandals, he now faces a jury.")
    # Washington Post feature: a question's "that" before an aside of time
    assert ("how much they hoped that 2017 is the year that, for the first time in history, a "
            "woman is named party leader", "speak") in _indirect(
        "Supporters spoke about how much they hoped that 2017 is the year that, for the first "
        "time in history, a woman is named party leader.")
    # Guardian: "instead of, say, ..."
    assert ("why voters have embraced a populist outsider instead of, say, the governing party",
            "ask") in _indirect("Critics asked why voters have embraced a populist outsider "
                                "instead of, say, the governing party.")


def test_a_question_with_no_verb_yet_runs_past_its_aside_or_fronted_phrase():
    # AP: an aside between the question's subject and its verb
    assert ("how the mayor, as a candidate, silenced former aides through strict nondisclosure "
            "agreements", "describe") in _indirect(
        "She described how the mayor, as a candidate, silenced former aides through strict "
        "nondisclosure agreements.")
    # Washington Post feature: a fronted phrase, then the clause ("she’s noticed")
    assert ("how during her years in television, she’s noticed how few Latino writers were "
            "hired", "speak") in _indirect(
        "The actress spoke about how during her years in television, she’s noticed how few "
        "Latino writers were hired.")


def test_commas_that_still_end_the_content():
    # Reuters: a question with its own verb ends at the comma before a new clause
    assert ("how many voters turned out", "ask") in _indirect(
        "He asked how many voters turned out, and officials did not know.")
    # AP: a lone "why" is the whole question; the name after it is the next clause's subject
    rows = _indirect('When asked why, the senator responded in a text message: "No comment."')
    assert all(not q.startswith("why, the senator") for q, _ in rows)
