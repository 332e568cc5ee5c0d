"""Reported speech whose frame the general rules missed: subjects closed off by an aside or
postmodified, inverted attributions followed by the speaker's description, questions with an
unnamed asker, speech acts told by their plain object, and "according to" after a conjunction.

Texts written for these tests in wire, newspaper and magazine styles.
"""
from .helpers import extract


def _indirect(text):
    out = extract(text)
    return [(r.quote, r.speaker, r.verb) for r in out[out["kind"] == "indirect"].itertuples()]


def test_a_subject_closed_off_by_an_aside_still_speaks():
    assert _indirect("Steel makers, for instance, argue that imports from Asia are hurting them.") == [
        ("imports from Asia are hurting them", "Steel makers", "argue")]
    rows = _indirect("Farmers — and some ranchers — say the drought will last into the autumn.")
    assert [(q, v) for q, _, v in rows] == [("the drought will last into the autumn", "say")]
    assert rows[0][1] != ""


def test_a_postmodified_plural_subject_before_a_base_form():
    rows = _indirect("People briefed on the talks say the deal could be signed next week.")
    assert [(q, v) for q, _, v in rows] == [("the deal could be signed next week", "say")]
    rows = _indirect("Union leaders today insist the strike will go on.")
    assert [(q, s, v) for q, s, v in rows] == [("the strike will go on", "Union leaders", "insist")]


def test_a_base_form_after_a_negated_modal_has_no_new_subject():
    # "can't say" keeps its own subject (I), never the auxiliary
    assert all(s != "can't" for _, s, _ in _indirect("I can't say the plan has worked so far."))


def test_a_relative_clause_inside_the_reported_subject_is_kept():
    rows = _indirect("Opponents said the ruling, which struck down two state laws, shows the "
                     "court has changed.")
    assert rows[0][0] == ("the ruling, which struck down two state laws, shows the court has changed")
    rows = _indirect("Mr. Okafor said the budget would pass, which surprised his colleagues.")
    assert rows[0][0] == "the budget would pass"


def test_an_inverted_attribution_followed_by_the_speakers_description():
    text = ("The levy will push small shops out of business, said Maria Lindqvist, director of "
            "the Retail Council.")
    assert _indirect(text) == [("The levy will push small shops out of business", "Maria Lindqvist", "say")]
    text = ("Exports fell for a third month, said a spokesman for the trade ministry, Kenji Mori, "
            "who declined to give figures.")
    rows = _indirect(text)
    assert [q for q, _, v in rows if v == "say"] == ["Exports fell for a third month"]


def test_a_question_put_by_an_unnamed_asker_has_no_speaker():
    rows = _indirect("Asked whether he would run again, the mayor said he had not decided.")
    assert ("whether he would run again", "", "ask") in rows
    rows = _indirect("At a town hall in Dover, the senator was asked about rising rents.")
    assert rows == [("rising rents", "", "ask")]
    # the asker named in a "by" phrase is the speaker
    rows = _indirect("Asked by Ana Ruiz whether the vote was fair, the minister shrugged.")
    assert rows == [("whether the vote was fair", "Ana Ruiz", "ask")]
    # a request for comment is the reporter's, and an active "asked" is the verb's own row
    assert _indirect("Reached by phone and asked to comment, the firm declined.") == []
    rows = _indirect("Ms. Patel asked whether the schools would reopen.")
    assert [(q, v) for q, _, v in rows] == [("whether the schools would reopen", "ask")]


def test_asked_set_off_after_its_subject_is_a_question_put_to_it():
    # Reuters: "X, asked whether ..., replied": the minister was asked, by no one named
    rows = _indirect("Carter, asked whether troops could be used, replied that all options were "
                     "being considered.")
    assert ("whether troops could be used", "", "ask") in rows
    assert ("all options were being considered", "Carter", "reply") in rows
    # The Guardian: a topic after "about"
    rows = _indirect("The senator, asked about the leaked report on Sunday, said he had not read it.")
    assert ("the leaked report", "", "ask") in rows   # (Sunday: when it was asked)
    # AP: after an apposition, or with no verb after the question, "asked" is the subject's own
    rows = _indirect("Smith, a former senator, asked whether the plan would work.")
    assert [(q, sp, v) for q, sp, v in rows] == [("whether the plan would work", "Smith", "ask")]
    rows = _indirect("Jones, 45, asked about the cost of the scheme.")
    assert [(q, sp, v) for q, sp, v in rows] == [("the cost of the scheme", "Jones", "ask")]


