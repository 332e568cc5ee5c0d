"""A relative clause whose gap is the reported clause's subject (analysis/quotes/reported_starts.py,
relative_gap_start): the content starts at the relative word.

Sentences written for these tests in the styles of wire copy (AP, Reuters), a British paper and
a US paper; the expected spans are what PolNeAR's coders take as the content.
"""
from .helpers import extract


def _said(text, verb="say"):
    return [r.quote for r in extract(text).itertuples() if r.kind == "indirect" and r.verb == verb]


def test_the_content_starts_at_the_relative_word_standing_for_its_subject():
    # AP: "which he said were ..."
    assert _said("The mayor defended the new parking rules, which he said were needed to ease "
                 "congestion downtown.") == ["which he said were needed to ease congestion downtown"]
    # Reuters: a noun in apposition, then "that she said <past verb>"
    assert _said("Ms. Adeyemi pointed to the tax cuts, moves that she said improved the state's "
                 "finances.") == ["that she said improved the state's finances"]
    # Guardian: a plural subject, a bare present verb form
    assert _said("The council cited a 2019 report that critics say overstated the costs.") == [
        "that critics say overstated the costs"]
    # NYT: an adverb and an auxiliary between the speaker and the verb; a present -s verb
    assert _said("Mr. Ortiz's 2012 vote, which he has repeatedly said was an error, still "
                 "follows him.") == ["which he has repeatedly said was an error"]
    assert _said("The fund's assets, which the board says exceeds its target, grew in March.") == [
        "which the board says exceeds its target"]


def test_no_gap_when_the_relative_word_is_the_speaker_or_follows_a_preposition():
    # the relative word is the speaker: the content is the clause after the verb
    assert _said("Senator Brooks, who said he would run again, left early.") == ["he would run again"]
    # "in which X urged followers to ...": the clause has its own subject, no gap
    assert extract("The group posted a video in which its leader urged followers to attack "
                   "the base.").query("kind == 'indirect'").quote.tolist() == ["followers to attack the base"]
    # a second verb of the speaker's after "but": the content starts after "says"
    assert _said("The ruling party has pushed a bill which it favors but says would never "
                 "pass.") == ["would never pass"]
