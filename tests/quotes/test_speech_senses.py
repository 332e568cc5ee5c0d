"""Speech verbs in a sense that reports no statement (analysis/quotes/speech_senses.py) and a
content that is only an amount of time (analysis/quotes/reported_checks.py).

Sentences written for these tests in the styles of wire copy (AP, Reuters, AFP), British papers
(The Guardian, The Times) and US papers (NYT, The Washington Post); each shape is paired with the
same verb used as a speech act, which keeps its row.
"""
from analysis.quotes.article import read_article
from analysis.quotes.mentions import actor_index
from analysis.quotes.reported_checks import _no_proposition
from analysis.quotes.verbs import verb_table

from .helpers import extract


def _indirect(text):
    return [(r.quote, r.speaker, r.verb) for r in extract(text).itertuples()
            if r.kind == "indirect"]


def test_an_event_that_threatens_or_promises_to_is_likely_to():
    # NYT: the debate speaks no promise
    assert _indirect("The debate promised to be a turning point for the governor.") == []
    # Times: a relative clause between the event and its verb
    assert _indirect("Ministers backed a bill that had threatened to split the party.") == []
    # AFP: a measure
    assert _indirect("A ballot measure threatened to raise the levy sooner.") == []
    # (a person's threat is a speech act, AP; a time before the verb is no event)
    assert _indirect("Senator Paul Hayes, who last year threatened to block the bill, was "
                     "absent.") == [("to block the bill", "Paul Hayes", "threaten")]
    assert _indirect("Senator Paul Hayes threatened to block the bill.") == [
        ("to block the bill", "Paul Hayes", "threaten")]


def test_deny_with_two_objects_is_to_refuse():
    # Washington Post: "denied Carter a photograph" withheld it
    assert _indirect("The rival camp denied Carter a final show of unity.") == []
    # Reuters: a pronoun first
    assert _indirect("Party rules deny him even that narrow path.") == []
    # (a day between the verb and its content is no object, AP)
    assert _indirect("The campaign denied Monday that the candidate had been ill.") == [
        ("the candidate had been ill", "The campaign", "deny")]
    # (a denial of a claim is a speech act, Guardian)
    assert _indirect("Minister Anne Clarke denied the claims about her expenses.") == [
        ("the claims about her expenses", "Anne Clarke", "deny")]


def test_dismiss_with_a_lone_name_is_to_fire():
    # AP: Trump kept his manager on
    assert _indirect("But the governor did not dismiss Lewandowski on Tuesday.") == []
    # (dismissing a person as something is a speech act, NYT)
    assert _indirect("Mr. Hale dismissed Ms. Grant as a career politician.") == [
        ("Ms. Grant as a career politician", "Hale", "dismiss")]


def test_a_participle_after_an_adverb_and_a_possessive_is_an_adjective():
    # Guardian: an uprising no one charged
    assert _indirect("Voters watched Britain's emotionally charged uprising against Brussels.") == []
    # NYT: an adjective and "and" before the adverb
    assert _indirect("He faced an outcry over his rough and racially charged dismissal of the "
                     "couple.") == []


def test_an_amount_of_time_is_no_content():
    # NYT: "as Breitbart reported a few days later": when, not what
    assert _indirect("Some hosts walked out, as the website reported a few days "
                     "later.") == []
    assert _indirect("The board met in secret, as the paper reported ten days ago.") == []
    assert _indirect("The gifts fit the account the minister had given of them a few weeks "
                     "earlier.") == []
    # (a content that holds a clause keeps its row, Reuters)
    assert _indirect("The ministry reported two days later that the talks had failed.") == [
        ("the talks had failed", "The ministry", "report")]


def test_a_compound_noun_or_an_adjective_is_no_frame_after_the_content():
    # Washington Post: "the Badger state" after the clause is a place, no post-posed "state"
    assert _indirect("The group spent $1 million on ads, helping Senator Ted Cruz win in the "
                     "Badger state.") == []
    # Guardian: "something promising" is an adjective
    assert _indirect("There was something tired about the rally, and something promising, "
                     "too.") == []
    # (a post-posed frame with its subject keeps the clause, AP)
    assert _indirect("The talks will resume next week, the State Department said.") == [
        ("The talks will resume next week", "US State Department", "say")]   # (the codebook's name)


def test_a_pointer_to_words_given_after_it_is_no_content():
    # a charity's web page quoted after a colon (live blog): "itself in the following way" is
    # where the words are, not what they say
    text = "The foundation describes itself in the following way:"
    art = read_article(text, None, actor_index(None), verb_table())
    start = text.index("itself")
    assert _no_proposition(art, start, text.index(":"))
    assert not _no_proposition(art, start, text.index(" in the"))   # ("itself": no pointer)


def test_an_anonymous_sources_condition_is_no_statement():
    # Reuters, AFP, The Times: the condition is dropped, the source's statement kept
    for text in ("A source, who did not wish to be named, said the dam was safe.",
                 "An official, who declined to be identified, said the dam was safe.",
                 "A diplomat, who asked not to be named, said the dam was safe."):
        assert _indirect(text) == [("the dam was safe", text.split(",")[0], "say")]
    # paired: a refusal to comment on something keeps its row
    assert [v for _, _, v in _indirect("The minister declined to be drawn on the timing of "
                                       "the vote.")] == ["decline"]