def test_speech_acts_told_by_their_plain_object():
    rows = _indirect("The governor touted her record on jobs at the rally.")
    # (the occasion, "at the rally", is the reporter's setting: objects._SETTING)
    assert [(q, v) for q, _, v in rows] == [("her record on jobs", "tout")]
    rows = _indirect("Lopez stressed bipartisan support for the bridge.")
    assert rows == [("bipartisan support for the bridge", "Lopez", "stress")]
    rows = _indirect("In Des Moines, the candidate repeated his promise to cut taxes.")
    assert [(q, v) for q, _, v in rows] == [("his promise to cut taxes", "repeat")]
    rows = _indirect("The senator repeated that the bill would pass.")
    assert [(q, v) for q, _, v in rows] == [("the bill would pass", "repeat")]


def test_according_to_after_a_conjunction_or_a_lead_in():
    rows = _indirect("But according to court filings, the company moved its funds offshore.")
    assert rows == [("the company moved its funds offshore", "court filings", "according to")]
    rows = _indirect("It has not gone unnoticed: According to recent polls, the mayor trails by ten points.")
    assert [q for q, _, _ in rows] == ["the mayor trails by ten points"]
    rows = _indirect("The jet had two couches and 11 seats, according to F.A.A. records.")
    assert [q for q, _, _ in rows] == ["The jet had two couches and 11 seats"]
    rows = _indirect("The union reached a deal with the carrier, according to the Labor Department, "
                     "ending a six-week strike.")
    assert [q for q, _, _ in rows] == ["The union reached a deal with the carrier"]


def test_nouns_that_look_like_verbs_stay_nouns():
    rows = _indirect("The race now moves to Western states this week that the senator hopes to win.")
    assert all(v != "state" for _, _, v in rows)
    assert _indirect("The agency did not respond to questions about its budget.") == []
    rows = _indirect("While one firm says there are more than 2,400 billionaires, another says there are 1,800.")
    assert rows[0][0] == "there are more than 2,400 billionaires"


def test_quantities_and_names_open_a_reported_clause():
    rows = _indirect("Aides said more than 1 million donors gave to the campaign.")
    assert rows == [("more than 1 million donors gave to the campaign", "Aides", "say")]
    rows = _indirect("The budget office said about half of the rise reflected lower revenue.")
    assert rows[0][0] == "about half of the rise reflected lower revenue"
    rows = _indirect("Ms. Osei said Mensah, despite his wealth, is the underdog.")
    assert rows[0][0] == "Mensah, despite his wealth, is the underdog"
    rows = _indirect("Doyle said it's unclear how the plan would work.")
    assert rows[0][0] == "it's unclear how the plan would work"
    rows = _indirect("Forecasters said the heat and unsettled weather could last all week.")
    assert rows[0][0] == "the heat and unsettled weather could last all week"
    # not a clause "little about the plan": what was (not) said is about its topic
    assert _indirect("He said little about the plan.") == [("the plan", "", "say")]


def test_told_with_an_addressee_before_or_after_the_clause():
    rows = _indirect("Mayor Diaz told reporters the plan was dead.")
    assert [(q, v) for q, _, v in rows] == [("the plan was dead", "tell")]
    assert _indirect("Diaz told reporters the story of his childhood in Lagos.") == []
    rows = _indirect("The state was only doing what 40 others already do, the attorney general "
                     "told the court in a filing.")
    assert [(q, v) for q, _, v in rows] == [("The state was only doing what 40 others already do", "tell")]
    assert _indirect("On Friday morning, the third day of his tour, the nominee told a joke.") == []
