"""Reported speech with a speech verb in shapes the rules used to miss: a clause without "that"
after verbs whose object is often a noun phrase ("confirmed he was", "admitted the plan had"), a
long subject before the clause's verb, an adverb between a subject and an -s verb, a typed dash
aside between a subject and its verb.

Texts written for these tests in wire, newspaper, broadcast and magazine styles.
"""
from .helpers import indirect


def test_object_often_verbs_take_a_clause_after_a_pronoun_subject():
    assert indirect("The airline confirmed she was a passenger on the flight to Cairo.") == [
        ("she was a passenger on the flight to Cairo", "The airline", "confirm")]
    assert indirect("Mr. Halvorsen admitted they had underestimated the turnout in the north.") == [
        ("they had underestimated the turnout in the north", "Halvorsen", "admit")]
    assert indirect("In a filing on Monday, the ministry acknowledged it's behind schedule.") == [
        ("it's behind schedule", "the ministry", "acknowledge")]


def test_object_often_verbs_take_a_clause_after_a_noun_phrase_with_an_auxiliary():
    rows = indirect("The regulator stated its review of the merger would take six more months.")
    assert rows == [("its review of the merger would take six more months", "The regulator", "state")]
    rows = indirect("Police confirmed the two suspects had been released on bail late on Friday.")
    assert [(q, v) for q, _, v in rows] == [
        ("the two suspects had been released on bail late on Friday", "confirm")]


def test_their_plain_objects_stay_no_clause():
    # an object with a relative clause, a vote count, a question word: no zero-that clause
    for text in ("The senators confirmed the nominee by a vote of 52 to 48.",
                 "Officials admitted refugees who have been vetted by two agencies.",
                 "Most state laws requiring a photo ID were upheld.",
                 "They are not admitted until they are vetted for at least 18 months.",
                 "The colonel declared himself head of the council and he was backed by the army."):
        assert not {v for _, _, v in indirect(text)} & {"confirm", "admit", "state", "declare"}, text
    assert indirect("The governor explained why she had vetoed the bill.") == [
        ("why she had vetoed the bill", "The governor", "explain")]


def test_a_long_subject_before_the_clause_verb():
    rows = indirect("Clinton argued Trump's proposal to pay down the national debt by printing "
                    "money would trigger a recession.")
    assert rows == [("Trump's proposal to pay down the national debt by printing money would "
                     "trigger a recession", "Clinton", "argue")]
    rows = indirect("The two aides admitted the rift between the campaign and the party most "
                    "likely does not reflect the views of voters.")
    assert [v for _, _, v in rows] == ["admit"]


def test_an_adverb_between_the_subject_and_an_s_form():
    assert indirect("Ms. Okonjo frequently notes that she was the first to publish a plan.") == [
        ("she was the first to publish a plan", "Okonjo", "note")]
    # before a base form in a question the adverb opens no statement
    assert indirect("Did the mayor really believe the count was rigged?") == []


def test_a_typed_dash_aside_between_subject_and_verb():
    rows = indirect("Some economists - including two members of the bank's own rate-setting "
                    "committee - warn that rates could rise too early.")
    assert rows == [("rates could rise too early", "Some economists", "warn")]


def test_say_with_a_question_word_reports_the_question():
    assert indirect("Mr. Cook did not say how the justices had voted.") == [
        ("how the justices had voted", "Cook", "say")]
    assert indirect("The spokesman would not say whether the governor had signed the order.") == [
        ("whether the governor had signed the order", "The spokesman", "say")]


def test_an_s_form_after_but_is_a_second_predicate_of_the_subject():
    assert indirect("Ms. Hale keeps her finances a secret but says her business has tripled.") == [
        ("her business has tripled", "Hale", "say")]
    assert indirect("The deal is small but says a lot about the market.") == []


def test_the_subject_of_an_infinitive_speech_verb_is_the_main_clause_subject():
    # poll and newsroom copy: "are more likely to say", "declined to say", "refused to concede"
    assert indirect("Rural voters are far more likely to say that the economy is getting worse.") \
        == [("the economy is getting worse", "Rural voters", "say")]
    assert indirect("Some aides declined to say whether the governor had signed the order.") == [
        ("whether the governor had signed the order", "Some aides", "say")]
    assert indirect("Party leaders refused to concede that the bill was dead.") == [
        ("the bill was dead", "Party leaders", "concede")]
