"""A mid-sentence frame after an unpaired dash: the words start after the dash, the reporter's own
clause before it is no part of them (analysis/quotes/reported_ends.py setting_around_aside).

Sentences written for these tests in the styles of The Washington Post (spaced hyphens), AP
(spaced em dashes) and a British paper (The Guardian, en dashes); each is paired with a dash that
does not open the words.
"""
from .helpers import extract


def _indirect(text):
    return [(r.quote, r.verb) for r in extract(text).itertuples() if r.kind == "indirect"]


def test_the_words_start_after_an_unpaired_dash():
    # Washington Post: "and" after the dash is the reporter's link
    assert _indirect("The mayor had a rally booked for Friday - and the permit, his aides said, "
                     "had been hard to get.") == [
        ("the permit, his aides said, had been hard to get.", "say")]
    # AP: an em dash and a question
    assert _indirect("By evening the senator was back to his old line — if the vote was so "
                     "close, he said, why was there no recount?") == [
        ("if the vote was so close, he said, why was there no recount?", "say")]
    # Guardian: an en dash before an example
    assert _indirect("Cheap loans let us build what we will need – like, she says, new roads "
                     "and bridges.") == [("like, she says, new roads and bridges.", "say")]


def test_a_paired_dash_or_an_as_clause_keeps_the_start():
    # (no dash: the whole sentence around the frame, AP)
    assert _indirect("The permit, his aides said, had been hard to get.") == [
        ("The permit, his aides said, had been hard to get.", "say")]
    # (an "as" frame after the dash reports the clause before it, Washington Post)
    rows = _indirect("If the hackers are indeed working for Moscow - as many experts believe, "
                     "and Democrats allege, but the Kremlin denies - the damage could be lasting.")
    assert not any(q.startswith("as many experts") for q, _ in rows)
