"""Reported clauses without "that" after more speech verbs, a subject fused with its auxiliary
("he's", "they're") as the clause's finite verb, and media named "... News" / "... Press" as the
subject of an -s form ("CBS News reports ...").

Texts written for these tests in wire, newspaper, broadcast and magazine styles.
"""
from .helpers import indirect as _indirect


def test_a_contracted_subject_opens_a_reported_clause():
    assert _indirect("Mr. Okafor claims he's worth $10 billion.") == [
        ("he's worth $10 billion", "Okafor", "claim")]
    assert _indirect("The two senators insist they’re ready to compromise on the budget.") == [
        ("they’re ready to compromise on the budget", "The two senators", "insist")]


def test_a_medium_named_news_or_press_reports():
    assert _indirect("CBS News reports that the letter was sent from a post office in Ohio.") == [
        ("the letter was sent from a post office in Ohio", "CBS News", "report")]
    rows = _indirect("The Associated Press says the count in three counties is not final.")
    assert [(q, v) for q, _, v in rows] == [("the count in three counties is not final", "say")]
    # "press reports" and "news reports" stay nouns: the reports are not the speaker
    rows = _indirect("Local news reports said the bridge had closed for repairs.")
    assert all(v != "report" for _, _, v in rows)


def test_agree_concede_complain_recall_take_a_clause_without_that():
    assert _indirect("Most senators agreed they had no real recourse at this point.") == [
        ("they had no real recourse at this point", "Most senators", "agree")]
    assert _indirect("In his memoir, Governor Haldane conceded he had fallen short on schools.") \
        == [("he had fallen short on schools", "Haldane", "concede")]
    assert _indirect("Residents complained the buses were late again on Monday.") == [
        ("the buses were late again on Monday", "Residents", "complain")]


def test_their_noun_objects_are_no_reported_clause():
    # a plain object with no finite verb after it is no clause (a recalled topic stays an object)
    assert _indirect("The two parties agreed a ceasefire in the north.") == []
    assert _indirect("Ms. Lund recalled the early days of the campaign.") == [
        ("the early days of the campaign", "Lund", "recall")]


def test_a_speech_verb_right_before_an_auxiliary_reports_the_gap_clause():
    # newspaper feature style: a free relative ("what she said")
    rows = _indirect("Country clubs are adapting to what Ms. Tanzer said is growing demand for "
                     "pools and gyms.")
    assert rows == [("is growing demand for pools and gyms", "Tanzer", "say")]
    # wire style: a contact clause with no relative word
    rows = _indirect("The talks stalled over a levy the ministry said was needed to fund the "
                     "pension system.")
    assert [(q, v) for q, _, v in rows] == [("was needed to fund the pension system", "say")]
    # a noun before an auxiliary is no speech act
    assert _indirect("Emotional stress is constantly with me.") == []
    assert _indirect("Harsh comments are earning the mayor more scorn.") == []


def test_a_negative_subject_opens_the_clause():
    # wire: "no" + noun, "no one", "nothing", "none of" as the reported clause's subject
    assert _indirect("A spokesman for the city, Ed Marsh, said no decision had been made on an "
                    "appeal.") == [("no decision had been made on an appeal", "Ed Marsh", "say")]
    assert _indirect("Police said no one was hurt in the blaze.") == [
        ("no one was hurt in the blaze", "Police", "say")]
    assert _indirect("The agency said nothing had been decided.") == [
        ("nothing had been decided", "The agency", "say")]
    assert _indirect("Officials said none of the ballots were lost.") == [
        ("none of the ballots were lost", "Officials", "say")]
    # broadsheet: after an addressee, and "no more than" with an amount
    assert _indirect("The envoy told reporters no agreement was reached.") == [
        ("no agreement was reached", "The envoy", "tell")]
    assert _indirect("The mayor said no more than 20 people were hurt.") == [
        ("no more than 20 people were hurt", "The mayor", "say")]


def test_no_as_an_answer_or_refusal_is_no_clause():
    assert _indirect("Voters said no to the levy in March.") == []
    assert ("no", "Hale", "say") in _indirect("Asked whether he would run, Mr. Hale said no.")


def test_a_clause_after_a_setting_of_before_or_after():
    # wire: "said after the meeting he ..." - the setting, then the clause's subject pronoun
    assert _indirect("Mr. Hale said after the meeting he would not back the bill.") == [
        ("he would not back the bill", "Hale", "say")]
    assert _indirect("The coach said before the game they had the numbers.") == [
        ("they had the numbers", "The coach", "say")]
    # a clause of time right after the preposition is no setting (magazine)
    assert _indirect("Mr. Hale said after he left the party was over.") == []


def test_an_adverb_inside_a_subject_relative():
    # broadsheet: "which has strongly denied" has the antecedent as its subject
    assert _indirect("The attack was blamed on the group, which has strongly denied any role "
                     "in the bombing.") == [("any role in the bombing", "the group", "deny")]


def test_a_colon_then_an_unquoted_clause():
    # opinion page and wire: the clause after the colon is the content, no marks
    assert _indirect("Some voters say: It is time for a change in the county.") == [
        ("It is time for a change in the county", "Some voters", "say")]
    # a list after the colon is no clause
    assert _indirect("The agenda said: budget, roads, schools.") == []
    # after a free relative the colon's clause is the relative's object, no statement of its own
    rows = _indirect("Senator Ames hopes the vote will prove what his aides have long said: he is "
                     "the strongest candidate.")
    assert [(s, v) for _, s, v in rows] == [("Ames", "hope")]


def test_told_a_named_medium_then_a_time_then_the_clause():
    # wire: "told Fox News last week she ..." - the medium, the time, then the clause
    assert _indirect("The senator told Fox News last week she would run.") == [
        ("she would run", "The senator", "tell")]
    # a clause of time after the addressee is no content (broadsheet)
    assert _indirect("The senator told reporters while he left the chamber.") == []
    assert _indirect("The senator told reporters in Iowa he would run.") == [
        ("he would run", "The senator", "tell")]
