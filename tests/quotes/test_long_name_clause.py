"""A new clause after ", and" whose subject is a long name (analysis/quotes/reported_ends.py,
new_clauses): the reporter's clause, not the speaker's words.

Sentences written for these tests in the styles of AP, Reuters and a US paper.
"""
from .helpers import extract


def _contents(text):
    return [r.quote for r in extract(text).itertuples() if r.kind == "indirect"]


def test_a_long_named_subject_after_and_opens_the_reporters_clause():
    # AP: a seven-word organisation name before "has"
    assert _contents("Police say the rules are meant less for safety than to limit protests, and "
                     "the American Civil Liberties Union of Ohio has already sued the city.") == [
        "the rules are meant less for safety than to limit protests"]
    # Reuters: a union's full name before an irregular past
    assert _contents("The company said its profit fell by a third, and the International "
                     "Brotherhood of Electrical Workers of Ohio took a stake last year.") == [
        "its profit fell by a third"]


def test_a_list_ending_in_and_runs_on():
    # NYT: the last item of a list is no clause of its own
    assert _contents("The mayor said the city is safe thanks to years of work by the police, new "
                     "technology, and a better working relationship with federal agencies.") == [
        "the city is safe thanks to years of work by the police, new technology, and a better "
        "working relationship with federal agencies"]
