"""Speech acts told by their object at the edges of the object rules: a lone name or noun as
the whole content, a manner adverb before the topic, "agree with", a stranded preposition.

Texts written for these tests in wire (AP, Reuters, Xinhua), broadcast (BBC) and newspaper
(Guardian, NYT) styles.
"""
from .helpers import indirect


def test_a_lone_noun_after_a_call_or_demand_is_the_content():
    assert indirect("The mediator, Mr. Haddad, called for dialogue.") == [
        ("dialogue", "Haddad", "call for")]
    assert indirect("Protest leaders demanded accountability on Sunday.") == [
        ("accountability", "Protest leaders", "demand")]


def test_a_lone_name_is_the_object_but_a_pronoun_or_a_day_is_not():
    assert indirect("Ms. Okafor praised Mandela.") == [("Mandela", "Okafor", "praise")]
    assert indirect("The ambassador also criticized Beijing on Tuesday.") == [
        ("Beijing", "The ambassador", "criticize")]
    for text in ("The senator praised him.", "Mr. Ruiz promised Sunday at a rally in Reno to "
                 "end the program.", "The coach demanded more.", "The minister denied it."):
        assert indirect(text) == [], text


def test_a_manner_adverb_before_the_topic():
    assert indirect("Mr. Kaine spoke favorably of the trade pact with Canada.") == [
        ("the trade pact with Canada", "Kaine", "speak")]
    assert indirect("The archbishop has spoken out against the new asylum rules.") == [
        ("the new asylum rules", "The archbishop", "speak")]
    assert indirect("Speaking to the BBC, Ms. Adeyemi spoke at length about her childhood in "
                    "Ibadan.") == [("her childhood in Ibadan", "Adeyemi", "speak")]


def test_agreeing_with_or_on_a_noun_phrase():
    assert indirect("Former Prime Minister Gordon Brown agreed with the assessment.") == [
        ("the assessment", "Gordon Brown", "agree")]
    assert indirect("The two delegations broadly agreed on a timetable for the withdrawal, "
                    "Xinhua reported.")[0][0] != "a timetable for the withdrawal, Xinhua reported"


def test_a_preposition_stranded_before_a_dash_takes_no_object():
    rows = indirect("These are issues most voters can agree on — jobs, prices and schools.")
    assert [r for r in rows if r[2] == "agree"] == []
