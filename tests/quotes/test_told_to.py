"""Directives told by "tell"/"warn" and an addressee: "told residents to boil their water",
"warned drivers not to ..." (the content starts at "to", or at "not"/"never" before it), "told
attendees how ..." (a question word after the addressee)."""
from tests.quotes.helpers import indirect


def test_told_addressee_to_do():   # wire style, deadline kept in the content
    rows = indirect("Governor Maria Lopez on Sunday told residents of the county to boil their "
                    "water until Friday.")
    assert ("to boil their water until Friday", "Maria Lopez", "tell") in rows


def test_warned_addressee_not_to():   # local paper style
    rows = indirect("The mayor warned drivers not to use the Elm Street bridge during the storm.")
    assert ("not to use the Elm Street bridge during the storm", "The mayor", "warn") in rows


def test_never_before_to():   # magazine style
    rows = indirect("The manager, Paul Ortega, told his staff never to discuss the audit in public.")
    assert [q for q, _, v in rows if v == "tell"] == ["never to discuss the audit in public"]


def test_told_addressee_how():   # feature style
    rows = indirect("Senator Ann Price is telling donors in Denver how she plans to pay for the "
                    "new highway.")
    assert [q for q, _, v in rows if v == "tell"] == ["how she plans to pay for the new highway"]


def test_no_directive_in_a_story_or_a_relative():
    assert not [r for r in indirect("Senator Tom Reed told the story to the crowd in Ohio.")
                if r[2] == "tell"]
    # "who" opens a relative clause on the addressee, not a question told to them
    rows = indirect("Mr. Hale tells voters who wonder why he is calm that he was raised that way.")
    assert not [q for q, _, v in rows if v == "tell" and q.startswith("why")]
    # "when to arrive" is the question; "to arrive" alone is no directive of the card's
    assert not [r for r in indirect("Guests get cards telling them when to arrive at the gate.")
                if r[0].startswith("to arrive")]


def test_told_with_a_clause_is_unchanged():
    assert ("he would run again", "Smith", "tell") in indirect("Smith told reporters he would run again.")


def test_deadline_after_until_or_by_stays_in_an_object_content():
    rows = indirect("The senator urged the agency to release the files by Monday.")
    assert ("the agency to release the files by Monday", "The senator", "urge") in rows
    assert ("Washington", "Cruz", "criticize") in indirect("Cruz criticized Washington on Tuesday.")


def test_topic_after_to_say_about():   # feature and wire styles
    rows = indirect("Many of the delegates have had less than kind words to say about his candidacy.")
    assert ("his candidacy", "the delegates", "say") in rows
    rows = indirect("In an interview, Senator Ruth Alder had kind words to say about the new health plan.")
    assert [q for q, _, v in rows if v == "say"] == ["the new health plan"]


def test_no_topic_for_an_amount_a_saying_or_a_quotation():
    assert indirect("Mayor Lee said about 300 people attended the rally.") == \
        [("about 300 people attended the rally", "Lee", "say")]
    assert not indirect('As they say about the old doctor, "gifted hands."')
    assert not [r for r in indirect('The institute had this to say about his proposal: "It helps the rich."')
                if r[0] == "his proposal"]


def test_possessive_addressee_is_not_the_content():   # "told his Democratic audience"
    rows = indirect("Senator Amy Cole told her Republican colleagues the bill was dead.")
    assert ("the bill was dead", "Amy Cole", "tell") in rows
    assert not [r for r in indirect('He told his Democratic audience, to loud applause: "We will win."')
                if r[2] == "tell"]
    assert ("she did not need any notes", "Sullivan", "tell") in \
        indirect("Sullivan told her she did not need any notes.")


def test_time_clause_ends_an_object_content():   # wire style
    rows = indirect("Mr. Trump spoke favorably of Mr. Putin's leadership before Mr. Manafort joined the campaign.")
    assert [q for q, _, v in rows if v == "speak"] == ["Mr. Putin's leadership"]
    rows = indirect("Governor Amy Cole touted the law's accomplishments before she left for her vacation.")
    assert [q for q, _, v in rows if v == "tout"] == ["the law's accomplishments"]
    # an infinitive's own "before" stays: the directive holds it
    assert ("Congress to act before the recess", "Amy Cole", "urge") in \
        indirect("Governor Amy Cole urged Congress to act before the recess.")


def test_a_verb_after_a_hyphened_adjective_is_a_noun():
    assert not indirect("Many veterans had post-traumatic stress disorder when they came home.")
    assert ("the budget was balanced", "The mayor", "stress") in \
        indirect("The mayor stressed that the budget was balanced.")
    assert ("they will vote for Smith", "Twenty-one", "say") in indirect("Twenty-one say they will vote for Smith.")
